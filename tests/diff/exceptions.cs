# Exceptions: try/except/else/finally in every combination, return,
# break and continue inside finally and with, exception chaining
# (__context__, __cause__, __suppress_context__), bare raise, raise from
# None, the built-in hierarchy, custom exceptions with args, except tuples,
# exception attributes and str/repr, and errors in handlers.

def t(f):
    try:
        r = f()
    except Exception as e:
        print("!", type(e).__name__, e)
    else:
        print(repr(r))

def flow(kind):
    log = []
    try:
        log.append("try")
        if kind == "raise":
            raise ValueError("v")
        if kind == "return":
            return log + ["returned"]
    except ValueError as e:
        log.append("except " + str(e))
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log
print(flow("none"))
print(flow("raise"))
print(flow("return"))

def finally_overrides_return():
    try:
        return "try"
    finally:
        return "finally"
print(finally_overrides_return())

def finally_swallows():
    try:
        raise KeyError("lost")
    finally:
        return "swallowed"
print(finally_swallows())

def loop_control():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(loop_control())

def break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return "broke out with", i
print(break_in_finally())

def continue_in_finally():
    n = 0
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
        finally:
            n += 1
            continue
    return n
print(continue_in_finally())

def nested():
    log = []
    try:
        try:
            raise TypeError("inner")
        except ValueError:
            log.append("wrong handler")
        finally:
            log.append("inner finally")
    except TypeError as e:
        log.append("outer caught " + str(e))
    return log
print(nested())

def except_var_cleared():
    try:
        raise ValueError("x")
    except ValueError as err:
        pass
    try:
        return err
    except NameError as ne:
        return "NameError: " + str(ne)
print(except_var_cleared())

# except tuples and hierarchy
for exc in [KeyError("k"), IndexError(1), ZeroDivisionError(), ValueError(), UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")]:
    try:
        raise exc
    except (KeyError, IndexError) as e:
        print("lookup", type(e).__name__, isinstance(e, LookupError))
    except ArithmeticError as e:
        print("arith", type(e).__name__)
    except ValueError as e:
        print("value", type(e).__name__, str(e))
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(StopIteration, Exception))
print(issubclass(KeyboardInterrupt, Exception), issubclass(KeyboardInterrupt, BaseException), issubclass(SystemExit, Exception))
print(issubclass(FileNotFoundError, OSError), issubclass(OSError, Exception), IOError is OSError, EnvironmentError is OSError)
print(issubclass(RecursionError, RuntimeError), issubclass(NotImplementedError, RuntimeError), issubclass(UnboundLocalError, NameError))
print(issubclass(ModuleNotFoundError, ImportError), issubclass(TimeoutError, OSError), issubclass(BrokenPipeError, ConnectionError))
print(issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError), issubclass(UnicodeError, ValueError))
print(issubclass(DeprecationWarning, Warning), issubclass(Warning, Exception), issubclass(GeneratorExit, Exception))
print([c.__name__ for c in KeyError.__mro__], [c.__name__ for c in BaseException.__mro__])

# chaining
def implicit_chain():
    try:
        {}["a"]
    except KeyError:
        raise ValueError("during handling")
try:
    implicit_chain()
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
def explicit_chain():
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise RuntimeError("wrapped") from z
try:
    explicit_chain()
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
def from_none():
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("clean") from None
try:
    from_none()
except RuntimeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
t(lambda: exec_raise_from_bad())
def exec_raise_from_bad():
    raise ValueError from 5
t(exec_raise_from_bad)
def raise_non_exception():
    raise 42
t(raise_non_exception)
def raise_class():
    raise KeyError
try:
    raise_class()
except KeyError as e:
    print(repr(e), e.args)

# bare raise
def reraise():
    try:
        raise ValueError("original")
    except ValueError:
        raise
t(reraise)
def bare_outside():
    raise
t(bare_outside)
def reraise_after_handled():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError:
            pass
        raise
t(reraise_after_handled)

# custom exceptions
class AppError(Exception):
    def __init__(self, code, msg="app failed"):
        super().__init__(code, msg)
        self.code = code
    def __str__(self):
        return "[%d] %s" % (self.code, self.args[1])
class Minimal(Exception):
    pass
try:
    raise AppError(7)
except AppError as e:
    print(e, repr(e), e.args, e.code, isinstance(e, Exception))
print(str(Minimal()), repr(Minimal()), str(Minimal("a")), repr(Minimal("a", 2)), str(Minimal("a", 2)), Minimal(1).args)
class NoInit(ValueError):
    def __init__(self):
        pass
print(repr(NoInit()), NoInit().args, str(NoInit()))
class WithKw(Exception):
    def __init__(self, *, reason):
        super().__init__(reason)
print(repr(WithKw(reason="r")))
t(lambda: Exception(a=1))

# exception attributes and builtins' messages
e = KeyError("missing")
print(str(e), repr(e), e.args, str(KeyError()), str(KeyError(1, 2)))
print(repr(OSError(2, "No such file")), str(OSError(2, "No such file")), OSError(2, "x").errno, OSError(2, "x").strerror)
print(type(OSError(2, "x")).__name__, str(FileNotFoundError(2, "nf", "path.txt")))
print(repr(StopIteration(5)), StopIteration(5).value, StopIteration().value)
print(repr(SystemExit(3)), SystemExit(3).code, SystemExit().code)
print(str(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")))
print(repr(SyntaxError("msg")), str(AttributeError("a")), NameError("n").args)
err = ValueError("x")
err.extra = 1
print(err.extra, err.__traceback__, hasattr(err, "__notes__"))
err.add_note("a note")
print(err.__notes__)
print(ValueError("a") == ValueError("a"), e.with_traceback(None) is e)

# error inside except and finally
def error_in_except():
    try:
        raise ValueError("first")
    except ValueError:
        return undefined_variable
try:
    error_in_except()
except NameError as e:
    print(repr(e), repr(e.__context__))
def error_in_finally():
    try:
        raise ValueError("lost")
    finally:
        {}["k"]
try:
    error_in_finally()
except KeyError as e:
    print(repr(e), repr(e.__context__))

# return in try with finally that modifies
def mutate_return():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print(mutate_return())

# exceptions from with and generators inside try
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")
for v in gen():
    print("got", v)
    break
print("loop done")

# except with non-exception class
def bad_except():
    try:
        raise ValueError
    except 5:
        pass
t(bad_except)
def except_star_free():
    try:
        1 / 0
    except (ValueError, (TypeError, ZeroDivisionError)):
        return "nested tuple caught"
t(except_star_free)
# sys.exc_info inside handler
import sys
try:
    raise IndexError("ie")
except IndexError:
    et, ev, tb = sys.exc_info()
    print(et.__name__, ev, tb is not None)
print(sys.exc_info())
# raising an instance vs class with args
try:
    raise ValueError("with arg")
except Exception as ex:
    print(type(ex) is ValueError, ex.args)
# exception groups exist
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, BaseException))
eg = ExceptionGroup("grp", [ValueError(1), TypeError(2)])
print(repr(eg), str(eg), len(eg.exceptions), eg.message)
