# TypeError from an augmented assignment.
total = 0
total += "x"
