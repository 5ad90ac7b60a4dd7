# input(): reads a line from stdin without its newline, writes the prompt
# to stdout without a newline, and raises EOFError at the end of input.

line = input()
print("read:", repr(line))
line2 = input("prompt> ")
print("read:", repr(line2))
print("empty:", repr(input()))
print("spaces kept:", repr(input("")))
try:
    input("last> ")
except EOFError as e:
    print("EOFError:", repr(str(e)))
try:
    input("a", "b")
except TypeError as e:
    print(e)
