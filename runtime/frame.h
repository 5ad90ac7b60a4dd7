// Frames: one activation of a code object.
//
// A frame holds the function being run, where it is (ip), its local
// variable slots and its value stack, laid out in one block:
//
//     Frame header | localsplus[nlocals + ncells + nfree] | stack[stacksize]
//
// Frames of ordinary calls are carved from the thread's frame chunks in LIFO
// order (frame_push/frame_pop), so a call from bytecode costs a pointer bump
// and never recurses in C. A generator or coroutine owns its frame instead
// (malloc'd, freed with the generator), so it can be suspended and resumed
// later from anywhere.
#ifndef CS_RUNTIME_FRAME_H
#define CS_RUNTIME_FRAME_H

#include "runtime/obj_func.h"
#include "runtime/state.h"

struct Frame {
    Frame *prev;             // the caller, or NULL
    ObjFunction *func;       // strong reference; the code, globals and builtins come from it
    ObjCode *code;           // borrowed from func
    Obj *globals;            // borrowed from func
    Obj *builtins;           // borrowed from func
    Obj *locals;             // strong: the namespace dict of a module or class body, else NULL
    uint32_t *ip;            // next instruction
    Value *sp;               // top of the value stack, saved while suspended or calling
    Obj *gen;                // the generator/coroutine owning this frame, or NULL (borrowed)
    Obj *frame_obj;          // its frame object (runtime/obj_frame.h), strong, or NULL
    bool is_entry;           // the eval loop returns to C when this frame returns
    bool on_chunk;           // allocated by frame_push (else owned by a generator)
    uint16_t except_depth;   // except blocks being run (PUSH_EXC_INFO not yet popped)
    Value localsplus[];
};

static inline Value *frame_stack_base(Frame *f) { return f->localsplus + code_nlocalsplus(f->code); }
static inline int frame_lasti(Frame *f) { return (int)(f->ip - f->code->code) - 1; }
// The line being executed (of the last instruction started).
int frame_line(Frame *f);

static inline size_t frame_size(const ObjCode *code) {
    return sizeof(Frame) + sizeof(Value) * (size_t)(code_nlocalsplus(code) + code->stacksize);
}

// Sets up a frame for func with all slots empty; takes a reference to func.
static inline void frame_init(Frame *f, ObjFunction *func) {
    ObjCode *code = func->code;
    f->prev = NULL;
    f->func = func;
    obj_incref(&func->base);
    f->code = code;
    f->globals = func->globals;
    f->builtins = func->builtins;
    f->locals = NULL;
    f->ip = code->code;
    f->gen = NULL;
    f->frame_obj = NULL;
    f->is_entry = false;
    f->except_depth = 0;
    Value *end = f->localsplus + code_nlocalsplus(code);
    for (Value *p = f->localsplus; p < end; p++) {
        *p = VNULL;
    }
    f->sp = end;
}

// The slow path of frame_push: the chunk is full (frame.c).
Frame *frame_push_new_chunk(ThreadState *ts, ObjFunction *func);

// Allocates a frame for func on ts's chunk stack, with all slots empty.
// Steals nothing; takes a reference to func. NULL with MemoryError.
// Inline: every call from bytecode to a Python function comes here.
static inline Frame *frame_push(ThreadState *ts, ObjFunction *func) {
    size_t size = (frame_size(func->code) + 15) & ~(size_t)15;
    FrameChunk *c = ts->chunk;
    if (UNLIKELY(!c || (size_t)(c->end - c->top) < size)) {
        return frame_push_new_chunk(ts, func);
    }
    Frame *f = (Frame *)c->top;
    c->top += size;
    frame_init(f, func);
    f->on_chunk = true;
    return f;
}

// Releases the slots, stack values and function of a frame (not its memory).
void frame_clear(Frame *f);
// The slow path of frame_pop: a frame object or a namespace to let go of,
// or a chunk to free (frame.c).
void frame_pop_slow(ThreadState *ts, Frame *f);

// Releases the slots and the function, and gives the memory back.
static inline void frame_pop(ThreadState *ts, Frame *f) {
    FrameChunk *c = ts->chunk;
    if (UNLIKELY(f->frame_obj || f->locals || (char *)f == c->data)) {
        frame_pop_slow(ts, f);
        return;
    }
    // The locals and the value stack are one run of slots. A destructor
    // run from here may push and pop frames of its own above f.
    for (Value *p = f->localsplus; p < f->sp; p++) {
        val_decref(*p);
    }
    ObjFunction *func = f->func;
    ts->chunk->top = (char *)f;
    obj_decref(&func->base);
}

// A frame owned by a generator (malloc'd). NULL with MemoryError.
Frame *frame_new_owned(ThreadState *ts, ObjFunction *func);

// Fills the parameter slots from a call's arguments (positional, then
// keywords named by kwnames), applying defaults, *args and **kwargs, and
// creates the cells. Raises TypeError as CPython does. Returns false on error.
bool frame_bind_args(ThreadState *ts, Frame *f, Value *args, int64_t nargs, Obj *kwnames);

// Provided by the eval loop (interp/call.c): calls a function written in
// the language. This is FunctionType's call slot.
Value vm_call_function(ThreadState *ts, Value func, Value *args, int64_t nargs, Obj *kwnames);

#endif
