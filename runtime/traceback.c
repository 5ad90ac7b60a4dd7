// Exception reports, in CPython 3.11's format:
//
//     Traceback (most recent call last):
//       File "prog.cs", line 7, in <module>
//         main()
//       File "prog.cs", line 4, in main
//         return 1 / 0
//                ~~^~~
//     ZeroDivisionError: division by zero
//
// Frames come from the exception's traceback chain (outermost first);
// the source lines from a small cache of files read on demand. A run of
// more than three identical frames (deep recursion) is folded into
// "[Previous line repeated N more times]". Chained exceptions (__cause__,
// __context__) are printed first, with CPython's linking sentences.
#include <unistd.h>

#include "runtime/traceback.h"

#include "runtime/obj_class.h"
#include "runtime/obj_dict.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_func.h"
#include "runtime/obj_list.h"
#include "runtime/obj_module.h"
#include "runtime/obj_str.h"
#include "runtime/obj_tuple.h"
#include "runtime/state.h"

// --- the line cache ------------------------------------------------------------------

typedef struct SourceFile {
    struct SourceFile *next;
    char *name;
    char *text;
    size_t len;
    size_t *line_starts;     // byte offset of each line
    int nlines;
} SourceFile;

static SourceFile *sources;

static SourceFile *source_add(const char *name, char *text, size_t len) {
    SourceFile *sf = calloc(1, sizeof(SourceFile));
    if (!sf) {
        free(text);
        return NULL;
    }
    sf->name = cs_strdup(name);
    sf->text = text;
    sf->len = len;
    int cap = 64;
    sf->line_starts = malloc(sizeof(size_t) * (size_t)cap);
    sf->line_starts[sf->nlines++] = 0;
    for (size_t i = 0; i < len; i++) {
        if (text[i] == '\n' && i + 1 < len) {
            if (sf->nlines == cap) {
                cap *= 2;
                sf->line_starts = realloc(sf->line_starts, sizeof(size_t) * (size_t)cap);
            }
            sf->line_starts[sf->nlines++] = i + 1;
        }
    }
    sf->next = sources;
    sources = sf;
    return sf;
}

void linecache_register(const char *filename, const char *text, size_t len) {
    char *copy = malloc(len + 1);
    if (!copy) {
        return;
    }
    memcpy(copy, text, len);
    copy[len] = '\0';
    source_add(filename, copy, len);
}

static SourceFile *source_get(const char *filename) {
    for (SourceFile *sf = sources; sf; sf = sf->next) {
        if (strcmp(sf->name, filename) == 0) {
            return sf;
        }
    }
    if (filename[0] == '<') {
        return NULL;
    }
    FILE *f = fopen(filename, "rb");
    if (!f) {
        return NULL;
    }
    StrBuf sb;
    strbuf_init(&sb);
    char buf[8192];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) {
        strbuf_append(&sb, buf, n);
    }
    fclose(f);
    size_t len;
    char *text = strbuf_take(&sb, &len);
    return source_add(filename, text, len);
}

const char *linecache_get(const char *filename, int line, size_t *len) {
    SourceFile *sf = source_get(filename);
    if (!sf || line < 1 || line > sf->nlines) {
        return NULL;
    }
    size_t start = sf->line_starts[line - 1];
    size_t end = start;
    while (end < sf->len && sf->text[end] != '\n') {
        end++;
    }
    if (end > start && sf->text[end - 1] == '\r') {
        end--;
    }
    *len = end - start;
    return sf->text + start;
}

// --- writing -------------------------------------------------------------------------

void traceback_write_stderr(ThreadState *ts, const char *text, size_t len) {
    Value err = VNULL;
    if (ts && ts->interp->sys_module) {
        err = dict_get_cstr(module_dict(ts->interp->sys_module), "stderr");
    }
    if (!val_is_null(err) && !val_is_none(err)) {
        Obj *s = str_decode_utf8(ts, text, (int64_t)len);
        if (!s) {
            exc_clear(ts);
        } else {
            Value arg = val_obj(s);
            Value r = obj_call_method(ts, err, "write", &arg, 1);
            obj_decref(s);
            if (!val_is_null(r)) {
                val_decref(r);
                Value f = obj_call_method(ts, err, "flush", NULL, 0);
                val_decref(f);
                exc_clear(ts);
                return;
            }
            exc_clear(ts);
        }
    }
    size_t off = 0;
    while (off < len) {
        ssize_t w = write(2, text + off, len - off);
        if (w <= 0) {
            break;
        }
        off += (size_t)w;
    }
}

