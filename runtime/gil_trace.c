// What the GIL lets you see (G6): per-thread statistics printed at exit
// with -X gilstats, and -X giltrace=FILE, which writes every hand-over as
// Chrome trace-event JSON (open it in Perfetto or chrome://tracing).
//
// Each thread becomes a row of back-to-back slices: "RUN (holds GIL)",
// "WAIT for GIL" and "BLOCKED (GIL released)", built from the events the
// GIL recorded (gil.c). An extra row, "GIL holder", repeats the RUN slices
// of all threads: at any instant at most one slice is open there, which is
// the GIL's promise made visible (and checked by the tests).
#include <unistd.h>

#include "runtime/gil.h"
#include "runtime/state.h"
#include "runtime/strbuf.h"

void gil_retire_thread(ThreadState *ts) {
    Gil *gil = &ts->interp->gil;
    GilRecord *r = calloc(1, sizeof(GilRecord));
    if (!r) {
        return;
    }
    memcpy(r->name, ts->name, sizeof r->name);
    r->native_id = ts->native_id;
    // Under the mutex: a waiter may still be writing to our GilThread.
    pthread_mutex_lock(&gil->mutex);
    r->stats = ts->gil;
    // The record takes over the events; the condition variable is not copied in use.
    ts->gil.events = NULL;
    ts->gil.nevents = ts->gil.events_cap = 0;
    r->next = gil->records;
    gil->records = r;
    pthread_mutex_unlock(&gil->mutex);
}

static void print_row(FILE *out, const char *name, const GilThread *g, uint64_t extra_hold_ns) {
    fprintf(out, "%-20s %10llu %8llu %8llu %10llu %10.1f %11.1f %12.3f\n", name,
            (unsigned long long)g->acquisitions, (unsigned long long)g->forced_drops,
            (unsigned long long)g->io_releases, (unsigned long long)g->io_fast_returns,
            (g->hold_ns + extra_hold_ns) / 1e6, g->wait_ns / 1e6, g->max_wait_ns / 1e6);
}

void gil_report_stats(ThreadState *ts) {
    const char *env = getenv("CS_GILSTATS");
    if (env && env[0]) {
        gil_print_stats(ts, stderr);
    }
}

void gil_print_stats(ThreadState *ts, FILE *out) {
    Interp *in = ts->interp;
    Gil *gil = &in->gil;
    fprintf(out, "GIL statistics (switch interval %.1f ms, %llu hand-overs)\n",
            (double)atomic_load(&gil->interval_ns) / 1e6, (unsigned long long)gil->switches);
    fprintf(out, "%-20s %10s %8s %8s %10s %10s %11s %12s\n", "thread", "acquired", "forced", "io",
            "io_kept", "held_ms", "waited_ms", "max_wait_ms");
    pthread_mutex_lock(&in->threads_lock);
    pthread_mutex_lock(&gil->mutex);
    for (ThreadState *t = in->threads; t; t = t->next) {
        uint64_t extra = gil->holder == t ? gil_now_ns() - t->gil.held_since_ns : 0;
        print_row(out, t->name, &t->gil, extra);
    }
    for (GilRecord *r = gil->records; r; r = r->next) {
        print_row(out, r->name, &r->stats, 0);
    }
    pthread_mutex_unlock(&gil->mutex);
    pthread_mutex_unlock(&in->threads_lock);
}

// --- the trace file ---------------------------------------------------------------------

typedef struct Writer {
    FILE *f;
    bool first;
    int pid;
    uint64_t t0;
} Writer;

static void event_sep(Writer *w) {
    fputs(w->first ? "\n  " : ",\n  ", w->f);
    w->first = false;
}

static void json_string(FILE *f, const char *s) {
    fputc('"', f);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\') {
            fprintf(f, "\\%c", c);
        } else if (c < 0x20) {
            fprintf(f, "\\u%04x", c);
        } else {
            fputc(c, f);
        }
    }
    fputc('"', f);
}

static void slice(Writer *w, uint64_t tid, const char *name, uint64_t start, uint64_t end) {
    if (end < start) {
        end = start;
    }
    event_sep(w);
    fprintf(w->f, "{\"name\": ");
    json_string(w->f, name);
    fprintf(w->f, ", \"cat\": \"gil\", \"ph\": \"X\", \"ts\": %.3f, \"dur\": %.3f, \"pid\": %d, \"tid\": %llu}",
            (start - w->t0) / 1e3, (end - start) / 1e3, w->pid, (unsigned long long)tid);
}

