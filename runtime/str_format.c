// String formatting with `%` (printf style) and str.format / format_map
// (the replacement-field syntax shared with f-strings), with CPython's
// error messages. The layout of each converted value is done by numfmt
// (numfmt_printf.c for `%`, format() and numfmt_spec.c for str.format).
#include <math.h>

#include "runtime/numfmt_printf.h"
#include "runtime/obj_class.h"
#include "runtime/obj_dict.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_float.h"
#include "runtime/obj_func.h"
#include "runtime/obj_int.h"
#include "runtime/obj_str.h"
#include "runtime/obj_tuple.h"
#include "runtime/state.h"
#include "runtime/strbuf.h"

Value obj_format(ThreadState *ts, Value v, Value spec);   // format.c

// --- % formatting -----------------------------------------------------------------------

typedef struct PctArgs {
    Value *items;
    int64_t n, next;
    Value mapping;           // VNULL unless the argument is a mapping
} PctArgs;

static bool next_arg(ThreadState *ts, PctArgs *a, Value *out) {
    if (a->next >= a->n) {
        exc_raise(ts, &ExcTypeError, "not enough arguments for format string");
        return false;
    }
    *out = a->items[a->next++];
    return true;
}

static bool star_arg(ThreadState *ts, PctArgs *a, int64_t *out) {
    Value v;
    if (!next_arg(ts, a, &v)) {
        return false;
    }
    if (!val_is_int_subclass(v)) {
        exc_raise(ts, &ExcTypeError, "* wants int");
        return false;
    }
    if (!int_to_i64(v, out) || *out > INT32_MAX || *out < -INT32_MAX) {
        exc_raise(ts, &ExcOverflowError, "Python int too large to convert to C int");
        return false;
    }
    return true;
}

static NumfmtStatus pct_str(ThreadState *ts, StrBuf *out, PrintfSpec *spec, Value s, bool *failed) {
    (void)ts;
    if (val_is_null(s)) {
        *failed = true;
        return NUMFMT_OK;
    }
    ObjStr *str = as_str(s);
    NumfmtStatus st = numfmt_printf_str(out, spec, str->data, (size_t)str->nbytes, (size_t)str->len);
    val_decref(s);
    return st;
}

static NumfmtStatus pct_int(ThreadState *ts, StrBuf *out, PrintfSpec *spec, Value v, bool *failed) {
    uint32_t conv = spec->conversion;
    Value i;
    if (val_is_float(v) && (conv == 'd' || conv == 'i' || conv == 'u')) {
        i = int_from_double(ts, v.as.f);
    } else if (val_is_int_subclass(v)) {
        i = int_exact(ts, v);
    } else if (conv == 'd' || conv == 'i' || conv == 'u') {
        Value f = type_lookup_cstr(val_type(v), "__int__");
        if (val_is_null(f)) {
            f = type_lookup_cstr(val_type(v), "__index__");
        }
        if (val_is_null(f)) {
            exc_raise(ts, &ExcTypeError, "%%%c format: a real number is required, not %s", (int)conv,
                      val_type_name(v));
            *failed = true;
            return NUMFMT_OK;
        }
        i = obj_call_unbound(ts, f, v, NULL, 0);
    } else {
        Value f = type_lookup_cstr(val_type(v), "__index__");
        if (val_is_null(f)) {
            exc_raise(ts, &ExcTypeError, "%%%c format: an integer is required, not %s", (int)conv,
                      val_type_name(v));
            *failed = true;
            return NUMFMT_OK;
        }
        i = obj_index(ts, v);
    }
    if (val_is_null(i)) {
        *failed = true;
        return NUMFMT_OK;
    }
    bool neg = int_sign(i) < 0;
    Value a = neg ? int_neg(ts, i) : val_dup(i);
    val_decref(i);
    Obj *digits = val_is_null(a) ? NULL : int_to_str(ts, a, numfmt_printf_base(conv));
    val_decref(a);
    if (!digits) {
        *failed = true;
        return NUMFMT_OK;
    }
    NumfmtStatus st = numfmt_printf_int(out, spec, neg, str_cstr(digits), (size_t)((ObjStr *)digits)->nbytes);
    obj_decref(digits);
    return st;
}

