// Async generators (PEP 525): an `async def` with `yield`.
//
// The frame is driven like a generator's (runtime/obj_gen.c), but its
// callers never resume it directly: each step is an awaitable.
// agen.asend(v) (and __anext__, which is asend(None)) returns an
// async_generator_asend object; awaiting it resumes the frame. The frame
// then stops for one of two reasons, which the compiler tells apart:
//
//   - `yield v` (compiled as ASYNC_GEN_WRAP v; YIELD_VALUE): v comes out
//     wrapped, and the asend awaitable finishes with v (StopIteration(v));
//   - an `await` inside the body suspends on something of the event loop:
//     that value is not wrapped and passes through the asend awaitable to
//     whoever drives the await chain.
//
// When the frame returns, the awaitable raises StopAsyncIteration, which
// ends an `async for`. athrow(exc) and aclose() give an
// async_generator_athrow awaitable that throws into the frame; aclose()
// throws GeneratorExit and succeeds when the frame ends (a `yield` there is
// a RuntimeError: "async generator ignored GeneratorExit").
//
// Only one asend/athrow may be under way at a time (running_async).
//
// See also: interp/vm_ops.c (GET_AITER, GET_ANEXT, END_ASYNC_FOR) and the
// async for / async with compilation in interp/compile_stmt.c.
#include "runtime/obj_class.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_gen.h"
#include "runtime/obj_str.h"
#include "runtime/obj_tuple.h"
#include "runtime/state.h"

// --- yielded values -----------------------------------------------------------------

typedef struct ObjWrapped {
    Obj base;
    Value value;
} ObjWrapped;

static void wrapped_dealloc(Obj *o) {
    val_decref(((ObjWrapped *)o)->value);
    obj_free(o);
}

static Type WrappedType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "async_generator_wrapped_value",
    .basic_size = sizeof(ObjWrapped),
    .dealloc = wrapped_dealloc,
};

Value asyncgen_wrap(ThreadState *ts, Value v) {
    ObjWrapped *w = (ObjWrapped *)obj_alloc(ts, &WrappedType, sizeof(ObjWrapped));
    if (!w) {
        return VNULL;
    }
    w->value = val_dup(v);
    return val_obj(&w->base);
}

static bool is_wrapped(Value v) { return val_has_type(v, &WrappedType); }

// What a step of the frame means for the awaitable that made it: a
// wrapped yield finishes the awaitable with its value (StopIteration), a
// plain one passes through, the end is StopAsyncIteration. Takes r.
static Value unwrap(ThreadState *ts, ObjGen *g, GenStatus st, Value r) {
    if (st == GEN_YIELDED) {
        if (!is_wrapped(r)) {
            return r;
        }
        g->running_async = false;
        exc_raise_value(ts, &ExcStopIteration, ((ObjWrapped *)r.as.obj)->value);
        val_decref(r);
        return VNULL;
    }
    if (st == GEN_RETURNED) {
        val_decref(r);
        exc_raise_value(ts, &ExcStopAsyncIteration, VNULL);
    }
    if (exc_matches(ts, &ExcStopAsyncIteration) || exc_matches(ts, &ExcGeneratorExit)) {
        g->closed = true;
    }
    g->running_async = false;
    return VNULL;
}

// --- asend ----------------------------------------------------------------------------

enum { AW_INIT, AW_ITER, AW_CLOSED };

typedef struct ObjASend {
    Obj base;
    Obj *gen;
    Value sendval;
    int state;
} ObjASend;

static Type ASendType;

static Obj *asend_new(ThreadState *ts, Obj *gen, Value sendval) {
    ObjASend *a = (ObjASend *)obj_alloc(ts, &ASendType, sizeof(ObjASend));
    if (!a) {
        return NULL;
    }
    a->gen = gen;
    obj_incref(gen);
    a->sendval = val_dup(sendval);
    a->state = AW_INIT;
    return &a->base;
}

Value asyncgen_anext(ThreadState *ts, Value agen) {
    Obj *a = asend_new(ts, agen.as.obj, VNONE);
    return a ? val_obj(a) : VNULL;
}

static void asend_dealloc(Obj *o) {
    ObjASend *a = (ObjASend *)o;
    obj_decref(a->gen);
    val_decref(a->sendval);
    obj_free(o);
}

