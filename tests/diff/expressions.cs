# Expressions: chained comparisons (each operand evaluated once,
# short-circuit), conditional expressions, and/or/not returning operands
# and short-circuiting, operator precedence, identity and membership
# operators, and unary operator chains.

def t(f):
    try:
        r = f()
    except Exception as e:
        print("!", type(e).__name__, e)
    else:
        print(repr(r))

trace = []
def v(x):
    trace.append(x)
    return x

# chained comparisons
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1 == 1, 1 == 1 != 2, 1 < 2 > 0 < 5)
print(1 < v(2) < v(3), trace)
trace.clear()
print(v(5) < v(1) < v(10), trace)
trace.clear()
print(1 <= v(1) >= v(0) == v(0), trace)
trace.clear()
print("a" < "b" < "c", [1] < [2] <= [2], 2 in [1, 2] in [[1, 2]], trace is trace is not None)
x = 5
print(0 <= x < 10, 0 < x < 3, -1 < x != 5, x == 5 == x, not 0 < x < 10)
t(lambda: 1 < "a" < 2)
t(lambda: 1 > 2 < "a")

# conditional expression
print("yes" if 1 else "no", "yes" if 0 else "no", "a" if [] else "b" if {} else "c", (1 if True else 2) + 10)
print(v("t") if v(True) else v("f"), trace)
trace.clear()
print([i if i % 2 else -i for i in range(5)], (lambda z: "neg" if z < 0 else "nonneg")(-3))
t(lambda: 1 / 0 if False else "safe")

# and / or / not
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or [] or "last", "a" and "b" and "c", "" or 0 or None)
print(not 1, not 0, not [], not [0], not None, not "", not not "x")
print(v(0) and v(1), trace)
trace.clear()
print(v(1) or v(2), trace)
trace.clear()
print(v(0) or v("") or v("end"), trace)
trace.clear()
print(v(1) and v(2) and v(3), trace)
trace.clear()
print((0 or 1) and (2 or 3), 0 or (1 and 0), 1 and not 0, not 1 or 2)
class Truthy:
    def __init__(self, val):
        self.val = val
    def __bool__(self):
        print("bool called", self.val)
        return self.val
    def __repr__(self):
        return "T(%r)" % self.val
print(Truthy(False) or Truthy(True), Truthy(True) and Truthy(False))
print(not Truthy(True))
class BadBool:
    def __bool__(self):
        return "not a bool"
t(lambda: not BadBool())
t(lambda: BadBool() or 1)
t(lambda: 1 if BadBool() else 2)

# precedence
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2, 2 ** -1, -3 // 2, -(3 // 2))
print(1 + 2 < 4, 1 < 2 == 2, not 1 == 2, 5 & 3 | 8, 5 | 3 & 1, 5 ^ 1 << 2, 1 << 2 + 1, ~1 + 1, -~1, ~-1)
print(3 - 2 - 1, 2 * 3 % 4, 7 // 2 * 2, 8 / 2 / 2, 2 * -3, 10 - -3, +-+1, not not 1 + 1)
print(1 if 0 else 2 if 0 else 3, (lambda: 1 or 2)(), [1, 2][0] + [3][0], "ab" * 2 + "c", -x ** 2)
print(1 in [1] == True, (1 in [1]) == True, [] == [] is not None)

# identity and membership
a = [1]
b = a
print(a is b, a is [1], a is not [1], None is None, 1 in a, 2 not in a, "b" in "abc", "" in "x", "ab" in "xaby")
print(1 in {1: 2}, 2 in {1: 2}, 1 in {1}, (1, 2) in [(1, 2)], 3 in range(5), 3.0 in [3], True in [1])
t(lambda: 1 in 5)
t(lambda: [] in {})
t(lambda: 1 in "abc")
class In:
    def __contains__(self, item):
        return item == "magic"
print("magic" in In(), "other" in In(), "magic" not in In())

# augmented assignment evaluates the target once
class Counter:
    def __init__(self):
        self.reads = 0
        self._v = 0
    @property
    def v(self):
        self.reads += 1
        return self._v
    @v.setter
    def v(self, val):
        self._v = val
cnt = Counter()
cnt.v += 5
print(cnt.v, cnt.reads)
arr = [0, 0]
def idx():
    print("index evaluated")
    return 1
arr[idx()] += 10
print(arr)

# numeric literal forms
print(0x_ff, 0o_17, 0b_1010, 1_000.5, 1e-3, 1E3, .5, 5., 0.0e0, 00, 0_0)
print(0xFF == 255, 1e1_0 == 1e10)
