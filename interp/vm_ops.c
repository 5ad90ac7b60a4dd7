// The eval loop's longer operations (see vm_ops.h): unpacking, f-string
// pieces, calls with *args/**kwargs, `with`, imports, raise, await, the
// namespace lookups of module and class bodies, and __build_class__.
#include "interp/vm_ops.h"

#include "interp/opcodes.h"
#include "interp/vm.h"
#include "interp/import.h"
#include "runtime/obj_class.h"
#include "runtime/obj_dict.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_func.h"
#include "runtime/obj_gen.h"
#include "runtime/obj_list.h"
#include "runtime/obj_module.h"
#include "runtime/obj_str.h"
#include "runtime/obj_tuple.h"
#include "runtime/signals.h"
#include "runtime/state.h"
#include "runtime/suggest.h"

Value obj_format(ThreadState *ts, Value v, Value spec);   // runtime/format.c

// --- names -------------------------------------------------------------------------

void vm_unbound_local(ThreadState *ts, Frame *f, int index) {
    exc_raise(ts, &ExcUnboundLocalError, "cannot access local variable '%U' where it is not associated with a value",
              f->code->localnames[index]);
}

void vm_unbound_deref(ThreadState *ts, Frame *f, int index) {
    ObjCode *co = f->code;
    Obj *name = co->localnames[co->nlocals + index];
    if (index < co->ncells) {
        exc_raise(ts, &ExcUnboundLocalError,
                  "cannot access local variable '%U' where it is not associated with a value", name);
    } else {
        exc_raise(ts, &ExcNameError,
                  "cannot access free variable '%U' where it is not associated with a value in enclosing scope",
                  name);
    }
}

static Value mapping_get(ThreadState *ts, Obj *m, Obj *name) {
    if (m->type == &DictType) {
        return val_dup(dict_get_str(m, name));
    }
    Value v = obj_getitem(ts, val_obj(m), val_obj(name));
    if (val_is_null(v) && exc_matches(ts, &ExcKeyError)) {
        exc_clear(ts);
    }
    return v;
}

static Value name_error(ThreadState *ts, Frame *f, Obj *name) {
    exc_raise(ts, &ExcNameError, "name '%U' is not defined", name);
    suggest_name_error_context(ts, name, f->globals);
    return VNULL;
}

Value vm_load_name(ThreadState *ts, Frame *f, Obj *name) {
    if (f->locals && f->locals != f->globals) {
        Value v = mapping_get(ts, f->locals, name);
        if (!val_is_null(v) || exc_occurred(ts)) {
            return v;
        }
    }
    Value v = dict_get_str(f->globals, name);
    if (val_is_null(v)) {
        v = dict_get_str(f->builtins, name);
    }
    if (val_is_null(v)) {
        return name_error(ts, f, name);
    }
    return val_dup(v);
}

int vm_store_name(ThreadState *ts, Frame *f, Obj *name, Value v) {
    Obj *ns = f->locals ? f->locals : f->globals;
    if (ns->type == &DictType) {
        return dict_set_str(ts, ns, name, v);
    }
    return obj_setitem(ts, val_obj(ns), val_obj(name), v);
}

int vm_delete_name(ThreadState *ts, Frame *f, Obj *name) {
    Obj *ns = f->locals ? f->locals : f->globals;
    int r = ns->type == &DictType ? dict_del(ts, ns, val_obj(name))
                                  : (obj_setitem(ts, val_obj(ns), val_obj(name), VNULL) < 0 ? -1 : 1);
    if (r == 0 || (r < 0 && exc_matches(ts, &ExcKeyError))) {
        exc_clear(ts);
        name_error(ts, f, name);
        return -1;
    }
    return r < 0 ? -1 : 0;
}

Value vm_load_classderef(ThreadState *ts, Frame *f, int index) {
    ObjCode *co = f->code;
    Obj *name = co->localnames[co->nlocals + index];
    if (f->locals) {
        Value v = mapping_get(ts, f->locals, name);
        if (!val_is_null(v) || exc_occurred(ts)) {
            return v;
        }
    }
    ObjCell *cell = (ObjCell *)f->localsplus[co->nlocals + index].as.obj;
    if (val_is_null(cell->value)) {
        vm_unbound_deref(ts, f, index);
        return VNULL;
    }
    return val_dup(cell->value);
}

