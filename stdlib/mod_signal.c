// The signal module: setting Python-level handlers for signals (signal,
// getsignal), the signal numbers, SIG_DFL and SIG_IGN, default_int_handler
// (what raises KeyboardInterrupt on Ctrl-C), and the calls that produce or
// wait for signals (raise_signal, alarm, setitimer, pause).
//
// The machinery is runtime/signals.c: the C-level handler only records
// that a signal came; the main thread runs the script's handler at its
// next safe point, holding the GIL. So handlers always run in the main
// thread, between two bytecodes, as in CPython, and only the main thread
// may install them.
//
// Signal numbers are plain ints here (CPython makes them members of the
// IntEnum signal.Signals, which print the same with print()).
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>

#include "runtime/args.h"
#include "runtime/obj_dict.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_float.h"
#include "runtime/obj_func.h"
#include "runtime/obj_int.h"
#include "runtime/obj_module.h"
#include "runtime/obj_set.h"
#include "runtime/obj_str.h"
#include "runtime/obj_tuple.h"
#include "runtime/signals.h"
#include "runtime/state.h"
#include "stdlib/modules.h"
#include "stdlib/py_signature.h"

// The NSIG of Linux: signal numbers run from 1 to 64.
#define SIGNAL_LIMIT 65

static bool signal_number(ThreadState *ts, Value v, int *out) {
    int64_t n;
    if (!obj_index_i64(ts, v, &n)) {
        return false;
    }
    if (n < 1 || n >= SIGNAL_LIMIT) {
        exc_raise(ts, &ExcValueError, "signal number out of range");
        return false;
    }
    *out = (int)n;
    return true;
}

// The handler the script sees for signum: what it installed, or, for a
// signal it never touched, what the process does with it (SIGINT's
// KeyboardInterrupt is default_int_handler). New reference.
static Value current_handler(ThreadState *ts, Value module, int signum) {
    Value h = signals_get_handler(ts, signum);
    if (!val_is_none(h)) {
        return h;
    }
    struct sigaction sa;
    if (sigaction(signum, NULL, &sa) != 0) {
        return exc_raise_errno(ts, errno, NULL);
    }
    if (sa.sa_handler == SIG_IGN) {
        return val_int(1);
    }
    if (sa.sa_handler == SIG_DFL) {
        return val_int(0);
    }
    if (signum == SIGINT) {
        return obj_getattr_cstr(ts, module, "default_int_handler");
    }
    return VNONE;
}

