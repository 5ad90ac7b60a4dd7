"""Names for the built-in types that have no built-in name, and a few helpers.

The types are found by taking type() of a sample object: FunctionType is
type(some_function), GeneratorType the type of a generator, and so on. A
type the core does not have yet is left out rather than named wrongly;
MappingProxyType and GenericAlias are written here in the language while
the core has no complete version of them.

SimpleNamespace is a plain attribute bag; new_class, prepare_class and
resolve_bases create classes dynamically, as a class statement does.
"""

import sys


def _f():
    pass

FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)


def _cell_factory():
    a = 1
    def f():
        nonlocal a
    return f.__closure__[0]

CellType = type(_cell_factory())


def _g():
    yield 1

GeneratorType = type(_g())


async def _c():
    pass

_c = _c()
CoroutineType = type(_c)
_c.close()


async def _ag():
    yield

if type(_ag()) is not GeneratorType:
    AsyncGeneratorType = type(_ag())


class _C:
    def _m(self):
        pass

MethodType = type(_C()._m)

BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
# A type the core may not expose yet is left undefined rather than wrong.
try:
    MethodWrapperType = type(object().__str__)
except AttributeError:
    pass

ModuleType = type(sys)

try:
    raise TypeError
except TypeError as exc:
    TracebackType = type(exc.__traceback__)
    if hasattr(exc.__traceback__, 'tb_frame'):
        FrameType = type(exc.__traceback__.tb_frame)
    del exc

# The descriptors of the function type's attributes, where the core has them.
if FunctionType.__dict__.get('__code__') is not None:
    GetSetDescriptorType = type(FunctionType.__dict__['__code__'])
if FunctionType.__dict__.get('__globals__') is not None:
    MemberDescriptorType = type(FunctionType.__dict__['__globals__'])

NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)


del sys, _f, _g, _c, _ag, _C, _cell_factory


_mappingproxy = type(type.__dict__)
if _mappingproxy is not dict:
    MappingProxyType = _mappingproxy
else:
    class MappingProxyType:
        """A read-only view of a mapping."""

        def __init__(self, mapping):
            if not hasattr(mapping, 'keys') or not hasattr(mapping, '__getitem__'):
                raise TypeError(f'mappingproxy() argument must be a mapping, not {type(mapping).__name__}')
            self._mapping = mapping

        def __getitem__(self, key):
            return self._mapping[key]

        def __contains__(self, key):
            return key in self._mapping

        def __iter__(self):
            return iter(self._mapping)

        def __len__(self):
            return len(self._mapping)

        def __eq__(self, other):
            return self._mapping == other

        def __or__(self, other):
            return dict(self._mapping) | other

        def __ror__(self, other):
            return other | dict(self._mapping)

        def get(self, key, default=None):
            return self._mapping.get(key, default)

        def keys(self):
            return self._mapping.keys()

        def values(self):
            return self._mapping.values()

        def items(self):
            return self._mapping.items()

        def copy(self):
            return self._mapping.copy()

        def __repr__(self):
            return f'mappingproxy({self._mapping!r})'

        def __str__(self):
            return str(self._mapping)

    MappingProxyType.__module__ = 'builtins'
    MappingProxyType.__name__ = MappingProxyType.__qualname__ = 'mappingproxy'
del _mappingproxy


try:
    GenericAlias = type(list[int])
    GenericAlias(list, (int,))
