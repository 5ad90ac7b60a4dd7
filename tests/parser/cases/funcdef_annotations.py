# Annotations on parameters and returns.
def f(a: int) -> int: pass
def f(a: int = 1, *args: str, b: 'x' = 2, **kwargs: dict) -> None: pass
def f(a: list[int], /) -> tuple[int, ...]: pass
def f(*args: *Ts): pass
def f() -> lambda: 1: pass
