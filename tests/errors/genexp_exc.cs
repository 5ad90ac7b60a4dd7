# An exception inside a generator expression: frame <genexpr>.
print(sum(1 / x for x in [1, 0]))
