# Several elements before a comprehension.
x = [a, b for a, b in pairs]
