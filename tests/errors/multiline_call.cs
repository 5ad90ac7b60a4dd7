# A call spread over several lines, failing in the callee.
def f(a, b):
    return a + b
result = f(
    1,
    "x",
)
