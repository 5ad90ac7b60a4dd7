# A no-break space between tokens.
x = 1
