# Deeply nested blocks.
def outer():
    for i in range(3):
        if i:
            while i:
                try:
                    with ctx:
                        if a:
                            pass
                        else:
                            i -= 1
                except E:
                    break
        else:
            continue
    return i

class K:
    def m(self):
        def inner():
            class L:
                pass
            return L
        return inner
