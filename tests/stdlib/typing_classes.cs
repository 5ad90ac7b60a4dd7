# typing: class-syntax NamedTuple and TypedDict, and get_type_hints.
import typing
from typing import (Any, ClassVar, Dict, List, NamedTuple, Optional, TypedDict, Union,
                    get_type_hints, Annotated)

class Point(NamedTuple):
    x: int
    y: int = 0
    def norm1(self) -> int:
        return abs(self.x) + abs(self.y)
p = Point(3, -4)
print(p, p.norm1(), Point.__annotations__, Point._field_defaults, Point(1), Point._fields)
print(isinstance(p, tuple), p._replace(y=1), p._asdict(), Point._make([5, 6]), Point.__name__)
try:
    class Bad(NamedTuple):
        a: int = 0
        b: int
except TypeError as e:
    print("TypeError", e)
try:
    class Bad2(NamedTuple):
        x: int
        def _make(cls):
            pass
except AttributeError as e:
    print("AttributeError", e)

class Movie(TypedDict, total=False):
    name: str
    year: int
class Rated(Movie):
    rating: float
m = Movie(name="x")
print(m, type(m), sorted(Movie.__optional_keys__), Movie.__total__, Movie.__annotations__)
print(Rated(name="y", rating=4.5), sorted(Rated.__required_keys__), sorted(Rated.__optional_keys__), Rated.__total__)
print(typing.is_typeddict(Rated), typing.is_typeddict(Point))
try:
    isinstance(m, Movie)
except TypeError as e:
    print("TypeError", e)

class Node:
    value: int
    children: "List[Node]"
    label: ClassVar[str] = "n"
    meta: Annotated[str, "units"] = ""
def build(values: List[int], parent: Optional["Node"] = None, *rest: "int", **kw: Any) -> "Node":
    return Node()
print(get_type_hints(Node))
print(get_type_hints(build))
print(get_type_hints(Node, include_extras=True)["meta"], get_type_hints(len), get_type_hints(lambda: 0))
class Child(Node):
    extra: Union[int, str]
print(list(get_type_hints(Child)))
def noted(a: None, b: "Dict[str, int]"):
    pass
print(get_type_hints(noted))
@typing.no_type_check
def skipped(a: "undefined"):
    pass
print(get_type_hints(skipped))
