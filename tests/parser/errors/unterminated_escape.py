# A truncated \x escape.
s = "\x4"
