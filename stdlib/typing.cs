"""Support for type hints: a small, honest subset of CPython's typing.

Type hints are not checked at run time. What this module gives is what
annotated programs need in order to import and run: the names (Any,
Optional, Union, List, Dict, Callable, TypeVar, Generic, Protocol,
NamedTuple, TypedDict...), subscription (List[int]) with CPython's reprs,
and the runtime helpers (cast, overload, get_type_hints, get_origin,
get_args, runtime_checkable, NewType...).

The objects:
  _SpecialForm        Union, Optional, ClassVar, Literal... subscripting
                      one calls its function
  _GenericAlias       a subscripted type, List[int]: __origin__ (list) and
                      __args__ (int,); callable, usable as a base class
  _SpecialGenericAlias  List, Dict...: the unsubscripted aliases of the
                      built-in collections; isinstance() works on them
  TypeVar             a type parameter; Generic[T] declares them
NamedTuple and TypedDict are classes here (CPython makes them functions
with __mro_entries__), so that subclassing them needs no support for
__mro_entries__ from the core.
"""

import collections
import collections.abc
import contextlib
import functools
import operator
import sys
import types
from abc import abstractmethod, ABCMeta

__all__ = [
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef',
    'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type', 'TypeVar',
    'TypeVarTuple', 'Union',
    'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable', 'ItemsView',
    'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView', 'MutableMapping',
    'MutableSequence', 'MutableSet', 'Sequence', 'Sized', 'ValuesView',
    'Awaitable', 'AsyncIterator', 'AsyncIterable', 'Coroutine', 'Collection',
    'AsyncGenerator', 'AsyncContextManager',
    'Reversible', 'SupportsAbs', 'SupportsBytes', 'SupportsComplex', 'SupportsFloat',
    'SupportsIndex', 'SupportsInt', 'SupportsRound',
    'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set',
    'FrozenSet', 'NamedTuple', 'TypedDict', 'Generator',
    'BinaryIO', 'IO', 'TextIO',
    'AnyStr', 'assert_type', 'assert_never', 'cast', 'clear_overloads', 'dataclass_transform',
    'final', 'get_args', 'get_origin', 'get_overloads', 'get_type_hints', 'is_typeddict',
    'LiteralString', 'Never', 'NewType', 'no_type_check', 'no_type_check_decorator',
    'NoReturn', 'NotRequired', 'overload', 'ParamSpecArgs', 'ParamSpecKwargs', 'Required',
    'reveal_type', 'runtime_checkable', 'Self', 'Text', 'TYPE_CHECKING', 'TypeAlias',
    'TypeGuard', 'Unpack',
]

# True only for a static type checker: code under "if TYPE_CHECKING:" does
# not run.
TYPE_CHECKING = False


def _caller_module(depth=2, default='__main__'):
    # The __name__ of the module that called our caller, where the runtime
    # offers frames.
    try:
        return sys._getframe(depth).f_globals.get('__name__', default)
    except (AttributeError, ValueError):
        return default


def _type_repr(obj):
    # How a type shows inside the repr of a generic alias.
    if isinstance(obj, type) and not isinstance(obj, types.GenericAlias):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is Ellipsis:
        return '...'
    if isinstance(obj, types.FunctionType):
        return obj.__name__
    if isinstance(obj, list):
        return '[' + ', '.join(_type_repr(a) for a in obj) + ']'
    return repr(obj)


def _type_convert(arg):
    # None stands for its type; a string is a forward reference.
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _type_check(arg, msg):
    # arg as a type argument, or TypeError with msg.
    arg = _type_convert(arg)
    if isinstance(arg, _SpecialForm) and arg in (ClassVar, Final):
        raise TypeError(f'{arg} is not valid as type argument')
    if isinstance(arg, _SpecialForm) and arg not in (NoReturn, Never, Self, LiteralString,
                                                      TypeAlias):
        raise TypeError(f'Plain {arg} is not valid as type argument')
    if type(arg) is tuple:
        raise TypeError(f'{msg} Got {arg!r:.100}.')
    return arg


def _collect_parameters(args):
    # The type variables among args (and inside them), in order.
    parameters = []
    for arg in args:
        if isinstance(arg, type):
            continue
        if hasattr(arg, '__typing_subst__'):
            found = (arg,)
        elif isinstance(arg, (list, tuple)):
            found = _collect_parameters(arg)
        else:
            found = getattr(arg, '__parameters__', ())
            if not isinstance(found, tuple):
                found = ()
        for parameter in found:
            if parameter not in parameters:
                parameters.append(parameter)
    return tuple(parameters)


def _is_dunder(attr):
    return attr.startswith('__') and attr.endswith('__')


################################################################################
### Special forms
################################################################################

class _SpecialForm:
    # Any, Union, Optional, ClassVar...: named objects that are not types.
    # Subscripting calls the function given to the constructor.

    def __init__(self, getitem, name=None, doc=None):
        self._getitem = getitem
        self._name = name or getitem.__name__
        self.__doc__ = doc if doc is not None else getitem.__doc__

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f'Cannot instantiate {self!r}')

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f'{self} cannot be used with isinstance()')

    def __subclasscheck__(self, cls):
        raise TypeError(f'{self} cannot be used with issubclass()')

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)

    def __mro_entries__(self, bases):
        raise TypeError(f'Cannot subclass {self!r}')


