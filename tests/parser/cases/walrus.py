# Assignment expressions.
if (n := len(a)) > 10:
    pass
while chunk := read():
    pass
a = [y := f(x), y ** 2]
b = [z for x in data if (z := f(x))]
print(x := 1)
c = x[y := 1]
d = {(k := 1): 2}
e = (w := 5)
if x := 1:
    pass
