# Bytes literals and their prefixes.
a = b'bytes', B"BYTES", b'''triple''', b""""""
b = br'raw\n', rb'raw\x00', Rb'x', bR'y', BR'z', rB'w'
c = b'\x00\x01\xff\n\t\'"', b"'", b'"', b'\777'
d = b'abc' b'def'
