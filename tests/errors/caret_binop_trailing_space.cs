# Carets under a binary operation; the quoted line keeps its trailing blanks.
def f(a, b):
    return a + b * 2   
x = 1
y = f(x, "s") if x else 0