static NumfmtStatus pct_float(ThreadState *ts, StrBuf *out, PrintfSpec *spec, Value v, bool *failed) {
    double d;
    if (!val_is_float(v) && !val_is_int_subclass(v) && val_is_null(type_lookup_cstr(val_type(v), "__float__")) &&
        val_is_null(type_lookup_cstr(val_type(v), "__index__"))) {
        exc_raise(ts, &ExcTypeError, "must be real number, not %s", val_type_name(v));
        *failed = true;
        return NUMFMT_OK;
    }
    if (!val_to_double(ts, v, &d)) {
        *failed = true;
        return NUMFMT_OK;
    }
    return numfmt_printf_float(out, spec, d);
}

static NumfmtStatus pct_char(ThreadState *ts, StrBuf *out, PrintfSpec *spec, Value v, bool *failed) {
    uint32_t cp;
    if (val_is_str_like(v)) {
        if (as_str(v)->len != 1) {
            exc_raise(ts, &ExcTypeError, "%%c requires int or char");
            *failed = true;
            return NUMFMT_OK;
        }
        const char *p = as_str(v)->data;
        cp = utf8_next(&p);
    } else if (val_is_int_subclass(v)) {
        int64_t i;
        if (!int_to_i64(v, &i) || i < 0 || i > 0x10FFFF) {
            exc_raise(ts, &ExcOverflowError, "%%c arg not in range(0x110000)");
            *failed = true;
            return NUMFMT_OK;
        }
        cp = (uint32_t)i;
    } else {
        exc_raise(ts, &ExcTypeError, "%%c requires int or char");
        *failed = true;
        return NUMFMT_OK;
    }
    StrBuf one;
    strbuf_init(&one);
    strbuf_append_codepoint(&one, cp);
    NumfmtStatus st = numfmt_printf_str(out, spec, one.data, one.len, 1);
    strbuf_free(&one);
    return st;
}

// CPython treats any subscriptable argument other than a tuple or a str as a
// possible mapping: "%(key)s" looks keys up in it, and it is no error when
// its positional use leaves it unconverted ("abc" % [] is 'abc').
static bool is_mapping(Value v) {
    return !val_is_tuple(v) && !val_is_str_like(v) && val_type(v)->getitem;
}

