// Text encodings: str.encode, bytes.decode and bytes(str, encoding) for the
// three codecs every script uses (UTF-8, ASCII, Latin-1), with Python's
// encoding names, error handlers and exception messages.
#ifndef CS_RUNTIME_CODEC_H
#define CS_RUNTIME_CODEC_H

#include "runtime/object.h"

typedef enum Codec { CODEC_UTF8, CODEC_ASCII, CODEC_LATIN1 } Codec;

// Reads the `encoding` and `errors` arguments of `func` (either may be
// VNULL for the defaults 'utf-8' and 'strict'). Raises TypeError when one
// is not a str ("decode() argument 'encoding' must be str, not int") and
// LookupError for an unknown encoding. *errors is borrowed from the
// argument: like Python, an unknown handler name is reported only when an
// error needs handling.
bool codec_parse(ThreadState *ts, const char *func, Value encoding, Value errors, Codec *codec,
                 const char **errors_name);

// Decodes bytes into a new str. Handlers: strict, ignore, replace,
// backslashreplace, surrogateescape. Raises UnicodeDecodeError or
// LookupError (unknown handler).
Obj *codec_decode(ThreadState *ts, const char *data, int64_t len, Codec codec, const char *errors);

// Encodes a str into new bytes. Handlers: strict, ignore, replace,
// backslashreplace, xmlcharrefreplace, surrogateescape. Raises
// UnicodeEncodeError or LookupError.
Obj *codec_encode(ThreadState *ts, Obj *str, Codec codec, const char *errors);

#endif
