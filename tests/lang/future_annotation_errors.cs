# With string annotations, yield, await and := in an annotation are
# SyntaxErrors (CPython 3.11's messages and ranges).
for src in ['from __future__ import annotations\ndef f():\n    x: (yield) = 1',
            'from __future__ import annotations\ndef f(a: (b := 1)): pass',
            'from __future__ import annotations\nasync def f(a: await b): pass',
            'from __future__ import annotations\nx: [(yield) for i in y]',
            'from __future__ import annotations\nx: lambda: (yield)',
            'from __future__ import annotations\nclass C:\n    k: (a := 1) if b else c',
            'def f():\n    x: (yield) = 1',
            'async def f(a: await b): pass']:
    try:
        compile(src, 'f', 'exec')
        print('ok')
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
