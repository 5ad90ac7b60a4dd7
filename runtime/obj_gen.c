// Generators and coroutines: a call whose frame outlives a return to the
// caller. Calling a generator function creates the frame and wraps it here
// without running anything; each next()/send() resumes the frame in the
// eval loop until the next `yield` (GEN_YIELDED), its return
// (GEN_RETURNED, which becomes StopIteration for the caller) or an error.
//
// `yield from` and `await` delegate to a sub-iterator with the SEND
// opcode. While a generator is suspended inside one, the sub-iterator is
// the top of its frame's stack; throw() and close() are passed on to it,
// as PEP 380 requires.
//
// Each generator has its own "exception being handled": resuming swaps it
// in, suspending swaps it out, so an except block in a generator does not
// leak its exception into the caller across a yield.
//
// Async generators are ObjGens too; their awaitable steps (asend, athrow,
// aclose) are in runtime/obj_asyncgen.c.
#include "runtime/obj_gen.h"

#include "interp/opcodes.h"
#include "interp/vm.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_frame.h"
#include "runtime/obj_func.h"
#include "runtime/obj_str.h"
#include "runtime/obj_tuple.h"
#include "runtime/state.h"
#include "runtime/strbuf.h"
#include "runtime/traceback.h"

Obj *gen_new(ThreadState *ts, Type *type, Frame *frame, ObjFunction *func) {
    ObjGen *g = (ObjGen *)obj_alloc(ts, type, sizeof(ObjGen));
    if (!g) {
        frame_clear(frame);
        cs_free(frame);
        return NULL;
    }
    g->frame = frame;
    frame->gen = &g->base;
    g->name = func->name;
    obj_incref(g->name);
    g->qualname = func->qualname;
    obj_incref(g->qualname);
    g->code = &func->code->base;
    obj_incref(g->code);
    return &g->base;
}

static void gen_finish(ObjGen *g) {
    if (g->frame) {
        frame_clear(g->frame);
        cs_free(g->frame);
        g->frame = NULL;
    }
    val_clear(&g->handled_exc);
}

static const char *kind_name(ObjGen *g) {
    return g->base.type == &CoroutineType  ? "coroutine"
           : g->base.type == &AsyncGenType ? "async generator"
                                           : "generator";
}

const char *gen_kind_name(Obj *gen) { return kind_name((ObjGen *)gen); }

// Resumes the frame: `push` (unless VNULL) becomes the value of the
// suspended yield; with `throwing`, the pending exception is raised there.
static GenStatus resume(ThreadState *ts, ObjGen *g, Value push, bool throwing, Value *out) {
    Frame *f = g->frame;
    if (!val_is_null(push)) {
        *f->sp++ = val_dup(push);
    }
    g->started = true;
    g->running = true;
    Value caller_exc = ts->handled_exc;
    if (!val_is_null(g->handled_exc)) {
        ts->handled_exc = g->handled_exc;
        g->handled_exc = VNULL;
    } else {
        val_incref(caller_exc);
    }
    Value result;
    GenStatus st = vm_run_frame(ts, f, throwing, &result);
    g->running = false;
    // Swap back: keep what the generator was handling, restore the caller's.
    // (It may be the very exception the caller handles: one thrown in.)
    if (st == GEN_YIELDED && f->except_depth > 0) {
        g->handled_exc = ts->handled_exc;
    } else {
        val_decref(ts->handled_exc);
    }
    ts->handled_exc = caller_exc;
    if (st != GEN_YIELDED) {
        gen_finish(g);
        if (st == GEN_ERROR && (exc_matches(ts, &ExcStopIteration) ||
                                (g->base.type == &AsyncGenType && exc_matches(ts, &ExcStopAsyncIteration)))) {
            // PEP 479: a StopIteration escaping a generator is a bug.
            Value cause = exc_fetch(ts);
            exc_raise(ts, &ExcRuntimeError, "%s raised %s", kind_name(g), val_type_name(cause));
            ObjException *e = (ObjException *)ts->curexc.as.obj;
            obj_xdecref(e->cause);
            e->cause = cause.as.obj;
            e->suppress_context = true;
        }
    }
    *out = result;
    return st;
}

