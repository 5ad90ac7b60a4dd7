# while loops with else.
while x:
    x -= 1
while True:
    break
else:
    pass
while a < b: a += 1