Value vm_make_function(ThreadState *ts, Frame *f, ObjCode *code, int flags, Value *extras) {
    Obj *fo = function_new(ts, code, f->globals, NULL);
    if (!fo) {
        return VNULL;
    }
    ObjFunction *fn = (ObjFunction *)fo;
    int k = 0;
    if (flags & MF_DEFAULTS) {
        fn->defaults = extras[k++].as.obj;
        obj_incref(fn->defaults);
    }
    if (flags & MF_KWDEFAULTS) {
        fn->kwdefaults = extras[k++].as.obj;
        obj_incref(fn->kwdefaults);
    }
    if (flags & MF_ANNOTATIONS) {
        // (name, value) pairs: the dict __annotations__ shows.
        ObjTuple *pairs = as_tuple(extras[k++]);
        Obj *d = dict_new(ts);
        for (int64_t i = 0; d && i + 1 < pairs->len; i += 2) {
            if (dict_set(ts, d, pairs->items[i], pairs->items[i + 1]) < 0) {
                obj_decref(d);
                d = NULL;
            }
        }
        if (!d) {
            obj_decref(fo);
            return VNULL;
        }
        fn->annotations = d;
    }
    if (flags & MF_CLOSURE) {
        fn->closure = extras[k++].as.obj;
        obj_incref(fn->closure);
    }
    return val_obj(fo);
}

int vm_setup_annotations(ThreadState *ts, Frame *f) {
    Obj *ns = f->locals ? f->locals : f->globals;
    Obj *key = str_intern_cstr("__annotations__");
    Value have = mapping_get(ts, ns, key);
    if (!val_is_null(have)) {
        val_decref(have);
        return 0;
    }
    if (exc_occurred(ts)) {
        return -1;
    }
    Obj *d = dict_new(ts);
    if (!d) {
        return -1;
    }
    int r = ns->type == &DictType ? dict_set_str(ts, ns, key, val_obj(d))
                                  : obj_setitem(ts, val_obj(ns), val_obj(key), val_obj(d));
    obj_decref(d);
    return r < 0 ? -1 : 0;
}

// --- values --------------------------------------------------------------------------

Value vm_format_value(ThreadState *ts, Value v, int flags, Value spec) {
    Value conv;
    switch (flags & FV_MASK) {
    case FV_STR: conv = obj_str(ts, v); break;
    case FV_REPR: conv = obj_repr(ts, v); break;
    case FV_ASCII: conv = obj_ascii(ts, v); break;
    default: conv = val_dup(v); break;
    }
    if (val_is_null(conv)) {
        return VNULL;
    }
    if (val_is_null(spec) && val_is_str(conv)) {
        return conv;
    }
    Value r = obj_format(ts, conv, val_is_null(spec) ? val_obj(str_intern_cstr("")) : spec);
    val_decref(conv);
    return r;
}

Value vm_build_string(ThreadState *ts, Value *parts, int n) {
    int64_t nbytes = 0, len = 0;
    bool ascii = true;
    for (int i = 0; i < n; i++) {
        ObjStr *s = as_str(parts[i]);
        nbytes += s->nbytes;
        len += s->len;
        ascii &= s->ascii;
    }
    Obj *o = str_new_uninit(ts, nbytes);
    if (!o) {
        return VNULL;
    }
    ObjStr *r = (ObjStr *)o;
    char *p = r->data;
    for (int i = 0; i < n; i++) {
        ObjStr *s = as_str(parts[i]);
        memcpy(p, s->data, (size_t)s->nbytes);
        p += s->nbytes;
    }
    r->len = len;
    r->ascii = ascii;
    return val_obj(o);
}

static Value iter_for_unpack(ThreadState *ts, Value seq) {
    Value it = obj_iter(ts, seq);
    if (val_is_null(it) && exc_matches(ts, &ExcTypeError) && !val_type(seq)->iter && !val_type(seq)->getitem) {
        exc_clear(ts);
        exc_raise(ts, &ExcTypeError, "cannot unpack non-iterable %s object", val_type_name(seq));
    }
    return it;
}

bool vm_unpack(ThreadState *ts, Value seq, int n, Value *out) {
    if (val_is_tuple(seq) || val_is_list(seq)) {
        int64_t len = val_is_tuple(seq) ? as_tuple(seq)->len : as_list(seq)->len;
        if (len < n) {
            exc_raise(ts, &ExcValueError, "not enough values to unpack (expected %d, got %lld)", n, (long long)len);
        } else {
            exc_raise(ts, &ExcValueError, "too many values to unpack (expected %d)", n);
        }
        return false;
    }
    Value it = iter_for_unpack(ts, seq);
    if (val_is_null(it)) {
        return false;
    }
    int i = 0;
    for (; i < n; i++) {
        Value v = obj_next(ts, it);
        if (val_is_null(v)) {
            if (!exc_occurred(ts)) {
                exc_raise(ts, &ExcValueError, "not enough values to unpack (expected %d, got %d)", n, i);
            }
            goto fail;
        }
        out[i] = v;
    }
    Value extra = obj_next(ts, it);
    if (!val_is_null(extra)) {
        val_decref(extra);
        exc_raise(ts, &ExcValueError, "too many values to unpack (expected %d)", n);
        goto fail;
    }
    if (exc_occurred(ts)) {
        goto fail;
    }
    val_decref(it);
    return true;
fail:
    for (int j = 0; j < i; j++) {
        val_decref(out[j]);
    }
    val_decref(it);
    return false;
}

