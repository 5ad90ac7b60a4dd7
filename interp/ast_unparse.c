// Unparsing: an expression tree back to text, the way CPython 3.11's
// compiler does it for `from __future__ import annotations` (the same
// spelling as ast.unparse): one space around binary operators, ", "
// between items, constants written as their repr, and parentheses only
// where an operand binds more loosely than its place needs.
//
// Precedence is a number per level, loosest first. Each node is written
// at a "level" (how tightly its surroundings bind) and opens parentheses
// when its own precedence is lower than that level.
//
// See also: interp/compile_stmt.c (compile_annotation), the only user.
#include "interp/ast_unparse.h"

#include "runtime/obj_bytes.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_int.h"
#include "runtime/obj_str.h"
#include "runtime/strbuf.h"

enum {
    PR_TUPLE,
    PR_TEST,      // if-else, lambda
    PR_OR,
    PR_AND,
    PR_NOT,
    PR_CMP,
    PR_BOR,       // |
    PR_BXOR,
    PR_BAND,
    PR_SHIFT,
    PR_ARITH,     // + -
    PR_TERM,      // * @ / % //
    PR_FACTOR,    // unary + - ~
    PR_POWER,
    PR_AWAIT,
    PR_ATOM,
};

typedef struct Unparser {
    ThreadState *ts;
    StrBuf out;
    bool failed;
} Unparser;

static void expr(Unparser *u, const Node *n, int level);

static void put(Unparser *u, const char *s) { strbuf_append_cstr(&u->out, s); }

static void put_if(Unparser *u, bool cond, const char *s) {
    if (cond) {
        put(u, s);
    }
}

// Appends repr(v) and releases v. Infinite floats are written 1e309, which
// reads back as infinity.
static void put_repr(Unparser *u, Value v) {
    if (val_is_null(v)) {
        u->failed = true;
        return;
    }
    Value r = obj_repr(u->ts, v);
    val_decref(v);
    if (val_is_null(r)) {
        u->failed = true;
        return;
    }
    const char *text = str_cstr(r.as.obj);
    if (strcmp(text, "inf") == 0 || strcmp(text, "-inf") == 0) {
        put(u, text[0] == '-' ? "-1e309" : "1e309");
    } else {
        strbuf_append(&u->out, text, (size_t)((ObjStr *)r.as.obj)->nbytes);
    }
    val_decref(r);
}

static void constant(Unparser *u, const Node *n) {
    ThreadState *ts = u->ts;
    switch (n->u.constant.kind) {
    case CONST_NONE: put(u, "None"); return;
    case CONST_TRUE: put(u, "True"); return;
    case CONST_FALSE: put(u, "False"); return;
    case CONST_ELLIPSIS: put(u, "..."); return;
    case CONST_INT: put_repr(u, val_int(n->u.constant.i)); return;
    case CONST_BIGINT:
        put_repr(u, int_from_string(ts, n->u.constant.str, (int64_t)strlen(n->u.constant.str),
                                    (int)n->u.constant.i));
        return;
    case CONST_FLOAT: put_repr(u, val_float(n->u.constant.f)); return;
    case CONST_IMAG:
        put_repr(u, val_float(n->u.constant.f));
        put(u, "j");
        return;
    case CONST_STR: {
        put_if(u, n->u.constant.kind_u, "u");
        Obj *s = str_new(ts, n->u.constant.str, (int64_t)n->u.constant.len);
        put_repr(u, s ? val_obj(s) : VNULL);
        return;
    }
    case CONST_BYTES: {
        Obj *b = bytes_new(ts, n->u.constant.str, (int64_t)n->u.constant.len);
        put_repr(u, b ? val_obj(b) : VNULL);
        return;
    }
    }
}

static void items(Unparser *u, const NodeList *l, int level) {
    for (int i = 0; i < l->len; i++) {
        put_if(u, i > 0, ", ");
        expr(u, l->items[i], level);
    }
}

static void binop(Unparser *u, const Node *n, int level) {
    static const struct {
        const char *text;
        int pr;
    } ops[] = {
        [BINOP_ADD] = {" + ", PR_ARITH},     [BINOP_SUB] = {" - ", PR_ARITH},
        [BINOP_MUL] = {" * ", PR_TERM},      [BINOP_TRUEDIV] = {" / ", PR_TERM},
        [BINOP_FLOORDIV] = {" // ", PR_TERM}, [BINOP_MOD] = {" % ", PR_TERM},
        [BINOP_POW] = {" ** ", PR_POWER},    [BINOP_LSHIFT] = {" << ", PR_SHIFT},
        [BINOP_RSHIFT] = {" >> ", PR_SHIFT}, [BINOP_AND] = {" & ", PR_BAND},
        [BINOP_OR] = {" | ", PR_BOR},        [BINOP_XOR] = {" ^ ", PR_BXOR},
        [BINOP_MATMUL] = {" @ ", PR_TERM},
    };
    int op = n->u.binop.op;
    int pr = ops[op].pr;
    // ** groups to the right, every other operator to the left.
    int right_assoc = op == BINOP_POW;
    put_if(u, level > pr, "(");
    expr(u, n->u.binop.left, pr + right_assoc);
    put(u, ops[op].text);
    expr(u, n->u.binop.right, pr + !right_assoc);
    put_if(u, level > pr, ")");
}

