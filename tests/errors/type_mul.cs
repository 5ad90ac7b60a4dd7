# TypeError: multiplying a str by a float.
x = "a" * 2.5
