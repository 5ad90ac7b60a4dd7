// bytes and bytearray: sequences of small ints, stored as raw bytes.
//
// bytes is immutable with its bytes inline; bytearray is mutable over a
// separate growable buffer. Both index to ints and slice to their own type.
// Their common methods (find, split, strip, decode...) are in
// bytes_methods.c; the codecs are in codec.c.
#ifndef CS_RUNTIME_OBJ_BYTES_H
#define CS_RUNTIME_OBJ_BYTES_H

#include "runtime/object.h"

struct StrBuf;

typedef struct ObjBytes {
    Obj base;
    int64_t len;
    int64_t hash;            // -1 until computed
    char data[];             // NUL-terminated for convenience
} ObjBytes;

typedef struct ObjByteArray {
    Obj base;
    int64_t len, cap;
    char *data;              // cs_malloc'd, owned; NULL until the first store
} ObjByteArray;

extern Type ByteArrayType;

static inline bool val_is_bytes(Value v) { return v.tag == VAL_OBJ && v.as.obj->type == &BytesType; }
static inline bool val_is_bytearray(Value v) {
    return v.tag == VAL_OBJ && val_isinstance(v, &ByteArrayType);
}

// New bytes holding a copy of data. NULL with MemoryError.
Obj *bytes_new(ThreadState *ts, const char *data, int64_t len);
// New bytearray holding a copy of data. NULL with MemoryError.
Obj *bytearray_new(ThreadState *ts, const char *data, int64_t len);
// A new object of the same kind as `like` (bytearray for a bytearray,
// bytes otherwise) holding a copy of data: what the methods return.
Value bytes_like_new(ThreadState *ts, Value like, const char *data, int64_t len);
// Points at the bytes of a bytes or bytearray (borrowed; a bytearray's
// pointer is valid until it is resized); false with TypeError "a
// bytes-like object is required, not 'str'" otherwise.
bool bytes_view(ThreadState *ts, Value v, const char **data, int64_t *len);
// Appends the repr of a byte string: b'...' with Python's quote choice and
// escapes.
void bytes_repr_to(struct StrBuf *sb, const char *data, int64_t len);

// Adds the methods of bytes and bytearray to their types.
void bytes_init_types(ThreadState *ts);
// bytes_methods.c: the methods the two types share.
void bytes_init_methods(ThreadState *ts);

#endif
