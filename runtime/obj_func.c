// Functions, code objects, cells, native functions and bound methods.
//
// Calling a function written in the language is the eval loop's business
// (interp/call.c, vm_call_function); here are the objects themselves, how
// they bind as methods, and their attributes (__name__, __defaults__...).
#include "runtime/frame.h"
#include "runtime/obj_class.h"
#include "runtime/obj_dict.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_func.h"
#include "runtime/obj_module.h"
#include "runtime/obj_str.h"
#include "runtime/obj_tuple.h"
#include "runtime/slots.h"
#include "runtime/state.h"

// --- functions -------------------------------------------------------------------------

Obj *function_new(ThreadState *ts, ObjCode *code, Obj *globals, Obj *qualname) {
    ObjFunction *f = (ObjFunction *)obj_alloc(ts, &FunctionType, sizeof(ObjFunction));
    if (!f) {
        return NULL;
    }
    f->code = code;
    obj_incref(&code->base);
    f->globals = globals;
    obj_incref(globals);
    f->name = code->name;
    obj_incref(f->name);
    f->qualname = qualname ? qualname : code->qualname;
    obj_incref(f->qualname);
    // Builtins come from the globals' __builtins__, else the interpreter's.
    Value b = dict_get_cstr(globals, "__builtins__");
    if (val_has_type(b, &ModuleType)) {
        f->builtins = module_dict(b.as.obj);
    } else if (val_is_dict(b)) {
        f->builtins = b.as.obj;
    } else {
        f->builtins = ts->interp->builtins;
    }
    obj_incref(f->builtins);
    Value mod = dict_get_cstr(globals, "__name__");
    if (!val_is_null(mod)) {
        f->module = mod.as.obj;
        obj_incref(f->module);
    }
    // The compiler makes a function's first constant its docstring (or None).
    f->doc = (code->flags & CO_OPTIMIZED) && code->nconsts > 0 && val_is_str(code->consts[0])
                 ? val_dup(code->consts[0])
                 : VNONE;
    return &f->base;
}

static void function_dealloc(Obj *o) {
    ObjFunction *f = (ObjFunction *)o;
    obj_decref(&f->code->base);
    obj_decref(f->globals);
    obj_decref(f->builtins);
    obj_xdecref(f->defaults);
    obj_xdecref(f->kwdefaults);
    obj_xdecref(f->closure);
    obj_decref(f->name);
    obj_decref(f->qualname);
    obj_xdecref(f->module);
    obj_xdecref(f->dict);
    obj_xdecref(f->annotations);
    val_decref(f->doc);
    obj_free(o);
}

static Value function_repr(ThreadState *ts, Value v) {
    ObjFunction *f = (ObjFunction *)v.as.obj;
    Obj *s = str_format_c(ts, "<function %U at %p>", f->qualname, (void *)f);
    return s ? val_obj(s) : VNULL;
}

static Value function_descr_get(ThreadState *ts, Value descr, Value obj, Type *owner) {
    (void)owner;
    if (val_is_null(obj)) {
        return val_dup(descr);
    }
    Obj *m = method_new(ts, descr, obj);
    return m ? val_obj(m) : VNULL;
}

static Value function_getattr(ThreadState *ts, Value v, Obj *name) {
    ObjFunction *f = (ObjFunction *)v.as.obj;
    const char *n = str_cstr(name);
    if (n[0] == '_' && n[1] == '_') {
        if (strcmp(n, "__name__") == 0) return val_dup(val_obj(f->name));
        if (strcmp(n, "__qualname__") == 0) return val_dup(val_obj(f->qualname));
        if (strcmp(n, "__module__") == 0) return f->module ? val_dup(val_obj(f->module)) : VNONE;
        if (strcmp(n, "__doc__") == 0) return val_dup(f->doc);
        if (strcmp(n, "__code__") == 0) return val_dup(val_obj(&f->code->base));
        if (strcmp(n, "__globals__") == 0) return val_dup(val_obj(f->globals));
        if (strcmp(n, "__builtins__") == 0) return val_dup(val_obj(f->builtins));
        if (strcmp(n, "__defaults__") == 0) return f->defaults ? val_dup(val_obj(f->defaults)) : VNONE;
        if (strcmp(n, "__kwdefaults__") == 0) return f->kwdefaults ? val_dup(val_obj(f->kwdefaults)) : VNONE;
        if (strcmp(n, "__closure__") == 0) return f->closure ? val_dup(val_obj(f->closure)) : VNONE;
        if (strcmp(n, "__annotations__") == 0) {
            if (!f->annotations && !(f->annotations = dict_new(ts))) {
                return VNULL;
            }
            return val_dup(val_obj(f->annotations));
        }
    }
    return generic_getattr(ts, v, name);
}

