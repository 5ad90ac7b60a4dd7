// Interp and ThreadState: what is shared by the whole process and what
// belongs to one OS thread.
//
// One Interp per process holds what every thread sees: the module table,
// the builtins, the GIL and the list of thread states. One ThreadState per
// OS thread holds everything about a running thread: its frames, its
// pending and handled exceptions, its recursion depth, its eval breaker and
// its GIL statistics. Nothing about a running thread lives in a global; the
// current thread state is also reachable through a _Thread_local pointer,
// for the few places (signal delivery, callbacks from C libraries) that are
// not handed one.
//
// Invariant: a thread touches objects only while it holds the GIL.
#ifndef CS_RUNTIME_STATE_H
#define CS_RUNTIME_STATE_H

#include <pthread.h>
#include <stdatomic.h>

#include "runtime/gil.h"
#include "runtime/object.h"

typedef struct Frame Frame;

// Bits of ThreadState.eval_breaker: why the eval loop should stop at its
// next safe point and call vm_handle_breaker().
enum {
    BREAK_GIL_WAITING = 1 << 0,  // threads wait for the GIL: give it away when the slice ends
    BREAK_SIGNALS = 1 << 1,      // a signal arrived (main thread only)
    BREAK_ASYNC_EXC = 1 << 2,    // an exception was posted to this thread
};

// With only BREAK_GIL_WAITING set, the eval loop reads the clock at every
// this many safe points (a few microseconds of bytecode) to see whether
// its slice is over. An odd number: in a loop with an even number of safe
// points per turn (a backward jump and a call, say) the switch then lands
// at each of them in turn, not always at the same one, as in CPython,
// where the drop request arrives at any safe point.
#define GIL_POLL_EVERY 31

// A block of memory from which frames are allocated in LIFO order, so that
// a call costs a pointer bump instead of a malloc.
typedef struct FrameChunk {
    struct FrameChunk *prev;
    char *top;                   // first free byte
    char *end;
    char data[];
} FrameChunk;

struct ThreadState {
    Interp *interp;
    Frame *frame;                // innermost running frame, or NULL
    Value curexc;                // raised and not yet caught, or VNULL
    Value handled_exc;           // being handled by an except block, or VNULL
    int depth;                   // frames on this thread (for RecursionError)
    char *stack_limit;           // C stack below this address is the safety margin
    atomic_uint eval_breaker;
    int gil_poll;                // safe points until the next look at the clock (BREAK_GIL_WAITING)
    uint32_t chaos_rng;          // chaos mode's random switch points (xorshift; never 0)
    Value async_exc;             // posted by another thread (interrupt_main), or VNULL
    Obj *sentinel;               // a held lock released as the thread ends (_thread._set_sentinel), or NULL
    FrameChunk *chunk;

    // Thread identity, for threading.get_ident() and the GIL trace.
    pthread_t pthread;
    uint64_t ident;
    uint64_t native_id;
    int serial;                  // 0 for the main thread, then 1, 2, ... in start order
    char name[64];

    GilThread gil;               // this thread's place in the GIL's queue and its statistics

    struct ThreadState *next;    // in interp->threads
    struct ThreadState *prev;
};

struct Interp {
    Obj *modules;                // dict: sys.modules
    Obj *builtins;               // dict: the builtins module's namespace
    Obj *builtins_module;
    Obj *sys_module;
    Obj *main_module;
    Gil gil;
    pthread_mutex_t threads_lock; // guards the thread list (taken without the GIL held)
    ThreadState *threads;
    ThreadState *main_thread;
    int nthreads_started;
    int recursion_limit;
    bool finalizing;             // threads that try to take the GIL from now on park forever
    const char *executable;      // absolute path of the cs binary
    const char *stdlib_dir;      // where the stdlib's .cs files are
};

// The thread state of the calling thread, or NULL for a foreign thread.
extern _Thread_local ThreadState *cs_ts;

// Creates the interpreter and the main thread's state (which then holds the
// GIL). Returns the main thread state.
ThreadState *interp_new(int argc, char **argv);
// Tears down after the main program: waits for nothing, frees what it can.
void interp_free(ThreadState *ts);

// A thread state for a new OS thread; registered, not yet holding the GIL.
ThreadState *threadstate_new(Interp *interp);
// Unregisters and frees; called by the thread itself, holding the GIL,
// which it releases.
void threadstate_delete(ThreadState *ts);
// Frees a thread state whose thread never ran (pthread_create failed).
void threadstate_delete_unstarted(ThreadState *ts);
// Records where this thread's C stack ends, for the recursion guard.
void threadstate_set_stack_limit(ThreadState *ts);

static inline bool exc_occurred(ThreadState *ts) { return ts->curexc.tag != VAL_NULL; }

// Guards against C stack exhaustion where C code recurses into itself or
// into the language (repr of nested lists, comparisons, calls from C).
// Returns false with RecursionError set.
bool stack_check(ThreadState *ts, const char *where);

#endif
