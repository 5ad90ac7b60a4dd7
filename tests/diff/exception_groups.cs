# ExceptionGroup and BaseExceptionGroup: construction rules, str/repr,
# the two-base MRO, split/subgroup on nested groups, derive overrides.
eg = ExceptionGroup("grp", [ValueError(1), TypeError(2)])
print(repr(eg), str(eg), len(eg.exceptions), eg.message, eg.exceptions, eg.args)
print([c.__name__ for c in ExceptionGroup.__mro__], isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
b = BaseExceptionGroup("b", [ValueError()])
print(type(b).__name__)
b2 = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(type(b2).__name__, str(ExceptionGroup("one", [ValueError()])))
for args in [("m",), ("m", []), (1, [ValueError()]), ("m", [1]), ("m", ValueError())]:
    try:
        ExceptionGroup(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")]), KeyError("d")])
m, r = nested.split(ValueError)
print(repr(m))
print(repr(r))
print(repr(nested.subgroup(lambda e: isinstance(e, (TypeError, KeyError)))))
print(nested.subgroup(OSError), nested.split(Exception)[0] is nested)
try:
    raise ExceptionGroup("raised", [ValueError(1)])
except ExceptionGroup as e:
    print("caught", e)
try:
    raise ExceptionGroup("raised", [ValueError(1)])
except Exception as e:
    print("caught as Exception", type(e).__name__)
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "!", excs)
me = MyEG("mine", [ValueError(1), TypeError(2)])
print(repr(me.split(ValueError)), type(me).__name__)
try:
    nested.split(5)
except TypeError as e:
    print(e)
