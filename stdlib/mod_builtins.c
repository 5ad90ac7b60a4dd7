// The builtins module: print, len, isinstance, min/max, open, exec/eval...
// (the iterator types enumerate, zip, map, filter and reversed are in
// builtins_iter.c). Every built-in type and exception is also exposed
// here under its name.
#include <math.h>

#include "interp/compiler.h"
#include "interp/import.h"
#include "interp/vm.h"
#include "interp/vm_ops.h"
#include "runtime/args.h"
#include "runtime/frame.h"
#include "runtime/numfmt.h"
#include "runtime/obj_bytes.h"
#include "runtime/obj_class.h"
#include "runtime/obj_dict.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_file.h"
#include "runtime/obj_float.h"
#include "runtime/obj_func.h"
#include "runtime/obj_gen.h"
#include "runtime/obj_int.h"
#include "runtime/obj_list.h"
#include "runtime/obj_module.h"
#include "runtime/obj_range.h"
#include "runtime/obj_set.h"
#include "runtime/obj_str.h"
#include "runtime/obj_tuple.h"
#include "runtime/state.h"
#include "runtime/strbuf.h"
#include "stdlib/modules.h"

Value obj_format(ThreadState *ts, Value v, Value spec);   // runtime/format.c
void builtins_iter_init(ThreadState *ts, Obj *module);   // builtins_iter.c

static Value sys_attr(ThreadState *ts, const char *name) {
    return dict_get_cstr(module_dict(ts->interp->sys_module), name);
}

// --- print and input -------------------------------------------------------------------

// print() to a file object of ours: the whole line in one buffered write.
static int print_to_textfile(ThreadState *ts, ObjFile *file, Value *args, int64_t nargs, Value sep, Value end) {
    StrBuf sb;
    strbuf_init(&sb);
    for (int64_t i = 0; i < nargs; i++) {
        if (i > 0) {
            strbuf_append(&sb, val_is_none(sep) ? " " : as_str(sep)->data,
                          val_is_none(sep) ? 1 : (size_t)as_str(sep)->nbytes);
        }
        Value s = obj_str(ts, args[i]);
        if (val_is_null(s)) {
            strbuf_free(&sb);
            return -1;
        }
        strbuf_append(&sb, as_str(s)->data, (size_t)as_str(s)->nbytes);
        val_decref(s);
    }
    strbuf_append(&sb, val_is_none(end) ? "\n" : as_str(end)->data,
                  val_is_none(end) ? 1 : (size_t)as_str(end)->nbytes);
    int r = file_write_text(ts, file, sb.data ? sb.data : "", sb.len);
    strbuf_free(&sb);
    return r;
}

static int write_piece(ThreadState *ts, Value file, Value text) {
    Value w = obj_call_method(ts, file, "write", &text, 1);
    val_decref(w);
    return val_is_null(w) ? -1 : 0;
}

// print() to any other object: one write() call per piece (each item, each
// separator, the end), as CPython makes them.
static int print_to_object(ThreadState *ts, Value file, Value *args, int64_t nargs, Value sep, Value end) {
    Value space = val_obj(str_intern_cstr(" ")), newline = val_obj(str_intern_cstr("\n"));
    for (int64_t i = 0; i < nargs; i++) {
        if (i > 0 && write_piece(ts, file, val_is_none(sep) ? space : sep) < 0) {
            return -1;
        }
        Value s = obj_str(ts, args[i]);
        int r = val_is_null(s) ? -1 : write_piece(ts, file, s);
        val_decref(s);
        if (r < 0) {
            return -1;
        }
    }
    return write_piece(ts, file, val_is_none(end) ? newline : end);
}

static Value b_print(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    Value sep = VNONE, end = VNONE, file = VNONE, flush = VFALSE;
    int64_t nkw = kwnames ? tuple_len(kwnames) : 0;
    for (int64_t i = 0; i < nkw; i++) {
        Obj *k = tuple_get(kwnames, i).as.obj;
        Value v = args[nargs + i];
        if (str_eq_cstr(k, "sep")) sep = v;
        else if (str_eq_cstr(k, "end")) end = v;
        else if (str_eq_cstr(k, "file")) file = v;
        else if (str_eq_cstr(k, "flush")) flush = v;
        else return exc_raise(ts, &ExcTypeError, "'%U' is an invalid keyword argument for print()", k);
    }
    if (!val_is_none(sep) && !val_is_str_like(sep)) {
        return exc_raise(ts, &ExcTypeError, "sep must be None or a string, not %s", val_type_name(sep));
    }
    if (!val_is_none(end) && !val_is_str_like(end)) {
        return exc_raise(ts, &ExcTypeError, "end must be None or a string, not %s", val_type_name(end));
    }
    if (val_is_none(file)) {
        file = sys_attr(ts, "stdout");
        if (val_is_null(file) || val_is_none(file)) {
            return VNONE;   // no stdout (as CPython with sys.stdout = None)
        }
    }
    int r = val_has_type(file, &TextFileType) ? print_to_textfile(ts, (ObjFile *)file.as.obj, args, nargs, sep, end)
                                              : print_to_object(ts, file, args, nargs, sep, end);
    if (r < 0) {
        return VNULL;
    }
    int f = obj_truth(ts, flush);
    if (f < 0) {
        return VNULL;
    }
    if (f) {
        Value fr = obj_call_method(ts, file, "flush", NULL, 0);
        if (val_is_null(fr)) {
            return VNULL;
        }
        val_decref(fr);
    }
    return VNONE;
}

// Reads a line for input() when stdin is a terminal: the REPL's readline
// (repl.c) when it is available.
Value (*input_line_hook)(ThreadState *ts, const char *prompt);

