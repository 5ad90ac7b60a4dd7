// The _loop module: the C core under asyncio's event loop
// (stdlib/asyncio/base_events.cs).
//
// Poller waits for file descriptors to become readable or writable with
// epoll, the GIL released for the whole wait, so other threads run while
// an event loop sleeps. A loop is also woken by an eventfd that any
// thread may write to (wakeup), which is how call_soon_threadsafe and
// run_in_executor reach a loop that is asleep. A signal interrupts the
// wait and its handler runs at once (Ctrl-C stops asyncio.run).
//
// TimerHeap keeps the loop's timers in a binary heap ordered by deadline,
// then by insertion, so timers due at the same moment run in the order
// they were set, as in CPython.
#include <errno.h>
#include <math.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include "runtime/args.h"
#include "runtime/obj_class.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_float.h"
#include "runtime/obj_func.h"
#include "runtime/obj_int.h"
#include "runtime/obj_list.h"
#include "runtime/obj_module.h"
#include "runtime/obj_str.h"
#include "runtime/obj_tuple.h"
#include "runtime/signals.h"
#include "runtime/state.h"
#include "stdlib/modules.h"

// The event masks, as in the selectors module.
enum { EVENT_READ = 1, EVENT_WRITE = 2 };

// --- Poller --------------------------------------------------------------------------------

typedef struct ObjPoller {
    Obj base;
    int epfd;     // -1 once closed
    int wakefd;
} ObjPoller;

static Type PollerType;

