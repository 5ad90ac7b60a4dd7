# typing: what needs the core's __mro_entries__ and isinstance() with
# non-type checkers: generic classes, isinstance on aliases, NewType.
import typing
from typing import (Any, Dict, Generic, List, NamedTuple, NewType, Optional, Sequence, TypedDict,
                    TypeVar, Union, Callable, Iterable, get_type_hints, ClassVar)

T = TypeVar("T")
K = TypeVar("K")

class Stack(Generic[T]):
    def __init__(self):
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(1)
print(Stack[int], Stack.__parameters__, s.pop(), Stack.__orig_bases__, Stack.__mro__, Stack[int]().__orig_class__)
class Pair(Generic[K, T]):
    pass
print(Pair[str, int], Pair[str, List[T]][int], Pair.__parameters__)
class IntStack(Stack[int]):
    pass
print(IntStack.__parameters__, IntStack.__mro__)
class MyList(List[int]):
    pass
print(MyList([1, 2]), MyList.__mro__)

print(isinstance([], List), isinstance({}, Dict), isinstance(1, Union[int, str]), isinstance("s", Optional[int]))
print(issubclass(list, List), issubclass(list, Sequence), isinstance([], Iterable), isinstance(len, Callable))
try:
    isinstance(1, List[int])
except TypeError as e:
    print("TypeError", e)
UserId = NewType("UserId", int)
try:
    class Sub(UserId):
        pass
except TypeError as e:
    print("TypeError", e)
