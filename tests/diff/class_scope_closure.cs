# A method closing over a function variable whose name the class body also
# assigns: the class scope is skipped, so the method sees the function's
# variable while the class body sees its own.

def cls_scope():
    y = "function y"
    class K:
        y = "class y"
        def m(self):
            return y
        z = y
    return K().m(), K.z
print(cls_scope())

def f():
    y = 1
    class K:
        y = 2
        def m(self):
            return y
    return K().m(), K.y
print(f())
