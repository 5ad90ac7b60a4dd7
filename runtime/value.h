// Value: what a variable, a stack slot or a container element holds.
//
// A Value is a small tagged union passed by value (16 bytes, two registers
// on x86-64). None, booleans, integers that fit in 64 bits and floats live
// inside the Value itself, so arithmetic on them never allocates; everything
// else (strings, lists, big integers, functions...) is a pointer to a
// reference-counted heap object.
//
// Invariants:
//  - An integer is VAL_INT when it fits in int64_t; only values outside that
//    range are heap big integers (see obj_int.c). So two ints are equal when
//    their tags and payloads are equal, small and big never compare equal.
//  - VAL_NULL is not a Python value. It marks an unbound local, an empty
//    slot, and is what a function returns to say "an exception is set".
//  - Only VAL_OBJ values carry a reference; val_incref/val_decref do nothing
//    for the others.
//
// The object header (reference count and type) is defined here because the
// reference-count helpers below need it; the Type and the object protocol
// are in object.h.
#ifndef CS_RUNTIME_VALUE_H
#define CS_RUNTIME_VALUE_H

#include "runtime/common.h"

typedef enum ValueTag {
    VAL_NULL = 0,
    VAL_NONE,
    VAL_BOOL,
    VAL_INT,
    VAL_FLOAT,
    VAL_OBJ,
} ValueTag;

typedef struct Value {
    ValueTag tag;
    union {
        int64_t i;      // VAL_INT, VAL_BOOL (0 or 1)
        double f;       // VAL_FLOAT
        Obj *obj;       // VAL_OBJ
    } as;
} Value;

// Every heap object starts with this header. The count is not atomic: the
// GIL is what makes it safe (see gil.c).
struct Obj {
    int64_t refcnt;
    Type *type;
};

// A count this high is never reached by increments and never falls to zero:
// statically allocated objects (built-in types, singletons) start with it.
#define IMMORTAL_REFCNT ((int64_t)1 << 60)

void obj_dealloc(Obj *obj);   // object.c: called when the count reaches zero

#define VNULL ((Value){.tag = VAL_NULL, .as = {.i = 0}})
#define VNONE ((Value){.tag = VAL_NONE, .as = {.i = 0}})
#define VTRUE ((Value){.tag = VAL_BOOL, .as = {.i = 1}})
#define VFALSE ((Value){.tag = VAL_BOOL, .as = {.i = 0}})

static inline Value val_int(int64_t i) { return (Value){.tag = VAL_INT, .as = {.i = i}}; }
static inline Value val_float(double f) { return (Value){.tag = VAL_FLOAT, .as = {.f = f}}; }
static inline Value val_bool(bool b) { return (Value){.tag = VAL_BOOL, .as = {.i = b}}; }
static inline Value val_obj(Obj *o) { return (Value){.tag = VAL_OBJ, .as = {.obj = o}}; }

static inline bool val_is_null(Value v) { return v.tag == VAL_NULL; }
static inline bool val_is_none(Value v) { return v.tag == VAL_NONE; }
static inline bool val_is_int(Value v) { return v.tag == VAL_INT; }
static inline bool val_is_float(Value v) { return v.tag == VAL_FLOAT; }
static inline bool val_is_bool(Value v) { return v.tag == VAL_BOOL; }
static inline bool val_is_obj(Value v) { return v.tag == VAL_OBJ; }

static inline void obj_incref(Obj *o) { o->refcnt++; }
static inline void obj_decref(Obj *o) {
    if (--o->refcnt == 0) {
        obj_dealloc(o);
    }
}
static inline void obj_xdecref(Obj *o) {
    if (o) {
        obj_decref(o);
    }
}

static inline void val_incref(Value v) {
    if (v.tag == VAL_OBJ) {
        v.as.obj->refcnt++;
    }
}
static inline void val_decref(Value v) {
    if (v.tag == VAL_OBJ && --v.as.obj->refcnt == 0) {
        obj_dealloc(v.as.obj);
    }
}
// Returns v with one more reference: for "store a copy" one-liners.
static inline Value val_dup(Value v) {
    val_incref(v);
    return v;
}
// Replaces *slot by v (stealing v) and releases the old value last, so a
// destructor that looks at the slot sees a consistent state.
static inline void val_set(Value *slot, Value v) {
    Value old = *slot;
    *slot = v;
    val_decref(old);
}
static inline void val_clear(Value *slot) { val_set(slot, VNULL); }

// Identity, as the `is` operator sees it.
static inline bool val_is(Value a, Value b) {
    if (a.tag != b.tag) {
        return false;
    }
    if (a.tag == VAL_FLOAT) {
        // The same bits: `x is x` holds for a NaN.
        return memcmp(&a.as.f, &b.as.f, sizeof(double)) == 0;
    }
    return a.as.i == b.as.i;
}

#endif
