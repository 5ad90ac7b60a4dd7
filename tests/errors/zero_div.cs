# ZeroDivisionError inside a function called from print().
def ratio(a, b):
    return a / b
print(ratio(1, 0))
