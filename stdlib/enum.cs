"""Enumerations: classes whose instances are a fixed set of named constants.

    class Color(Enum):
        RED = 1
        GREEN = 2

Color.RED is a member: an instance of Color with .name 'RED' and .value 1.
Color(1) and Color['RED'] look members up by value and by name, and the
class iterates over its members, in definition order. A second name for
an existing value is an alias, not a new member.

How it works: the class body runs in an _EnumDict (EnumType.__prepare__),
which records the member names in order, computes auto() values and
rejects reused names. EnumType.__new__ then creates the class, and one
instance per member (with the class's __new__, or the data type's for
IntEnum and other mixed-in enums), and stores them in _member_map_ (name
-> member), _value2member_map_ (value -> member) and _member_names_ (the
canonical names, aliases left out). Finally the class's __new__ is
replaced by Enum.__new__, which looks a value up instead of creating a
member, and EnumType.__call__ routes Color(value) there.

IntEnum and StrEnum members are also ints and strs; Flag members combine
with | & ^ ~ into new flag values, and IntFlag's are ints too.
"""

import builtins
import sys
from types import MappingProxyType, DynamicClassAttribute

__all__ = [
        'EnumType', 'EnumMeta',
        'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
        'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
        'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
        'global_flag_repr', 'global_enum_repr', 'global_str', 'global_enum',
        'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE',
        ]

# Defined further down; EnumType checks for None while it builds them.
Enum = Flag = EJECT = KEEP = STRICT = ReprEnum = None


def _is_descriptor(obj):
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


