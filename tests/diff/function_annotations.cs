# Function annotations are evaluated at def time and kept in
# __annotations__; several positional-only parameters passed by keyword
# are all named in the error.

def ann(a: int, b: "str" = "x", *args: float, c: list = None, **kw: dict) -> bool:
    return True
print(ann.__annotations__)
def ret_only() -> "r":
    pass
print(ret_only.__annotations__)
order = []
def note(x):
    order.append(x)
    return x
def evaluated(p: note(1), q: note(2) = note(0)) -> note(3):
    pass
print(order, evaluated.__annotations__)

def fpo(a, b, /, c, *, d):
    return a, b, c, d
try:
    fpo(a=1, b=2, c=3, d=4)
except TypeError as e:
    print(e)
