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
    r->stats = ts->gil;
    // The record takes over the events; the condition variable is not copied in use.
    ts->gil.events = NULL;
    ts->gil.nevents = ts->gil.events_cap = 0;
    pthread_mutex_lock(&gil->mutex);
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

static void write_thread(Writer *w, const char *name, uint64_t tid, const GilThread *g, uint64_t end_ns,
                         int sort) {
    metadata(w, tid, "thread_name", name, sort);
    static const char *const state_names[] = {NULL, "RUN (holds GIL)", "WAIT for GIL", "BLOCKED (GIL released)"};
    int state = 0;
    uint64_t since = 0;
    char holder[96];
    snprintf(holder, sizeof holder, "%s", name);
    for (size_t i = 0; i < g->nevents; i++) {
        const GilEvent *e = &g->events[i];
        int next = -1;
        switch (e->kind) {
        case GIL_EV_ACQUIRE: next = 1; break;
        case GIL_EV_RELEASE: next = 0; break;
        case GIL_EV_WAIT: next = 2; break;
        case GIL_EV_IO_BEGIN: next = 3; break;
        case GIL_EV_IO_END: next = 0; break;
        case GIL_EV_DROP_REQUEST:
            event_sep(w);
            fprintf(w->f, "{\"name\": \"asks holder to drop\", \"cat\": \"gil\", \"ph\": \"i\", \"s\": \"t\", "
                          "\"ts\": %.3f, \"pid\": %d, \"tid\": %llu}",
                    (e->ns - w->t0) / 1e3, w->pid, (unsigned long long)tid);
            continue;
        default: continue;
        }
        if (state) {
            slice(w, tid, state_names[state], since, e->ns);
            if (state == 1) {
                slice(w, 0, holder, since, e->ns);
            }
        }
        state = next;
        since = e->ns;
    }
    if (state) {
        slice(w, tid, state_names[state], since, end_ns);
        if (state == 1) {
            slice(w, 0, holder, since, end_ns);
        }
    }
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
    Writer w = {.f = f, .first = true, .pid = (int)getpid(), .t0 = gil->trace_start_ns};
    uint64_t now = gil_now_ns();
    fputs("{\"displayTimeUnit\": \"ms\", \"traceEvents\": [", f);
    event_sep(&w);
    fprintf(f, "{\"name\": \"process_name\", \"ph\": \"M\", \"pid\": %d, \"tid\": 0, \"args\": {\"name\": \"cs (pid %d)\"}}",
            w.pid, w.pid);
    metadata(&w, 0, "thread_name", "GIL holder", -1);
    Interp *in = ts->interp;
    pthread_mutex_lock(&in->threads_lock);
    for (ThreadState *t = in->threads; t; t = t->next) {
        write_thread(&w, t->name, t->native_id, &t->gil, now, t->serial);
    }
    pthread_mutex_unlock(&in->threads_lock);
    int sort = 1000;
    for (GilRecord *r = gil->records; r; r = r->next) {
        write_thread(&w, r->name, r->native_id, &r->stats, r->stats.nevents ? r->stats.events[r->stats.nevents - 1].ns : now,
                     sort++);
    }
    fputs("\n]}\n", f);
    fclose(f);
}