static Value asend_send(ThreadState *ts, ObjASend *a, Value arg) {
    ObjGen *g = (ObjGen *)a->gen;
    if (a->state == AW_CLOSED) {
        return exc_raise(ts, &ExcRuntimeError, "cannot reuse already awaited __anext__()/asend()");
    }
    if (a->state == AW_INIT) {
        if (g->running_async) {
            return exc_raise(ts, &ExcRuntimeError, "anext(): asynchronous generator is already running");
        }
        if (val_is_null(arg) || val_is_none(arg)) {
            arg = a->sendval;
        }
        a->state = AW_ITER;
    }
    g->running_async = true;
    Value r;
    GenStatus st = gen_send_ex(ts, a->gen, val_is_null(arg) ? VNONE : arg, false, &r);
    Value out = unwrap(ts, g, st, r);
    if (val_is_null(out)) {
        a->state = AW_CLOSED;
    }
    return out;
}

static Value asend_iternext(ThreadState *ts, Value v) { return asend_send(ts, (ObjASend *)v.as.obj, VNONE); }

static Value m_asend_send(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)kw;
    if (nargs != 1) {
        return exc_raise(ts, &ExcTypeError, "send() takes exactly one argument (%lld given)", (long long)nargs);
    }
    return asend_send(ts, (ObjASend *)self.as.obj, args[0]);
}

static Value m_asend_throw(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)kw;
    ObjASend *a = (ObjASend *)self.as.obj;
    if (a->state == AW_CLOSED) {
        return exc_raise(ts, &ExcRuntimeError, "cannot reuse already awaited __anext__()/asend()");
    }
    Value r;
    GenStatus st = gen_throw_args(ts, a->gen, args, nargs, &r);
    Value out = unwrap(ts, (ObjGen *)a->gen, st, r);
    if (val_is_null(out)) {
        a->state = AW_CLOSED;
    }
    return out;
}

static Value m_asend_close(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)ts;
    (void)args;
    (void)nargs;
    (void)kw;
    ((ObjASend *)self.as.obj)->state = AW_CLOSED;
    return VNONE;
}

static Value self_iter(ThreadState *ts, Value v) {
    (void)ts;
    return val_dup(v);
}

static Value m_self(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)ts;
    (void)args;
    (void)nargs;
    (void)kw;
    return val_dup(self);
}

static const MethodDef asend_methods[] = {
    {"send", m_asend_send, NATIVE_METHOD, "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration."},
    {"throw", m_asend_throw, NATIVE_METHOD, "throw(value) -> raise exception in generator,\nreturn next yielded value or raise StopIteration."},
    {"close", m_asend_close, NATIVE_METHOD, "close() -> raise GeneratorExit inside generator."},
    {"__await__", m_self, NATIVE_METHOD, "Return an iterator to be used in await expression."},
    {NULL, NULL, 0, NULL},
};

static Type ASendType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "async_generator_asend",
    .basic_size = sizeof(ObjASend),
    .dealloc = asend_dealloc,
    .getattr = generic_getattr,
    .iter = self_iter,
    .iternext = asend_iternext,
};

// --- athrow and aclose -------------------------------------------------------------------

typedef struct ObjAThrow {
    Obj base;
    Obj *gen;
    int state;
    Obj *args;               // athrow's arguments (a tuple), or NULL for aclose()
} ObjAThrow;

static Type AThrowType;

static Value athrow_new(ThreadState *ts, Value gen, Obj *args) {
    ObjAThrow *t = (ObjAThrow *)obj_alloc(ts, &AThrowType, sizeof(ObjAThrow));
    if (!t) {
        return VNULL;
    }
    t->gen = gen.as.obj;
    obj_incref(t->gen);
    t->args = args;
    if (args) {
        obj_incref(args);
    }
    t->state = AW_INIT;
    return val_obj(&t->base);
}

static void athrow_dealloc(Obj *o) {
    ObjAThrow *t = (ObjAThrow *)o;
    obj_decref(t->gen);
    obj_xdecref(t->args);
    obj_free(o);
}

// aclose() ends as soon as the frame is gone: StopAsyncIteration and
// GeneratorExit mean success (StopIteration, the awaitable's end).
static Value close_result(ThreadState *ts, ObjAThrow *t) {
    ObjGen *g = (ObjGen *)t->gen;
    g->running_async = false;
    t->state = AW_CLOSED;
    if (!t->args && (exc_matches(ts, &ExcStopAsyncIteration) || exc_matches(ts, &ExcGeneratorExit))) {
        exc_clear(ts);
        exc_raise_value(ts, &ExcStopIteration, VNULL);
    }
    return VNULL;
}

