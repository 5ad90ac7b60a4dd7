# NameError(name=...) raised by hand gets a suggestion (its subclasses do not).
import sys
sys.tracebacklimit = 0

def report(f):
    try:
        f()
    except BaseException as e:
        sys.excepthook(type(e), e, e.__traceback__)

class Sub(NameError):
    pass
def raise_sub():
    raise Sub("name 'prnt' is not defined", name="prnt")
report(raise_sub)

def raise_with_name():
    raise NameError("name 'prnt' is not defined", name="prnt")
report(raise_with_name)
