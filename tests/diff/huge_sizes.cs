# Sizes nobody can have: MemoryError or OverflowError, as CPython raises
# them, never an abort or a machine brought to its knees.
cases = [
    "'a' * 10**12", "b'a' * 10**12", "[0] * 10**12", "(0,) * 10**12",
    "'x'.ljust(10**12)", "'x'.rjust(10**12, '*')", "'x'.center(2**62)", "'x'.center(10**12, 'é')",
    "'x'.zfill(10**12)", "b'x'.ljust(10**12)", "b'x'.zfill(10**12)",
    "bytes(10**12)", "bytearray(10**12)",
    "'a'.expandtabs(10**12)", "'\\t'.expandtabs(2**62)", "b'\\t'.expandtabs(2**40)",
    "list(range(10**12))", "sorted(range(10**12))", "tuple(range(10**12))", "list(range(10**30))",
    "len(range(10**30))", "range(10**30)[10**29]",
    "'{:>{w}}'.format(1, w=10**12)", "f'{1:>{10**12}}'",
    "[1, 2][10**30]", "'abc'[10**30:]", "list(range(5))[::10**30]",
    "'ab\\tc'.expandtabs(4)", "'x'.center(7, 'é')", "b'x'.center(5)",
]
for c in cases:
    try:
        r = eval(c)
        print(c, "->", repr(r)[:40])
    except (MemoryError, OverflowError, IndexError, ValueError) as e:
        print(c, "->", type(e).__name__)
