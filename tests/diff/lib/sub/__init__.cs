# A subpackage: relative imports reach the parent package.
from ..util import double as dbl
from . import leaf
print("lib.sub init, leaf says", leaf.message)
