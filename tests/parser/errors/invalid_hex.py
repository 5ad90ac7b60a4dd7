# A hexadecimal literal with no digits.
x = 0x
