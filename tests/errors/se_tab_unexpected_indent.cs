# IndentationError on a line indented with a tab.
	x = 1
