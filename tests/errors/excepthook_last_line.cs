# sys.excepthook on its own: str() failing, empty messages, notes of every kind, modules and qualified names.
class E(Exception):
    def __str__(self): raise ValueError
class F(Exception): pass
import sys
for exc in [E("x"), F(), F(""), F("a", "b")]:
    sys.excepthook(type(exc), exc, None)
e = ValueError("v")
e.__notes__ = ["n1", 3, "multi\nline"]
sys.excepthook(ValueError, e, None)
e.__notes__ = "notalist"
sys.excepthook(ValueError, e, None)
e.__notes__ = 42
sys.excepthook(ValueError, e, None)
class G(Exception):
    __module__ = "foo.bar"
sys.excepthook(G, G(1), None)
class H(Exception):
    __module__ = None
sys.excepthook(H, H(1), None)
class Sk(Exception):
    def __str__(self): return "s\nmore"
sys.excepthook(Sk, Sk(), None)
sys.excepthook(KeyError, KeyError("k"), None)
sys.excepthook(KeyError, KeyError(), None)
