# mode: eval
x + 1, f(y), [z for z in w]
