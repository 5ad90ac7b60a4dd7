# A user exception raised without arguments.
class Empty(Exception):
    pass
raise Empty
