# TypeError from str.join of non-strings.
", ".join([1, 2])