bool vm_unpack_ex(ThreadState *ts, Value seq, int before, int after, Value *out) {
    Value it = iter_for_unpack(ts, seq);
    if (val_is_null(it)) {
        return false;
    }
    Value l = list_from_iterable(ts, it);
    val_decref(it);
    if (val_is_null(l)) {
        return false;
    }
    ObjList *list = as_list(l);
    if (list->len < before + after) {
        exc_raise(ts, &ExcValueError, "not enough values to unpack (expected at least %d, got %lld)",
                  before + after, (long long)list->len);
        val_decref(l);
        return false;
    }
    int k = 0;
    for (int i = 0; i < before; i++) {
        out[k++] = val_dup(list->items[i]);
    }
    int64_t mid = list->len - before - after;
    Obj *middle = list_from_array(ts, list->items + before, mid);
    out[k++] = middle ? val_obj(middle) : VNONE;
    for (int i = 0; i < after; i++) {
        out[k++] = val_dup(list->items[before + mid + i]);
    }
    val_decref(l);
    return middle != NULL;
}

// --- calls ---------------------------------------------------------------------------

// "__main__.f()", "__main__.A.m()", "print()": how CPython names a
// callable in the messages of calls with * and ** (its module, unless that
// is builtins, and its qualified name). New reference; called with an
// exception about to be raised, so it never raises itself.
static Obj *func_desc(ThreadState *ts, Value func) {
    Value qualname = obj_lookup_attr(ts, func, str_intern_cstr("__qualname__"));
    if (val_is_null(qualname)) {
        exc_clear(ts);
        Value s = obj_str(ts, func);
        if (val_is_null(s)) {
            exc_clear(ts);
            return str_format_c(ts, "%s object", val_type_name(func));
        }
        return s.as.obj;
    }
    Value module = obj_lookup_attr(ts, func, str_intern_cstr("__module__"));
    Obj *r;
    if (!val_is_null(module) && val_is_str_like(module) &&
        strcmp(as_str(module)->data, "builtins") != 0) {
        r = str_format_c(ts, "%S.%S()", module, qualname);
    } else {
        exc_clear(ts);
        r = str_format_c(ts, "%S()", qualname);
    }
    if (!val_is_null(module)) {
        val_decref(module);
    }
    val_decref(qualname);
    return r;
}

Value vm_call_ex(ThreadState *ts, Value func, Value args, Value kwargs) {
    if (!val_is_tuple(args)) {
        if (!val_type(args)->iter && !val_type(args)->getitem) {
            Obj *d = func_desc(ts, func);
            exc_raise(ts, &ExcTypeError, "%U argument after * must be an iterable, not %s", d,
                      val_type_name(args));
            obj_xdecref(d);
            return VNULL;
        }
        Value t = tuple_from_iterable(ts, args);
        if (val_is_null(t)) {
            return VNULL;
        }
        Value r = vm_call_ex(ts, func, t, kwargs);
        val_decref(t);
        return r;
    }
    ObjTuple *a = as_tuple(args);
    if (val_is_null(kwargs) || dict_len(kwargs.as.obj) == 0) {
        return obj_call(ts, func, a->items, a->len, NULL);
    }
    int64_t nkw = dict_len(kwargs.as.obj);
    Value *argv = cs_malloc_or_raise(ts, sizeof(Value) * (size_t)(a->len + nkw));
    Obj *names = argv ? tuple_new(ts, nkw) : NULL;
    if (!names) {
        cs_free(argv);
        return VNULL;
    }
    memcpy(argv, a->items, sizeof(Value) * (size_t)a->len);
    int64_t pos = 0, i = 0;
    Value k, v;
    while (dict_next(kwargs.as.obj, &pos, &k, &v)) {
        if (!val_is_str_like(k)) {
            // CPython names no function here (only DICT_MERGE's does).
            exc_raise(ts, &ExcTypeError, "keywords must be strings");
            obj_decref(names);
            cs_free(argv);
            return VNULL;
        }
        ((ObjTuple *)names)->items[i] = val_dup(k);
        argv[a->len + i] = v;
        i++;
    }
    Value r = obj_call(ts, func, argv, a->len, names);
    obj_decref(names);
    cs_free(argv);
    return r;
}