// --- formatting ---------------------------------------------------------------------

static void append_source_line(StrBuf *sb, const char *filename, int line) {
    size_t len;
    const char *text = linecache_get(filename, line, &len);
    if (!text) {
        return;
    }
    while (len > 0 && (*text == ' ' || *text == '\t' || *text == '\f')) {
        text++;
        len--;
    }
    while (len > 0 && (text[len - 1] == ' ' || text[len - 1] == '\t')) {
        len--;
    }
    if (len == 0) {
        return;
    }
    strbuf_append_cstr(sb, "    ");
    strbuf_append(sb, text, len);
    strbuf_append_char(sb, '\n');
}

static void format_frames(StrBuf *sb, ObjTraceback *tb) {
    const char *last_file = NULL;
    int last_line = -1;
    Obj *last_name = NULL;
    int repeats = 0;
    for (; tb; tb = tb->next) {
        ObjCode *code = (ObjCode *)tb->code;
        const char *file = str_cstr(code->filename);
        if (last_file && strcmp(file, last_file) == 0 && tb->line == last_line && code->name == last_name) {
            repeats++;
            if (repeats >= 3) {
                continue;
            }
        } else {
            if (repeats >= 3) {
                int more = repeats - 2;
                strbuf_printf(sb, "  [Previous line repeated %d more time%s]\n", more, more == 1 ? "" : "s");
            }
            repeats = 0;
        }
        last_file = file;
        last_line = tb->line;
        last_name = code->name;
        strbuf_printf(sb, "  File \"%s\", line %d, in %s\n", file, tb->line, str_cstr(code->name));
        append_source_line(sb, file, tb->line);
    }
    if (repeats >= 3) {
        int more = repeats - 2;
        strbuf_printf(sb, "  [Previous line repeated %d more time%s]\n", more, more == 1 ? "" : "s");
    }
}

// "  File "x", line 3\n    text\n    ^^^\n" for SyntaxError.
static void format_syntax_error(ThreadState *ts, StrBuf *sb, Value exc) {
    Value fname = exc_get_attr(exc, "filename");
    Value line = exc_get_attr(exc, "lineno");
    Value text = exc_get_attr(exc, "text");
    Value offset = exc_get_attr(exc, "offset");
    Value end_offset = exc_get_attr(exc, "end_offset");
    Value end_line = exc_get_attr(exc, "end_lineno");
    (void)ts;
    if (!val_is_str(fname) && !val_is_int(line)) {
        return;
    }
    strbuf_printf(sb, "  File \"%s\", line %lld\n", val_is_str(fname) ? str_cstr(fname.as.obj) : "<string>",
                  val_is_int(line) ? (long long)line.as.i : 0LL);
    if (!val_is_str(text)) {
        return;
    }
    ObjStr *t = as_str(text);
    const char *p = t->data;
    const char *end = p + t->nbytes;
    // Only the first line of the text, stripped on the left; the caret
    // columns shift by what was stripped.
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    if (nl) {
        end = nl;
    }
    int64_t stripped_cps = 0;
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\f')) {
        p++;
        stripped_cps++;
    }
    const char *tail = end;
    while (tail > p && (tail[-1] == ' ' || tail[-1] == '\t' || tail[-1] == '\r')) {
        tail--;
    }
    strbuf_append_cstr(sb, "    ");
    strbuf_append(sb, p, (size_t)(tail - p));
    strbuf_append_char(sb, '\n');
    if (!val_is_int(offset) || offset.as.i < 1) {
        return;
    }
    int64_t line_cps = utf8_count(p, tail - p);
    int64_t start = offset.as.i - 1 - stripped_cps;
    int64_t stop = start + 1;
    bool same_line = val_is_int(end_line) && val_is_int(line) && end_line.as.i == line.as.i;
    if (val_is_int(end_offset) && same_line && end_offset.as.i > offset.as.i) {
        stop = end_offset.as.i - 1 - stripped_cps;
    } else if (val_is_int(end_offset) && !same_line && !val_is_int(end_line)) {
        stop = start + 1;
    }
    if (start < 0) {
        start = 0;
    }
    if (start > line_cps) {
        start = line_cps;
    }
    if (stop <= start) {
        stop = start + 1;
    }
    if (stop > line_cps + 1) {
        stop = line_cps + 1;
    }
    strbuf_append_cstr(sb, "    ");
    // Keep tabs in the padding so the caret lines up under tabbed text.
    const char *q = p;
    for (int64_t i = 0; i < start; i++) {
        strbuf_append_char(sb, (q < tail && *q == '\t') ? '\t' : ' ');
        if (q < tail) {
            utf8_next(&q);
        }
    }
    strbuf_fill(sb, '^', (size_t)(stop - start));
    strbuf_append_char(sb, '\n');
}