def _is_dunder(name):
    # __name__, with something between the underscores.
    return (len(name) > 4 and name[:2] == name[-2:] == '__'
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    # _name_, with something between the underscores.
    return (len(name) > 2 and name[0] == name[-1] == '_'
            and name[1] != '_' and name[-2] != '_')


def _is_private(cls_name, name):
    # A name that the compiler would mangle in class cls_name (__x).
    prefix = f'_{cls_name.lstrip("_")}__'
    return len(name) > len(prefix) and name.startswith(prefix) and not name.endswith('__')


def _is_single_bit(num):
    return isinstance(num, int) and num != 0 and num & (num - 1) == 0


def _iter_bits_lsb(num):
    # The set bits of num, lowest first: 6 gives 2 then 4.
    while num:
        bit = num & -num
        yield bit
        num ^= bit


def bin(num, max_bits=None):
    """Like the built-in bin(), but negative numbers are shown in two's
    complement after a sign digit, and the digits are separated from the
    '0b' prefix and sign: bin(5) is '0b0 101', bin(-5) is '0b1 011'.
    """
    if num >= 0:
        sign, digits = '0', format(num, 'b') if num else ''
    else:
        width = (~num).bit_length() + 1
        sign, digits = '1', format(num & ((1 << width) - 1), 'b')[1:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign * max_bits + digits)[-max_bits:]
    return f'0b{sign} {digits}'


# Wrappers that say what a value in the class body is.

class _auto_null:
    # The value of an auto() still to be computed.
    def __repr__(self):
        return '_auto_null'

_auto_null = _auto_null()


class auto:
    """In an enum class body, stands for a value computed by
    _generate_next_value_ (1, 2, 3... for Enum; 1, 2, 4... for Flag; the
    lowercased name for StrEnum)."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return f'auto({self.value!r})'


class member:
    """Make the wrapped value a member, even a function or a class."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keep the wrapped value a plain class attribute, not a member."""

    def __init__(self, value):
        self.value = value


class property(DynamicClassAttribute):
    """A property for enum members (name and value are ones). On the class,
    it looks a member of the same name up, so that a member may be called
    'name' or 'value'; it cannot be assigned."""

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            try:
                return ownerclass._member_map_[self.name]
            except KeyError:
                raise AttributeError(f'{ownerclass!r} has no attribute {self.name!r}') from None
        if self.fget is None:
            try:
                return ownerclass._member_map_[self.name]
            except KeyError:
                raise AttributeError(f'{ownerclass!r} has no attribute {self.name!r}') from None
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError(f'{self.clsname!r} cannot set attribute {self.name!r}')
        return self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError(f'{self.clsname!r} cannot delete attribute {self.name!r}')
        return self.fdel(instance)

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass


################################################################################
### The class body namespace
################################################################################

# The _sunder_ names an enum class may define.
_ALLOWED_SUNDERS = ('_order_', '_generate_next_value_', '_numeric_repr_', '_missing_',
                    '_ignore_', '_iter_member_', '_iter_member_by_value_',
                    '_iter_member_by_def_')


class _EnumDict(dict):
    # The namespace an enum class body runs in. Every assignment of a
    # plain value (not a descriptor such as a method, not a __dunder__ or
    # _sunder_ name, not a private name) defines a member: its name is
    # recorded, auto() is replaced by a value, and defining it twice is an
    # error.

    def __init__(self):
        super().__init__()
        self._member_names = {}     # a dict, for its order
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._cls_name = None
        self._generate_next_value = None

    def __setitem__(self, key, value):
        if _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key not in _ALLOWED_SUNDERS:
                raise ValueError(f'_sunder_ names, such as {key!r}, are reserved for '
                                 'future Enum use')
            if key == '_generate_next_value_':
                if self._auto_called:
                    raise TypeError('_generate_next_value_ must be defined before members')
                self._generate_next_value = (value.__func__ if isinstance(value, staticmethod)
                                             else value)
            elif key == '_ignore_':
                value = value.replace(',', ' ').split() if isinstance(value, str) else list(value)
                self._ignore = value
                already = set(value) & set(self._member_names)
                if already:
                    raise ValueError(f'_ignore_ cannot specify already set names: {already!r}')
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError(f'{key!r} already defined as {self[key]!r}')
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value):
            pass
        else:
            if key in self:
                # A member reusing the name of a method or property.
                raise TypeError(f'{key!r} already defined as {self[key]!r}')
            if isinstance(value, member):
                value = value.value
            value = self._resolve_auto(key, value)
            self._member_names[key] = None
        super().__setitem__(key, value)

    def _resolve_auto(self, key, value):
        # Replace auto() (alone or inside a tuple) by generated values.
        single = isinstance(value, auto)
        parts = (value,) if single else value
        if type(parts) is not tuple or not any(isinstance(v, auto) for v in parts):
            self._last_values.append(value)
            return value
        resolved = []
        for part in parts:
            if isinstance(part, auto):
                if part.value is _auto_null:
                    part.value = self._generate_next_value(
                        key, 1, len(self._member_names), self._last_values[:])
                    self._auto_called = True
                part = part.value
                self._last_values.append(part)
            resolved.append(part)
        return resolved[0] if single else tuple(resolved)

    def update(self, members, **more_members):
        if hasattr(members, 'keys'):
            for name in members.keys():
                self[name] = members[name]
        else:
            for name, value in members:
                self[name] = value
        for name, value in more_members.items():
            self[name] = value


################################################################################
### The metaclass
################################################################################

