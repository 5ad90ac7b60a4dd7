# ValueError from float() of a malformed string.
float("1.2.3")
