// compile_source: parse, resolve scopes, generate code, and turn any error
// on the way into a SyntaxError carrying CPython's fields (filename,
// lineno, offset, text, end_lineno, end_offset).
#include "interp/compiler.h"

#include "interp/codegen.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_str.h"
#include "runtime/obj_tuple.h"
#include "runtime/state.h"

// The text of line `line` (1-based), including its newline.
static const char *find_line(const char *src, size_t len, int line, size_t *out_len) {
    const char *p = src, *end = src + len;
    for (int l = 1; l < line && p < end; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) {
            return NULL;
        }
        p = nl + 1;
    }
    if (p > end || (p == end && line > 1)) {
        return NULL;
    }
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    *out_len = nl ? (size_t)(nl - p) + 1 : (size_t)(end - p);
    return p;
}

void compile_raise_syntax_error(ThreadState *ts, const ParseError *err, const char *src, size_t len,
                                const char *filename) {
    Type *type = err->kind == PERR_TAB           ? &ExcTabError
                 : err->kind == PERR_INDENTATION ? &ExcIndentationError
                                                 : &ExcSyntaxError;
    size_t line_len = 0;
    const char *line = find_line(src, len, err->line, &line_len);
    Value text = VNONE;
    int64_t offset = err->col + 1, end_offset = err->end_col + 1;
    if (line) {
        Obj *t = str_decode_utf8(ts, line, (int64_t)line_len);
        if (!t) {
            exc_clear(ts);
            t = str_from_cstr(ts, "");
        }
        text = val_obj(t);
        // Columns are byte offsets; CPython reports characters.
        size_t c0 = (size_t)err->col < line_len ? (size_t)err->col : line_len;
        offset = utf8_count(line, (int64_t)c0) + 1;
        if (err->end_line == err->line) {
            size_t c1 = (size_t)err->end_col < line_len ? (size_t)err->end_col : line_len;
            end_offset = utf8_count(line, (int64_t)c1) + 1;
        }
    }
    Obj *msg = str_from_cstr(ts, err->msg);
    Obj *fname = str_from_cstr(ts, filename);
    Obj *details = tuple_pack(ts, 6, val_obj(fname), val_int(err->line), val_int(offset), text,
                              val_int(err->end_line ? err->end_line : err->line), val_int(end_offset));
    Value args[2] = {val_obj(msg), val_obj(details)};
    Value e = exc_new(ts, type, args, 2);
    obj_decref(msg);
    obj_decref(fname);
    obj_decref(details);
    val_decref(text);
    if (!val_is_null(e)) {
        exc_restore(ts, e);
    }
}

// `from __future__ import ...` statements may only open a module (after
// its docstring). Reads the features they turn on into the compiler;
// false with *err set for a feature that does not exist. Later ones are
// refused when compiled (compile_import_from).
static bool scan_future(Compiler *c, Node *root, ParseError *err) {
    static const char *const known[] = {
        "nested_scopes", "generators", "division", "absolute_import", "with_statement",
        "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
    };
    if (root->kind == N_EXPRESSION) {
        return true;
    }
    NodeList *body = &root->u.module.body;
    for (int i = 0; i < body->len; i++) {
        Node *st = body->items[i];
        if (i == 0 && st->kind == N_EXPR_STMT && st->u.expr.value->kind == N_CONSTANT &&
            st->u.expr.value->u.constant.kind == CONST_STR) {
            continue;
        }
        if (st->kind != N_IMPORT_FROM || !st->u.import_from.module ||
            strcmp(st->u.import_from.module, "__future__") != 0) {
            return true;
        }
        for (int k = 0; k < st->u.import_from.nnames; k++) {
            const char *name = st->u.import_from.names[k].name;
            bool found = false;
            for (size_t j = 0; j < sizeof known / sizeof known[0]; j++) {
                found |= strcmp(name, known[j]) == 0;
            }
            if (!found) {
                memset(err, 0, sizeof *err);
                err->kind = PERR_SYNTAX;
                err->line = err->end_line = st->line;
                err->col = st->col;
                err->end_col = st->col + 1;
                if (strcmp(name, "braces") == 0) {
                    snprintf(err->msg, sizeof err->msg, "not a chance");
                } else {
                    snprintf(err->msg, sizeof err->msg, "future feature %s is not defined", name);
                }
                return false;
            }
            if (strcmp(name, "annotations") == 0) {
                c->future_annotations = true;
            }
        }
        c->future_line = st->line;
    }
    return true;
}

