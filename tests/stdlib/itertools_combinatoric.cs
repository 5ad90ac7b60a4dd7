# itertools: product, permutations, combinations, combinations_with_replacement.
from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product("ab", range(3))))
print(list(product((0, 1), (0, 1), (0, 1))))
print(list(product("ab", repeat=2)), list(product()), list(product("ab", [])), list(product(repeat=0)))
print(list(product([1, 2], repeat=0)), len(list(product(range(3), repeat=4))))
print(list(product("x", "yz", repeat=2)))

print(list(permutations("ABC")), list(permutations(range(3), 2)))
print(list(permutations([])), list(permutations([1], 0)), list(permutations("AB", 3)), list(permutations("AB", 2)))
print(list(permutations("AAB", 2)))
p = list(permutations(range(5)))
print(len(p), p[:3], p[-1], p == sorted(p))
print(len(list(permutations(range(6), 3))), list(permutations(range(4), 4))[7])

print(list(combinations("ABCD", 2)), list(combinations(range(4), 3)))
print(list(combinations([], 0)), list(combinations("AB", 3)), list(combinations("AB", 0)), list(combinations("ABC", 3)))
print(len(list(combinations(range(10), 4))), list(combinations(range(6), 5))[-1])
print(list(combinations_with_replacement("ABC", 2)), list(combinations_with_replacement([], 0)))
print(list(combinations_with_replacement([], 1)), list(combinations_with_replacement("AB", 3)))
print(len(list(combinations_with_replacement(range(5), 3))), list(combinations_with_replacement("a", 0)))

# Inputs are read once, at creation.
def gen():
    print("reading")
    yield 1
    yield 2
pr = product(gen(), repeat=2)
print("made", list(pr))
c = combinations(gen(), 1)
print("made", next(c), list(c))

for bad in [lambda: permutations([], -1), lambda: combinations([], -1), lambda: combinations([], "a"),
            lambda: permutations([], "a"), lambda: product(repeat=-1), lambda: combinations_with_replacement([], -1),
            lambda: product(1), lambda: permutations(5)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

# Whole sequences, compared with their definitions.
print(list(permutations(range(4), 2)))
print(list(permutations("abcd", 3))[::5])
for n in range(6):
    for r in range(n + 2):
        perms = list(permutations(range(n), r))
        ok = perms == sorted(set(perms)) and all(len(set(p)) == r for p in perms)
        combs = list(combinations(range(n), r))
        ok = ok and combs == [p for p in perms if list(p) == sorted(p)]
        cwr = list(combinations_with_replacement(range(n), r))
        prod = list(product(range(n), repeat=r))
        ok = ok and cwr == [p for p in prod if list(p) == sorted(p)]
        print(n, r, len(perms), len(combs), len(cwr), len(prod), ok)
