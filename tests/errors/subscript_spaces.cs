# A subscript with blanks around the brackets.
xs = [1]
y = xs  [ 5 ]
