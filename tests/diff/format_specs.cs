# format() with many combinations of fill, align, sign, 'z', '#', '0',
# width, grouping, precision and type, applied to ints, floats, strs and
# bools; every error message is printed too. The grid is fixed, so the
# output is deterministic.

def fmt(v, spec):
    try:
        return format(v, spec)
    except (ValueError, TypeError) as e:
        return "!" + type(e).__name__ + ": " + str(e)

ints = [0, 7, -7, 255, -1234567, 10 ** 20, True]
floats = [0.0, -0.0, 1.5, -2.25, 1234567.891, 1e-7, 1e21, float("inf"), float("-inf"), float("nan"), 0.1 + 0.2]
strs = ["", "x", "héllo", "wide😀"]
aligns = ["", "<", ">", "^", "="]
fills = ["", "*", "0"]
signs = ["", "+", "-", " "]

for v in ints:
    out = []
    for spec in ["", "d", "b", "o", "x", "X", "c" if 0 <= v < 1114112 else "n", "e", "f", "g", "%", "#b", "#o", "#x", "#X",
                 ",", "_", "_b", "_x", ",d", "08", "+08", "-08", " 08", "=+9", "^9", "<9", ">9", "*^9", "0^9", "#010x", "+#x",
                 ".2", ".2f", "10.3e", ",.2f", "_.3%", "z", "z.2f", "s", ".1d", "#c", ",x", ",b"]:
        out.append(fmt(v, spec))
    print(v, out)
for v in floats:
    out = []
    for spec in ["", "f", ".0f", ".3f", "e", ".2e", "E", "g", ".3g", "G", "#g", "#.0f", "#.0e", "%", ".1%", "n",
                 ",", ",.2f", "_.1f", "+", " ", "-", "+.1f", "015.3f", "-015.3f", "=+12.2f", "*<12.2f", "^12", ">12g",
                 "z.1f", "z", "z+.0f", ".0", ".1", ".17", ".20f", "10", "d", "x", "c", "s", ",g", "_e", "#"]:
        out.append(fmt(v, spec))
    print(v, out)
for v in strs:
    out = []
    for spec in ["", "s", "5", "<5", ">5", "^5", "*^6", ".2", "10.3", "=5", "+", "05", "z", "#", ",", "d", ">1"]:
        out.append(fmt(v, spec))
    print(repr(v), out)
for fill in fills:
    for align in aligns:
        for sign in signs:
            spec = fill + align + sign + "10.2f"
            print(repr(spec), fmt(3.14159, spec), fmt(-3.14159, spec), fmt(42, spec.replace(".2f", "d")))
print(fmt(1234.5, "<012,.1f"), fmt(-1234.5, "012,.1f"), fmt(12345678, "015_"), fmt(-12345678, "015,"))
print(fmt(2 ** 64, "x"), fmt(-(2 ** 64), "#b"), fmt(2 ** 70, ","), fmt(10 ** 25, "e"), fmt(10 ** 25, ".30g"))
print(fmt(1e16, ""), fmt(1e16, "g"), fmt(123456789.0, ".10g"), fmt(0.00001, ""), fmt(0.0001, ""), fmt(1e-5, "n"))
print(fmt(5, "{"), fmt(5, "<<<"), fmt(5, "10000000000000000000000"), fmt(5.0, ".1000000000000f"), fmt(5, ".0s"))
