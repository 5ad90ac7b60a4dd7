# Attribute access and subscripts.
a = x.y
b = x.y.z
c = x[0]
d = x[0][1]
e = x.y[0].z
f = x[a, b]
g = x[a,]
h = x[*a]
i = x[*a, b]
j = x[()]
k = x[i := 1]
l = x   .   y
m = x[(1, 2)]
