// Common definitions shared by every file of the interpreter: standard
// includes, the version, assertions and the forward declarations of the
// central structures (objects, types, the interpreter and thread states).
//
// cs_assert checks our own invariants and is compiled in only for debug and
// sanitizer builds (CS_DEBUG). A user's mistake is never an assert: it is an
// exception. cs_fatal is for the unrecoverable (a broken invariant in a
// release build, a failed pthread call) and names the file and line.
#ifndef CS_RUNTIME_COMMON_H
#define CS_RUNTIME_COMMON_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CS_VERSION "0.1.0"
// The Python version whose behaviour cs follows; sys.version_info reports it.
#define CS_PY_MAJOR 3
#define CS_PY_MINOR 11
#define CS_PY_MICRO 0

typedef struct Obj Obj;
typedef struct Type Type;
typedef struct Interp Interp;
typedef struct ThreadState ThreadState;

_Noreturn void cs_fatal_at(const char *file, int line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
#define cs_fatal(...) cs_fatal_at(__FILE__, __LINE__, __VA_ARGS__)

#ifdef CS_DEBUG
#define cs_assert(cond) ((cond) ? (void)0 : cs_fatal("assertion failed: %s", #cond))
#else
#define cs_assert(cond) ((void)0)
#endif

#define LIKELY(x) __builtin_expect(!!(x), 1)
#define UNLIKELY(x) __builtin_expect(!!(x), 0)

#endif
