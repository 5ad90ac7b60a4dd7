// The random module's shared parts: the Random object (a Mersenne Twister
// generator) and the primitives every method is built on. CPython's
// Random methods are Python functions, so their arguments are bound with
// py_signature_bind, whose errors read "Random.sample() missing 1
// required positional argument: 'k'".
//
// The methods are split by concept: mod_random.c has the generator, its
// seeding and state, and the module; mod_random_choice.c the integer and
// sequence methods (randrange, choice, shuffle, sample, choices...);
// mod_random_dist.c the real-valued distributions (uniform, gauss...).
#ifndef CS_STDLIB_MOD_RANDOM_H
#define CS_STDLIB_MOD_RANDOM_H

#include "runtime/obj_func.h"
#include "stdlib/py_signature.h"

#define MT_N 624

typedef struct ObjRandom {
    Obj base;
    Obj *dict;               // instance attributes (Random instances have a __dict__)
    uint32_t state[MT_N];    // the MT19937 state words
    int index;               // next word of state to temper; MT_N: regenerate first
    bool has_gauss;          // gauss() computes two values and keeps one for next time
    double gauss_next;
} ObjRandom;

extern Type RandomType;

// The next 32 random bits of r's own generator.
uint32_t mod_random_genrand(ObjRandom *r);

// self.random(): a float in [0, 1). Calls a subclass's override of
// random(). false with an exception (only an override can fail).
bool mod_random_float(ThreadState *ts, Value self, double *out);

// self._randbelow(n) for an int n > 0: a uniform int in [0, n), using
// getrandbits or random() as CPython chooses for the class of self. New
// reference or VNULL.
Value mod_random_below(ThreadState *ts, Value self, Value n);
// The same for n in [1, 2**62], without boxing. false with an exception.
bool mod_random_below_i64(ThreadState *ts, Value self, int64_t n, int64_t *out);

// The methods defined in mod_random_choice.c and mod_random_dist.c.
extern const MethodDef mod_random_choice_methods[];
extern const MethodDef mod_random_dist_methods[];

#endif