int vm_dict_merge(ThreadState *ts, Value func, Value dict, Value other) {
    if (!val_is_dict_like(other)) {
        Value keys = obj_lookup_attr(ts, other, str_intern_cstr("keys"));
        if (val_is_null(keys)) {
            if (!exc_occurred(ts)) {
                Obj *d = func_desc(ts, func);
                exc_raise(ts, &ExcTypeError, "%U argument after ** must be a mapping, not %s", d,
                          val_type_name(other));
                obj_xdecref(d);
            }
            return -1;
        }
        val_decref(keys);
    }
    Value src = val_is_dict_like(other) ? val_dup(other) : obj_call1(ts, val_obj(&DictType.base), other);
    if (val_is_null(src)) {
        return -1;
    }
    int64_t pos = 0;
    Value k, v;
    int r = 0;
    while (dict_next(src.as.obj, &pos, &k, &v)) {
        int has = dict_contains(ts, dict.as.obj, k);
        if (has != 0) {
            if (has > 0) {
                Obj *d = func_desc(ts, func);
                if (val_is_str_like(k)) {
                    exc_raise(ts, &ExcTypeError, "%U got multiple values for keyword argument '%S'", d, k);
                } else {
                    exc_raise(ts, &ExcTypeError, "%U keywords must be strings", d);
                }
                obj_xdecref(d);
            }
            r = -1;
            break;
        }
        if (dict_set(ts, dict.as.obj, k, v) < 0) {
            r = -1;
            break;
        }
    }
    val_decref(src);
    return r;
}

int vm_dict_update(ThreadState *ts, Value dict, Value other) {
    if (!val_is_dict_like(other)) {
        Value keys = obj_lookup_attr(ts, other, str_intern_cstr("keys"));
        if (val_is_null(keys)) {
            if (!exc_occurred(ts)) {
                exc_raise(ts, &ExcTypeError, "'%s' object is not a mapping", val_type_name(other));
            }
            return -1;
        }
        val_decref(keys);
    }
    return dict_update(ts, dict.as.obj, other);
}

int vm_list_extend(ThreadState *ts, Value list, Value iterable) {
    if (list_extend(ts, list.as.obj, iterable) == 0) {
        return 0;
    }
    if (exc_matches(ts, &ExcTypeError) && !val_type(iterable)->iter && !val_type(iterable)->getitem) {
        exc_clear(ts);
        exc_raise(ts, &ExcTypeError, "Value after * must be an iterable, not %s", val_type_name(iterable));
    }
    return -1;
}

// --- with ----------------------------------------------------------------------------

static Value bind(ThreadState *ts, Value descr, Value self) {
    Type *dt = val_type(descr);
    return dt->descr_get ? dt->descr_get(ts, descr, self, val_type(self)) : val_dup(descr);
}

Value vm_before_with(ThreadState *ts, Value mgr, Value *exit, bool async) {
    Type *t = val_type(mgr);
    Value enter = type_lookup(t, str_intern_cstr(async ? "__aenter__" : "__enter__"));
    Value ex = type_lookup(t, str_intern_cstr(async ? "__aexit__" : "__exit__"));
    if (val_is_null(enter) || val_is_null(ex)) {
        return exc_raise(ts, &ExcTypeError, "'%s' object does not support the %scontext manager protocol%s",
                         t->name, async ? "asynchronous " : "",
                         val_is_null(enter) ? "" : async ? " (missed __aexit__ method)" : " (missed __exit__ method)");
    }
    *exit = bind(ts, ex, mgr);
    if (val_is_null(*exit)) {
        return VNULL;
    }
    Value r = obj_call_unbound(ts, enter, mgr, NULL, 0);
    if (val_is_null(r)) {
        val_clear(exit);
    }
    return r;
}

Value vm_with_exit(ThreadState *ts, Value exit, Value exc) {
    ObjException *e = (ObjException *)exc.as.obj;
    Value args[3] = {val_obj(&val_type(exc)->base), exc, e->traceback ? val_obj(e->traceback) : VNONE};
    return obj_call(ts, exit, args, 3, NULL);
}

// --- imports -------------------------------------------------------------------------

Value vm_import_name(ThreadState *ts, Frame *f, Obj *name, Value fromlist, Value level) {
    return import_module_level(ts, name, f->globals, fromlist, level.tag == VAL_INT ? (int)level.as.i : 0);
}

