// Interp and ThreadState: creation, the thread list, the C stack guard,
// and readying every built-in type at start-up.
#include <errno.h>
#include <sys/resource.h>
#include <unistd.h>

#include "runtime/state.h"

#include "runtime/frame.h"
#include "runtime/obj_class.h"
#include "runtime/obj_dict.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_range.h"
#include "runtime/obj_str.h"

_Thread_local ThreadState *cs_ts;

_Noreturn void cs_fatal_at(const char *file, int line, const char *fmt, ...) {
    fflush(stdout);
    fprintf(stderr, "cs: fatal error at %s:%d: ", file, line);
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    abort();
}

// --- the C stack guard ---------------------------------------------------------------

// Room kept free below the limit for the C code that runs between checks
// (and, under the sanitizers, for their larger frames).
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define STACK_MARGIN (256 * 1024)
#else
#define STACK_MARGIN (64 * 1024)
#endif

void threadstate_set_stack_limit(ThreadState *ts) {
    pthread_attr_t attr;
    void *addr;
    size_t size;
    char here;
    if (pthread_getattr_np(pthread_self(), &attr) == 0 && pthread_attr_getstack(&attr, &addr, &size) == 0) {
        pthread_attr_destroy(&attr);
        // The main thread's stack can grow up to RLIMIT_STACK; the attr
        // reports that limit, so the bottom is where it says.
        ts->stack_limit = (char *)addr + (size > 2 * STACK_MARGIN ? STACK_MARGIN : size / 4);
        return;
    }
    // Unknown: assume 1 MB below the current position.
    ts->stack_limit = (char *)((uintptr_t)&here - 1024 * 1024 + STACK_MARGIN);
}

bool stack_check(ThreadState *ts, const char *where) {
    char here;
    if (LIKELY(&here > ts->stack_limit)) {
        return true;
    }
    exc_raise(ts, &ExcRecursionError, "maximum recursion depth exceeded%s", where);
    return false;
}

// --- thread states ------------------------------------------------------------------------

ThreadState *threadstate_new(Interp *interp) {
    ThreadState *ts = calloc(1, sizeof(ThreadState));
    if (!ts) {
        return NULL;
    }
    ts->interp = interp;
    ts->curexc = VNULL;
    ts->handled_exc = VNULL;
    ts->async_exc = VNULL;
    gil_thread_init(&ts->gil, ts);
    pthread_mutex_lock(&interp->threads_lock);
    ts->next = interp->threads;
    if (interp->threads) {
        interp->threads->prev = ts;
    }
    interp->threads = ts;
    ts->serial = interp->nthreads_started++;
    ts->chaos_rng = 2463534242u ^ ((uint32_t)ts->serial * 2654435761u);
    if (ts->chaos_rng == 0) {
        ts->chaos_rng = 1;
    }
    pthread_mutex_unlock(&interp->threads_lock);
    return ts;
}

static void free_chunks(ThreadState *ts) {
    FrameChunk *c = ts->chunk;
    while (c) {
        FrameChunk *prev = c->prev;
        free(c);
        c = prev;
    }
    ts->chunk = NULL;
}

static void unlink_thread(ThreadState *ts) {
    Interp *interp = ts->interp;
    pthread_mutex_lock(&interp->threads_lock);
    if (ts->prev) {
        ts->prev->next = ts->next;
    } else {
        interp->threads = ts->next;
    }
    if (ts->next) {
        ts->next->prev = ts->prev;
    }
    pthread_mutex_unlock(&interp->threads_lock);
}

void threadstate_delete_unstarted(ThreadState *ts) {
    unlink_thread(ts);
    gil_thread_destroy(&ts->gil);
    free(ts);
}

void threadstate_delete(ThreadState *ts) {
    val_clear(&ts->curexc);
    val_clear(&ts->handled_exc);
    val_clear(&ts->async_exc);
    free_chunks(ts);
    unlink_thread(ts);
    gil_release(ts);
    gil_thread_destroy(&ts->gil);
    if (cs_ts == ts) {
        cs_ts = NULL;
    }
    free(ts);
}