static Value poller_new(ThreadState *ts, Type *type, Value *args, int64_t nargs, Obj *kwnames) {
    (void)args;
    if (!args_check(ts, "Poller", "Poller", nargs, kwnames, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    int epfd = epoll_create1(EPOLL_CLOEXEC);
    if (epfd < 0) {
        return exc_raise_errno(ts, errno, NULL);
    }
    int wakefd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    struct epoll_event ev = {.events = EPOLLIN, .data.fd = wakefd};
    if (wakefd < 0 || epoll_ctl(epfd, EPOLL_CTL_ADD, wakefd, &ev) < 0) {
        int err = errno;
        close(epfd);
        if (wakefd >= 0) {
            close(wakefd);
        }
        return exc_raise_errno(ts, err, NULL);
    }
    ObjPoller *p = (ObjPoller *)obj_alloc(ts, type, type->basic_size);
    if (!p) {
        close(epfd);
        close(wakefd);
        return VNULL;
    }
    p->epfd = epfd;
    p->wakefd = wakefd;
    return val_obj(&p->base);
}

static void poller_close_fds(ObjPoller *p) {
    if (p->epfd >= 0) {
        close(p->epfd);
        close(p->wakefd);
        p->epfd = p->wakefd = -1;
    }
}

static void poller_dealloc(Obj *o) {
    poller_close_fds((ObjPoller *)o);
    obj_free(o);
}

static ObjPoller *open_poller(ThreadState *ts, Value self) {
    ObjPoller *p = (ObjPoller *)self.as.obj;
    if (p->epfd < 0) {
        exc_raise(ts, &ExcValueError, "I/O operation on closed poller");
        return NULL;
    }
    return p;
}

// register / modify / unregister share their argument reading: (fd[, mask]).
static Value poller_ctl(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames,
                        const char *name, int op) {
    int want = op == EPOLL_CTL_DEL ? 1 : 2;
    if (!args_check(ts, "Poller", name, nargs, kwnames, want, want, ARGS_FIXED)) {
        return VNULL;
    }
    ObjPoller *p = open_poller(ts, self);
    if (!p) {
        return VNULL;
    }
    int64_t fd, mask = 0;
    if (!val_is_int(args[0]) || !int_to_i64(args[0], &fd) || fd < 0 || fd > INT32_MAX) {
        return exc_raise(ts, &ExcValueError, "invalid file descriptor: %R", args[0]);
    }
    if (want == 2 && (!val_is_int(args[1]) || !int_to_i64(args[1], &mask) || mask < 1 ||
                      mask > (EVENT_READ | EVENT_WRITE))) {
        return exc_raise(ts, &ExcValueError, "Invalid events: %R", args[1]);
    }
    struct epoll_event ev = {.data.fd = (int)fd};
    ev.events = (mask & EVENT_READ ? EPOLLIN : 0) | (mask & EVENT_WRITE ? EPOLLOUT : 0);
    if (epoll_ctl(p->epfd, op, (int)fd, &ev) < 0) {
        return exc_raise_errno(ts, errno, NULL);
    }
    return VNONE;
}

static Value m_register(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    return poller_ctl(ts, self, args, nargs, kw, "register", EPOLL_CTL_ADD);
}

static Value m_modify(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    return poller_ctl(ts, self, args, nargs, kw, "modify", EPOLL_CTL_MOD);
}

static Value m_unregister(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    return poller_ctl(ts, self, args, nargs, kw, "unregister", EPOLL_CTL_DEL);
}

// poll(timeout): waits up to timeout seconds (None: until something is
// ready or wakeup() is called) and returns a list of (fd, mask). The
// wait is rounded up to whole milliseconds so that a timer is never
// found not yet due after the wait.
static Value m_poll(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    if (!args_check(ts, "Poller", "poll", nargs, kwnames, 1, 1, ARGS_FIXED)) {
        return VNULL;
    }
    ObjPoller *p = open_poller(ts, self);
    if (!p) {
        return VNULL;
    }
    int timeout_ms = -1;
    if (!val_is_none(args[0])) {
        double secs;
        if (!val_to_double(ts, args[0], &secs)) {
            return VNULL;
        }
        if (isnan(secs)) {
            return exc_raise(ts, &ExcValueError, "Invalid value NaN (not a number)");
        }
        double ms = ceil(secs * 1e3);
        timeout_ms = ms <= 0 ? 0 : ms > INT32_MAX ? INT32_MAX : (int)ms;
    }
    enum { MAX_EVENTS = 64 };
    struct epoll_event evs[MAX_EVENTS];
    int n;
    if (timeout_ms == 0) {
        n = epoll_wait(p->epfd, evs, MAX_EVENTS, 0);
    } else {
        gil_release_for_block(ts);
        n = epoll_wait(p->epfd, evs, MAX_EVENTS, timeout_ms);
        gil_acquire_after_io(ts);
    }
    if (n < 0) {
        if (errno != EINTR) {
            return exc_raise_errno(ts, errno, NULL);
        }
        if (signals_pending() && !signals_run_handlers(ts)) {
            return VNULL;
        }
        n = 0;
    }
    Obj *out = list_new(ts, n);
    if (!out) {
        return VNULL;
    }
    for (int i = 0; i < n; i++) {
        int fd = evs[i].data.fd;
        if (fd == p->wakefd) {
            uint64_t count;
            while (read(fd, &count, sizeof count) > 0) {
            }
            continue;
        }
        // An error or hang-up wakes both sides: their read or write reports it.
        uint32_t e = evs[i].events;
        int mask = (e & (EPOLLIN | EPOLLERR | EPOLLHUP) ? EVENT_READ : 0) |
                   (e & (EPOLLOUT | EPOLLERR | EPOLLHUP) ? EVENT_WRITE : 0);
        Obj *pair = tuple_pack(ts, 2, val_int(fd), val_int(mask));
        if (!pair || list_append_steal(ts, out, val_obj(pair)) < 0) {
            obj_decref(out);
            return VNULL;
        }
    }
    return val_obj(out);
}

// Safe from any thread, with or without the GIL: only writes to the eventfd.
static Value m_wakeup(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)args;
    if (!args_check(ts, "Poller", "wakeup", nargs, kwnames, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    ObjPoller *p = (ObjPoller *)self.as.obj;
    if (p->wakefd >= 0) {
        uint64_t one = 1;
        ssize_t r = write(p->wakefd, &one, sizeof one);
        (void)r;   // EAGAIN: the counter is already non-zero, the loop will wake
    }
    return VNONE;
}

static Value m_poller_close(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)args;
    if (!args_check(ts, "Poller", "close", nargs, kwnames, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    poller_close_fds((ObjPoller *)self.as.obj);
    return VNONE;
}

static Value m_fileno(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)args;
    if (!args_check(ts, "Poller", "fileno", nargs, kwnames, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    ObjPoller *p = open_poller(ts, self);
    return p ? val_int(p->epfd) : VNULL;
}

static const MethodDef poller_methods[] = {
    {"register", m_register, NATIVE_METHOD, "Watch fd for the events in mask (1 read, 2 write)."},
    {"modify", m_modify, NATIVE_METHOD, "Change the events watched for fd."},
    {"unregister", m_unregister, NATIVE_METHOD, "Stop watching fd."},
    {"poll", m_poll, NATIVE_METHOD, "Wait for events; a list of (fd, mask)."},
    {"wakeup", m_wakeup, NATIVE_METHOD, "Make a poll() in progress or the next one return."},
    {"close", m_poller_close, NATIVE_METHOD, "Close the poller."},
    {"fileno", m_fileno, NATIVE_METHOD, "The epoll file descriptor."},
    {NULL, NULL, 0, NULL},
};

static Type PollerType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "Poller",
    .basic_size = sizeof(ObjPoller),
    .dealloc = poller_dealloc,
    .getattr = generic_getattr,
    .new_ = poller_new,
};

// --- TimerHeap -----------------------------------------------------------------------------

typedef struct Timer {
    double when;
    uint64_t seq;
    Value item;
} Timer;

typedef struct ObjTimerHeap {
    Obj base;
    Timer *t;
    int64_t n, cap;
    uint64_t next_seq;
} ObjTimerHeap;

static Type TimerHeapType;

static bool timer_before(const Timer *a, const Timer *b) {
    return a->when < b->when || (a->when == b->when && a->seq < b->seq);
}

static void sift_up(Timer *t, int64_t i) {
    Timer x = t[i];
    while (i > 0) {
        int64_t parent = (i - 1) / 2;
        if (!timer_before(&x, &t[parent])) {
            break;
        }
        t[i] = t[parent];
        i = parent;
    }
    t[i] = x;
}

static void sift_down(Timer *t, int64_t n, int64_t i) {
    Timer x = t[i];
    for (;;) {
        int64_t child = 2 * i + 1;
        if (child >= n) {
            break;
        }
        if (child + 1 < n && timer_before(&t[child + 1], &t[child])) {
            child++;
        }
        if (!timer_before(&t[child], &x)) {
            break;
        }
        t[i] = t[child];
        i = child;
    }
    t[i] = x;
}

static Value heap_new(ThreadState *ts, Type *type, Value *args, int64_t nargs, Obj *kwnames) {
    (void)args;
    if (!args_check(ts, "TimerHeap", "TimerHeap", nargs, kwnames, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    Obj *h = obj_alloc(ts, type, type->basic_size);
    return h ? val_obj(h) : VNULL;
}

static void heap_dealloc(Obj *o) {
    ObjTimerHeap *h = (ObjTimerHeap *)o;
    for (int64_t i = 0; i < h->n; i++) {
        val_decref(h->t[i].item);
    }
    cs_free(h->t);
    obj_free(o);
}

static int64_t heap_len(ThreadState *ts, Value self) {
    (void)ts;
    return ((ObjTimerHeap *)self.as.obj)->n;
}

static int heap_truth(ThreadState *ts, Value self) {
    (void)ts;
    return ((ObjTimerHeap *)self.as.obj)->n > 0;
}

// push(when, item): item runs after the timers already due at `when`.
static Value m_push(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    if (!args_check(ts, "TimerHeap", "push", nargs, kwnames, 2, 2, ARGS_FIXED)) {
        return VNULL;
    }
    ObjTimerHeap *h = (ObjTimerHeap *)self.as.obj;
    double when;
    if (!val_to_double(ts, args[0], &when)) {
        return VNULL;
    }
    if (isnan(when)) {
        return exc_raise(ts, &ExcValueError, "Invalid value NaN (not a number)");
    }
    if (h->n == h->cap) {
        int64_t cap = h->cap ? h->cap * 2 : 16;
        Timer *t = cs_realloc_or_raise(ts, h->t, (size_t)cap * sizeof(Timer));
        if (!t) {
            return VNULL;
        }
        h->t = t;
        h->cap = cap;
    }
    h->t[h->n] = (Timer){when, h->next_seq++, val_dup(args[1])};
    sift_up(h->t, h->n++);
    return VNONE;
}

// first(): the deadline of the earliest timer, or None when there is none.
static Value m_first(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)args;
    if (!args_check(ts, "TimerHeap", "first", nargs, kwnames, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    ObjTimerHeap *h = (ObjTimerHeap *)self.as.obj;
    return h->n ? val_float(h->t[0].when) : VNONE;
}

// Removes the earliest timer; its item's reference passes to the caller.
static Value heap_take_first(ObjTimerHeap *h) {
    Value item = h->t[0].item;
    h->t[0] = h->t[--h->n];
    if (h->n) {
        sift_down(h->t, h->n, 0);
    }
    return item;
}

// pop_due(deadline, out): moves the items due by `deadline` to the end of
// the list or deque `out`, earliest first; returns how many.
static Value m_pop_due(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    if (!args_check(ts, "TimerHeap", "pop_due", nargs, kwnames, 2, 2, ARGS_FIXED)) {
        return VNULL;
    }
    ObjTimerHeap *h = (ObjTimerHeap *)self.as.obj;
    double deadline;
    if (!val_to_double(ts, args[0], &deadline)) {
        return VNULL;
    }
    Value append = obj_getattr_cstr(ts, args[1], "append");
    if (val_is_null(append)) {
        return VNULL;
    }
    int64_t moved = 0;
    while (h->n && h->t[0].when <= deadline) {
        Value item = heap_take_first(h);
        Value r = obj_call(ts, append, &item, 1, NULL);
        val_decref(item);
        if (val_is_null(r)) {
            val_decref(append);
            return VNULL;
        }
        val_decref(r);
        moved++;
    }
    val_decref(append);
    return val_int(moved);
}

// discard_cancelled(): drops the items whose `_cancelled` attribute is
// true, for a loop whose heap fills up with cancelled timeouts.
static Value m_discard_cancelled(ThreadState *ts, Value self, Value *args, int64_t nargs,
                                 Obj *kwnames) {
    (void)args;
    if (!args_check(ts, "TimerHeap", "discard_cancelled", nargs, kwnames, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    ObjTimerHeap *h = (ObjTimerHeap *)self.as.obj;
    Obj *name = str_intern_cstr("_cancelled");
    int64_t kept = 0;
    for (int64_t i = 0; i < h->n; i++) {
        Value c = obj_getattr(ts, h->t[i].item, name);
        int gone = -1;
        if (!val_is_null(c)) {
            gone = obj_truth(ts, c);
            val_decref(c);
        }
        if (gone < 0) {
            // Keep the heap whole: compact what is left, then report.
            memmove(&h->t[kept], &h->t[i], (size_t)(h->n - i) * sizeof(Timer));
            h->n = kept + (h->n - i);
            for (int64_t j = h->n / 2; j-- > 0;) {
                sift_down(h->t, h->n, j);
            }
            return VNULL;
        }
        if (gone) {
            val_decref(h->t[i].item);
        } else {
            h->t[kept++] = h->t[i];
        }
    }
    int64_t dropped = h->n - kept;
    h->n = kept;
    for (int64_t j = h->n / 2; j-- > 0;) {
        sift_down(h->t, h->n, j);
    }
    return val_int(dropped);
}

static Value m_clear(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)args;
    if (!args_check(ts, "TimerHeap", "clear", nargs, kwnames, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    ObjTimerHeap *h = (ObjTimerHeap *)self.as.obj;
    while (h->n) {
        val_decref(h->t[--h->n].item);
    }
    return VNONE;
}

static const MethodDef heap_methods[] = {
    {"push", m_push, NATIVE_METHOD, "Add item, due at time `when`."},
    {"first", m_first, NATIVE_METHOD, "The earliest deadline, or None."},
    {"pop_due", m_pop_due, NATIVE_METHOD, "Move the items due by a deadline to a list, in order."},
    {"discard_cancelled", m_discard_cancelled, NATIVE_METHOD, "Drop the cancelled items."},
    {"clear", m_clear, NATIVE_METHOD, "Drop every item."},
    {NULL, NULL, 0, NULL},
};

static Type TimerHeapType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "TimerHeap",
    .basic_size = sizeof(ObjTimerHeap),
    .dealloc = heap_dealloc,
    .getattr = generic_getattr,
    .len = heap_len,
    .truth = heap_truth,
    .new_ = heap_new,
};

// --- the module ----------------------------------------------------------------------------

Value loop_module_create(ThreadState *ts) {
    Obj *m = module_new(ts, "_loop");
    if (!m) {
        return VNULL;
    }
    type_ready(ts, &PollerType);
    type_ready(ts, &TimerHeapType);
    type_add_methods(ts, &PollerType, poller_methods);
    type_add_methods(ts, &TimerHeapType, heap_methods);
    PollerType.module = str_intern_cstr("_loop");
    TimerHeapType.module = str_intern_cstr("_loop");
    module_set(ts, m, "Poller", val_obj(&PollerType.base));
    module_set(ts, m, "TimerHeap", val_obj(&TimerHeapType.base));
    module_set(ts, m, "EVENT_READ", val_int(EVENT_READ));
    module_set(ts, m, "EVENT_WRITE", val_int(EVENT_WRITE));
    return val_obj(m);
}
