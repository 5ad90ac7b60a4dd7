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
    Value handled_exc;       // the generator's own "exception being handled"
    bool running;
    bool started;
    bool awaited;            // coroutine: was ever awaited/sent to (for the warning)
    Value yieldfrom;         // borrowed view of the object delegated to, for gi_yieldfrom
} ObjGen;

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

#endif