GenStatus gen_send_ex(ThreadState *ts, Obj *o, Value value, bool throwing, Value *out) {
    ObjGen *g = (ObjGen *)o;
    *out = VNULL;
    if (g->running) {
        exc_raise(ts, &ExcValueError, "%s already executing", kind_name(g));
        return GEN_ERROR;
    }
    if (!g->frame) {
        if (g->base.type == &CoroutineType && !throwing) {
            exc_raise(ts, &ExcRuntimeError, "cannot reuse already awaited coroutine");
            return GEN_ERROR;
        }
        if (!throwing) {
            *out = VNONE;
            return GEN_RETURNED;   // the caller raises StopIteration
        }
        return GEN_ERROR;          // the thrown exception just propagates
    }
    if (!g->started && !throwing && !val_is_none(value)) {
        exc_raise(ts, &ExcTypeError, "can't send non-None value to a just-started %s", kind_name(g));
        return GEN_ERROR;
    }
    if (!g->started && throwing) {
        // Thrown in before it ever ran: it dies without running any code.
        gen_finish(g);
        return GEN_ERROR;
    }
    return resume(ts, g, (g->started && !throwing) ? value : VNULL, throwing, out);
}

Value gen_next(ThreadState *ts, Obj *gen) {
    Value r;
    GenStatus st = gen_send_ex(ts, gen, VNONE, false, &r);
    if (st == GEN_YIELDED) {
        return r;
    }
    if (st == GEN_RETURNED) {
        // Returned: the iterator is exhausted; a value other than None
        // travels in StopIteration for `yield from`.
        if (!val_is_none(r)) {
            exc_raise_value(ts, &ExcStopIteration, r);
        }
        val_decref(r);
    }
    return VNULL;
}

// The object a suspended `yield from`/`await` delegates to, or VNULL.
static Value delegate_of(ObjGen *g) {
    Frame *f = g->frame;
    if (!f || !g->started) {
        return VNULL;
    }
    int lasti = (int)(f->ip - f->code->code);
    if (lasti >= 2 && INSTR_OP(f->code->code[lasti - 1]) == OP_YIELD_VALUE &&
        INSTR_OP(f->code->code[lasti - 2]) == OP_SEND) {
        return f->sp[-1];
    }
    return VNULL;
}

static Value close_delegate(ThreadState *ts, Value yf) {
    if (val_has_type(yf, &GeneratorType) || val_has_type(yf, &CoroutineType)) {
        return gen_close(ts, yf.as.obj);
    }
    Value m = obj_lookup_attr(ts, yf, str_intern_cstr("close"));
    if (val_is_null(m)) {
        return exc_occurred(ts) ? VNULL : VNONE;
    }
    Value r = obj_call0(ts, m);
    val_decref(m);
    return r;
}

GenStatus gen_throw(ThreadState *ts, Obj *o, Value exc, Value *out) {
    ObjGen *g = (ObjGen *)o;
    *out = VNULL;
    Value yf = delegate_of(g);
    if (!val_is_null(yf)) {
        val_incref(yf);
        GenStatus st;
        Value r;
        g->running = true;
        if (val_isinstance(exc, &ExcGeneratorExit)) {
            // Close the delegate, then raise GeneratorExit here.
            r = close_delegate(ts, yf);
            g->running = false;
            val_decref(yf);
            if (val_is_null(r)) {
                return resume(ts, g, VNULL, true, out);
            }
            val_decref(r);
        } else {
            if (val_has_type(yf, &GeneratorType) || val_has_type(yf, &CoroutineType)) {
                st = gen_throw(ts, yf.as.obj, exc, &r);
            } else {
                Value m = obj_lookup_attr(ts, yf, str_intern_cstr("throw"));
                if (val_is_null(m)) {
                    g->running = false;
                    val_decref(yf);
                    if (exc_occurred(ts)) {
                        return resume(ts, g, VNULL, true, out);
                    }
                    goto throw_here;
                }
                r = obj_call1(ts, m, exc);
                val_decref(m);
                st = val_is_null(r) ? GEN_ERROR : GEN_YIELDED;
            }
            g->running = false;
            val_decref(yf);
            if (st == GEN_YIELDED) {
                *out = r;
                return GEN_YIELDED;
            }
            if (st == GEN_RETURNED) {
                // The delegate caught the exception and returned: continue
                // after its SEND loop with the returned value in its place.
                Frame *f = g->frame;
                int send_at = (int)(f->ip - f->code->code) - 2;
                val_set(&f->sp[-1], r);
                f->ip = f->code->code + INSTR_ARG(f->code->code[send_at]);
                return resume(ts, g, VNULL, false, out);
            }
            // It raised: that exception comes out of the yield from here.
            return resume(ts, g, VNULL, true, out);
        }
    }
throw_here:
    exc_raise_object(ts, exc);
    return gen_send_ex(ts, o, VNONE, true, out);
}

