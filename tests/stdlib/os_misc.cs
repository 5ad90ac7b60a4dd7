# os: environ (a mapping that also changes the process environment),
# getenv/putenv/unsetenv, the process functions, urandom, strerror, low
# level file descriptors, and the messages of bad calls.
import os

print(os.name, repr(os.sep), repr(os.linesep), os.devnull, os.curdir, os.pardir, os.extsep, os.altsep,
      os.pathsep, os.defpath, os.error is OSError)
print(type(os.environ).__name__, "PATH" in os.environ, isinstance(os.environ.copy(), dict))
print(os.getpid() > 0, os.getppid() > 0, os.getpid() != os.getppid(), os.cpu_count() >= 1,
      os.getuid() >= 0, os.getgid() >= 0, os.geteuid() == os.getuid())

os.environ["CS_ENV_A"] = "alpha"
print(os.environ["CS_ENV_A"], os.getenv("CS_ENV_A"), os.environ.get("CS_ENV_A"), "CS_ENV_A" in os.environ)
print(os.system('test "$CS_ENV_A" = alpha') == 0)
os.environ["CS_ENV_A"] = "beta"
print(os.system('test "$CS_ENV_A" = beta') == 0, os.environ["CS_ENV_A"])
del os.environ["CS_ENV_A"]
print("CS_ENV_A" in os.environ, os.getenv("CS_ENV_A"), os.getenv("CS_ENV_A", "dflt"), os.system('test -z "$CS_ENV_A"'))
print(os.environ.setdefault("CS_ENV_B", "v"), os.environ.setdefault("CS_ENV_B", "w"), os.environ.pop("CS_ENV_B"))
print(os.environ.pop("CS_ENV_B", "gone"), os.environ.get("CS_ENV_B", 7))
os.environ.update({"CS_ENV_C": "c"}, CS_ENV_D="d")
print(os.environ["CS_ENV_C"], os.environ["CS_ENV_D"], os.system('test "$CS_ENV_C$CS_ENV_D" = cd'))
keys = [k for k in os.environ if k.startswith("CS_ENV_")]
print(sorted(keys), len(os.environ) == len(list(os.environ.keys())), ("CS_ENV_C", "c") in os.environ.items())
del os.environ["CS_ENV_C"], os.environ["CS_ENV_D"]
os.putenv("CS_ENV_E", "e")
print("CS_ENV_E" in os.environ, os.system('test "$CS_ENV_E" = e'))
os.unsetenv("CS_ENV_E")
print(os.system('test -z "$CS_ENV_E"'))
print(repr(os.environ).startswith("environ({"), os.environ == os.environ.copy())

def attempt(text):
    try:
        r = eval(text)
        print(text, "->", repr(r))
    except Exception as e:
        print(text, "!!", type(e).__name__ + ":", e)

for text in """os.environ['CS_NO_SUCH']
os.environ.__setitem__('X', 1)
os.environ.__setitem__(1, 'x')
os.environ.get(1)
1 in os.environ
os.getenv(5)
os.getenv('CS_NO_SUCH')
os.getenv('CS_NO_SUCH', 5)
os.putenv('A=B', 'x')
os.putenv('', 'x')
os.putenv(1, 'x')
os.unsetenv('A=B')
os.unsetenv('CS_NO_SUCH')
os.environ.pop('CS_NO_SUCH')
os.strerror(2)
os.strerror(9999)
os.strerror('x')
os.urandom(-1)
len(os.urandom(0))
len(os.urandom(33))
type(os.urandom(3))
os.kill(os.getpid(), 0)
os.kill(999999, 0)
os.stat(5.5)
os.stat([1])
os.stat('a\\0b')
os.stat(b'a\\0b')
os.listdir(5.5)
os.listdir('/nonexistent_cs_dir')
os.mkdir()
os.stat()
os.rename('a')
os.close(-1)
os.read(-1, 5)
os.write(-1, b'x')
os.fspath(1)
os.fspath(None)
os.fsencode('x')
os.fsdecode(b'x')
os.system('exit 3')
os.system('exit 0')
os.get_terminal_size(-1)
os.times()[4] > 0
len(os.times())
os.umask(0o22) >= 0
os.open('/nonexistent_cs_dir/f', os.O_RDONLY)
os.chmod('/nonexistent_cs_dir', 0o777)
os.readlink('/nonexistent_cs_dir')""".splitlines():
    attempt(text)

r, w = os.pipe()
print(os.write(w, b"through a pipe"), os.read(r, 7), os.read(r, 100))
os.close(w)
print(os.read(r, 10))
os.close(r)
fd = os.open("/dev/null", os.O_WRONLY)
print(os.write(fd, bytearray(b"xyz")), os.isatty(fd), os.lseek(fd, 0, os.SEEK_SET))
fd2 = os.dup(fd)
print(fd2 != fd, os.dup2(fd, fd2) == fd2)
os.close(fd2)
os.close(fd)
print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.F_OK, os.R_OK, os.W_OK, os.X_OK, os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
