"""Classes of fields, with the boilerplate methods generated.

    @dataclass
    class Point:
        x: int
        y: int = 0

The annotated class attributes are the fields, in order (those of
dataclass bases first). @dataclass adds __init__(self, x, y=0), a repr
'Point(x=1, y=0)', and __eq__ comparing the fields as tuples; with
order=True also < <= > >=, with frozen=True instances that cannot be
assigned to (and a __hash__). field() gives a field options: a
default_factory for mutable defaults, init/repr/compare/hash flags,
kw_only. A method the class writes itself is never replaced.

The methods are generated as source text and compiled with exec(), as in
CPython, so that they have real signatures: a missing argument raises the
usual "Point.__init__() missing 1 required positional argument" error.
ClassVar annotations are not fields, InitVar ones are arguments of
__init__ passed on to __post_init__.
"""

import abc
import copy
import keyword
import sys
import types
from reprlib import recursive_repr

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    """Assigning to or deleting a field of a frozen dataclass instance."""


class _HAS_DEFAULT_FACTORY_CLASS:
    # The default of an __init__ parameter whose field has a
    # default_factory: "not given, call the factory".
    def __repr__(self):
        return '<factory>'

_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass

# "No value given" where None is a valid value (field defaults).
MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass

# In a class body, "_: KW_ONLY" makes the fields after it keyword-only.
KW_ONLY = _KW_ONLY_TYPE()

_EMPTY_METADATA = types.MappingProxyType({})

# What a slot looks like on its class (nothing, on a core without slots).
_MEMBER_DESCRIPTOR = getattr(types, 'MemberDescriptorType', ())


class _FIELD_BASE:
    # The kinds of Field: a real field, a ClassVar, an InitVar.
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name

_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

# The class attributes that hold the fields and the decorator's options.
_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    """InitVar[T]: an __init__ argument passed to __post_init__, not a field."""
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return f'dataclasses.InitVar[{type_name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """One field of a dataclass, as fields() returns it (made by field())."""
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = _EMPTY_METADATA if metadata is None else types.MappingProxyType(metadata)
        self.kw_only = kw_only
        self._field_type = None

    @recursive_repr()
    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type}'
                ')')

    def __set_name__(self, owner, name):
        # A default that is a descriptor learns its name too.
        set_name = getattr(type(self.default), '__set_name__', None)
        if set_name:
            set_name(self.default, owner, name)

    __class_getitem__ = classmethod(types.GenericAlias)