static void metadata(Writer *w, uint64_t tid, const char *what, const char *name, int sort) {
    event_sep(w);
    fprintf(w->f, "{\"name\": \"%s\", \"ph\": \"M\", \"pid\": %d, \"tid\": %llu, \"args\": {\"name\": ", what,
            w->pid, (unsigned long long)tid);
    json_string(w->f, name);
    fprintf(w->f, "}}");
    event_sep(w);
    fprintf(w->f, "{\"name\": \"thread_sort_index\", \"ph\": \"M\", \"pid\": %d, \"tid\": %llu, \"args\": {\"sort_index\": %d}}",
            w->pid, (unsigned long long)tid, sort);
}

// The states a thread's row shows, in the order of state_names.
enum { ST_NONE, ST_RUN, ST_WAIT, ST_BLOCKED, ST_DROP_ASK };

// Calls fn for every stretch of time a thread spent in one state, built
// from its recorded events, and for every drop request (an instant).
typedef void (*SliceFn)(void *ctx, int state, uint64_t start, uint64_t end);

static void for_each_slice(const GilThread *g, uint64_t end_ns, SliceFn fn, void *ctx) {
    int state = ST_NONE;
    uint64_t since = 0;
    for (size_t i = 0; i < g->nevents; i++) {
        const GilEvent *e = &g->events[i];
        int next;
        switch (e->kind) {
        case GIL_EV_ACQUIRE: next = ST_RUN; break;
        case GIL_EV_RELEASE: next = ST_NONE; break;
        case GIL_EV_WAIT: next = ST_WAIT; break;
        case GIL_EV_IO_BEGIN: next = ST_BLOCKED; break;
        case GIL_EV_IO_END: next = ST_NONE; break;
        case GIL_EV_DROP_REQUEST: fn(ctx, ST_DROP_ASK, e->ns, e->ns); continue;
        default: continue;
        }
        if (state != ST_NONE) {
            fn(ctx, state, since, e->ns);
        }
        state = next;
        since = e->ns;
    }
    if (state != ST_NONE) {
        fn(ctx, state, since, end_ns);
    }
}

// --- Chrome trace-event JSON --------------------------------------------------------------

typedef struct JsonRow {
    Writer *w;
    uint64_t tid;
    const char *name;
} JsonRow;

static void json_slice(void *ctx, int state, uint64_t start, uint64_t end) {
    static const char *const state_names[] = {NULL, "RUN (holds GIL)", "WAIT for GIL", "BLOCKED (GIL released)"};
    JsonRow *r = ctx;
    Writer *w = r->w;
    if (state == ST_DROP_ASK) {
        event_sep(w);
        fprintf(w->f, "{\"name\": \"asks holder to drop\", \"cat\": \"gil\", \"ph\": \"i\", \"s\": \"t\", "
                      "\"ts\": %.3f, \"pid\": %d, \"tid\": %llu}",
                (start - w->t0) / 1e3, w->pid, (unsigned long long)r->tid);
        return;
    }
    slice(w, r->tid, state_names[state], start, end);
    if (state == ST_RUN) {
        slice(w, 0, r->name, start, end);   // the "GIL holder" row
    }
}

static void write_thread(Writer *w, const char *name, uint64_t tid, const GilThread *g, uint64_t end_ns,
                         int sort) {
    metadata(w, tid, "thread_name", name, sort);
    JsonRow row = {w, tid, name};
    for_each_slice(g, end_ns, json_slice, &row);
}

// --- an ASCII timeline ------------------------------------------------------------------

#define COLUMNS 72

typedef struct AsciiRow {
    uint64_t t0, col_ns;
    uint64_t ns[COLUMNS][4];      // time spent in each state, per column
} AsciiRow;

static void ascii_slice(void *ctx, int state, uint64_t start, uint64_t end) {
    AsciiRow *r = ctx;
    if (state == ST_DROP_ASK || end <= start) {
        return;
    }
    for (int c = 0; c < COLUMNS; c++) {
        uint64_t lo = r->t0 + (uint64_t)c * r->col_ns, hi = lo + r->col_ns;
        uint64_t a = start > lo ? start : lo, b = end < hi ? end : hi;
        if (a < b) {
            r->ns[c][state] += b - a;
        }
    }
}

