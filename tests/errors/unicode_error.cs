# UnicodeDecodeError from bytes.decode.
b"\xff".decode("utf-8")
