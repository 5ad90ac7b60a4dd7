# TypeError: unsupported operand types for +.
total = 1 + "2"
