# operator: every function agrees with its operator, and the getters.
import operator
from operator import itemgetter, attrgetter, methodcaller

print(operator.add(2, 3), operator.sub(2, 3), operator.mul(2, 3), operator.truediv(7, 2))
print(operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10), operator.neg(5), operator.pos(-5))
print(operator.abs(-3), operator.inv(5), operator.invert(0), operator.lshift(1, 4), operator.rshift(256, 2))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1), operator.ne(1, 1), operator.ge(1, 2), operator.gt(3, 2))
print(operator.not_(0), operator.truth([]), operator.truth([1]), operator.is_(None, None), operator.is_not(1, None))
print(operator.concat([1], [2]), operator.concat("a", "b"), operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1))
print(operator.indexOf("abc", "c"), operator.getitem([5, 6], 1), operator.getitem({"k": 1}, "k"))
print(operator.index(7), operator.index(True))
l = [1, 2, 3]
operator.setitem(l, 0, 9)
operator.delitem(l, 1)
print(l)
print(operator.length_hint([1, 2]), operator.length_hint(range(3)), operator.length_hint(5, 42))
print(operator.call(max, 3, 4), operator.call(sorted, [3, 1], reverse=True))
print(operator.__add__(1, 2), operator.__mul__("ab", 2), operator.__getitem__("xyz", -1), operator.__not__(1))

# In-place operators update mutable operands and return the result.
a = [1]
b = operator.iadd(a, [2])
print(a, b, a is b)
print(operator.iadd(1, 2), operator.isub(5, 2), operator.imul(3, 3), operator.itruediv(1, 4))
print(operator.ifloordiv(9, 2), operator.imod(9, 4), operator.ipow(2, 5), operator.ilshift(1, 3))
print(operator.irshift(16, 2), operator.iand(6, 3), operator.ior(6, 3), operator.ixor(6, 3))
s = {1}
print(operator.ior(s, {2}), s, operator.iconcat([1], (2,)) if False else operator.iconcat([1], [2]))

for bad in [lambda: operator.add(1, "a"), lambda: operator.concat(1, 2), lambda: operator.index(1.5),
            lambda: operator.indexOf([1], 2), lambda: operator.getitem([], 3)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

# itemgetter
rows = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(0)))
print(itemgetter(1)("abc"), itemgetter(0, 2)("abc"), itemgetter("x", "y")({"x": 1, "y": 2}))
print(itemgetter(slice(1, 3))([1, 2, 3, 4]))
print(repr(itemgetter(1)), repr(itemgetter("a", 2)))
try:
    itemgetter()
except TypeError as e:
    print(e)
try:
    itemgetter(5)([1])
except IndexError as e:
    print("IndexError", e)

# attrgetter
class P:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
p = P("root", P("leaf"))
print(attrgetter("name")(p), attrgetter("child.name")(p), attrgetter("name", "child.name")(p))
print(repr(attrgetter("name")), repr(attrgetter("a.b", "c")))
try:
    attrgetter(1)
except TypeError as e:
    print(e)
try:
    attrgetter("missing")(p)
except AttributeError as e:
    print(e)
print(sorted([P("z"), P("m"), P("a")], key=attrgetter("name"))[0].name)

# methodcaller
print(methodcaller("upper")("abc"), methodcaller("split", ",")("a,b"), methodcaller("split", maxsplit=1)("a b c"))
print(repr(methodcaller("split", ",", maxsplit=1)), repr(methodcaller("x")))
try:
    methodcaller()
except TypeError as e:
    print(e)
try:
    methodcaller(3)
except TypeError as e:
    print(e)

print(sorted(n for n in operator.__all__)[:5], len(operator.__all__))
