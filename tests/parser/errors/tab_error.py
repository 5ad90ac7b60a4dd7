# A block indented with a tab inside one indented with spaces.
if x:
        a = 1
	b = 2
