# A lambda parameter without default after one with.
f = lambda x=1, y: x
