# from __future__ import annotations: every annotation is kept as the text
# ast.unparse gives it (quoted, spaced and parenthesized as CPython does).
"""Docstring first is allowed."""
from __future__ import annotations
import __future__
print(__future__.annotations, __future__.annotations.getMandatoryRelease())

def f(a: List[int], b: "str", c: Dict[str, Tuple[int, ...]] = None, *args: int | None,
      d: Callable[[int], str], **kw: 'quoted') -> Optional[Foo.Bar]:
    pass
for k, v in f.__annotations__.items():
    print(k, repr(v))

class C:
    x: int
    y: list[int] = []
    z: a + b * c - (d - e) ** -f ** g
    w: (a or b) and not c
    v: lambda x, *y, z=1, **k: x if y else z
    u: {1: 2, **d} | {1, 2} | [x for x in y if x] | (x for x in y)
    t: f(x, *y, k=1, **z) | f(x for x in y)
    s: a[1:2, ::3] | a[1,] | a[()] | a[:] | a[b:c:d]
    r: 1 .real | 1.5 | 1e400 | b"by" | None | ... | True | -1 | +1 | ~1
    q: a < b <= c is not d not in e
    p: f"x{y!r:>{w}}z{{}}" | f"{ {1: 2} }"
    n: (a, b) | (a,) | ()
    m: x.y.z[0](1)
    l: (lambda: 1)() | (a if b else c).d
    k: 2 ** 3 ** 4 | (2 ** 3) ** 4 | a - (b - c) | (a - b) - c | -(a + b)
    j: 123456789012345678901234567890 | 'it\'s' | "q\"q" | '\n\t'
print(C.__annotations__)
x: Foo = 3
print(__annotations__, x)
