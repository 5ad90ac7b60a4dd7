// Frame objects, made on demand for a running frame (sys._getframe(),
// f_back) and kept in its frame_obj, as CPython 3.11 does.
//
// While the frame runs, the object reads the frame itself: its current
// line, its variables, its caller. When the frame ends (frame_clear), an
// object that something else still holds copies those three things, so
// it stays valid after the frame's memory is reused; an object nobody
// else holds is simply released.
//
// The caller of a suspended generator's frame is stale (the frame that
// last resumed it), so such a frame shows no f_back.
//
// See also: runtime/frame.h (the frame itself), interp/frame.c.
#include "runtime/obj_frame.h"

#include "runtime/obj_dict.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_gen.h"
#include "runtime/obj_str.h"

Obj *frame_object(ThreadState *ts, Frame *f) {
    if (f->frame_obj) {
        obj_incref(f->frame_obj);
        return f->frame_obj;
    }
    ObjFrame *fo = (ObjFrame *)obj_alloc(ts, &FrameType, sizeof(ObjFrame));
    if (!fo) {
        return NULL;
    }
    fo->frame = f;
    fo->code = f->code;
    obj_incref(&fo->code->base);
    fo->globals = f->globals;
    obj_incref(fo->globals);
    fo->builtins = f->builtins;
    obj_incref(fo->builtins);
    // One reference for the frame, one for the caller.
    f->frame_obj = &fo->base;
    obj_incref(&fo->base);
    return &fo->base;
}

// The variables of a running frame: its namespace (module and class
// bodies), else a new dict of its bound locals and cells. New reference.
static Obj *locals_of(ThreadState *ts, Frame *f) {
    if (f->locals) {
        obj_incref(f->locals);
        return f->locals;
    }
    Obj *d = dict_new(ts);
    ObjCode *co = f->code;
    for (int i = 0; d && i < code_nlocalsplus(co); i++) {
        Value v = f->localsplus[i];
        if (i >= co->nlocals && !val_is_null(v)) {
            v = ((ObjCell *)v.as.obj)->value;   // a cell: what it holds
        }
        if (!val_is_null(v) && dict_set_str(ts, d, co->localnames[i], v) < 0) {
            obj_decref(d);
            d = NULL;
        }
    }
    return d;
}

// The caller's frame, or NULL where there is none to trust.
static Frame *caller_of(Frame *f) {
    if (f->gen && !((ObjGen *)f->gen)->running) {
        return NULL;
    }
    return f->prev;
}

void frame_object_detach(Frame *f) {
    ObjFrame *fo = (ObjFrame *)f->frame_obj;
    f->frame_obj = NULL;
    ThreadState *ts = cs_ts;
    if (fo->base.refcnt > 1 && ts) {
        fo->lineno = frame_line(f);
        fo->lasti = frame_lasti(f);
        Value saved = exc_fetch(ts);
        fo->locals = locals_of(ts, f);
        Frame *caller = caller_of(f);
        fo->back = caller ? frame_object(ts, caller) : NULL;
        exc_clear(ts);
        exc_restore(ts, saved);
    }
    fo->frame = NULL;
    obj_decref(&fo->base);
}

Value frame_get(ThreadState *ts, int64_t depth) {
    Frame *f = ts->frame;
    while (f && depth > 0) {
        f = caller_of(f);
        depth--;
    }
    if (!f) {
        return exc_raise(ts, &ExcValueError, "call stack is not deep enough");
    }
    Obj *fo = frame_object(ts, f);
    return fo ? val_obj(fo) : VNULL;
}

static void frame_dealloc(Obj *o) {
    ObjFrame *fo = (ObjFrame *)o;
    obj_decref(&fo->code->base);
    obj_decref(fo->globals);
    obj_decref(fo->builtins);
    obj_xdecref(fo->locals);
    obj_xdecref(fo->back);
    obj_free(o);
}

static int line_of(ObjFrame *fo) { return fo->frame ? frame_line(fo->frame) : fo->lineno; }

static Value frame_repr(ThreadState *ts, Value v) {
    ObjFrame *fo = (ObjFrame *)v.as.obj;
    Obj *s = str_format_c(ts, "<frame at %p, file %R, line %d, code %U>", (void *)fo,
                          val_obj(fo->code->filename), line_of(fo), fo->code->name);
    return s ? val_obj(s) : VNULL;
}

static Value frame_getattr(ThreadState *ts, Value v, Obj *name) {
    ObjFrame *fo = (ObjFrame *)v.as.obj;
    const char *n = str_cstr(name);
    if (strcmp(n, "f_code") == 0) return val_dup(val_obj(&fo->code->base));
    if (strcmp(n, "f_globals") == 0) return val_dup(val_obj(fo->globals));
    if (strcmp(n, "f_builtins") == 0) return val_dup(val_obj(fo->builtins));
    if (strcmp(n, "f_lineno") == 0) return val_int(line_of(fo));
    if (strcmp(n, "f_lasti") == 0) return val_int(fo->frame ? frame_lasti(fo->frame) : fo->lasti);
    if (strcmp(n, "f_trace") == 0) return VNONE;
    if (strcmp(n, "f_locals") == 0) {
        Obj *d = fo->frame ? locals_of(ts, fo->frame) : fo->locals;
        if (!fo->frame && d) {
            obj_incref(d);
        }
        return d ? val_obj(d) : (exc_occurred(ts) ? VNULL : val_obj(dict_new(ts)));
    }
    if (strcmp(n, "f_back") == 0) {
        if (!fo->frame) {
            return fo->back ? val_dup(val_obj(fo->back)) : VNONE;
        }
        Frame *caller = caller_of(fo->frame);
        if (!caller) {
            return VNONE;
        }
        Obj *b = frame_object(ts, caller);
        return b ? val_obj(b) : VNULL;
    }
    return generic_getattr(ts, v, name);
}

Type FrameType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "frame",
    .basic_size = sizeof(ObjFrame),
    .dealloc = frame_dealloc,
    .repr = frame_repr,
    .getattr = frame_getattr,
};
