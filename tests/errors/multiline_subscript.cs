# A subscript spread over several lines.
d = {}
x = d[
    "key"
]
