# SyntaxError on a line indented with a tab.
if True:
	x = = 2
