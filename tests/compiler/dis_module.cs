# The dis module: dis() of a function, a method, a class, a lambda, a
# generator, source text and a code object; get_instructions, code_info,
# the tables, and the errors. Code object addresses are masked.
import dis

class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def text(self):
        out = []
        for line in "".join(self.parts).splitlines():
            i = line.find(" at 0x")
            if i >= 0:
                line = line[:i] + " at ADDR" + line[line.find(",", i):]
            out.append(line.replace(__file__, "dis_module.cs"))
        self.parts = []
        return "\n".join(out)

def area(width, height=2):
    total = width * height
    if total > 10:
        return total
    return -total

class Shape:
    sides = 4
    def describe(self, name):
        return f"{name}: {self.sides}"
    @staticmethod
    def unit():
        return Shape()
    @classmethod
    def make(cls):
        return cls()

def gen(n):
    for i in range(n):
        yield i * i

cap = Capture()
print("== function")
dis.dis(area)
print("== method")
dis.dis(Shape().describe)
print("== class")
dis.dis(Shape, file=cap)
print(cap.text())
print("== lambda")
dis.dis(lambda v: v + 1)
print("== generator object")
dis.dis(gen(3))
print("== source text")
dis.dis("x = a[1] + b.c")
dis.dis("a if b else c")
print("== code object, nested, depth 0 and 1")
def outer():
    def inner():
        return 1
    return inner
dis.dis(outer.__code__, file=cap)
print(cap.text())
dis.dis(outer, file=cap, depth=0)
print(cap.text())
print("== disassemble with lasti")
dis.disassemble(area.__code__, 3)
print("== get_instructions")
for ins in dis.get_instructions(area):
    if ins.starts_line is not None or ins.is_jump_target:
        print(ins.offset, ins.opname, ins.arg, repr(ins.argval), repr(ins.argrepr), ins.starts_line, ins.is_jump_target)
print("== code_info")
print(dis.code_info(area).replace(__file__, "dis_module.cs"))
dis.show_code(gen, file=cap)
print(cap.text())
print("== tables")
print(dis.opname[dis.opmap["LOAD_FAST"]], dis.cmp_op)
print(len(dis.opname), dis.opmap["LOAD_CONST"] in dis.hasconst, dis.opmap["JUMP_FORWARD"] in dis.hasjabs)
print("== errors")
for bad in (42, None):
    try:
        if bad is None:
            dis.distb()
        else:
            dis.dis(bad)
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__, e)
try:
    1 / 0
except ZeroDivisionError as e:
    dis.distb(e.__traceback__, file=cap)
print([l.split()[-1] for l in cap.text().splitlines() if "-->" in l])
