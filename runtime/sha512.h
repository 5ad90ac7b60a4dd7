// SHA-512 (FIPS 180-4): a 64-byte digest of a byte string.
//
// The random module needs it to seed from a str or bytes exactly as
// CPython does (the seed is the text followed by its SHA-512 digest, read
// as one big integer). It is a pure function of its input, with no state
// between calls and no allocation.
#ifndef CS_RUNTIME_SHA512_H
#define CS_RUNTIME_SHA512_H

#include "runtime/common.h"

#define SHA512_DIGEST_SIZE 64

// Writes the digest of data[0..len) to out.
void sha512_digest(const void *data, size_t len, uint8_t out[SHA512_DIGEST_SIZE]);

#endif
