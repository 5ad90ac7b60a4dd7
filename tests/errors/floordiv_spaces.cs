# A two-character operator between parenthesized operands and extra spaces.
a = 1
b = 0
c = (a)  //  (b)
