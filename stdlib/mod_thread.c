// The _thread module: OS threads and the two lock types everything in
// threading, queue and concurrent.futures is built from.
//
// A lock is a flag guarded by its own small pthread mutex, with a
// condition variable to wait on. Acquiring an unlocked lock costs a
// mutex lock/unlock and never touches the GIL. Waiting releases the GIL
// for the whole wait (gil_release_for_block), so other threads run. A
// waiter first polls the lock for up to 100 us, so that it sees a quick
// release at once instead of waiting for the kernel to wake it (see
// GIL_SPIN_NS in runtime/gil.h); then it sleeps. The main thread sleeps in
// slices of 10 ms and looks for pending signals between them, so Ctrl-C
// interrupts a join, a Queue.get or an Event.wait within a few
// milliseconds (KeyboardInterrupt, as in CPython).
#include <errno.h>
#include <math.h>
#include <signal.h>
#include <stdatomic.h>
#include <time.h>
#include <unistd.h>

#include "runtime/args.h"
#include "runtime/obj_class.h"
#include "runtime/obj_dict.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_float.h"
#include "runtime/obj_func.h"
#include "runtime/obj_int.h"
#include "runtime/obj_module.h"
#include "runtime/obj_str.h"
#include "runtime/obj_tuple.h"
#include "runtime/signals.h"
#include "runtime/state.h"
#include "runtime/thread.h"
#include "stdlib/modules.h"

// CPython's TIMEOUT_MAX on Linux (in seconds).
#define TIMEOUT_MAX_S 9223372036.0
#define MAIN_SLICE_NS 10000000

// What a blocked acquire waits with. At most one waiter polls the lock
// (`spinning`, see GIL_SPIN_NS in runtime/gil.h); the others sleep on cv.
typedef struct LockSync {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    bool spinning;
} LockSync;

typedef struct ObjLock {
    Obj base;
    LockSync sync;
    atomic_bool locked;      // changed under mu; atomic for waiters that poll it
} ObjLock;

// A reentrant lock: the owning thread may acquire it again.
typedef struct ObjRLock {
    Obj base;
    LockSync sync;
    _Atomic uint64_t owner;  // thread ident, 0 when free (as `locked` above)
    int64_t count;
} ObjRLock;

extern Type LockType, RLockType;

static void init_sync(LockSync *sync) {
    pthread_mutex_init(&sync->mu, NULL);
    pthread_condattr_t attr;
    pthread_condattr_init(&attr);
    pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
    pthread_cond_init(&sync->cv, &attr);
    pthread_condattr_destroy(&attr);
    sync->spinning = false;
}

static void timed_wait(pthread_cond_t *cv, pthread_mutex_t *mu, uint64_t deadline) {
    struct timespec ts = {(time_t)(deadline / 1000000000u), (long)(deadline % 1000000000u)};
    pthread_cond_timedwait(cv, mu, &ts);
}

// Parses acquire(blocking=True, timeout=-1) into a wait in nanoseconds:
// 0 for non-blocking, UINT64_MAX for forever.
// A timeout in seconds as CPython reads one (float or int, to whole
// nanoseconds), with its messages for NaN and for values out of range.
static bool timeout_ns(ThreadState *ts, Value v, int64_t *out) {
    if (val_is_float(v)) {
        double d = v.as.f;
        if (isnan(d)) {
            exc_raise(ts, &ExcValueError, "Invalid value NaN (not a number)");
            return false;
        }
        double ns = d * 1e9;
        if (!(ns >= -9223372036854775808.0 && ns < 9223372036854775808.0)) {
            exc_raise(ts, &ExcOverflowError, "timestamp out of range for platform time_t");
            return false;
        }
        *out = (int64_t)ns;
        return true;
    }
    Value i = obj_index(ts, v);
    if (val_is_null(i)) {
        return false;
    }
    int64_t secs;
    bool fits = int_to_i64(i, &secs);
    val_decref(i);
    if (!fits || secs > INT64_MAX / 1000000000 || secs < INT64_MIN / 1000000000) {
        exc_raise(ts, &ExcOverflowError, "timestamp too large to convert to C _PyTime_t");
        return false;
    }
    *out = secs * 1000000000;
    return true;
}