static void unaryop(Unparser *u, const Node *n, int level) {
    static const char *const text[] = {
        [AST_INVERT] = "~", [AST_NOT] = "not ", [AST_UADD] = "+", [AST_USUB] = "-",
    };
    int pr = n->u.unary.op == AST_NOT ? PR_NOT : PR_FACTOR;
    put_if(u, level > pr, "(");
    put(u, text[n->u.unary.op]);
    expr(u, n->u.unary.operand, pr);
    put_if(u, level > pr, ")");
}

static void compare(Unparser *u, const Node *n, int level) {
    static const char *const text[] = {
        [AST_EQ] = " == ", [AST_NOTEQ] = " != ", [AST_LT] = " < ",      [AST_LTE] = " <= ",
        [AST_GT] = " > ",  [AST_GTE] = " >= ",   [AST_IS] = " is ",     [AST_ISNOT] = " is not ",
        [AST_IN] = " in ", [AST_NOTIN] = " not in ",
    };
    put_if(u, level > PR_CMP, "(");
    expr(u, n->u.compare.left, PR_CMP + 1);
    for (int i = 0; i < n->u.compare.comparators.len; i++) {
        put(u, text[n->u.compare.ops[i]]);
        expr(u, n->u.compare.comparators.items[i], PR_CMP + 1);
    }
    put_if(u, level > PR_CMP, ")");
}

static void arg(Unparser *u, const Arg *a) {
    put(u, a->name);
    if (a->annotation) {
        put(u, ": ");
        expr(u, a->annotation, PR_TEST);
    }
}

static void arguments(Unparser *u, const Arguments *a) {
    bool first = true;
    for (int i = 0; i < a->nargs; i++) {
        put_if(u, !first, ", ");
        first = false;
        arg(u, &a->args[i]);
        int d = i - a->nargs + a->ndefaults;
        if (d >= 0) {
            put(u, "=");
            expr(u, a->defaults[d], PR_TEST);
        }
        put_if(u, a->nposonly && i + 1 == a->nposonly, ", /");
    }
    if (a->vararg || a->nkwonly) {
        put_if(u, !first, ", ");
        first = false;
        put(u, "*");
        if (a->vararg) {
            arg(u, a->vararg);
        }
    }
    for (int i = 0; i < a->nkwonly; i++) {
        put(u, ", ");
        arg(u, &a->kwonly[i]);
        if (a->kw_defaults[i]) {
            put(u, "=");
            expr(u, a->kw_defaults[i], PR_TEST);
        }
    }
    if (a->kwarg) {
        put_if(u, !first, ", ");
        put(u, "**");
        arg(u, a->kwarg);
    }
}

static bool has_params(const Arguments *a) {
    return a && (a->nargs || a->nkwonly || a->vararg || a->kwarg);
}

static void comprehensions(Unparser *u, const Node *n) {
    for (int i = 0; i < n->u.comp.ngenerators; i++) {
        const Comprehension *g = &n->u.comp.generators[i];
        put(u, g->is_async ? " async for " : " for ");
        expr(u, g->target, PR_TUPLE);
        put(u, " in ");
        expr(u, g->iter, PR_TEST + 1);
        for (int k = 0; k < g->ifs.len; k++) {
            put(u, " if ");
            expr(u, g->ifs.items[k], PR_TEST + 1);
        }
    }
}

static void call(Unparser *u, const Node *n) {
    expr(u, n->u.call.func, PR_ATOM);
    const NodeList *args = &n->u.call.args;
    if (args->len == 1 && n->u.call.nkeywords == 0 && args->items[0]->kind == N_GENERATOR_EXP) {
        // f(x for x in y): the generator's own parentheses are the call's.
        expr(u, args->items[0], PR_TEST);
        return;
    }
    put(u, "(");
    items(u, args, PR_TEST);
    for (int i = 0; i < n->u.call.nkeywords; i++) {
        const Keyword *k = &n->u.call.keywords[i];
        put_if(u, i > 0 || args->len > 0, ", ");
        if (k->arg) {
            put(u, k->arg);
            put(u, "=");
            expr(u, k->value, PR_TEST);
        } else {
            put(u, "**");
            expr(u, k->value, PR_BOR);
        }
    }
    put(u, ")");
}

