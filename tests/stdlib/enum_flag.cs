# enum: IntEnum, Flag and IntFlag.
from enum import Enum, IntEnum, Flag, IntFlag, auto, CONFORM, EJECT, KEEP, STRICT
import enum

class Num(IntEnum):
    ONE = 1
    TWO = 2
    THREE = 3
print(repr(Num.ONE), str(Num.ONE), f"{Num.TWO}", format(Num.TWO, "03d"), "%d" % Num.THREE, Num.ONE + 1)
print(Num.TWO == 2, Num(2), sorted([Num.THREE, Num.ONE]), isinstance(Num.ONE, int), Num.ONE < Num.TWO, Num.THREE * 2)
print(list(Num), [n.value for n in Num], int(Num.TWO), Num["THREE"], {1: "one"}[Num.ONE], max(Num))
print(range(5)[Num.TWO], [10, 20, 30][Num.ONE], hex(Num.THREE), Num.TWO.name)
class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404
    def is_error(self):
        return self >= 400
print(Status(404), Status.NOT_FOUND.is_error(), Status.OK.is_error(), Status.OK // 100)
HTTP = IntEnum("HTTP", "CONTINUE OK")
print(list(HTTP), HTTP.OK + 0)
try:
    Num(7)
except ValueError as e:
    print("ValueError", e)

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
print(list(Perm), repr(Perm.R | Perm.W), str(Perm.R | Perm.W), repr(~Perm.R), repr(Perm(0)), repr(Perm(7)))
print(list(Perm.R | Perm.X), Perm.R in (Perm.R | Perm.W), Perm.X in (Perm.R | Perm.W), bool(Perm(0)), bool(Perm.R))
print(len(Perm.R | Perm.W), len(Perm(0)), repr(Perm.R & Perm.W), repr((Perm.R | Perm.W) & Perm.W), repr(Perm.R ^ Perm.R))
print((Perm.R | Perm.W) is (Perm.W | Perm.R), Perm(3) is (Perm.R | Perm.W), repr(Perm(8)), Perm(3).name, Perm(0).name)
print(str(Perm(0)), repr(~Perm(7)), repr(~~Perm.W), Perm.R.value, Perm.X.value, format(Perm.R | Perm.X))
try:
    Perm.R in Perm
    print("member in class ok")
    1 in Perm.R
except TypeError as e:
    print("TypeError", e)
try:
    Perm.R | 1
except TypeError as e:
    print("TypeError", e)

class Rights(Flag):
    READ = 4
    WRITE = 2
    EXEC = 1
    RW = 6
    NONE = 0
print(list(Rights), repr(Rights.RW), repr(Rights(6)), repr(Rights(7)), list(Rights(7)), repr(~Rights.READ), repr(~Rights.RW))
print(list(Rights.__members__), repr(Rights.NONE), repr(Rights(0)), len(Rights))

class Strict(Flag, boundary=STRICT):
    A = 1
    B = 2
try:
    Strict(4)
except ValueError as e:
    print("ValueError", repr(str(e)))
class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 4
print(repr(Conform(7)), repr(Conform(2)))
class Eject(Flag, boundary=EJECT):
    A = 1
print(repr(Eject(3)), type(Eject(3)).__name__, repr(Eject(1)))
print(Perm._boundary_, IntFlag._boundary_, repr(KEEP), str(KEEP))

class IP(IntFlag):
    R = 4
    W = 2
    X = 1
print(repr(IP.R | IP.W), str(IP.R | IP.W), IP.R | 1, repr(IP.R | 1), repr(IP(0)), repr(~IP.R), repr(IP(8)), repr(IP.R | 8))
print(IP.R + 1, IP.R == 4, isinstance(IP.W, int), list(IP(7)), repr(IP(7)), IP.R & 6, repr(IP.R & 6), f"{IP.W | IP.X}")
print(repr(1 | IP.W), repr(IP.X ^ 3), 4 in [IP.R], sorted([IP.X, IP.R, IP.W]))

class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
print(list(Color), repr(Color.WHITE), repr(Color(7)), list(Color.WHITE), repr(Color.RED | Color.GREEN))
print(enum.bin(5), enum.bin(-5), enum.bin(5, 8), enum.bin(0), enum.bin(10, 2))
