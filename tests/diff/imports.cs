# Imports of modules written beside the test (tests/diff/lib, a package;
# python3 reads the same sources through lib/*.py links): import forms,
# packages and __init__, relative imports, caching in sys.modules,
# circular imports, failed imports, import *, __name__ == "__main__".
# Each lib module exists as NAME.cs (what cs loads first) and NAME.py.
import sys
sys.dont_write_bytecode = True

def t(f):
    try:
        r = f()
    except Exception as e:
        msg = str(e).split(" (")[0]   # CPython appends the file path
        print("!", type(e).__name__, msg)
    else:
        print(repr(r))

import lib
print(lib.VERSION, lib.double(21), lib.util.double(2), lib.__name__, lib.__package__, type(lib).__name__)
import lib.util
import lib.util as u
from lib import util
from lib.util import double, public as pub
print(u is lib.util is util, double is lib.double, pub, u.__name__, u.__package__)
print(u.__file__.rsplit("/", 1)[1].split(".")[0], lib.__file__.rsplit("/", 2)[1])
print("lib" in sys.modules, "lib.util" in sys.modules, sys.modules["lib.util"] is u)
print(sorted(n for n in dir(u) if not n.startswith("__")))
t(lambda: u.missing)
t(lambda: lib.nothing_here)

import lib.sub.leaf
print(lib.sub.leaf.message, lib.sub.dbl(5))
from lib.sub import leaf as same_leaf
print(same_leaf is lib.sub.leaf, lib.sub.__package__, lib.sub.leaf.__package__)

def imp(stmt):
    def run():
        exec(stmt, {"__name__": "__main__"})
        return "ok"
    return run
t(imp("import no_such_module_xyz"))
t(imp("import lib.no_such"))
t(imp("from lib import no_such_name"))
t(imp("from lib.util import no_such_name"))
t(imp("from . import anything"))
t(imp("import lib.beyond"))
t(imp("import lib.broken"))
print("lib.broken" in sys.modules)
t(imp("import lib.broken"))
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e.name, isinstance(e, ImportError))
try:
    from lib import no_such_name
except ImportError as e:
    print(type(e).__name__, e.name)

# import * with and without __all__
ns = {}
exec("from lib.star import *", ns)
print(sorted(k for k in ns if not k.startswith("__")))
ns = {}
exec("from lib.nostar import *", ns)
print(sorted(k for k in ns if not k.startswith("__")))

# a module body runs once; deleting it from sys.modules runs it again
import lib.counter
import lib.counter
print(sys._counter_runs)
del sys.modules["lib.counter"]
import lib.counter
print(sys._counter_runs)

# circular imports see partially initialized modules
import lib.cycle_a
print(lib.cycle_a.greet(), lib.cycle_b.a is lib.cycle_a)

# __import__ returns the top-level package
m = __import__("lib.util")
print(m is lib, __import__("lib.util", fromlist=["double"]) is lib.util)

# imports inside functions bind local names
def local_import():
    import lib.util as lu
    from lib.util import double as d2
    return lu.double(1), d2(2), "lu" in locals()
print(local_import(), "lu" in globals())

# the main program's name
print(__name__)
if __name__ == "__main__":
    print("running as the main program")
print(lib.util.__name__ != "__main__")