Value gen_close(ThreadState *ts, Obj *o) {
    ObjGen *g = (ObjGen *)o;
    if (!g->frame) {
        return VNONE;
    }
    if (!g->started) {
        gen_finish(g);
        return VNONE;
    }
    Value exc = val_obj(&ExcGeneratorExit.base);
    Value r;
    GenStatus st = gen_throw(ts, o, exc, &r);
    if (st == GEN_YIELDED) {
        val_decref(r);
        return exc_raise(ts, &ExcRuntimeError, "%s ignored GeneratorExit", kind_name(g));
    }
    if (st == GEN_RETURNED) {
        val_decref(r);
        return VNONE;
    }
    if (exc_matches(ts, &ExcGeneratorExit) || exc_matches(ts, &ExcStopIteration)) {
        exc_clear(ts);
        return VNONE;
    }
    return VNULL;
}

// --- the type --------------------------------------------------------------------------

// CPython's RuntimeWarning for a coroutine freed before it ever ran, at
// the line of the code running then ("sys:1" when none is).
static void warn_never_awaited(ThreadState *ts, ObjGen *g) {
    StrBuf sb;
    strbuf_init(&sb);
    Frame *f = ts->frame;
    if (f) {
        int line = frame_line(f);
        strbuf_printf(&sb, "%s:%d: ", str_cstr(f->code->filename), line);
        strbuf_printf(&sb, "RuntimeWarning: coroutine '%s' was never awaited\n", str_cstr(g->qualname));
        size_t len = 0;
        const char *text = linecache_get(str_cstr(f->code->filename), line, &len);
        while (text && len && (*text == ' ' || *text == '\t')) {
            text++;
            len--;
        }
        if (text) {
            strbuf_append_cstr(&sb, "  ");
            strbuf_append(&sb, text, len);
            strbuf_append_char(&sb, '\n');
        }
        strbuf_append_cstr(&sb, "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n");
    } else {
        strbuf_printf(&sb, "sys:1: RuntimeWarning: coroutine '%s' was never awaited\n", str_cstr(g->qualname));
    }
    traceback_write_stderr(ts, sb.data, sb.len);
    strbuf_free(&sb);
}

void gen_dealloc(Obj *o) {
    ObjGen *g = (ObjGen *)o;
    ThreadState *ts = cs_ts;
    if (g->frame && g->started && ts) {
        // Run the generator's finally blocks, as CPython's finalizer does.
        o->refcnt = 1;
        Value saved = exc_fetch(ts);
        Value r = gen_close(ts, o);
        if (val_is_null(r)) {
            traceback_print_unraisable(ts, "Exception ignored in", val_obj(o));
        }
        val_decref(r);
        exc_restore(ts, saved);
        o->refcnt--;
    } else if (g->frame && !g->started && o->type == &CoroutineType && ts) {
        // Writing the warning must not disturb an exception being raised.
        Value saved = exc_fetch(ts);
        warn_never_awaited(ts, g);
        exc_clear(ts);
        exc_restore(ts, saved);
    }
    gen_finish(g);
    obj_xdecref(g->name);
    obj_xdecref(g->qualname);
    obj_xdecref(g->code);
    obj_free(o);
}

static Value gen_iter(ThreadState *ts, Value v) {
    (void)ts;
    return val_dup(v);
}

// The iternext slot, for loops: exhaustion is VNULL with no exception, so
// a return value is dropped here (next() and __next__ keep it: gen_next).
static Value gen_iternext(ThreadState *ts, Value v) {
    Value r;
    GenStatus st = gen_send_ex(ts, v.as.obj, VNONE, false, &r);
    if (st == GEN_YIELDED) {
        return r;
    }
    if (st == GEN_RETURNED) {
        val_decref(r);
    }
    return VNULL;
}