class EnumType(type):
    """The metaclass of enumerations: builds the members, and makes the
    class iterable, indexable by name and callable with a value."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members_(cls, bases)
        enum_dict = _EnumDict()
        enum_dict._cls_name = cls
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if first_enum is not None:
            enum_dict['_generate_next_value_'] = getattr(first_enum, '_generate_next_value_', None)
        return enum_dict

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if _simple:
            return super().__new__(metacls, cls, bases, classdict, **kwds)
        ignore = list(classdict.get('_ignore_', [])) + ['_ignore_']
        for key in ignore:
            classdict.pop(key, None)
        member_names = [name for name in classdict._member_names if name in classdict]
        invalid_names = set(member_names) & {'mro', ''}
        if invalid_names:
            raise ValueError('invalid enum member name(s) '
                             + ','.join(repr(n) for n in invalid_names))
        order = classdict.pop('_order_', None)

        # The members are taken out of the namespace: they are made below,
        # once the class exists.
        namespace = dict(classdict.items())
        member_values = [(name, namespace.pop(name)) for name in member_names]
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        new, save_new, use_args = metacls._find_new_(namespace, member_type, first_enum)
        flag_mask = 0
        for name, value in member_values:
            if isinstance(value, int):
                flag_mask |= value
        namespace.update({
            '_new_member_': new,
            '_use_args_': use_args,
            '_member_names_': [],
            '_member_map_': {},
            '_value2member_map_': {},
            '_unhashable_values_': [],
            '_member_type_': member_type,
            '_value_repr_': metacls._find_data_repr_(cls, bases),
            '_boundary_': boundary or getattr(first_enum, '_boundary_', None),
            '_flag_mask_': flag_mask,
            '_all_bits_': 2 ** flag_mask.bit_length() - 1,
            '_inverted_': None,
        })
        enum_class = super().__new__(metacls, cls, bases, namespace, **kwds)
        # (Flag itself is being created when Flag is still None.)
        is_flag = issubclass(enum_class, Flag) if Flag is not None else cls == 'Flag'
        for name, value in member_values:
            _add_member(enum_class, name, value, is_flag)

        metacls._fix_methods(enum_class, bases, member_type, first_enum, is_flag)
        if Enum is not None:
            # Keep a __new__ of the class's own for subclasses, then make
            # calls look members up.
            if save_new:
                type.__setattr__(enum_class, '__new_member__', new)
            type.__setattr__(enum_class, '__new__', Enum.__new__)

        if not is_flag:
            for name in ('_boundary_', '_flag_mask_', '_all_bits_', '_inverted_'):
                type.__delattr__(enum_class, name)
        else:
            single_bits = 0
            for flag in enum_class._member_map_.values():
                if _is_single_bit(flag._value_):
                    single_bits |= flag._value_
            type.__setattr__(enum_class, '_flag_mask_', single_bits)
            values = [m._value_ for m in enum_class]
            if values != sorted(values):
                type.__setattr__(enum_class, '_iter_member_', enum_class._iter_member_by_def_)
        if order is not None:
            metacls._check_order(enum_class, order, is_flag)
        return enum_class

    @staticmethod
    def _fix_methods(enum_class, bases, member_type, first_enum, is_flag):
        # Which __str__, __format__, __repr__... the members use.
        def defined(name):
            return name in enum_class.__dict__
        if ReprEnum is not None and ReprEnum in bases:
            # The repr is the enum's; str() and format() the data type's.
            if member_type is object:
                raise TypeError('ReprEnum subclasses must be mixed with a data type '
                                '(i.e. int, str, float, etc.)')
            if not defined('__format__'):
                type.__setattr__(enum_class, '__format__',
                                 _data_method(member_type.__format__, '__format__'))
            if not defined('__str__'):
                method = getattr(member_type, '__str__', None)
                if method is None or method is getattr(object, '__str__', None):
                    # Without a __str__ of its own, the type's str() is its repr.
                    method = member_type.__repr__
                type.__setattr__(enum_class, '__str__', _data_method(method, '__str__'))
        for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
            if defined(name):
                continue
            # A data type's method (int.__repr__) must not hide the enum's.
            found = getattr(enum_class, name, None)
            if found is not None and found in (getattr(member_type, name, None),
                                               getattr(object, name, None)):
                type.__setattr__(enum_class, name, getattr(first_enum, name))
        if is_flag:
            for name in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__',
                         '__invert__'):
                if not defined(name):
                    type.__setattr__(enum_class, name, getattr(Flag, name))

    @staticmethod
    def _check_order(enum_class, order, is_flag):
        # _order_ lists the members in their definition order, as a check.
        if isinstance(order, str):
            order = order.replace(',', ' ').split()
        members = enum_class._member_map_
        if is_flag:
            order = [o for o in order if o not in members or _is_single_bit(members[o]._value_)]
        order = [o for o in order if o not in members or o in enum_class._member_names_]
        if order != enum_class._member_names_:
            raise TypeError('member order does not match _order_:\n  %r\n  %r'
                            % (enum_class._member_names_, order))

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        """Color(value) looks up the member with that value; Enum('Name',
        names) creates a new enum class (the functional API): names is a
        string or list of names (valued start, start+1...), or pairs or a
        mapping of names and values."""
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError(f'{cls.__name__!r} cannot delete member {attr!r}.')
        super().__delattr__(attr)

    def __dir__(cls):
        interesting = {'__class__', '__contains__', '__doc__', '__getitem__', '__iter__',
                       '__len__', '__members__', '__module__', '__name__', '__qualname__'}
        interesting.update(cls._member_names_)
        if cls._new_member_ is not object.__new__:
            interesting.add('__new__')
        if cls.__init_subclass__ is not object.__init_subclass__:
            interesting.add('__init_subclass__')
        if cls._member_type_ is object:
            return sorted(interesting)
        return sorted(set(dir(cls._member_type_)) | interesting)

    def __getattr__(cls, name):
        # Members are class attributes too; this finds those hidden by an
        # enum.property of the same name.
        if _is_dunder(name):
            raise AttributeError(name)
        try:
            return cls._member_map_[name]
        except KeyError:
            raise AttributeError(name) from None

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @builtins.property
    def __members__(cls):
        """A read-only mapping of all the names (aliases too) to their members."""
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return f'<flag {cls.__name__!r}>'
        return f'<enum {cls.__name__!r}>'

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError(f'cannot reassign member {name!r}')
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = cls._get_mixins_(class_name, bases)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            # Names only: values generated as auto() would.
            pairs = []
            last_values = []
            for count, name in enumerate(names):
                value = first_enum._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                pairs.append((name, value))
            names = pairs
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            try:
                module = sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                module = '__main__'
        classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    @classmethod
    def _check_for_existing_members_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base.__dict__.get('_member_names_'):
                    raise TypeError(f'<enum {class_name!r}> cannot extend {base!r}')

    @classmethod
    def _get_mixins_(mcls, class_name, bases):
        # The data type of the members (object for plain enums) and the
        # enum class that is the last base.
        if not bases:
            return object, Enum
        mcls._check_for_existing_members_(class_name, bases)
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError('new enumerations should be created as '
                            '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
        member_type = mcls._find_data_type_(class_name, bases) or object
        return member_type, first_enum

    @classmethod
    def _find_data_repr_(mcls, class_name, bases):
        # The repr of the members' values: the data type's own __repr__.
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    return base._value_repr_
                if '__repr__' in base.__dict__:
                    return base.__dict__['__repr__']
        return None

    @classmethod
    def _find_data_type_(mcls, class_name, bases):
        # The first base in the MROs that makes instances (defines __new__
        # or __init__) and is not an enum: int for IntEnum.
        data_types = []
        for chain in bases:
            candidate = None
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        if base._member_type_ not in data_types:
                            data_types.append(base._member_type_)
                        break
                elif '__new__' in base.__dict__ or '__init__' in base.__dict__:
                    found = candidate or base
                    if found not in data_types:
                        data_types.append(found)
                    break
                else:
                    candidate = candidate or base
        if len(data_types) > 1:
            raise TypeError(f'too many data types for {class_name!r}: {set(data_types)!r}')
        return data_types[0] if data_types else None

    @classmethod
    def _find_new_(mcls, classdict, member_type, first_enum):
        # The function that makes a member, whether it is given the value
        # (use_args), and whether it is the class's own (save_new).
        new = classdict.get('__new__', None)
        save_new = first_enum is not None and new is not None
        if new is None:
            plain = (None, object.__new__, Enum.__new__ if Enum is not None else None)
            for method in ('__new_member__', '__new__'):
                for possible in (member_type, first_enum):
                    target = getattr(possible, method, None)
                    if not any(target is p for p in plain):
                        new = target
                        break
                if new is not None:
                    break
            else:
                new = object.__new__
        use_args = not (first_enum is None or new is object.__new__
                        or (Enum is not None and new is Enum.__new__))
        return new, save_new, use_args


EnumMeta = EnumType


def _data_method(method, name):
    # The data type's method (int.__repr__) as a plain function. Assigned
    # directly, the core would call the class's own __repr__ instead.
    def data_method(self, *args):
        return method(self, *args)
    data_method.__name__ = data_method.__qualname__ = name
    return data_method


def _add_member(enum_class, name, value, is_flag):
    # Make the member called name with the value from the class body, or
    # find the existing member it is an alias of, and register it.
    args = value if isinstance(value, tuple) else (value,)
    if enum_class._member_type_ is tuple:
        # A tuple enum gets its value as one argument.
        args = (args,)
    if not enum_class._use_args_:
        new_member = enum_class._new_member_(enum_class)
        if not hasattr(new_member, '_value_'):
            try:
                new_member._value_ = enum_class._member_type_(*args)
            except Exception:
                new_member._value_ = value
    else:
        new_member = enum_class._new_member_(enum_class, *args)
        if not hasattr(new_member, '_value_'):
            if enum_class._member_type_ is object:
                new_member._value_ = value
            else:
                try:
                    new_member._value_ = enum_class._member_type_(*args)
                except Exception:
                    raise TypeError('_value_ not set in __new__, unable to create it') from None
    value = new_member._value_
    new_member._name_ = name
    new_member.__objclass__ = enum_class
    new_member.__init__(*args)
    new_member._sort_order_ = len(enum_class._member_names_)

    # An earlier member with an equal value makes this name an alias.
    canonical = None
    try:
        canonical = enum_class._value2member_map_.get(value)
    except TypeError:
        for existing in enum_class._member_map_.values():
            if existing._value_ == value:
                canonical = existing
                break
    if canonical is not None:
        new_member = canonical
    elif not is_flag or _is_single_bit(value):
        # (Flag values of several bits are aliases of their bits.)
        enum_class._member_names_.append(name)

    # The member becomes a class attribute, unless an enum.property of a
    # base has the name (the property then finds the member).
    shadowed = any(isinstance(base.__dict__.get(name), DynamicClassAttribute)
                   for base in enum_class.__mro__[1:])
    if not shadowed:
        type.__setattr__(enum_class, name, new_member)
    enum_class._member_map_[name] = new_member
    try:
        enum_class._value2member_map_.setdefault(value, new_member)
    except TypeError:
        enum_class._unhashable_values_.append(value)


################################################################################
### Enum
################################################################################

class Enum(metaclass=EnumType):
    """The base of enumerations.

        class Color(Enum):
            RED = 1
            GREEN = 2

    Color.RED, Color(1) and Color['RED'] are the same member; list(Color)
    and len(Color) see the members (without aliases). Members have .name
    and .value; methods and properties may be added to the class.
    """

    def __new__(cls, value):
        # Look value up: this replaces the __new__ of every enum class once
        # its members exist.
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            # An unhashable value: compare with each member.
            for candidate in cls._member_map_.values():
                if candidate._value_ == value:
                    return candidate
        try:
            exc = None
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT \
                and isinstance(result, int):
            return result
        not_valid = ValueError(f'{value!r} is not a valid {cls.__qualname__}')
        if result is None and exc is None:
            raise not_valid
        if exc is None:
            exc = TypeError(f'error in {cls.__name__}._missing_: returned {result!r} '
                            'instead of None or a valid member')
        if not isinstance(exc, ValueError):
            exc.__context__ = not_valid
        raise exc

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        """The value for an auto() member: one more than the last value
        (start for the first member)."""
        if not last_values:
            return start
        last = last_values[-1]
        try:
            if last == sorted(last_values)[-1]:
                return last + 1
        except TypeError:
            pass
        for value in reversed(last_values):
            try:
                return value + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        """Called when no member has value: return a member, or None to
        raise ValueError."""
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return f'<{self.__class__.__name__}.{self._name_}: {v_repr(self._value_)}>'

    def __str__(self):
        return f'{self.__class__.__name__}.{self._name_}'

    def __dir__(self):
        if self.__class__._member_type_ is object:
            interesting = {'__class__', '__doc__', '__eq__', '__hash__', '__module__',
                           'name', 'value'}
        else:
            interesting = set(object.__dir__(self))
        for name in getattr(self, '__dict__', []):
            if name[0] != '_':
                interesting.add(name)
        for cls in self.__class__.__mro__:
            for name, obj in cls.__dict__.items():
                if name[0] == '_':
                    continue
                if isinstance(obj, property):
                    if obj.fget is not None or name not in self._member_map_:
                        interesting.add(name)
                    else:
                        interesting.discard(name)
                else:
                    interesting.add(name)
        return sorted({'__class__', '__doc__', '__eq__', '__hash__', '__module__'} | interesting)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return getattr, (self.__class__, self._name_)

    # Members are singletons: copying gives the member itself.
    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Enums whose str() and format() are those of the mixed-in data type
    (only the repr shows the enum)."""