// f.__code__ = code: the new code must expect as many closure cells as f has.
static int set_code(ThreadState *ts, ObjFunction *f, Value value) {
    if (val_is_null(value) || !val_has_type(value, &CodeType)) {
        exc_raise(ts, &ExcTypeError, "__code__ must be set to a code object");
        return -1;
    }
    ObjCode *code = (ObjCode *)value.as.obj;
    int64_t ncells = f->closure ? tuple_len(f->closure) : 0;
    if (code->nfree != ncells) {
        exc_raise(ts, &ExcValueError, "%U() requires a code object with %lld free vars, not %d", f->name,
                  (long long)ncells, code->nfree);
        return -1;
    }
    obj_incref(&code->base);
    obj_decref(&f->code->base);
    f->code = code;
    return 0;
}

static int function_setattr(ThreadState *ts, Value v, Obj *name, Value value) {
    ObjFunction *f = (ObjFunction *)v.as.obj;
    if (str_eq_cstr(name, "__doc__")) {
        val_set(&f->doc, val_is_null(value) ? VNONE : val_dup(value));
        return 0;
    }
    if ((str_eq_cstr(name, "__name__") || str_eq_cstr(name, "__qualname__")) && !val_is_null(value)) {
        if (!val_is_str(value)) {
            exc_raise(ts, &ExcTypeError, "%U must be set to a string object", name);
            return -1;
        }
        Obj **slot = str_eq_cstr(name, "__name__") ? &f->name : &f->qualname;
        obj_incref(value.as.obj);
        obj_decref(*slot);
        *slot = value.as.obj;
        return 0;
    }
    if (str_eq_cstr(name, "__code__")) {
        return set_code(ts, f, value);
    }
    if (str_eq_cstr(name, "__globals__") || str_eq_cstr(name, "__closure__") || str_eq_cstr(name, "__builtins__")) {
        exc_raise(ts, &ExcAttributeError, "readonly attribute");
        return -1;
    }
    if (str_eq_cstr(name, "__defaults__") || str_eq_cstr(name, "__kwdefaults__")) {
        bool is_defaults = str_eq_cstr(name, "__defaults__");
        Obj **slot = is_defaults ? &f->defaults : &f->kwdefaults;
        if (val_is_null(value) || val_is_none(value)) {
            obj_xdecref(*slot);
            *slot = NULL;
            return 0;
        }
        if (is_defaults ? !val_is_tuple(value) : !val_is_dict(value)) {
            exc_raise(ts, &ExcTypeError, "%U must be set to a %s object", name,
                      is_defaults ? "tuple" : "dict");
            return -1;
        }
        obj_incref(value.as.obj);
        obj_xdecref(*slot);
        *slot = value.as.obj;
        return 0;
    }
    if (str_eq_cstr(name, "__annotations__")) {
        if (!val_is_null(value) && !val_is_none(value) && !val_isinstance(value, &DictType)) {
            exc_raise(ts, &ExcTypeError, "__annotations__ must be set to a dict object");
            return -1;
        }
        obj_xdecref(f->annotations);
        f->annotations = !val_is_null(value) && !val_is_none(value) ? (obj_incref(value.as.obj), value.as.obj) : NULL;
        return 0;
    }
    if (str_eq_cstr(name, "__module__")) {
        obj_xdecref(f->module);
        f->module = (!val_is_null(value) && val_is_str(value)) ? (obj_incref(value.as.obj), value.as.obj) : NULL;
        return 0;
    }
    return generic_setattr(ts, v, name, value);
}

Type FunctionType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "function",
    .basic_size = sizeof(ObjFunction),
    .dict_offset = offsetof(ObjFunction, dict),
    .doc = "Create a function object.",
    .dealloc = function_dealloc,
    .repr = function_repr,
    .call = vm_call_function,
    .getattr = function_getattr,
    .setattr = function_setattr,
    .descr_get = function_descr_get,
};

