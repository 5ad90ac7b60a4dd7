// The parts of the math module that live in separate files: the integer
// functions (mod_math_int.c) and the sums and norms (mod_math_sum.c). The
// module object itself is made in mod_math.c, which adds these tables.
#ifndef CS_STDLIB_MOD_MATH_H
#define CS_STDLIB_MOD_MATH_H

#include "runtime/obj_func.h"

// factorial, gcd, lcm, isqrt, comb, perm (ended by a NULL name).
extern const MethodDef mod_math_int_functions[];
// fsum, prod, hypot, dist (ended by a NULL name).
extern const MethodDef mod_math_sum_functions[];

// Checks the argument count of a math function with CPython's messages
// ("math.sqrt() takes exactly one argument (2 given)" for one-argument
// functions, "atan2 expected 2 arguments, got 1" for the others) and that
// no keywords were given. false with TypeError.
bool mod_math_check_args(ThreadState *ts, const char *name, int64_t nargs, Obj *kwnames, int min,
                         int max);

#endif
