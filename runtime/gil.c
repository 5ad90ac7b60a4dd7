// The global interpreter lock.
//
// Design note. One thread at a time runs bytecode and touches objects: the
// holder. Every other thread that wants to run waits in a FIFO queue, each
// on its own condition variable, so a release wakes exactly one thread,
// the one that has waited longest (no thundering herd, and no barging: the
// releaser hands the GIL straight to the head of the queue and cannot take
// it back before its turn comes round again). That is what makes hand-over
// fair (gilbench 8) where CPython's wake-any-waiter condvar is not.
//
// Switching. The holder is never interrupted: it gives the GIL away only
// at safe points (a backward jump, a function's start). A thread that
// queues sets BREAK_GIL_WAITING in the holder's eval breaker; from then on
// the holder itself looks at the clock every few microseconds of bytecode,
// and once it has held the GIL for one switch interval (5 ms by default,
// sys.setswitchinterval) it calls gil_yield, which hands the GIL to the
// head of the queue and queues at the tail. The holder keeps its own time
// because it is the thread that is surely running: in CPython a waiter
// times the holder and must itself be woken by the OS to ask for the drop,
// which on a busy machine comes late and stretches the slices unevenly.
// In chaos mode (-X gilswitch=always) the eval loop considers a yield
// before every instruction whenever someone waits and takes it at random,
// most often just before a store (interp/vm.c, chaos_switch_here), so
// unlocked read-modify-write races show up on demand.
//
// Blocking calls. Around a call that may block, a thread marks itself
// "in I/O" but stays the holder. What happens next depends on the call:
//   - a call known to block (sleep, a lock wait, join): a waiter takes the
//     GIL at once (gil_release_for_block);
//   - a call that usually returns at once (a read or write): a waiter takes
//     it only if the call is still running after a short grace period
//     (gil_release_for_io). A call that returns in time carries on with no
//     hand-over at all: this is what removes CPython's convoy effect, where
//     every small write hands the GIL to a CPU-bound thread and then waits
//     a whole interval to get it back.
// A thread whose GIL was taken while it was blocked comes back to the
// *front* of the queue and asks the holder to yield, so a thread woken by
// I/O runs within a fraction of a millisecond, not after a CPU-bound
// thread's full interval. The holder is given BOOST_GRACE_NS from when it
// took the GIL (a thread that just got it is usually about to block
// itself, and a switch then would only cost time; BLOCKER_GRACE_NS for a
// holder that last gave the GIL up for a blocking call); then it steps
// aside, queues right behind the thread it let in, and later resumes its
// slice where it left off. A thread that keeps the GIL for a full interval
// is queued at the back like any other.
//
// Waking up. A thread blocked on a lock or waiting for the GIL sleeps on a
// condition variable, and the kernel can leave a woken thread without a
// CPU for milliseconds. So a thread back from a block polls for a short
// while first (GIL_SPIN_NS in gil.h): for its lock (stdlib/mod_thread.c)
// and, when it is next in line behind a thread that blocks often, for the
// GIL.
//
// The mutex guards holder, the queue and each thread's in_io/granted
// flags. The statistics and trace events in GilThread are written by the
// thread itself while it holds the mutex or the GIL.
#include <errno.h>
#include <unistd.h>
#include <sys/prctl.h>
#include <time.h>

#include "runtime/gil.h"
#include "runtime/state.h"
#include "runtime/strbuf.h"

// How long a read or write may take before a waiting thread takes the GIL.
#define IO_GRACE_NS 50000
// How long a holder may keep the GIL, from when it took it, once a thread
// back from a block asks for it.
#define BOOST_GRACE_NS 100000
// The same for a holder that last gave the GIL up for a blocking call: it
// is likely to block again within a few microseconds, and preempting it
// would only add hand-overs (a queue ping-pong halves its speed).
#define BLOCKER_GRACE_NS 1000000


uint64_t gil_now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (uint64_t)t.tv_sec * 1000000000u + (uint64_t)t.tv_nsec;
}

static void check(int err, const char *what) {
    if (err != 0) {
        cs_fatal("%s failed: %s", what, strerror(err));
    }
}

static void lock(Gil *gil) { check(pthread_mutex_lock(&gil->mutex), "pthread_mutex_lock"); }
static void unlock(Gil *gil) { check(pthread_mutex_unlock(&gil->mutex), "pthread_mutex_unlock"); }

// --- tracing ----------------------------------------------------------------------------

