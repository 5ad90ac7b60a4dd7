// float: an IEEE double, stored in the Value (VAL_FLOAT). Only instances of
// subclasses of float are heap objects (ObjFloat) holding their double.
#ifndef CS_RUNTIME_OBJ_FLOAT_H
#define CS_RUNTIME_OBJ_FLOAT_H

#include "runtime/object.h"

typedef struct ObjFloat {
    Obj base;
    double value;
} ObjFloat;

// A float or an instance of a subclass of float?
bool val_is_float_subclass(Value v);
// The double of a float or float-subclass instance (check with val_is_float_subclass).
static inline double float_value(Value v) {
    return v.tag == VAL_FLOAT ? v.as.f : ((ObjFloat *)v.as.obj)->value;
}

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
// float.hex and the class method float.fromhex (float_hex.c).
Value float_hex_method(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw);
Value float_fromhex_method(ThreadState *ts, Value cls, Value *args, int64_t nargs, Obj *kw);
// Compares a float with an int exactly (as CPython does for big ints).
int float_int_compare(ThreadState *ts, double f, Value i, int *result);

#endif
