# String formatting: f-strings (conversions, nested specs, = debugging),
# format() specs for int/float/str (fill, align, sign, #, 0, width,
# grouping, precision, every type letter), str.format (positional,
# keyword, index, attribute, nested) and % formatting, with their errors.

def t(f):
    try:
        r = f()
    except Exception as e:
        print("!", type(e).__name__, e)
    else:
        print(repr(r))

class P:
    def __init__(self, x):
        self.x = x
        self.items = [10, 20]
    def __repr__(self):
        return "P(%r)" % (self.x,)
    def __str__(self):
        return "p%s" % (self.x,)
    def __format__(self, spec):
        return "P<" + spec + ">"

p = P("é")
name = "wörld"
n = 42
f = 3.14159
print(f"hello {name}!")
print(f"{name!r} {name!s} {name!a}")
print(f"{p} {p!r} {p!s} {p!a} {p:xyz}")
print(f"{n} {n:5} {n:<5}| {n:^7}| {n:>5} {n:05} {n:+} {n: } {n:x} {n:#o} {n:b} {n:#b}")
print(f"{f:.2f} {f:10.3f}| {f:<10.1f}| {f:e} {f:E} {f:g} {f:%} {f:.0%} {f:+.1e}")
print(f"{1234567:,} {1234567:_} {1234567.891:,.2f} {0xdeadbeef:_x} {255:08_b}")
print(f"{'x':*^9} {'abc':.2} {'abc':>6.1} {name:10}|")
w, pr = 10, 3
print(f"{f:{w}.{pr}f}| {f:{'>'}{w}}| {n:{'#'}x}")
print(f"{n=} {f=:.2f} {name=!s} {n * 2 = }")
print(f"{{literal}} {{{n}}} {'{'}")
print(f"{p.x} {p.items[1]} {[1, 2][0]} {dict(a=1)['a']}")
print(f"{3 + 4} {'yes' if n else 'no'} {(lambda: 5)()}")
print(f"{n:{''}}|{n!r:>4}|{name!r:^12}|")
print(f"""{n}
{f:.1f}""")
print(f"{-0.0} {float('inf'):5} {float('nan'):+} {-1e-7:.3g}")
print(f"{True} {True:d} {None!r} {b'x'}")
print(f"{10**20:,} {-10**20:_} {-12:05} {-12:<5}| {-12:=6}")

# format() builtin on each type
for v, spec in [(42, "c"), (65, "c"), (3.5, "n"), (1e-5, ".3"), (1e16, ".3"), (123.456, ".5g"),
                (0.00001234, "g"), (123456789.0, "g"), (1.0, ".0f"), (2.5, ".0f"), (0.5, ".0e"),
                (100, "e"), (100, "%"), (100, "f"), (100, ".2f"), (-5, "x"), (-5, "#X"),
                (3.0, ""), (3.0, "g"), (1e100, ""), (1e100, "f"), (12.5, "=+10.2f"), (12, "=+10"),
                ("s", ""), ("s", "<3"), ("s", "^4"), (True, ""), (True, "5"), (None, ""), (1.5, "#.0f"),
                (1.0, "#g"), (0.0001, ".2e"), (255, "#_x"), (1e3, ",.1f"), (-1234.5, "010,.1f")]:
    t(lambda: format(v, spec))

t(lambda: format(1.5, "d"))
t(lambda: format("a", "d"))
t(lambda: format(42, "s"))
t(lambda: format(42, ".2d"))
t(lambda: format("x", "="))
t(lambda: format("x", "+"))
t(lambda: format(1, ",_"))
t(lambda: format(1, "z"))
t(lambda: format(object(), "x"))
t(lambda: format(1, "c" + "x"))
t(lambda: format(-1, "c"))
t(lambda: format(1.5, "#,c"))
t(lambda: format([], ""))

# str.format
print("{} {} {}".format(1, "a", [2]))
print("{0} {1} {0}".format("x", "y"))
print("{a}-{b}".format(a=1, b=2))
print("{0[1]} {0[k]} {1.x}".format({1: "one", "k": "kay"}, p))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{0!r:>10} {0!s} {0!a}".format("ü"))
print("{:{w}.{p}f}".format(3.14159, w=10, p=2))
print("{{}} {{{}}}".format(7))
print("{0:{1}}".format(5, "03"))
print("{.items[0]}".format(p))
t(lambda: "{} {}".format(1))
t(lambda: "{0} {}".format(1, 2))
t(lambda: "{} {0}".format(1, 2))
t(lambda: "{x}".format(y=1))
t(lambda: "{0[5]}".format([1]))
t(lambda: "{0.nope}".format(1))
t(lambda: "{".format())
t(lambda: "}".format())
t(lambda: "{!x}".format(1))
t(lambda: "{:d}".format("a"))
t(lambda: "{0:{1}}".format(1, "{"))
print("{:,}".format(10**12), "{:.3%}".format(0.5), "{:e}".format(0))
print("{0}{1}{0}".format(*"ab"), "{x}{y}".format(**{"x": 1, "y": 2}))
print("ab".format_map({}), "{k}".format_map({"k": "v"}))
t(lambda: "a{}b".format_map({}))

# % formatting
print("%s %r %a" % ("é", "é", "é"))
print("%d %i %u %5d|%-5d|%05d %+d % d" % (1, 2, 3, 4, 5, 6, 7, 8))
print("%x %X %#x %#X %o %#o" % (255, 255, 255, 255, 8, 8))
print("%f %.2f %10.3f| %-10.1f| %e %E %g %G" % (1.5, 2.345, 3.14159, 2.5, 12345.6789, 0.000123, 1e-10, 1e20))
print("%c%c %s" % (72, "i", [1, 2]))
print("%%d %s" % "x", "%(a)s and %(b)04d" % {"a": "A", "b": 7})
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%s" % (1,), "%s" % [1, 2], "%s %s" % (1, 2), "%r" % ((1, 2),))
print("%5s|%-5s|%.2s" % ("ab", "ab", "abc"))
print("%d" % 3.99, "%x" % 10**20, "%d" % True, "%.0f" % 0.5, "%.0f" % 1.5)
print("%s" % None, "%10.4s|" % "abcdefg", "%#.3g" % 1.0, "%+.2e" % -0.0)
t(lambda: "%d" % "a")
t(lambda: "%s %s" % (1,))
t(lambda: "%s" % (1, 2))
t(lambda: "%z" % 1)
t(lambda: "%(a)s" % (1,))
t(lambda: "%(a)s" % {"b": 1})
t(lambda: "%c" % "ab")
t(lambda: "%c" % 0x110000)
t(lambda: "%x" % 1.5)
t(lambda: "%" % ())
t(lambda: "%d %d" % [1, 2])
t(lambda: "abc" % 5)
t(lambda: "abc" % ())
t(lambda: "abc" % [])
t(lambda: "%s" % {})
t(lambda: "%i" % None)
t(lambda: "%*d" % ("a", 1))
print("%s" % "%s", "%s%%" % 50, "%-3d|" % -1)
print("%.3s|%5.1s|" % ("hello", "world"))
print("%o" % -8, "%x" % -255, "%#o" % 0, "%e" % 0)
print("%(x)s %(x)r" % {"x": "q"})