except TypeError:
    # The core has no complete list[int] (or its type cannot be called):
    # a generic alias written here, so that classes with
    # __class_getitem__ = classmethod(GenericAlias) work.
    class GenericAlias:
        """Represent a PEP 585 generic type

        E.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,).
        """

        def __new__(cls, origin, args, /):
            if not isinstance(args, tuple):
                args = (args,)
            self = super().__new__(cls)
            self.__origin__ = origin
            self.__args__ = args
            self.__parameters__ = _collect_parameters(args)
            return self

        def __call__(self, *args, **kwargs):
            result = self.__origin__(*args, **kwargs)
            try:
                result.__orig_class__ = self
            except AttributeError:
                pass
            return result

        def __mro_entries__(self, bases):
            return (self.__origin__,)

        def __getattr__(self, name):
            # Everything else is the origin's: list[int].append is list.append.
            if name.startswith('__') and name.endswith('__'):
                raise AttributeError(name)
            return getattr(self.__origin__, name)

        def __getitem__(self, items):
            if not self.__parameters__:
                raise TypeError(f'{self!r} is not a generic class')
            if not isinstance(items, tuple):
                items = (items,)
            if len(items) != len(self.__parameters__):
                raise TypeError(f"Too {'many' if len(items) > len(self.__parameters__) else 'few'}"
                                f" arguments for {self!r}")
            mapping = dict(zip(self.__parameters__, items))
            args = tuple(_substitute(arg, mapping) for arg in self.__args__)
            return type(self)(self.__origin__, args)

        def __eq__(self, other):
            if not isinstance(other, GenericAlias):
                return NotImplemented
            return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

        def __hash__(self):
            return hash(self.__origin__) ^ hash(self.__args__)

        def __or__(self, other):
            import typing
            return typing.Union[self, other]

        def __ror__(self, other):
            import typing
            return typing.Union[other, self]

        def __instancecheck__(self, obj):
            raise TypeError('isinstance() argument 2 cannot be a parameterized generic')

        def __subclasscheck__(self, cls):
            raise TypeError('issubclass() argument 2 cannot be a parameterized generic')

        def __repr__(self):
            if len(self.__args__) == 0:
                args = '()'
            else:
                args = ', '.join(_type_repr(arg) for arg in self.__args__)
            return f'{_type_repr(self.__origin__)}[{args}]'

    def _collect_parameters(args):
        # The type variables in args, in order of first appearance.
        parameters = []
        for arg in args:
            if hasattr(arg, '__typing_subst__'):
                found = (arg,)
            elif isinstance(arg, (list, tuple)):
                found = _collect_parameters(tuple(arg))
            else:
                found = getattr(arg, '__parameters__', ())
                if not isinstance(found, tuple):
                    found = ()
            for parameter in found:
                if parameter not in parameters:
                    parameters.append(parameter)
        return tuple(parameters)

    def _substitute(arg, mapping):
        if hasattr(arg, '__typing_subst__'):
            return mapping.get(arg, arg)
        if isinstance(arg, list):
            return [_substitute(a, mapping) for a in arg]
        parameters = getattr(arg, '__parameters__', ())
        if isinstance(parameters, tuple) and parameters:
            return arg[tuple(mapping.get(p, p) for p in parameters)]
        return arg

    def _type_repr(obj):
        # How an origin or argument shows inside a generic alias repr.
        if isinstance(obj, list):
            return '[' + ', '.join(_type_repr(a) for a in obj) + ']'
        if obj is Ellipsis:
            return '...'
        if hasattr(obj, '__origin__') and hasattr(obj, '__args__'):
            return repr(obj)
        if isinstance(obj, type):
            if obj.__module__ == 'builtins':
                return obj.__qualname__
            return f'{obj.__module__}.{obj.__qualname__}'
        if isinstance(obj, FunctionType):
            return obj.__name__
        return repr(obj)


class SimpleNamespace:
    """A simple attribute-based namespace.

    SimpleNamespace(**kwargs) has the keyword arguments as attributes; its
    repr lists them and two namespaces are equal when their attributes are.
    """

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        return _namespace_repr(self, name)

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return type(self), (), self.__dict__


_repr_running = set()


def _namespace_repr(ns, name):
    # A namespace that contains itself prints as name(...) inside.
    if id(ns) in _repr_running:
        return f'{name}(...)'
    _repr_running.add(id(ns))
    try:
        items = ', '.join(f'{key}={value!r}' for key, value in ns.__dict__.items())
    finally:
        _repr_running.discard(id(ns))
    return f'{name}({items})'


def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, '__mro_entries__'):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError('__mro_entries__ must return a tuple')
        new_bases[i + shift:i + shift + 1] = new_base
        shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def _calculate_meta(meta, bases):
    # The most derived metaclass of meta and the bases' metaclasses.
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError('metaclass conflict: the metaclass of a derived class must be '
                        'a (non-strict) subclass of the metaclasses of all its bases')
    return winner


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass.

    Returns (metaclass, namespace, kwds): the metaclass, the namespace
    __prepare__ returned, and kwds without a 'metaclass' entry.
    """
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    elif bases:
        meta = type(bases[0])
    else:
        meta = type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved_bases, ns, **kwds)


class DynamicClassAttribute:
    """Route attribute access on a class to __getattr__.

    A descriptor that behaves like property on instances, but raises
    AttributeError when looked up on the class, so that the metaclass's
    __getattr__ is consulted (enum uses this for members named like the
    'name' and 'value' properties).
    """

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or getattr(fget, '__doc__', None)
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        return type(self)(fget, self.fset, self.fdel, self.__doc__)

    def setter(self, fset):
        return type(self)(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return type(self)(self.fget, self.fset, fdel, self.__doc__)


def coroutine(func):
    """Mark a generator function as a coroutine (legacy API).

    Only checks that func is callable and returns it unchanged: whether its
    generators can be awaited is up to the runtime.
    """
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    return func


__all__ = [n for n in globals() if not n.startswith('_')]
