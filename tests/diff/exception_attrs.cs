# The built-in attributes of exceptions (name, obj, errno, filename2, value,
# code, reason...): keyword arguments, str(), assignment, and that they stay
# out of the instance __dict__ while user attributes and __notes__ go in.
def t(f):
    try:
        r = f()
    except Exception as e:
        print("!", type(e).__name__, e)
    else:
        print(repr(r))
e = NameError("name 'prnt' is not defined", name="prnt")
print(e.name, e.args, e.__dict__, repr(e))
a = AttributeError("no attr", name="x", obj=5)
print(a.name, a.obj, a.__dict__)
t(lambda: NameError("m", nope=1))
t(lambda: ValueError("m", name=1))
t(lambda: AttributeError(obj=1, name="q").obj)
o = OSError(2, 'No such file or directory', 'a', None, 'b')
print(o.filename, o.filename2, str(o), o.args, o.__dict__)
o.errno = 7
print(o.errno, str(o))
try:
    None.x
except AttributeError as ex:
    print(ex.__dict__, ex.name, ex.obj)
try:
    fooo
except NameError as ex:
    print(ex.__dict__, ex.name)
try:
    raise StopIteration(5)
except StopIteration as ex:
    print(ex.value, ex.__dict__)
s = SystemExit(3)
print(s.code, vars(s))
u = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")
print(u.__dict__, u.reason)
u.reason = "changed"
print(str(u))
ie = ImportError("msg", name="mod", path="/p")
print(ie.name, ie.path, ie.msg, ie.__dict__)
ex3 = ValueError("v")
ex3.add_note("n1")
ex3.custom = 1
print(ex3.__dict__, ex3.__notes__)
