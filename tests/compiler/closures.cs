# A closure: a cell in the outer function, a free variable in the inner ones.
def counter():
    count = 0
    def bump(step=1):
        nonlocal count
        count += step
        return count
    def peek():
        return count
    return bump, peek