static Value ignored_exit(ThreadState *ts, ObjAThrow *t, Value r) {
    val_decref(r);
    ((ObjGen *)t->gen)->running_async = false;
    t->state = AW_CLOSED;
    return exc_raise(ts, &ExcRuntimeError, "async generator ignored GeneratorExit");
}

// One step of aclose(): a yield of a value is refused, an await passes through.
static Value close_step(ThreadState *ts, ObjAThrow *t, GenStatus st, Value r) {
    if (st == GEN_YIELDED) {
        return is_wrapped(r) ? ignored_exit(ts, t, r) : r;
    }
    if (st == GEN_RETURNED) {
        val_decref(r);
        exc_raise_value(ts, &ExcStopAsyncIteration, VNULL);
    }
    return close_result(ts, t);
}

static Value athrow_send(ThreadState *ts, ObjAThrow *t, Value arg) {
    ObjGen *g = (ObjGen *)t->gen;
    if (t->state == AW_CLOSED) {
        return exc_raise(ts, &ExcRuntimeError, "cannot reuse already awaited aclose()/athrow()");
    }
    if (!g->frame) {
        t->state = AW_CLOSED;
        return exc_raise_value(ts, &ExcStopIteration, VNULL);
    }
    Value r;
    GenStatus st;
    if (t->state == AW_INIT) {
        if (g->running_async) {
            t->state = AW_CLOSED;
            return exc_raise(ts, &ExcRuntimeError, "%s(): asynchronous generator is already running",
                             t->args ? "athrow" : "aclose");
        }
        if (g->closed) {
            t->state = AW_CLOSED;
            return exc_raise_value(ts, &ExcStopAsyncIteration, VNULL);
        }
        if (!val_is_null(arg) && !val_is_none(arg)) {
            return exc_raise(ts, &ExcRuntimeError, "can't send non-None value to a just-started coroutine");
        }
        t->state = AW_ITER;
        g->running_async = true;
        if (!t->args) {
            g->closed = true;
            st = gen_throw(ts, t->gen, val_obj(&ExcGeneratorExit.base), &r);
            return close_step(ts, t, st, r);
        }
        ObjTuple *a = (ObjTuple *)t->args;
        st = gen_throw_args(ts, t->gen, a->items, a->len, &r);
    } else {
        st = gen_send_ex(ts, t->gen, val_is_null(arg) ? VNONE : arg, false, &r);
        if (!t->args) {
            return close_step(ts, t, st, r);
        }
    }
    Value out = unwrap(ts, g, st, r);
    if (val_is_null(out)) {
        t->state = AW_CLOSED;
    }
    return out;
}

static Value athrow_iternext(ThreadState *ts, Value v) { return athrow_send(ts, (ObjAThrow *)v.as.obj, VNONE); }

static Value m_athrow_send(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)kw;
    if (nargs != 1) {
        return exc_raise(ts, &ExcTypeError, "send() takes exactly one argument (%lld given)", (long long)nargs);
    }
    return athrow_send(ts, (ObjAThrow *)self.as.obj, args[0]);
}

static Value m_athrow_throw(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)kw;
    ObjAThrow *t = (ObjAThrow *)self.as.obj;
    if (t->state == AW_CLOSED) {
        return exc_raise(ts, &ExcRuntimeError, "cannot reuse already awaited aclose()/athrow()");
    }
    Value r;
    GenStatus st = gen_throw_args(ts, t->gen, args, nargs, &r);
    if (!t->args) {
        return close_step(ts, t, st, r);
    }
    Value out = unwrap(ts, (ObjGen *)t->gen, st, r);
    if (val_is_null(out)) {
        t->state = AW_CLOSED;
    }
    return out;
}

static Value m_athrow_close(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)ts;
    (void)args;
    (void)nargs;
    (void)kw;
    ((ObjAThrow *)self.as.obj)->state = AW_CLOSED;
    return VNONE;
}

