# raise ... from e: the direct cause is printed first.
class ConfigError(Exception):
    pass
def load():
    try:
        {}["key"]
    except KeyError as e:
        raise ConfigError("missing key") from e
load()
