# Annotations: SETUP_ANNOTATIONS opens an annotated module or class body;
# simple names store into __annotations__; a def passes (name, value)
# pairs to MAKE_FUNCTION (flag 4).
x: int = 1
y: str
def f(a: int, *, b: "B" = 2) -> None:
    z: list = []
    return z
class C:
    w: float
    obj.attr: int
