# Functions with defaults, keyword-only arguments, annotations; a lambda.
def f(a, b=1, *args, c, d=4, **kw):
    return a

g = lambda x, y=2: x + y

def h(x: int, *, scale: float = 1.0) -> float:
    return x * scale
