# A traceback through a comprehension and three functions.
def parse(s):
    return int(s)
def load(lines):
    return [parse(x) for x in lines]
def main():
    load(["1", "two"])
main()
