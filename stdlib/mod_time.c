// The time module: clocks (time, monotonic, perf_counter, process_time and
// their _ns forms), sleep, and the calendar functions scripts use to print
// timestamps (localtime, gmtime, strftime, ctime, asctime, mktime).
//
// sleep releases the GIL for its whole duration, so other threads run, and
// wakes up early for a pending signal so Ctrl-C interrupts it (the
// remaining time is then not slept, as in CPython).
#include <errno.h>
#include <math.h>
#include <time.h>

#include "runtime/args.h"
#include "runtime/obj_class.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_float.h"
#include "runtime/obj_func.h"
#include "runtime/obj_int.h"
#include "runtime/obj_module.h"
#include "runtime/obj_str.h"
#include "runtime/obj_tuple.h"
#include "runtime/signals.h"
#include "runtime/state.h"
#include "stdlib/modules.h"

static int64_t clock_ns(clockid_t id) {
    struct timespec t;
    clock_gettime(id, &t);
    return (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
}

#define CLOCK_FN(name, id, as_float)                                                          \
    static Value name(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) { \
        (void)self;                                                                           \
        (void)args;                                                                           \
        if (!args_check(ts, "time", #name + 2, nargs, kwnames, 0, 0, ARGS_FIXED)) {           \
            return VNULL;                                                                     \
        }                                                                                     \
        int64_t ns = clock_ns(id);                                                            \
        return as_float ? val_float((double)ns / 1e9) : val_int(ns);                          \
    }

CLOCK_FN(t_time, CLOCK_REALTIME, true)
CLOCK_FN(t_time_ns, CLOCK_REALTIME, false)
CLOCK_FN(t_monotonic, CLOCK_MONOTONIC, true)
CLOCK_FN(t_monotonic_ns, CLOCK_MONOTONIC, false)
CLOCK_FN(t_perf_counter, CLOCK_MONOTONIC, true)
CLOCK_FN(t_perf_counter_ns, CLOCK_MONOTONIC, false)
CLOCK_FN(t_process_time, CLOCK_PROCESS_CPUTIME_ID, true)
CLOCK_FN(t_process_time_ns, CLOCK_PROCESS_CPUTIME_ID, false)
CLOCK_FN(t_thread_time, CLOCK_THREAD_CPUTIME_ID, true)

static Value t_sleep(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    if (!args_check(ts, "time", "sleep", nargs, kwnames, 1, 1, ARGS_FIXED)) {
        return VNULL;
    }
    double secs;
    if (val_is_float(args[0])) {
        secs = args[0].as.f;
    } else if (val_is_int_subclass(args[0])) {
        if (!val_to_double(ts, args[0], &secs)) {
            return VNULL;
        }
    } else {
        return exc_raise(ts, &ExcTypeError, "'%s' object cannot be interpreted as an integer",
                         val_type_name(args[0]));
    }
    if (isnan(secs)) {
        return exc_raise(ts, &ExcValueError, "Invalid value NaN (not a number)");
    }
    if (secs < 0) {
        return exc_raise(ts, &ExcValueError, "sleep length must be non-negative");
    }
    struct timespec deadline;
    clock_gettime(CLOCK_MONOTONIC, &deadline);
    double whole = floor(secs);
    deadline.tv_sec += (time_t)whole;
    deadline.tv_nsec += (long)((secs - whole) * 1e9);
    if (deadline.tv_nsec >= 1000000000) {
        deadline.tv_sec++;
        deadline.tv_nsec -= 1000000000;
    }
    // A signal that arrived just before is handled before sleeping.
    if (signals_pending() && !signals_run_handlers(ts)) {
        return VNULL;
    }
    for (;;) {
        // sleep(0) returns at once: keep the GIL unless someone takes it in
        // the grace period. A real sleep lets a waiter run at once.
        if (secs == 0) {
            gil_release_for_io(ts);
        } else {
            gil_release_for_block(ts);
        }
        int r = clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &deadline, NULL);
        gil_acquire_after_io(ts);
        if (r == 0) {
            return VNONE;
        }
        if (r != EINTR) {
            return exc_raise_errno(ts, r, NULL);
        }
        if (signals_pending() && !signals_run_handlers(ts)) {
            return VNULL;
        }
    }
}

// --- struct_time and the calendar ---------------------------------------------------------

static const char *const tm_fields[] = {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min",
                                        "tm_sec", "tm_wday", "tm_yday", "tm_isdst"};

static Value struct_time_getattr(ThreadState *ts, Value v, Obj *name) {
    for (int i = 0; i < 9; i++) {
        if (str_eq_cstr(name, tm_fields[i])) {
            return val_dup(tuple_get(v.as.obj, i));
        }
    }
    return generic_getattr(ts, v, name);
}

static Value struct_time_repr(ThreadState *ts, Value v) {
    Obj *t = v.as.obj;
    Obj *s = str_format_c(ts,
                          "time.struct_time(tm_year=%R, tm_mon=%R, tm_mday=%R, tm_hour=%R, tm_min=%R, "
                          "tm_sec=%R, tm_wday=%R, tm_yday=%R, tm_isdst=%R)",
                          tuple_get(t, 0), tuple_get(t, 1), tuple_get(t, 2), tuple_get(t, 3), tuple_get(t, 4),
                          tuple_get(t, 5), tuple_get(t, 6), tuple_get(t, 7), tuple_get(t, 8));
    return s ? val_obj(s) : VNULL;
}

static Type StructTimeType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "struct_time",
    .base_type = &TupleType,
    .basic_size = sizeof(ObjTuple),
    .repr = struct_time_repr,
    .getattr = struct_time_getattr,
};

