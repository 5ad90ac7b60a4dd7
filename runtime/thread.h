// OS threads running code of the language: start, the registry of thread
// states, and the end of the program (waiting for non-daemon threads).
#ifndef CS_RUNTIME_THREAD_H
#define CS_RUNTIME_THREAD_H

#include "runtime/object.h"

// At exit: lets the threading module join its non-daemon threads
// (threading._shutdown), if it was imported. Leaves any exception set.
void thread_shutdown(ThreadState *ts);

#endif
