# pickle: a tuple reachable from inside itself (through a list, a dict or an
# instance) comes back with the same shape.
import pickle


def rt(x):
    return pickle.loads(pickle.dumps(x))


lst = []
t = (lst, 5)
lst.append(t)
r = rt(t)
print(r, r[0][0] is r)
d = {}
t2 = (1, d)
d["t"] = t2
r = rt([t2])
print(r, r[0][1]["t"] is r[0])


class Box:
    pass


b = Box()
t3 = (b,)
b.back = t3
r = rt(t3)
print(r[0].back is r)
