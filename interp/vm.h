// The eval loop's interface: running frames, calling from C into code
// written in the language, and what the rest of the interpreter may ask of
// the running thread.
#ifndef CS_INTERP_VM_H
#define CS_INTERP_VM_H

#include "runtime/frame.h"
#include "runtime/obj_gen.h"

// Runs frame f on ts until it returns, yields or raises. f becomes the
// thread's current frame (linked to the caller's) for the duration. With
// `throwing`, f resumes by raising the pending exception where it was
// suspended. *result receives the returned or yielded value (new
// reference). A frame from frame_push is popped when it finishes; a
// generator's frame stays with its generator. May release the GIL.
GenStatus vm_run_frame(ThreadState *ts, Frame *f, bool throwing, Value *result);

// Runs a module's code object in `globals` (also its locals). New reference
// to the result (None), or VNULL with the exception set.
Value vm_run_code(ThreadState *ts, ObjCode *code, Obj *globals, Obj *locals);

// Makes the generator or coroutine for a call of func (whose code has a
// generator/coroutine flag) without running it. New reference.
Value vm_start_generator(ThreadState *ts, ObjFunction *func, Value *args, int64_t nargs, Obj *kwnames);

// Runs func's code (a class body) with `locals` as its namespace.
Value vm_call_with_locals(ThreadState *ts, ObjFunction *func, Obj *locals);

// Called at safe points when ts->eval_breaker is set: hands the GIL over,
// runs signal handlers, raises posted exceptions. Returns false with an
// exception set (KeyboardInterrupt...).
bool vm_handle_breaker(ThreadState *ts);

#endif
