// OS threads running code of the language: start, the registry of thread
// states, and the end of the program (waiting for non-daemon threads).
#ifndef CS_RUNTIME_THREAD_H
#define CS_RUNTIME_THREAD_H

#include "runtime/object.h"

// Starts an OS thread that calls func(*args, **kwargs) (kwargs may be
// NULL). Returns its ident, or 0 with RuntimeError set.
uint64_t thread_start(ThreadState *ts, Value func, Obj *args, Obj *kwargs);
// threading.stack_size: 0 means the default (1 MB). false with ValueError.
size_t thread_get_stack_size(void);
bool thread_set_stack_size(ThreadState *ts, size_t size);

// Called by every thread started here as it ends, with the GIL held
// (threading.local sets it to drop the thread's attributes). May be NULL.
extern void (*thread_exit_hook)(ThreadState *ts);

#endif
