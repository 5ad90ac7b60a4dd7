# Two statements on one line: only the failing one is underlined.
a = 1; b = a / 0
