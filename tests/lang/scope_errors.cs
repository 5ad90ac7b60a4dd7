# Scope errors found before any code runs, with the positions CPython 3.11
# gives them (the statement or expression at fault, its whole range).
cases = [
    "nonlocal x",
    "x = 1\nreturn x",
    "def f(a, a): pass",
    "def f():\n    x = 1\n    global x",
    "def f():\n    print(x)\n    global x",
    "def f(x):\n    global x",
    "yield 1",
    "await x",
    "def f():\n    await x",
    "[(yield 1) for x in y]",
    "def f():\n    nonlocal zz",
    "x: int = 1\nglobal x",
    "def f():\n    from m import *",
    "[i := 0 for i in range(3)]",
    "class C:\n    [y := 0 for i in range(3)]",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        global x",
    "async def f():\n    yield from x",
    "def f():\n    async for x in y: pass",
    "def f():\n    async with x: pass",
    "break",
    "continue",
    "def f():\n    x = 1\n    del x\n    nonlocal x",
]
for src in cases:
    try:
        compile(src, "f", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(e.msg, (e.lineno, e.offset, e.end_lineno, e.end_offset))
