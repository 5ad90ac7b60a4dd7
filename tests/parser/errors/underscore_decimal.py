# A doubled underscore in a number.
x = 1__000