static void trace(Gil *gil, GilThread *gt, int kind, uint64_t now) {
    if (!gil->tracing) {
        return;
    }
    if (gt->nevents == gt->events_cap) {
        size_t cap = gt->events_cap ? gt->events_cap * 2 : 1024;
        if (cap > ((size_t)1 << 24)) {
            return;   // a cap keeps a runaway program's trace bounded
        }
        GilEvent *e = realloc(gt->events, cap * sizeof(GilEvent));
        if (!e) {
            return;
        }
        gt->events = e;
        gt->events_cap = cap;
    }
    gt->events[gt->nevents].ns = now;
    gt->events[gt->nevents].kind = (uint8_t)kind;
    gt->nevents++;
}

// --- the queue ----------------------------------------------------------------------------

void gil_init(Gil *gil) {
    check(pthread_mutex_init(&gil->mutex, NULL), "pthread_mutex_init");
    gil->holder = NULL;
    gil->head = gil->tail = NULL;
    atomic_store(&gil->interval_ns, 5000000);
    gil->spin_ns = sysconf(_SC_NPROCESSORS_ONLN) > 1 ? GIL_SPIN_NS : 0;
}

void gil_thread_init(GilThread *gt, ThreadState *ts) {
    pthread_condattr_t attr;
    pthread_condattr_init(&attr);
    pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
    check(pthread_cond_init(&gt->cond, &attr), "pthread_cond_init");
    pthread_condattr_destroy(&attr);
    gt->ts = ts;
}

void gil_thread_destroy(GilThread *gt) {
    pthread_cond_destroy(&gt->cond);
    free(gt->events);
    gt->events = NULL;
}

static void enqueue(Gil *gil, GilThread *gt, bool front) {
    gt->next = NULL;
    gt->queued = true;
    gt->granted = false;
    if (!gil->head) {
        gil->head = gil->tail = gt;
    } else if (front) {
        gt->next = gil->head;
        gil->head = gt;
    } else {
        gil->tail->next = gt;
        gil->tail = gt;
    }
    gil->nwaiting++;
    // The holder now watches the clock and yields when its slice is over.
    if (gil->holder && gil->holder != gt->ts) {
        atomic_fetch_or(&gil->holder->eval_breaker, BREAK_GIL_WAITING);
    }
}

static GilThread *dequeue(Gil *gil) {
    GilThread *gt = gil->head;
    if (gt) {
        gil->head = gt->next;
        if (!gil->head) {
            gil->tail = NULL;
        }
        gt->queued = false;
        gil->nwaiting--;
    }
    return gt;
}

// Takes gt out of the queue wherever it is (a thread parking at exit).
static void unqueue(Gil *gil, GilThread *gt) {
    GilThread **p = &gil->head, *prev = NULL;
    while (*p && *p != gt) {
        prev = *p;
        p = &(*p)->next;
    }
    if (*p) {
        *p = gt->next;
        if (gil->tail == gt) {
            gil->tail = prev;
        }
        gt->queued = false;
        gil->nwaiting--;
    }
}

// Called with the mutex held: ts becomes the holder.
static void take(Gil *gil, ThreadState *ts, uint64_t waited_ns) {
    uint64_t now = gil_now_ns();
    if (gil->holder != ts) {
        gil->switches++;
    }
    gil->holder = ts;
    GilThread *gt = &ts->gil;
    gt->held_since_ns = now;
    gt->slice_start_ns = now - gt->resumed_slice_ns;
    gt->resumed_slice_ns = 0;
    atomic_store_explicit(&gt->yield_by_ns, 0, memory_order_relaxed);
    gt->acquisitions++;
    gt->wait_ns += waited_ns;
    if (waited_ns > gt->max_wait_ns) {
        gt->max_wait_ns = waited_ns;
    }
    if (gil->head) {
        atomic_fetch_or(&ts->eval_breaker, BREAK_GIL_WAITING);
    } else {
        atomic_fetch_and(&ts->eval_breaker, ~(unsigned)BREAK_GIL_WAITING);
    }
    ts->gil_poll = GIL_POLL_EVERY;
    trace(gil, gt, GIL_EV_ACQUIRE, now);
}

// Called with the mutex held by the holder: gives the GIL to the head of
// the queue, or leaves it free.
static void hand_over(Gil *gil, ThreadState *ts) {
    uint64_t now = gil_now_ns();
    ts->gil.hold_ns += now - ts->gil.held_since_ns;
    GilThread *next = dequeue(gil);
    if (next) {
        gil->holder = next->ts;
        next->granted = true;
        check(pthread_cond_signal(&next->cond), "pthread_cond_signal");
    } else {
        gil->holder = NULL;
    }
}