// acquire(blocking=True, timeout=-1): *wait_ns gets 0 (do not wait),
// UINT64_MAX (wait forever) or the time to wait. Checks and messages as
// CPython's.
static bool acquire_args(ThreadState *ts, Value *args, int64_t nargs, Obj *kwnames, uint64_t *wait_ns) {
    static const char *const names[] = {"blocking", "timeout"};
    Value a[2];
    if (!args_parse(ts, "acquire", args, nargs, kwnames, names, 2, 0, a)) {
        return false;
    }
    bool blocking = true;
    if (!val_is_null(a[0])) {
        Value b = obj_index(ts, a[0]);
        if (val_is_null(b)) {
            return false;
        }
        blocking = obj_truth(ts, b) > 0;
        val_decref(b);
    }
    const int64_t forever = -1000000000;
    int64_t timeout = forever;
    if (!val_is_null(a[1]) && !timeout_ns(ts, a[1], &timeout)) {
        return false;
    }
    if (!blocking && timeout != forever) {
        exc_raise(ts, &ExcValueError, "can't specify a timeout for a non-blocking call");
        return false;
    }
    if (timeout < 0 && timeout != forever) {
        exc_raise(ts, &ExcValueError, "timeout value must be positive");
        return false;
    }
    if (timeout / 1e9 > TIMEOUT_MAX_S) {
        exc_raise(ts, &ExcOverflowError, "timeout value is too large");
        return false;
    }
    if (!blocking) {
        *wait_ns = 0;
    } else if (timeout == forever) {
        *wait_ns = UINT64_MAX;
    } else {
        *wait_ns = (uint64_t)timeout;
    }
    return true;
}

// Waits with the GIL released until `ready(obj)` holds (checked and
// claimed by `claim` under the lock's mutex). Returns 1 when claimed, 0 on
// timeout, -1 with an exception (KeyboardInterrupt in the main thread).
typedef bool (*ClaimFn)(void *lock, uint64_t me);
// Does the lock look free? Read without its mutex, by a polling waiter.
typedef bool (*LooksFreeFn)(void *lock);

static int wait_for_lock(ThreadState *ts, LockSync *sync, void *lock, ClaimFn claim, LooksFreeFn looks_free,
                         uint64_t wait_ns) {
    bool is_main = ts == ts->interp->main_thread;
    uint64_t deadline = wait_ns == UINT64_MAX ? UINT64_MAX : gil_now_ns() + wait_ns;
    pthread_mutex_t *mu = &sync->mu;
    for (;;) {
        bool got = false, interrupted = false;
        gil_release_for_block(ts);
        uint64_t spin_until = gil_now_ns() + ts->interp->gil.spin_ns;
        if (spin_until > deadline) {
            spin_until = deadline;
        }
        pthread_mutex_lock(mu);
        for (;;) {
            if (claim(lock, ts->ident)) {
                got = true;
                break;
            }
            uint64_t now = gil_now_ns();
            if (now >= deadline) {
                break;
            }
            if (is_main && signals_pending()) {
                interrupted = true;
                break;
            }
            if (now < spin_until && !sync->spinning) {
                // Poll the lock for a while (see GIL_SPIN_NS in runtime/gil.h).
                sync->spinning = true;
                pthread_mutex_unlock(mu);
                do {
                    for (int i = 0; i < 64; i++) {
                        cpu_relax();
                    }
                } while (!looks_free(lock) && gil_now_ns() < spin_until);
                pthread_mutex_lock(mu);
                sync->spinning = false;
                spin_until = 0;   // once per wait
                continue;
            }
            uint64_t until = deadline;
            if (is_main && until - now > MAIN_SLICE_NS) {
                until = now + MAIN_SLICE_NS;
            }
            if (until == UINT64_MAX) {
                pthread_cond_wait(&sync->cv, mu);
            } else {
                timed_wait(&sync->cv, mu, until);
            }
        }
        pthread_mutex_unlock(mu);
        gil_acquire_after_io(ts);
        if (!interrupted) {
            return got ? 1 : 0;
        }
        // A signal: run its handler now; KeyboardInterrupt ends the wait,
        // a handler that returns lets the wait go on.
        if (!signals_run_handlers(ts)) {
            return -1;
        }
    }
}

// --- Lock --------------------------------------------------------------------------------

static bool lock_looks_free(void *l) {
    return !atomic_load_explicit(&((ObjLock *)l)->locked, memory_order_relaxed);
}

