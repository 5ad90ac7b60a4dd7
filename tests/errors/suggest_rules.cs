# The rules of "Did you mean": edit distance with cheap case changes, the
# one-third cut-off, ties going to the first candidate, long names, and
# what is searched (locals, then globals, then builtins; dir() of objects).
import sys
sys.tracebacklimit = 0

def report(f):
    try:
        f()
    except BaseException as e:
        sys.excepthook(type(e), e, e.__traceback__)

class Box:
    def __init__(self):
        self.value = 1
        self.values = 2
        self.VALUE = 3
        self.abcdefghijklmnopqrstuvwxyz_abcdefghijklmnopqrstuvwxyz = 4
        self.x = 5

box = Box()
report(lambda: box.valeu)
report(lambda: box.Value)
report(lambda: box.vaules)
report(lambda: box.valuess)
report(lambda: box.y)
report(lambda: box.abcdefghijklmnopqrstuvwxyz_abcdefghijklmnopqrstuvwxz)
report(lambda: box.abcdefghijklmnopqrstuvwxyz_abcdefghijklmnopqrstuvwxyzz)
report(lambda: box.zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz)

Many = type("Many", (), {"attr%d" % i: i for i in range(800)})
report(lambda: Many().attr1x)

alpha_beta = 1
def uses_global():
    return alpha_bta
report(uses_global)

def uses_local():
    gamma_delta = 2
    return gamma_dleta
report(uses_local)

def shadows():
    lenn = 1
    return lenx
report(shadows)
report(lambda: Len([]))
report(lambda: isinstanc(1, int))
report(lambda: undefined_name_far_away)

def raise_plain():
    raise NameError("name 'prnt' is not defined")
report(raise_plain)
report(lambda: "abc".uper())
report(lambda: [].push(1))
report(lambda: {}.iteritems())
report(lambda: None.x)
