# A format spec with no expression.
x = f"{:>10}"