static bool lock_claim(void *l, uint64_t me) {
    (void)me;
    ObjLock *lock = l;
    if (lock->locked) {
        return false;
    }
    lock->locked = true;
    return true;
}

Value lock_new(ThreadState *ts) {
    ObjLock *l = (ObjLock *)obj_alloc(ts, &LockType, sizeof(ObjLock));
    if (!l) {
        return VNULL;
    }
    init_sync(&l->sync);
    return val_obj(&l->base);
}

static void lock_dealloc(Obj *o) {
    ObjLock *l = (ObjLock *)o;
    pthread_mutex_destroy(&l->sync.mu);
    pthread_cond_destroy(&l->sync.cv);
    obj_free(o);
}

static Value m_lock_acquire(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    ObjLock *l = (ObjLock *)self.as.obj;
    uint64_t wait_ns;
    if (!acquire_args(ts, args, nargs, kw, &wait_ns)) {
        return VNULL;
    }
    pthread_mutex_lock(&l->sync.mu);
    bool got = lock_claim(l, 0);
    pthread_mutex_unlock(&l->sync.mu);
    if (got || wait_ns == 0) {
        return val_bool(got);
    }
    obj_incref(&l->base);   // the lock must outlive the wait
    int r = wait_for_lock(ts, &l->sync, l, lock_claim, lock_looks_free, wait_ns);
    obj_decref(&l->base);
    return r < 0 ? VNULL : val_bool(r);
}

static Value m_lock_release(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    if (!args_check(ts, "lock", "release", nargs, kw, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    ObjLock *l = (ObjLock *)self.as.obj;
    pthread_mutex_lock(&l->sync.mu);
    bool was = l->locked;
    l->locked = false;
    if (was) {
        pthread_cond_signal(&l->sync.cv);
    }
    pthread_mutex_unlock(&l->sync.mu);
    if (!was) {
        return exc_raise(ts, &ExcRuntimeError, "release unlocked lock");
    }
    return VNONE;
}

static Value m_lock_locked(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)ts;
    (void)args;
    (void)nargs;
    (void)kw;
    ObjLock *l = (ObjLock *)self.as.obj;
    pthread_mutex_lock(&l->sync.mu);
    bool locked = l->locked;
    pthread_mutex_unlock(&l->sync.mu);
    return val_bool(locked);
}

static Value m_lock_exit(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    (void)nargs;
    return m_lock_release(ts, self, NULL, 0, kw);
}

static Value m_lock_reinit(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)ts;
    (void)args;
    (void)nargs;
    (void)kw;
    ObjLock *l = (ObjLock *)self.as.obj;
    init_sync(&l->sync);
    l->locked = false;
    return VNONE;
}

static Value lock_repr(ThreadState *ts, Value v) {
    ObjLock *l = (ObjLock *)v.as.obj;
    Obj *s = str_format_c(ts, "<%s _thread.lock object at %p>", l->locked ? "locked" : "unlocked", (void *)l);
    return s ? val_obj(s) : VNULL;
}

static const MethodDef lock_methods[] = {
    {"acquire", m_lock_acquire, NATIVE_METHOD, "Lock the lock."},
    {"acquire_lock", m_lock_acquire, NATIVE_METHOD, "An obsolete synonym of acquire()."},
    {"release", m_lock_release, NATIVE_METHOD, "Release the lock."},
    {"release_lock", m_lock_release, NATIVE_METHOD, "An obsolete synonym of release()."},
    {"locked", m_lock_locked, NATIVE_METHOD, "Tell whether the lock is locked."},
    {"locked_lock", m_lock_locked, NATIVE_METHOD, "An obsolete synonym of locked()."},
    {"__enter__", m_lock_acquire, NATIVE_METHOD, "Lock the lock."},
    {"__exit__", m_lock_exit, NATIVE_METHOD, "Release the lock."},
    {"_at_fork_reinit", m_lock_reinit, NATIVE_METHOD, NULL},
    {NULL, NULL, 0, NULL},
};

Type LockType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "lock",
    .basic_size = sizeof(ObjLock),
    .dealloc = lock_dealloc,
    .repr = lock_repr,
    .getattr = generic_getattr,
};

// --- RLock ---------------------------------------------------------------------------------

