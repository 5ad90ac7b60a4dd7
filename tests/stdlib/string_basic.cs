# string: constants, capwords and Template.
import string
from string import Template

print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace))
print(repr(string.printable), len(string.printable))
print(string.capwords(" hello   world  "), string.capwords("a-b-c", "-"), repr(string.capwords("")))
print(string.capwords("ÉCOLE of ROCK"), string.capwords("x,,y", ","))

t = Template("$who likes $what")
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "tim", "what": "x"}, what="override"))
print(t.substitute(dict(who=1, what=2.5)))
print(Template("${noun}ification $$5 ${x}").substitute(noun="verb", x=[1]))
print(Template("$a$b$$$c").substitute(a=1, b=2, c=3))
print(Template("${a}x $aé $_a1 $1").safe_substitute(a="A", _a1="B"))
print(Template("$a $b ${c} $").safe_substitute(a=1))
print(Template("${ a} ${a").safe_substitute(a=1))
print(Template("no placeholders").substitute(), Template("").safe_substitute())
print(t.template, Template("$x").template)

for text, kw in [("$who likes ${what} $$ $", dict(who="a", what="b")),
                 ("hi $who\n x ${a b}", dict(who="a")),
                 ("$", {}), ("line1\nline2\r\n$!", {})]:
    try:
        Template(text).substitute(**kw)
    except ValueError as e:
        print("ValueError", e)
try:
    Template("$a $b").substitute(a=1)
except KeyError as e:
    print("KeyError", e)
try:
    Template("$a").substitute({}, b=2)
except KeyError as e:
    print("KeyError", repr(e))

print(Template("$a$b $$ $c ${a} $").get_identifiers(), Template("$").is_valid(), Template("$$").is_valid())
print(Template("$x ${y}").is_valid(), Template("").get_identifiers())

class Percent(Template):
    delimiter = "%"
p = Percent("%who owes %{amount} (%% done)")
print(p.substitute(who="ann", amount=3), p.get_identifiers())

class Dollars(Template):
    delimiter = "$$"
print(Dollars("$$a $$$$ $x").safe_substitute(a=1))

class Counter:
    def __getitem__(self, key):
        return key * 2
print(Template("$ab-${cd}").substitute(Counter()))
