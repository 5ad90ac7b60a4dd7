// Argument checking for native methods, with CPython's messages.
//
// CPython's built-in methods report bad calls in three styles, depending on
// how each method is declared there, and scripts that print exception
// messages see the difference:
//   ARGS_VARARGS  "count() takes at least 1 argument (0 given)"
//   ARGS_CLINIC   "strip expected at most 1 argument, got 2"
//   ARGS_FIXED    "str.zfill() takes exactly one argument (0 given)"
// All three reject keywords with "str.index() takes no keyword arguments".
#ifndef CS_RUNTIME_ARGS_H
#define CS_RUNTIME_ARGS_H

#include "runtime/object.h"

typedef enum ArgStyle { ARGS_VARARGS, ARGS_CLINIC, ARGS_FIXED } ArgStyle;

// Checks a positional-only call: min <= nargs <= max and no keywords.
// type_name and name make up "type.name()". false with TypeError.
bool args_check(ThreadState *ts, const char *type_name, const char *name, int64_t nargs,
                Obj *kwnames, int min, int max, ArgStyle style);

// Matches positional and keyword arguments to the parameters names[0..n)
// of method `name`, storing borrowed values in out[] (VNULL for those not
// given). The first `min` are required. false with TypeError.
bool args_parse(ThreadState *ts, const char *name, Value *args, int64_t nargs, Obj *kwnames,
                const char *const *names, int n, int min, Value *out);

// A start/end argument of find, count, startswith...: None or VNULL leaves
// *out alone; an int too large for int64_t is clamped, as CPython does.
// false with TypeError.
bool args_slice_index(ThreadState *ts, Value v, int64_t *out);

// Clips start/end to a sequence of length len, the way slicing does.
void args_adjust_range(int64_t len, int64_t *start, int64_t *end);

#endif
