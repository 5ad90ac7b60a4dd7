# A failing unary minus is underlined as a whole.
x = "s"
y = -x