class IntEnum(int, ReprEnum):
    """An enum whose members are ints: IntEnum members compare equal to,
    and compute like, their values."""


class StrEnum(str, ReprEnum):
    """An enum whose members are strs (auto() gives the lowercased name)."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError(f'too many arguments for str(): {values!r}')
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError(f'{values[0]!r} is not a string')
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError(f'encoding must be a string, not {values[1]!r}')
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError(f'errors must be a string, not {values[2]!r}')
        value = str(*values)
        new_member = str.__new__(cls, value)
        new_member._value_ = value
        return new_member

    def _generate_next_value_(name, start, count, last_values):
        """The lowercased name of the member."""
        return name.lower()


def unique(enumeration):
    """Class decorator: raise ValueError if two names share a value."""
    duplicates = [(name, m.name) for name, m in enumeration.__members__.items() if name != m.name]
    if duplicates:
        details = ', '.join(f'{alias} -> {name}' for alias, name in duplicates)
        raise ValueError(f'duplicate values found in {enumeration!r}: {details}')
    return enumeration


################################################################################
### Flag
################################################################################

# FlagBoundary and EnumCheck are StrEnums in CPython. They are plain
# enums with the same values here while the core cannot give instances of
# str subclasses attributes (StrEnum members need _value_ and _name_).

class FlagBoundary(Enum):
    """What a Flag does with a value that has bits of no member:
    STRICT raises ValueError, CONFORM drops the unknown bits, EJECT returns
    a plain int, KEEP keeps them (IntFlag's default)."""
    STRICT = 'strict'
    CONFORM = 'conform'
    EJECT = 'eject'
    KEEP = 'keep'

    def __str__(self):
        return self._value_

STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=CONFORM):
    """An enum of bit flags: members combine with | & ^ and ~ into flag
    values, and a value iterates over its single flags."""

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        """The next power of two above the last value (1 for the first)."""
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError(f'invalid flag value {last_value!r}') from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        """The members whose bits are in value, lowest bit first."""
        for bit in _iter_bits_lsb(value & cls._flag_mask_):
            yield cls._value2member_map_.get(bit)

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        """The members whose bits are in value, in definition order."""
        yield from sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_)

    @classmethod
    def _missing_(cls, value):
        """Make the pseudo-member for a combination of flags (named like
        'R|W'), following the class's boundary for unknown bits."""
        if not isinstance(value, int):
            raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if cls._boundary_ is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                                 % (cls, value, bin(value, max_bits), bin(flag_mask, max_bits)))
            if cls._boundary_ is CONFORM:
                value = value & flag_mask
            elif cls._boundary_ is EJECT:
                return value
            elif cls._boundary_ is KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** value.bit_length()) + value
            else:
                raise ValueError(f'{cls!r} unknown flag boundary {cls._boundary_!r}')
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        member_value = value & flag_mask
        if unknown and cls._boundary_ is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]'
                             % (cls.__name__, value, unknown, bin(unknown)))
        if cls._member_type_ is object:
            pseudo_member = object.__new__(cls)
        else:
            pseudo_member = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo_member, '_value_'):
            pseudo_member._value_ = value
        if member_value:
            pseudo_member._name_ = '|'.join(m._name_ for m in cls._iter_member_(member_value))
            if unknown:
                pseudo_member._name_ += '|' + cls._numeric_repr_(unknown)
        else:
            pseudo_member._name_ = None
        # Remembered, so that the same combination is the same object.
        if not unknown:
            pseudo_member = cls._value2member_map_.setdefault(value, pseudo_member)
            if neg_value is not None:
                cls._value2member_map_[neg_value] = pseudo_member
        return pseudo_member

    def __contains__(self, other):
        """True if the flags of other are all set in self."""
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        """The single flags set in self, in definition order."""
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return f'<{cls_name}: {v_repr(self._value_)}>'
        return f'<{cls_name}.{self._name_}: {v_repr(self._value_)}>'

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return f'{cls_name}({self._value_!r})'
        return f'{cls_name}.{self._name_}'

    def __bool__(self):
        return bool(self._value_)

    def _other_value(self, other):
        # The int value of the other operand, or None if it cannot combine.
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return None

    def __or__(self, other):
        other = self._other_value(other)
        if other is None:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        other = self._other_value(other)
        if other is None:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        other = self._other_value(other)
        if other is None:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        if self._inverted_ is None:
            if self._boundary_ is KEEP:
                inverted = self.__class__(~self._value_)
            else:
                # The flags of the class that are not set in self.
                inverted = self.__class__(self._flag_mask_ ^ self._value_)
            self._inverted_ = inverted
            if isinstance(inverted, self.__class__):
                inverted._inverted_ = self
        return self._inverted_

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """A Flag whose members and combinations are also ints."""


