// The global interpreter lock.
//
// Design note. One thread at a time runs bytecode and touches objects: the
// holder. Every other thread that wants to run waits in a FIFO queue, each
// on its own condition variable, so a release wakes exactly one thread,
// the one that has waited longest (no thundering herd, no barging: the
// releaser hands the GIL straight to the head of the queue and cannot take
// it back before its turn comes round again).
//
// Switching. The holder is never interrupted: it gives the GIL away only
// at safe points. The thread at the head of the queue waits at most one
// switch interval (5 ms by default, sys.setswitchinterval); if the holder
// still has the GIL after that, the waiter sets BREAK_GIL_DROP in the
// holder's eval breaker. The eval loop sees it at its next safe point
// (a backward jump, a call, a return) and calls gil_yield, which hands the
// GIL to the head of the queue and puts the caller at the tail.
//
// Blocking calls (sleep, I/O, lock waits) release the GIL around the wait
// with gil_release_for_io / gil_acquire_after_io. While released the thread
// must not touch any object or reference count.
//
// The mutex guards `holder` and the queue; the statistics in GilThread are
// written only by their own thread.
#include <errno.h>
#include <time.h>

#include "runtime/gil.h"
#include "runtime/state.h"

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

void gil_init(Gil *gil) {
    check(pthread_mutex_init(&gil->mutex, NULL), "pthread_mutex_init");
    gil->holder = NULL;
    gil->head = gil->tail = NULL;
    atomic_store(&gil->interval_ns, 5000000);
}

void gil_thread_init(GilThread *gt, ThreadState *ts) {
    pthread_condattr_t attr;
    pthread_condattr_init(&attr);
    pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
    check(pthread_cond_init(&gt->cond, &attr), "pthread_cond_init");
    pthread_condattr_destroy(&attr);
    gt->ts = ts;
}

void gil_thread_destroy(GilThread *gt) { pthread_cond_destroy(&gt->cond); }

// Called with the mutex held: makes ts the holder.
static void take(Gil *gil, ThreadState *ts, uint64_t waited_ns) {
    if (gil->holder != ts) {
        gil->switches++;
    }
    gil->holder = ts;
    uint64_t now = gil_now_ns();
    gil->held_since_ns = now;
    ts->gil.held_since_ns = now;
    ts->gil.acquisitions++;
    ts->gil.wait_ns += waited_ns;
    if (waited_ns > ts->gil.max_wait_ns) {
        ts->gil.max_wait_ns = waited_ns;
    }
    atomic_fetch_and(&ts->eval_breaker, ~(unsigned)BREAK_GIL_DROP);
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

// Called with the mutex held: gives the GIL to the head of the queue, or
// leaves it free.
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

static void wait_turn(Gil *gil, ThreadState *ts, bool front) {
    uint64_t start = gil_now_ns();
    GilThread *gt = &ts->gil;
    enqueue(gil, gt, front);
    while (!gt->granted) {
        uint64_t interval = atomic_load(&gil->interval_ns);
        if (interval == 0) {
            interval = 1000;
        }
        struct timespec deadline;
        clock_gettime(CLOCK_MONOTONIC, &deadline);
        uint64_t ns = (uint64_t)deadline.tv_nsec + interval;
        deadline.tv_sec += (time_t)(ns / 1000000000u);
        deadline.tv_nsec = (long)(ns % 1000000000u);
        int err = pthread_cond_timedwait(&gt->cond, &gil->mutex, &deadline);
        if (err != 0 && err != ETIMEDOUT) {
            check(err, "pthread_cond_timedwait");
        }
        // The head of the queue asks a holder that has had its interval.
        if (!gt->granted && gil->head == gt && gil->holder &&
            gil_now_ns() - gil->held_since_ns >= interval) {
            atomic_fetch_or(&gil->holder->eval_breaker, BREAK_GIL_DROP);
        }
    }
    // hand_over already made us the holder.
    gil->holder = NULL;
    take(gil, ts, gil_now_ns() - start);
}

void gil_acquire(ThreadState *ts) {
    Gil *gil = &ts->interp->gil;
    check(pthread_mutex_lock(&gil->mutex), "pthread_mutex_lock");
    if (!gil->holder && !gil->head) {
        take(gil, ts, 0);
    } else {
        wait_turn(gil, ts, false);
    }
    check(pthread_mutex_unlock(&gil->mutex), "pthread_mutex_unlock");
    cs_ts = ts;
}

void gil_release(ThreadState *ts) {
    Gil *gil = &ts->interp->gil;
    check(pthread_mutex_lock(&gil->mutex), "pthread_mutex_lock");
    if (gil->holder == ts) {
        hand_over(gil, ts);
    }
    check(pthread_mutex_unlock(&gil->mutex), "pthread_mutex_unlock");
}

void gil_yield(ThreadState *ts) {
    Gil *gil = &ts->interp->gil;
    check(pthread_mutex_lock(&gil->mutex), "pthread_mutex_lock");
    atomic_fetch_and(&ts->eval_breaker, ~(unsigned)BREAK_GIL_DROP);
    if (gil->head) {
        ts->gil.forced_drops++;
        hand_over(gil, ts);
        wait_turn(gil, ts, false);
    }
    check(pthread_mutex_unlock(&gil->mutex), "pthread_mutex_unlock");
}

void gil_release_for_io(ThreadState *ts) {
    ts->gil.io_releases++;
    gil_release(ts);
}

void gil_acquire_after_io(ThreadState *ts) { gil_acquire(ts); }

void gil_configure(Gil *gil) {
    const char *sw = getenv("CS_GILSWITCH");
    gil->always_switch = sw && strcmp(sw, "always") == 0;
}

void gil_report_stats(ThreadState *ts) {
    const char *env = getenv("CS_GILSTATS");
    if (!env || !env[0]) {
        return;
    }
    Interp *in = ts->interp;
    fprintf(stderr, "%-16s %12s %12s %12s %12s %12s %12s\n", "thread", "acquired", "forced", "io", "held_ms",
            "waited_ms", "max_wait_ms");
    pthread_mutex_lock(&in->threads_lock);
    for (ThreadState *t = in->threads; t; t = t->next) {
        GilThread *g = &t->gil;
        uint64_t held = g->hold_ns + (in->gil.holder == t ? gil_now_ns() - g->held_since_ns : 0);
        fprintf(stderr, "%-16s %12llu %12llu %12llu %12.1f %12.1f %12.3f\n", t->name,
                (unsigned long long)g->acquisitions, (unsigned long long)g->forced_drops,
                (unsigned long long)g->io_releases, held / 1e6, g->wait_ns / 1e6, g->max_wait_ns / 1e6);
    }
    pthread_mutex_unlock(&in->threads_lock);
}
