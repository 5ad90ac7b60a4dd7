# The str iterators have their own type names.
print(type(iter("abc")).__name__, type(iter("é")).__name__)
print(list(iter("héllo")), next(iter("€x")))