Value str_percent_format(ThreadState *ts, Value fmt, Value args) {
    PctArgs a = {.mapping = VNULL};
    if (val_isinstance(args, &TupleType)) {
        a.items = as_tuple(args)->items;
        a.n = as_tuple(args)->len;
    } else {
        a.items = &args;
        a.n = 1;
    }
    if (is_mapping(args)) {
        a.mapping = args;
    }
    ObjStr *f = as_str(fmt);
    const char *s = f->data;
    size_t len = (size_t)f->nbytes;
    StrBuf out, err;
    strbuf_init(&out);
    strbuf_init(&err);
    bool used_key = false;
    for (size_t i = 0; i < len;) {
        const char *pct = memchr(s + i, '%', len - i);
        if (!pct) {
            strbuf_append(&out, s + i, len - i);
            break;
        }
        strbuf_append(&out, s + i, (size_t)(pct - (s + i)));
        size_t start = (size_t)(pct - s);
        size_t pos = start + 1;
        if (pos < len && s[pos] == '%') {
            strbuf_append_char(&out, '%');
            i = pos + 1;
            continue;
        }
        Value arg = VNULL;
        Value owned = VNULL;
        if (pos < len && s[pos] == '(') {
            if (val_is_null(a.mapping)) {
                exc_raise(ts, &ExcTypeError, "format requires a mapping");
                goto fail;
            }
            int depth = 1;
            size_t k = pos + 1;
            while (k < len && depth > 0) {
                depth += s[k] == '(';
                depth -= s[k] == ')';
                k++;
            }
            if (depth > 0) {
                exc_raise(ts, &ExcValueError, "incomplete format key");
                goto fail;
            }
            Obj *key = str_new(ts, s + pos + 1, (int64_t)(k - pos - 2));
            if (!key) {
                goto fail;
            }
            owned = obj_getitem(ts, a.mapping, val_obj(key));
            obj_decref(key);
            if (val_is_null(owned)) {
                goto fail;
            }
            arg = owned;
            used_key = true;
            pos = k;
        }
        PrintfSpec spec;
        if (numfmt_printf_parse(&spec, s, len, &pos, &err) != NUMFMT_OK) {
            val_decref(owned);
            goto value_error;
        }
        if (spec.width_star) {
            int64_t w;
            if (!star_arg(ts, &a, &w)) {
                val_decref(owned);
                goto fail;
            }
            if (w < 0) {
                spec.left = true;
                w = -w;
            }
            spec.width = w;
        }
        if (spec.precision_star) {
            int64_t p;
            if (!star_arg(ts, &a, &p)) {
                val_decref(owned);
                goto fail;
            }
            spec.precision = p < 0 ? 0 : p;
        }
        if (val_is_null(arg) && !next_arg(ts, &a, &arg)) {
            goto fail;
        }
        bool failed = false;
        NumfmtStatus st;
        switch (spec.conversion) {
        case 's': st = pct_str(ts, &out, &spec, obj_str(ts, arg), &failed); break;
        case 'r': st = pct_str(ts, &out, &spec, obj_repr(ts, arg), &failed); break;
        case 'a': st = pct_str(ts, &out, &spec, obj_ascii(ts, arg), &failed); break;
        case 'c': st = pct_char(ts, &out, &spec, arg, &failed); break;
        case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
            st = pct_int(ts, &out, &spec, arg, &failed);
            break;
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
            st = pct_float(ts, &out, &spec, arg, &failed);
            break;
        default: {
            // The index of the conversion character, in code points.
            int64_t index = utf8_count(s, (int64_t)pos - 1);
            uint32_t c = spec.conversion;
            // A character that does not print shows as '?'.
            exc_raise(ts, &ExcValueError, "unsupported format character '%c' (0x%x) at index %lld",
                      c >= 31 && c <= 126 ? (int)c : '?', c, (long long)index);
            val_decref(owned);
            goto fail;
        }
        }
        val_decref(owned);
        if (failed) {
            goto fail;
        }
        if (st == NUMFMT_MEMORY_ERROR) {
            exc_no_memory(ts);
            goto fail;
        }
        i = pos;
    }
    if (a.next < a.n && val_is_null(a.mapping) && !used_key) {
        exc_raise(ts, &ExcTypeError, "not all arguments converted during string formatting");
        goto fail;
    }
    {
        Obj *r = str_new(ts, out.data ? out.data : "", (int64_t)out.len);
        strbuf_free(&out);
        strbuf_free(&err);
        return r ? val_obj(r) : VNULL;
    }
value_error: {
    Obj *msg = str_new(ts, err.data ? err.data : "", (int64_t)err.len);
    if (msg) {
        exc_raise_value(ts, &ExcValueError, val_obj(msg));
        obj_decref(msg);
    }
}
fail:
    strbuf_free(&out);
    strbuf_free(&err);
    return VNULL;
}

// --- str.format ------------------------------------------------------------------------

typedef struct FormatState {
    Value *args;
    int64_t nargs;
    Value kwargs;            // a mapping, or VNULL
    int auto_index;          // next automatic index, or -1 once manual numbering was used
    bool manual;
    bool map_only;           // format_map: positional fields are an error
} FormatState;

static Value format_string(ThreadState *ts, FormatState *st, const char *s, size_t len, int depth);

// Looks up the first part of a field name: an index or a keyword.
static Value field_base(ThreadState *ts, FormatState *st, const char *name, size_t len) {
    bool numeric = true;
    for (size_t k = 0; k < len; k++) {
        numeric &= name[k] >= '0' && name[k] <= '9';
    }
    if (st->map_only && numeric) {
        return exc_raise(ts, &ExcValueError, "Format string contains positional fields");
    }
    if (len == 0) {
        if (st->manual) {
            return exc_raise(ts, &ExcValueError,
                             "cannot switch from manual field specification to automatic field numbering");
        }
        int64_t i = st->auto_index++;
        if (i >= st->nargs) {
            return exc_raise(ts, &ExcIndexError, "Replacement index %lld out of range for positional args tuple",
                             (long long)i);
        }
        return val_dup(st->args[i]);
    }
    if (numeric) {
        if (st->auto_index > 0) {
            return exc_raise(ts, &ExcValueError,
                             "cannot switch from automatic field numbering to manual field specification");
        }
        st->manual = true;
        int64_t i = 0;
        for (size_t k = 0; k < len; k++) {
            i = i * 10 + (name[k] - '0');
            if (i > INT32_MAX) {
                return exc_raise(ts, &ExcValueError, "Too many decimal digits in format string");
            }
        }
        if (i >= st->nargs) {
            return exc_raise(ts, &ExcIndexError, "Replacement index %lld out of range for positional args tuple",
                             (long long)i);
        }
        return val_dup(st->args[i]);
    }
    Obj *key = str_new(ts, name, (int64_t)len);
    if (!key) {
        return VNULL;
    }
    Value r;
    if (val_is_null(st->kwargs)) {
        r = exc_raise_value(ts, &ExcKeyError, val_obj(key));
    } else {
        r = obj_getitem(ts, st->kwargs, val_obj(key));
    }
    obj_decref(key);
    return r;
}

