// Frames: allocation from the thread's chunk stack, and binding a call's
// arguments to the parameter slots with Python's rules and messages. A
// frame that ends while its frame object (runtime/obj_frame.c) is still
// held hands that object a copy of what it shows first.
#include "runtime/frame.h"

#include "runtime/obj_dict.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_frame.h"
#include "runtime/obj_str.h"
#include "runtime/obj_tuple.h"
#include "runtime/strbuf.h"

#define CHUNK_SIZE (64 * 1024)

Frame *frame_push_new_chunk(ThreadState *ts, ObjFunction *func) {
    size_t size = (frame_size(func->code) + 15) & ~(size_t)15;
    FrameChunk *c = ts->chunk;
    size_t csize = size + sizeof(FrameChunk) > CHUNK_SIZE ? size + sizeof(FrameChunk) : CHUNK_SIZE;
    csize = (csize + 4095) & ~(size_t)4095;
    // Page-aligned, so that a frame sits at the same place within its
    // page on every thread: the speed of the eval loop depends on how
    // frame slots line up with the C stack (loads and stores 4 KB apart
    // look alike to the CPU), and it must not differ from thread to thread.
    FrameChunk *n = aligned_alloc(4096, csize);
    if (!n) {
        exc_no_memory(ts);
        return NULL;
    }
    n->prev = c;
    n->top = n->data + size;
    n->end = (char *)n + csize;
    ts->chunk = n;
    Frame *f = (Frame *)n->data;
    frame_init(f, func);
    f->on_chunk = true;
    return f;
}

void frame_clear(Frame *f) {
    if (f->frame_obj) {
        frame_object_detach(f);
    }
    int n = code_nlocalsplus(f->code);
    for (Value *p = f->localsplus; p < f->localsplus + n; p++) {
        val_decref(*p);
        *p = VNULL;
    }
    for (Value *p = f->localsplus + n; p < f->sp; p++) {
        val_decref(*p);
    }
    f->sp = f->localsplus + n;
    if (f->locals) {
        obj_decref(f->locals);
        f->locals = NULL;
    }
    if (f->func) {
        ObjFunction *func = f->func;
        f->func = NULL;
        obj_decref(&func->base);
    }
}

void frame_pop_slow(ThreadState *ts, Frame *f) {
    // The code object is borrowed from the function: keep it alive until
    // the slots are released.
    frame_clear(f);
    FrameChunk *c = ts->chunk;
    c->top = (char *)f;
    if (c->top == c->data && c->prev) {
        ts->chunk = c->prev;
        free(c);
    }
}

Frame *frame_new_owned(ThreadState *ts, ObjFunction *func) {
    Frame *f = cs_malloc_or_raise(ts, frame_size(func->code));
    if (!f) {
        return NULL;
    }
    frame_init(f, func);
    f->on_chunk = false;
    return f;
}

int frame_line(Frame *f) {
    int i = (int)(f->ip - f->code->code) - 1;
    if (i < 0) {
        // Not started (a new generator): the def line, as CPython shows it.
        return f->code->firstlineno;
    }
    if (i >= f->code->ncode) {
        i = f->code->ncode - 1;
    }
    return f->code->ncode ? f->code->locs[i].line : f->code->firstlineno;
}

// --- argument binding -----------------------------------------------------------------------

static const char *plural(int64_t n) { return n == 1 ? "" : "s"; }

static Value missing_error(ThreadState *ts, ObjFunction *func, Obj **names, int count, bool kwonly) {
    StrBuf sb;
    strbuf_init(&sb);
    for (int i = 0; i < count; i++) {
        if (i > 0) {
            strbuf_append_cstr(&sb, count == 2 ? " and " : (i == count - 1 ? ", and " : ", "));
        }
        strbuf_printf(&sb, "'%s'", str_cstr(names[i]));
    }
    exc_raise(ts, &ExcTypeError, "%U() missing %d required %s argument%s: %s", func->qualname, count,
              kwonly ? "keyword-only" : "positional", plural(count), sb.data);
    strbuf_free(&sb);
    return VNULL;
}

static void too_many_positional(ThreadState *ts, ObjFunction *func, int64_t given, int64_t kwonly_given) {
    ObjCode *code = func->code;
    int ndefaults = func->defaults ? (int)tuple_len(func->defaults) : 0;
    int64_t max = code->argcount, min = max - ndefaults;
    char takes[96];
    if (min < max) {
        snprintf(takes, sizeof takes, "from %lld to %lld positional arguments", (long long)min, (long long)max);
    } else {
        snprintf(takes, sizeof takes, "%lld positional argument%s", (long long)max, plural(max));
    }
    if (kwonly_given) {
        exc_raise(ts, &ExcTypeError,
                  "%U() takes %s but %lld positional argument%s (and %lld keyword-only argument%s) were given",
                  func->qualname, takes, (long long)given, plural(given), (long long)kwonly_given,
                  plural(kwonly_given));
    } else {
        exc_raise(ts, &ExcTypeError, "%U() takes %s but %lld %s given", func->qualname, takes,
                  (long long)given, given == 1 ? "was" : "were");
    }
}

static int find_param(ObjCode *code, Obj *name, int total) {
    for (int i = 0; i < total; i++) {
        if (code->localnames[i] == name) {
            return i;
        }
    }
    // Not interned (built at run time): compare the text.
    for (int i = 0; i < total; i++) {
        if (str_eq(code->localnames[i], name)) {
            return i;
        }
    }
    return -1;
}