static const MethodDef athrow_methods[] = {
    {"send", m_athrow_send, NATIVE_METHOD, "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration."},
    {"throw", m_athrow_throw, NATIVE_METHOD, "throw(value) -> raise exception in generator,\nreturn next yielded value or raise StopIteration."},
    {"close", m_athrow_close, NATIVE_METHOD, "close() -> raise GeneratorExit inside generator."},
    {"__await__", m_self, NATIVE_METHOD, "Return an iterator to be used in await expression."},
    {NULL, NULL, 0, NULL},
};

static Type AThrowType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "async_generator_athrow",
    .basic_size = sizeof(ObjAThrow),
    .dealloc = athrow_dealloc,
    .getattr = generic_getattr,
    .iter = self_iter,
    .iternext = athrow_iternext,
};

// --- the async generator ------------------------------------------------------------------

static Value m_anext(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    (void)nargs;
    (void)kw;
    return asyncgen_anext(ts, self);
}

static Value m_asend(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)kw;
    if (nargs != 1) {
        return exc_raise(ts, &ExcTypeError, "async_generator.asend() takes exactly one argument (%lld given)",
                         (long long)nargs);
    }
    Obj *a = asend_new(ts, self.as.obj, args[0]);
    return a ? val_obj(a) : VNULL;
}

static Value m_athrow(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)kw;
    if (nargs < 1 || nargs > 3) {
        return exc_raise(ts, &ExcTypeError, "athrow expected at least 1 argument, got %lld", (long long)nargs);
    }
    Obj *t = tuple_from_array(ts, args, nargs);
    if (!t) {
        return VNULL;
    }
    Value r = athrow_new(ts, self, t);
    obj_decref(t);
    return r;
}

static Value m_aclose(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)args;
    (void)nargs;
    (void)kw;
    return athrow_new(ts, self, NULL);
}

static Value asyncgen_repr(ThreadState *ts, Value v) {
    ObjGen *g = (ObjGen *)v.as.obj;
    Obj *s = str_format_c(ts, "<async_generator object %U at %p>", g->qualname, (void *)g);
    return s ? val_obj(s) : VNULL;
}

static const MethodDef asyncgen_methods[] = {
    {"__aiter__", m_self, NATIVE_METHOD, "Return an awaitable, that resolves in asynchronous iterator."},
    {"__anext__", m_anext, NATIVE_METHOD, "Return a value or raise StopAsyncIteration."},
    {"asend", m_asend, NATIVE_METHOD, "asend(v) -> send 'v' in generator."},
    {"athrow", m_athrow, NATIVE_METHOD, "athrow(typ[,val[,tb]]) -> raise exception in generator."},
    {"aclose", m_aclose, NATIVE_METHOD, "aclose() -> raise GeneratorExit inside generator."},
    {NULL, NULL, 0, NULL},
};

Type AsyncGenType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "async_generator",
    .basic_size = sizeof(ObjGen),
    .dealloc = gen_dealloc,
    .repr = asyncgen_repr,
    .getattr = gen_getattr,
};


// --- aiter() and anext() ---------------------------------------------------------------------

// anext(it, default): awaits it.__anext__() and turns its
// StopAsyncIteration into the default value.
typedef struct ObjANextAwaitable {
    Obj base;
    Value wrapped;           // what __anext__ returned
    Value iter;              // the iterator that awaiting it drives, once known
    Value dflt;
} ObjANextAwaitable;

static void anext_awaitable_dealloc(Obj *o) {
    ObjANextAwaitable *a = (ObjANextAwaitable *)o;
    val_decref(a->wrapped);
    val_decref(a->iter);
    val_decref(a->dflt);
    obj_free(o);
}

// The iterator behind the awaitable: a coroutine itself, else __await__().
static Value awaited_iter(ThreadState *ts, ObjANextAwaitable *a) {
    if (!val_is_null(a->iter)) {
        return a->iter;
    }
    if (val_has_type(a->wrapped, &CoroutineType)) {
        a->iter = val_dup(a->wrapped);
        return a->iter;
    }
    Value m = type_lookup(val_type(a->wrapped), str_intern_cstr("__await__"));
    if (val_is_null(m)) {
        return exc_raise(ts, &ExcTypeError, "object %s can't be used in 'await' expression",
                         val_type_name(a->wrapped));
    }
    a->iter = obj_call_unbound(ts, m, a->wrapped, NULL, 0);
    return a->iter;
}