static Value s_signal(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    // signal() and getsignal() are Python functions in CPython's signal.py,
    // so their argument errors read like a Python function's.
    static const char *const names[] = {"signalnum", "handler"};
    static const PySignature sig = {"signal", names, 2, 0, 2, false};
    Value a[2];
    int signum;
    if (!py_signature_bind(ts, &sig, args, nargs, kwnames, a) || !signal_number(ts, a[0], &signum)) {
        return VNULL;
    }
    if (ts != ts->interp->main_thread) {
        return exc_raise(ts, &ExcValueError, "signal only works in main thread of the main interpreter");
    }
    Value handler = a[1];
    Value installed;
    if (obj_is_callable(handler)) {
        installed = handler;
    } else if ((val_is_int(handler) || val_is_bool(handler)) && (handler.as.i == 0 || handler.as.i == 1)) {
        installed = val_int(handler.as.i);   // SIG_DFL (0) or SIG_IGN (1)
    } else {
        return exc_raise(ts, &ExcTypeError,
                         "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
    }
    // SIGKILL and SIGSTOP cannot be caught: refuse before changing anything.
    if (signum == SIGKILL || signum == SIGSTOP) {
        return exc_raise_errno(ts, EINVAL, NULL);
    }
    Value old = current_handler(ts, self, signum);
    if (val_is_null(old)) {
        return VNULL;
    }
    Value previous = signals_set_handler(ts, signum, installed);
    if (val_is_null(previous)) {
        val_decref(old);
        return VNULL;
    }
    val_decref(previous);
    return old;
}

static Value s_getsignal(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    static const char *const names[] = {"signalnum"};
    static const PySignature sig = {"getsignal", names, 1, 0, 1, false};
    Value a[1];
    int signum;
    if (!py_signature_bind(ts, &sig, args, nargs, kwnames, a) || !signal_number(ts, a[0], &signum)) {
        return VNULL;
    }
    return current_handler(ts, self, signum);
}

static Value s_default_int_handler(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    (void)args;
    (void)nargs;
    (void)kwnames;
    return exc_raise_value(ts, &ExcKeyboardInterrupt, VNULL);
}

static Value s_raise_signal(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    int signum;
    if (!args_check(ts, "signal", "raise_signal", nargs, kwnames, 1, 1, ARGS_FIXED) ||
        !signal_number(ts, args[0], &signum)) {
        return VNULL;
    }
    if (raise(signum) != 0) {
        return exc_raise_errno(ts, errno, NULL);
    }
    // Run the handler now, as CPython does, when this is the main thread.
    if (ts == ts->interp->main_thread && signals_pending() && !signals_run_handlers(ts)) {
        return VNULL;
    }
    return VNONE;
}

static Value s_alarm(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    int64_t seconds;
    if (!args_check(ts, "signal", "alarm", nargs, kwnames, 1, 1, ARGS_FIXED) ||
        !obj_index_i64(ts, args[0], &seconds)) {
        return VNULL;
    }
    return val_int((int64_t)alarm((unsigned)seconds));
}

static Value s_pause(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    (void)args;
    if (!args_check(ts, "signal", "pause", nargs, kwnames, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    gil_release_for_io(ts);   // releases the GIL
    pause();
    gil_acquire_after_io(ts);
    if (signals_pending() && !signals_run_handlers(ts)) {
        return VNULL;
    }
    return VNONE;
}

static double timeval_seconds(struct timeval tv) { return (double)tv.tv_sec + (double)tv.tv_usec * 1e-6; }

static struct timeval seconds_timeval(double s) {
    struct timeval tv;
    tv.tv_sec = (time_t)s;
    tv.tv_usec = (suseconds_t)((s - (double)tv.tv_sec) * 1e6);
    // A positive time too short for a microsecond would disarm the timer.
    if (s > 0 && tv.tv_sec == 0 && tv.tv_usec == 0) {
        tv.tv_usec = 1;
    }
    return tv;
}

static Value itimer_tuple(ThreadState *ts, const struct itimerval *v) {
    Obj *t = tuple_pack(ts, 2, val_float(timeval_seconds(v->it_value)), val_float(timeval_seconds(v->it_interval)));
    return t ? val_obj(t) : VNULL;
}

static Value s_setitimer(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    int64_t which;
    double seconds, interval = 0.0;
    if (!args_check(ts, "signal", "setitimer", nargs, kwnames, 2, 3, ARGS_CLINIC) ||
        !obj_index_i64(ts, args[0], &which) || !val_to_double(ts, args[1], &seconds) ||
        (nargs == 3 && !val_to_double(ts, args[2], &interval))) {
        return VNULL;
    }
    struct itimerval new_value = {seconds_timeval(interval), seconds_timeval(seconds)}, old;
    if (setitimer((int)which, &new_value, &old) != 0) {
        return exc_raise_errno(ts, errno, NULL);
    }
    return itimer_tuple(ts, &old);
}

static Value s_getitimer(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    int64_t which;
    if (!args_check(ts, "signal", "getitimer", nargs, kwnames, 1, 1, ARGS_FIXED) ||
        !obj_index_i64(ts, args[0], &which)) {
        return VNULL;
    }
    struct itimerval v;
    if (getitimer((int)which, &v) != 0) {
        return exc_raise_errno(ts, errno, NULL);
    }
    return itimer_tuple(ts, &v);
}

static Value s_strsignal(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    int signum;
    if (!args_check(ts, "signal", "strsignal", nargs, kwnames, 1, 1, ARGS_FIXED) ||
        !signal_number(ts, args[0], &signum)) {
        return VNULL;
    }
    // Real-time signals have no fixed description.
    if (signum >= SIGRTMIN && signum <= SIGRTMAX) {
        return VNONE;
    }
    Obj *s = str_from_cstr(ts, strsignal(signum));
    return s ? val_obj(s) : VNULL;
}

static Value s_valid_signals(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    (void)args;
    if (!args_check(ts, "signal", "valid_signals", nargs, kwnames, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    sigset_t all;
    sigfillset(&all);
    Obj *set = set_new(ts, &SetType);
    for (int s = 1; set && s < SIGNAL_LIMIT; s++) {
        if (sigismember(&all, s) == 1 && set_add(ts, set, val_int(s)) < 0) {
            obj_decref(set);
            return VNULL;
        }
    }
    return set ? val_obj(set) : VNULL;
}

static const MethodDef signal_functions[] = {
    {"signal", s_signal, 0, "Set the action for the given signal."},
    {"getsignal", s_getsignal, 0, "Return the current action for the given signal."},
    {"default_int_handler", s_default_int_handler, 0, "The default handler for SIGINT installed by Python."},
    {"raise_signal", s_raise_signal, 0, "Send a signal to the executing process."},
    {"alarm", s_alarm, 0, "Arrange for SIGALRM to arrive after the given number of seconds."},
    {"pause", s_pause, 0, "Wait until a signal arrives."},
    {"setitimer", s_setitimer, 0, "Sets given itimer (one of ITIMER_REAL, ITIMER_VIRTUAL or ITIMER_PROF)."},
    {"getitimer", s_getitimer, 0, "Returns current value of given itimer."},
    {"strsignal", s_strsignal, 0, "Return the system description of the given signal."},
    {"valid_signals", s_valid_signals, 0, "Return a set of valid signal numbers on this platform."},
    {NULL, NULL, 0, NULL},
};

static const struct {
    const char *name;
    int value;
} signal_constants[] = {
    {"SIG_DFL", 0}, {"SIG_IGN", 1}, {"NSIG", SIGNAL_LIMIT},
    {"SIGHUP", SIGHUP}, {"SIGINT", SIGINT}, {"SIGQUIT", SIGQUIT}, {"SIGILL", SIGILL},
    {"SIGTRAP", SIGTRAP}, {"SIGABRT", SIGABRT}, {"SIGIOT", SIGIOT}, {"SIGBUS", SIGBUS},
    {"SIGFPE", SIGFPE}, {"SIGKILL", SIGKILL}, {"SIGUSR1", SIGUSR1}, {"SIGSEGV", SIGSEGV},
    {"SIGUSR2", SIGUSR2}, {"SIGPIPE", SIGPIPE}, {"SIGALRM", SIGALRM}, {"SIGTERM", SIGTERM},
    {"SIGSTKFLT", SIGSTKFLT}, {"SIGCHLD", SIGCHLD}, {"SIGCLD", SIGCHLD}, {"SIGCONT", SIGCONT},
    {"SIGSTOP", SIGSTOP}, {"SIGTSTP", SIGTSTP}, {"SIGTTIN", SIGTTIN}, {"SIGTTOU", SIGTTOU},
    {"SIGURG", SIGURG}, {"SIGXCPU", SIGXCPU}, {"SIGXFSZ", SIGXFSZ}, {"SIGVTALRM", SIGVTALRM},
    {"SIGPROF", SIGPROF}, {"SIGWINCH", SIGWINCH}, {"SIGIO", SIGIO}, {"SIGPOLL", SIGPOLL},
    {"SIGPWR", SIGPWR}, {"SIGSYS", SIGSYS},
    {"SIG_BLOCK", SIG_BLOCK}, {"SIG_UNBLOCK", SIG_UNBLOCK}, {"SIG_SETMASK", SIG_SETMASK},
    {"ITIMER_REAL", ITIMER_REAL}, {"ITIMER_VIRTUAL", ITIMER_VIRTUAL}, {"ITIMER_PROF", ITIMER_PROF},
    {NULL, 0},
};

Value signal_module_create(ThreadState *ts) {
    Obj *m = module_new(ts, "signal");
    if (!m) {
        return VNULL;
    }
    module_add_functions(ts, m, signal_functions);
    for (int i = 0; signal_constants[i].name; i++) {
        module_set(ts, m, signal_constants[i].name, val_int(signal_constants[i].value));
    }
    // SIGRTMIN and SIGRTMAX are function calls in glibc, not constants.
    module_set(ts, m, "SIGRTMIN", val_int(SIGRTMIN));
    module_set(ts, m, "SIGRTMAX", val_int(SIGRTMAX));
    module_set(ts, m, "ItimerError", val_obj(&ExcOSError.base));
    return val_obj(m);
}