static Value make_struct_time(ThreadState *ts, const struct tm *tm) {
    ObjTuple *t = (ObjTuple *)obj_alloc(ts, &StructTimeType, sizeof(ObjTuple) + 9 * sizeof(Value));
    if (!t) {
        return VNULL;
    }
    t->len = 9;
    t->items[0] = val_int(tm->tm_year + 1900);
    t->items[1] = val_int(tm->tm_mon + 1);
    t->items[2] = val_int(tm->tm_mday);
    t->items[3] = val_int(tm->tm_hour);
    t->items[4] = val_int(tm->tm_min);
    t->items[5] = val_int(tm->tm_sec);
    t->items[6] = val_int((tm->tm_wday + 6) % 7);   // Monday is 0
    t->items[7] = val_int(tm->tm_yday + 1);
    t->items[8] = val_int(tm->tm_isdst);
    return val_obj(&t->base);
}

static bool to_tm(ThreadState *ts, Value v, struct tm *tm) {
    memset(tm, 0, sizeof *tm);
    if (!val_isinstance(v, &TupleType) || tuple_len(v.as.obj) != 9) {
        exc_raise(ts, &ExcTypeError, "Tuple or struct_time argument required");
        return false;
    }
    int64_t f[9];
    for (int i = 0; i < 9; i++) {
        if (!obj_index_i64(ts, tuple_get(v.as.obj, i), &f[i])) {
            return false;
        }
    }
    tm->tm_year = (int)f[0] - 1900;
    tm->tm_mon = (int)f[1] - 1;
    tm->tm_mday = (int)f[2];
    tm->tm_hour = (int)f[3];
    tm->tm_min = (int)f[4];
    tm->tm_sec = (int)f[5];
    tm->tm_wday = (int)(f[6] + 1) % 7;
    tm->tm_yday = (int)f[7] - 1;
    tm->tm_isdst = (int)f[8];
    return true;
}

static bool time_arg(ThreadState *ts, Value *args, int64_t nargs, time_t *out) {
    if (nargs == 0 || val_is_none(args[0])) {
        *out = time(NULL);
        return true;
    }
    double d;
    if (!val_to_double(ts, args[0], &d)) {
        return false;
    }
    *out = (time_t)floor(d);
    return true;
}

static Value t_localtime(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    if (!args_check(ts, "time", "localtime", nargs, kwnames, 0, 1, ARGS_VARARGS)) {
        return VNULL;
    }
    time_t t;
    struct tm tm;
    if (!time_arg(ts, args, nargs, &t)) {
        return VNULL;
    }
    if (!localtime_r(&t, &tm)) {
        return exc_raise_errno(ts, errno, NULL);
    }
    return make_struct_time(ts, &tm);
}

static Value t_gmtime(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    if (!args_check(ts, "time", "gmtime", nargs, kwnames, 0, 1, ARGS_VARARGS)) {
        return VNULL;
    }
    time_t t;
    struct tm tm;
    if (!time_arg(ts, args, nargs, &t)) {
        return VNULL;
    }
    if (!gmtime_r(&t, &tm)) {
        return exc_raise_errno(ts, errno, NULL);
    }
    return make_struct_time(ts, &tm);
}

static Value t_mktime(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    if (!args_check(ts, "time", "mktime", nargs, kwnames, 1, 1, ARGS_FIXED)) {
        return VNULL;
    }
    struct tm tm;
    if (!to_tm(ts, args[0], &tm)) {
        return VNULL;
    }
    time_t t = mktime(&tm);
    if (t == (time_t)-1) {
        return exc_raise(ts, &ExcOverflowError, "mktime argument out of range");
    }
    return val_float((double)t);
}