// --- start-up -------------------------------------------------------------------------------

void exc_init_types(ThreadState *ts);
void str_init_cache(void);
void object_init_type(ThreadState *ts);
void tuple_init_type(ThreadState *ts);
void list_init_type(ThreadState *ts);
void dict_init_type(ThreadState *ts);
void int_init_types(ThreadState *ts);
void float_init_type(ThreadState *ts);
void range_init_types(ThreadState *ts);
void module_init_type(ThreadState *ts);
void descriptors_init_types(ThreadState *ts);
void gen_init_types(ThreadState *ts);
void set_init_types(ThreadState *ts);
void bytes_init_types(ThreadState *ts);
void str_init_methods(ThreadState *ts);
void str_format_init(ThreadState *ts);
void file_init_types(ThreadState *ts);
extern Type DictKeysType, DictValuesType, DictItemsType, DictIterType, ListRevIterType,
    SlotWrapperType, CoroWrapperType, ByteArrayType;

static Type *const builtin_types[] = {
    &TypeType, &ObjectType, &NoneType, &IntType, &BoolType, &FloatType, &StrType, &BytesType,
    &ByteArrayType, &ListType, &TupleType, &DictType, &SetType, &FrozenSetType, &RangeType,
    &SliceType, &FunctionType, &CodeType, &CellType, &NativeType, &MethodType, &ModuleType,
    &NotImplementedType, &EllipsisType, &PropertyType, &StaticMethodType, &ClassMethodType,
    &SuperType, &GeneratorType, &CoroutineType, &TracebackType, &DictKeysType, &DictValuesType,
    &DictItemsType, &DictIterType, &ListRevIterType, &SlotWrapperType, &CoroWrapperType,
    &RangeIterType, &ListIterType, &TupleIterType, &SeqIterType, &CallIterType, NULL,
};


static void init_types(ThreadState *ts) {
    str_init_cache();
    // type and object first: every other type's dict is made through them.
    type_ready(ts, &ObjectType);
    type_ready(ts, &TypeType);
    for (int i = 0; builtin_types[i]; i++) {
        type_ready(ts, builtin_types[i]);
    }
    exc_init_types(ts);
    object_init_type(ts);
    tuple_init_type(ts);
    list_init_type(ts);
    dict_init_type(ts);
    int_init_types(ts);
    float_init_type(ts);
    range_init_types(ts);
    module_init_type(ts);
    descriptors_init_types(ts);
    gen_init_types(ts);
    set_init_types(ts);
    bytes_init_types(ts);
    str_init_methods(ts);
    str_format_init(ts);
    file_init_types(ts);
}

ThreadState *interp_new(int argc, char **argv) {
    (void)argc;
    (void)argv;
    Interp *interp = calloc(1, sizeof(Interp));
    if (!interp) {
        cs_fatal("out of memory");
    }
    pthread_mutex_init(&interp->threads_lock, NULL);
    interp->recursion_limit = 1000;
    gil_init(&interp->gil);
    ThreadState *ts = threadstate_new(interp);
    if (!ts) {
        cs_fatal("out of memory");
    }
    interp->main_thread = ts;
    ts->pthread = pthread_self();
    ts->ident = (uint64_t)pthread_self();
    ts->native_id = (uint64_t)gettid();
    snprintf(ts->name, sizeof ts->name, "MainThread");
    cs_ts = ts;
    threadstate_set_stack_limit(ts);
    gil_acquire(ts);
    init_types(ts);
    interp->modules = dict_new(ts);
    interp->builtins = dict_new(ts);
    return ts;
}

void interp_free(ThreadState *ts) {
    // Objects may still be referenced from reference cycles (there is no
    // cycle collector yet); the OS reclaims them at exit. Only the thread
    // state's own resources are released here.
    Interp *interp = ts->interp;
    interp->finalizing = true;
    free_chunks(ts);
}