def _special_form(func):
    return _SpecialForm(func)


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError('typing.Any cannot be used with isinstance()')
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return 'typing.Any'
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Special type indicating an unconstrained type: every type is
    compatible with Any, and Any with every type."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError('Any cannot be instantiated')
        return super().__new__(cls)


@_special_form
def NoReturn(self, parameters):
    """The type of functions that never return."""
    raise TypeError(f'{self} is not subscriptable')


@_special_form
def Never(self, parameters):
    """The bottom type: no value has it."""
    raise TypeError(f'{self} is not subscriptable')


@_special_form
def Self(self, parameters):
    """The type of the current class's instances (in method signatures)."""
    raise TypeError(f'{self} is not subscriptable')


@_special_form
def LiteralString(self, parameters):
    """The type of literal strings and strings built from them."""
    raise TypeError(f'{self} is not subscriptable')


@_special_form
def TypeAlias(self, parameters):
    """Marks an explicit type alias: Alias: TypeAlias = List[int]."""
    raise TypeError(f'{self} is not subscriptable')


@_special_form
def ClassVar(self, parameters):
    """ClassVar[T]: a class variable, not an instance attribute (dataclasses
    leave such annotations out of the fields)."""
    item = _type_check(parameters, f'{self} accepts only single type.')
    return _GenericAlias(self, (item,))


@_special_form
def Final(self, parameters):
    """Final[T]: a name that must not be reassigned or overridden."""
    item = _type_check(parameters, f'{self} accepts only single type.')
    return _GenericAlias(self, (item,))


@_special_form
def Union(self, parameters):
    """Union[X, Y] means either X or Y. Nested unions are flattened,
    duplicates removed, and a union of one type is that type."""
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    parameters = tuple(_type_convert(p) for p in parameters)
    flat = []
    for p in parameters:
        if isinstance(p, _UnionGenericAlias):
            args = p.__args__
        elif isinstance(p, types.UnionType if hasattr(types, 'UnionType') else ()):
            args = p.__args__
        else:
            args = (p,)
        for arg in args:
            if arg not in flat:
                flat.append(arg)
    if len(flat) == 1:
        return flat[0]
    if len(flat) == 2 and type(None) in flat:
        return _UnionGenericAlias(self, tuple(flat), name='Optional')
    return _UnionGenericAlias(self, tuple(flat))


@_special_form
def Optional(self, parameters):
    """Optional[X] is Union[X, None]."""
    arg = _type_check(parameters, f'{self} requires a single type.')
    return Union[arg, type(None)]


@_special_form
def Literal(self, parameters):
    """Literal[v1, v2]: one of the given values."""
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    unique = []
    for p in parameters:
        if not any(p == u and type(p) is type(u) for u in unique):
            unique.append(p)
    return _LiteralGenericAlias(self, tuple(unique))