Value vm_import_from(ThreadState *ts, Value module, Obj *name) {
    Value v = obj_lookup_attr(ts, module, name);
    if (!val_is_null(v) || exc_occurred(ts)) {
        return v;
    }
    // A submodule not yet bound as an attribute: look in sys.modules.
    Value modname = obj_lookup_attr(ts, module, str_intern_cstr("__name__"));
    if (val_is_str(modname)) {
        Obj *full = str_format_c(ts, "%U.%U", modname.as.obj, name);
        if (full) {
            Value m = dict_get(ts, ts->interp->modules, val_obj(full));
            obj_decref(full);
            if (!val_is_null(m)) {
                val_decref(modname);
                return val_dup(m);
            }
        }
    }
    exc_clear(ts);
    Value file = obj_lookup_attr(ts, module, str_intern_cstr("__file__"));
    exc_clear(ts);
    if (val_is_str(modname)) {
        if (val_is_str(file)) {
            exc_raise(ts, &ExcImportError, "cannot import name '%U' from '%U' (%U)", name, modname.as.obj,
                      file.as.obj);
        } else {
            exc_raise(ts, &ExcImportError, "cannot import name '%U' from '%U' (unknown location)", name,
                      modname.as.obj);
        }
        exc_set_attr(ts, ts->curexc, "name", modname);
    } else {
        exc_raise(ts, &ExcImportError, "cannot import name '%U'", name);
    }
    val_decref(modname);
    val_decref(file);
    return VNULL;
}

int vm_import_star(ThreadState *ts, Frame *f, Value module) {
    Value all = obj_lookup_attr(ts, module, str_intern_cstr("__all__"));
    if (exc_occurred(ts)) {
        return -1;
    }
    Obj *ns = f->locals ? f->locals : f->globals;
    int r = 0;
    if (!val_is_null(all)) {
        Value it = obj_iter(ts, all);
        val_decref(all);
        if (val_is_null(it)) {
            return -1;
        }
        for (;;) {
            Value name = obj_next(ts, it);
            if (val_is_null(name)) {
                break;
            }
            if (!val_is_str(name)) {
                exc_raise(ts, &ExcTypeError, "Item in module.__all__ must be str, not %s", val_type_name(name));
                val_decref(name);
                break;
            }
            Obj *interned = str_intern(ts, (obj_incref(name.as.obj), name.as.obj));
            val_decref(name);
            Value v = obj_getattr(ts, module, interned);
            if (val_is_null(v) || dict_set_str(ts, ns, interned, v) < 0) {
                val_decref(v);
                break;
            }
            val_decref(v);
        }
        val_decref(it);
        return exc_occurred(ts) ? -1 : 0;
    }
    Value d = obj_lookup_attr(ts, module, str_intern_cstr("__dict__"));
    if (!val_is_dict_like(d)) {
        val_decref(d);
        return exc_occurred(ts) ? -1 : 0;
    }
    int64_t pos = 0;
    Value k, v;
    while (dict_next(d.as.obj, &pos, &k, &v)) {
        if (val_is_str(k) && as_str(k)->data[0] != '_') {
            if (dict_set(ts, ns, k, v) < 0) {
                r = -1;
                break;
            }
        }
    }
    val_decref(d);
    return r;
}

int vm_print_expr(ThreadState *ts, Value v) {
    Value hook = dict_get_cstr(module_dict(ts->interp->sys_module), "displayhook");
    if (val_is_null(hook)) {
        exc_raise(ts, &ExcRuntimeError, "lost sys.displayhook");
        return -1;
    }
    Value r = obj_call1(ts, hook, v);
    if (val_is_null(r)) {
        return -1;
    }
    val_decref(r);
    return 0;
}

// --- raise ---------------------------------------------------------------------------

// An exception class becomes an instance; instances pass through.
static Value make_exception(ThreadState *ts, Value v) {
    if (val_isinstance(v, &TypeType) && type_is_subtype((Type *)v.as.obj, &ExcBaseException)) {
        Value e = obj_call0(ts, v);
        if (!val_is_null(e) && !val_isinstance(e, &ExcBaseException)) {
            exc_raise(ts, &ExcTypeError, "calling %R should have returned an instance of BaseException, not %s",
                      v, val_type_name(e));
            val_decref(e);
            return VNULL;
        }
        return e;
    }
    if (val_isinstance(v, &ExcBaseException)) {
        return val_dup(v);
    }
    return exc_raise(ts, &ExcTypeError, "exceptions must derive from BaseException");
}