class _DataclassParams:
    # The options given to @dataclass, kept as cls.__dataclass_params__.
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams('
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'eq={self.eq!r},'
                f'order={self.order!r},'
                f'unsafe_hash={self.unsafe_hash!r},'
                f'frozen={self.frozen!r}'
                ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Options for one field, as the value of its class attribute:

        tags: list = field(default_factory=list, repr=False)

    default is the default value; default_factory a function called
    without arguments for each new instance (for mutable defaults); init,
    repr and compare say whether the field is an __init__ parameter, is
    shown by __repr__, and takes part in comparisons; hash (None: as
    compare) whether __hash__ uses it; metadata a mapping stored as is;
    kw_only makes it a keyword-only parameter.
    """
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


################################################################################
### Generating the methods
################################################################################

def _create_fn(cls, name, args, body, *, namespace=None, globals=None):
    # Compile "def name(args): body" in a function that receives the
    # values the body refers to (namespace) as its arguments, and return
    # the inner function, named as a method of cls.
    namespace = dict(namespace or {})
    params = ', '.join(namespace)
    lines = '\n'.join(f'  {line}' for line in body)
    source = (f'def __create_fn__({params}):\n'
              f' def {name}({", ".join(args)}):\n{lines}\n'
              f' return {name}')
    scope = {}
    exec(source, globals if globals is not None else {}, scope)
    fn = scope['__create_fn__'](**namespace)
    fn.__qualname__ = f'{cls.__qualname__}.{fn.__name__}'
    return fn


def _tuple_str(obj_name, fields):
    # "(self.x,self.y,)" for the fields x and y: the fields as a tuple.
    if not fields:
        return '()'
    return f'({",".join(f"{obj_name}.{f.name}" for f in fields)},)'


def _field_assign(frozen, name, value, self_name):
    # A frozen class's own __setattr__ refuses: __init__ goes around it.
    if frozen:
        return f'__dataclass_builtins_object__.__setattr__({self_name},{name!r},{value})'
    return f'{self_name}.{name}={value}'


def _field_init(f, frozen, namespace, self_name, slots):
    # The line of __init__ that sets field f, or None if it needs none.
    default_name = f'_dflt_{f.name}'
    if f.default_factory is not MISSING:
        namespace[default_name] = f.default_factory
        if f.init:
            value = f'{default_name}() if {f.name} is _HAS_DEFAULT_FACTORY else {f.name}'
        else:
            value = f'{default_name}()'
    elif f.init:
        if f.default is not MISSING:
            namespace[default_name] = f.default
        value = f.name
    elif slots and f.default is not MISSING:
        namespace[default_name] = f.default
        value = default_name
    else:
        # Not an argument: the class attribute holds the default.
        return None
    if f._field_type is _FIELD_INITVAR:
        return None
    return _field_assign(frozen, f.name, value, self_name)


def _init_param(f):
    # The __init__ parameter of field f: "x:_type_x=_dflt_x".
    if f.default is not MISSING:
        default = f'=_dflt_{f.name}'
    elif f.default_factory is not MISSING:
        default = '=_HAS_DEFAULT_FACTORY'
    else:
        default = ''
    return f'{f.name}:_type_{f.name}{default}'


def _init_fn(cls, fields, std_fields, kw_only_fields, frozen, has_post_init, self_name,
             globals, slots):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} follows default argument')

    namespace = {f'_type_{f.name}': f.type for f in fields}
    namespace.update({
        'MISSING': MISSING,
        '_HAS_DEFAULT_FACTORY': _HAS_DEFAULT_FACTORY,
        '__dataclass_builtins_object__': object,
    })
    body = []
    for f in fields:
        line = _field_init(f, frozen, namespace, self_name, slots)
        if line:
            body.append(line)
    if has_post_init:
        initvars = ','.join(f.name for f in fields if f._field_type is _FIELD_INITVAR)
        body.append(f'{self_name}.{_POST_INIT_NAME}({initvars})')
    params = [self_name] + [_init_param(f) for f in std_fields]
    if kw_only_fields:
        params.append('*')
        params.extend(_init_param(f) for f in kw_only_fields)
    return _create_fn(cls, '__init__', params, body or ['pass'], namespace=namespace,
                      globals=globals)


def _repr_fn(cls, fields, globals):
    shown = ', '.join(f'{f.name}={{self.{f.name}!r}}' for f in fields)
    fn = _create_fn(cls, '__repr__', ['self'],
                    [f'return self.__class__.__qualname__ + f"({shown})"'], globals=globals)
    return recursive_repr()(fn)


def _frozen_get_del_attr(cls, fields, globals):
    names = _tuple_str_of_names(fields)
    namespace = {'cls': cls, 'FrozenInstanceError': FrozenInstanceError}
    setattr_fn = _create_fn(cls, '__setattr__', ['self', 'name', 'value'], [
        f'if type(self) is cls or name in {names}:',
        ' raise FrozenInstanceError(f"cannot assign to field {name!r}")',
        'super(cls, self).__setattr__(name, value)'], namespace=namespace, globals=globals)
    delattr_fn = _create_fn(cls, '__delattr__', ['self', 'name'], [
        f'if type(self) is cls or name in {names}:',
        ' raise FrozenInstanceError(f"cannot delete field {name!r}")',
        'super(cls, self).__delattr__(name)'], namespace=namespace, globals=globals)
    return setattr_fn, delattr_fn


def _tuple_str_of_names(fields):
    if not fields:
        return '()'
    return '(' + ','.join(repr(f.name) for f in fields) + ',)'


def _cmp_fn(cls, name, op, fields, globals):
    # Compare as tuples of the fields, with another instance of the same
    # class only.
    return _create_fn(cls, name, ['self', 'other'], [
        'if other.__class__ is self.__class__:',
        f' return {_tuple_str("self", fields)}{op}{_tuple_str("other", fields)}',
        'return NotImplemented'], globals=globals)


def _hash_fn(cls, fields, globals):
    return _create_fn(cls, '__hash__', ['self'], [f'return hash({_tuple_str("self", fields)})'],
                      globals=globals)


def _set_new_attribute(cls, name, value):
    # Never replace what the class defines itself; True if it did.
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _hash_action(cls, unsafe_hash, eq, frozen, has_explicit_hash):
    # What to do about __hash__: 'add' one over the fields, 'none' (set
    # __hash__ to None: equal but mutable objects must not be hashable),
    # or None to leave the class alone.
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        return 'add'
    if has_explicit_hash or not eq:
        return None
    return 'add' if frozen else 'none'


################################################################################
### Finding the fields
################################################################################

def _annotation_names(annotation):
    # ("module", "name") for a string annotation such as "typing.ClassVar[int]"
    # or "ClassVar"; None if it does not start with a name.
    text = annotation.strip()
    i = 0
    while i < len(text) and (text[i].isalnum() or text[i] == '_'):
        i += 1
    if i == 0:
        return None
    first = text[:i]
    rest = text[i:].lstrip()
    if rest.startswith('.'):
        rest = rest[1:].lstrip()
        j = 0
        while j < len(rest) and (rest[j].isalnum() or rest[j] == '_'):
            j += 1
        if j:
            return first, rest[:j]
    return None, first


def _string_annotation_is(annotation, cls, a_module, a_type, predicate):
    # Whether the string annotation names a_type (ClassVar, InitVar, KW_ONLY)
    # of a_module, looked up in the globals of cls's module.
    names = _annotation_names(annotation)
    if names is None:
        return False
    module_name, name = names
    cls_module = sys.modules.get(getattr(cls, '__module__', None))
    ns = None
    if not module_name:
        ns = cls_module.__dict__ if cls_module else None
    elif cls_module and cls_module.__dict__.get(module_name) is a_module:
        ns = sys.modules.get(a_type.__module__).__dict__
    return bool(ns) and predicate(ns.get(name), a_module)


def _is_classvar(a_type, typing):
    return (a_type is typing.ClassVar
            or getattr(a_type, '__origin__', None) is typing.ClassVar)


def _is_initvar(a_type, dataclasses):
    return a_type is dataclasses.InitVar or type(a_type) is dataclasses.InitVar


def _is_kw_only(a_type, dataclasses):
    return a_type is dataclasses.KW_ONLY


def _get_field(cls, a_name, a_type, default_kw_only):
    # The Field for annotation a_name: a_type of cls (a ClassVar or InitVar
    # is a Field too, marked by its _field_type).
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if isinstance(default, _MEMBER_DESCRIPTOR):
            # A slot, not a default.
            default = MISSING
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD

    typing = sys.modules.get('typing')
    if typing:
        if (_is_classvar(a_type, typing)
                or (isinstance(f.type, str)
                    and _string_annotation_is(f.type, cls, typing, typing.ClassVar, _is_classvar))):
            f._field_type = _FIELD_CLASSVAR
    if f._field_type is _FIELD:
        dataclasses = sys.modules[__name__]
        if (_is_initvar(a_type, dataclasses)
                or (isinstance(f.type, str)
                    and _string_annotation_is(f.type, cls, dataclasses, dataclasses.InitVar,
                                              _is_initvar))):
            f._field_type = _FIELD_INITVAR

    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    elif f.kw_only is not MISSING:
        raise TypeError(f'field {f.name} is a ClassVar but specifies kw_only')

    # A mutable default would be shared by all instances. Unhashable is
    # taken as mutable (list, dict and set are named too, for a core whose
    # list.__hash__ is not None).
    if f._field_type is _FIELD and (f.default.__class__.__hash__ is None
                                    or isinstance(f.default, (list, dict, set))):
        raise ValueError(f'mutable default {type(f.default)} for field '
                         f'{f.name} is not allowed: use default_factory')
    return f


def _fields_in_init_order(fields):
    # The positional parameters first, then the keyword-only ones.
    return (tuple(f for f in fields if f.init and not f.kw_only),
            tuple(f for f in fields if f.init and f.kw_only))


################################################################################
### The decorator
################################################################################

def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                   slots, weakref_slot):
    fields = {}
    module = sys.modules.get(getattr(cls, '__module__', None))
    globals = module.__dict__ if module is not None else {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    # The fields of dataclass bases come first, the most basic first; a
    # field redefined in a subclass keeps its place.
    any_frozen_base = False
    has_dataclass_bases = False
    for base in cls.__mro__[-1:0:-1]:
        base_fields = getattr(base, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(base, _PARAMS).frozen:
                any_frozen_base = True

    cls_annotations = cls.__dict__.get('__annotations__', {})
    cls_fields = []
    kw_only_seen = False
    dataclasses = sys.modules[__name__]
    for name, a_type in cls_annotations.items():
        if (_is_kw_only(a_type, dataclasses)
                or (isinstance(a_type, str)
                    and _string_annotation_is(a_type, cls, dataclasses, dataclasses.KW_ONLY,
                                              _is_kw_only))):
            if kw_only_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            kw_only_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, a_type, kw_only))
    for f in cls_fields:
        fields[f.name] = f
        # A field() as class attribute is replaced by its default (or
        # removed), so that the class attribute is the default value.
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    setattr(cls, _FIELDS, fields)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING
                             or (class_hash is None and '__eq__' in cls.__dict__))
    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields, kw_only_init_fields = _fields_in_init_order(all_init_fields)
    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        self_name = '__dataclass_self__' if 'self' in fields else 'self'
        _set_new_attribute(cls, '__init__', _init_fn(
            cls, all_init_fields, std_init_fields, kw_only_init_fields, frozen,
            has_post_init, self_name, globals, slots))

    field_list = [f for f in fields.values() if f._field_type is _FIELD]
    if repr:
        _set_new_attribute(cls, '__repr__', _repr_fn(cls, [f for f in field_list if f.repr],
                                                     globals))
    if eq:
        compared = [f for f in field_list if f.compare]
        _set_new_attribute(cls, '__eq__', _cmp_fn(cls, '__eq__', '==', compared, globals))
    if order:
        compared = [f for f in field_list if f.compare]
        for name, op in [('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')]:
            if _set_new_attribute(cls, name, _cmp_fn(cls, name, op, compared, globals)):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                'Consider using functools.total_ordering')
    if frozen:
        for fn in _frozen_get_del_attr(cls, field_list, globals):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError(f'Cannot overwrite attribute {fn.__name__} in class {cls.__name__}')

    action = _hash_action(cls, bool(unsafe_hash), bool(eq), bool(frozen), has_explicit_hash)
    if action == 'add':
        hashed = [f for f in field_list if (f.compare if f.hash is None else f.hash)]
        cls.__hash__ = _hash_fn(cls, hashed, globals)
    elif action == 'none':
        cls.__hash__ = None

    if not getattr(cls, '__doc__'):
        cls.__doc__ = cls.__name__ + _text_signature(cls, std_init_fields, kw_only_init_fields)
    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in std_init_fields))
    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)
    abc.update_abstractmethods(cls)
    return cls


def _format_annotation(annotation):
    # How a signature shows an annotation: int, __main__.Point, List[int].
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return f'{annotation.__module__}.{annotation.__qualname__}'
    return repr(annotation)


def _text_signature(cls, std_fields, kw_only_fields):
    # The signature of cls(...), for the default docstring.
    init = cls.__init__
    if init is object.__init__:
        return '()'
    if getattr(init, '__qualname__', None) != f'{cls.__qualname__}.__init__' or \
            getattr(cls, _FIELDS, None) is None or '__init__' not in cls.__dict__:
        return ''
    def param(f):
        text = f'{f.name}: {_format_annotation(f.type)}'
        if f.default is not MISSING:
            text += f' = {f.default!r}'
        elif f.default_factory is not MISSING:
            text += ' = <factory>'
        return text
    params = [param(f) for f in std_fields]
    if kw_only_fields:
        params.append('*')
        params.extend(param(f) for f in kw_only_fields)
    return '(' + ', '.join(params) + ')'


def _slots_of(cls):
    slots = cls.__dict__.get('__slots__')
    if slots is None:
        return ()
    if isinstance(slots, str):
        return (slots,)
    return tuple(slots)


def _add_slots(cls, is_frozen, weakref_slot):
    # A new class like cls, with __slots__ for the fields.
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(_slots_of(base))
    wanted = field_names + (('__weakref__',) if weakref_slot else ())
    cls_dict['__slots__'] = tuple(name for name in wanted if name not in inherited)
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname
    if is_frozen:
        if '__getstate__' not in cls_dict:
            cls.__getstate__ = _dataclass_getstate
        if '__setstate__' not in cls_dict:
            cls.__setstate__ = _dataclass_setstate
    return cls


def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Add __init__, __repr__, __eq__ (and more, as asked) to a class
    whose fields are its annotated class attributes.

    init, repr, eq: generate those methods (the default). order: also
    < <= > >=. frozen: assigning to fields raises FrozenInstanceError.
    unsafe_hash: add __hash__ even for a mutable class. match_args:
    set __match_args__. kw_only: all fields are keyword-only. slots: give
    the class __slots__. Usable as @dataclass or @dataclass(...).
    """
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots, weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


################################################################################
### Working with dataclasses
################################################################################

def fields(class_or_instance):
    """The Fields of a dataclass or instance, as a tuple (without the
    ClassVar and InitVar pseudo-fields)."""
    try:
        all_fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in all_fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """True for a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict, name -> value,
    recursively: dataclasses, lists, tuples and dicts inside are converted
    too, other values deep-copied."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        # A named tuple is rebuilt with positional arguments.
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """The field values of a dataclass instance as a tuple, recursively
    (as asdict does)."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False):
    """Create a dataclass named cls_name. fields lists the fields: a name,
    (name, type) or (name, type, Field); the type defaults to
    'typing.Any'. The other arguments are those of @dataclass, plus the
    bases and a namespace of other class attributes."""
    namespace = {} if namespace is None else namespace.copy()
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if keyword.iskeyword(name):
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = tp

    def exec_body(ns):
        ns.update(namespace)
        ns.update(defaults)
        ns['__annotations__'] = annotations

    cls = types.new_class(cls_name, bases, {}, exec_body)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """A new instance of obj's class with the same fields, except those
    given as keyword arguments:

        p2 = replace(p, x=3)
    """
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be '
                                 'specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