static Value gen_repr(ThreadState *ts, Value v) {
    ObjGen *g = (ObjGen *)v.as.obj;
    Obj *s = str_format_c(ts, "<%s object %U at %p>", kind_name(g), g->qualname, (void *)g);
    return s ? val_obj(s) : VNULL;
}

// A return ends the generator with StopIteration(value).
static Value finish_result(ThreadState *ts, GenStatus st, Value r) {
    if (st == GEN_YIELDED) {
        return r;
    }
    if (st == GEN_RETURNED) {
        exc_raise_value(ts, &ExcStopIteration, val_is_none(r) ? VNULL : r);
        val_decref(r);
    }
    return VNULL;
}

static Value m_send(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)kw;
    if (nargs != 1) {
        return exc_raise(ts, &ExcTypeError, "send() takes exactly one argument (%lld given)", (long long)nargs);
    }
    Value r;
    GenStatus st = gen_send_ex(ts, self.as.obj, args[0], false, &r);
    return finish_result(ts, st, r);
}

GenStatus gen_throw_args(ThreadState *ts, Obj *gen, Value *args, int64_t nargs, Value *out) {
    *out = VNULL;
    if (nargs < 1 || nargs > 3) {
        exc_raise(ts, &ExcTypeError, "throw expected at least 1 argument, got %lld", (long long)nargs);
        return GEN_ERROR;
    }
    Value exc = args[0];
    Value made = VNULL;
    if (nargs >= 2 && !val_is_none(args[1]) && val_isinstance(exc, &TypeType)) {
        made = val_isinstance(args[1], (Type *)exc.as.obj) ? val_dup(args[1]) : obj_call1(ts, exc, args[1]);
        if (val_is_null(made)) {
            return GEN_ERROR;
        }
        exc = made;
    }
    if (!(val_isinstance(exc, &TypeType) && type_is_subtype((Type *)exc.as.obj, &ExcBaseException)) &&
        !val_isinstance(exc, &ExcBaseException)) {
        val_decref(made);
        exc_raise(ts, &ExcTypeError, "exceptions must be classes or instances deriving from BaseException, not %s",
                  val_type_name(exc));
        return GEN_ERROR;
    }
    GenStatus st = gen_throw(ts, gen, exc, out);
    val_decref(made);
    return st;
}

static Value m_throw(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)kw;
    Value r;
    GenStatus st = gen_throw_args(ts, self.as.obj, args, nargs, &r);
    return finish_result(ts, st, r);
}

static Value m_close(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    (void)nargs;
    (void)kw;
    return gen_close(ts, self.as.obj);
}

Value gen_getattr(ThreadState *ts, Value v, Obj *name) {
    ObjGen *g = (ObjGen *)v.as.obj;
    const char *n = str_cstr(name);
    bool coro = g->base.type == &CoroutineType;
    bool agen = g->base.type == &AsyncGenType;
    if (strcmp(n, "__name__") == 0) return val_dup(val_obj(g->name));
    if (strcmp(n, "__qualname__") == 0) return val_dup(val_obj(g->qualname));
    // gi_code, cr_code, ag_code...
    const char *prefix = coro ? "cr_" : agen ? "ag_" : "gi_";
    if (strncmp(n, prefix, 3) != 0) {
        return generic_getattr(ts, v, name);
    }
    const char *a = n + 3;
    if (strcmp(a, "running") == 0) return val_bool(agen ? g->running_async : g->running);
    if (strcmp(a, "suspended") == 0 && !agen) return val_bool(g->frame && g->started && !g->running);
    if (strcmp(a, "code") == 0) return val_dup(val_obj(g->code));
    if (strcmp(a, "frame") == 0) {
        Obj *fo = g->frame ? frame_object(ts, g->frame) : NULL;
        return fo ? val_obj(fo) : (g->frame ? VNULL : VNONE);
    }
    if (strcmp(a, coro || agen ? "await" : "yieldfrom") == 0) {
        Value yf = delegate_of(g);
        return val_is_null(yf) ? VNONE : val_dup(yf);
    }
    return generic_getattr(ts, v, name);
}

