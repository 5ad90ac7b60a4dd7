// float: an IEEE double, always stored in the Value (VAL_FLOAT).
#ifndef CS_RUNTIME_OBJ_FLOAT_H
#define CS_RUNTIME_OBJ_FLOAT_H

#include "runtime/object.h"

// Python's float hash (equal to the int hash for integral values).
int64_t float_hash(double d);
// repr(d) as a new str.
Obj *float_repr_obj(ThreadState *ts, double d);
// Converts a float or int (or an object with __float__/__index__) to a double.
bool val_to_double(ThreadState *ts, Value v, double *out);
// Python's float // and % with their sign rules; raise ZeroDivisionError.
bool float_floordiv(ThreadState *ts, double a, double b, double *out);
bool float_mod(ThreadState *ts, double a, double b, double *out);
Value float_pow(ThreadState *ts, double a, double b);
// Compares a float with an int exactly (as CPython does for big ints).
int float_int_compare(ThreadState *ts, double f, Value i, int *result);

#endif
