# Displays of three or more constants are built from one constant (a tuple,
# or a frozenset for a set), as CPython 3.11 compiles them: the printed
# order of such a set is CPython's.
print({0, 8, 16, 24, 32})
print({"b", "a", "c"} == {"a", "b", "c"}, sorted({"b", "a", "c"}))
print({1, 2}, [1, 2], [1, 2, 3], ["a", (1, 2), -3, None, b"x", 2.5])
print({-1, -2, -3, 1.5}, {1, 1.0, True}, len({7, 7, 7}))
print({100, 3, 7, 64, 1000000, -5})
def fresh():
    return [1, 2, 3]
a = fresh()
a.append(4)
print(fresh(), a)
s = {5, 6, 7}
s.add(8)
print(s, type(s).__name__)
print([*[1, 2], 3, 4], {*(1, 2), 3, 4})
