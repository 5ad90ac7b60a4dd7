# cs has no complex type: a complex literal anywhere is a SyntaxError
# (not a crash of the compiler, even inside a conditional expression).
print(1j if False else "no complex")
