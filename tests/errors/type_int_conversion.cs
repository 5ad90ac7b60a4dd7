# TypeError: int() of a list.
int([1])
