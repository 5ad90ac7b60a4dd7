# A module two levels down that imports from its grandparent package.
from .. import VERSION
from ..util import public
message = "leaf sees %s %s" % (VERSION, public)
