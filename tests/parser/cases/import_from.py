# from ... import statements.
from os import path
from os import path as p, sep
from os.path import (join, split as sp,)
from . import x
from .. import y
from ... import z
from .... import w
from .mod import a
from ..pkg.mod import b as c
from x import *
from . mod import (a,
    b)