// Names every positional-only parameter that was passed by keyword, in
// parameter order: "f() got some ... keyword arguments: 'a, b'".
static void posonly_as_keyword(ThreadState *ts, ObjFunction *func, Obj *kwnames) {
    ObjCode *code = func->code;
    StrBuf sb;
    strbuf_init(&sb);
    for (int i = 0; i < code->posonlyargcount; i++) {
        for (int64_t k = 0; k < tuple_len(kwnames); k++) {
            Obj *kw = tuple_get(kwnames, k).as.obj;
            if (kw == code->localnames[i] || str_eq(kw, code->localnames[i])) {
                if (sb.len) {
                    strbuf_append_cstr(&sb, ", ");
                }
                strbuf_append_cstr(&sb, str_cstr(kw));
            }
        }
    }
    strbuf_append_char(&sb, '\0');
    exc_raise(ts, &ExcTypeError, "%U() got some positional-only arguments passed as keyword arguments: '%s'",
              func->qualname, sb.data);
    strbuf_free(&sb);
}

bool frame_bind_args(ThreadState *ts, Frame *f, Value *args, int64_t nargs, Obj *kwnames) {
    ObjFunction *func = f->func;
    ObjCode *code = f->code;
    Value *slots = f->localsplus;
    int argcount = code->argcount;
    int kwonly = code->kwonlyargcount;
    int total = argcount + kwonly;
    int64_t nkw = kwnames ? tuple_len(kwnames) : 0;
    Obj *kwdict = NULL;
    int var_slot = total;
    int kw_slot = total + ((code->flags & CO_VARARGS) != 0);

    if (code->flags & CO_VARKEYWORDS) {
        kwdict = dict_new(ts);
        if (!kwdict) {
            return false;
        }
        slots[kw_slot] = val_obj(kwdict);
    }
    int64_t npos = nargs < argcount ? nargs : argcount;
    for (int64_t i = 0; i < npos; i++) {
        slots[i] = val_dup(args[i]);
    }
    if (code->flags & CO_VARARGS) {
        Obj *t = tuple_from_array(ts, args + npos, nargs - npos);
        if (!t) {
            return false;
        }
        slots[var_slot] = val_obj(t);
    } else if (nargs > argcount) {
        int64_t kwonly_given = 0;
        for (int64_t i = 0; i < nkw; i++) {
            int p = find_param(code, tuple_get(kwnames, i).as.obj, total);
            kwonly_given += p >= argcount;
        }
        too_many_positional(ts, func, nargs, kwonly_given);
        return false;
    }
    // Keywords.
    for (int64_t i = 0; i < nkw; i++) {
        Obj *name = tuple_get(kwnames, i).as.obj;
        Value v = args[nargs + i];
        int p = find_param(code, name, total);
        if (p < code->posonlyargcount) {
            if (p >= 0 && !kwdict) {
                posonly_as_keyword(ts, func, kwnames);
                return false;
            }
            p = -1;
        }
        if (p < 0) {
            if (!kwdict) {
                exc_raise(ts, &ExcTypeError, "%U() got an unexpected keyword argument '%U'", func->qualname, name);
                return false;
            }
            if (dict_set_str(ts, kwdict, name, v) < 0) {
                return false;
            }
            continue;
        }
        if (!val_is_null(slots[p])) {
            exc_raise(ts, &ExcTypeError, "%U() got multiple values for argument '%U'", func->qualname, name);
            return false;
        }
        slots[p] = val_dup(v);
    }
    // Defaults and missing arguments.
    if (nargs < argcount) {
        int ndefaults = func->defaults ? (int)tuple_len(func->defaults) : 0;
        int first_default = argcount - ndefaults;
        Obj *missing[64];
        int nmissing = 0;
        for (int i = (int)nargs; i < argcount; i++) {
            if (!val_is_null(slots[i])) {
                continue;
            }
            if (i >= first_default) {
                slots[i] = val_dup(tuple_get(func->defaults, i - first_default));
            } else if (nmissing < 64) {
                missing[nmissing++] = code->localnames[i];
            }
        }
        if (nmissing) {
            missing_error(ts, func, missing, nmissing, false);
            return false;
        }
    }
    if (kwonly) {
        Obj *missing[64];
        int nmissing = 0;
        for (int i = argcount; i < total; i++) {
            if (!val_is_null(slots[i])) {
                continue;
            }
            Value d = func->kwdefaults ? dict_get_str(func->kwdefaults, code->localnames[i]) : VNULL;
            if (!val_is_null(d)) {
                slots[i] = val_dup(d);
            } else if (nmissing < 64) {
                missing[nmissing++] = code->localnames[i];
            }
        }
        if (nmissing) {
            missing_error(ts, func, missing, nmissing, true);
            return false;
        }
    }
    // Cells: captured parameters move into their cell; others start empty.
    int nl = code->nlocals;
    for (int i = 0; i < code->ncells; i++) {
        Value init = VNULL;
        if (code->cell2arg && code->cell2arg[i] >= 0) {
            init = slots[code->cell2arg[i]];
            slots[code->cell2arg[i]] = VNULL;
        }
        Obj *cell = cell_new(ts, init);
        val_decref(init);
        if (!cell) {
            return false;
        }
        slots[nl + i] = val_obj(cell);
    }
    if (code->nfree) {
        ObjTuple *closure = (ObjTuple *)func->closure;
        for (int i = 0; i < code->nfree; i++) {
            slots[nl + code->ncells + i] = val_dup(closure->items[i]);
        }
    }
    return true;
}
