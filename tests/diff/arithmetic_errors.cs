# The errors arithmetic raises, with CPython's exact messages: unsupported
# operand types for every operator, division by zero, overflow, and the
# messages of the unary operators.

def t(f):
    try:
        r = f()
    except Exception as e:
        print("!", type(e).__name__, e)
    else:
        print(repr(r))

class A:
    pass

t(lambda: 1 + "a")
t(lambda: 1 - "a")
t(lambda: 1 * None)
t(lambda: 1 / "a")
t(lambda: 1 // "a")
t(lambda: 1 % [])
t(lambda: 1 ** "a")
t(lambda: 1 << "a")
t(lambda: 1 >> 1.0)
t(lambda: 1 & "a")
t(lambda: 1 | "a")
t(lambda: 1 ^ "a")
t(lambda: 1 @ 2)
t(lambda: A() + A())
t(lambda: A() + 1)
t(lambda: 1 + A())
t(lambda: [] + ())
t(lambda: () + [])
t(lambda: "a" - "b")
t(lambda: "a" * "b")
t(lambda: "a" * 2.0)
t(lambda: [1] * "a")
t(lambda: {} + {})
t(lambda: {1} + {2})
t(lambda: None + None)
t(lambda: -"a")
t(lambda: +"a")
t(lambda: ~"a")
t(lambda: ~1.5)
t(lambda: -[])
t(lambda: -A())
t(lambda: abs("a"))
t(lambda: abs(A()))
t(lambda: divmod("a", 1))
t(lambda: divmod(1, "a"))
t(lambda: pow("a", 2))
t(lambda: pow(2, 3, "a"))
t(lambda: pow(2, "a", 3))

# augmented assignment messages use the augmented operator
def aug(op):
    x = 1
    try:
        if op == "+":
            x += "a"
        elif op == "-":
            x -= "a"
        elif op == "*":
            x *= None
        elif op == "/":
            x /= "a"
        elif op == "//":
            x //= "a"
        elif op == "%":
            x %= "a"
        elif op == "**":
            x **= "a"
        elif op == "<<":
            x <<= "a"
        elif op == ">>":
            x >>= "a"
        elif op == "&":
            x &= "a"
        elif op == "|":
            x |= "a"
        elif op == "^":
            x ^= "a"
        elif op == "@":
            x @= 1
    except TypeError as e:
        print(op, "->", e)
for op in ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"]:
    aug(op)

# division by zero of every kind
t(lambda: 1 / 0)
t(lambda: 1 // 0)
t(lambda: 1 % 0)
t(lambda: divmod(1, 0))
t(lambda: 1.0 / 0)
t(lambda: 1 / 0.0)
t(lambda: 1.0 // 0.0)
t(lambda: 1.0 % 0.0)
t(lambda: divmod(1.0, 0))
t(lambda: 0 ** -1)
t(lambda: 0.0 ** -1)
t(lambda: 10**30 // 0)
t(lambda: 10**30 % 0)
t(lambda: 10**30 / 0)
t(lambda: True / False)
t(lambda: pow(0, -2))

# overflow
t(lambda: 2.0 ** 10000)
t(lambda: 10 ** 400 / 1.5)
t(lambda: float(10 ** 400))
t(lambda: 10 ** 400 * 1.0)
t(lambda: 10 ** 400 + 0.5)
t(lambda: (10 ** 400) / (10 ** 399))
t(lambda: 1 << (1 << 70))
t(lambda: 1e308 + 1e308)

# integer results that are exact
t(lambda: 10 ** 40 // 10 ** 20)
t(lambda: (10 ** 40 + 1) % 10 ** 20)
t(lambda: -(10 ** 40) // 7)
t(lambda: -(10 ** 40) % 7)
t(lambda: divmod(-(10 ** 40), 10 ** 20 + 1))
t(lambda: (2 ** 64) / (2 ** 32))
t(lambda: 2 ** 64 - 2 ** 64)

# mixing bool, int and float
t(lambda: True + 1.5)
t(lambda: False * 3)
t(lambda: True ** 10)
t(lambda: 3 * True)
t(lambda: -True)
t(lambda: ~True)
t(lambda: True & False)
t(lambda: True | False)
t(lambda: True ^ True)
t(lambda: type(True & True))
t(lambda: type(True + True))