################################################################################
### Checks and global exports
################################################################################

class EnumCheck(Enum):
    """The conditions verify() can check."""
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"

    def __str__(self):
        return self._value_

CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Check an enumeration for various constraints (UNIQUE, CONTINUOUS,
    NAMED_FLAGS)."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        cls_name = enumeration.__name__
        if Flag is not None and issubclass(enumeration, Flag):
            enum_type = 'flag'
        else:
            enum_type = 'enumeration'
        for check in self.checks:
            if check is UNIQUE:
                unique(enumeration)
            elif check is CONTINUOUS:
                values = set(e.value for e in enumeration)
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                if enum_type == 'flag':
                    expected = {2 ** i for i in range(low.bit_length() - 1, high.bit_length())}
                else:
                    expected = set(range(low, high + 1))
                missing = sorted(expected - values)
                if missing:
                    raise ValueError('invalid %s %r: missing values %s'
                                     % (enum_type, cls_name, ', '.join(str(m) for m in missing)))
            elif check is NAMED_FLAGS:
                member_names = enumeration._member_names_
                missing_names = []
                missing_value = 0
                for name, alias in enumeration._member_map_.items():
                    if name in member_names:
                        continue
                    if alias.value < 0:
                        continue
                    values = list(_iter_bits_lsb(alias.value))
                    missed = [v for v in values if v not in enumeration._value2member_map_]
                    if missed:
                        missing_names.append(name)
                        for v in missed:
                            missing_value |= v
                if missing_names:
                    alias = 'alias %s is missing' if len(missing_names) == 1 else 'aliases %s and %s are missing'
                    if len(missing_names) == 1:
                        alias = alias % missing_names[0]
                    else:
                        alias = alias % (', '.join(missing_names[:-1]), missing_names[-1])
                    if _is_single_bit(missing_value):
                        value = f'value 0x{missing_value:x}'
                    else:
                        value = f'combined values of 0x{missing_value:x}'
                    raise ValueError(f'invalid Flag {cls_name!r}: {alias} {value} '
                                     '[use enum.show_flag_values(value) for details]')
        return enumeration