static Value b_input(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    if (!args_check(ts, "builtins", "input", nargs, kwnames, 0, 1, ARGS_CLINIC)) {
        return VNULL;
    }
    Value prompt = VNULL;
    if (nargs == 1) {
        prompt = obj_str(ts, args[0]);
        if (val_is_null(prompt)) {
            return VNULL;
        }
    }
    Value in = sys_attr(ts, "stdin"), out = sys_attr(ts, "stdout");
    if (input_line_hook && val_has_type(in, &TextFileType) && ((ObjFile *)in.as.obj)->fd == 0 &&
        val_has_type(out, &TextFileType) && ((ObjFile *)out.as.obj)->fd == 1) {
        file_flush_all(ts);
        Value r = input_line_hook(ts, val_is_null(prompt) ? "" : as_str(prompt)->data);
        val_decref(prompt);
        if (!val_is_null(r) || exc_occurred(ts)) {
            return r;
        }
    } else if (!val_is_null(prompt)) {
        Value w = obj_call_method(ts, out, "write", &prompt, 1);
        val_decref(prompt);
        if (val_is_null(w)) {
            return VNULL;
        }
        val_decref(w);
        Value fl = obj_call_method(ts, out, "flush", NULL, 0);
        if (val_is_null(fl)) {
            return VNULL;
        }
        val_decref(fl);
    }
    Value line = val_has_type(in, &TextFileType) ? file_readline(ts, (ObjFile *)in.as.obj, -1)
                                                 : obj_call_method(ts, in, "readline", NULL, 0);
    if (val_is_null(line)) {
        return VNULL;
    }
    if (!val_is_str(line)) {
        val_decref(line);
        return exc_raise(ts, &ExcTypeError, "object.readline() returned non-string");
    }
    ObjStr *s = as_str(line);
    if (s->nbytes == 0) {
        val_decref(line);
        return exc_raise(ts, &ExcEOFError, "EOF when reading a line");
    }
    if (s->data[s->nbytes - 1] == '\n') {
        Obj *t = str_new_known(ts, s->data, s->nbytes - 1, s->len - 1);
        val_decref(line);
        return t ? val_obj(t) : VNULL;
    }
    return line;
}

// --- simple functions ---------------------------------------------------------------------

// The arity check of a builtin taking exactly n (0 or 1) positional
// arguments. CPython names the function without a type here:
// "len() takes exactly one argument (0 given)".
static bool fixed_args(ThreadState *ts, const char *fname, int64_t nargs, Obj *kwnames, int n) {
    if (kwnames && tuple_len(kwnames) > 0) {
        exc_raise(ts, &ExcTypeError, "%s() takes no keyword arguments", fname);
        return false;
    }
    if (nargs == n) {
        return true;
    }
    exc_raise(ts, &ExcTypeError, "%s() takes %s (%lld given)", fname, n == 0 ? "no arguments" : "exactly one argument",
              (long long)nargs);
    return false;
}

#define ONE_ARG(fname)                                     \
    if (!fixed_args(ts, fname, nargs, kwnames, 1)) {       \
        return VNULL;                                      \
    }

static Value b_len(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    ONE_ARG("len");
    int64_t n = obj_len(ts, args[0]);
    return n < 0 ? VNULL : val_int(n);
}

static Value b_repr(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    ONE_ARG("repr");
    return obj_repr(ts, args[0]);
}

static Value b_ascii(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    ONE_ARG("ascii");
    return obj_ascii(ts, args[0]);
}

static Value b_hash(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    ONE_ARG("hash");
    int64_t h;
    return obj_hash(ts, args[0], &h) < 0 ? VNULL : val_int(h);
}

static Value b_id(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    ONE_ARG("id");
    Value v = args[0];
    if (v.tag == VAL_OBJ) {
        return int_from_u64(ts, (uint64_t)(uintptr_t)v.as.obj);
    }
    // Unboxed values have no address; their identity is their value, so
    // derive a stable number from tag and payload.
    uint64_t h = ((uint64_t)v.tag << 60) ^ (uint64_t)v.as.i;
    return int_from_u64(ts, h & 0x7fffffffffffffffull);
}

static Value b_callable(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    ONE_ARG("callable");
    return val_bool(obj_is_callable(args[0]));
}

static Value b_abs(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    ONE_ARG("abs");
    Value v = args[0];
    if (v.tag == VAL_INT && v.as.i != INT64_MIN) {
        return val_int(v.as.i < 0 ? -v.as.i : v.as.i);
    }
    if (v.tag == VAL_FLOAT) {
        return val_float(fabs(v.as.f));
    }
    return obj_abs(ts, v);
}

static Value b_chr(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    ONE_ARG("chr");
    int64_t i;
    if (!val_is_int_subclass(args[0]) && !val_type(args[0])->index) {
        return exc_raise(ts, &ExcTypeError, "'%s' object cannot be interpreted as an integer", val_type_name(args[0]));
    }
    if (!obj_index_i64(ts, args[0], &i)) {
        if (exc_matches(ts, &ExcIndexError)) {
            exc_clear(ts);
            return exc_raise(ts, &ExcOverflowError, "Python int too large to convert to C int");
        }
        return VNULL;
    }
    if (i < 0 || i > 0x10FFFF) {
        return exc_raise(ts, &ExcValueError, "chr() arg not in range(0x110000)");
    }
    Obj *s = str_from_codepoint(ts, (uint32_t)i);
    return s ? val_obj(s) : VNULL;
}

static Value b_ord(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    ONE_ARG("ord");
    Value v = args[0];
    if (val_is_str_like(v)) {
        ObjStr *s = as_str(v);
        if (s->len != 1) {
            return exc_raise(ts, &ExcTypeError, "ord() expected a character, but string of length %lld found",
                             (long long)s->len);
        }
        const char *p = s->data;
        return val_int(utf8_next(&p));
    }
    const char *data;
    int64_t len;
    if (bytes_view(ts, v, &data, &len)) {
        if (len != 1) {
            return exc_raise(ts, &ExcTypeError, "ord() expected a character, but string of length %lld found",
                             (long long)len);
        }
        return val_int((unsigned char)data[0]);
    }
    exc_clear(ts);
    return exc_raise(ts, &ExcTypeError, "ord() expected string of length 1, but %s found", val_type_name(v));
}

static Value int_base_str(ThreadState *ts, Value v, int base, const char *prefix, const char *fname) {
    Value i = obj_index(ts, v);
    if (val_is_null(i)) {
        (void)fname;
        return VNULL;
    }
    bool neg = int_sign(i) < 0;
    Value a = neg ? int_neg(ts, i) : val_dup(i);
    val_decref(i);
    Obj *digits = int_to_str(ts, a, base);
    val_decref(a);
    if (!digits) {
        return VNULL;
    }
    Obj *s = str_format_c(ts, "%s%s%U", neg ? "-" : "", prefix, digits);
    obj_decref(digits);
    return s ? val_obj(s) : VNULL;
}

static Value b_hex(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    ONE_ARG("hex");
    return int_base_str(ts, args[0], 16, "0x", "hex");
}
static Value b_oct(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    ONE_ARG("oct");
    return int_base_str(ts, args[0], 8, "0o", "oct");
}
static Value b_bin(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    ONE_ARG("bin");
    return int_base_str(ts, args[0], 2, "0b", "bin");
}

