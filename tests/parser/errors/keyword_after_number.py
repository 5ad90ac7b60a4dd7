# A letter that starts no keyword right after a number.
x = 1xor 2