// Resolves "name.attr[key]..." to a value.
static Value resolve_field(ThreadState *ts, FormatState *st, const char *s, size_t len) {
    size_t k = 0;
    while (k < len && s[k] != '.' && s[k] != '[') {
        k++;
    }
    Value v = field_base(ts, st, s, k);
    while (!val_is_null(v) && k < len) {
        if (s[k] == '.') {
            size_t j = ++k;
            while (k < len && s[k] != '.' && s[k] != '[') {
                k++;
            }
            if (k == j) {
                val_decref(v);
                return exc_raise(ts, &ExcValueError, "Empty attribute in format string");
            }
            Obj *attr = str_new(ts, s + j, (int64_t)(k - j));
            Value next = attr ? obj_getattr(ts, v, str_intern(ts, attr)) : VNULL;
            val_decref(v);
            v = next;
        } else if (s[k] == '[') {
            size_t j = ++k;
            while (k < len && s[k] != ']') {
                k++;
            }
            if (k >= len) {
                val_decref(v);
                return exc_raise(ts, &ExcValueError, "Missing ']' in format string");
            }
            if (k == j) {
                val_decref(v);
                return exc_raise(ts, &ExcValueError, "Empty attribute in format string");
            }
            bool numeric = true;
            int64_t idx = 0;
            for (size_t m = j; m < k; m++) {
                numeric &= s[m] >= '0' && s[m] <= '9';
                idx = idx * 10 + (s[m] - '0');
            }
            Value key;
            if (numeric) {
                key = val_int(idx);
            } else {
                Obj *ks = str_new(ts, s + j, (int64_t)(k - j));
                key = ks ? val_obj(ks) : VNULL;
            }
            Value next = val_is_null(key) ? VNULL : obj_getitem(ts, v, key);
            val_decref(key);
            val_decref(v);
            v = next;
            k++;
        } else {
            val_decref(v);
            return exc_raise(ts, &ExcValueError, "Only '.' or '[' may follow ']' in format field specifier");
        }
    }
    return v;
}

// One replacement field, the text between '{' and its matching '}'.
static Value render_field(ThreadState *ts, FormatState *st, const char *s, size_t len, int depth) {
    // Split name ! conversion : spec, where [] in the name may hold ':' or '!'.
    size_t k = 0;
    int bracket = 0;
    while (k < len) {
        if (s[k] == '[') bracket++;
        else if (s[k] == ']') bracket--;
        else if (bracket == 0 && (s[k] == '!' || s[k] == ':')) break;
        k++;
    }
    size_t name_len = k;
    int conv = 0;
    if (k < len && s[k] == '!') {
        if (k + 1 >= len) {
            return exc_raise(ts, &ExcValueError, "end of string while looking for conversion specifier");
        }
        conv = (unsigned char)s[k + 1];
        k += 2;
        if (k < len && s[k] != ':') {
            return exc_raise(ts, &ExcValueError, "expected ':' after conversion specifier");
        }
    }
    const char *spec = k < len ? s + k + 1 : s + len;
    size_t spec_len = k < len ? len - k - 1 : 0;
    Value v = resolve_field(ts, st, s, name_len);
    if (val_is_null(v)) {
        return VNULL;
    }
    if (conv) {
        Value c;
        switch (conv) {
        case 'r': c = obj_repr(ts, v); break;
        case 's': c = obj_str(ts, v); break;
        case 'a': c = obj_ascii(ts, v); break;
        default:
            val_decref(v);
            return exc_raise(ts, &ExcValueError, "Unknown conversion specifier %c", conv);
        }
        val_decref(v);
        if (val_is_null(c)) {
            return VNULL;
        }
        v = c;
    }
    // The spec itself may hold fields: "{:{width}}".
    Value spec_str;
    if (memchr(spec, '{', spec_len)) {
        if (depth >= 2) {
            val_decref(v);
            return exc_raise(ts, &ExcValueError, "Max string recursion exceeded");
        }
        spec_str = format_string(ts, st, spec, spec_len, depth + 1);
    } else {
        Obj *o = str_new(ts, spec, (int64_t)spec_len);
        spec_str = o ? val_obj(o) : VNULL;
    }
    if (val_is_null(spec_str)) {
        val_decref(v);
        return VNULL;
    }
    Value r = obj_format(ts, v, spec_str);
    val_decref(v);
    val_decref(spec_str);
    return r;
}

