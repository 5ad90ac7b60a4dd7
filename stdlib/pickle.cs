"""Objects to bytes and back, for messages between cs processes.

dumps/loads keep CPython's names, but the bytes are cs's own format, read
only by the same build of cs (multiprocessing's children are). What it
adds to CPython's pickle: functions and classes of the main script (or
defined inside functions, or lambdas) travel *by value* -- their code,
defaults, closure cells, and the globals they use -- so that a child
process can run them without importing the parent's script. Functions
and classes of importable modules travel by name, as in CPython.
"""

import _process
import builtins
import copy
import os
import sys
from _collections import deque   # not collections: 16 ms to import

__all__ = ['PickleError', 'PicklingError', 'UnpicklingError', 'dump', 'dumps', 'load', 'loads',
           'HIGHEST_PROTOCOL', 'DEFAULT_PROTOCOL']

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


# One byte per kind of item.
_NONE, _TRUE, _FALSE, _INT, _BIGINT, _FLOAT = b'N', b'T', b'F', b'I', b'J', b'D'
_STR, _BYTES, _BYTEARRAY = b'S', b'B', b'A'
_TUPLE, _LIST, _DICT, _SET, _FROZENSET = b'(', b'[', b'{', b'<', b'>'
_MEMO, _GLOBAL, _MODULE = b'g', b'c', b'M'
_FUNCTION, _CELL, _CLASS, _REDUCE = b'f', b'C', b'K', b'R'

_FunctionType = type(lambda: None)
_CellType = type(_process.make_cell())
_CodeType = type((lambda: None).__code__)
_ModuleType = type(sys)


def _ilen(n):
    return n.to_bytes(4, 'little')


def _importable(obj, module, qualname):
    """True when `module.qualname` finds obj again in a fresh process."""
    if module is None or module == '__main__' or '<' in qualname:
        return False
    mod = sys.modules.get(module)
    if mod is None:
        return False
    found = mod
    for part in qualname.split('.'):
        found = getattr(found, part, None)
    return found is obj


def _names_used(code, out):
    """Every global name the code and its nested code objects may read."""
    out.update(_process.code_globals(code))
    for const in code.co_consts:
        if isinstance(const, _CodeType):
            _names_used(const, out)
    return out