static Value b_format(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    if (!args_check(ts, "builtins", "format", nargs, kwnames, 1, 2, ARGS_CLINIC)) {
        return VNULL;
    }
    Value spec = nargs > 1 ? args[1] : val_obj(str_intern_cstr(""));
    if (!val_is_str_like(spec)) {
        return exc_raise(ts, &ExcTypeError, "format() argument 2 must be str, not %s", val_type_name(spec));
    }
    return obj_format(ts, args[0], spec);
}

// One side's __divmod__ (or __rdivmod__ when reflected): the result, or
// NotImplemented when the side has none or declines.
static Value divmod_side(ThreadState *ts, Value self, Value other, const char *dunder) {
    Value f = type_lookup_cstr(val_type(self), dunder);
    if (val_is_null(f) || val_is_none(f)) {
        return VNOTIMPL;
    }
    return obj_call_unbound(ts, f, self, &other, 1);
}

// divmod(a, b): a.__divmod__(b), then b.__rdivmod__(a) -- the reflected
// one first when b's class is a subclass of a's that overrides it.
static Value b_divmod(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    if (!args_check(ts, "builtins", "divmod", nargs, kwnames, 2, 2, ARGS_CLINIC)) {
        return VNULL;
    }
    Value a = args[0], b = args[1];
    if (a.tag == VAL_INT && b.tag == VAL_INT) {
        return int_divmod(ts, a, b);
    }
    Type *ta = val_type(a), *tb = val_type(b);
    bool reflect_first = ta != tb && type_is_subtype(tb, ta) &&
                         !val_is(type_lookup_cstr(tb, "__rdivmod__"), type_lookup_cstr(ta, "__rdivmod__"));
    Value r = reflect_first ? divmod_side(ts, b, a, "__rdivmod__") : VNOTIMPL;
    if (val_is_notimpl(r)) {
        r = divmod_side(ts, a, b, "__divmod__");
    }
    if (val_is_notimpl(r) && ta != tb && !reflect_first) {
        r = divmod_side(ts, b, a, "__rdivmod__");
    }
    if (val_is_notimpl(r)) {
        return exc_raise(ts, &ExcTypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'", ta->name,
                         tb->name);
    }
    return r;
}

static bool is_real(Value v) { return val_is_int_subclass(v) || val_is_float(v); }

