// Frame objects: what Python code sees of a frame (sys._getframe(),
// f_back, f_locals...). The frame itself stays a C struct on the thread's
// frame stack (runtime/frame.h); its object is made only when asked for,
// kept in the frame's frame_obj, and when the frame ends it takes a copy of
// what it shows (line, locals, caller) so that it can outlive the frame.
#ifndef CS_RUNTIME_OBJ_FRAME_H
#define CS_RUNTIME_OBJ_FRAME_H

#include "runtime/frame.h"

typedef struct ObjFrame {
    Obj base;
    Frame *frame;            // the frame while it runs; NULL once it has ended
    ObjCode *code;           // strong
    Obj *globals, *builtins; // strong
    Obj *locals;             // strong, after the end: its variables (a dict), or NULL
    Obj *back;               // strong, after the end: the caller's frame object, or NULL
    int lineno, lasti;       // after the end
} ObjFrame;

extern Type FrameType;

// The frame object of running frame f, made on first request. New
// reference, or NULL with MemoryError.
Obj *frame_object(ThreadState *ts, Frame *f);
// Called when frame f ends (frame_clear), before its slots are released:
// its frame object, if something else still holds it, copies what it
// shows. Does not raise (a failed copy only loses f_locals).
void frame_object_detach(Frame *f);
// sys._getframe(depth): the frame object `depth` calls up from the
// running one. New reference, or NULL with ValueError.
Value frame_get(ThreadState *ts, int64_t depth);

#endif