def global_enum_repr(self):
    """repr() of a member of a global enum: module.NAME."""
    module = self.__class__.__module__.split('.')[-1]
    return f'{module}.{self._name_}'


def global_flag_repr(self):
    """repr() of a member of a global flag: module.A|module.B."""
    module = self.__class__.__module__.split('.')[-1]
    cls_name = self.__class__.__name__
    if self._name_ is None:
        return f'{module}.{cls_name}({self._value_!r})'
    if _is_single_bit(self._value_):
        return f'{module}.{self._name_}'
    if self._boundary_ is not FlagBoundary.KEEP:
        return '|'.join(f'{module}.{name}' for name in self.name.split('|'))
    names = []
    for name in self._name_.split('|'):
        if name[0].isdigit():
            names.append(name)
        else:
            names.append(f'{module}.{name}')
    return '|'.join(names)


def global_str(self):
    """str() of a member of a global enum: its name."""
    if self._name_ is None:
        cls_name = self.__class__.__name__
        return f'{cls_name}({self._value_!r})'
    return self._name_


def global_enum(cls, update_str=False):
    """Class decorator: put the members into the enum's module namespace
    and make their repr module.NAME, as for constants of the module."""
    if issubclass(cls, Flag):
        cls.__repr__ = global_flag_repr
    else:
        cls.__repr__ = global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = global_str
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls
