# KeyError of a tuple shows the tuple.
raise KeyError((1, 2))