static ObjCode *compile_impl(ThreadState *ts, const char *src, size_t len, const char *filename,
                             ParseMode mode, bool print_exprs, bool *incomplete) {
    Arena arena;
    arena_init(&arena);
    ParseError perr;
    memset(&perr, 0, sizeof perr);
    if (incomplete) {
        *incomplete = false;
    }
    Node *root = parse_source(&arena, src, len, mode, &perr);
    if (!root) {
        if (incomplete && perr.incomplete) {
            *incomplete = true;
        } else {
            compile_raise_syntax_error(ts, &perr, src, len, filename);
        }
        arena_free(&arena);
        return NULL;
    }
    Compiler c;
    memset(&c, 0, sizeof c);
    c.ts = ts;
    c.arena = &arena;
    c.mode = mode;
    c.print_exprs = print_exprs;
    if (!scan_future(&c, root, &perr) || !scope_build(&c.st, &arena, root, c.future_annotations, &perr)) {
        compile_raise_syntax_error(ts, &perr, src, len, filename);
        arena_free(&arena);
        return NULL;
    }
    c.filename = str_from_cstr(ts, filename);
    unit_new(&c, c.st.top, "<module>", "<module>", 1);
    if (root->kind == N_EXPRESSION) {
        set_loc(&c, root->u.expr.value);
        compile_expr(&c, root->u.expr.value);
        emit(&c, OP_RETURN_VALUE, 0);
    } else {
        NodeList *body = &root->u.module.body;
        if (body_has_annotations(body)) {
            if (body->len) {
                set_loc(&c, body->items[0]);
            }
            emit(&c, OP_SETUP_ANNOTATIONS, 0);
        }
        // A module docstring becomes __doc__.
        if (mode == PARSE_FILE && body->len && body->items[0]->kind == N_EXPR_STMT &&
            body->items[0]->u.expr.value->kind == N_CONSTANT &&
            body->items[0]->u.expr.value->u.constant.kind == CONST_STR) {
            set_loc(&c, body->items[0]);
            emit(&c, OP_LOAD_CONST, add_const(&c, constant_value(&c, body->items[0]->u.expr.value)));
            emit(&c, OP_STORE_NAME, add_name(&c, "__doc__"));
        }
        compile_stmts(&c, body);
        if (body->len) {
            set_loc(&c, body->items[body->len - 1]);
        }
        emit(&c, OP_LOAD_CONST, add_const(&c, VNONE));
        emit(&c, OP_RETURN_VALUE, 0);
    }
    ObjCode *code = NULL;
    Unit *u = c.u;
    if (!c.failed) {
        code = unit_assemble(&c, u, 0, 0, 0, 0);
    }
    unit_free(u);
    if (c.failed) {
        compile_raise_syntax_error(ts, &c.err, src, len, filename);
    }
    obj_decref(c.filename);
    arena_free(&arena);
    return code;
}

ObjCode *compile_source(ThreadState *ts, const char *src, size_t len, const char *filename,
                        ParseMode mode, bool *incomplete) {
    return compile_impl(ts, src, len, filename, mode, mode == PARSE_SINGLE, incomplete);
}

ObjCode *compile_interactive(ThreadState *ts, const char *src, size_t len, const char *filename,
                             bool *incomplete) {
    return compile_impl(ts, src, len, filename, PARSE_FILE, true, incomplete);
}