@_special_form
def Concatenate(self, parameters):
    """Concatenate[X, P]: the parameters X followed by those of ParamSpec P."""
    if parameters == ():
        raise TypeError('Cannot take a Concatenate of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(self, parameters)


@_special_form
def TypeGuard(self, parameters):
    """TypeGuard[T]: the return type of a function that narrows its argument."""
    item = _type_check(parameters, f'{self} accepts only single type.')
    return _GenericAlias(self, (item,))


@_special_form
def Required(self, parameters):
    """Required[T]: a key a TypedDict must have (even with total=False)."""
    item = _type_check(parameters, f'{self._name} accepts only a single type.')
    return _GenericAlias(self, (item,))


@_special_form
def NotRequired(self, parameters):
    """NotRequired[T]: a key a TypedDict may lack."""
    item = _type_check(parameters, f'{self._name} accepts only a single type.')
    return _GenericAlias(self, (item,))


@_special_form
def Unpack(self, parameters):
    """Unpack[Ts]: a TypeVarTuple unpacked, as *Ts."""
    item = _type_check(parameters, f'{self._name} accepts only single type.')
    return _GenericAlias(self, (item,))


class Annotated:
    """Annotated[T, x]: the type T, with metadata x for other tools.

    get_type_hints() strips the metadata unless include_extras is true;
    Annotated[T, x].__metadata__ is (x,).
    """
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError('Type Annotated cannot be instantiated.')

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError('Annotated[...] should be used with at least two arguments '
                            '(a type and an annotation).')
        origin = _type_check(params[0], 'Annotated[t, ...]: t must be a type.')
        return _AnnotatedAlias(origin, tuple(params[1:]))

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError(f'Cannot subclass {cls.__module__}.Annotated')


################################################################################
### Forward references and type variables
################################################################################

class ForwardRef:
    """A type written as a string, evaluated later (by get_type_hints)."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f'Forward reference must be a string -- got {arg!r}')
        try:
            compile(arg, '<string>', 'eval')
        except SyntaxError:
            raise SyntaxError(f'Forward reference must be an expression -- got {arg!r}')
        self.__forward_arg__ = arg
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, recursive_guard=frozenset()):
        if self.__forward_arg__ in recursive_guard:
            return self
        if not self.__forward_evaluated__ or localns is not globalns:
            if globalns is None and localns is None:
                globalns = localns = {}
            elif globalns is None:
                globalns = localns
            elif localns is None:
                localns = globalns
            if self.__forward_module__ is not None:
                globalns = getattr(sys.modules.get(self.__forward_module__, None), '__dict__',
                                   globalns)
            value = eval(self.__forward_arg__, globalns, localns)
            self.__forward_value__ = _eval_type(_type_convert(value), globalns, localns,
                                                recursive_guard | {self.__forward_arg__})
            self.__forward_evaluated__ = True
        return self.__forward_value__

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return (self.__forward_arg__ == other.__forward_arg__
                and self.__forward_module__ == other.__forward_module__)

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        module = '' if self.__forward_module__ is None else f', module={self.__forward_module__!r}'
        return f'ForwardRef({self.__forward_arg__!r}{module})'


class _TypeVarLike:
    # What TypeVar, ParamSpec and TypeVarTuple share: a name, a repr with
    # a variance prefix, and | for unions.

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __repr__(self):
        if getattr(self, '__covariant__', False):
            prefix = '+'
        elif getattr(self, '__contravariant__', False):
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __reduce__(self):
        return self.__name__


class TypeVar(_TypeVarLike):
    """A type variable: T = TypeVar('T').

    TypeVar('T', bound=Base) only stands for subclasses of Base;
    TypeVar('S', str, bytes) for one of the listed types. Generic classes
    and functions are written with type variables: class Stack(Generic[T]).
    """

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError('Constraints cannot be combined with bound=...')
        if constraints and len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        msg = 'TypeVar(name, constraint, ...): constraints must be types.'
        self.__constraints__ = tuple(_type_check(t, msg) for t in constraints)
        self.__bound__ = _type_check(bound, 'Bound must be a type.') if bound is not None else None
        self.__module__ = _caller_module()

    def __typing_subst__(self, arg):
        return _type_check(arg, 'Parameters to generic types must be types.')


class ParamSpecArgs:
    """P.args: the positional parameters of ParamSpec P."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f'{self.__origin__.__name__}.args'


class ParamSpecKwargs:
    """P.kwargs: the keyword parameters of ParamSpec P."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f'{self.__origin__.__name__}.kwargs'


class ParamSpec(_TypeVarLike):
    """A parameter specification variable: P = ParamSpec('P'), for the
    parameters of a callable (Callable[P, R])."""

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__bound__ = _type_check(bound, 'Bound must be a type.') if bound is not None else None
        self.__module__ = _caller_module()

    def __typing_subst__(self, arg):
        if isinstance(arg, (list, tuple)):
            arg = tuple(_type_check(a, 'Expected a type.') for a in arg)
        elif arg is not Ellipsis and not isinstance(arg, ParamSpec):
            raise TypeError(f'Expected a list of types, an ellipsis, ParamSpec, or Concatenate. '
                            f'Got {arg}')
        return arg


class TypeVarTuple(_TypeVarLike):
    """A variadic type variable: Ts = TypeVarTuple('Ts'), for any number of types."""

    def __init__(self, name):
        self.__name__ = name
        self.__module__ = _caller_module()

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__

    def __typing_subst__(self, arg):
        raise TypeError("Substitution of bare TypeVarTuple is not supported")


################################################################################
### Generic aliases
################################################################################

class _BaseGenericAlias:
    # The common part of subscripted and unsubscripted aliases: calling
    # makes an instance of the origin, and other attributes are the origin's.

    def __init__(self, origin, *, inst=True, name=None):
        self._inst = inst
        self._name = name
        self.__origin__ = origin

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f'Type {self._name} cannot be instantiated; '
                            f'use {self.__origin__.__name__}() instead')
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        entries = []
        if self.__origin__ not in bases:
            entries.append(self.__origin__)
        i = bases.index(self)
        for b in bases[i + 1:]:
            if isinstance(b, _BaseGenericAlias) or (isinstance(b, type) and issubclass(b, Generic)):
                break
        else:
            entries.append(Generic)
        return tuple(entries)

    def __getattr__(self, attr):
        if attr in {'__origin__', '__args__'}:
            return super().__getattribute__(attr)
        # List[int].append is list.append; the dunders stay our own.
        if '__origin__' in self.__dict__ and not _is_dunder(attr):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')


class _GenericAlias(_BaseGenericAlias):
    # A subscripted generic: List[int], Dict[str, T], Stack[int], ClassVar[int].

    def __init__(self, origin, args, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=name)
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = tuple(... if a is Ellipsis else a for a in args)
        self.__parameters__ = _collect_parameters(args)
        if not name:
            self.__module__ = origin.__module__

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __getitem__(self, args):
        # Substitute the type variables: Dict[K, V][str, int].
        if self.__origin__ in (Generic, Protocol):
            raise TypeError(f'Cannot subscript already-subscripted {self}')
        if not self.__parameters__:
            raise TypeError(f'{self} is not a generic class')
        if not isinstance(args, tuple):
            args = (args,)
        args = tuple(_type_convert(a) for a in args)
        if len(args) != len(self.__parameters__):
            raise TypeError(f"Too {'many' if len(args) > len(self.__parameters__) else 'few'} "
                            f'arguments for {self}; actual {len(args)}, '
                            f'expected {len(self.__parameters__)}')
        substitution = {p: p.__typing_subst__(a) for p, a in zip(self.__parameters__, args)}
        return self.copy_with(tuple(_substitute(a, substitution) for a in self.__args__))

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst)

    def __repr__(self):
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__:
            args = ', '.join(_type_repr(a) for a in self.__args__)
        else:
            args = '()'
        return f'{name}[{args}]'

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError(f'Cannot subclass {self!r}')
        if self._name:
            return super().__mro_entries__(bases)
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _BaseGenericAlias) and b is not self:
                    return ()
        return (self.__origin__,)


def _substitute(arg, substitution):
    if hasattr(arg, '__typing_subst__'):
        return substitution.get(arg, arg)
    if isinstance(arg, (list, tuple)):
        return type(arg)(_substitute(a, substitution) for a in arg)
    parameters = getattr(arg, '__parameters__', ())
    if isinstance(parameters, tuple) and parameters and not isinstance(arg, type):
        return arg[tuple(substitution.get(p, p) for p in parameters)]
    return arg


class _SpecialGenericAlias(_BaseGenericAlias):
    # List, Dict, Deque...: an unsubscripted alias of a collection class,
    # which takes nparams type arguments.

    def __init__(self, origin, nparams, *, inst=True, name=None):
        if name is None:
            name = origin.__name__
        super().__init__(origin, inst=inst, name=name)
        self._nparams = nparams
        self.__module__ = 'typing'
        self.__doc__ = f'A generic version of {origin.__module__}.{origin.__qualname__}'

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        msg = 'Parameters to generic types must be types.'
        params = tuple(_type_check(p, msg) for p in params)
        if len(params) != self._nparams:
            raise TypeError(f"Too {'many' if len(params) > self._nparams else 'few'} arguments "
                            f'for {self}; actual {len(params)}, expected {self._nparams}')
        return self.copy_with(params)

    def copy_with(self, params):
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __repr__(self):
        return 'typing.' + self._name

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if not isinstance(cls, _GenericAlias):
            return issubclass(cls, self.__origin__)
        return super().__subclasscheck__(cls)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _CallableGenericAlias(_GenericAlias):
    # Callable[[int, str], float]: __args__ is (int, str, float).

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is Ellipsis:
            return f'typing.Callable[..., {_type_repr(args[1])}]'
        params = ', '.join(_type_repr(a) for a in args[:-1])
        return f'typing.Callable[[{params}], {_type_repr(args[-1])}]'

    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)


class _CallableType(_SpecialGenericAlias):
    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        args, result = params
        if isinstance(args, list):
            params = (*args, result)
        elif args is Ellipsis:
            params = (Ellipsis, result)
        else:
            params = (args, result)
        params = tuple(_type_convert(p) for p in params)
        return self.copy_with(params)


class _TupleType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is Ellipsis:
            msg = 'Tuple[t, ...]: t must be a type.'
            params = tuple(_type_check(p, msg) for p in params[:-1])
            return self.copy_with((*params, Ellipsis))
        msg = 'Tuple[t0, t1, ...]: each t must be a type.'
        params = tuple(_type_check(p, msg) for p in params)
        return self.copy_with(params)


class _UnionGenericAlias(_GenericAlias):
    # Union[...] and Optional[...]: equal whatever the order of the types.

    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if not isinstance(other, _UnionGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is type(None):
                return f'typing.Optional[{_type_repr(args[1])}]'
            if args[1] is type(None):
                return f'typing.Optional[{_type_repr(args[0])}]'
        return 'typing.Union[' + ', '.join(_type_repr(a) for a in args) + ']'

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if not isinstance(arg, type):
                raise TypeError('Subscripted generics cannot be used with class and instance '
                                'checks')
        return any(issubclass(cls, arg) for arg in self.__args__)


class _LiteralGenericAlias(_GenericAlias):
    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        return 'typing.Literal[' + ', '.join(repr(a) for a in self.__args__) + ']'


class _AnnotatedAlias(_GenericAlias):
    # Annotated[T, x]: behaves as T, with __metadata__ (x,).

    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, origin)
        self.__metadata__ = metadata

    def copy_with(self, params):
        return _AnnotatedAlias(params[0], self.__metadata__)

    def __repr__(self):
        return (f'typing.Annotated[{_type_repr(self.__origin__)}, '
                + ', '.join(repr(a) for a in self.__metadata__) + ']')

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))


def _alias(origin, nparams, *, inst=True, name=None):
    return _SpecialGenericAlias(origin, nparams, inst=inst, name=name)


# The generic versions of the built-in and collections classes.
Hashable = _alias(collections.abc.Hashable, 0)
Awaitable = _alias(collections.abc.Awaitable, 1)
Coroutine = _alias(collections.abc.Coroutine, 3)
AsyncIterable = _alias(collections.abc.AsyncIterable, 1)
AsyncIterator = _alias(collections.abc.AsyncIterator, 1)
Iterable = _alias(collections.abc.Iterable, 1)
Iterator = _alias(collections.abc.Iterator, 1)
Reversible = _alias(collections.abc.Reversible, 1)
Sized = _alias(collections.abc.Sized, 0)
Container = _alias(collections.abc.Container, 1)
Collection = _alias(collections.abc.Collection, 1)
Callable = _CallableType(collections.abc.Callable, 2)
AbstractSet = _alias(collections.abc.Set, 1, name='AbstractSet')
MutableSet = _alias(collections.abc.MutableSet, 1)
Mapping = _alias(collections.abc.Mapping, 2)
MutableMapping = _alias(collections.abc.MutableMapping, 2)
Sequence = _alias(collections.abc.Sequence, 1)
MutableSequence = _alias(collections.abc.MutableSequence, 1)
ByteString = _alias(collections.abc.ByteString, 0)
Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')
List = _alias(list, 1, inst=False, name='List')
Deque = _alias(collections.deque, 1, name='Deque')
Set = _alias(set, 1, inst=False, name='Set')
FrozenSet = _alias(frozenset, 1, inst=False, name='FrozenSet')
MappingView = _alias(collections.abc.MappingView, 1)
KeysView = _alias(collections.abc.KeysView, 1)
ItemsView = _alias(collections.abc.ItemsView, 2)
ValuesView = _alias(collections.abc.ValuesView, 1)
ContextManager = _alias(contextlib.AbstractContextManager, 1, name='ContextManager')
AsyncContextManager = _alias(contextlib.AbstractAsyncContextManager, 1,
                             name='AsyncContextManager')
Dict = _alias(dict, 2, inst=False, name='Dict')
DefaultDict = _alias(collections.defaultdict, 2, name='DefaultDict')
OrderedDict = _alias(collections.OrderedDict, 2)
Counter = _alias(collections.Counter, 1)
ChainMap = _alias(collections.ChainMap, 2)
Generator = _alias(collections.abc.Generator, 3)
AsyncGenerator = _alias(collections.abc.AsyncGenerator, 2)
Type = _alias(type, 1, inst=False, name='Type')

Text = str
AnyStr = TypeVar('AnyStr', bytes, str)
AnyStr.__module__ = 'typing'


################################################################################
### Generic and Protocol
################################################################################

class Generic:
    """The base of generic classes: class Stack(Generic[T]) makes Stack a
    class that can be subscripted, Stack[int], with its type variables in
    Stack.__parameters__."""
    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_convert(p) for p in params)
        if cls in (Generic, Protocol):
            if not params:
                raise TypeError(f'Parameter list to {cls.__qualname__}[...] cannot be empty')
            if not all(isinstance(p, (TypeVar, ParamSpec, TypeVarTuple)) for p in params):
                raise TypeError(f'Parameters to {cls.__name__}[...] must all be type variables '
                                'or parameter specification variables.')
            if len(set(params)) != len(params):
                raise TypeError(f'Parameters to {cls.__name__}[...] must all be unique')
        else:
            expected = len(getattr(cls, '__parameters__', ()))
            if len(params) != expected:
                if not expected:
                    raise TypeError(f'{cls} is not a generic class')
                raise TypeError(f"Too {'many' if len(params) > expected else 'few'} arguments "
                                f'for {cls}; actual {len(params)}, expected {expected}')
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        orig_bases = cls.__dict__.get('__orig_bases__')
        if orig_bases is not None:
            error = Generic in orig_bases
        else:
            # (The typing module itself makes generic classes without
            # subscripting Generic: see IO and the Supports* protocols.)
            error = (Generic in cls.__bases__ and cls.__name__ != 'Protocol'
                     and cls.__module__ != 'typing' and type(cls) != _TypedDictMeta)
        if error:
            raise TypeError('Cannot inherit from plain Generic')
        if orig_bases is not None:
            tvars = list(_collect_parameters(orig_bases))
            gvars = None
            for base in orig_bases:
                if isinstance(base, _GenericAlias) and base.__origin__ in (Generic, Protocol):
                    if gvars is not None:
                        raise TypeError('Cannot inherit from Generic[...] multiple types.')
                    gvars = base.__parameters__
            if gvars is not None:
                missing = [t for t in tvars if t not in gvars]
                if missing:
                    s_vars = ', '.join(str(t) for t in missing)
                    s_args = ', '.join(str(g) for g in gvars)
                    raise TypeError(f'Some type variables ({s_vars}) are not listed in '
                                    f'Generic[{s_args}]')
                tvars = list(gvars)
        cls.__parameters__ = tuple(tvars)


_SPECIAL_NAMES = frozenset({
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__', '__module__',
    '__new__', '__slots__', '__subclasshook__', '__weakref__', '__class_getitem__',
    '__parameters__', '__orig_bases__', '__qualname__', '_is_protocol', '_is_runtime_protocol',
    '__protocol_attrs__', '_abc_impl', '_abc_registry', '_abc_cache', '_abc_negative_cache',
    '_abc_negative_cache_version', '__init_subclass__', '__match_args__',
})


def _protocol_attrs(cls):
    # The members a class must have to follow protocol cls.
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        annotations = base.__dict__.get('__annotations__', {})
        for attr in list(base.__dict__) + list(annotations):
            if not attr.startswith('_abc_') and attr not in _SPECIAL_NAMES:
                attrs.add(attr)
    return attrs


class _ProtocolMeta(ABCMeta):
    # isinstance() against a runtime-checkable protocol looks for the
    # protocol's members on the object.

    def __instancecheck__(cls, instance):
        if getattr(cls, '_is_protocol', False):
            if not getattr(cls, '_is_runtime_protocol', False):
                raise TypeError('Instance and class checks can only be used with '
                                '@runtime_checkable protocols')
            if super().__instancecheck__(instance):
                return True
            for attr in _protocol_attrs(cls):
                value = getattr(instance, attr, _MISSING)
                if value is _MISSING:
                    return False
                if callable(getattr(cls, attr, None)) and value is None:
                    return False
            return True
        return super().__instancecheck__(instance)

    def __subclasscheck__(cls, other):
        if cls is not Protocol and cls.__dict__.get('_is_protocol', False):
            if not getattr(cls, '_is_runtime_protocol', False):
                raise TypeError('Instance and class checks can only be used with '
                                '@runtime_checkable protocols')
        return super().__subclasscheck__(other)


_MISSING = object()


def _no_init(self, *args, **kwargs):
    if type(self)._is_protocol:
        raise TypeError('Protocols cannot be instantiated')


class Protocol(Generic, metaclass=_ProtocolMeta):
    """The base of protocols: classes that describe the methods an object
    must have (structural subtyping), with no need to inherit from them.

        class SupportsClose(Protocol):
            def close(self): ...

    @runtime_checkable lets isinstance() check for the methods.
    """
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        # A class is a protocol when Protocol is one of its direct bases.
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if cls._is_protocol and '__init__' not in cls.__dict__:
            cls.__init__ = _no_init


def runtime_checkable(cls):
    """Mark a protocol class as runtime-checkable, for isinstance()."""
    if not (isinstance(cls, type) and issubclass(cls, Generic)) or not cls._is_protocol:
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        f' got {cls!r}')
    cls._is_runtime_protocol = True
    return cls


@runtime_checkable
class SupportsInt(Protocol):
    """Objects with a __int__ method."""
    __slots__ = ()

    @abstractmethod
    def __int__(self) -> int:
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    """Objects with a __float__ method."""
    __slots__ = ()

    @abstractmethod
    def __float__(self) -> float:
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    """Objects with a __complex__ method."""
    __slots__ = ()

    @abstractmethod
    def __complex__(self):
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    """Objects with a __bytes__ method."""
    __slots__ = ()

    @abstractmethod
    def __bytes__(self) -> bytes:
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    """Objects with a __index__ method."""
    __slots__ = ()

    @abstractmethod
    def __index__(self) -> int:
        pass


@runtime_checkable
class SupportsAbs(Protocol):
    """Objects with an __abs__ method (abs() works on them)."""
    __slots__ = ()

    @abstractmethod
    def __abs__(self):
        pass


@runtime_checkable
class SupportsRound(Protocol):
    """Objects with a __round__ method (round() works on them)."""
    __slots__ = ()

    @abstractmethod
    def __round__(self, ndigits=0):
        pass


T_co = TypeVar('T_co', covariant=True)
SupportsAbs.__parameters__ = (T_co,)
SupportsRound.__parameters__ = (T_co,)


################################################################################
### NamedTuple and TypedDict
################################################################################

_PROHIBITED_FIELDS = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
                                '_field_defaults', '_make', '_replace', '_asdict', '_source'})
_SPECIAL_FIELDS = frozenset({'__module__', '__name__', '__annotations__'})


def _make_nmtuple(name, fields, module, defaults=()):
    fields = list(fields)
    names = [n for n, t in fields]
    msg = 'field annotation must be a type'
    annotations = {n: _type_check(t, f'{msg} {n!r}') for n, t in fields}
    nm_tpl = collections.namedtuple(name, names, defaults=defaults, module=module)
    nm_tpl.__annotations__ = nm_tpl.__new__.__annotations__ = annotations
    return nm_tpl


class NamedTupleMeta(type):
    # Subclassing NamedTuple makes a collections.namedtuple class from the
    # annotations; calling NamedTuple itself is the functional form.

    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base is not NamedTuple and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        annotations = ns.get('__annotations__', {})
        default_names = []
        for field_name in annotations:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} cannot follow "
                                f"default field{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, annotations.items(), module=ns['__module__'],
                               defaults=[ns[n] for n in default_names])
        for key in ns:
            if key in _PROHIBITED_FIELDS:
                raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
            if key not in _SPECIAL_FIELDS and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        return nm_tpl

    def __call__(cls, typename, fields=None, /, **kwargs):
        if fields is None:
            fields = kwargs.items()
        elif kwargs:
            raise TypeError('Either list of fields or keywords can be provided to NamedTuple, '
                            'not both')
        return _make_nmtuple(typename, fields, module=_caller_module())


# NamedTuple("Point", [("x", int), ("y", int)]) or
#     class Point(NamedTuple):
#         x: int
#         y: int = 0
# give a collections.namedtuple class with __annotations__.
NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {'__module__': 'typing'})


class _TypedDictMeta(type):
    # Subclassing TypedDict makes a class whose instances are plain dicts,
    # with __annotations__, __required_keys__, __optional_keys__ and
    # __total__; calling TypedDict itself is the functional form.

    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type and a non-TypedDict '
                                'base class')
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        own_annotations = ns.get('__annotations__', {})
        msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own_annotations = {n: _type_check(tp, msg) for n, tp in own_annotations.items()}
        required_keys = set()
        optional_keys = set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required_keys.update(base.__dict__.get('__required_keys__', ()))
            optional_keys.update(base.__dict__.get('__optional_keys__', ()))
        annotations.update(own_annotations)
        for key, annotation in own_annotations.items():
            origin = get_origin(annotation)
            if origin is Annotated:
                origin = get_origin(annotation.__origin__)
            if origin is Required:
                is_required = True
            elif origin is NotRequired:
                is_required = False
            else:
                is_required = total
            (required_keys if is_required else optional_keys).add(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required_keys)
        tp_dict.__optional_keys__ = frozenset(optional_keys)
        if not hasattr(tp_dict, '__total__'):
            tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, **kwargs):
        if cls is TypedDict:
            return _typed_dict_functional(*args, **kwargs)
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def _typed_dict_functional(typename, fields=None, /, *, total=True, **kwargs):
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError('TypedDict takes either a dict or keyword arguments, but not both')
    ns = {'__annotations__': dict(fields), '__module__': _caller_module(3)}
    return _TypedDictMeta.__new__(_TypedDictMeta, typename, (), ns, total=total)


# TypedDict("Movie", {"name": str}) or
#     class Movie(TypedDict, total=False):
#         name: str
# give a class whose calls make plain dicts.
TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {'__module__': 'typing'})


def is_typeddict(tp):
    """Whether tp is a TypedDict class."""
    return isinstance(tp, _TypedDictMeta)


################################################################################
### IO
################################################################################

class IO(Generic):
    """The generic type of file objects: IO[str] (TextIO), IO[bytes] (BinaryIO)."""
    __slots__ = ()

    @property
    @abstractmethod
    def mode(self):
        pass

    @property
    @abstractmethod
    def name(self):
        pass

    @abstractmethod
    def close(self):
        pass

    @property
    @abstractmethod
    def closed(self):
        pass

    @abstractmethod
    def fileno(self):
        pass

    @abstractmethod
    def flush(self):
        pass

    @abstractmethod
    def isatty(self):
        pass

    @abstractmethod
    def read(self, n=-1):
        pass

    @abstractmethod
    def readable(self):
        pass

    @abstractmethod
    def readline(self, limit=-1):
        pass

    @abstractmethod
    def readlines(self, hint=-1):
        pass

    @abstractmethod
    def seek(self, offset, whence=0):
        pass

    @abstractmethod
    def seekable(self):
        pass

    @abstractmethod
    def tell(self):
        pass

    @abstractmethod
    def truncate(self, size=None):
        pass

    @abstractmethod
    def writable(self):
        pass

    @abstractmethod
    def write(self, s):
        pass

    @abstractmethod
    def writelines(self, lines):
        pass

    @abstractmethod
    def __enter__(self):
        pass

    @abstractmethod
    def __exit__(self, type, value, traceback):
        pass

IO.__parameters__ = (AnyStr,)


class BinaryIO(IO):
    """The type of binary files (IO[bytes])."""
    __slots__ = ()

    @abstractmethod
    def write(self, s):
        pass

    @abstractmethod
    def __enter__(self):
        pass

BinaryIO.__parameters__ = ()


class TextIO(IO):
    """The type of text files (IO[str])."""
    __slots__ = ()

    @property
    @abstractmethod
    def buffer(self):
        pass

    @property
    @abstractmethod
    def encoding(self):
        pass

    @property
    @abstractmethod
    def errors(self):
        pass

    @property
    @abstractmethod
    def line_buffering(self):
        pass

    @property
    @abstractmethod
    def newlines(self):
        pass

    @abstractmethod
    def __enter__(self):
        pass

TextIO.__parameters__ = ()


################################################################################
### Runtime helpers
################################################################################

def cast(typ, val):
    """Tell a type checker that val has type typ; at run time, return val."""
    return val


def assert_type(val, typ, /):
    """Ask a type checker to confirm that val has type typ; return val."""
    return val


def reveal_type(obj, /):
    """Print the runtime type of obj on stderr and return obj."""
    print(f'Runtime type is {type(obj).__name__!r}', file=sys.stderr)
    return obj


def assert_never(arg, /):
    """Statically assert that a line is unreachable: raises AssertionError."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f'Expected code to be unreachable, but got: {value}')


_overload_registry = collections.defaultdict(
    functools.partial(collections.defaultdict, dict))


def _overload_dummy(*args, **kwds):
    """What an @overload-decorated name refers to: calling it is an error."""
    raise NotImplementedError('You should not call an overloaded function. A series of '
                              '@overload-decorated functions outside a stub module should always '
                              'be followed by an implementation that is not @overload-ed.')


def overload(func):
    """Decorator for the type signatures of an overloaded function; the
    last definition, without @overload, is the implementation."""
    f = getattr(func, '__func__', func)
    try:
        _overload_registry[f.__module__][f.__qualname__][f.__code__.co_firstlineno] = func
    except AttributeError:
        pass
    return _overload_dummy


def get_overloads(func):
    """The @overload definitions of func, in order."""
    f = getattr(func, '__func__', func)
    if f.__module__ not in _overload_registry:
        return []
    by_name = _overload_registry[f.__module__]
    if f.__qualname__ not in by_name:
        return []
    return list(by_name[f.__qualname__].values())


def clear_overloads():
    """Forget all the registered overloads."""
    _overload_registry.clear()


def final(f):
    """Mark a method or class as final (not to be overridden or
    subclassed); sets f.__final__ = True where it can."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Decorator: type checkers should ignore the annotations of arg."""
    if isinstance(arg, type):
        for key in dir(arg):
            obj = getattr(arg, key)
            if (not hasattr(obj, '__qualname__') or obj.__qualname__ != f'{arg.__qualname__}.{obj.__name__}'
                    or getattr(obj, '__module__', None) != arg.__module__):
                continue
            if isinstance(obj, types.FunctionType):
                obj.__no_type_check__ = True
            if isinstance(obj, type):
                no_type_check(obj)
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    """Make decorator apply no_type_check to the functions it decorates."""
    @functools.wraps(decorator)
    def wrapped_decorator(*args, **kwds):
        func = decorator(*args, **kwds)
        func = no_type_check(func)
        return func
    return wrapped_decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    """Decorator marking a decorator, class or metaclass as one that makes
    dataclass-like classes; records its arguments in __dataclass_transform__."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            'eq_default': eq_default,
            'order_default': order_default,
            'kw_only_default': kw_only_default,
            'field_specifiers': field_specifiers,
            'kwargs': kwargs,
        }
        return cls_or_fn
    return decorator


class NewType:
    """NewType('UserId', int): a distinct name for a type, for the type
    checker. At run time it is a function that returns its argument."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = _caller_module()

    def __mro_entries__(self, bases):
        # Subclassing is an error; the base returned here reports it once
        # it knows the name of the would-be subclass.
        superclass_name = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                subclass_name = cls.__name__
                raise TypeError(f'Cannot subclass an instance of NewType. Perhaps you were '
                                f'looking for: `{subclass_name} = NewType({subclass_name!r}, '
                                f'{superclass_name})`')

        return (Dummy,)

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def get_origin(tp):
    """The unsubscripted version of tp: get_origin(List[int]) is list,
    get_origin(Union[int, str]) is Union; None if tp is not generic."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_BaseGenericAlias, types.GenericAlias, ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    """The type arguments of tp: get_args(Dict[str, int]) is (str, int),
    get_args(Callable[[int], str]) is ([int], str); () if none."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_GenericAlias, types.GenericAlias)):
        args = tp.__args__
        if get_origin(tp) is collections.abc.Callable and not (
                len(args) == 2 and args[0] is Ellipsis):
            return (list(args[:-1]), args[-1])
        return args
    return ()


def _eval_type(t, globalns, localns, recursive_guard=frozenset()):
    # t with its forward references evaluated, recursively.
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns, recursive_guard)
    if isinstance(t, _GenericAlias) and not isinstance(t, _LiteralGenericAlias):
        if isinstance(t, _AnnotatedAlias):
            origin = _eval_type(t.__origin__, globalns, localns, recursive_guard)
            return t if origin is t.__origin__ else _AnnotatedAlias(origin, t.__metadata__)
        args = tuple(_eval_type(_type_convert(a) if isinstance(a, str) else a, globalns, localns,
                                recursive_guard) for a in t.__args__)
        if args == t.__args__:
            return t
        return t.copy_with(args)
    return t