static Value format_string(ThreadState *ts, FormatState *st, const char *s, size_t len, int depth) {
    StrBuf out;
    strbuf_init(&out);
    for (size_t i = 0; i < len;) {
        char c = s[i];
        if (c == '{') {
            if (i + 1 < len && s[i + 1] == '{') {
                strbuf_append_char(&out, '{');
                i += 2;
                continue;
            }
            // Find the matching '}', allowing nested braces in the spec.
            size_t j = i + 1;
            int nest = 1;
            while (j < len) {
                if (s[j] == '{') nest++;
                else if (s[j] == '}' && --nest == 0) break;
                j++;
            }
            if (j >= len) {
                strbuf_free(&out);
                return exc_raise(ts, &ExcValueError, nest > 1 ? "unmatched '{' in format spec"
                                                             : "expected '}' before end of string");
            }
            Value r = render_field(ts, st, s + i + 1, j - i - 1, depth);
            if (val_is_null(r)) {
                strbuf_free(&out);
                return VNULL;
            }
            strbuf_append(&out, as_str(r)->data, (size_t)as_str(r)->nbytes);
            val_decref(r);
            i = j + 1;
        } else if (c == '}') {
            if (i + 1 < len && s[i + 1] == '}') {
                strbuf_append_char(&out, '}');
                i += 2;
                continue;
            }
            strbuf_free(&out);
            return exc_raise(ts, &ExcValueError, "Single '}' encountered in format string");
        } else {
            size_t j = i;
            while (j < len && s[j] != '{' && s[j] != '}') {
                j++;
            }
            strbuf_append(&out, s + i, j - i);
            i = j;
        }
    }
    Obj *r = str_new(ts, out.data ? out.data : "", (int64_t)out.len);
    strbuf_free(&out);
    return r ? val_obj(r) : VNULL;
}

static Value check_single_brace(ThreadState *ts, Value self) {
    ObjStr *s = as_str(self);
    // A lone '{' at the very end is reported as CPython does.
    if (s->nbytes > 0 && s->data[s->nbytes - 1] == '{') {
        int64_t run = 0;
        for (int64_t k = s->nbytes - 1; k >= 0 && s->data[k] == '{'; k--) {
            run++;
        }
        if (run % 2 == 1) {
            return exc_raise(ts, &ExcValueError, "Single '{' encountered in format string");
        }
    }
    return VNONE;
}

static Value m_format(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    if (val_is_null(check_single_brace(ts, self))) {
        return VNULL;
    }
    Value kwargs = VNULL;
    int64_t nkw = kwnames ? tuple_len(kwnames) : 0;
    if (nkw) {
        Obj *d = dict_new(ts);
        if (!d) {
            return VNULL;
        }
        for (int64_t i = 0; i < nkw; i++) {
            dict_set(ts, d, tuple_get(kwnames, i), args[nargs + i]);
        }
        kwargs = val_obj(d);
    }
    FormatState st = {.args = args, .nargs = nargs, .kwargs = kwargs};
    Value r = format_string(ts, &st, as_str(self)->data, (size_t)as_str(self)->nbytes, 0);
    val_decref(kwargs);
    return r;
}

static Value m_format_map(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)kwnames;
    if (nargs != 1) {
        return exc_raise(ts, &ExcTypeError, "format_map() takes exactly one argument (%lld given)", (long long)nargs);
    }
    if (val_is_null(check_single_brace(ts, self))) {
        return VNULL;
    }
    FormatState st = {.args = NULL, .nargs = 0, .kwargs = args[0], .map_only = true};
    return format_string(ts, &st, as_str(self)->data, (size_t)as_str(self)->nbytes, 0);
}

static const MethodDef format_methods[] = {
    {"format", m_format, NATIVE_METHOD, "Return a formatted version of the string, using substitutions from args and kwargs."},
    {"format_map", m_format_map, NATIVE_METHOD, "Return a formatted version of the string, using substitutions from mapping."},
    {NULL, NULL, 0, NULL},
};

void format_init_types(ThreadState *ts);

void str_format_init(ThreadState *ts) {
    type_add_methods(ts, &StrType, format_methods);
    format_init_types(ts);
}
