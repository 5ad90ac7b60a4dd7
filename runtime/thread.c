// Threads: an OS thread (pthread) with its own ThreadState that takes the
// GIL and calls a function of the language.
//
// Stacks are small (1 MB by default, threading.stack_size to change): a
// call from bytecode to bytecode uses heap frames, not C stack, so only
// C code calling back into the language consumes stack, and that is
// guarded (stack_check raises RecursionError before the guard page).
// Every thread but the main one blocks SIGINT, so Ctrl-C always reaches
// the main thread, which is the one that raises KeyboardInterrupt.
#include <signal.h>
#include <unistd.h>

#include "runtime/thread.h"

#include "runtime/obj_dict.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_str.h"
#include "runtime/obj_tuple.h"
#include "runtime/state.h"
#include "runtime/traceback.h"

#if defined(__SANITIZE_THREAD__) || defined(__SANITIZE_ADDRESS__)
// The sanitizers' own bookkeeping takes much of a thread's stack.
#define DEFAULT_STACK_SIZE (8 * 1024 * 1024)
#else
#define DEFAULT_STACK_SIZE (1024 * 1024)
#endif

static size_t stack_size_setting;   // 0: the default

typedef struct Start {
    ThreadState *ts;
    Value func;
    Obj *args;               // tuple
    Obj *kwargs;             // dict or NULL
} Start;

size_t thread_get_stack_size(void) { return stack_size_setting; }

bool thread_set_stack_size(ThreadState *ts, size_t size) {
    if (size != 0 && size < 32768) {
        exc_raise(ts, &ExcValueError, "size not valid: %zu bytes", size);
        return false;
    }
    stack_size_setting = size;
    return true;
}

// Calls func(*args, **kwargs) on the new thread's state.
static void run_target(ThreadState *ts, Start *s) {
    int64_t n = tuple_len(s->args);
    int64_t nkw = s->kwargs ? dict_len(s->kwargs) : 0;
    Value *argv = cs_malloc_or_raise(ts, sizeof(Value) * (size_t)(n + nkw + 1));
    Obj *names = argv && nkw ? tuple_new(ts, nkw) : NULL;
    Value r = VNULL;
    if (argv && (names || nkw == 0)) {
        memcpy(argv, ((ObjTuple *)s->args)->items, sizeof(Value) * (size_t)n);
        int64_t pos = 0, i = 0;
        Value k, v;
        while (nkw && dict_next(s->kwargs, &pos, &k, &v)) {
            ((ObjTuple *)names)->items[i] = val_dup(k);
            argv[n + i++] = v;
        }
        r = obj_call(ts, s->func, argv, n, names);
    }
    obj_xdecref(names);
    cs_free(argv);
    if (val_is_null(r)) {
        if (exc_matches(ts, &ExcSystemExit)) {
            exc_clear(ts);
        } else {
            traceback_print_unraisable(ts, "Exception ignored in thread started by", s->func);
        }
    }
    val_decref(r);
}

void (*thread_exit_hook)(ThreadState *ts);

static void *thread_main(void *arg) {
    Start *s = arg;
    ThreadState *ts = s->ts;
    sigset_t block;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    pthread_sigmask(SIG_BLOCK, &block, NULL);
    cs_ts = ts;
    ts->pthread = pthread_self();
    ts->ident = (uint64_t)pthread_self();
    ts->native_id = (uint64_t)gettid();
    threadstate_set_stack_limit(ts);
    gil_acquire(ts);
    run_target(ts, s);
    val_decref(s->func);
    obj_decref(s->args);
    obj_xdecref(s->kwargs);
    free(s);
    if (thread_exit_hook) {
        thread_exit_hook(ts);
        exc_clear(ts);
    }
    if (ts->sentinel) {
        // Last of all: join() in threading waits for this lock.
        Value r = obj_call_method(ts, val_obj(ts->sentinel), "release", NULL, 0);
        if (val_is_null(r)) {
            exc_clear(ts);
        } else {
            val_decref(r);
        }
        obj_decref(ts->sentinel);
        ts->sentinel = NULL;
    }
    gil_retire_thread(ts);
    threadstate_delete(ts);   // releases the GIL
    return NULL;
}

uint64_t thread_start(ThreadState *ts, Value func, Obj *args, Obj *kwargs) {
    Interp *in = ts->interp;
    ThreadState *nts = threadstate_new(in);
    Start *s = calloc(1, sizeof(Start));
    if (!nts || !s) {
        free(s);
        if (nts) {
            threadstate_delete_unstarted(nts);
        }
        exc_raise(ts, &ExcRuntimeError, "can't start new thread");
        return 0;
    }
    snprintf(nts->name, sizeof nts->name, "Thread-%d", nts->serial);
    s->ts = nts;
    s->func = val_dup(func);
    s->args = args;
    obj_incref(args);
    s->kwargs = kwargs;
    if (kwargs) {
        obj_incref(kwargs);
    }
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, stack_size_setting ? stack_size_setting : DEFAULT_STACK_SIZE);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_t tid;
    int err = pthread_create(&tid, &attr, thread_main, s);
    pthread_attr_destroy(&attr);
    if (err != 0) {
        val_decref(s->func);
        obj_decref(s->args);
        obj_xdecref(s->kwargs);
        free(s);
        threadstate_delete_unstarted(nts);
        exc_raise(ts, &ExcRuntimeError, "can't start new thread");
        return 0;
    }
    // The new thread records its own ident (it may already be running).
    return (uint64_t)tid;
}