class _Pickler:
    def __init__(self):
        self.out = bytearray()
        self.memo = {}        # id(obj) -> index
        self.keep = []        # keeps memoized objects alive (their ids stay unique)

    def memoize(self, obj):
        self.memo[id(obj)] = len(self.keep)
        self.keep.append(obj)

    def write_str(self, s):
        data = s.encode('utf-8', 'surrogatepass')
        self.out += _ilen(len(data))
        self.out += data

    def dump(self, obj):
        out = self.out
        t = type(obj)
        if obj is None:
            out += _NONE
        elif obj is True:
            out += _TRUE
        elif obj is False:
            out += _FALSE
        elif t is int:
            if -(1 << 63) <= obj < (1 << 63):
                out += _INT
                out += obj.to_bytes(8, 'little', signed=True)
            else:
                data = obj.to_bytes((obj.bit_length() + 8) // 8, 'little', signed=True)
                out += _BIGINT
                out += _ilen(len(data))
                out += data
        elif t is float:
            out += _FLOAT
            self.write_str(obj.hex())
        elif t is str:
            out += _STR
            self.write_str(obj)
        elif t is bytes:
            out += _BYTES
            out += _ilen(len(obj))
            out += obj
        elif id(obj) in self.memo:
            out += _MEMO
            out += _ilen(self.memo[id(obj)])
        elif t is tuple:
            out += _TUPLE
            out += _ilen(len(obj))
            for item in obj:
                self.dump(item)
            # A tuple reached again through its own items (t = ([],);
            # t[0].append(t)) was written, and memoized, inside them: the
            # reader then uses that one (as CPython's pickle does).
            index = self.memo.get(id(obj))
            if index is None:
                out += b'\x00'
                self.memoize(obj)
            else:
                out += b'\x01'
                out += _ilen(index)
        elif t is list:
            self.memoize(obj)
            out += _LIST
            out += _ilen(len(obj))
            for item in obj:
                self.dump(item)
        elif t is dict:
            self.memoize(obj)
            out += _DICT
            out += _ilen(len(obj))
            for key, value in obj.items():
                self.dump(key)
                self.dump(value)
        elif t is set or t is frozenset:
            if t is set:
                self.memoize(obj)
            out += _SET if t is set else _FROZENSET
            out += _ilen(len(obj))
            for item in obj:
                self.dump(item)
            if t is frozenset:
                self.memoize(obj)
        elif t is bytearray:
            self.memoize(obj)
            out += _BYTEARRAY
            out += _ilen(len(obj))
            out += obj
        elif t is _FunctionType:
            self.dump_function(obj)
        elif isinstance(obj, type):
            self.dump_class(obj)
        elif t is _ModuleType:
            out += _MODULE
            self.write_str(obj.__name__)
        elif t is _CellType:
            self.memoize(obj)
            out += _CELL
            try:
                contents = obj.cell_contents
            except ValueError:
                out += _FALSE
            else:
                out += _TRUE
                self.dump(contents)
        elif t.__name__ == 'builtin_function_or_method' and (
                getattr(obj, '__self__', None) is None or type(obj.__self__) is _ModuleType):
            self.dump_global(obj, getattr(obj, '__module__', None) or 'builtins', obj.__qualname__)
        elif obj is ... or obj is NotImplemented:
            self.dump_global(obj, 'builtins', 'Ellipsis' if obj is ... else 'NotImplemented')
        else:
            self.dump_reduce(obj, t)

    def dump_global(self, obj, module, qualname):
        if not _importable(obj, module, qualname):
            raise PicklingError(f"Can't pickle {obj!r}: it's not found as {module}.{qualname}")
        self.out += _GLOBAL
        self.write_str(module)
        self.write_str(qualname)

    def dump_function(self, f):
        module = f.__module__
        if _importable(f, module, f.__qualname__):
            self.dump_global(f, module, f.__qualname__)
            return
        self.memoize(f)
        out = self.out
        out += _FUNCTION
        out += _origin_of(f).to_bytes(8, 'little')
        self.write_str(module or '__main__')
        code = _process.code_dumps(f.__code__)
        out += _ilen(len(code))
        out += code
        self.write_str(f.__name__)
        self.write_str(f.__qualname__)
        cells = f.__closure__ or ()
        out += _ilen(len(cells))
        for cell in cells:
            self.dump(cell)
        self.dump(f.__defaults__)
        self.dump(f.__kwdefaults__)
        self.dump(dict(getattr(f, '__dict__', None) or {}))
        self.dump(dict(f.__annotations__) or None)
        g = f.__globals__
        used = {}
        for name in sorted(_names_used(f.__code__, set())):
            if name in g:
                used[name] = g[name]
        self.dump(used)

    def dump_class(self, cls):
        module = getattr(cls, '__module__', None)
        if _importable(cls, module, cls.__qualname__):
            self.dump_global(cls, module, cls.__qualname__)
            return
        if type(cls).__name__ == 'EnumType' and type(cls).__module__ == 'enum':
            self.dump_enum(cls)
            return
        if not _is_user_class(cls):
            # A built-in type with no name in builtins (NoneType,
            # mappingproxy...): the types module names it.
            import types
            for name, value in vars(types).items():
                if value is cls:
                    self.dump_global(cls, 'types', name)
                    return
            raise PicklingError(f"Can't pickle {cls!r}: it's not found as {module}.{cls.__qualname__}")
        self.memoize(cls)
        self.out += _CLASS
        self.out += _origin_of(cls).to_bytes(8, 'little')
        self.write_str(cls.__name__)
        self.write_str(cls.__qualname__)
        self.write_str(module or '__main__')
        self.dump(type(cls))
        self.dump(cls.__bases__)
        slots = cls.__dict__.get('__slots__')
        self.dump(slots if slots is None or isinstance(slots, (tuple, list)) else (slots,))
        attrs = {}
        for name, value in cls.__dict__.items():
            if name in ('__dict__', '__weakref__', '__slots__', '__module__', '__qualname__'):
                continue
            if type(value).__name__ in ('member_descriptor', 'getset_descriptor'):
                continue
            attrs[name] = value
        self.dump(attrs)

    def dump_enum(self, cls):
        """An Enum class of the script: remade with the functional API
        (Enum('Color', [('RED', 1)...])), then given its own methods."""
        members = [(name, member._value_) for name, member in cls.__members__.items()]
        methods = {}
        for name, value in cls.__dict__.items():
            if name in cls.__members__ or (name.startswith('_') and not
                                           (name.startswith('__') and name.endswith('__'))):
                continue
            if isinstance(value, (_FunctionType, staticmethod, classmethod, property)):
                methods[name] = value
        self.out += _REDUCE
        self.dump(_make_enum)
        self.dump((cls.__bases__[-1], cls.__name__, cls.__qualname__, cls.__module__, members,
                   _origin_of(cls)))
        self.memoize(cls)
        self.dump((None, methods))   # set as attributes, like slots
        self.dump(None)
        self.dump(None)

    def dump_reduce(self, obj, t):
        """Any other object, as CPython's pickle does it: the callable and
        arguments that make it, then its state and its items."""
        rv = copy._user_reduction(obj)
        if rv is None:
            reducer = _builtin_reducers.get(t)
            if reducer is not None:
                rv = reducer(obj)
            elif isinstance(obj, BaseException):
                args = obj.args
                if isinstance(obj, OSError) and obj.filename is not None:
                    # OSError's own reduce: the file names go with the arguments.
                    args = args + ((obj.filename,) if obj.filename2 is None
                                   else (obj.filename, None, obj.filename2))
                rv = (t, args, getattr(obj, '__dict__', None) or None)
            elif t is object or _is_user_class(t):
                rv = copy._default_reduction(obj)
            else:
                module = getattr(t, '__module__', None)
                name = t.__name__ if module in (None, 'builtins') else f'{module}.{t.__name__}'
                raise TypeError(f"cannot pickle '{name}' object")
        if isinstance(rv, str):
            # The name of a global of obj's module that is obj (main included).
            module = getattr(obj, '__module__', None)
            found = getattr(sys.modules.get(module), rv, None)
            if found is not obj:
                raise PicklingError(f"Can't pickle {obj!r}: it's not found as {module}.{rv}")
            self.out += _GLOBAL
            self.write_str(module)
            self.write_str(rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError('__reduce__ must return a string or tuple')
        if not 2 <= len(rv) <= 6:
            raise PicklingError('tuple returned by __reduce__ must contain 2 through 6 elements')
        if len(rv) == 6 and rv[5] is not None:
            raise PicklingError('a state_setter in __reduce__ is not supported')
        func, args, state, listitems, dictitems = (rv + (None,) * 5)[:5]
        self.out += _REDUCE
        self.dump(func)
        self.dump(tuple(args))
        self.memoize(obj)
        self.dump(state)
        self.dump(None if listitems is None else list(listitems))
        self.dump(None if dictitems is None else list(dictitems))


def _make_enum(base, name, qualname, module, members, origin):
    return _resolve(base(name, members, module=module, qualname=qualname), origin, module, qualname)


# Functions and classes sent by value keep their identity where that can
# be told: back in the process that defined them they are the originals
# (found by module and qualified name), and in another process every copy
# of one of them is the first copy made there. So an exception class of
# the script raised in a worker is caught by `except` in the parent.
# _copies: id -> (copy, pid of the process that defined the original);
# _first_copies: (pid, module, qualname) -> copy.
_copies = {}
_first_copies = {}


def _origin_of(obj):
    """The pid of the process that defined obj (this one, unless obj is a copy)."""
    entry = _copies.get(id(obj))
    return entry[1] if entry is not None and entry[0] is obj else os.getpid()


def _resolve(new, origin, module, qualname):
    """The object a by-value record stands for: an original, an earlier
    copy, or `new` (then remembered as the first copy)."""
    if '<' in qualname:        # lambdas and functions made by functions: no name to go by
        return new
    if origin == os.getpid():
        found = sys.modules.get(module)
        for part in qualname.split('.'):
            found = getattr(found, part, None)
        if found is not None and type(found) is type(new):
            return found
        return new
    key = (origin, module, qualname)
    first = _first_copies.get(key)
    if first is not None:
        return first
    _first_copies[key] = new
    _copies[id(new)] = (new, origin)
    return new


def _reduce_bound_method(m):
    return getattr, (m.__self__, m.__func__.__name__)


def _reduce_builtin_method(m):
    return getattr, (m.__self__, m.__name__)


class _Probe:
    def method(self):
        pass


_builtin_reducers = {
    range: lambda r: (range, (r.start, r.stop, r.step)),
    slice: lambda s: (slice, (s.start, s.stop, s.step)),
    staticmethod: lambda s: (staticmethod, (s.__func__,)),
    classmethod: lambda c: (classmethod, (c.__func__,)),
    property: lambda p: (property, (p.fget, p.fset, p.fdel, p.__doc__)),
    type(_Probe().method): _reduce_bound_method,
    type(len): _reduce_builtin_method,
    deque: lambda d: (deque, (list(d), d.maxlen)),
    type(type.__dict__): lambda m: (type(m), (dict(m),)),
    type(object.__init__): lambda d: (getattr, (d.__objclass__, d.__name__)),
}


def _is_user_class(t):
    """A class written in the language (a class statement gives its dict
    __module__; built-in types have none)."""
    return '__module__' in t.__dict__


# The globals a child builds for each module of the parent whose functions
# arrived by value: every message to this process shares them.
_module_globals = {}


def _globals_for(module):
    g = _module_globals.get(module)
    if g is None:
        g = {'__name__': '__mp_main__' if module == '__main__' else module,
             '__builtins__': builtins}
        _module_globals[module] = g
    return g


class _Unpickler:
    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.memo = []

    def take(self, n):
        start = self.pos
        end = start + n
        if end > len(self.data):
            raise UnpicklingError('pickle data was truncated')
        self.pos = end
        return self.data[start:end]

    def int4(self):
        return int.from_bytes(self.take(4), 'little')

    def read_str(self):
        return self.take(self.int4()).decode('utf-8', 'surrogatepass')

    def load(self):
        op = self.take(1)
        if op == _NONE:
            return None
        if op == _TRUE:
            return True
        if op == _FALSE:
            return False
        if op == _INT:
            return int.from_bytes(self.take(8), 'little', signed=True)
        if op == _STR:
            return self.read_str()
        if op == _FLOAT:
            return float.fromhex(self.read_str())
        if op == _MEMO:
            return self.memo[self.int4()]
        if op == _TUPLE:
            n = self.int4()
            result = tuple([self.load() for _ in range(n)])
            if self.take(1) == b'\x01':
                return self.memo[self.int4()]
            self.memo.append(result)
            return result
        if op == _LIST:
            result = []
            self.memo.append(result)
            for _ in range(self.int4()):
                result.append(self.load())
            return result
        if op == _DICT:
            result = {}
            self.memo.append(result)
            for _ in range(self.int4()):
                key = self.load()
                result[key] = self.load()
            return result
        if op == _BIGINT:
            return int.from_bytes(self.take(self.int4()), 'little', signed=True)
        if op == _BYTES:
            return bytes(self.take(self.int4()))
        if op == _BYTEARRAY:
            result = bytearray()
            self.memo.append(result)
            result += self.take(self.int4())
            return result
        if op == _SET:
            result = set()
            self.memo.append(result)
            for _ in range(self.int4()):
                result.add(self.load())
            return result
        if op == _FROZENSET:
            n = self.int4()
            result = frozenset([self.load() for _ in range(n)])
            self.memo.append(result)
            return result
        if op == _GLOBAL:
            module = self.read_str()
            qualname = self.read_str()
            __import__(module)
            found = sys.modules[module]
            for part in qualname.split('.'):
                found = getattr(found, part)
            return found
        if op == _MODULE:
            name = self.read_str()
            __import__(name)
            return sys.modules[name]
        if op == _CELL:
            cell = _process.make_cell()
            self.memo.append(cell)
            if self.take(1) == _TRUE:
                _process.cell_set(cell, self.load())
            return cell
        if op == _FUNCTION:
            return self.load_function()
        if op == _CLASS:
            return self.load_class()
        if op == _REDUCE:
            func = self.load()
            args = self.load()
            obj = func(*args)
            self.memo.append(obj)
            state = self.load()
            listitems = self.load()
            dictitems = self.load()
            if listitems:
                extend = getattr(obj, 'extend', None)
                if extend is not None:
                    extend(listitems)
                else:
                    for item in listitems:
                        obj.append(item)
            if dictitems:
                for key, value in dictitems:
                    obj[key] = value
            if state is not None:
                copy._set_state(obj, state)
            return obj
        raise UnpicklingError(f'invalid load key, {op!r}.')

    def load_function(self):
        origin = int.from_bytes(self.take(8), 'little')
        module = self.read_str()
        code = _process.code_loads(bytes(self.take(self.int4())))
        name = self.read_str()
        qualname = self.read_str()
        g = _globals_for(module)
        index = len(self.memo)
        self.memo.append(None)
        cells = tuple([self.load() for _ in range(self.int4())])
        f = _process.make_function(code, g, name, qualname, None, None, cells or None)
        self.memo[index] = f
        defaults = self.load()
        kwdefaults = self.load()
        if defaults is not None:
            f.__defaults__ = defaults
        if kwdefaults is not None:
            f.__kwdefaults__ = kwdefaults
        f.__dict__.update(self.load())
        annotations = self.load()
        if annotations:
            f.__annotations__ = annotations
        for key, value in self.load().items():
            g.setdefault(key, value)
        f = _resolve(f, origin, module, qualname)
        self.memo[index] = f
        return f

    def load_class(self):
        origin = int.from_bytes(self.take(8), 'little')
        name = self.read_str()
        qualname = self.read_str()
        module = self.read_str()
        index = len(self.memo)
        self.memo.append(None)
        meta = self.load()
        bases = self.load()
        slots = self.load()
        ns = {'__module__': module, '__qualname__': qualname}
        if slots is not None:
            ns['__slots__'] = slots
        cls = meta(name, bases, ns)
        self.memo[index] = cls
        for key, value in self.load().items():
            setattr(cls, key, value)
        cls = _resolve(cls, origin, module, qualname)
        self.memo[index] = cls
        return cls


# Every pickle starts with this and the length of what follows, so that
# several can follow each other in a file.
_MAGIC = b'\x80c'


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """The bytes of obj (cs's own format)."""
    p = _Pickler()
    p.dump(obj)
    return _MAGIC + len(p.out).to_bytes(8, 'little') + bytes(p.out)


def _check_header(header):
    if not header:
        raise EOFError('Ran out of input')
    if header[:2] != _MAGIC:
        raise UnpicklingError("invalid load key, '%s'." % chr(header[0]))
    if len(header) < 10:
        raise UnpicklingError('pickle data was truncated')
    return int.from_bytes(header[2:10], 'little')


def _load_payload(payload):
    u = _Unpickler(payload)
    obj = u.load()
    if u.pos != len(payload):
        raise UnpicklingError('data left after the pickled object')
    return obj


def loads(data, /, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=()):
    """The object dumps made these bytes from."""
    if not isinstance(data, (bytes, bytearray)):
        raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")
    n = _check_header(bytes(data[:10]))
    payload = bytes(data[10:])
    if len(payload) < n:
        raise UnpicklingError('pickle data was truncated')
    return _load_payload(payload[:n])


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Writes the pickle of obj to a binary file."""
    file.write(dumps(obj, protocol))


def load(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=()):
    """Reads one pickle from a binary file (EOFError at its end)."""
    n = _check_header(file.read(10))
    payload = file.read(n)
    if len(payload) < n:
        raise UnpicklingError('pickle data was truncated')
    return _load_payload(payload)
