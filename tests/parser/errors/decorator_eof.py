# A decorator with nothing to decorate.
@decorator
