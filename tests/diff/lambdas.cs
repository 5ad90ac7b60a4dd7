# Lambdas: expressions as functions, defaults and keyword-only parameters,
# closures, immediately-invoked lambdas, lambdas in data structures and as
# sort keys, their names and reprs, and the syntax they allow.

def t(f):
    try:
        r = f()
    except Exception as e:
        print("!", type(e).__name__, e)
    else:
        print(repr(r))

sq = lambda x: x * x
print(sq(7), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, 2, z=3), (lambda a, b=2: a + b)(1))
print((lambda x, /, y, *, z: (x, y, z))(1, y=2, z=3), (lambda *, k=5: k)(), (lambda a, *rest: rest)(1, 2, 3))
print(sq.__name__, sq.__qualname__, type(sq).__name__, sq.__code__.co_argcount, sq.__defaults__)
print(repr(sq).startswith("<function <lambda> at 0x"), callable(sq))
t(lambda: sq())
t(lambda: sq(1, 2))
t(lambda: (lambda *, k: k)())
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print([ops[o](6, 3) for o in "+-*"], sorted(ops))
people = [("ann", 30), ("bob", 25), ("cy", 35)]
print(sorted(people, key=lambda p: p[1]), max(people, key=lambda p: len(p[0])), min(people, key=lambda p: -p[1]))
print(list(map(lambda p: p[0].upper(), people)), list(filter(lambda p: p[1] > 26, people)))
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
late = [lambda x: x + n for n in range(3)]
print([f(10) for f in late])
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
print(compose(inc, sq)(3), compose(sq, inc)(3), (lambda f: f(f(2)))(sq))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(20))
Y = lambda f: (lambda x: x(x))(lambda x: f(lambda *a: x(x)(*a)))
print(Y(lambda self: lambda n: 1 if n == 0 else n * self(n - 1))(10))
print((lambda: (yield 1))().__next__() if False else "gen lambda skipped", (lambda x=[]: x.append(1) or x)(), (lambda x=[]: x.append(1) or x)())
class WithLambda:
    attr = lambda self: "method from lambda"
    static = staticmethod(lambda: "static lambda")
print(WithLambda().attr(), WithLambda.static(), WithLambda.attr.__qualname__)
print((lambda: lambda: "nested")()(), (lambda x: (lambda y: x + y))(1)(2))
cond = lambda v: "pos" if v > 0 else ("zero" if v == 0 else "neg")
print([cond(v) for v in (-1, 0, 1)])
print((lambda a, b: a if a > b else b)(3, 9), (lambda s: s[::-1])("lambda"), (lambda *a: sum(a))(*range(5)))
g = lambda: undefined_in_lambda
t(g)
print((lambda x: x)(lambda: 0).__name__, (lambda: None)() is None, (lambda: print("side effect"))())
kw = lambda **kw: sorted(kw.items())
print(kw(b=2, a=1), kw(**{"z": 0}))