bool vm_raise(ThreadState *ts, Value exc, Value cause) {
    if (val_is_null(exc)) {
        if (val_is_null(ts->handled_exc)) {
            exc_raise(ts, &ExcRuntimeError, "No active exception to reraise");
            return false;
        }
        exc_restore(ts, val_dup(ts->handled_exc));
        return true;
    }
    Value e = make_exception(ts, exc);
    if (val_is_null(e)) {
        return false;
    }
    if (!val_is_null(cause)) {
        ObjException *ee = (ObjException *)e.as.obj;
        Value c = VNULL;
        if (!val_is_none(cause)) {
            if (!(val_isinstance(cause, &TypeType) && type_is_subtype((Type *)cause.as.obj, &ExcBaseException)) &&
                !val_isinstance(cause, &ExcBaseException)) {
                val_decref(e);
                exc_raise(ts, &ExcTypeError, "exception causes must derive from BaseException");
                return false;
            }
            c = make_exception(ts, cause);
            if (val_is_null(c)) {
                val_decref(e);
                return false;
            }
        }
        obj_xdecref(ee->cause);
        ee->cause = val_is_null(c) ? NULL : c.as.obj;
        ee->suppress_context = true;
    }
    exc_raise_object(ts, e);
    val_decref(e);
    return false;
}

// --- await and yield from ----------------------------------------------------------------

// The end of the message when an object cannot be awaited, by GET_AWAITABLE's argument.
static Value not_awaitable(ThreadState *ts, Value v, int where) {
    if (where == 1 || where == 2) {
        return exc_raise(ts, &ExcTypeError,
                         "'async with' received an object from %s that does not implement __await__: %s",
                         where == 1 ? "__aenter__" : "__aexit__", val_type_name(v));
    }
    return exc_raise(ts, &ExcTypeError, "object %s can't be used in 'await' expression", val_type_name(v));
}

Value vm_get_awaitable(ThreadState *ts, Value v, int where) {
    if (val_has_type(v, &CoroutineType)) {
        return val_dup(v);
    }
    Value aw = type_lookup(val_type(v), str_intern_cstr("__await__"));
    if (val_is_null(aw)) {
        return not_awaitable(ts, v, where);
    }
    Value it = obj_call_unbound(ts, aw, v, NULL, 0);
    if (val_is_null(it)) {
        return VNULL;
    }
    if (val_has_type(it, &CoroutineType) || !val_type(it)->iternext) {
        exc_raise(ts, &ExcTypeError, "__await__() returned %s of type '%s'",
                  val_has_type(it, &CoroutineType) ? "a coroutine" : "non-iterator", val_type_name(it));
        val_decref(it);
        return VNULL;
    }
    return it;
}

static Value bind(ThreadState *ts, Value descr, Value self);

// --- async for, async with, async generators ------------------------------------------------

Value vm_get_aiter(ThreadState *ts, Value v) {
    Value meth = type_lookup(val_type(v), str_intern_cstr("__aiter__"));
    if (val_is_null(meth)) {
        return exc_raise(ts, &ExcTypeError, "'async for' requires an object with __aiter__ method, got %s",
                         val_type_name(v));
    }
    Value it = obj_call_unbound(ts, meth, v, NULL, 0);
    if (!val_is_null(it) && val_is_null(type_lookup(val_type(it), str_intern_cstr("__anext__")))) {
        exc_raise(ts, &ExcTypeError,
                  "'async for' received an object from __aiter__ that does not implement __anext__: %s",
                  val_type_name(it));
        val_clear(&it);
    }
    return it;
}

Value vm_get_anext(ThreadState *ts, Value aiter) {
    if (val_has_type(aiter, &AsyncGenType)) {
        return asyncgen_anext(ts, aiter);
    }
    Value meth = type_lookup(val_type(aiter), str_intern_cstr("__anext__"));
    if (val_is_null(meth)) {
        return exc_raise(ts, &ExcTypeError, "'async for' requires an iterator with __anext__ method, got %s",
                         val_type_name(aiter));
    }
    Value next = obj_call_unbound(ts, meth, aiter, NULL, 0);
    if (val_is_null(next)) {
        return VNULL;
    }
    Value aw = vm_get_awaitable(ts, next, 0);
    if (val_is_null(aw)) {
        // Reported as CPython does: the TypeError above is the cause.
        Value cause = exc_fetch(ts);
        exc_raise(ts, &ExcTypeError, "'async for' received an invalid object from __anext__: %s", val_type_name(next));
        ObjException *e = (ObjException *)ts->curexc.as.obj;
        obj_xdecref(e->cause);
        e->cause = cause.as.obj;
        e->suppress_context = true;
    }
    val_decref(next);
    return aw;
}

Value vm_async_gen_wrap(ThreadState *ts, Value v) { return asyncgen_wrap(ts, v); }

