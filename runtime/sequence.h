// Helpers shared by the built-in sequences (tuple, list, str, bytes, range).
#ifndef CS_RUNTIME_SEQUENCE_H
#define CS_RUNTIME_SEQUENCE_H

#include "runtime/object.h"

// Lexicographic comparison of two arrays of values.
Value seq_richcompare(ThreadState *ts, Value *a, int64_t na, Value *b, int64_t nb, CmpOp op);
// Resolves key as an index into a sequence of length n (negative from the
// end); `what` names the sequence in messages ("list index out of range").
bool seq_index(ThreadState *ts, Value key, int64_t n, int64_t *out, const char *what);
// The count of `seq * n`: >= 0, -1 with an exception, -2 if n is not an int.
int64_t seq_repeat_count(ThreadState *ts, Value n);

#endif