static Value t_strftime(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    if (!args_check(ts, "time", "strftime", nargs, kwnames, 1, 2, ARGS_VARARGS)) {
        return VNULL;
    }
    if (!val_is_str_like(args[0])) {
        return exc_raise(ts, &ExcTypeError, "strftime() argument 1 must be str, not %s", val_type_name(args[0]));
    }
    struct tm tm;
    if (nargs == 2) {
        if (!to_tm(ts, args[1], &tm)) {
            return VNULL;
        }
    } else {
        time_t t = time(NULL);
        localtime_r(&t, &tm);
    }
    size_t cap = 256 + 4 * (size_t)as_str(args[0])->nbytes;
    char *buf = cs_malloc_or_raise(ts, cap);
    if (!buf) {
        return VNULL;
    }
    size_t n = strftime(buf, cap, as_str(args[0])->data, &tm);
    Obj *s = str_new(ts, buf, (int64_t)n);
    cs_free(buf);
    return s ? val_obj(s) : VNULL;
}

static Value format_asctime(ThreadState *ts, const struct tm *tm) {
    static const char *const days[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    Obj *s = str_format_c(ts, "%s %s %2d %02d:%02d:%02d %d", days[(tm->tm_wday % 7 + 7) % 7],
                          months[(tm->tm_mon % 12 + 12) % 12], tm->tm_mday, tm->tm_hour, tm->tm_min, tm->tm_sec,
                          tm->tm_year + 1900);
    return s ? val_obj(s) : VNULL;
}

static Value t_ctime(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    if (!args_check(ts, "time", "ctime", nargs, kwnames, 0, 1, ARGS_VARARGS)) {
        return VNULL;
    }
    time_t t;
    struct tm tm;
    if (!time_arg(ts, args, nargs, &t)) {
        return VNULL;
    }
    localtime_r(&t, &tm);
    return format_asctime(ts, &tm);
}

static Value t_asctime(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    if (!args_check(ts, "time", "asctime", nargs, kwnames, 0, 1, ARGS_VARARGS)) {
        return VNULL;
    }
    struct tm tm;
    if (nargs == 1) {
        if (!to_tm(ts, args[0], &tm)) {
            return VNULL;
        }
    } else {
        time_t t = time(NULL);
        localtime_r(&t, &tm);
    }
    return format_asctime(ts, &tm);
}

static const MethodDef time_functions[] = {
    {"time", t_time, 0, "Return the current time in seconds since the Epoch."},
    {"time_ns", t_time_ns, 0, "Return the current time in nanoseconds since the Epoch."},
    {"monotonic", t_monotonic, 0, "Monotonic clock, cannot go backward."},
    {"monotonic_ns", t_monotonic_ns, 0, "Monotonic clock, cannot go backward, as nanoseconds."},
    {"perf_counter", t_perf_counter, 0, "Performance counter for benchmarking."},
    {"perf_counter_ns", t_perf_counter_ns, 0, "Performance counter for benchmarking as nanoseconds."},
    {"process_time", t_process_time, 0, "Process time for profiling: sum of the kernel and user-space CPU time."},
    {"process_time_ns", t_process_time_ns, 0, "Process time for profiling as nanoseconds."},
    {"thread_time", t_thread_time, 0, "Thread time for profiling: sum of the kernel and user-space CPU time."},
    {"sleep", t_sleep, 0, "Delay execution for a given number of seconds."},
    {"localtime", t_localtime, 0, "Convert seconds since the Epoch to a time tuple expressing local time."},
    {"gmtime", t_gmtime, 0, "Convert seconds since the Epoch to a time tuple expressing UTC."},
    {"mktime", t_mktime, 0, "Convert a time tuple in local time to seconds since the Epoch."},
    {"strftime", t_strftime, 0, "Convert a time tuple to a string according to a format specification."},
    {"ctime", t_ctime, 0, "Convert a time in seconds since the Epoch to a string in local time."},
    {"asctime", t_asctime, 0, "Convert a time tuple to a string."},
    {NULL, NULL, 0, NULL},
};

Value time_module_create(ThreadState *ts) {
    Obj *m = module_new(ts, "time");
    if (!m) {
        return VNULL;
    }
    type_ready(ts, &StructTimeType);
    StructTimeType.module = str_intern_cstr("time");
    module_add_functions(ts, m, time_functions);
    module_set(ts, m, "struct_time", val_obj(&StructTimeType.base));
    tzset();
    module_set(ts, m, "timezone", val_int((int64_t)timezone));
    module_set(ts, m, "daylight", val_int(daylight));
    return val_obj(m);
}