Value vm_get_yield_from_iter(ThreadState *ts, Value v) {
    if (val_has_type(v, &GeneratorType)) {
        return val_dup(v);
    }
    if (val_has_type(v, &CoroutineType)) {
        Frame *f = ts->frame;
        if (!f || !(f->code->flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE))) {
            return exc_raise(ts, &ExcTypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
        }
        return val_dup(v);
    }
    return obj_iter(ts, v);
}

static int stop_value(ThreadState *ts, Value *out) {
    if (!exc_matches(ts, &ExcStopIteration)) {
        return -1;
    }
    Value e = exc_fetch(ts);
    Value v = exc_get_attr(e, "value");
    *out = val_is_null(v) ? VNONE : val_dup(v);
    val_decref(e);
    return 1;
}

int vm_send(ThreadState *ts, Value sub, Value v, Value *out) {
    if (val_has_type(sub, &GeneratorType) || val_has_type(sub, &CoroutineType)) {
        GenStatus st = gen_send_ex(ts, sub.as.obj, v, false, out);
        return st == GEN_YIELDED ? 0 : st == GEN_RETURNED ? 1 : -1;
    }
    Value r;
    if (val_is_none(v) && val_type(sub)->iternext) {
        r = val_type(sub)->iternext(ts, sub);
        if (val_is_null(r) && !exc_occurred(ts)) {
            *out = VNONE;
            return 1;
        }
    } else {
        r = obj_call_method(ts, sub, "send", &v, 1);
    }
    if (val_is_null(r)) {
        return stop_value(ts, out);
    }
    *out = r;
    return 0;
}

// --- classes ---------------------------------------------------------------------------------

// PEP 560: a base that is not a class may stand for others through its
// __mro_entries__(bases). Returns the bases to use (new reference): orig
// itself when nothing was replaced.
static Obj *update_bases(ThreadState *ts, Obj *orig) {
    Obj *out = NULL;   // a list, once something changed
    for (int64_t i = 0; i < tuple_len(orig); i++) {
        Value base = tuple_get(orig, i);
        Value entries = VNULL;
        if (!val_isinstance(base, &TypeType)) {
            Value meth = obj_lookup_attr(ts, base, str_intern_cstr("__mro_entries__"));
            if (val_is_null(meth) && exc_occurred(ts)) {
                goto fail;
            }
            if (!val_is_null(meth)) {
                entries = obj_call1(ts, meth, val_obj(orig));
                val_decref(meth);
                if (val_is_null(entries)) {
                    goto fail;
                }
                if (!val_is_tuple(entries)) {
                    val_decref(entries);
                    exc_raise(ts, &ExcTypeError, "__mro_entries__ must return a tuple");
                    goto fail;
                }
            }
        }
        if (!out && !val_is_null(entries)) {
            out = list_new(ts, 0);
            for (int64_t k = 0; out && k < i; k++) {
                list_append(ts, out, tuple_get(orig, k));
            }
        }
        if (out && val_is_null(entries)) {
            list_append(ts, out, base);
        } else if (out) {
            for (int64_t k = 0; k < tuple_len(entries.as.obj); k++) {
                list_append(ts, out, tuple_get(entries.as.obj, k));
            }
        }
        val_decref(entries);
    }
    if (!out) {
        obj_incref(orig);
        return orig;
    }
    Obj *t = tuple_from_array(ts, ((ObjList *)out)->items, ((ObjList *)out)->len);
    obj_decref(out);
    return t;
fail:
    obj_xdecref(out);
    return NULL;
}