// --- code objects ------------------------------------------------------------------------

static void code_dealloc(Obj *o) {
    ObjCode *c = (ObjCode *)o;
    cs_free(c->code);
    cs_free(c->locs);
    for (int i = 0; i < c->nconsts; i++) {
        val_decref(c->consts[i]);
    }
    cs_free(c->consts);
    // Names are interned (immortal): only the arrays are ours.
    cs_free(c->names);
    cs_free(c->localnames);
    cs_free(c->cell2arg);
    cs_free(c->exctable);
    cs_free(c->caches);
    obj_xdecref(c->name);
    obj_xdecref(c->qualname);
    obj_xdecref(c->filename);
    obj_free(o);
}

static Value code_repr(ThreadState *ts, Value v) {
    ObjCode *c = (ObjCode *)v.as.obj;
    Obj *s = str_format_c(ts, "<code object %U at %p, file \"%U\", line %d>", c->name, (void *)c,
                          c->filename, c->firstlineno);
    return s ? val_obj(s) : VNULL;
}

static Value names_tuple(ThreadState *ts, Obj **names, int n) {
    Obj *t = tuple_new(ts, n);
    if (!t) {
        return VNULL;
    }
    for (int i = 0; i < n; i++) {
        ((ObjTuple *)t)->items[i] = val_obj(names[i]);
    }
    return val_obj(t);
}

static Value code_getattr(ThreadState *ts, Value v, Obj *name) {
    ObjCode *c = (ObjCode *)v.as.obj;
    const char *n = str_cstr(name);
    if (strcmp(n, "co_name") == 0) return val_dup(val_obj(c->name));
    if (strcmp(n, "co_qualname") == 0) return val_dup(val_obj(c->qualname));
    if (strcmp(n, "co_filename") == 0) return val_dup(val_obj(c->filename));
    if (strcmp(n, "co_firstlineno") == 0) return val_int(c->firstlineno);
    if (strcmp(n, "co_argcount") == 0) return val_int(c->argcount);
    if (strcmp(n, "co_posonlyargcount") == 0) return val_int(c->posonlyargcount);
    if (strcmp(n, "co_kwonlyargcount") == 0) return val_int(c->kwonlyargcount);
    if (strcmp(n, "co_flags") == 0) return val_int(c->flags);
    if (strcmp(n, "co_stacksize") == 0) return val_int(c->stacksize);
    if (strcmp(n, "co_nlocals") == 0) return val_int(c->nlocals);
    if (strcmp(n, "co_varnames") == 0) return names_tuple(ts, c->localnames, c->nlocals);
    if (strcmp(n, "co_cellvars") == 0) return names_tuple(ts, c->localnames + c->nlocals, c->ncells);
    if (strcmp(n, "co_freevars") == 0) return names_tuple(ts, c->localnames + c->nlocals + c->ncells, c->nfree);
    if (strcmp(n, "co_names") == 0) return names_tuple(ts, c->names, c->nnames);
    if (strcmp(n, "co_consts") == 0) {
        Obj *t = tuple_from_array(ts, c->consts, c->nconsts);
        return t ? val_obj(t) : VNULL;
    }
    return generic_getattr(ts, v, name);
}

Type CodeType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "code",
    .basic_size = sizeof(ObjCode),
    .dealloc = code_dealloc,
    .repr = code_repr,
    .getattr = code_getattr,
};

// --- cells --------------------------------------------------------------------------------

Obj *cell_new(ThreadState *ts, Value v) {
    ObjCell *c = (ObjCell *)obj_alloc(ts, &CellType, sizeof(ObjCell));
    if (!c) {
        return NULL;
    }
    c->value = val_dup(v);
    return &c->base;
}

static void cell_dealloc(Obj *o) {
    val_decref(((ObjCell *)o)->value);
    obj_free(o);
}

static Value cell_repr(ThreadState *ts, Value v) {
    ObjCell *c = (ObjCell *)v.as.obj;
    Obj *s = val_is_null(c->value)
                 ? str_format_c(ts, "<cell at %p: empty>", (void *)c)
                 : str_format_c(ts, "<cell at %p: %s object at %p>", (void *)c,
                                val_type_name(c->value), (void *)c->value.as.obj);
    return s ? val_obj(s) : VNULL;
}

