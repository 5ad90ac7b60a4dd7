# A class header without its colon.
class A(B)
    pass