static void format_final_line(ThreadState *ts, StrBuf *sb, Value exc) {
    Type *t = val_type(exc);
    if (t->module && !str_eq_cstr(t->module, "builtins") && !str_eq_cstr(t->module, "__main__")) {
        strbuf_printf(sb, "%s.%s", str_cstr(t->module), type_qualname(t));
    } else if (t->module && str_eq_cstr(t->module, "__main__")) {
        strbuf_printf(sb, "__main__.%s", type_qualname(t));
    } else {
        strbuf_append_cstr(sb, type_qualname(t));
    }
    Value s;
    if (val_isinstance(exc, &ExcSyntaxError)) {
        Value msg = exc_get_attr(exc, "msg");
        s = val_is_null(msg) ? obj_str(ts, exc) : obj_str(ts, msg);
    } else {
        s = obj_str(ts, exc);
    }
    if (val_is_null(s)) {
        exc_clear(ts);
        strbuf_append_cstr(sb, ": <exception str() failed>");
    } else if (as_str(s)->nbytes > 0) {
        strbuf_append_cstr(sb, ": ");
        strbuf_append(sb, as_str(s)->data, (size_t)as_str(s)->nbytes);
    }
    val_decref(s);
    strbuf_append_char(sb, '\n');
    Value notes = exc_get_attr(exc, "__notes__");
    if (val_is_list(notes)) {
        ObjList *l = as_list(notes);
        for (int64_t i = 0; i < l->len; i++) {
            Value n = obj_str(ts, l->items[i]);
            if (val_is_null(n)) {
                exc_clear(ts);
                continue;
            }
            strbuf_append(sb, as_str(n)->data, (size_t)as_str(n)->nbytes);
            strbuf_append_char(sb, '\n');
            val_decref(n);
        }
    }
}

#define MAX_CHAIN 100

static void format_one(ThreadState *ts, StrBuf *sb, Value exc, int depth) {
    ObjException *e = (ObjException *)exc.as.obj;
    if (depth < MAX_CHAIN) {
        if (e->cause) {
            format_one(ts, sb, val_obj(e->cause), depth + 1);
            strbuf_append_cstr(sb, "\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (e->context && !e->suppress_context) {
            format_one(ts, sb, val_obj(e->context), depth + 1);
            strbuf_append_cstr(sb, "\nDuring handling of the above exception, another exception occurred:\n\n");
        }
    }
    if (e->traceback) {
        strbuf_append_cstr(sb, "Traceback (most recent call last):\n");
        format_frames(sb, (ObjTraceback *)e->traceback);
    }
    if (val_isinstance(exc, &ExcSyntaxError)) {
        format_syntax_error(ts, sb, exc);
    }
    format_final_line(ts, sb, exc);
}

void traceback_format(ThreadState *ts, StrBuf *sb, Value exc) {
    if (!val_isinstance(exc, &ExcBaseException)) {
        strbuf_printf(sb, "TypeError: print_exception(): Exception expected for value, %s found\n",
                      val_type_name(exc));
        return;
    }
    Value saved = exc_fetch(ts);
    format_one(ts, sb, exc, 0);
    exc_restore(ts, saved);
}

void traceback_print(ThreadState *ts, Value exc) {
    StrBuf sb;
    strbuf_init(&sb);
    traceback_format(ts, &sb, exc);
    traceback_write_stderr(ts, sb.data ? sb.data : "", sb.len);
    strbuf_free(&sb);
}

void traceback_print_unraisable(ThreadState *ts, const char *msg, Value obj) {
    Value exc = exc_fetch(ts);
    StrBuf sb;
    strbuf_init(&sb);
    Value r = val_is_null(obj) ? VNULL : obj_repr(ts, obj);
    if (val_is_null(r)) {
        exc_clear(ts);
        strbuf_printf(&sb, "%s: <object repr() failed>\n", msg);
    } else {
        strbuf_printf(&sb, "%s: %s\n", msg, as_str(r)->data);
    }
    val_decref(r);
    if (!val_is_null(exc)) {
        traceback_format(ts, &sb, exc);
    }
    traceback_write_stderr(ts, sb.data, sb.len);
    strbuf_free(&sb);
    val_decref(exc);
}
