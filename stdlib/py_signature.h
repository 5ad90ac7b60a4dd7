// Binding the arguments of a C function that stands in for a function
// written in Python, with the messages Python gives for such a function.
//
// Many modules that cs writes in C are Python code in CPython (random's
// Random methods, os.path, signal.signal...), and a script that prints an
// exception sees the difference: a Python function says
// "split() missing 1 required positional argument: 'p'" where a C one says
// "split() takes exactly one argument (0 given)". py_signature_bind gives
// the former.
#ifndef CS_STDLIB_PY_SIGNATURE_H
#define CS_STDLIB_PY_SIGNATURE_H

#include "runtime/object.h"

// A function's parameters: `names` lists the positional-or-keyword ones
// first, then the keyword-only ones.
typedef struct PySignature {
    const char *qualname;    // as messages show it: "split", "Random.sample"
    const char *const *names;
    int npos;                // positional-or-keyword parameters
    int nkwonly;             // keyword-only parameters (all optional)
    int nrequired;           // how many of the positional ones are required
    bool method;             // counts self in "takes 2 positional arguments"
} PySignature;

// Binds args (nargs positional values, then one value per name in
// kwnames) to out[0 .. npos + nkwonly), borrowed, VNULL for a parameter
// not given. false with TypeError ("missing 1 required positional
// argument", "takes from 1 to 2 positional arguments but 3 were given",
// "got an unexpected keyword argument", "got multiple values for argument").
bool py_signature_bind(ThreadState *ts, const PySignature *sig, Value *args, int64_t nargs, Obj *kwnames,
                       Value *out);

#endif
