# typing: aliases and their reprs, special forms, TypeVar, runtime helpers.
import typing
from typing import (Any, Callable, ClassVar, Dict, Final, FrozenSet, Iterable, Iterator, List,
                    Literal, Mapping, NamedTuple, NewType, Optional, Protocol, Sequence, Set,
                    Tuple, Type, TypedDict, TypeVar, Union, Annotated, cast, overload, final,
                    get_args, get_origin, runtime_checkable, TYPE_CHECKING)
import collections.abc

T = TypeVar("T")
K = TypeVar("K", bound=int)
C = TypeVar("C", covariant=True)
N = TypeVar("N", contravariant=True)
S = TypeVar("S", str, bytes)
print(Any, List, Dict, Tuple, Callable, Optional, Union, Type, Set, FrozenSet, Iterable, Mapping)
print(List[int], Dict[str, List[int]], Optional[int], Union[int, str], Union[int, str, None])
print(Callable[[int], str], Callable[..., int], Callable[[], None], Tuple[int, ...], Tuple[()], Tuple[int, str])
print(Literal["a", 1], ClassVar[int], Final[int], Annotated[int, "meta"], Type[int], Set[bytes], FrozenSet[int])
print(T, K, C, N, S, List[T], Dict[K, T], Union[int], Optional[Union[int, str]], Union[Union[int, str], float])
print(Sequence[int], Iterator[str], Mapping[str, Any], typing.Deque[int], typing.DefaultDict[str, int])
print(typing.Counter[str], typing.OrderedDict[str, int], typing.Generator[int, None, None], typing.Text, typing.AnyStr)
print(Optional["int"], List["Node"], typing.ForwardRef("X"), Union[int, "str"], Optional[None])
print(T.__name__, K.__bound__, S.__constraints__, C.__covariant__, N.__contravariant__, T.__bound__)

print(Union[int, str] == Union[str, int], Optional[int] == Union[None, int], List[int] == List[int], List[int] == List[str])
print(Union[int, int, str], Union[int, Union[str, float]], Literal[1, 1, 2], hash(List[int]) == hash(List[int]))
print(List[int].__origin__, List[int].__args__, Dict[K, T].__parameters__, Dict[K, T][int, str], List.__origin__)
print(Callable[[int, str], float].__args__, Tuple[int, ...].__args__, Union[int, str].__args__, Annotated[int, 1, 2].__metadata__)
print(typing.Deque[int]([1]), typing.DefaultDict[str, int](int), List.__subclasscheck__(list), Union[int, str].__instancecheck__(1))

for bad in [lambda: List[int].__instancecheck__(1), lambda: List(), lambda: isinstance(1, Any), lambda: Union[()],
            lambda: List[int, str], lambda: Optional[int, str], lambda: TypeVar("X", int),
            lambda: typing.NoReturn[int], lambda: typing.Generic[int], lambda: Any(),
            lambda: ClassVar[int, str], lambda: Annotated[int], lambda: Dict[int], lambda: Union(),
            lambda: TypeVar("B", covariant=True, contravariant=True), lambda: List[int][str],
            lambda: Union.__instancecheck__(1), lambda: Dict[K, T][int], lambda: List[int]([1])]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

print(get_origin(List[int]), get_args(Dict[str, int]), get_args(Callable[[int], str]), get_args(Callable[..., str]))
print(get_origin(Union[int, str]), get_args(Annotated[int, "x"]), get_origin(Annotated[int, "x"]), get_origin(int), get_args(int))
print(get_origin(List), get_args(List), get_origin(typing.Generic), get_args(Optional[int]), get_origin(ClassVar[int]))

UserId = NewType("UserId", int)
print(UserId, UserId(5), UserId.__supertype__, type(UserId(5)), cast(int, "x"), cast("List[int]", 3), TYPE_CHECKING)

@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2
print(double(2), double("ab"), len(typing.get_overloads(double)))
@overload
def only(x): ...
try:
    only(1)
except NotImplementedError as e:
    print("NotImplementedError", str(e)[:40])

@final
class Leaf:
    @final
    def method(self):
        return 1
print(Leaf.__final__, Leaf.method.__final__)

Point = NamedTuple("Point", [("x", int), ("y", int)])
p = Point(1, 2)
print(p, p.x, Point._fields, Point.__annotations__, isinstance(p, tuple))
Pair = NamedTuple("Pair", a=str, b=float)
print(Pair("x", 1.5), Pair.__annotations__)
Movie = TypedDict("Movie", {"name": str, "year": int})
m = Movie(name="Blade Runner", year=1982)
print(m, type(m), Movie.__annotations__, sorted(Movie.__required_keys__), Movie.__total__)
Partial = TypedDict("Partial", {"a": int}, total=False)
print(Partial(a=1), sorted(Partial.__optional_keys__), typing.is_typeddict(Movie), typing.is_typeddict(dict))

@runtime_checkable
class Closable(Protocol):
    def close(self): ...
class Resource:
    def close(self):
        return "closed"
class NotClosable:
    pass
print(isinstance(Resource(), Closable), isinstance(NotClosable(), Closable), issubclass(Closable, Protocol))
class Plain(Protocol):
    def run(self): ...
try:
    isinstance(Resource(), Plain)
except TypeError as e:
    print("TypeError", e)
try:
    Plain()
except TypeError as e:
    print("TypeError", e)
class Impl(Closable):
    pass
print(Impl().close(), isinstance(Impl(), Closable))
print(isinstance(1, typing.SupportsInt), isinstance("x", typing.SupportsInt), isinstance(1.5, typing.SupportsFloat), isinstance(3, typing.SupportsIndex), isinstance(-1, typing.SupportsAbs))

def takes(x: "List[int]", y: Optional[str] = None) -> Dict[str, int]:
    return {}
print(takes([1]), callable(takes))
print(sorted(typing.__all__)[:8], len(typing.__all__) > 80)
