// str: immutable Unicode text, stored as UTF-8.
//
// len counts code points, as Python's len() does; nbytes counts the UTF-8
// bytes. Most strings are ASCII, and for them a code point index is a byte
// index, so indexing and slicing are O(1); for other strings an index is
// found by scanning (str_cp_offset), which is O(n).
//
// Interned strings (attribute and variable names, identifiers in code,
// one-character ASCII strings) are unique per content and immortal, so two
// of them are equal exactly when their pointers are: dict lookups with
// names compare pointers first.
#ifndef CS_RUNTIME_OBJ_STR_H
#define CS_RUNTIME_OBJ_STR_H

#include "runtime/object.h"

typedef struct ObjStr {
    Obj base;
    int64_t len;             // code points
    int64_t nbytes;          // UTF-8 bytes, not counting the NUL
    int64_t hash;            // -1 until computed
    bool ascii;
    bool interned;
    char data[];             // UTF-8, NUL-terminated
} ObjStr;

static inline ObjStr *as_str(Value v) { return (ObjStr *)v.as.obj; }
static inline bool val_is_str(Value v) { return v.tag == VAL_OBJ && v.as.obj->type == &StrType; }
static inline bool val_is_str_like(Value v) { return v.tag == VAL_OBJ && val_isinstance(v, &StrType); }
static inline const char *str_cstr(Obj *s) { return ((ObjStr *)s)->data; }

// New references; NULL with MemoryError.
Obj *str_new(ThreadState *ts, const char *utf8, int64_t nbytes);   // valid UTF-8
Obj *str_from_cstr(ThreadState *ts, const char *s);
// The length in code points is given, saving a scan.
Obj *str_new_known(ThreadState *ts, const char *utf8, int64_t nbytes, int64_t len);
// Room for nbytes to be filled in by the caller, then str_finish.
Obj *str_new_uninit(ThreadState *ts, int64_t nbytes);
void str_finish(Obj *s);
// Decodes possibly invalid UTF-8 (file contents): raises UnicodeDecodeError.
Obj *str_decode_utf8(ThreadState *ts, const char *bytes, int64_t nbytes);
// "%s %R ..." formatting (see exc_raise for the directives).
Obj *str_format_c(ThreadState *ts, const char *fmt, ...);
Obj *str_vformat_c(ThreadState *ts, const char *fmt, va_list ap);
// A one-code-point string. ASCII ones are cached.
Obj *str_from_codepoint(ThreadState *ts, uint32_t cp);

// Interning. str_intern steals s and returns the unique interned copy
// (immortal). str_intern_cstr never fails (aborts when out of memory).
Obj *str_intern(ThreadState *ts, Obj *s);
Obj *str_intern_cstr(const char *s);

int64_t str_hash(Obj *s);
bool str_eq(Obj *a, Obj *b);
// Compares code point by code point (UTF-8 byte order is code point order).
int str_compare(Obj *a, Obj *b);
bool str_eq_cstr(Obj *a, const char *s);
// Byte offset of code point index i (0 <= i <= len).
int64_t str_cp_offset(ObjStr *s, int64_t i);
// Code point count of a byte range.
int64_t utf8_count(const char *s, int64_t nbytes);
// Decodes the code point at *p and advances *p.
uint32_t utf8_next(const char **p);
Obj *str_concat(ThreadState *ts, Obj *a, Obj *b);
// Code point range [start, stop) with the given step, as s[start:stop:step].
Obj *str_slice(ThreadState *ts, ObjStr *s, int64_t start, int64_t stop, int64_t step);
// Python's repr of a str, appended to sb.
struct StrBuf;
void str_repr_to(struct StrBuf *sb, ObjStr *s, bool ascii_only);
// str.join(iterable)
Value str_join(ThreadState *ts, Obj *sep, Value iterable);

#endif