// generator.__next__(): like next(), the return value travels in StopIteration.
static Value m_next(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    (void)kw;
    if (nargs != 0) {
        return exc_raise(ts, &ExcTypeError, "expected 0 arguments, got %lld", (long long)nargs);
    }
    Value r = gen_next(ts, self.as.obj);
    if (val_is_null(r) && !exc_occurred(ts)) {
        exc_raise_value(ts, &ExcStopIteration, VNULL);
    }
    return r;
}

static const MethodDef gen_methods[] = {
    {"__next__", m_next, NATIVE_METHOD, "Implement next(self)."},
    {"send", m_send, NATIVE_METHOD, "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration."},
    {"throw", m_throw, NATIVE_METHOD, "throw(value) -> raise exception in generator,\nreturn next yielded value or raise StopIteration."},
    {"close", m_close, NATIVE_METHOD, "close() -> raise GeneratorExit inside generator."},
    {NULL, NULL, 0, NULL},
};

Type GeneratorType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "generator",
    .basic_size = sizeof(ObjGen),
    .dealloc = gen_dealloc,
    .repr = gen_repr,
    .getattr = gen_getattr,
    .iter = gen_iter,
    .iternext = gen_iternext,
};

// A coroutine is awaited, not iterated: __await__ gives an iterator that
// drives it (here: a generator-like wrapper around the same object).
typedef struct ObjCoroWrapper {
    Obj base;
    Value coro;
} ObjCoroWrapper;

Type CoroWrapperType;

static Value m_await(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    (void)nargs;
    (void)kw;
    ObjCoroWrapper *w = (ObjCoroWrapper *)obj_alloc(ts, &CoroWrapperType, sizeof(ObjCoroWrapper));
    if (!w) {
        return VNULL;
    }
    w->coro = val_dup(self);
    return val_obj(&w->base);
}

static const MethodDef coro_methods[] = {
    {"send", m_send, NATIVE_METHOD, "send(arg) -> send 'arg' into coroutine."},
    {"throw", m_throw, NATIVE_METHOD, "throw(value) -> raise exception in coroutine."},
    {"close", m_close, NATIVE_METHOD, "close() -> raise GeneratorExit inside coroutine."},
    {"__await__", m_await, NATIVE_METHOD, "Return an iterator to be used in await expression."},
    {NULL, NULL, 0, NULL},
};

Type CoroutineType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "coroutine",
    .basic_size = sizeof(ObjGen),
    .dealloc = gen_dealloc,
    .repr = gen_repr,
    .getattr = gen_getattr,
};

static void corowrapper_dealloc(Obj *o) {
    val_decref(((ObjCoroWrapper *)o)->coro);
    obj_free(o);
}

static Value corowrapper_next(ThreadState *ts, Value v) {
    return gen_iternext(ts, ((ObjCoroWrapper *)v.as.obj)->coro);
}

static Value cw_send(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    return m_send(ts, ((ObjCoroWrapper *)self.as.obj)->coro, args, nargs, kw);
}
static Value cw_throw(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    return m_throw(ts, ((ObjCoroWrapper *)self.as.obj)->coro, args, nargs, kw);
}
static Value cw_close(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    return m_close(ts, ((ObjCoroWrapper *)self.as.obj)->coro, args, nargs, kw);
}

static const MethodDef corowrapper_methods[] = {
    {"send", cw_send, NATIVE_METHOD, NULL},
    {"throw", cw_throw, NATIVE_METHOD, NULL},
    {"close", cw_close, NATIVE_METHOD, NULL},
    {NULL, NULL, 0, NULL},
};

Type CoroWrapperType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "coroutine_wrapper",
    .basic_size = sizeof(ObjCoroWrapper),
    .dealloc = corowrapper_dealloc,
    .getattr = generic_getattr,
    .iter = gen_iter,
    .iternext = corowrapper_next,
};

void gen_init_types(ThreadState *ts) {
    type_add_methods(ts, &GeneratorType, gen_methods);
    type_add_methods(ts, &CoroutineType, coro_methods);
    type_add_methods(ts, &CoroWrapperType, corowrapper_methods);
    asyncgen_init_types(ts);
}
