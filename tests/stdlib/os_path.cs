# os.path: posixpath's text operations (join, split, splitext, basename,
# dirname, normpath, isabs, commonprefix, commonpath, relpath...) on many
# edge cases, for str and bytes, and the three ways of importing it.
import os
import os.path
from os import path
import posixpath

print(os.path is path, path is posixpath, os.path.__name__, os.path.sep, os.path.curdir, os.path.pardir,
      os.path.extsep, os.path.altsep, os.path.pathsep, os.path.devnull)

cases = ["", ".", "..", "/", "//", "///", "////", "a", "a/", "a//b", "a//b/../c/", "/a/b/../../..", "../a",
         "a/../..", "./a/./b/.", "//a/b", "///a/b", "/..", "/../a", "a/b/c/../../../..", "../../a/..",
         "a/./../b", "//..", "//../a", "a/..", "/a/", "////a//b//", "a/b/", "/a/b", "a.b/c.d", "ünï/cødé.tx",
         "~", "~/x", "a/.", "./", ".//"]
for c in cases:
    print(repr(c), repr(path.normpath(c)), repr(path.split(c)), repr(path.dirname(c)), repr(path.basename(c)),
          repr(path.splitext(c)), path.isabs(c), repr(path.splitdrive(c)), repr(path.normcase(c)))
    b = c.encode()
    print(repr(path.normpath(b)), repr(path.split(b)), repr(path.splitext(b)), path.isabs(b))

for c in [".bashrc", "a.b.c", "a/.b", "a/..b", "a/b.", "...", "a.b/c", "a/...b", ".a.b", "..a", "/a/b.c/",
          "x.tar.gz", "a.b/", "a/b/.c.d", "/.", "/..x", "a..", ".."]:
    print("splitext", repr(c), repr(path.splitext(c)))

joins = [("a", "b"), ("a", "/b"), ("a/", "b"), ("", "b"), ("a", ""), ("a", "b", "/c", "d"), ("/", "a"),
         ("a", "", "b"), ("",), ("a",), ("", ""), ("/a/", "/b/", "c/"), ("a//", "b"), ("ü", "é")]
for parts in joins:
    print("join", parts, repr(path.join(*parts)), repr(path.join(*[p.encode() for p in parts])))

for m in [[], ["abc", "abd"], ["abc"], ["/usr/lib", "/usr/local"], ["a", "b"], ["ünï", "ünö"], [b"ab", b"ac"],
          [["a", "b", "c"], ["a", "b", "d"]], [("x", "y"), ("x", "z")], ["", "a"], ["same", "same"]]:
    print("commonprefix", m, repr(path.commonprefix(m)))

for m in [["/usr/lib", "/usr/local/lib"], ["/usr/lib", "/usr/lib/x"], ["a/b", "a/c"], ["a/b", "a/b"], ["/a"],
          ["/", "/a"], ["a//b/./c", "a/b/d"], [b"/x/y", b"/x/z"], ["a", "b"], ["./a", "a/b"], ("/a/b", "/a/bc")]:
    print("commonpath", m, repr(path.commonpath(m)))

for bad in [[], ["/a", "b"], ["a", b"b"], [1]]:
    try:
        path.commonpath(bad)
    except (ValueError, TypeError) as e:
        print("commonpath", bad, type(e).__name__, e)

for p, start in [("/a/b/c", "/a"), ("/a", "/a/b/c"), ("/a/b", "/a/b"), ("/x/y", "/a/b"), ("/", "/a/b"),
                 ("/a/b/", "/a//b/c/"), (b"/a/b", b"/a"), ("/usr/./lib/../bin", "/usr/share")]:
    print("relpath", p, start, repr(path.relpath(p, start)))
print(path.relpath("x") == "x", path.relpath(os.getcwd()) == ".", path.relpath("a/b", "a"))
print(path.abspath("/a/../b"), path.abspath("/a/./b/"), path.abspath(b"//a"), path.abspath("x") == path.join(os.getcwd(), "x"))
print(path.abspath(".") == os.getcwd(), path.abspath("") == os.getcwd())

class P:
    def __fspath__(self):
        return "some/where.txt"

print(path.basename(P()), path.dirname(P()), path.splitext(P()), path.join(P(), "x"), path.join("x", P()))
print(os.fspath(P()), os.fspath("s"), os.fspath(b"b"))

for call in ["path.join(1)", "path.join('a', 1)", "path.join('a', b'b')", "path.join(b'a', 'b')", "path.split(1)",
             "path.splitext(None)", "path.basename(3.5)", "path.normpath([])", "path.relpath('')", "os.fspath(1)",
             "path.commonprefix([1])", "path.isabs(2)", "path.join()"]:
    try:
        eval(call)
    except (TypeError, ValueError) as e:
        print(call, type(e).__name__, e)

home = os.environ.get("HOME")
os.environ["HOME"] = "/home/tester/"
print(path.expanduser("~"), path.expanduser("~/x/y"), path.expanduser("x/~"), path.expanduser("~nosuchuser_zz/a"),
      path.expanduser(b"~/b"), path.expanduser("~root") == path.expanduser("~root/"))
os.environ["HOME"] = "/"
print(path.expanduser("~"), path.expanduser("~/a"))
if home is not None:
    os.environ["HOME"] = home

os.environ["CS_TEST_VAR"] = "value"
os.environ["CS_TEST_2"] = "two"
for s in ["$CS_TEST_VAR", "${CS_TEST_VAR}/x", "a$CS_TEST_VAR$CS_TEST_2", "$NO_SUCH_VAR_ZZ", "${NO_SUCH_VAR_ZZ}",
          "$", "$$", "${}", "${CS_TEST_VAR", "no dollars", "$CS_TEST_VAR.txt", "x$CS_TEST_2-y", b"$CS_TEST_VAR/b"]:
    print("expandvars", repr(s), repr(path.expandvars(s)))
del os.environ["CS_TEST_VAR"], os.environ["CS_TEST_2"]

# os.path's functions are Python functions in CPython: their argument
# errors say so.
p = os.path
for f, a, k in [(p.split, (), {}), (p.split, (1, 2), {}), (p.join, (), {}), (p.relpath, (), {}),
                (p.relpath, ("a", "b", "c"), {}), (p.realpath, ("a", "b"), {}), (p.isdir, (), {}),
                (p.split, (), {"p": "a/b"}), (p.split, (), {"x": 1}), (p.samefile, ("a",), {}), (p.getsize, (), {}),
                (p.commonprefix, (), {}), (p.exists, (), {}), (p.realpath, (".",), {"strict": 1, "x": 2}),
                (p.normcase, (), {}), (p.basename, (), {"p": "x/y"}), (p.relpath, (), {"path": "/a", "start": "/"})]:
    try:
        print(f(*a, **k))
    except TypeError as e:
        print("TypeError", e)
print(os.path.join(a="x"))
for kw in [dict(a="x", b=1), dict(b=2)]:
    try:
        os.path.join(**kw)
    except TypeError as e:
        print("TypeError", e)
try:
    os.path.join("q", a="x")
except TypeError as e:
    print("TypeError", e)
