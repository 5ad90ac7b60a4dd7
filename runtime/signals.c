// Signals (see signals.h). Only async-signal-safe work happens in the C
// handler: an atomic store of the signal's flag and of the main thread's
// eval breaker bit. Everything else runs in the main thread, holding the
// GIL, at a safe point of the eval loop.
#include <errno.h>
#include <signal.h>

#include "runtime/signals.h"

#include "runtime/obj_exc.h"
#include "runtime/state.h"

#define MAX_SIGNAL 65

static atomic_int tripped[MAX_SIGNAL];
static atomic_int any_tripped;
static ThreadState *main_thread;
static Value handlers[MAX_SIGNAL];   // VNULL: default action (SIGINT: KeyboardInterrupt)

static void on_signal(int signum) {
    if (signum > 0 && signum < MAX_SIGNAL) {
        atomic_store(&tripped[signum], 1);
        atomic_store(&any_tripped, 1);
        if (main_thread) {
            atomic_fetch_or(&main_thread->eval_breaker, BREAK_SIGNALS);
        }
    }
}

void signals_trip(int signum) { on_signal(signum); }

void signals_install(ThreadState *main_ts) {
    main_thread = main_ts;
    struct sigaction old;
    if (sigaction(SIGINT, NULL, &old) == 0 && old.sa_handler != SIG_IGN) {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = on_signal;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = 0;   // no SA_RESTART: blocking calls return EINTR and look
        sigaction(SIGINT, &sa, NULL);
    }
    signal(SIGPIPE, SIG_IGN);
}

bool signals_pending(void) { return atomic_load(&any_tripped) != 0; }

bool signals_run_handlers(ThreadState *ts) {
    if (ts != main_thread) {
        atomic_fetch_and(&ts->eval_breaker, ~(unsigned)BREAK_SIGNALS);
        return true;
    }
    atomic_fetch_and(&ts->eval_breaker, ~(unsigned)BREAK_SIGNALS);
    if (!atomic_exchange(&any_tripped, 0)) {
        return true;
    }
    for (int s = 1; s < MAX_SIGNAL; s++) {
        if (!atomic_exchange(&tripped[s], 0)) {
            continue;
        }
        Value h = handlers[s];
        if (val_is_null(h)) {
            if (s == SIGINT) {
                exc_raise_value(ts, &ExcKeyboardInterrupt, VNULL);
                return false;
            }
            continue;
        }
        if (!obj_is_callable(h)) {
            continue;
        }
        Value args[2] = {val_int(s), VNONE};
        Value r = obj_call(ts, h, args, 2, NULL);
        if (val_is_null(r)) {
            return false;
        }
        val_decref(r);
    }
    return true;
}

Value signals_set_handler(ThreadState *ts, int signum, Value handler) {
    if (signum < 1 || signum >= MAX_SIGNAL) {
        return exc_raise(ts, &ExcValueError, "signal number out of range");
    }
    Value old = signals_get_handler(ts, signum);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sigemptyset(&sa.sa_mask);
    if (val_is_int(handler) && handler.as.i == 0) {
        sa.sa_handler = SIG_DFL;
        val_clear(&handlers[signum]);
    } else if (val_is_int(handler) && handler.as.i == 1) {
        sa.sa_handler = SIG_IGN;
        val_clear(&handlers[signum]);
    } else {
        sa.sa_handler = on_signal;
        val_set(&handlers[signum], val_dup(handler));
    }
    if (sigaction(signum, &sa, NULL) != 0) {
        val_decref(old);
        return exc_raise_errno(ts, errno, NULL);
    }
    return old;
}

Value signals_get_handler(ThreadState *ts, int signum) {
    (void)ts;
    if (signum < 1 || signum >= MAX_SIGNAL) {
        return VNONE;
    }
    if (!val_is_null(handlers[signum])) {
        return val_dup(handlers[signum]);
    }
    return VNONE;
}
