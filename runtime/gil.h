// The global interpreter lock. See the design note at the top of gil.c.
#ifndef CS_RUNTIME_GIL_H
#define CS_RUNTIME_GIL_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

typedef struct ThreadState ThreadState;

// What a recorded GIL event says about its thread, for -X giltrace.
enum GilEventKind {
    GIL_EV_ACQUIRE = 1,   // starts running with the GIL
    GIL_EV_RELEASE,       // stops running: gave it away or ended
    GIL_EV_WAIT,          // starts waiting for it
    GIL_EV_IO_BEGIN,      // enters a blocking call
    GIL_EV_IO_END,        // leaves it
    GIL_EV_DROP_REQUEST,  // asked the holder to drop (an instant)
};

// One recorded GIL event, for -X giltrace.
typedef struct GilEvent {
    uint64_t ns;
    uint8_t kind;            // GIL_EV_* in gil.c
} GilEvent;

// Per-thread GIL bookkeeping, embedded in the ThreadState.
typedef struct GilThread {
    pthread_cond_t cond;         // this thread waits here for its turn
    struct GilThread *next;      // next in the wait queue
    ThreadState *ts;
    bool queued;
    bool granted;                // the GIL was handed to this thread
    bool in_io;                  // released around a blocking call, not taken over yet
    bool long_io;                // ... a call known to block (sleep, lock wait): no grace period
    _Atomic uint64_t yield_by_ns;   // a thread back from a block asks: yield at this time (0: no one)
    uint64_t slice_start_ns;     // when the current slice began (for the switch interval)
    uint64_t resumed_slice_ns;   // how much of its slice a preempted thread had used
    bool last_gave_up_for_io;    // its last release was for a blocking call, not forced
    uint64_t io_start_ns;
    // statistics (sys/gil module, -X gilstats)
    uint64_t acquisitions;
    uint64_t forced_drops;       // gave the GIL away because another thread asked
    uint64_t io_releases;        // released around a blocking call
    uint64_t io_fast_returns;    // ... and got it back without anyone taking it
    uint64_t wait_ns;            // total time spent waiting for the GIL
    uint64_t max_wait_ns;
    uint64_t hold_ns;            // total time holding it
    uint64_t held_since_ns;
    // -X giltrace: this thread's events
    GilEvent *events;
    size_t nevents, events_cap;
} GilThread;

// What is kept of a thread that has ended, for -X gilstats/giltrace.
typedef struct GilRecord {
    struct GilRecord *next;
    char name[64];
    uint64_t native_id;
    GilThread stats;             // a copy: counters and the trace events (owned)
} GilRecord;

typedef struct Gil {
    pthread_mutex_t mutex;
    ThreadState *holder;         // owns the GIL (possibly in_io); NULL when free
    GilThread *head, *tail;      // FIFO of waiting threads
    atomic_int nwaiting;         // read without the mutex by chaos mode
    atomic_ullong interval_ns;   // the switch interval (sys.setswitchinterval)
    uint64_t switches;           // hand-overs to a different thread
    atomic_bool chaos;           // switch at random instructions (-X gilswitch=always, interval 0)
    bool chaos_always;           // -X gilswitch=always was given
    bool tracing;                // -X giltrace=FILE
    char *trace_path;
    uint64_t trace_start_ns;
    bool finalizing;             // threads other than the main one park instead of taking it
    ThreadState *main;
    GilRecord *records;          // ended threads, newest first
    uint64_t spin_ns;            // how long a waiter polls before it sleeps (0 on one CPU)
} Gil;

// A waiter about to get the GIL or a lock soon polls for it for up to
// gil->spin_ns before it sleeps on a condition variable: a thread that
// sleeps needs the kernel to wake it, and the kernel may leave it waiting
// for a CPU for milliseconds (behind a CPU-bound thread's time slice or,
// in a virtual machine, until the host runs an idle virtual CPU again).
// Polling keeps it on a CPU that the GIL leaves idle anyway. Only one
// thread polls per lock, and the GIL's next in line polls only while the
// holder is one that last gave the GIL up for a blocking call (and so is
// likely to block again soon): a CPU-bound holder keeps it for a slice or
// until asked, and a poller would only take a CPU from the threads that
// are about to wake. Never with one CPU: there a poller would keep the
// CPU from the thread it waits for.
#define GIL_SPIN_NS 100000

static inline void cpu_relax(void) {
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#elif defined(__aarch64__)
    __asm__ volatile("yield");
#endif
}

void gil_init(Gil *gil);
void gil_thread_init(GilThread *gt, ThreadState *ts);
void gil_thread_destroy(GilThread *gt);

// Takes the GIL for ts, waiting in line behind the threads already waiting.
void gil_acquire(ThreadState *ts);
// Gives it up: hands it to the first waiter, if any.
void gil_release(ThreadState *ts);
// Called by the eval loop when the holder's slice is over (or at every
// instruction in chaos mode): gives the GIL to the waiter at the head of
// the queue and queues at the tail.
void gil_yield(ThreadState *ts);
// Called by the eval loop, every few microseconds while others wait
// (BREAK_GIL_WAITING): yields when the holder's slice is over.
void gil_check_slice(ThreadState *ts);

// The pair around a blocking call (sleep, I/O, lock waits): while released,
// touch no object and no reference count. `long_block` says the call is
// expected to block (a sleep, a lock wait): a waiter may take the GIL at
// once. Otherwise (a read or write that usually returns at once) it may
// only after a short grace period, and a call that returns in time keeps
// the GIL without any hand-over.
void gil_release_for_io(ThreadState *ts);
void gil_release_for_block(ThreadState *ts);
void gil_acquire_after_io(ThreadState *ts);

uint64_t gil_now_ns(void);

// Applies -X gilswitch/giltrace/gilstats (passed as CS_* environment
// variables, so child processes inherit them).
void gil_configure(Gil *gil, ThreadState *main);
// At exit: -X gilstats prints the per-thread table, -X giltrace writes the file.
void gil_report_stats(ThreadState *ts);
// Prints the per-thread table (the gil module's report()).
void gil_print_stats(ThreadState *ts, FILE *out);
void gil_write_trace(ThreadState *ts);
// Keeps a finished thread's statistics and events (called as it ends).
void gil_retire_thread(ThreadState *ts);
// Marks the interpreter as finishing: threads that try to take the GIL
// from now on (daemon threads) park forever instead.
void gil_finalize(Gil *gil);

#endif