// Called with the mutex held by a thread back from a block, queued at the
// front: the running holder is to yield soon (see BOOST_GRACE_NS).
static void request_yield(Gil *gil, GilThread *waiter, uint64_t now) {
    ThreadState *h = gil->holder;
    uint64_t by = h->gil.held_since_ns + (h->gil.last_gave_up_for_io ? BLOCKER_GRACE_NS : BOOST_GRACE_NS);
    if (by < now) {
        by = now;
    }
    uint64_t old = atomic_load_explicit(&h->gil.yield_by_ns, memory_order_relaxed);
    if (old == 0 || by < old) {
        atomic_store_explicit(&h->gil.yield_by_ns, by, memory_order_relaxed);
        trace(gil, waiter, GIL_EV_DROP_REQUEST, now);
    }
    atomic_fetch_or(&h->eval_breaker, BREAK_GIL_WAITING);
}

static void wait_until(GilThread *gt, Gil *gil, uint64_t deadline_ns) {
    struct timespec ts;
    ts.tv_sec = (time_t)(deadline_ns / 1000000000u);
    ts.tv_nsec = (long)(deadline_ns % 1000000000u);
    int err = pthread_cond_timedwait(&gt->cond, &gil->mutex, &ts);
    if (err != 0 && err != ETIMEDOUT) {
        check(err, "pthread_cond_timedwait");
    }
}

// A thread other than the main one that wants the GIL after the program
// has ended must never run again: it waits here, out of the queue, until
// the process exits.
static void park_forever(Gil *gil, GilThread *gt) {
    unqueue(gil, gt);
    for (;;) {
        pthread_cond_wait(&gt->cond, &gil->mutex);
    }
}

// Called with the mutex held and ts queued: waits until the GIL is handed
// to ts. Only the head of the queue watches the holder, and only for one
// thing: a holder blocked in a call gives the GIL up (after the grace
// period for a read or write); a running holder hands it over itself.
// `may_spin`: ts is back from a block and may poll (GIL_SPIN_NS, gil.h).
static void wait_turn(Gil *gil, ThreadState *ts, uint64_t start, bool may_spin) {
    GilThread *gt = &ts->gil;
    trace(gil, gt, GIL_EV_WAIT, start);
    uint64_t spin_until = may_spin ? start + gil->spin_ns : 0;
    while (!gt->granted) {
        if (gil->finalizing && ts != gil->main) {
            park_forever(gil, gt);
        }
        ThreadState *h = gil->holder;
        if (gil->head != gt || (h && !h->gil.in_io)) {
            if (gil->head == gt && h && h->gil.last_gave_up_for_io && gil_now_ns() < spin_until) {
                // Back from a block, next in line after a thread that blocks
                // often: poll (see GIL_SPIN_NS in gil.h).
                unlock(gil);
                for (int i = 0; i < 128; i++) {
                    cpu_relax();
                }
                lock(gil);
                continue;
            }
            check(pthread_cond_wait(&gt->cond, &gil->mutex), "pthread_cond_wait");
            continue;
        }
        uint64_t now = gil_now_ns();
        if (!h) {
            dequeue(gil);
            take(gil, ts, now - start);
            return;
        }
        uint64_t deadline = h->gil.io_start_ns + (h->gil.long_io ? 0 : IO_GRACE_NS);
        if (now >= deadline) {
            // The holder is blocked: take the GIL from it.
            h->gil.hold_ns += now - h->gil.held_since_ns;
            dequeue(gil);
            take(gil, ts, now - start);
            return;
        }
        wait_until(gt, gil, deadline);
    }
    if (gil->finalizing && ts != gil->main) {
        // Handed the GIL just as the program ended: pass it on, then park.
        hand_over(gil, ts);
        park_forever(gil, gt);
    }
    gil->holder = NULL;   // hand_over set it to us; take() does the bookkeeping
    take(gil, ts, gil_now_ns() - start);
}

void gil_acquire(ThreadState *ts) {
    Gil *gil = &ts->interp->gil;
    lock(gil);
    if (!gil->holder && !gil->head && !(gil->finalizing && ts != gil->main)) {
        take(gil, ts, 0);
    } else {
        enqueue(gil, &ts->gil, false);
        wait_turn(gil, ts, gil_now_ns(), false);
    }
    unlock(gil);
    cs_ts = ts;
}

void gil_release(ThreadState *ts) {
    Gil *gil = &ts->interp->gil;
    lock(gil);
    if (gil->holder == ts) {
        trace(gil, &ts->gil, GIL_EV_RELEASE, gil_now_ns());
        hand_over(gil, ts);
    }
    unlock(gil);
}