// The text between an f-string's quotes: literal parts with their braces
// doubled, replacement fields as {expr!c:spec}.
static void fstring_body(Unparser *u, const NodeList *parts);

static void fstring_field(Unparser *u, const Node *n) {
    // The expression is written on its own first: a leading '{' (a dict or
    // set display) needs a space so that it is not read as an escape.
    Unparser inner = {.ts = u->ts};
    strbuf_init(&inner.out);
    expr(&inner, n->u.formatted.value, PR_TEST + 1);
    strbuf_append_char(&inner.out, '\0');
    u->failed |= inner.failed;
    put(u, inner.out.data[0] == '{' ? "{ " : "{");
    put(u, inner.out.data);
    strbuf_free(&inner.out);
    if (n->u.formatted.conversion > 0) {
        char conv[3] = {'!', (char)n->u.formatted.conversion, '\0'};
        put(u, conv);
    }
    if (n->u.formatted.format_spec) {
        put(u, ":");
        const Node *spec = n->u.formatted.format_spec;
        if (spec->kind == N_JOINED_STR) {
            fstring_body(u, &spec->u.joined.values);
        }
    }
    put(u, "}");
}

static void fstring_body(Unparser *u, const NodeList *parts) {
    for (int i = 0; i < parts->len; i++) {
        const Node *p = parts->items[i];
        if (p->kind == N_FORMATTED_VALUE) {
            fstring_field(u, p);
            continue;
        }
        if (p->kind != N_CONSTANT || p->u.constant.kind != CONST_STR) {
            continue;
        }
        for (size_t k = 0; k < p->u.constant.len; k++) {
            char ch = p->u.constant.str[k];
            strbuf_append_char(&u->out, ch);
            if (ch == '{' || ch == '}') {
                strbuf_append_char(&u->out, ch);
            }
        }
    }
}

// f"..." is written as f followed by the repr of its body.
static void joined_str(Unparser *u, const Node *n) {
    Unparser body = {.ts = u->ts};
    strbuf_init(&body.out);
    if (n->kind == N_JOINED_STR) {
        fstring_body(&body, &n->u.joined.values);
    } else {
        fstring_field(&body, n);
    }
    u->failed |= body.failed;
    Obj *s = str_decode_utf8(u->ts, body.out.data ? body.out.data : "", (int64_t)body.out.len);
    strbuf_free(&body.out);
    put(u, "f");
    put_repr(u, s ? val_obj(s) : VNULL);
}

static void subscript(Unparser *u, const Node *n) {
    expr(u, n->u.subscript.value, PR_ATOM);
    put(u, "[");
    const Node *slice = n->u.subscript.slice;
    if (slice->kind == N_TUPLE && slice->u.list.elts.len > 0) {
        // a[1, 2] and a[1:2, ::3]: the tuple without parentheses.
        items(u, &slice->u.list.elts, PR_TUPLE);
        put_if(u, slice->u.list.elts.len == 1, ",");
    } else {
        expr(u, slice, PR_TUPLE);
    }
    put(u, "]");
}

