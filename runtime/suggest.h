// "Did you mean" suggestions, as CPython 3.11 appends them to the last
// line of an uncaught NameError or AttributeError:
//
//     NameError: name 'prnt' is not defined. Did you mean: 'print'?
//     AttributeError: 'list' object has no attribute 'apend'. Did you mean: 'append'?
//
// The suggestion is computed when the report is printed, from what the
// exception remembers about its raise site:
//   - AttributeError: exc.name (the attribute) and exc.obj (the object);
//     its candidates are dir(obj).
//   - NameError: exc.name and the globals dict it was looked up in (kept
//     under SUGGEST_GLOBALS_KEY in the exception's dict); its candidates
//     are the local variable names of the innermost traceback frame's
//     code, then the globals, then the builtins.
// The raise sites fill these in with the two *_context functions below.
// Only exceptions of exactly these two types get suggestions, as in 3.11.
#ifndef CS_RUNTIME_SUGGEST_H
#define CS_RUNTIME_SUGGEST_H

#include "runtime/object.h"

// The exception-dict key under which a NameError keeps the globals dict
// of the frame that raised it.
#define SUGGEST_GLOBALS_KEY "__globals__"

// Call right after an attribute lookup of `name` on `obj` failed: when the
// pending exception is an AttributeError that does not yet say what it is
// about, sets its .name and .obj (as CPython's PyObject_GetAttr does).
// Does nothing for any other pending exception. Never raises.
void suggest_attribute_error_context(ThreadState *ts, Value obj, Obj *name);

// Call right after raising NameError for `name` (not found in `globals`
// nor in the builtins): sets .name and remembers `globals` (a dict, not
// stolen; may be NULL) for the suggestion. Never raises.
void suggest_name_error_context(ThreadState *ts, Obj *name, Obj *globals);

// The trailer for the report's last line, e.g. ". Did you mean: 'print'?",
// as a new str; NULL when there is nothing to suggest (never raises: any
// error while looking is swallowed, as CPython does).
Obj *suggest_for_exception(ThreadState *ts, Value exc);

// The edit distance CPython uses to rank candidates: insertions, deletions
// and substitutions cost 2, a substitution that only changes ASCII case
// costs 1. Gives up (returning max_cost + 1) once the distance must exceed
// max_cost or when a string, after trimming the common prefix and suffix,
// is longer than 40 bytes.
int64_t suggest_distance(const char *a, size_t a_len, const char *b, size_t b_len, int64_t max_cost);

#endif