static Value cell_getattr(ThreadState *ts, Value v, Obj *name) {
    if (str_eq_cstr(name, "cell_contents")) {
        ObjCell *c = (ObjCell *)v.as.obj;
        if (val_is_null(c->value)) {
            return exc_raise(ts, &ExcValueError, "Cell is empty");
        }
        return val_dup(c->value);
    }
    return generic_getattr(ts, v, name);
}

Type CellType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "cell",
    .basic_size = sizeof(ObjCell),
    .dealloc = cell_dealloc,
    .repr = cell_repr,
    .getattr = cell_getattr,
};

// --- native functions -------------------------------------------------------------------

Obj *native_new(ThreadState *ts, const char *name, NativeFn fn, Value self, int flags, const char *doc) {
    ObjNative *n = (ObjNative *)obj_alloc(ts, &NativeType, sizeof(ObjNative));
    if (!n) {
        return NULL;
    }
    n->name = name;
    n->fn = fn;
    n->self = val_dup(self);
    n->flags = flags;
    n->doc = doc;
    return &n->base;
}

static void native_dealloc(Obj *o) {
    val_decref(((ObjNative *)o)->self);
    obj_free(o);
}

static Value native_call(ThreadState *ts, Value callable, Value *args, int64_t nargs, Obj *kwnames) {
    ObjNative *n = (ObjNative *)callable.as.obj;
    if ((n->flags & NATIVE_METHOD) && val_is_null(n->self)) {
        // Called through the class: list.append(l, x).
        if (nargs < 1) {
            return exc_raise(ts, &ExcTypeError, "unbound method %s.%s() needs an argument",
                             n->owner ? n->owner->name : "?", n->name);
        }
        if (n->owner && !val_isinstance(args[0], n->owner)) {
            return exc_raise(ts, &ExcTypeError,
                             "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", n->name,
                             n->owner->name, val_type_name(args[0]));
        }
        return n->fn(ts, args[0], args + 1, nargs - 1, kwnames);
    }
    return n->fn(ts, n->self, args, nargs, kwnames);
}

static Value native_repr(ThreadState *ts, Value v) {
    ObjNative *n = (ObjNative *)v.as.obj;
    Obj *s;
    if ((n->flags & NATIVE_METHOD) && val_is_null(n->self) && n->owner) {
        s = str_format_c(ts, "<method '%s' of '%s' objects>", n->name, n->owner->name);
    } else if (val_is_null(n->self) || val_has_type(n->self, &ModuleType)) {
        s = str_format_c(ts, "<built-in function %s>", n->name);
    } else if (val_isinstance(n->self, &TypeType)) {
        s = str_format_c(ts, "<built-in method %s of type object at %p>", n->name, (void *)n->self.as.obj);
    } else {
        s = str_format_c(ts, "<built-in method %s of %s object at %p>", n->name,
                         val_type_name(n->self), (void *)n->self.as.obj);
    }
    return s ? val_obj(s) : VNULL;
}

// A method of a built-in type binds to the instance; a class method to
// the class.
static Value native_descr_get(ThreadState *ts, Value descr, Value obj, Type *owner) {
    ObjNative *n = (ObjNative *)descr.as.obj;
    if (!val_is_null(n->self) || (n->flags & NATIVE_STATIC)) {
        return val_dup(descr);
    }
    Value self;
    if (n->flags & NATIVE_CLASSMETHOD) {
        self = owner ? val_obj(&owner->base) : val_obj(&val_type(obj)->base);
    } else if (n->flags & NATIVE_METHOD) {
        if (val_is_null(obj)) {
            return val_dup(descr);
        }
        self = obj;
    } else {
        return val_dup(descr);
    }
    Obj *b = native_new(ts, n->name, n->fn, self, n->flags & ~(NATIVE_METHOD | NATIVE_CLASSMETHOD), n->doc);
    if (b) {
        ((ObjNative *)b)->owner = n->owner;
    }
    return b ? val_obj(b) : VNULL;
}

