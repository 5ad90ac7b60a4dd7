# Inside a group: folded frames, notes and SyntaxError text lines are printed without the margin, as CPython does.
import sys
def rec(n):
    if n == 0:
        raise ValueError("bottom")
    rec(n - 1)
def mk():
    try:
        rec(6)
    except ValueError as e:
        return e
e = mk()
n = ValueError("notes")
n.add_note("multi\nline")
n.add_note("")
n.__notes__.append(3)
class Bad:
    def __str__(self): raise RuntimeError
n.__notes__.append(Bad())
try:
    compile("x = = 1", "src.py", "exec")
except SyntaxError as se:
    s = se
g = ExceptionGroup("g", [e, n, s])
try:
    raise g
except ExceptionGroup as ge:
    try:
        x = 1 / 0
    except ZeroDivisionError as z:
        raise ExceptionGroup("outer", [z, ValueError("v")]) from ge
