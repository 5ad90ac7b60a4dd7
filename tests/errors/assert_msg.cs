# A failed assert with a message: carets under the test expression.
def check(v):
    assert v > 0, f"bad value {v}"
check(-1)
