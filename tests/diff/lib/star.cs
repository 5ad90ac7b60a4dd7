# `from lib.star import *` takes only the names in __all__.
__all__ = ["exported", "also"]
exported = 1
also = 2
not_listed = 3
