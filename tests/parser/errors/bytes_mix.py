# A bytes literal next to a str literal.
x = b"a" "b"