def _strip_annotations(t):
    # Annotated[T, x] -> T, also inside other generics.
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if getattr(t, '__origin__', None) in (Required, NotRequired):
        return _strip_annotations(t.__args__[0])
    if isinstance(t, _GenericAlias) and not isinstance(t, _LiteralGenericAlias):
        args = tuple(_strip_annotations(a) for a in t.__args__)
        return t if args == t.__args__ else t.copy_with(args)
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class, module, function or method as a dict,
    with strings (forward references) evaluated and None replaced by
    NoneType. For a class, those of its bases are included.
    Annotated[T, x] becomes T unless include_extras is true."""
    if getattr(obj, '__no_type_check__', None):
        return {}
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            if globalns is None:
                base_globals = getattr(sys.modules.get(getattr(base, '__module__', None)),
                                       '__dict__', {})
            else:
                base_globals = globalns
            annotations = base.__dict__.get('__annotations__', {})
            if not isinstance(annotations, dict):
                annotations = {}
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                # The class namespace comes first, as in the class body.
                base_globals, base_locals = base_locals, base_globals
            for name, value in annotations.items():
                if value is None:
                    value = type(None)
                if isinstance(value, str):
                    value = ForwardRef(value, is_argument=False, is_class=True)
                hints[name] = _eval_type(value, base_globals, base_locals)
        if include_extras:
            return hints
        return {k: _strip_annotations(t) for k, t in hints.items()}

    if globalns is None:
        if isinstance(obj, types.ModuleType):
            globalns = obj.__dict__
        else:
            nsobj = obj
            while hasattr(nsobj, '__wrapped__'):
                nsobj = nsobj.__wrapped__
            globalns = getattr(nsobj, '__globals__', {})
        if localns is None:
            localns = globalns
    elif localns is None:
        localns = globalns
    hints = getattr(obj, '__annotations__', None)
    if hints is None:
        if isinstance(obj, (types.FunctionType, types.BuiltinFunctionType, types.MethodType,
                            types.ModuleType)):
            return {}
        raise TypeError(f'{obj!r} is not a module, class, method, or function.')
    hints = dict(hints)
    for name, value in hints.items():
        if value is None:
            value = type(None)
        if isinstance(value, str):
            value = ForwardRef(value, is_argument=not isinstance(obj, types.ModuleType),
                               is_class=False)
        hints[name] = _eval_type(value, globalns, localns)
    if include_extras:
        return hints
    return {k: _strip_annotations(t) for k, t in hints.items()}


# Pattern and Match where the runtime has the re module.
try:
    import re as _re
except ImportError:
    pass
else:
    Pattern = _alias(type(_re.compile('')), 1, name='Pattern')
    Match = _alias(type(_re.match('', '')), 1, name='Match')
    __all__ += ['Pattern', 'Match']
