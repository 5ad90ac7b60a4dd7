# TypeError from sorting mixed types.
sorted([3, "a", 1])
