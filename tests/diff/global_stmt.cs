# global: reading and rebinding module names from functions, global in
# nested functions and class bodies, globals() contents, creating new
# globals from a function, and errors for undefined names.

def t(f):
    try:
        r = f()
    except Exception as e:
        print("!", type(e).__name__, e)
    else:
        print(repr(r))

counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)

def make_new():
    global brand_new
    brand_new = "created"
make_new()
print(brand_new, "brand_new" in globals())

def read_only():
    return counter * 10
print(read_only())

def shadow_local():
    counter = -1
    return counter
print(shadow_local(), counter)

def nested():
    def inner():
        global counter
        counter = 100
    inner()
    return counter
print(nested(), counter)

class K:
    global from_class
    from_class = "set in class body"
    counter = "class attr"
print(from_class, K.counter, counter)

def unassigned_global():
    global never_set
    return never_set
t(unassigned_global)

def local_unbound():
    x = undefined_thing
t(local_unbound)

def del_global():
    global to_delete
    del to_delete
to_delete = 1
del_global()
print("to_delete" in globals())
t(del_global)

g = globals()
g["via_dict"] = 42
print(via_dict)
print(sorted(k for k in globals() if not k.startswith("__"))[:6])
print(__name__, type(globals()).__name__, globals() is g)

def gl_in_loop():
    global counter
    for counter in range(3):
        pass
gl_in_loop()
print(counter)

# global declared but used as loop variable in comprehension inside function
def comp_global():
    global comp_var
    comp_var = [i for i in range(3)]
comp_global()
print(comp_var)

# builtins can be shadowed by globals and restored with del
len = lambda x: "shadowed"
print(len([1, 2]))
del len
print(len([1, 2]))
def uses_print():
    return print
print(uses_print() is print)

# a function's globals are its module's
def get_globals():
    return globals()
print(get_globals() is globals(), get_globals.__globals__ is globals())

# augmented assignment to an undefined global
def aug_undefined():
    global nothing_here
    nothing_here += 1
t(aug_undefined)
# name error message for undefined global from module level code via exec-less path
t(lambda: undefined_at_module)
