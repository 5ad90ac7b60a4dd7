# f-strings: a plain field, conversions, a format spec and a nested spec.
def show(name, value, width):
    a = f"{name}"
    b = f"{name!r} = {value!s:>10}"
    c = f"{value:{width}.2f} and {value!a}"
    return a + b + c
