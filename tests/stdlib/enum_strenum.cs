# enum.StrEnum: members are strs; auto() gives the lowercased name.
# (Needs instances of str subclasses to accept attributes.)
from enum import StrEnum, auto

class Method(StrEnum):
    GET = auto()
    POST = "post"
    Put = auto()
print(repr(Method.GET), str(Method.GET), f"{Method.POST}", Method.GET == "get", Method.POST.upper())
print(list(Method), Method("post"), Method["Put"], Method.Put.value, isinstance(Method.GET, str), len(Method.GET))
print("-".join(Method), sorted(Method), Method.GET + "!", "get" in [Method.GET], {"post": 1}[Method.POST])
try:
    class Bad(StrEnum):
        X = 1
except TypeError as e:
    print("TypeError", e)
