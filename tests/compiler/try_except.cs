# try with two except clauses (one binding a name), else and finally.
def parse(s):
    try:
        n = int(s)
    except ValueError as e:
        print("bad", e)
        n = 0
    except (TypeError, KeyError):
        raise
    else:
        n += 1
    finally:
        print("done")
    return n
