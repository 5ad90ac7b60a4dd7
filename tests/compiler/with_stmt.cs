# with statements: one manager with a target, then two managers.
def read(path):
    with open(path) as f:
        data = f.read()
    with open(path) as a, open(path) as b:
        pass
    return data
