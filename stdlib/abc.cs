"""Abstract base classes: classes that define interfaces (PEP 3119).

ABCMeta is the metaclass of abstract classes. When it creates a class it
collects __abstractmethods__: the names of the methods marked with
@abstractmethod that no class in the hierarchy has implemented yet.
Calling a class whose __abstractmethods__ is not empty raises TypeError
(ABCMeta.__call__ does the check, so objects made with cls.__new__
directly are not checked).

An ABC can also have "virtual" subclasses: classes registered with
register(), and classes that its __subclasshook__ accepts (for example
any class with __len__ for collections.abc.Sized). isinstance() and
issubclass() ask ABCMeta.__instancecheck__ and __subclasscheck__, which
look at the real bases, the hook, the registry and the subclasses, and
remember the answers. register() invalidates the remembered negative
answers of every ABC, through a global counter.
"""

def abstractmethod(funcobj):
    """Mark a method as abstract.

    A class whose metaclass is ABCMeta cannot be instantiated while it has
    abstract methods that no subclass overrides. With other decorators
    (classmethod, staticmethod, property), put abstractmethod innermost.
    """
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """An abstract classmethod (old spelling of @classmethod @abstractmethod)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """An abstract staticmethod (old spelling of @staticmethod @abstractmethod)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """An abstract property (old spelling of @property @abstractmethod)."""

    __isabstractmethod__ = True


def _is_abstract(value):
    # True for anything marked abstract. Properties, classmethods and
    # staticmethods are abstract when a function they wrap is.
    if getattr(value, '__isabstractmethod__', False):
        return True
    if isinstance(value, property):
        return any(getattr(f, '__isabstractmethod__', False)
                   for f in (value.fget, value.fset, value.fdel))
    if isinstance(value, (classmethod, staticmethod)):
        return getattr(value.__func__, '__isabstractmethod__', False)
    return False


def _compute_abstracts(cls):
    # The abstract methods defined in cls, plus those of its bases that
    # cls still has not overridden with something concrete.
    abstracts = {name for name, value in cls.__dict__.items() if _is_abstract(value)}
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    return frozenset(abstracts)


class ABCMeta(type):
    """The metaclass of abstract base classes.

    Besides subclassing, an ABC accepts virtual subclasses: classes given
    to register(), and those its __subclasshook__ approves. isinstance()
    and issubclass() answer True for them, though the ABC is not in their
    MRO and its methods are not inherited.
    """

    # Bumped by every register(); negative caches older than it are stale.
    _abc_invalidation_counter = 0

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls)
        cls._abc_registry = set()
        cls._abc_cache = set()
        cls._abc_negative_cache = set()
        cls._abc_negative_cache_version = ABCMeta._abc_invalidation_counter
        return cls

    def __call__(cls, /, *args, **kwargs):
        abstracts = cls.__abstractmethods__
        if abstracts:
            names = sorted(abstracts)
            plural = 's' if len(names) > 1 else ''
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} "
                            f"with abstract method{plural} {', '.join(names)}")
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        """Make subclass a virtual subclass of this ABC and return it, so
        that register can decorate a class."""
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass
        # Checked second, so that X.register(X) is a harmless no-op.
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        cls._abc_registry.add(subclass)
        ABCMeta._abc_invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        """isinstance(instance, cls)."""
        subclass = instance.__class__
        if subclass in cls._abc_cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (cls._abc_negative_cache_version == ABCMeta._abc_invalidation_counter
                    and subclass in cls._abc_negative_cache):
                return False
            return cls.__subclasscheck__(subclass)
        return any(cls.__subclasscheck__(c) for c in (subclass, subtype))

    def __subclasscheck__(cls, subclass):
        """issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if subclass in cls._abc_cache:
            return True
        if cls._abc_negative_cache_version < ABCMeta._abc_invalidation_counter:
            cls._abc_negative_cache = set()
            cls._abc_negative_cache_version = ABCMeta._abc_invalidation_counter
        elif subclass in cls._abc_negative_cache:
            return False
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if ok:
                cls._abc_cache.add(subclass)
            else:
                cls._abc_negative_cache.add(subclass)
            return ok
        if cls in subclass.__mro__:
            cls._abc_cache.add(subclass)
            return True
        for registered in cls._abc_registry:
            if issubclass(subclass, registered):
                cls._abc_cache.add(subclass)
                return True
        for derived in cls.__subclasses__():
            if issubclass(subclass, derived):
                cls._abc_cache.add(subclass)
                return True
        cls._abc_negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        """Print the registry and caches (for debugging)."""
        print(f'Class: {cls.__module__}.{cls.__qualname__}', file=file)
        print(f'Inv. counter: {get_cache_token()}', file=file)
        for name in ('_abc_registry', '_abc_cache', '_abc_negative_cache',
                     '_abc_negative_cache_version'):
            print(f'{name}: {getattr(cls, name)!r}', file=file)

    def _abc_registry_clear(cls):
        """Forget the registered classes (for tests)."""
        cls._abc_registry.clear()

    def _abc_caches_clear(cls):
        """Forget the remembered answers (for tests)."""
        cls._abc_cache.clear()
        cls._abc_negative_cache.clear()


def get_cache_token():
    """A value that changes whenever a class is registered with any ABC.

    Code that caches isinstance() answers can compare it to know when to
    drop its cache (functools.singledispatch does).
    """
    return ABCMeta._abc_invalidation_counter


def update_abstractmethods(cls):
    """Compute cls.__abstractmethods__ again and return cls.

    For class decorators that add or replace methods after the class was
    created: without this, an abstract method implemented late would still
    block instantiation. Classes that are not ABCs are returned unchanged.
    """
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    cls.__abstractmethods__ = _compute_abstracts(cls)
    return cls


class ABC(metaclass=ABCMeta):
    """A base class for ABCs: class Shape(ABC) instead of metaclass=ABCMeta."""
    __slots__ = ()
