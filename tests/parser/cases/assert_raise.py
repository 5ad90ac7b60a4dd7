# assert and raise.
assert x
assert x, 'message'
assert (x, y)
raise
raise ValueError
raise ValueError('msg')
raise ValueError from err
raise ValueError('x') from None
