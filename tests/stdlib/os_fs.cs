# os: directories and files in a scratch directory: mkdir, makedirs,
# listdir, scandir, walk (top-down with pruning, bottom-up), stat,
# rename/replace, remove, rmdir, removedirs, symlinks, os.path queries,
# and the OSError subclasses with errno and filename.
import os
import os.path

base = "/tmp/cs_os_fs_test_%d" % os.getpid()
os.mkdir(base)
old_cwd = os.getcwd()
os.chdir(base)
print(os.getcwd() == base, os.getcwdb() == base.encode(), os.listdir(), os.listdir("."), os.listdir(None))

def error(call):
    try:
        call()
        print("no error")
    except OSError as e:
        print(type(e).__name__, e.errno, repr(e.filename), e.strerror, isinstance(e, OSError))

os.mkdir("a")
os.makedirs("a/b/c/d")
os.makedirs("a/b/c/d", exist_ok=True)
os.makedirs("x/y/", exist_ok=False)
os.makedirs("p/./q")
error(lambda: os.makedirs("a/b"))
error(lambda: os.mkdir("a"))
error(lambda: os.mkdir("nope/x"))
print(sorted(os.listdir()), sorted(os.listdir("a")), os.listdir("a/b/c/d"), sorted(os.listdir("p")))
print(sorted(os.listdir(b".")))

with open("a/f1.txt", "w") as f:
    f.write("hello")
with open("a/b/f2.txt", "w") as f:
    f.write("0123456789")
with open("top.txt", "w") as f:
    f.write("")

st = os.stat("a/b/f2.txt")
print(st.st_size, st[6], len(st), st.st_mode & 0o170000 == 0o100000, isinstance(st, tuple))
print(type(st).__name__, type(st.st_mtime).__name__, type(st[8]).__name__, st.st_mtime_ns // 10**9 == st[8])
print(st.st_nlink, st.st_uid == os.getuid(), st.st_gid == os.getgid(), st.st_ino > 0, st.st_blksize > 0)
print(os.stat("a").st_mode & 0o170000 == 0o040000, os.lstat("a").st_size > 0, os.stat(b"a/f1.txt").st_size)
print(os.path.getsize("a/f1.txt"), os.path.getmtime("a/f1.txt") == os.stat("a/f1.txt").st_mtime)
print(os.path.exists("a"), os.path.exists("nope"), os.path.isdir("a"), os.path.isdir("a/f1.txt"),
      os.path.isfile("a/f1.txt"), os.path.isfile("a"), os.path.islink("a"), os.path.lexists("a"),
      os.path.exists("a\0b"), os.path.isdir(b"a"))
print(os.access("a/f1.txt", os.R_OK), os.access("nope", os.F_OK), os.path.samefile("a", "./a/b/.."))
error(lambda: os.stat("nope"))
error(lambda: os.stat(b"nope"))
error(lambda: os.lstat("nope"))
error(lambda: os.path.getsize("nope"))
error(lambda: os.listdir("nope"))
error(lambda: os.listdir("top.txt"))
error(lambda: os.rmdir("top.txt"))
error(lambda: os.rmdir("a"))
error(lambda: os.remove("a"))
error(lambda: os.remove("nope"))
error(lambda: os.unlink("nope"))
error(lambda: os.chdir("nope"))
error(lambda: os.mkdir("top.txt"))

fd = os.open("top.txt", os.O_RDONLY)
print(os.stat(fd).st_size, os.fstat(fd).st_size)
os.close(fd)

# walk, top-down, in sorted order for a stable output.
for top, dirs, files in os.walk("."):
    dirs.sort()
    print("walk", top, dirs, sorted(files))
for top, dirs, files in os.walk("a", topdown=False):
    print("up", top, sorted(dirs), sorted(files))
for top, dirs, files in os.walk("."):
    dirs[:] = [d for d in sorted(dirs) if d != "a"]
    print("pruned", top, dirs)
print(list(os.walk("nope")), list(os.walk("top.txt")))
errors = []
print(list(os.walk("nope", onerror=errors.append)), [type(e).__name__ for e in errors], errors[0].filename)
print([t for t, d, f in os.walk(b"x")])

entries = sorted(os.scandir("a"), key=lambda e: e.name)
print([(e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink()) for e in entries])
print([e.stat().st_size for e in entries if e.is_file()], repr(entries[0]), os.fspath(entries[0]))
with os.scandir() as it:
    print(sorted(e.path for e in it))

os.symlink("a/f1.txt", "link1")
os.symlink("nowhere", "dangling")
print(os.readlink("link1"), os.path.islink("link1"), os.path.isfile("link1"), os.path.exists("dangling"),
      os.path.lexists("dangling"), os.stat("link1").st_size, os.lstat("link1").st_size)
print(os.path.realpath("link1") == os.path.join(base, "a/f1.txt"), os.path.realpath("a/b/../f1.txt") == os.path.join(base, "a/f1.txt"))
os.symlink("loop2", "loop1")
os.symlink("loop1", "loop2")
print(os.path.realpath("loop1") == os.path.join(base, "loop1"))
sym = sorted(e.name for e in os.scandir() if e.is_symlink())
print(sym)

os.rename("top.txt", "moved.txt")
os.replace("moved.txt", "a/replaced.txt")
print(sorted(os.listdir("a")))
error(lambda: os.rename("nope", "x"))
try:
    os.rename("nope", "x")
except OSError as e:
    print(e.filename, e.filename2)

os.remove("a/replaced.txt")
os.unlink("a/f1.txt")
os.remove("a/b/f2.txt")
os.removedirs("a/b/c/d")
print(sorted(os.listdir()))
os.rmdir("x/y")
os.rmdir("x")
os.rmdir("p/q")
os.rmdir("p")
for name in ["link1", "dangling", "loop1", "loop2"]:
    os.remove(name)
print(os.listdir())
os.chdir(old_cwd)
os.rmdir(base)
print(os.path.exists(base))