static bool rlock_looks_free(void *l) {
    return atomic_load_explicit(&((ObjRLock *)l)->owner, memory_order_relaxed) == 0;
}

static bool rlock_claim(void *l, uint64_t me) {
    ObjRLock *r = l;
    if (r->owner == 0) {
        r->owner = me;
        r->count = 1;
        return true;
    }
    if (r->owner == me) {
        r->count++;
        return true;
    }
    return false;
}

static Value rlock_new(ThreadState *ts, Type *type, Value *args, int64_t nargs, Obj *kwnames) {
    (void)args;
    (void)nargs;
    (void)kwnames;
    ObjRLock *r = (ObjRLock *)obj_alloc(ts, type, type->basic_size);
    if (!r) {
        return VNULL;
    }
    init_sync(&r->sync);
    return val_obj(&r->base);
}

static void rlock_dealloc(Obj *o) {
    ObjRLock *r = (ObjRLock *)o;
    pthread_mutex_destroy(&r->sync.mu);
    pthread_cond_destroy(&r->sync.cv);
    obj_free(o);
}

static Value m_rlock_acquire(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    ObjRLock *r = (ObjRLock *)self.as.obj;
    uint64_t wait_ns;
    if (!acquire_args(ts, args, nargs, kw, &wait_ns)) {
        return VNULL;
    }
    pthread_mutex_lock(&r->sync.mu);
    bool got = rlock_claim(r, ts->ident);
    pthread_mutex_unlock(&r->sync.mu);
    if (got || wait_ns == 0) {
        return val_bool(got);
    }
    obj_incref(&r->base);
    int res = wait_for_lock(ts, &r->sync, r, rlock_claim, rlock_looks_free, wait_ns);
    obj_decref(&r->base);
    return res < 0 ? VNULL : val_bool(res);
}

static Value m_rlock_release(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    (void)nargs;
    (void)kw;
    ObjRLock *r = (ObjRLock *)self.as.obj;
    pthread_mutex_lock(&r->sync.mu);
    bool mine = r->owner == ts->ident && r->count > 0;
    if (mine && --r->count == 0) {
        r->owner = 0;
        pthread_cond_signal(&r->sync.cv);
    }
    pthread_mutex_unlock(&r->sync.mu);
    if (!mine) {
        return exc_raise(ts, &ExcRuntimeError, "cannot release un-acquired lock");
    }
    return VNONE;
}

static Value m_rlock_exit(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    (void)nargs;
    return m_rlock_release(ts, self, NULL, 0, kw);
}

static Value m_rlock_is_owned(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    (void)nargs;
    (void)kw;
    ObjRLock *r = (ObjRLock *)self.as.obj;
    pthread_mutex_lock(&r->sync.mu);
    bool owned = r->owner == ts->ident && r->count > 0;
    pthread_mutex_unlock(&r->sync.mu);
    return val_bool(owned);
}

// Condition.wait releases an RLock completely and restores it after.
static Value m_rlock_release_save(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    (void)nargs;
    (void)kw;
    ObjRLock *r = (ObjRLock *)self.as.obj;
    pthread_mutex_lock(&r->sync.mu);
    if (r->count == 0) {
        pthread_mutex_unlock(&r->sync.mu);
        return exc_raise(ts, &ExcRuntimeError, "cannot release un-acquired lock");
    }
    Value count = val_int(r->count);
    Value owner = int_from_u64(ts, r->owner);
    r->count = 0;
    r->owner = 0;
    pthread_cond_signal(&r->sync.cv);
    pthread_mutex_unlock(&r->sync.mu);
    Obj *t = tuple_pack(ts, 2, count, owner);
    val_decref(owner);
    return t ? val_obj(t) : VNULL;
}

static bool rlock_claim_all(void *l, uint64_t me) {
    ObjRLock *r = l;
    if (r->owner == 0) {
        r->owner = me;
        r->count = 0;   // the caller sets the saved count
        return true;
    }
    return false;
}