Value vm_build_class(ThreadState *ts, Value *args, int64_t nargs, Obj *kwnames) {
    if (nargs < 2) {
        return exc_raise(ts, &ExcTypeError, "__build_class__: not enough arguments");
    }
    if (!val_has_type(args[0], &FunctionType)) {
        return exc_raise(ts, &ExcTypeError, "__build_class__: func must be a function");
    }
    if (!val_is_str(args[1])) {
        return exc_raise(ts, &ExcTypeError, "__build_class__: name is not a string");
    }
    Value func = args[0], name = args[1];
    Obj *orig_bases = tuple_from_array(ts, args + 2, nargs - 2);
    if (!orig_bases) {
        return VNULL;
    }
    Obj *bases = update_bases(ts, orig_bases);
    if (!bases) {
        obj_decref(orig_bases);
        return VNULL;
    }
    // Keywords other than metaclass go to the metaclass.
    int64_t nkw = kwnames ? tuple_len(kwnames) : 0;
    Value meta = VNULL;
    Value *kwvals = args + nargs;
    Obj *kwrest_names = tuple_new(ts, nkw);
    Value *kwrest = cs_malloc(sizeof(Value) * (size_t)(nkw + 4));
    int64_t nrest = 0;
    for (int64_t i = 0; i < nkw; i++) {
        Obj *k = tuple_get(kwnames, i).as.obj;
        if (str_eq_cstr(k, "metaclass")) {
            meta = kwvals[i];
        } else {
            ((ObjTuple *)kwrest_names)->items[nrest] = val_dup(val_obj(k));
            kwrest[3 + nrest] = kwvals[i];
            nrest++;
        }
    }
    ((ObjTuple *)kwrest_names)->len = nrest;
    bool explicit_meta = !val_is_null(meta);
    if (!explicit_meta) {
        meta = tuple_len(bases) ? val_obj(&val_type(tuple_get(bases, 0))->base) : val_obj(&TypeType.base);
    }
    // The most derived metaclass among the bases'.
    if (val_isinstance(meta, &TypeType)) {
        Type *winner = (Type *)meta.as.obj;
        for (int64_t i = 0; i < tuple_len(bases); i++) {
            Type *bm = val_type(tuple_get(bases, i));
            if (type_is_subtype(winner, bm)) {
                continue;
            }
            if (type_is_subtype(bm, winner)) {
                winner = bm;
                continue;
            }
            obj_decref(bases);
            obj_decref(orig_bases);
            obj_decref(kwrest_names);
            cs_free(kwrest);
            return exc_raise(ts, &ExcTypeError,
                             "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass "
                             "of the metaclasses of all its bases");
        }
        meta = val_obj(&winner->base);
    }
    Value ns = VNULL;
    Value prepare = obj_lookup_attr(ts, meta, str_intern_cstr("__prepare__"));
    if (!val_is_null(prepare)) {
        Value pargs[2 + 64];
        pargs[0] = name;
        pargs[1] = val_obj(bases);
        int64_t np = nrest < 64 ? nrest : 64;
        for (int64_t i = 0; i < np; i++) {
            pargs[2 + i] = kwrest[3 + i];
        }
        ns = obj_call(ts, prepare, pargs, 2, nrest ? kwrest_names : NULL);
        val_decref(prepare);
    } else if (!exc_occurred(ts)) {
        Obj *d = dict_new(ts);
        ns = d ? val_obj(d) : VNULL;
    }
    Value cls = VNULL;
    if (!val_is_null(ns)) {
        if (ns.tag != VAL_OBJ) {
            exc_raise(ts, &ExcTypeError, "%s.__prepare__() must return a mapping, not %s",
                      val_isinstance(meta, &TypeType) ? ((Type *)meta.as.obj)->name : "<metaclass>",
                      val_type_name(ns));
        } else {
            Value cell = vm_call_with_locals(ts, (ObjFunction *)func.as.obj, ns.as.obj);
            if (!val_is_null(cell) && bases != orig_bases &&
                obj_setitem(ts, ns, val_obj(str_intern_cstr("__orig_bases__")), val_obj(orig_bases)) < 0) {
                val_clear(&cell);
            }
            if (!val_is_null(cell)) {
                kwrest[0] = name;
                kwrest[1] = val_obj(bases);
                kwrest[2] = ns;
                cls = obj_call(ts, meta, kwrest, 3, nrest ? kwrest_names : NULL);
                if (!val_is_null(cls) && val_has_type(cell, &CellType)) {
                    val_set(&((ObjCell *)cell.as.obj)->value, val_dup(cls));
                }
                val_decref(cell);
            }
        }
    }
    val_decref(ns);
    obj_decref(bases);
    obj_decref(orig_bases);
    obj_decref(kwrest_names);
    cs_free(kwrest);
    return cls;
}

// --- the eval breaker ----------------------------------------------------------------------

bool vm_handle_breaker(ThreadState *ts) {
    unsigned bits = atomic_load(&ts->eval_breaker);
    if (bits & BREAK_GIL_WAITING) {
        ts->gil_poll = GIL_POLL_EVERY;
        gil_check_slice(ts);
    }
    if (bits & BREAK_SIGNALS) {
        if (!signals_run_handlers(ts)) {
            return false;
        }
    }
    if (bits & BREAK_ASYNC_EXC) {
        atomic_fetch_and(&ts->eval_breaker, ~(unsigned)BREAK_ASYNC_EXC);
        Value e = ts->async_exc;
        ts->async_exc = VNULL;
        if (!val_is_null(e)) {
            exc_raise_object(ts, e);
            val_decref(e);
            return false;
        }
    }
    return true;
}
