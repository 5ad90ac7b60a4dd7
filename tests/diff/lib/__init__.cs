# A package for tests/diff/imports.cs: its __init__ runs once, imports a
# submodule relatively and re-exports one of its names.
print("lib/__init__ running as", __name__, __package__)
from . import util
from .util import double
VERSION = "1.0"