static Value m_rlock_acquire_restore(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)kw;
    if (nargs != 1 || !val_is_tuple(args[0]) || tuple_len(args[0].as.obj) != 2) {
        return exc_raise(ts, &ExcTypeError, "_acquire_restore() argument must be a (count, owner) tuple");
    }
    int64_t count;
    if (!obj_index_i64(ts, tuple_get(args[0].as.obj, 0), &count)) {
        return VNULL;
    }
    ObjRLock *r = (ObjRLock *)self.as.obj;
    pthread_mutex_lock(&r->sync.mu);
    bool got = rlock_claim_all(r, ts->ident);
    pthread_mutex_unlock(&r->sync.mu);
    if (!got) {
        obj_incref(&r->base);
        int res = wait_for_lock(ts, &r->sync, r, rlock_claim_all, rlock_looks_free, UINT64_MAX);
        obj_decref(&r->base);
        if (res < 0) {
            return VNULL;
        }
    }
    pthread_mutex_lock(&r->sync.mu);
    r->count = count;
    pthread_mutex_unlock(&r->sync.mu);
    return VNONE;
}

static Value rlock_repr(ThreadState *ts, Value v) {
    ObjRLock *r = (ObjRLock *)v.as.obj;
    Obj *s = str_format_c(ts, "<%s %s.%s object owner=%llu count=%lld at %p>", r->count ? "locked" : "unlocked",
                          val_type(v) == &RLockType ? "_thread" : "__main__", val_type_name(v),
                          (unsigned long long)r->owner, (long long)r->count, (void *)r);
    return s ? val_obj(s) : VNULL;
}

static const MethodDef rlock_methods[] = {
    {"acquire", m_rlock_acquire, NATIVE_METHOD, "Lock the lock."},
    {"release", m_rlock_release, NATIVE_METHOD, "Release the lock."},
    {"__enter__", m_rlock_acquire, NATIVE_METHOD, "Lock the lock."},
    {"__exit__", m_rlock_exit, NATIVE_METHOD, "Release the lock."},
    {"_is_owned", m_rlock_is_owned, NATIVE_METHOD, NULL},
    {"_release_save", m_rlock_release_save, NATIVE_METHOD, NULL},
    {"_acquire_restore", m_rlock_acquire_restore, NATIVE_METHOD, NULL},
    {NULL, NULL, 0, NULL},
};

Type RLockType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "RLock",
    .flags = TYPE_BASETYPE,
    .basic_size = sizeof(ObjRLock),
    .dealloc = rlock_dealloc,
    .repr = rlock_repr,
    .getattr = generic_getattr,
    .new_ = rlock_new,
};

// --- module functions --------------------------------------------------------------------------

static Value t_start_new_thread(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    if (!args_check(ts, "_thread", "start_new_thread", nargs, kwnames, 2, 3, ARGS_VARARGS)) {
        return VNULL;
    }
    if (!obj_is_callable(args[0])) {
        return exc_raise(ts, &ExcTypeError, "first arg must be callable");
    }
    if (!val_isinstance(args[1], &TupleType)) {
        return exc_raise(ts, &ExcTypeError, "2nd arg must be a tuple");
    }
    Obj *kwargs = NULL;
    if (nargs == 3 && !val_is_none(args[2])) {
        if (!val_is_dict_like(args[2])) {
            return exc_raise(ts, &ExcTypeError, "optional 3rd arg must be a dictionary");
        }
        kwargs = args[2].as.obj;
    }
    uint64_t ident = thread_start(ts, args[0], args[1].as.obj, kwargs);
    return ident ? int_from_u64(ts, ident) : VNULL;
}