// pow(base, exp, mod) with a mod: modular exponentiation for ints, the
// class's __pow__(exp, mod) for a class that defines one (three-argument
// pow never tries __rpow__), and otherwise CPython's two messages: floats
// refuse a modulus, anything else is an unsupported operand.
static Value pow3(ThreadState *ts, Value base, Value exp, Value mod) {
    if (val_is_int_subclass(base) && val_is_int_subclass(exp) && val_is_int_subclass(mod)) {
        Value x = int_exact(ts, base), e = int_exact(ts, exp), m = int_exact(ts, mod);
        Value r = int_pow(ts, x, e, m);
        val_decref(x);
        val_decref(e);
        val_decref(m);
        return r;
    }
    Type *t = val_type(base);
    if (t->flags & TYPE_HEAP) {
        Value f = type_lookup_cstr(t, "__pow__");
        if (!val_is_null(f)) {
            Value rest[2] = {exp, mod};
            return obj_call_unbound(ts, f, base, rest, 2);
        }
    }
    if (is_real(base) && is_real(exp) && (val_is_float(base) || val_is_float(exp) || val_is_float(mod))) {
        return exc_raise(ts, &ExcTypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    }
    return exc_raise(ts, &ExcTypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                     val_type_name(base), val_type_name(exp), val_type_name(mod));
}

static Value b_pow(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    static const char *const names[] = {"base", "exp", "mod"};
    Value a[3];
    if (!args_parse(ts, "pow", args, nargs, kwnames, names, 3, 2, a)) {
        return VNULL;
    }
    if (!val_is_null(a[2]) && !val_is_none(a[2])) {
        return pow3(ts, a[0], a[1], a[2]);
    }
    return obj_binop(ts, a[0], a[1], BINOP_POW);
}

static Value b_round(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    static const char *const names[] = {"number", "ndigits"};
    Value a[2];
    if (!args_parse(ts, "round", args, nargs, kwnames, names, 2, 1, a)) {
        return VNULL;
    }
    Value f = type_lookup_cstr(val_type(a[0]), "__round__");
    if (val_is_null(f)) {
        return exc_raise(ts, &ExcTypeError, "type %s doesn't define __round__ method", val_type_name(a[0]));
    }
    if (val_is_null(a[1])) {
        return obj_call_unbound(ts, f, a[0], NULL, 0);
    }
    return obj_call_unbound(ts, f, a[0], &a[1], 1);
}

// --- attributes --------------------------------------------------------------------------

// The attribute name argument of getattr/setattr/delattr/hasattr: a new
// reference to the str in *out, or false with TypeError.
static bool attr_name(ThreadState *ts, Value v, Obj **out) {
    if (!val_is_str_like(v)) {
        exc_raise(ts, &ExcTypeError, "attribute name must be string, not '%s'", val_type_name(v));
        return false;
    }
    obj_incref(v.as.obj);
    *out = str_intern(ts, v.as.obj);
    return true;
}

static Value b_getattr(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    if (!args_check(ts, "builtins", "getattr", nargs, kwnames, 2, 3, ARGS_CLINIC)) {
        return VNULL;
    }
    Obj *name;
    if (!attr_name(ts, args[1], &name)) {
        return VNULL;
    }
    if (nargs == 3) {
        Value r = obj_lookup_attr(ts, args[0], name);
        if (val_is_null(r) && !exc_occurred(ts)) {
            return val_dup(args[2]);
        }
        return r;
    }
    return obj_getattr(ts, args[0], name);
}

static Value b_setattr(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    if (!args_check(ts, "builtins", "setattr", nargs, kwnames, 3, 3, ARGS_CLINIC)) {
        return VNULL;
    }
    Obj *name;
    if (!attr_name(ts, args[1], &name)) {
        return VNULL;
    }
    return obj_setattr(ts, args[0], name, args[2]) < 0 ? VNULL : VNONE;
}

static Value b_delattr(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    if (!args_check(ts, "builtins", "delattr", nargs, kwnames, 2, 2, ARGS_CLINIC)) {
        return VNULL;
    }
    Obj *name;
    if (!attr_name(ts, args[1], &name)) {
        return VNULL;
    }
    return obj_setattr(ts, args[0], name, VNULL) < 0 ? VNULL : VNONE;
}

static Value b_hasattr(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    if (!args_check(ts, "builtins", "hasattr", nargs, kwnames, 2, 2, ARGS_CLINIC)) {
        return VNULL;
    }
    Obj *name;
    if (!attr_name(ts, args[1], &name)) {
        return VNULL;
    }
    Value r = obj_lookup_attr(ts, args[0], name);
    if (val_is_null(r)) {
        return exc_occurred(ts) ? VNULL : VFALSE;
    }
    val_decref(r);
    return VTRUE;
}

// --- types -----------------------------------------------------------------------------

// isinstance() and issubclass() as CPython 3.11 does them. The second
// argument may be a class, a tuple of them (nested), a union, any object
// whose type defines __instancecheck__/__subclasscheck__, or, failing
// that, anything with a __bases__ tuple (the "abstract" class protocol,
// where the first argument's __class__ and the chain of __bases__ decide).

// An instance of a class may claim another class through __class__ (a
// proxy does); isinstance() believes it. 1, 0, or -1 with an exception.
static int claimed_class_is(ThreadState *ts, Value obj, Type *t) {
    if (obj.tag != VAL_OBJ || !(val_type(obj)->flags & TYPE_HEAP)) {
        return 0;
    }
    Value c = obj_lookup_attr(ts, obj, str_intern_cstr("__class__"));
    if (val_is_null(c)) {
        return exc_occurred(ts) ? -1 : 0;
    }
    int r = val_isinstance(c, &TypeType) && c.as.obj != &val_type(obj)->base && type_is_subtype((Type *)c.as.obj, t);
    val_decref(c);
    return r;
}

// v.__bases__ when it is a tuple (new reference); VNULL otherwise, with an
// exception only when the lookup itself failed.
static Value abstract_bases(ThreadState *ts, Value v) {
    Value bases = obj_lookup_attr(ts, v, str_intern_cstr("__bases__"));
    if (!val_is_null(bases) && !val_is_tuple(bases)) {
        val_decref(bases);
        return VNULL;
    }
    return bases;
}

// Does v count as a class (has a __bases__ tuple)? If not, raises
// TypeError with `message` (unless the lookup raised): 1, or 0 with an
// exception.
static int require_class(ThreadState *ts, Value v, const char *message) {
    Value bases = abstract_bases(ts, v);
    if (val_is_null(bases)) {
        if (!exc_occurred(ts)) {
            exc_raise(ts, &ExcTypeError, "%s", message);
        }
        return 0;
    }
    val_decref(bases);
    return 1;
}

// Is cls derived or one of its __bases__, recursively? 1, 0 or -1.
static int abstract_issubclass(ThreadState *ts, Value derived, Value cls) {
    if (val_is(derived, cls)) {
        return 1;
    }
    if (!stack_check(ts, " in __issubclass__")) {
        return -1;
    }
    Value bases = abstract_bases(ts, derived);
    if (val_is_null(bases)) {
        return exc_occurred(ts) ? -1 : 0;
    }
    int r = 0;
    for (int64_t i = 0; r == 0 && i < tuple_len(bases.as.obj); i++) {
        r = abstract_issubclass(ts, tuple_get(bases.as.obj, i), cls);
    }
    val_decref(bases);
    return r;
}

// isinstance(obj, cls) without cls's hook: 1, 0 or -1.
static int plain_isinstance(ThreadState *ts, Value obj, Value cls) {
    if (val_isinstance(cls, &TypeType)) {
        return val_isinstance(obj, (Type *)cls.as.obj) ? 1 : claimed_class_is(ts, obj, (Type *)cls.as.obj);
    }
    if (!require_class(ts, cls, "isinstance() arg 2 must be a type, a tuple of types, or a union")) {
        return -1;
    }
    Value icls = obj_lookup_attr(ts, obj, str_intern_cstr("__class__"));
    if (val_is_null(icls)) {
        return exc_occurred(ts) ? -1 : 0;
    }
    int r = abstract_issubclass(ts, icls, cls);
    val_decref(icls);
    return r;
}

// issubclass(derived, cls) without cls's hook: 1, 0 or -1.
static int plain_issubclass(ThreadState *ts, Value derived, Value cls) {
    if (val_isinstance(cls, &TypeType) && val_isinstance(derived, &TypeType)) {
        return type_is_subtype((Type *)derived.as.obj, (Type *)cls.as.obj);
    }
    if (!require_class(ts, derived, "issubclass() arg 1 must be a class")) {
        return -1;
    }
    if (!union_members(cls) &&
        !require_class(ts, cls, "issubclass() arg 2 must be a class, a tuple of classes, or a union")) {
        return -1;
    }
    return abstract_issubclass(ts, derived, cls);
}

// Calls cls's __instancecheck__/__subclasscheck__ hook: 1, 0 or -1.
static int call_check_hook(ThreadState *ts, Value hook, Value cls, Value obj, const char *where) {
    if (!stack_check(ts, where)) {
        return -1;
    }
    Value r = obj_call_unbound(ts, hook, cls, &obj, 1);
    if (val_is_null(r)) {
        return -1;
    }
    int t = obj_truth(ts, r);
    val_decref(r);
    return t;
}

// isinstance (instance true) or issubclass of obj against cls: 1, 0 or -1.
static int check_class(ThreadState *ts, Value obj, Value cls, bool instance) {
    const char *dunder = instance ? "__instancecheck__" : "__subclasscheck__";
    const char *where = instance ? " in __instancecheck__" : " in __subclasscheck__";
    // An exact match needs no hook, whatever the metaclass says.
    if (instance && cls.tag == VAL_OBJ && &val_type(obj)->base == cls.as.obj) {
        return 1;
    }
    if (val_type(cls) == &TypeType) {
        // type's own hook is the plain check.
        if (!instance && val_is(obj, cls)) {
            return 1;
        }
        return instance ? plain_isinstance(ts, obj, cls) : plain_issubclass(ts, obj, cls);
    }
    Obj *members = union_members(cls);
    if (val_is_tuple(cls) || members) {
        // Only tuples nest, never other sequences.
        if (!stack_check(ts, where)) {
            return -1;
        }
        ObjTuple *t = members ? (ObjTuple *)members : as_tuple(cls);
        for (int64_t i = 0; i < t->len; i++) {
            int r = check_class(ts, obj, t->items[i], instance);
            if (r != 0) {
                return r;
            }
        }
        return 0;
    }
    Value hook = type_lookup_cstr(val_type(cls), dunder);
    if (!val_is_null(hook) && !val_is(hook, type_lookup_cstr(&TypeType, dunder))) {
        return call_check_hook(ts, hook, cls, obj, where);
    }
    return instance ? plain_isinstance(ts, obj, cls) : plain_issubclass(ts, obj, cls);
}

static Value b_isinstance(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    if (!args_check(ts, "builtins", "isinstance", nargs, kwnames, 2, 2, ARGS_CLINIC)) {
        return VNULL;
    }
    if (val_isinstance(args[1], &TypeType) && val_type(args[1]) == &TypeType &&
        val_isinstance(args[0], (Type *)args[1].as.obj)) {
        return VTRUE;   // the common case, without __class__ or hooks
    }
    int r = check_class(ts, args[0], args[1], true);
    return r < 0 ? VNULL : val_bool(r);
}

static Value b_issubclass(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    if (!args_check(ts, "builtins", "issubclass", nargs, kwnames, 2, 2, ARGS_CLINIC)) {
        return VNULL;
    }
    int r = check_class(ts, args[0], args[1], false);
    return r < 0 ? VNULL : val_bool(r);
}

// --- iteration ---------------------------------------------------------------------------

static Value b_iter(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    if (!args_check(ts, "builtins", "iter", nargs, kwnames, 1, 2, ARGS_CLINIC)) {
        return VNULL;
    }
    if (nargs == 2) {
        if (!obj_is_callable(args[0])) {
            return exc_raise(ts, &ExcTypeError, "iter(v, w): v must be callable");
        }
        Obj *it = calliter_new(ts, args[0], args[1]);
        return it ? val_obj(it) : VNULL;
    }
    return obj_iter(ts, args[0]);
}

static Value b_next(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    if (!args_check(ts, "builtins", "next", nargs, kwnames, 1, 2, ARGS_CLINIC)) {
        return VNULL;
    }
    Type *t = val_type(args[0]);
    if (!t->iternext) {
        return exc_raise(ts, &ExcTypeError, "'%s' object is not an iterator", t->name);
    }
    // A generator's return value must reach the StopIteration that next()
    // raises, which its iternext slot (made for loops) does not keep.
    Value r = t == &GeneratorType ? gen_next(ts, args[0].as.obj) : t->iternext(ts, args[0]);
    if (!val_is_null(r)) {
        return r;
    }
    if (exc_occurred(ts)) {
        if (nargs == 2 && exc_matches(ts, &ExcStopIteration)) {
            exc_clear(ts);
            return val_dup(args[1]);
        }
        return VNULL;
    }
    if (nargs == 2) {
        return val_dup(args[1]);
    }
    return exc_raise_value(ts, &ExcStopIteration, VNULL);
}

// all/any/sum/min/max consume an iterator; fetch the next item or report
// exhaustion (VNULL without exception).
static Value next_item(ThreadState *ts, Value it) { return val_type(it)->iternext(ts, it); }

static Value b_all(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    ONE_ARG("all");
    Value it = obj_iter(ts, args[0]);
    if (val_is_null(it)) {
        return VNULL;
    }
    Value result = VTRUE;
    for (;;) {
        Value x = next_item(ts, it);
        if (val_is_null(x)) {
            if (exc_occurred(ts)) {
                result = VNULL;
            }
            break;
        }
        int t = obj_truth(ts, x);
        val_decref(x);
        if (t <= 0) {
            result = t < 0 ? VNULL : VFALSE;
            break;
        }
    }
    val_decref(it);
    return result;
}

static Value b_any(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    ONE_ARG("any");
    Value it = obj_iter(ts, args[0]);
    if (val_is_null(it)) {
        return VNULL;
    }
    Value result = VFALSE;
    for (;;) {
        Value x = next_item(ts, it);
        if (val_is_null(x)) {
            if (exc_occurred(ts)) {
                result = VNULL;
            }
            break;
        }
        int t = obj_truth(ts, x);
        val_decref(x);
        if (t != 0) {
            result = t < 0 ? VNULL : VTRUE;
            break;
        }
    }
    val_decref(it);
    return result;
}

static Value b_sum(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    static const char *const names[] = {"iterable", "start"};
    Value a[2];
    if (nargs == 0) {
        // The iterable is positional-only.
        return exc_raise(ts, &ExcTypeError, "sum() takes at least 1 positional argument (0 given)");
    }
    if (!args_parse(ts, "sum", args, nargs, kwnames, names, 2, 1, a)) {
        return VNULL;
    }
    Value acc = val_is_null(a[1]) ? val_int(0) : val_dup(a[1]);
    if (val_is_str_like(acc)) {
        val_decref(acc);
        return exc_raise(ts, &ExcTypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    }
    if (val_is_bytes(acc)) {
        val_decref(acc);
        return exc_raise(ts, &ExcTypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    }
    Value it = obj_iter(ts, a[0]);
    if (val_is_null(it)) {
        val_decref(acc);
        return VNULL;
    }
    for (;;) {
        Value x = next_item(ts, it);
        if (val_is_null(x)) {
            if (exc_occurred(ts)) {
                val_clear(&acc);
            }
            break;
        }
        Value r;
        int64_t z;
        if (acc.tag == VAL_INT && x.tag == VAL_INT && !__builtin_add_overflow(acc.as.i, x.as.i, &z)) {
            r = val_int(z);
        } else if (acc.tag == VAL_FLOAT && x.tag == VAL_FLOAT) {
            r = val_float(acc.as.f + x.as.f);
        } else {
            r = obj_binop(ts, acc, x, BINOP_ADD);
        }
        val_decref(x);
        val_decref(acc);
        acc = r;
        if (val_is_null(acc)) {
            break;
        }
    }
    val_decref(it);
    return acc;
}

// min() and max(): one iterable or several arguments; key= and default=.
static Value minmax(ThreadState *ts, Value *args, int64_t nargs, Obj *kwnames, CmpOp op, const char *name) {
    Value key = VNONE, dflt = VNULL;
    int64_t nkw = kwnames ? tuple_len(kwnames) : 0;
    for (int64_t i = 0; i < nkw; i++) {
        Obj *k = tuple_get(kwnames, i).as.obj;
        if (str_eq_cstr(k, "key")) {
            key = args[nargs + i];
        } else if (str_eq_cstr(k, "default")) {
            dflt = args[nargs + i];
        } else {
            return exc_raise(ts, &ExcTypeError, "'%U' is an invalid keyword argument for %s()", k, name);
        }
    }
    if (nargs == 0) {
        return exc_raise(ts, &ExcTypeError, "%s expected at least 1 argument, got 0", name);
    }
    if (nargs > 1 && !val_is_null(dflt)) {
        return exc_raise(ts, &ExcTypeError,
                         "Cannot specify a default for %s() with multiple positional arguments", name);
    }
    Value it;
    if (nargs == 1) {
        it = obj_iter(ts, args[0]);
    } else {
        Obj *t = tuple_from_array(ts, args, nargs);
        it = t ? obj_iter(ts, val_obj(t)) : VNULL;
        obj_xdecref(t);
    }
    if (val_is_null(it)) {
        return VNULL;
    }
    Value best = VNULL, best_key = VNULL;
    for (;;) {
        Value x = next_item(ts, it);
        if (val_is_null(x)) {
            break;
        }
        Value k = val_is_none(key) ? val_dup(x) : obj_call1(ts, key, x);
        if (val_is_null(k)) {
            val_decref(x);
            break;
        }
        if (val_is_null(best)) {
            best = x;
            best_key = k;
            continue;
        }
        int better;
        if (k.tag == VAL_INT && best_key.tag == VAL_INT) {
            better = op == CMP_LT ? k.as.i < best_key.as.i : k.as.i > best_key.as.i;
        } else {
            better = obj_richcompare_bool(ts, k, best_key, op);
        }
        if (better < 0) {
            val_decref(x);
            val_decref(k);
            break;
        }
        if (better) {
            val_decref(best);
            val_decref(best_key);
            best = x;
            best_key = k;
        } else {
            val_decref(x);
            val_decref(k);
        }
    }
    val_decref(it);
    val_decref(best_key);
    if (exc_occurred(ts)) {
        val_decref(best);
        return VNULL;
    }
    if (val_is_null(best)) {
        if (!val_is_null(dflt)) {
            return val_dup(dflt);
        }
        return exc_raise(ts, &ExcValueError, "%s() arg is an empty sequence", name);
    }
    return best;
}

static Value b_min(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    return minmax(ts, args, nargs, kwnames, CMP_LT, "min");
}

static Value b_max(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    return minmax(ts, args, nargs, kwnames, CMP_GT, "max");
}

// sorted(iterable, /, *, key=None, reverse=False): a new list, sorted by
// list.sort, which also checks the keyword arguments.
static Value b_sorted(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    if (nargs != 1) {
        return exc_raise(ts, &ExcTypeError, "sorted expected 1 argument, got %lld", (long long)nargs);
    }
    Value l = list_from_iterable(ts, args[0]);
    if (val_is_null(l)) {
        return VNULL;
    }
    Value sort = obj_getattr(ts, l, str_intern_cstr("sort"));
    Value r = val_is_null(sort) ? VNULL : obj_call(ts, sort, args + 1, 0, kwnames);
    val_decref(sort);
    if (val_is_null(r)) {
        val_decref(l);
        return VNULL;
    }
    val_decref(r);
    return l;
}

// --- namespaces ------------------------------------------------------------------------------

static Value b_globals(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    (void)args;
    if (!fixed_args(ts, "globals", nargs, kwnames, 0)) {
        return VNULL;
    }
    Frame *f = ts->frame;
    return f ? val_dup(val_obj(f->globals)) : VNONE;
}

// locals(): the namespace of a module/class body, or a snapshot of a
// function's variables.
static Value frame_locals(ThreadState *ts, Frame *f) {
    if (f->locals) {
        return val_dup(val_obj(f->locals));
    }
    ObjCode *co = f->code;
    Obj *d = dict_new(ts);
    if (!d) {
        return VNULL;
    }
    for (int i = 0; i < co->nlocals; i++) {
        if (!val_is_null(f->localsplus[i])) {
            dict_set_str(ts, d, co->localnames[i], f->localsplus[i]);
        }
    }
    for (int i = 0; i < co->ncells + co->nfree; i++) {
        Value cell = f->localsplus[co->nlocals + i];
        if (val_has_type(cell, &CellType) && !val_is_null(((ObjCell *)cell.as.obj)->value)) {
            dict_set_str(ts, d, co->localnames[co->nlocals + i], ((ObjCell *)cell.as.obj)->value);
        }
    }
    return val_obj(d);
}

static Value b_locals(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    (void)args;
    if (!fixed_args(ts, "locals", nargs, kwnames, 0)) {
        return VNULL;
    }
    return ts->frame ? frame_locals(ts, ts->frame) : VNONE;
}

static Value b_vars(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    if (!args_check(ts, "builtins", "vars", nargs, kwnames, 0, 1, ARGS_CLINIC)) {
        return VNULL;
    }
    if (nargs == 0) {
        return ts->frame ? frame_locals(ts, ts->frame) : VNONE;
    }
    Value d = obj_lookup_attr(ts, args[0], str_intern_cstr("__dict__"));
    if (val_is_null(d) && !exc_occurred(ts)) {
        return exc_raise(ts, &ExcTypeError, "vars() argument must have __dict__ attribute");
    }
    return d;
}

static Value b_dir(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    if (!args_check(ts, "builtins", "dir", nargs, kwnames, 0, 1, ARGS_CLINIC)) {
        return VNULL;
    }
    if (nargs == 0) {
        Value l = ts->frame ? frame_locals(ts, ts->frame) : VNULL;
        if (val_is_null(l)) {
            return VNULL;
        }
        Value keys = list_from_iterable(ts, l);
        val_decref(l);
        if (!val_is_null(keys) && list_sort(ts, keys.as.obj, VNONE, false) < 0) {
            val_clear(&keys);
        }
        return keys;
    }
    // __dir__ is looked up on the type: dir(cls) is type(cls).__dir__(cls).
    Value f = type_lookup_cstr(val_type(args[0]), "__dir__");
    if (val_is_null(f)) {
        return exc_raise(ts, &ExcTypeError, "object does not provide __dir__");
    }
    Value r = obj_call_unbound(ts, f, args[0], NULL, 0);
    if (val_is_null(r)) {
        return VNULL;
    }
    Value l = list_from_iterable(ts, r);
    val_decref(r);
    if (!val_is_null(l) && list_sort(ts, l.as.obj, VNONE, false) < 0) {
        val_clear(&l);
    }
    return l;
}

// --- code ---------------------------------------------------------------------------------

static bool source_arg(ThreadState *ts, Value v, const char *fname, const char **src, int64_t *len) {
    if (val_is_str_like(v)) {
        *src = as_str(v)->data;
        *len = as_str(v)->nbytes;
        return true;
    }
    if (bytes_view(ts, v, src, len)) {
        return true;
    }
    exc_clear(ts);
    exc_raise(ts, &ExcTypeError, "%s() arg 1 must be a string, bytes or code object", fname);
    return false;
}

static Value run_source(ThreadState *ts, Value *args, int64_t nargs, Obj *kwnames, bool is_eval) {
    const char *fname = is_eval ? "eval" : "exec";
    static const char *const names[] = {"source", "globals", "locals"};
    Value a[3];
    if (!args_parse(ts, fname, args, nargs, kwnames, names, 3, 1, a)) {
        return VNULL;
    }
    Value globals = a[1], locals = a[2];
    Frame *f = ts->frame;
    if (val_is_null(globals) || val_is_none(globals)) {
        globals = f ? val_obj(f->globals) : VNULL;
        if (val_is_null(locals) || val_is_none(locals)) {
            locals = f ? (f->locals ? val_obj(f->locals) : VNULL) : VNULL;
        }
    } else if (!val_is_dict(globals)) {
        return exc_raise(ts, &ExcTypeError, "%s() globals must be a dict, not %s", fname, val_type_name(globals));
    }
    if (val_is_null(globals)) {
        return exc_raise(ts, &ExcSystemError, "%s(): no globals", fname);
    }
    if (val_is_null(locals) || val_is_none(locals)) {
        locals = globals;
    }
    if (val_is_null(dict_get_cstr(globals.as.obj, "__builtins__"))) {
        dict_set_cstr(ts, globals.as.obj, "__builtins__", val_obj(ts->interp->builtins_module));
    }
    ObjCode *code;
    if (val_has_type(a[0], &CodeType)) {
        code = (ObjCode *)a[0].as.obj;
        obj_incref(&code->base);
    } else {
        const char *src;
        int64_t len;
        if (!source_arg(ts, a[0], fname, &src, &len)) {
            return VNULL;
        }
        if (is_eval) {
            // eval() ignores leading spaces and tabs.
            while (len > 0 && (*src == ' ' || *src == '\t')) {
                src++;
                len--;
            }
        }
        code = compile_source(ts, src, (size_t)len, "<string>", is_eval ? PARSE_EVAL : PARSE_FILE, NULL);
        if (!code) {
            return VNULL;
        }
    }
    Value r = vm_run_code(ts, code, globals.as.obj, locals.as.obj);
    obj_decref(&code->base);
    if (!is_eval && !val_is_null(r)) {
        val_decref(r);
        return VNONE;
    }
    return r;
}

static Value b_exec(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    return run_source(ts, args, nargs, kwnames, false);
}

static Value b_eval(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    return run_source(ts, args, nargs, kwnames, true);
}

static Value b_compile(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    static const char *const names[] = {"source", "filename", "mode", "flags", "dont_inherit", "optimize"};
    Value a[6];
    if (!args_parse(ts, "compile", args, nargs, kwnames, names, 6, 3, a)) {
        return VNULL;
    }
    const char *src;
    int64_t len;
    if (!source_arg(ts, a[0], "compile", &src, &len)) {
        return VNULL;
    }
    if (!val_is_str_like(a[1]) || !val_is_str_like(a[2])) {
        return exc_raise(ts, &ExcTypeError, "compile() filename and mode must be str");
    }
    const char *mode = as_str(a[2])->data;
    ParseMode pm;
    if (strcmp(mode, "exec") == 0) {
        pm = PARSE_FILE;
    } else if (strcmp(mode, "eval") == 0) {
        pm = PARSE_EVAL;
    } else if (strcmp(mode, "single") == 0) {
        pm = PARSE_SINGLE;
    } else {
        return exc_raise(ts, &ExcValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    }
    ObjCode *code = compile_source(ts, src, (size_t)len, as_str(a[1])->data, pm, NULL);
    return code ? val_obj(&code->base) : VNULL;
}

static Value b_open(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    static const char *const names[] = {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"};
    Value a[8];
    if (!args_parse(ts, "open", args, nargs, kwnames, names, 8, 1, a)) {
        return VNULL;
    }
    const char *mode = "r";
    if (!val_is_null(a[1])) {
        if (!val_is_str_like(a[1])) {
            return exc_raise(ts, &ExcTypeError, "open() argument 'mode' must be str, not %s", val_type_name(a[1]));
        }
        mode = as_str(a[1])->data;
    }
    int64_t buffering = -1;
    if (!val_is_null(a[2]) && !obj_index_i64(ts, a[2], &buffering)) {
        return VNULL;
    }
    if (!val_is_null(a[3]) && !val_is_none(a[3])) {
        if (!val_is_str_like(a[3])) {
            return exc_raise(ts, &ExcTypeError, "open() argument 'encoding' must be str or None, not %s",
                             val_type_name(a[3]));
        }
        const char *enc = as_str(a[3])->data;
        if (strcasecmp(enc, "utf-8") != 0 && strcasecmp(enc, "utf8") != 0 && strcasecmp(enc, "ascii") != 0) {
            return exc_raise(ts, &ExcLookupError, "unknown encoding: %s", enc);
        }
        if (strchr(mode, 'b')) {
            return exc_raise(ts, &ExcValueError, "binary mode doesn't take an encoding argument");
        }
    }
    return file_open(ts, a[0], mode, (int)buffering);
}

static Value b_build_class(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    return vm_build_class(ts, args, nargs, kwnames);
}

static Value b_import(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    static const char *const names[] = {"name", "globals", "locals", "fromlist", "level"};
    Value a[5];
    if (!args_parse(ts, "__import__", args, nargs, kwnames, names, 5, 1, a)) {
        return VNULL;
    }
    if (!val_is_str(a[0])) {
        return exc_raise(ts, &ExcTypeError, "__import__() argument 1 must be str, not %s", val_type_name(a[0]));
    }
    Obj *globals = val_is_dict(a[1]) ? a[1].as.obj : (ts->frame ? ts->frame->globals : NULL);
    int64_t level = 0;
    if (!val_is_null(a[4]) && !obj_index_i64(ts, a[4], &level)) {
        return VNULL;
    }
    if (!globals) {
        globals = ts->interp->builtins;
    }
    // The fromlist may be any sequence (CPython takes a list as well).
    Value fromlist = val_is_null(a[3]) ? VNONE : val_dup(a[3]);
    if (!val_is_none(fromlist) && !val_is_tuple(fromlist)) {
        Value t = tuple_from_iterable(ts, fromlist);
        val_decref(fromlist);
        if (val_is_null(t)) {
            return VNULL;
        }
        fromlist = t;
    }
    Value m = import_module_level(ts, a[0].as.obj, globals, fromlist, (int)level);
    val_decref(fromlist);
    return m;
}

// exit() and quit(): raise SystemExit, like site.py's Quitter.
static Value b_exit(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    if (!args_check(ts, "builtins", "exit", nargs, kwnames, 0, 1, ARGS_VARARGS)) {
        return VNULL;
    }
    return exc_raise_value(ts, &ExcSystemExit, nargs ? args[0] : VNULL);
}

// aiter() and anext(): the async iteration protocol (runtime/obj_asyncgen.c).
static Value b_aiter(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    if (kwnames && tuple_len(kwnames)) {
        return exc_raise(ts, &ExcTypeError, "aiter() takes no keyword arguments");
    }
    if (nargs != 1) {
        return exc_raise(ts, &ExcTypeError, "aiter() takes exactly one argument (%lld given)", (long long)nargs);
    }
    return asyncgen_aiter(ts, args[0]);
}

static Value b_anext(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    if (!args_check(ts, "builtins", "anext", nargs, kwnames, 1, 2, ARGS_CLINIC)) {
        return VNULL;
    }
    return asyncgen_anext_of(ts, args[0], nargs == 2 ? args[1] : VNULL);
}

static const MethodDef builtin_functions[] = {
    {"aiter", b_aiter, 0, "Return an AsyncIterator for an AsyncIterable object."},
    {"anext", b_anext, 0, "async anext(aiterator[, default])\n\nReturn the next item from the async iterator.  If default is given and the async\niterator is exhausted, it is returned instead of raising StopAsyncIteration."},
    {"print", b_print, 0, "Prints the values to a stream, or to sys.stdout by default."},
    {"input", b_input, 0, "Read a string from standard input.  The trailing newline is stripped."},
    {"len", b_len, 0, "Return the number of items in a container."},
    {"repr", b_repr, 0, "Return the canonical string representation of the object."},
    {"ascii", b_ascii, 0, "Return an ASCII-only representation of an object."},
    {"hash", b_hash, 0, "Return the hash value for the given object."},
    {"id", b_id, 0, "Return the identity of an object."},
    {"callable", b_callable, 0, "Return whether the object is callable."},
    {"abs", b_abs, 0, "Return the absolute value of the argument."},
    {"chr", b_chr, 0, "Return a Unicode string of one character with ordinal i."},
    {"ord", b_ord, 0, "Return the Unicode code point for a one-character string."},
    {"hex", b_hex, 0, "Return the hexadecimal representation of an integer."},
    {"oct", b_oct, 0, "Return the octal representation of an integer."},
    {"bin", b_bin, 0, "Return the binary representation of an integer."},
    {"format", b_format, 0, "Return value.__format__(format_spec)"},
    {"divmod", b_divmod, 0, "Return the tuple (x//y, x%y)."},
    {"pow", b_pow, 0, "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments"},
    {"round", b_round, 0, "Round a number to a given precision in decimal digits."},
    {"getattr", b_getattr, 0, "Get a named attribute from an object."},
    {"setattr", b_setattr, 0, "Sets the named attribute on the given object to the specified value."},
    {"delattr", b_delattr, 0, "Deletes the named attribute from the given object."},
    {"hasattr", b_hasattr, 0, "Return whether the object has an attribute with the given name."},
    {"isinstance", b_isinstance, 0, "Return whether an object is an instance of a class or of a subclass thereof."},
    {"issubclass", b_issubclass, 0, "Return whether 'cls' is derived from another class or is the same class."},
    {"iter", b_iter, 0, "Get an iterator from an object."},
    {"next", b_next, 0, "Return the next item from the iterator."},
    {"all", b_all, 0, "Return True if bool(x) is True for all values x in the iterable."},
    {"any", b_any, 0, "Return True if bool(x) is True for any x in the iterable."},
    {"sum", b_sum, 0, "Return the sum of a 'start' value (default: 0) plus an iterable of numbers"},
    {"min", b_min, 0, "With a single iterable argument, return its smallest item."},
    {"max", b_max, 0, "With a single iterable argument, return its biggest item."},
    {"sorted", b_sorted, 0, "Return a new list containing all items from the iterable in ascending order."},
    {"globals", b_globals, 0, "Return the dictionary containing the current scope's global variables."},
    {"locals", b_locals, 0, "Return a dictionary containing the current scope's local variables."},
    {"vars", b_vars, 0, "Show vars."},
    {"dir", b_dir, 0, "Show attributes of an object."},
    {"exec", b_exec, 0, "Execute the given source in the context of globals and locals."},
    {"eval", b_eval, 0, "Evaluate the given source in the context of globals and locals."},
    {"compile", b_compile, 0, "Compile source into a code object that can be executed by exec() or eval()."},
    {"open", b_open, 0, "Open file and return a stream."},
    {"__build_class__", b_build_class, 0, "Internal helper function used by the class statement."},
    {"__import__", b_import, 0, "Import a module."},
    {"exit", b_exit, 0, "Exit the interpreter by raising SystemExit(status)."},
    {"quit", b_exit, 0, "Exit the interpreter by raising SystemExit(status)."},
    {NULL, NULL, 0, NULL},
};

static Type *const exposed_types[] = {
    &ObjectType, &TypeType, &IntType, &BoolType, &FloatType, &StrType, &BytesType, &ByteArrayType,
    &ListType, &TupleType, &DictType, &SetType, &FrozenSetType, &RangeType, &SliceType,
    &PropertyType, &StaticMethodType, &ClassMethodType, &SuperType, NULL,
};

Value builtins_module_create(ThreadState *ts) {
    Obj *m = module_new(ts, "builtins");
    if (!m) {
        return VNULL;
    }
    Obj *d = module_dict(m);
    module_add_functions(ts, m, builtin_functions);
    for (int i = 0; exposed_types[i]; i++) {
        dict_set_cstr(ts, d, exposed_types[i]->name, val_obj(&exposed_types[i]->base));
    }
#define X(exc, parent) dict_set_cstr(ts, d, #exc, val_obj(&Exc##exc.base));
    EXC_LIST(X)
#undef X
    dict_set_cstr(ts, d, "EnvironmentError", val_obj(&ExcOSError.base));
    dict_set_cstr(ts, d, "IOError", val_obj(&ExcOSError.base));
    dict_set_cstr(ts, d, "None", VNONE);
    dict_set_cstr(ts, d, "True", VTRUE);
    dict_set_cstr(ts, d, "False", VFALSE);
    dict_set_cstr(ts, d, "NotImplemented", VNOTIMPL);
    dict_set_cstr(ts, d, "Ellipsis", val_obj(&EllipsisObj));
    dict_set_cstr(ts, d, "__debug__", VTRUE);
    builtins_iter_init(ts, m);
    return val_obj(m);
}
