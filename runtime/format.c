// format(value, spec): the protocol behind format(), f-string fields and
// str.format. str, int and float are laid out here with the format-spec
// mini-language (numfmt_spec.c); any other type answers through its
// __format__ method (object's default accepts only an empty spec).
#include "runtime/numfmt_spec.h"
#include "runtime/obj_class.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_float.h"
#include "runtime/obj_func.h"
#include "runtime/obj_int.h"
#include "runtime/obj_str.h"
#include "runtime/state.h"

static Value finish(ThreadState *ts, NumfmtStatus st, StrBuf *out, StrBuf *err) {
    Value r = VNULL;
    if (st == NUMFMT_OK) {
        Obj *s = str_new(ts, out->data ? out->data : "", (int64_t)out->len);
        r = s ? val_obj(s) : VNULL;
    } else if (st == NUMFMT_MEMORY_ERROR) {
        exc_no_memory(ts);
    } else {
        Obj *msg = str_new(ts, err->data ? err->data : "", (int64_t)err->len);
        if (msg) {
            exc_raise_value(ts, &ExcValueError, val_obj(msg));
            obj_decref(msg);
        }
    }
    strbuf_free(out);
    strbuf_free(err);
    return r;
}

static Value format_str(ThreadState *ts, Value v, ObjStr *spec) {
    StrBuf out, err;
    strbuf_init(&out);
    strbuf_init(&err);
    FormatSpec fs;
    NumfmtStatus st = numfmt_spec_parse(&fs, spec->data, (size_t)spec->nbytes, FORMAT_STR, val_type_name(v), &err);
    if (st == NUMFMT_OK) {
        ObjStr *s = as_str(v);
        st = numfmt_spec_format_str(&out, &fs, s->data, (size_t)s->nbytes, (size_t)s->len, val_type_name(v), &err);
    }
    return finish(ts, st, &out, &err);
}

static Value format_float_value(ThreadState *ts, double d, ObjStr *spec, const char *type_name) {
    StrBuf out, err;
    strbuf_init(&out);
    strbuf_init(&err);
    FormatSpec fs;
    NumfmtStatus st = numfmt_spec_parse(&fs, spec->data, (size_t)spec->nbytes, FORMAT_FLOAT, type_name, &err);
    if (st == NUMFMT_OK) {
        st = numfmt_spec_format_float(&out, &fs, d, type_name, &err);
    }
    return finish(ts, st, &out, &err);
}

static Value format_int_value(ThreadState *ts, Value v, ObjStr *spec, const char *type_name) {
    StrBuf out, err;
    strbuf_init(&out);
    strbuf_init(&err);
    FormatSpec fs;
    NumfmtStatus st = numfmt_spec_parse(&fs, spec->data, (size_t)spec->nbytes, FORMAT_INT, type_name, &err);
    if (st != NUMFMT_OK) {
        return finish(ts, st, &out, &err);
    }
    int base = 10;
    IntFormatPlan plan = numfmt_spec_int_plan(&fs, type_name, &base, &err);
    switch (plan) {
    case INT_PLAN_ERROR:
        return finish(ts, NUMFMT_VALUE_ERROR, &out, &err);
    case INT_PLAN_FLOAT: {
        double d;
        if (!int_to_double(ts, v, &d)) {
            strbuf_free(&out);
            strbuf_free(&err);
            return VNULL;
        }
        st = numfmt_spec_format_float(&out, &fs, d, type_name, &err);
        return finish(ts, st, &out, &err);
    }
    case INT_PLAN_CHAR: {
        int64_t cp;
        if (!int_to_i64(v, &cp)) {
            strbuf_free(&out);
            strbuf_free(&err);
            return exc_raise(ts, &ExcOverflowError, "Python int too large to convert to C long");
        }
        if (cp < 0 || cp > 0x10FFFF) {
            strbuf_free(&out);
            strbuf_free(&err);
            return exc_raise(ts, &ExcOverflowError, "%%c arg not in range(0x110000)");
        }
        st = numfmt_spec_format_char(&out, &fs, (uint32_t)cp);
        return finish(ts, st, &out, &err);
    }
    case INT_PLAN_DIGITS: {
        bool neg = int_sign(v) < 0;
        Value a = neg ? int_neg(ts, v) : val_dup(v);
        Obj *digits = val_is_null(a) ? NULL : int_to_str(ts, a, base);
        val_decref(a);
        if (!digits) {
            strbuf_free(&out);
            strbuf_free(&err);
            return VNULL;
        }
        st = numfmt_spec_format_int(&out, &fs, neg, str_cstr(digits), (size_t)((ObjStr *)digits)->nbytes);
        obj_decref(digits);
        return finish(ts, st, &out, &err);
    }
    }
    return VNULL;
}