// One step: send(arg), throw(args) or next (method NULL and no args).
static Value anext_proxy(ThreadState *ts, ObjANextAwaitable *a, const char *method, Value *args, int64_t nargs) {
    Value it = awaited_iter(ts, a);
    if (val_is_null(it)) {
        return VNULL;
    }
    Value r;
    if (!method && val_type(it)->iternext) {
        r = val_type(it)->iternext(ts, it);
        if (val_is_null(r) && !exc_occurred(ts)) {
            exc_raise_value(ts, &ExcStopIteration, VNULL);
        }
    } else {
        Value none = VNONE;
        r = method ? obj_call_method(ts, it, method, args, nargs) : obj_call_method(ts, it, "send", &none, 1);
    }
    if (val_is_null(r) && exc_matches(ts, &ExcStopAsyncIteration)) {
        exc_clear(ts);
        exc_raise_value(ts, &ExcStopIteration, a->dflt);
    }
    return r;
}

static Value anext_awaitable_iternext(ThreadState *ts, Value v) {
    return anext_proxy(ts, (ObjANextAwaitable *)v.as.obj, NULL, NULL, 0);
}

static Value m_anext_send(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)kw;
    return anext_proxy(ts, (ObjANextAwaitable *)self.as.obj, "send", args, nargs);
}

static Value m_anext_throw(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)kw;
    return anext_proxy(ts, (ObjANextAwaitable *)self.as.obj, "throw", args, nargs);
}

static Value m_anext_close(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)kw;
    return anext_proxy(ts, (ObjANextAwaitable *)self.as.obj, "close", args, nargs);
}

static const MethodDef anext_awaitable_methods[] = {
    {"send", m_anext_send, NATIVE_METHOD, "send(arg) -> send 'arg' into the wrapped iterator,\nreturn next yielded value or raise StopIteration."},
    {"throw", m_anext_throw, NATIVE_METHOD, "throw(value) -> raise exception in the wrapped iterator,\nreturn next yielded value or raise StopIteration."},
    {"close", m_anext_close, NATIVE_METHOD, "close() -> raise GeneratorExit inside generator."},
    {"__await__", m_self, NATIVE_METHOD, "Return an iterator to be used in await expression."},
    {NULL, NULL, 0, NULL},
};

static Type ANextAwaitableType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "anext_awaitable",
    .basic_size = sizeof(ObjANextAwaitable),
    .dealloc = anext_awaitable_dealloc,
    .getattr = generic_getattr,
    .iter = self_iter,
    .iternext = anext_awaitable_iternext,
};

Value asyncgen_aiter(ThreadState *ts, Value obj) {
    Value m = type_lookup(val_type(obj), str_intern_cstr("__aiter__"));
    if (val_is_null(m)) {
        return exc_raise(ts, &ExcTypeError, "'%s' object is not an async iterable", val_type_name(obj));
    }
    Value it = obj_call_unbound(ts, m, obj, NULL, 0);
    if (!val_is_null(it) && val_is_null(type_lookup(val_type(it), str_intern_cstr("__anext__")))) {
        exc_raise(ts, &ExcTypeError, "aiter() returned not an async iterator of type '%s'", val_type_name(it));
        val_clear(&it);
    }
    return it;
}

Value asyncgen_anext_of(ThreadState *ts, Value aiter, Value dflt) {
    Value m = type_lookup(val_type(aiter), str_intern_cstr("__anext__"));
    if (val_is_null(m)) {
        return exc_raise(ts, &ExcTypeError, "'%s' object is not an async iterator", val_type_name(aiter));
    }
    Value aw = obj_call_unbound(ts, m, aiter, NULL, 0);
    if (val_is_null(aw) || val_is_null(dflt)) {
        return aw;
    }
    ObjANextAwaitable *a = (ObjANextAwaitable *)obj_alloc(ts, &ANextAwaitableType, sizeof(ObjANextAwaitable));
    if (!a) {
        val_decref(aw);
        return VNULL;
    }
    a->wrapped = aw;
    a->iter = VNULL;
    a->dflt = val_dup(dflt);
    return val_obj(&a->base);
}

void asyncgen_init_types(ThreadState *ts) {
    type_add_methods(ts, &AsyncGenType, asyncgen_methods);
    type_add_methods(ts, &ASendType, asend_methods);
    type_add_methods(ts, &AThrowType, athrow_methods);
    type_add_methods(ts, &ANextAwaitableType, anext_awaitable_methods);
}
