# A tuple as an augmented assignment target.
a, b += 1