static Value t_allocate_lock(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    (void)args;
    if (!args_check(ts, "_thread", "allocate_lock", nargs, kwnames, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    return lock_new(ts);
}

static Value t_get_ident(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    (void)args;
    if (!args_check(ts, "_thread", "get_ident", nargs, kwnames, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    return int_from_u64(ts, ts->ident);
}

static Value t_get_native_id(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    (void)args;
    if (!args_check(ts, "_thread", "get_native_id", nargs, kwnames, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    return int_from_u64(ts, ts->native_id);
}

static Value t_stack_size(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    if (!args_check(ts, "_thread", "stack_size", nargs, kwnames, 0, 1, ARGS_VARARGS)) {
        return VNULL;
    }
    size_t old = thread_get_stack_size();
    if (nargs == 1) {
        int64_t n;
        if (!obj_index_i64(ts, args[0], &n)) {
            return VNULL;
        }
        if (n < 0) {
            return exc_raise(ts, &ExcValueError, "size must be 0 or a positive value");
        }
        if (!thread_set_stack_size(ts, (size_t)n)) {
            return VNULL;
        }
    }
    return val_int((int64_t)old);
}

static Value t_interrupt_main(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    static const char *const names[] = {"signum"};
    Value a[1];
    if (!args_parse(ts, "interrupt_main", args, nargs, kwnames, names, 1, 0, a)) {
        return VNULL;
    }
    int64_t sig = SIGINT;
    if (!val_is_null(a[0]) && !obj_index_i64(ts, a[0], &sig)) {
        return VNULL;
    }
    signals_trip((int)sig);
    return VNONE;
}

static Value t_count(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    (void)args;
    if (!args_check(ts, "_thread", "_count", nargs, kwnames, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    Interp *in = ts->interp;
    int64_t n = 0;
    pthread_mutex_lock(&in->threads_lock);
    for (ThreadState *t = in->threads; t; t = t->next) {
        n += t != in->main_thread;
    }
    pthread_mutex_unlock(&in->threads_lock);
    return val_int(n);
}

// _thread._set_name(name): names the calling thread for -X gilstats/giltrace.
static Value t_set_name(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    if (!args_check(ts, "_thread", "_set_name", nargs, kwnames, 1, 1, ARGS_FIXED)) {
        return VNULL;
    }
    if (val_is_str_like(args[0])) {
        snprintf(ts->name, sizeof ts->name, "%s", as_str(args[0])->data);
    }
    return VNONE;
}

// _thread._set_sentinel() -> a new lock, held, that is released when the
// calling thread has finished (its threading.local data already freed):
// what threading's join() waits for.
static Value t_set_sentinel(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    (void)args;
    if (!args_check(ts, "_thread", "_set_sentinel", nargs, kwnames, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    Value lock = lock_new(ts);
    if (val_is_null(lock)) {
        return VNULL;
    }
    ((ObjLock *)lock.as.obj)->locked = true;
    if (ts->sentinel) {
        obj_decref(ts->sentinel);
    }
    ts->sentinel = lock.as.obj;
    obj_incref(ts->sentinel);
    return lock;
}

static const MethodDef thread_functions[] = {
    {"start_new_thread", t_start_new_thread, 0, "Start a new thread and return its identifier."},
    {"start_new", t_start_new_thread, 0, "An obsolete synonym of start_new_thread()."},
    {"allocate_lock", t_allocate_lock, 0, "Create a new lock object."},
    {"allocate", t_allocate_lock, 0, "An obsolete synonym of allocate_lock()."},
    {"get_ident", t_get_ident, 0, "Return a non-zero integer that uniquely identifies the current thread."},
    {"get_native_id", t_get_native_id, 0, "Return the native integral Thread ID of the current thread."},
    {"stack_size", t_stack_size, 0, "Return the thread stack size used when creating new threads."},
    {"interrupt_main", t_interrupt_main, 0, "Simulate the arrival of the given signal in the main thread."},
    {"_count", t_count, 0, "Return the number of currently running threads (not the main one)."},
    {"_set_name", t_set_name, 0, "Name the calling thread in the GIL statistics and trace."},
    {"_set_sentinel", t_set_sentinel, 0, "Return a held lock that is released when this thread ends."},
    {NULL, NULL, 0, NULL},
};

extern Type ThreadLocalType;   // thread_local.c

Value thread_module_create(ThreadState *ts) {
    Obj *m = module_new(ts, "_thread");
    if (!m) {
        return VNULL;
    }
    type_ready(ts, &LockType);
    type_ready(ts, &RLockType);
    type_ready(ts, &ThreadLocalType);
    type_add_methods(ts, &LockType, lock_methods);
    type_add_methods(ts, &RLockType, rlock_methods);
    LockType.module = str_intern_cstr("_thread");
    RLockType.module = str_intern_cstr("_thread");
    ThreadLocalType.module = str_intern_cstr("_thread");
    module_add_functions(ts, m, thread_functions);
    module_set(ts, m, "LockType", val_obj(&LockType.base));
    module_set(ts, m, "lock", val_obj(&LockType.base));
    module_set(ts, m, "RLock", val_obj(&RLockType.base));
    module_set(ts, m, "_local", val_obj(&ThreadLocalType.base));
    module_set(ts, m, "error", val_obj(&ExcRuntimeError.base));
    module_set(ts, m, "TIMEOUT_MAX", val_float(TIMEOUT_MAX_S));
    return val_obj(m);
}
