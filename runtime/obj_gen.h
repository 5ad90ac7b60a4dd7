// Generators and coroutines: a function call suspended in its own frame.
// `yield` (and `await`, which delegates like `yield from`) returns from the
// eval loop with the frame intact; send/next resume it where it stopped.
#ifndef CS_RUNTIME_OBJ_GEN_H
#define CS_RUNTIME_OBJ_GEN_H

#include "runtime/frame.h"

typedef struct ObjGen {
    Obj base;
    Frame *frame;            // owned; NULL once finished
    Obj *name, *qualname;    // str
    Obj *code;               // the code object (kept after the frame is gone)
    Value handled_exc;       // the generator's own "exception being handled"
    bool running;
    bool started;
    bool awaited;            // coroutine: was ever awaited/sent to (for the warning)
    Value yieldfrom;         // borrowed view of the object delegated to, for gi_yieldfrom
    bool running_async;      // async generator: an asend()/athrow() is under way
    bool closed;             // async generator: aclose() was awaited, or it ended
} ObjGen;

// Async generators (runtime/obj_asyncgen.c): an ObjGen of this type.
extern Type AsyncGenType;

// Creates the generator/coroutine for a call of func whose frame is
// already set up (the frame is stolen). New reference.
Obj *gen_new(ThreadState *ts, Type *type, Frame *frame, ObjFunction *func);

typedef enum GenStatus { GEN_YIELDED, GEN_RETURNED, GEN_ERROR } GenStatus;
// Resumes gen with `value` sent in (VNULL = throw the pending exception
// into it). *out receives the yielded or returned value (new reference).
GenStatus gen_send_ex(ThreadState *ts, Obj *gen, Value value, bool exc, Value *out);
// Converts a StopIteration/return into a value for `yield from`.
Value gen_next(ThreadState *ts, Obj *gen);
// gen.throw(exc): raises exc inside the generator.
GenStatus gen_throw(ThreadState *ts, Obj *gen, Value exc, Value *out);
Value gen_close(ThreadState *ts, Obj *gen);
// throw(typ[, val[, tb]]) with CPython's checks of its arguments: like
// gen_throw, or GEN_ERROR with TypeError.
GenStatus gen_throw_args(ThreadState *ts, Obj *gen, Value *args, int64_t nargs, Value *out);
// The dealloc and getattr slots shared by the three kinds (gi_/cr_/ag_).
void gen_dealloc(Obj *o);
Value gen_getattr(ThreadState *ts, Value v, Obj *name);
// "generator", "coroutine" or "async generator", for messages.
const char *gen_kind_name(Obj *gen);

// ASYNC_GEN_WRAP: marks a value an async generator yields (as opposed to
// one an await inside it passes through to the event loop). New reference.
Value asyncgen_wrap(ThreadState *ts, Value v);
// agen.__anext__(): the awaitable of its next value. New reference.
Value asyncgen_anext(ThreadState *ts, Value agen);
// The builtins aiter(obj) and anext(aiter[, default]) (dflt VNULL: none):
// new references, or NULL with TypeError as CPython words it.
Value asyncgen_aiter(ThreadState *ts, Value obj);
Value asyncgen_anext_of(ThreadState *ts, Value aiter, Value dflt);
// Adds the methods of the async generator types (from gen_init_types).
void asyncgen_init_types(ThreadState *ts);

#endif
