# Imports, a global declaration, assert, and module-level code.
import sys
from os import path as p, sep
counter = 0

def bump():
    global counter
    counter += 1
    assert counter > 0, "must be positive"
    return sys.maxsize

if __name__ == "__main__":
    bump()