static void expr(Unparser *u, const Node *n, int level) {
    if (!n || u->failed) {
        return;
    }
    switch (n->kind) {
    case N_BOOL_OP: {
        int pr = n->u.boolop.op == AST_AND ? PR_AND : PR_OR;
        put_if(u, level > pr, "(");
        for (int i = 0; i < n->u.boolop.values.len; i++) {
            put_if(u, i > 0, n->u.boolop.op == AST_AND ? " and " : " or ");
            expr(u, n->u.boolop.values.items[i], pr + 1);
        }
        put_if(u, level > pr, ")");
        break;
    }
    case N_BIN_OP: binop(u, n, level); break;
    case N_UNARY_OP: unaryop(u, n, level); break;
    case N_LAMBDA:
        put_if(u, level > PR_TEST, "(");
        put(u, has_params(n->u.lambda.args) ? "lambda " : "lambda");
        if (n->u.lambda.args) {
            arguments(u, n->u.lambda.args);
        }
        put(u, ": ");
        expr(u, n->u.lambda.body, PR_TEST);
        put_if(u, level > PR_TEST, ")");
        break;
    case N_IF_EXP:
        put_if(u, level > PR_TEST, "(");
        expr(u, n->u.ifexp.body, PR_TEST + 1);
        put(u, " if ");
        expr(u, n->u.ifexp.test, PR_TEST + 1);
        put(u, " else ");
        expr(u, n->u.ifexp.orelse, PR_TEST);
        put_if(u, level > PR_TEST, ")");
        break;
    case N_DICT:
        put(u, "{");
        for (int i = 0; i < n->u.dict.keys.len; i++) {
            put_if(u, i > 0, ", ");
            if (n->u.dict.keys.items[i]) {
                expr(u, n->u.dict.keys.items[i], PR_TEST);
                put(u, ": ");
                expr(u, n->u.dict.values.items[i], PR_TEST);
            } else {
                put(u, "**");
                expr(u, n->u.dict.values.items[i], PR_BOR);
            }
        }
        put(u, "}");
        break;
    case N_SET:
        put(u, "{");
        items(u, &n->u.list.elts, PR_TEST);
        put(u, "}");
        break;
    case N_LIST:
        put(u, "[");
        items(u, &n->u.list.elts, PR_TEST);
        put(u, "]");
        break;
    case N_TUPLE:
        if (n->u.list.elts.len == 0) {
            put(u, "()");
            break;
        }
        put_if(u, level > PR_TUPLE, "(");
        items(u, &n->u.list.elts, PR_TEST);
        put_if(u, n->u.list.elts.len == 1, ",");
        put_if(u, level > PR_TUPLE, ")");
        break;
    case N_LIST_COMP:
    case N_SET_COMP:
    case N_GENERATOR_EXP:
        put(u, n->kind == N_LIST_COMP ? "[" : n->kind == N_SET_COMP ? "{" : "(");
        expr(u, n->u.comp.elt, PR_TEST);
        comprehensions(u, n);
        put(u, n->kind == N_LIST_COMP ? "]" : n->kind == N_SET_COMP ? "}" : ")");
        break;
    case N_DICT_COMP:
        put(u, "{");
        expr(u, n->u.comp.elt, PR_TEST);
        put(u, ": ");
        expr(u, n->u.comp.value, PR_TEST);
        comprehensions(u, n);
        put(u, "}");
        break;
    case N_AWAIT:
        put_if(u, level > PR_AWAIT, "(");
        put(u, "await ");
        expr(u, n->u.expr.value, PR_ATOM);
        put_if(u, level > PR_AWAIT, ")");
        break;
    case N_YIELD:
        if (!n->u.expr.value) {
            put(u, "(yield)");
            break;
        }
        put(u, "(yield ");
        expr(u, n->u.expr.value, PR_TEST);
        put(u, ")");
        break;
    case N_YIELD_FROM:
        put(u, "(yield from ");
        expr(u, n->u.expr.value, PR_TEST);
        put(u, ")");
        break;
    case N_COMPARE: compare(u, n, level); break;
    case N_CALL: call(u, n); break;
    case N_CONSTANT: constant(u, n); break;
    case N_JOINED_STR:
    case N_FORMATTED_VALUE: joined_str(u, n); break;
    case N_ATTRIBUTE: {
        const Node *v = n->u.attribute.value;
        expr(u, v, PR_ATOM);
        // 1 .real: an int literal needs the space before its dot.
        bool int_literal = v->kind == N_CONSTANT &&
                           (v->u.constant.kind == CONST_INT || v->u.constant.kind == CONST_BIGINT);
        put(u, int_literal ? " ." : ".");
        put(u, n->u.attribute.attr);
        break;
    }
    case N_SUBSCRIPT: subscript(u, n); break;
    case N_STARRED:
        put(u, "*");
        expr(u, n->u.starred.value, PR_BOR);
        break;
    case N_NAME: put(u, n->u.name.id); break;
    case N_SLICE:
        expr(u, n->u.slice.lower, PR_TEST);
        put(u, ":");
        expr(u, n->u.slice.upper, PR_TEST);
        if (n->u.slice.step) {
            put(u, ":");
            expr(u, n->u.slice.step, PR_TEST);
        }
        break;
    case N_NAMED_EXPR:
        put_if(u, level > PR_TUPLE, "(");
        expr(u, n->u.named.target, PR_ATOM);
        put(u, " := ");
        expr(u, n->u.named.value, PR_ATOM);
        put_if(u, level > PR_TUPLE, ")");
        break;
    default: break;
    }
}

Obj *ast_unparse(ThreadState *ts, const Node *n) {
    Unparser u = {.ts = ts};
    strbuf_init(&u.out);
    expr(&u, n, PR_TEST);
    Obj *s = NULL;
    if (!u.failed) {
        s = str_decode_utf8(ts, u.out.data ? u.out.data : "", (int64_t)u.out.len);
    }
    strbuf_free(&u.out);
    if (!s && !exc_occurred(ts)) {
        exc_raise(ts, &ExcMemoryError, "cannot unparse the expression");
    }
    return s;
}