// Gives the GIL to the head of the queue. `preempted`: the holder steps
// aside for a thread back from a block before its slice is over, so it
// queues right behind it and keeps the rest of its slice for later.
static void yield_to_head(ThreadState *ts, bool preempted) {
    Gil *gil = &ts->interp->gil;
    lock(gil);
    if (!gil->head) {
        atomic_fetch_and(&ts->eval_breaker, ~(unsigned)BREAK_GIL_WAITING);
        atomic_store_explicit(&ts->gil.yield_by_ns, 0, memory_order_relaxed);
    } else if (gil->holder == ts) {
        uint64_t now = gil_now_ns();
        ts->gil.forced_drops++;
        ts->gil.last_gave_up_for_io = false;
        trace(gil, &ts->gil, GIL_EV_RELEASE, now);
        hand_over(gil, ts);
        if (preempted) {
            ts->gil.resumed_slice_ns = now - ts->gil.slice_start_ns;
        }
        enqueue(gil, &ts->gil, preempted);
        wait_turn(gil, ts, now, false);
    }
    unlock(gil);
}

void gil_yield(ThreadState *ts) { yield_to_head(ts, false); }

static void release_io(ThreadState *ts, bool long_block) {
    Gil *gil = &ts->interp->gil;
    lock(gil);
    GilThread *gt = &ts->gil;
    uint64_t now = gil_now_ns();
    gt->io_releases++;
    gt->in_io = true;
    gt->last_gave_up_for_io = true;
    gt->long_io = long_block;
    gt->io_start_ns = now;
    trace(gil, gt, GIL_EV_IO_BEGIN, now);
    if (gil->head) {
        pthread_cond_signal(&gil->head->cond);
    }
    unlock(gil);
}

void gil_release_for_io(ThreadState *ts) { release_io(ts, false); }

void gil_check_slice(ThreadState *ts) {
    uint64_t now = gil_now_ns();
    uint64_t slice_end = ts->gil.slice_start_ns + atomic_load(&ts->interp->gil.interval_ns);
    uint64_t by = atomic_load_explicit(&ts->gil.yield_by_ns, memory_order_relaxed);
    if (by && by < slice_end) {
        if (now >= by) {
            yield_to_head(ts, true);
        }
    } else if (now >= slice_end) {
        yield_to_head(ts, false);
    }
}
void gil_release_for_block(ThreadState *ts) { release_io(ts, true); }

void gil_acquire_after_io(ThreadState *ts) {
    Gil *gil = &ts->interp->gil;
    lock(gil);
    GilThread *gt = &ts->gil;
    uint64_t now = gil_now_ns();
    gt->in_io = false;
    trace(gil, gt, GIL_EV_IO_END, now);
    if (gil->holder == ts && !(gil->finalizing && ts != gil->main)) {
        // Nobody took it while we were away: carry on.
        gt->io_fast_returns++;
        trace(gil, gt, GIL_EV_ACQUIRE, now);
    } else {
        // Back from a real block: first in line, and a running holder is
        // asked to yield soon.
        enqueue(gil, gt, true);
        if (gil->holder && !gil->holder->gil.in_io) {
            request_yield(gil, gt, now);
        }
        wait_turn(gil, ts, now, true);
    }
    unlock(gil);
    cs_ts = ts;
}

void gil_finalize(Gil *gil) {
    lock(gil);
    gil->finalizing = true;
    unlock(gil);
}

// --- configuration and reports --------------------------------------------------------

void gil_configure(Gil *gil, ThreadState *main) {
    gil->main = main;
    // Linux lets a sleep end up to 50 us late by default (the "timer
    // slack"), which every blocking call and every wake-up would pay: a
    // time.sleep(0) would cost 55 us. One microsecond is plenty; threads
    // started later inherit it.
    prctl(PR_SET_TIMERSLACK, 1000UL, 0, 0, 0);
    const char *sw = getenv("CS_GILSWITCH");
    gil->chaos_always = sw && strcmp(sw, "always") == 0;
    atomic_store(&gil->chaos, gil->chaos_always);
    const char *tr = getenv("CS_GILTRACE");
    if (tr && tr[0]) {
        gil->tracing = true;
        gil->trace_path = cs_strdup(tr);
        gil->trace_start_ns = gil_now_ns();
        trace(gil, &main->gil, GIL_EV_ACQUIRE, gil->trace_start_ns);
    }
}
