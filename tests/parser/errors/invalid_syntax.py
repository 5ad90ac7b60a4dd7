# Two names side by side.
x y