static Value native_getattr(ThreadState *ts, Value v, Obj *name) {
    ObjNative *n = (ObjNative *)v.as.obj;
    if (str_eq_cstr(name, "__name__")) {
        return val_obj(str_intern_cstr(n->name));
    }
    if (str_eq_cstr(name, "__qualname__")) {
        Obj *s = n->owner ? str_format_c(ts, "%s.%s", n->owner->name, n->name) : str_from_cstr(ts, n->name);
        return s ? val_obj(s) : VNULL;
    }
    if (str_eq_cstr(name, "__doc__")) {
        return n->doc ? val_obj(str_from_cstr(ts, n->doc)) : VNONE;
    }
    if (str_eq_cstr(name, "__self__")) {
        return val_is_null(n->self) ? VNONE : val_dup(n->self);
    }
    if (str_eq_cstr(name, "__module__")) {
        if (val_has_type(n->self, &ModuleType)) {
            return val_dup(val_obj(((ObjModule *)n->self.as.obj)->name));
        }
        return VNONE;
    }
    return generic_getattr(ts, v, name);
}

static Value native_richcompare(ThreadState *ts, Value a, Value b, CmpOp op) {
    if (!val_has_type(a, &NativeType) || !val_has_type(b, &NativeType) || (op != CMP_EQ && op != CMP_NE)) {
        return VNOTIMPL;
    }
    ObjNative *x = (ObjNative *)a.as.obj, *y = (ObjNative *)b.as.obj;
    bool eq = x->fn == y->fn && val_is(x->self, y->self);
    (void)ts;
    return val_bool(op == CMP_EQ ? eq : !eq);
}

static int native_hash(ThreadState *ts, Value v, int64_t *out) {
    ObjNative *n = (ObjNative *)v.as.obj;
    int64_t h = 0;
    if (!val_is_null(n->self) && obj_hash(ts, n->self, &h) < 0) {
        exc_clear(ts);
        h = (int64_t)(uintptr_t)n->self.as.obj;
    }
    *out = h ^ (int64_t)((uintptr_t)n->fn >> 4);
    if (*out == -1) {
        *out = -2;
    }
    return 0;
}

Type NativeType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "builtin_function_or_method",
    .basic_size = sizeof(ObjNative),
    .dealloc = native_dealloc,
    .repr = native_repr,
    .hash = native_hash,
    .richcompare = native_richcompare,
    .call = native_call,
    .getattr = native_getattr,
    .descr_get = native_descr_get,
};

void type_add_methods(ThreadState *ts, Type *type, const MethodDef *defs) {
    if (!type->dict) {
        type->dict = dict_new(ts);
    }
    for (const MethodDef *d = defs; d->name; d++) {
        Obj *n = native_new(ts, d->name, d->fn, VNULL, d->flags, d->doc);
        if (!n) {
            cs_fatal("out of memory");
        }
        ((ObjNative *)n)->owner = type;
        dict_set_cstr(ts, type->dict, d->name, val_obj(n));
        obj_decref(n);
    }
    type_modified(type);
}

void module_add_functions(ThreadState *ts, Obj *module, const MethodDef *defs) {
    for (const MethodDef *d = defs; d->name; d++) {
        Obj *n = native_new(ts, d->name, d->fn, val_obj(module), d->flags, d->doc);
        if (!n) {
            cs_fatal("out of memory");
        }
        dict_set_cstr(ts, module_dict(module), d->name, val_obj(n));
        obj_decref(n);
    }
}

// --- bound methods -------------------------------------------------------------------------

Obj *method_new(ThreadState *ts, Value func, Value self) {
    ObjMethod *m = (ObjMethod *)obj_alloc(ts, &MethodType, sizeof(ObjMethod));
    if (!m) {
        return NULL;
    }
    m->func = val_dup(func);
    m->self = val_dup(self);
    return &m->base;
}

static void method_dealloc(Obj *o) {
    ObjMethod *m = (ObjMethod *)o;
    val_decref(m->func);
    val_decref(m->self);
    obj_free(o);
}

// Calls func(self, *args): self goes in front of the arguments.
static Value method_call(ThreadState *ts, Value callable, Value *args, int64_t nargs, Obj *kwnames) {
    ObjMethod *m = (ObjMethod *)callable.as.obj;
    int64_t total = nargs + (kwnames ? tuple_len(kwnames) : 0);
    Value small[8];
    Value *argv = total + 1 <= 8 ? small : cs_malloc_or_raise(ts, sizeof(Value) * (size_t)(total + 1));
    if (!argv) {
        return VNULL;
    }
    argv[0] = m->self;
    if (total > 0) {
        memcpy(argv + 1, args, sizeof(Value) * (size_t)total);   // args may be NULL when empty
    }
    Value r = obj_call(ts, m->func, argv, nargs + 1, kwnames);
    if (argv != small) {
        cs_free(argv);
    }
    return r;
}

