// The global interpreter lock. See the design note at the top of gil.c.
#ifndef CS_RUNTIME_GIL_H
#define CS_RUNTIME_GIL_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

typedef struct ThreadState ThreadState;

// Per-thread GIL bookkeeping, embedded in the ThreadState.
typedef struct GilThread {
    pthread_cond_t cond;         // this thread waits here for its turn
    struct GilThread *next;      // next in the wait queue
    ThreadState *ts;
    bool queued;
    bool granted;                // the releaser handed the GIL to this thread
    bool priority;               // came back from a blocking call: goes to the queue front
    // statistics (G6)
    uint64_t acquisitions;
    uint64_t forced_drops;       // released because another thread asked
    uint64_t io_releases;        // released around a blocking call
    uint64_t wait_ns;            // total time spent waiting for the GIL
    uint64_t max_wait_ns;
    uint64_t hold_ns;            // total time holding it
    uint64_t held_since_ns;
} GilThread;

typedef struct Gil {
    pthread_mutex_t mutex;
    ThreadState *holder;         // NULL when free
    GilThread *head, *tail;      // FIFO of waiting threads
    int nwaiting;
    atomic_ullong interval_ns;   // the switch interval (sys.setswitchinterval)
    uint64_t held_since_ns;      // when the holder took it
    uint64_t switches;           // hand-overs to a different thread
    bool always_switch;          // -X gilswitch=always: hand over at every safe point
    FILE *trace;                 // -X giltrace=FILE, or NULL
} Gil;

void gil_init(Gil *gil);
void gil_thread_init(GilThread *gt, ThreadState *ts);
void gil_thread_destroy(GilThread *gt);

// Takes the GIL for ts, waiting in line behind the threads already waiting.
void gil_acquire(ThreadState *ts);
// Gives it up: hands it to the first waiter, if any.
void gil_release(ThreadState *ts);
// Called by the eval loop when BREAK_GIL_DROP is set: gives the GIL to the
// waiter at the head of the queue and queues behind it.
void gil_yield(ThreadState *ts);

// The pair around a blocking call (sleep, I/O, lock waits): while released,
// touch no object and no reference count.
void gil_release_for_io(ThreadState *ts);
void gil_acquire_after_io(ThreadState *ts);

uint64_t gil_now_ns(void);

// Applies -X gilswitch/giltrace/gilstats (passed as CS_* environment
// variables, so child processes inherit them).
void gil_configure(Gil *gil);
// -X gilstats: prints the per-thread table at exit.
void gil_report_stats(ThreadState *ts);

#endif
