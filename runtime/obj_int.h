// int: small ints live in the Value (VAL_INT); ints outside int64_t are
// heap objects holding a BigNum (runtime/bignum.h). bool is a subclass
// whose values are VAL_BOOL.
//
// Every operation below takes int operands (VAL_INT, VAL_BOOL or a big
// ObjInt) and returns a normalized result: a big result that fits in
// int64_t comes back as VAL_INT.
#ifndef CS_RUNTIME_OBJ_INT_H
#define CS_RUNTIME_OBJ_INT_H

#include "runtime/object.h"

struct BigNum;
typedef struct ObjInt {
    Obj base;
    struct BigNum *num;
} ObjInt;

static inline bool val_is_bigint(Value v) { return v.tag == VAL_OBJ && v.as.obj->type == &IntType; }
// An exact int or bool (not a subclass instance).
static inline bool val_is_intlike(Value v) {
    return v.tag == VAL_INT || v.tag == VAL_BOOL || val_is_bigint(v);
}
// Any int, including instances of int subclasses.
bool val_is_int_subclass(Value v);

Value int_add(ThreadState *ts, Value a, Value b);
Value int_sub(ThreadState *ts, Value a, Value b);
Value int_mul(ThreadState *ts, Value a, Value b);
Value int_floordiv(ThreadState *ts, Value a, Value b);   // ZeroDivisionError
Value int_mod(ThreadState *ts, Value a, Value b);
Value int_divmod(ThreadState *ts, Value a, Value b);     // tuple
Value int_truediv(ThreadState *ts, Value a, Value b);    // float
// a ** b (b >= 0: int; b < 0: float), or pow(a, b, m) when m is not VNULL.
Value int_pow(ThreadState *ts, Value a, Value b, Value m);
Value int_lshift(ThreadState *ts, Value a, Value b);
Value int_rshift(ThreadState *ts, Value a, Value b);
Value int_and(ThreadState *ts, Value a, Value b);
Value int_or(ThreadState *ts, Value a, Value b);
Value int_xor(ThreadState *ts, Value a, Value b);
Value int_neg(ThreadState *ts, Value a);
Value int_invert(ThreadState *ts, Value a);
Value int_abs(ThreadState *ts, Value a);
int int_compare(Value a, Value b);            // -1, 0, 1
int int_sign(Value a);
int64_t int_hash(Value a);
// To double; raises OverflowError "int too large to convert to float".
bool int_to_double(ThreadState *ts, Value a, double *out);
// Fits in int64_t? (small ints always do; a normalized big int never does)
bool int_to_i64(Value a, int64_t *out);
// str(a) in base 10, or a prefix-free base 2..36 representation; "-" leads when a < 0.
// Returns a new reference, or NULL with an exception set.
Obj *int_to_str(ThreadState *ts, Value a, int base);
// int(string, base) with Python's rules; raises ValueError.
Value int_from_string(ThreadState *ts, const char *s, int64_t len, int base);
Value int_from_double(ThreadState *ts, double d);   // truncates; raises for inf/nan
Value int_from_bignum(ThreadState *ts, struct BigNum *n);   // steals n
// The BigNum of any int (a new one for small ints); NULL with MemoryError.
struct BigNum *int_as_bignum(ThreadState *ts, Value a);
Value int_from_i64(int64_t i);
Value int_from_u64(ThreadState *ts, uint64_t u);
// The int value of a bool or int-subclass instance.
Value int_exact(ThreadState *ts, Value v);

#endif