static Value method_repr(ThreadState *ts, Value v) {
    ObjMethod *m = (ObjMethod *)v.as.obj;
    Value qn = obj_lookup_attr(ts, m->func, str_intern_cstr("__qualname__"));
    if (val_is_null(qn)) {
        qn = obj_lookup_attr(ts, m->func, str_intern_cstr("__name__"));
    }
    if (val_is_null(qn) && exc_occurred(ts)) {
        return VNULL;
    }
    Value self_repr = obj_repr(ts, m->self);
    if (val_is_null(self_repr)) {
        val_decref(qn);
        return VNULL;
    }
    Obj *s;
    if (val_has_type(m->func, &SlotWrapperType)) {
        s = str_format_c(ts, "<method-wrapper %R of %s object at %p>", qn, val_type_name(m->self),
                         (void *)m->self.as.obj);
    } else {
        s = str_format_c(ts, "<bound method %S of %U>", val_is_null(qn) ? val_obj(str_intern_cstr("?")) : qn,
                         self_repr.as.obj);
    }
    val_decref(qn);
    val_decref(self_repr);
    return s ? val_obj(s) : VNULL;
}

static Value method_getattr(ThreadState *ts, Value v, Obj *name) {
    ObjMethod *m = (ObjMethod *)v.as.obj;
    if (str_eq_cstr(name, "__self__")) return val_dup(m->self);
    if (str_eq_cstr(name, "__func__")) return val_dup(m->func);
    // The type's own __doc__ would hide the function's.
    if (str_eq_cstr(name, "__doc__")) return obj_getattr(ts, m->func, name);
    Value r = generic_getattr(ts, v, name);
    if (!val_is_null(r) || !exc_matches(ts, &ExcAttributeError)) {
        return r;
    }
    // Everything else comes from the function (__name__, __doc__...).
    exc_clear(ts);
    return obj_getattr(ts, m->func, name);
}

static Value method_richcompare(ThreadState *ts, Value a, Value b, CmpOp op) {
    (void)ts;
    if (!val_has_type(a, &MethodType) || !val_has_type(b, &MethodType) || (op != CMP_EQ && op != CMP_NE)) {
        return VNOTIMPL;
    }
    ObjMethod *x = (ObjMethod *)a.as.obj, *y = (ObjMethod *)b.as.obj;
    bool eq = val_is(x->func, y->func) && val_is(x->self, y->self);
    return val_bool(op == CMP_EQ ? eq : !eq);
}

static int method_hash(ThreadState *ts, Value v, int64_t *out) {
    ObjMethod *m = (ObjMethod *)v.as.obj;
    int64_t a, b;
    if (obj_hash(ts, m->func, &a) < 0) {
        return -1;
    }
    b = (int64_t)((uintptr_t)m->self.as.obj >> 4);
    *out = a ^ b;
    if (*out == -1) {
        *out = -2;
    }
    return 0;
}

// types.MethodType(func, obj): binds any callable to an instance.
static Value method_type_new(ThreadState *ts, Type *type, Value *args, int64_t nargs, Obj *kwnames) {
    (void)type;
    if (kwnames && tuple_len(kwnames)) {
        return exc_raise(ts, &ExcTypeError, "method() takes no keyword arguments");
    }
    if (nargs != 2) {
        return exc_raise(ts, &ExcTypeError, "method expected 2 arguments, got %lld", (long long)nargs);
    }
    if (!val_type(args[0])->call) {
        return exc_raise(ts, &ExcTypeError, "first argument must be callable");
    }
    if (val_is_none(args[1])) {
        return exc_raise(ts, &ExcTypeError, "instance must not be None");
    }
    Obj *m = method_new(ts, args[0], args[1]);
    return m ? val_obj(m) : VNULL;
}

Type MethodType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "method",
    .new_ = method_type_new,
    .basic_size = sizeof(ObjMethod),
    .dealloc = method_dealloc,
    .repr = method_repr,
    .hash = method_hash,
    .richcompare = method_richcompare,
    .call = method_call,
    .getattr = method_getattr,
};