// '#' held the GIL for most of the column, '|' for part of it, '.' waited
// for it, '_' was blocked with the GIL released, ' ' did not exist.
static char ascii_cell(const uint64_t *ns, uint64_t col_ns) {
    if (ns[ST_RUN] * 2 >= col_ns) {
        return '#';
    }
    if (ns[ST_RUN] > 0) {
        return '|';
    }
    if (ns[ST_WAIT] == 0 && ns[ST_BLOCKED] == 0) {
        return ' ';
    }
    return ns[ST_WAIT] >= ns[ST_BLOCKED] ? '.' : '_';
}

typedef struct Lane {
    const char *name;
    uint64_t native_id;
    const GilThread *g;
    uint64_t end_ns;
} Lane;

static int lane_order(const void *a, const void *b) {
    const GilThread *x = ((const Lane *)a)->g, *y = ((const Lane *)b)->g;
    uint64_t tx = x->nevents ? x->events[0].ns : UINT64_MAX, ty = y->nevents ? y->events[0].ns : UINT64_MAX;
    return tx < ty ? -1 : tx > ty;
}

static void write_ascii(FILE *f, Lane *lanes, size_t n, uint64_t t0, uint64_t t1) {
    qsort(lanes, n, sizeof(Lane), lane_order);
    uint64_t col_ns = (t1 - t0) / COLUMNS + 1;
    fprintf(f, "GIL timeline: %.1f ms, one column = %.3f ms\n", (t1 - t0) / 1e6, col_ns / 1e6);
    fprintf(f, "  # holds the GIL   | holds it part of the time   . waits for it   _ blocked, GIL released\n\n");
    AsciiRow *row = malloc(sizeof(AsciiRow));
    if (!row) {
        return;
    }
    for (size_t i = 0; i < n; i++) {
        memset(row, 0, sizeof *row);
        row->t0 = t0;
        row->col_ns = col_ns;
        for_each_slice(lanes[i].g, lanes[i].end_ns, ascii_slice, row);
        char cells[COLUMNS + 1];
        for (int c = 0; c < COLUMNS; c++) {
            cells[c] = ascii_cell(row->ns[c], col_ns);
        }
        cells[COLUMNS] = '\0';
        fprintf(f, "%-18.18s %s\n", lanes[i].name, cells);
    }
    free(row);
}

static bool ends_with(const char *s, const char *suffix) {
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

void gil_write_trace(ThreadState *ts) {
    Gil *gil = &ts->interp->gil;
    if (!gil->tracing || !gil->trace_path) {
        return;
    }
    FILE *f = fopen(gil->trace_path, "w");
    if (!f) {
        fprintf(stderr, "cs: cannot write the GIL trace to %s\n", gil->trace_path);
        return;
    }
    uint64_t now = gil_now_ns();
    Interp *in = ts->interp;
    pthread_mutex_lock(&in->threads_lock);
    size_t n = 0;
    for (ThreadState *t = in->threads; t; t = t->next) {
        n++;
    }
    for (GilRecord *r = gil->records; r; r = r->next) {
        n++;
    }
    Lane *lanes = calloc(n ? n : 1, sizeof(Lane));
    size_t i = 0;
    for (ThreadState *t = in->threads; lanes && t; t = t->next, i++) {
        lanes[i] = (Lane){t->name, t->native_id, &t->gil, now};
    }
    for (GilRecord *r = gil->records; lanes && r; r = r->next, i++) {
        const GilThread *g = &r->stats;
        lanes[i] = (Lane){r->name, r->native_id, g, g->nevents ? g->events[g->nevents - 1].ns : now};
    }
    if (!lanes) {
        n = 0;
    }
    if (ends_with(gil->trace_path, ".txt")) {
        write_ascii(f, lanes, n, gil->trace_start_ns, now);
    } else {
        Writer w = {.f = f, .first = true, .pid = (int)getpid(), .t0 = gil->trace_start_ns};
        fputs("{\"displayTimeUnit\": \"ms\", \"traceEvents\": [", f);
        event_sep(&w);
        fprintf(f, "{\"name\": \"process_name\", \"ph\": \"M\", \"pid\": %d, \"tid\": 0, \"args\": {\"name\": \"cs (pid %d)\"}}",
                w.pid, w.pid);
        metadata(&w, 0, "thread_name", "GIL holder", -1);
        for (size_t k = 0; k < n; k++) {
            write_thread(&w, lanes[k].name, lanes[k].native_id, lanes[k].g, lanes[k].end_ns, (int)k);
        }
        fputs("\n]}\n", f);
    }
    pthread_mutex_unlock(&in->threads_lock);
    free(lanes);
    fclose(f);
}
