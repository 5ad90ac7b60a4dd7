# errno: the error-number constants and errorcode, and how they match the
# errno of the OSError subclasses.
import errno
import os

names = ["EPERM", "ENOENT", "ESRCH", "EINTR", "EIO", "ENXIO", "E2BIG", "EBADF", "ECHILD", "EAGAIN", "ENOMEM",
         "EACCES", "EEXIST", "ENOTDIR", "EISDIR", "EINVAL", "EMFILE", "ENOSPC", "EPIPE", "EDOM", "ERANGE",
         "EDEADLK", "ENAMETOOLONG", "ENOSYS", "ENOTEMPTY", "ELOOP", "EWOULDBLOCK", "ETIMEDOUT", "ECONNREFUSED",
         "ECONNRESET", "EADDRINUSE", "EINPROGRESS", "EALREADY", "ENOTSOCK", "EHOSTUNREACH", "ENOTSUP",
         "EOPNOTSUPP", "EDEADLOCK", "ESHUTDOWN", "ECONNABORTED", "ENOTCONN", "EXDEV", "ETXTBSY", "EROFS"]
for name in names:
    value = getattr(errno, name)
    print(name, value, errno.errorcode[value], os.strerror(value))
print(errno.errorcode[errno.EAGAIN], errno.errorcode[errno.EDEADLK], errno.errorcode[errno.ENOTSUP])
print(len(errno.errorcode) > 100, all(getattr(errno, n) == v for v, n in errno.errorcode.items()))
print(all(isinstance(k, int) and isinstance(v, str) for k, v in errno.errorcode.items()))
for code in [errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EPERM, errno.EISDIR, errno.ENOTDIR, errno.EINTR,
             errno.EAGAIN, errno.ECHILD, errno.EPIPE, errno.ECONNREFUSED, errno.ESRCH, errno.ETIMEDOUT, errno.EINVAL]:
    e = OSError(code, os.strerror(code))
    print(code, type(e).__name__, e.errno == code, str(e))
try:
    open("/nonexistent_cs_dir/x")
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno])
print(errno.__name__, hasattr(errno, "ENOENT"), hasattr(errno, "EFOOBAR"))
