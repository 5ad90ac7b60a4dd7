# A source line indented with a tab is quoted without it.
def f():
	return 1 / 0
f()
