# Adjacent literals concatenate into one constant.
a = 'a' 'b' "c"
b = ('first '
     'second '
     "third")
c = u'x' 'y'
d = 'x' u'y'
e = r'\n' '\n'
f = b'a' b'b'
g = """a""" 'b'
