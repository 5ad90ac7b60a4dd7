// The gil module: the GIL's own statistics, seen from inside a script.
//
//     import gil
//     for row in gil.stats(): print(row['name'], row['acquisitions'], row['held_ms'])
//     gil.report()          # the -X gilstats table, now
//     gil.switches()        # hand-overs between threads so far
//     gil.chaos(True)       # switch at random instructions (as -X gilswitch=always)
//
// The numbers are the ones runtime/gil.c keeps for every thread, live or
// ended; reading them takes the GIL's mutex, so a row is never half updated.
#include "runtime/args.h"
#include "runtime/gil.h"
#include "runtime/obj_dict.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_file.h"
#include "runtime/obj_float.h"
#include "runtime/obj_func.h"
#include "runtime/obj_list.h"
#include "runtime/obj_module.h"
#include "runtime/obj_str.h"
#include "runtime/state.h"
#include "stdlib/modules.h"

// One thread's row, copied out under the locks.
typedef struct Row {
    char name[64];
    uint64_t native_id;
    bool alive;
    GilThread g;
    uint64_t extra_hold_ns;      // the current holder's hold so far
} Row;

// Copies every thread's statistics. Returns a cs_malloc'd array (count in
// *n), or NULL with MemoryError.
static Row *collect(ThreadState *ts, size_t *n) {
    Interp *in = ts->interp;
    Gil *gil = &in->gil;
    pthread_mutex_lock(&in->threads_lock);
    pthread_mutex_lock(&gil->mutex);
    size_t count = 0;
    for (ThreadState *t = in->threads; t; t = t->next) {
        count++;
    }
    for (GilRecord *r = gil->records; r; r = r->next) {
        count++;
    }
    Row *rows = cs_calloc(count ? count : 1, sizeof(Row));
    size_t i = 0;
    if (rows) {
        uint64_t now = gil_now_ns();
        for (ThreadState *t = in->threads; t; t = t->next, i++) {
            memcpy(rows[i].name, t->name, sizeof rows[i].name);
            rows[i].native_id = t->native_id;
            rows[i].alive = true;
            rows[i].g = t->gil;
            rows[i].extra_hold_ns = gil->holder == t ? now - t->gil.held_since_ns : 0;
        }
        for (GilRecord *r = gil->records; r; r = r->next, i++) {
            memcpy(rows[i].name, r->name, sizeof rows[i].name);
            rows[i].native_id = r->native_id;
            rows[i].g = r->stats;
        }
    }
    pthread_mutex_unlock(&gil->mutex);
    pthread_mutex_unlock(&in->threads_lock);
    if (!rows) {
        exc_no_memory(ts);
        return NULL;
    }
    *n = count;
    return rows;
}

static int put(ThreadState *ts, Obj *d, const char *key, Value v) {
    int r = dict_set_cstr(ts, d, key, v);
    val_decref(v);
    return r;
}

static Obj *row_dict(ThreadState *ts, const Row *row) {
    Obj *d = dict_new(ts);
    if (!d) {
        return NULL;
    }
    Obj *name = str_from_cstr(ts, row->name);
    const GilThread *g = &row->g;
    if (!name || put(ts, d, "name", val_obj(name)) < 0 ||
        put(ts, d, "native_id", val_int((int64_t)row->native_id)) < 0 ||
        put(ts, d, "alive", val_bool(row->alive)) < 0 ||
        put(ts, d, "acquisitions", val_int((int64_t)g->acquisitions)) < 0 ||
        put(ts, d, "forced_drops", val_int((int64_t)g->forced_drops)) < 0 ||
        put(ts, d, "io_releases", val_int((int64_t)g->io_releases)) < 0 ||
        put(ts, d, "io_kept", val_int((int64_t)g->io_fast_returns)) < 0 ||
        put(ts, d, "held_ms", val_float((g->hold_ns + row->extra_hold_ns) / 1e6)) < 0 ||
        put(ts, d, "waited_ms", val_float(g->wait_ns / 1e6)) < 0 ||
        put(ts, d, "max_wait_ms", val_float(g->max_wait_ns / 1e6)) < 0) {
        obj_decref(d);
        return NULL;
    }
    return d;
}

// stats() -> a new list of dicts, one per thread: live ones first, in the
// order they started, then the ones that have ended, newest first.
static Value gil_stats(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    (void)args;
    if (!args_check(ts, "gil", "stats", nargs, kwnames, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    size_t n;
    Row *rows = collect(ts, &n);
    if (!rows) {
        return VNULL;
    }
    Obj *list = list_new(ts, (int64_t)n);
    for (size_t i = 0; list && i < n; i++) {
        Obj *d = row_dict(ts, &rows[i]);
        if (!d || list_append_steal(ts, list, val_obj(d)) < 0) {
            obj_decref(list);
            list = NULL;
        }
    }
    cs_free(rows);
    return list ? val_obj(list) : VNULL;
}

// report() prints the -X gilstats table to stderr now.
static Value gil_report(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    (void)args;
    if (!args_check(ts, "gil", "report", nargs, kwnames, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    file_flush_all(ts);
    gil_print_stats(ts, stderr);
    return VNONE;
}

static Value gil_switches(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    (void)args;
    if (!args_check(ts, "gil", "switches", nargs, kwnames, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    Gil *gil = &ts->interp->gil;
    pthread_mutex_lock(&gil->mutex);
    uint64_t n = gil->switches;
    pthread_mutex_unlock(&gil->mutex);
    return val_int((int64_t)n);
}

// chaos() -> whether chaos mode is on (the GIL changes hands at random
// instructions, most often just before a store); chaos(flag)
// turns that on or off and returns the previous setting.
static Value gil_chaos(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    if (!args_check(ts, "gil", "chaos", nargs, kwnames, 0, 1, ARGS_CLINIC)) {
        return VNULL;
    }
    Gil *gil = &ts->interp->gil;
    bool was = atomic_load(&gil->chaos);
    if (nargs == 1) {
        int on = obj_truth(ts, args[0]);
        if (on < 0) {
            return VNULL;
        }
        // The eval loop picks its dispatch table from this flag at the
        // next backward jump or call.
        atomic_store(&gil->chaos, on != 0);
    }
    return val_bool(was);
}

static const MethodDef gil_functions[] = {
    {"stats", gil_stats, 0,
     "stats() -> list of dicts\n\nThe GIL statistics of every thread, live or ended: acquisitions,\n"
     "forced_drops, io_releases, io_kept, held_ms, waited_ms, max_wait_ms."},
    {"report", gil_report, 0, "report()\n\nPrint the per-thread GIL table (as -X gilstats) to stderr."},
    {"switches", gil_switches, 0, "switches() -> int\n\nHow many times the GIL has moved between threads."},
    {"chaos", gil_chaos, 0,
     "chaos([flag]) -> bool\n\nWith a flag, turn chaos mode (switches at random instructions) on or off;\n"
     "return the previous setting."},
    {NULL, NULL, 0, NULL},
};

Value gil_module_create(ThreadState *ts) {
    Obj *m = module_new(ts, "gil");
    if (!m) {
        return VNULL;
    }
    module_add_functions(ts, m, gil_functions);
    return val_obj(m);
}
