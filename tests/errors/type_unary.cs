# TypeError: negating a str.
x = -"abc"
