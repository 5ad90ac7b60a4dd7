# Objects of every size class of the small-object pools (16..512 bytes)
# and just past it, freed in an order other than allocation order, keep
# their contents: a block is never handed out twice, and a freed block is
# zeroed before it is reused (an object's fields start out empty).
strs = []
tups = []
for round_ in range(3):
    for n in range(0, 600, 7):
        strs.append('x' * n + str(round_))
        tups.append(tuple(range(n // 8)))
    # Drop every third object, then make new ones that reuse their blocks.
    del strs[::3]
    del tups[::3]
ok = all(s == 'x' * (len(s) - 1) + s[-1] for s in strs)
ok = ok and all(t == tuple(range(len(t))) for t in tups)
print(len(strs), len(tups), ok)
print(sum(len(s) for s in strs), sum(len(t) for t in tups))

# Fresh instances after many frees see no stale attributes.
class Node:
    pass

for i in range(2000):
    n = Node()
    assert not hasattr(n, 'x')
    n.x = i
print('nodes ok')

# A long chain freed at once goes through the deferred-free list.
head = None
for i in range(100000):
    head = (i, head)
del head
print('chain ok')