Value obj_format(ThreadState *ts, Value v, Value spec) {
    ObjStr *s = as_str(spec);
    Type *t = val_type(v);
    if (t == &StrType) {
        return s->nbytes == 0 ? val_dup(v) : format_str(ts, v, s);
    }
    if (t == &IntType || (t == &BoolType && s->nbytes > 0)) {
        if (s->nbytes == 0) {
            return obj_str(ts, v);
        }
        return format_int_value(ts, v.tag == VAL_BOOL ? val_int(v.as.i) : v, s, t->name);
    }
    if (t == &FloatType) {
        if (s->nbytes == 0) {
            return obj_str(ts, v);
        }
        return format_float_value(ts, v.as.f, s, "float");
    }
    Value f = type_lookup(t, str_intern_cstr("__format__"));
    if (val_is_null(f)) {
        return exc_raise(ts, &ExcTypeError, "Type %s doesn't define __format__", t->name);
    }
    Value r = obj_call_unbound(ts, f, v, &spec, 1);
    if (!val_is_null(r) && !val_is_str_like(r)) {
        exc_raise(ts, &ExcTypeError, "__format__ must return a str, not %s", val_type_name(r));
        val_decref(r);
        return VNULL;
    }
    return r;
}

// The __format__ methods of str, int and float (reached by subclasses and
// by explicit calls such as int.__format__(5, 'x')).
static bool spec_arg(ThreadState *ts, Value *args, int64_t nargs) {
    if (nargs != 1 || !val_is_str_like(args[0])) {
        exc_raise(ts, &ExcTypeError, "__format__() argument must be str, not %s",
                  nargs ? val_type_name(args[0]) : "nothing");
        return false;
    }
    return true;
}

static Value m_str_format(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)kw;
    if (!spec_arg(ts, args, nargs)) {
        return VNULL;
    }
    if (as_str(args[0])->nbytes == 0) {
        return obj_str(ts, self);
    }
    return format_str(ts, self, as_str(args[0]));
}

static Value m_int_format(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)kw;
    if (!spec_arg(ts, args, nargs)) {
        return VNULL;
    }
    if (as_str(args[0])->nbytes == 0) {
        return obj_str(ts, self);
    }
    Value e = int_exact(ts, self);
    if (val_is_null(e)) {
        return VNULL;
    }
    Value r = format_int_value(ts, e, as_str(args[0]), val_type_name(self));
    val_decref(e);
    return r;
}

static Value m_float_format(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kw) {
    (void)kw;
    if (!spec_arg(ts, args, nargs)) {
        return VNULL;
    }
    if (as_str(args[0])->nbytes == 0) {
        return obj_str(ts, self);
    }
    return format_float_value(ts, float_value(self), as_str(args[0]), val_type_name(self));
}

static const MethodDef str_format_methods[] = {
    {"__format__", m_str_format, NATIVE_METHOD, "Return a formatted version of the string as described by format_spec."},
    {NULL, NULL, 0, NULL},
};
static const MethodDef int_format_methods[] = {
    {"__format__", m_int_format, NATIVE_METHOD, "Convert to a string according to format_spec."},
    {NULL, NULL, 0, NULL},
};
static const MethodDef float_format_methods[] = {
    {"__format__", m_float_format, NATIVE_METHOD, "Formats the float according to format_spec."},
    {NULL, NULL, 0, NULL},
};

void format_init_types(ThreadState *ts) {
    type_add_methods(ts, &StrType, str_format_methods);
    type_add_methods(ts, &IntType, int_format_methods);
    type_add_methods(ts, &FloatType, float_format_methods);
}
