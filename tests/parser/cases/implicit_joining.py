# Implicit line joining inside brackets.
x = (1 +
     2)
y = [
    1,  # comment
    2,

    3,
]
z = {
    'a': 1,
        'b': 2,
}
f(a,
  b,
      c)
def g(a,
      b):
    pass
