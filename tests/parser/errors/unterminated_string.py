# A string that never ends.
x = "abc
