# collections: UserDict, UserList, UserString.
from collections import UserDict, UserList, UserString

class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
ld = LowerDict({"A": 1}, B=2)
ld["C"] = 3
ld.update(D=4)
print(ld, ld.data, len(ld), "a" in ld, list(ld), ld.get("zz", "none"), ld["a"])
print(ld == {"a": 1, "b": 2, "c": 3, "d": 4}, isinstance(ld, dict), type(ld.copy()).__name__, ld.copy())
print(UserDict(x=1) | {"y": 2}, {"y": 2} | UserDict(x=1), UserDict.fromkeys("ab", 0))
u = UserDict(a=1)
u |= {"b": 2}
del u["a"]
print(u, u.pop("b"), u, len(u))
class Defaulting(UserDict):
    def __missing__(self, key):
        return key * 2
print(Defaulting()["ab"])
try:
    UserDict()["nope"]
except KeyError as e:
    print("KeyError", e)
import copy
cd = copy.copy(ld)
cd["q"] = 1
print(type(cd).__name__, "q" in ld)

ul = UserList([3, 1, 2])
ul.append(0)
ul.sort()
print(ul, ul.data, len(ul), ul[0], ul[1:3], type(ul[1:3]).__name__, 2 in ul)
ul.extend(UserList([7]))
ul += [8]
ul.insert(0, -1)
print(ul, ul.pop(), ul.pop(0), ul.index(2), ul.count(2), ul)
ul.remove(7)
ul.reverse()
print(ul, ul + [1], [1] + ul, ul * 2, ul == [3, 2, 1, 0], ul < [4], type(ul + [1]).__name__)
ul[0] = 30
del ul[1]
print(ul, ul.copy(), type(ul.copy()).__name__)
ul *= 2
print(ul, UserList(), UserList("ab"), UserList(UserList([1])))
ul.clear()
print(ul)

us = UserString("Hello World")
print(us, repr(us), len(us), us[0], us[-5:], us.upper(), us.lower(), type(us.upper()).__name__)
print(us.split(), us.replace("World", "There"), us.startswith("Hell"), us.find("o"), us.count("l"))
print(us + "!", "> " + us, us * 2, "World" in us, UserString("x") in us, us == "Hello World", us < "Z")
print(us.strip("Hd"), us.center(15, "*"), us.zfill(13), us.isalpha(), us.title(), us.swapcase())
print(UserString("%s-%s") % ("a", "b"), int(UserString("42")) + 1, float(UserString("1.5")), hash(us) == hash("Hello World"))
print(us.join(["<", ">"]), UserString(3.5), us.partition(" "), us.encode(), us.removeprefix("Hello "))
print(sorted([UserString("b"), UserString("a")]), UserString("a,b").split(","))
