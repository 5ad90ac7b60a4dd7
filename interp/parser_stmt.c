// Statements: simple statements separated by ';' on one logical line, and
// compound statements whose bodies are indented blocks (or one line of
// simple statements after the ':').
//
// An expression statement is parsed first as an expression; what follows
// decides what it was: '=' makes it an assignment target, ':' an annotated
// target, an augmented operator an augmented target. Targets are checked
// and given their Store context only then (interp/parser_target.c).
//
// A compound statement's node spans from its first keyword (`async`
// included, decorators excluded) to the last token of its body (a final
// ';' included, as in CPython).
#include "interp/parser_internal.h"

// --- helpers ---------------------------------------------------------------------------

// A compound statement from its first token to the end of its body.
static Node *compound_node(Parser *p, NodeKind kind, const Token *start) {
    const Token *end = parser_prev_significant(p);
    return node_new(p->arena, kind, start->line, start->col, end->end_line, end->end_col);
}

// The ':' ending a compound statement's header. CPython reports "expected
// ':'" where the line ends, and for some statements (`forced`) wherever
// the colon is missing; elsewhere it is a plain syntax error.
static bool colon(Parser *p, bool forced) {
    if (parser_accept(p, T_COLON)) {
        return true;
    }
    if (forced || parser_check(p, T_NEWLINE)) {
        parser_error_token(p, parser_peek(p), "expected ':'");
    } else {
        parser_syntax_error(p);
    }
    return false;
}

static Node *yield_or_star_expressions(Parser *p) {
    return parser_check(p, T_YIELD) ? parser_expr_yield(p) : parser_expr_star_expressions(p);
}

// --- blocks -----------------------------------------------------------------------------

static bool simple_statements(Parser *p, Vec *out);

// The body after a header's ':' (header is its first keyword, `what`
// names the statement in the error for a missing indented block).
static bool block(Parser *p, NodeList *out, const Token *header, const char *what) {
    Vec body = {0};
    if (!parser_accept(p, T_NEWLINE)) {
        if (!simple_statements(p, &body)) {
            return false;
        }
        *out = parser_vec_nodes(&body);
        return true;
    }
    if (!parser_accept(p, T_INDENT)) {
        parser_error_last(p, PERR_INDENTATION, "expected an indented block after %s on line %d",
                          what, header->line);
        return false;
    }
    while (!parser_accept(p, T_DEDENT)) {
        if (!parser_stmt_one(p, &body)) {
            return false;
        }
    }
    *out = parser_vec_nodes(&body);
    return true;
}

// --- simple statements -------------------------------------------------------------------

static int augmented_op(TokenKind kind) {
    switch (kind) {
    case T_PLUSEQUAL: return BINOP_ADD;
    case T_MINEQUAL: return BINOP_SUB;
    case T_STAREQUAL: return BINOP_MUL;
    case T_SLASHEQUAL: return BINOP_TRUEDIV;
    case T_DOUBLESLASHEQUAL: return BINOP_FLOORDIV;
    case T_PERCENTEQUAL: return BINOP_MOD;
    case T_DOUBLESTAREQUAL: return BINOP_POW;
    case T_LEFTSHIFTEQUAL: return BINOP_LSHIFT;
    case T_RIGHTSHIFTEQUAL: return BINOP_RSHIFT;
    case T_AMPEREQUAL: return BINOP_AND;
    case T_VBAREQUAL: return BINOP_OR;
    case T_CIRCUMFLEXEQUAL: return BINOP_XOR;
    case T_ATEQUAL: return BINOP_MATMUL;
    default: return -1;
    }
}

// target ':' annotation ['=' value]. An invalid target is reported only
// once the annotation has parsed, as CPython does.
static Node *annotated_assignment(Parser *p, const Token *start, int start_pos, Node *target) {
    int end_pos = p->pos;
    bool valid = target->kind == N_NAME || target->kind == N_ATTRIBUTE ||
                 target->kind == N_SUBSCRIPT;
    ParserMark m = parser_mark(p, false);
    parser_next(p);
    Node *annotation = parser_expr_expression(p);
    if (!annotation) {
        // Without a valid target CPython never got past the ':' before
        // its error pass, and "invalid syntax" points there.
        if (!valid && parser_failed_generic(p)) {
            parser_reset(p, m, false);
            parser_syntax_error(p);
        }
        return NULL;
    }
    if (target->kind == N_TUPLE) {
        // `a, b: int` points at `a`, `(a, b): int` at the tuple.
        const Node *where = target;
        if (!parser_expr_parenthesized(p, start_pos, end_pos)) {
            where = target->u.list.elts.items[0];
        }
        return parser_error_node(p, where, "only single target (not tuple) can be annotated");
    }
    if (target->kind == N_LIST) {
        return parser_error_node(p, target, "only single target (not list) can be annotated");
    }
    if (!valid) {
        return parser_error_node(p, target, "illegal target for annotation");
    }
    Node *value = NULL;
    if (parser_accept(p, T_EQUAL) && !(value = yield_or_star_expressions(p))) {
        return NULL;
    }
    parser_target_set(p, target, TARGET_STORE);
    Node *n = parser_node_from(p, N_ANN_ASSIGN, start);
    n->u.annassign.target = target;
    n->u.annassign.annotation = annotation;
    n->u.annassign.value = value;
    n->u.annassign.simple = target->kind == N_NAME && p->tokens[start_pos].kind == T_NAME;
    return n;
}

static Node *augmented_assignment(Parser *p, const Token *start, Node *target) {
    if (target->kind != N_NAME && target->kind != N_ATTRIBUTE && target->kind != N_SUBSCRIPT) {
        return parser_error_node(p, target, "'%s' is an illegal expression for augmented assignment",
                                 parser_target_name(target));
    }
    int op = augmented_op(parser_next(p)->kind);
    Node *value = yield_or_star_expressions(p);
    if (!value) {
        return NULL;
    }
    parser_target_set(p, target, TARGET_STORE);
    Node *n = parser_node_from(p, N_AUG_ASSIGN, start);
    n->u.augassign.target = target;
    n->u.augassign.op = op;
    n->u.augassign.value = value;
    return n;
}

// Checks one target of an assignment chain, just before its '='.
static bool assignment_target(Parser *p, Node *target, bool bare_yield, bool first, int start_pos) {
    if (bare_yield) {
        parser_error_node(p, target, "assignment to yield expression not possible");
        return false;
    }
    if (first && parser_target_invalid(target, TARGET_STORE) &&
        parser_expr_suggest_comparison(p, target, start_pos, p->pos)) {
        parser_error_node(p, target, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                          parser_target_name(target));
        return false;
    }
    return parser_target_set(p, target, TARGET_STORE);
}

static Node *expression_statement(Parser *p) {
    const Token *start = parser_peek(p);
    int start_pos = p->pos;
    bool bare_yield = start->kind == T_YIELD;
    Node *e = yield_or_star_expressions(p);
    if (!e) {
        return NULL;
    }
    TokenKind next = parser_peek(p)->kind;
    if (next == T_COLON) {
        return annotated_assignment(p, start, start_pos, e);
    }
    if (augmented_op(next) >= 0) {
        return augmented_assignment(p, start, e);
    }
    if (next != T_EQUAL) {
        Node *n = parser_node_from(p, N_EXPR_STMT, start);
        n->u.expr.value = e;
        return n;
    }
    Vec targets = {0};
    int target_pos = start_pos;
    while (parser_check(p, T_EQUAL)) {
        if (!assignment_target(p, e, bare_yield, targets.len == 0, target_pos)) {
            return NULL;
        }
        parser_vec_push_node(p, &targets, e);
        parser_next(p);
        target_pos = p->pos;
        bare_yield = parser_check(p, T_YIELD);
        if (!(e = yield_or_star_expressions(p))) {
            return NULL;
        }
    }
    Node *n = parser_node_from(p, N_ASSIGN, start);
    n->u.assign.targets = parser_vec_nodes(&targets);
    n->u.assign.value = e;
    return n;
}

// `del a, b[0], c.d`: a trailing comma and parentheses are allowed.
static Node *del_statement(Parser *p, const Token *start) {
    int first = p->pos;
    Node *e = parser_expr_star_expressions(p);
    if (!e) {
        return NULL;
    }
    Vec targets = {0};
    if (e->kind == N_TUPLE && !parser_expr_parenthesized(p, first, p->pos)) {
        for (int i = 0; i < e->u.list.elts.len; i++) {
            parser_vec_push_node(p, &targets, e->u.list.elts.items[i]);
        }
    } else {
        parser_vec_push_node(p, &targets, e);
    }
    for (int i = 0; i < targets.len; i++) {
        if (!parser_target_set(p, ((Node **)targets.items)[i], TARGET_DEL)) {
            return NULL;
        }
    }
    Node *n = parser_node_from(p, N_DELETE, start);
    n->u.del.targets = parser_vec_nodes(&targets);
    return n;
}

// a.b.c: returns the dotted text, or NULL after an error.
static const char *dotted_name(Parser *p) {
    const Token *first = parser_accept(p, T_NAME);
    if (!first) {
        return parser_syntax_error(p);
    }
    while (parser_check(p, T_DOT)) {
        parser_next(p);
        if (!parser_accept(p, T_NAME)) {
            return parser_syntax_error(p);
        }
    }
    // Rebuild the text without the spaces the source may have around dots.
    const Token *last = parser_prev(p);
    size_t len = 0;
    for (const Token *t = first; t <= last; t++) {
        len += (size_t)t->len;
    }
    char *s = arena_alloc(p->arena, len + 1), *w = s;
    for (const Token *t = first; t <= last; t++) {
        memcpy(w, t->start, (size_t)t->len);
        w += t->len;
    }
    return s;
}

// `name [as asname]`, where name is dotted for `import` and simple for `from`.
static bool import_alias(Parser *p, Vec *names, bool dotted) {
    const Token *start = parser_peek(p);
    const char *name;
    if (dotted) {
        name = dotted_name(p);
    } else {
        name = parser_accept(p, T_NAME) ? parser_token_text(p, start) : parser_syntax_error(p);
    }
    if (!name) {
        return false;
    }
    const char *asname = NULL;
    if (parser_accept(p, T_AS)) {
        const Token *t = parser_accept(p, T_NAME);
        if (!t) {
            parser_syntax_error(p);
            return false;
        }
        asname = parser_token_text(p, t);
    }
    const Token *end = parser_prev(p);
    Alias *a = parser_vec_push(p, names, sizeof(Alias));
    *a = (Alias){.name = name, .asname = asname, .line = start->line, .col = start->col,
                 .end_line = end->end_line, .end_col = end->end_col};
    return true;
}

static Node *import_statement(Parser *p, const Token *start) {
    Vec names = {0};
    do {
        if (!import_alias(p, &names, true)) {
            return NULL;
        }
    } while (parser_accept(p, T_COMMA));
    Node *n = parser_node_from(p, N_IMPORT, start);
    n->u.import.names = names.items;
    n->u.import.nnames = names.len;
    return n;
}

// What follows `from module import`: `*`, names, or names in parentheses.
static bool import_from_names(Parser *p, Vec *names) {
    const Token *star = parser_accept(p, T_STAR);
    if (star) {
        Alias *a = parser_vec_push(p, names, sizeof(Alias));
        *a = (Alias){.name = "*", .line = star->line, .col = star->col,
                     .end_line = star->end_line, .end_col = star->end_col};
        return true;
    }
    bool parens = parser_accept(p, T_LPAR) != NULL;
    do {
        if (parens && names->len > 0 && parser_check(p, T_RPAR)) {
            break;
        }
        if (!parens && names->len > 0 && parser_check(p, T_NEWLINE)) {
            parser_error_last(p, PERR_SYNTAX,
                              "trailing comma not allowed without surrounding parentheses");
            return false;
        }
        if (!import_alias(p, names, false)) {
            return false;
        }
    } while (parser_accept(p, T_COMMA));
    if (parens && !parser_accept(p, T_RPAR)) {
        parser_syntax_error(p);
        return false;
    }
    return true;
}

static Node *from_statement(Parser *p, const Token *start) {
    int level = 0;
    for (;;) {
        if (parser_accept(p, T_DOT)) {
            level += 1;
        } else if (parser_accept(p, T_ELLIPSIS)) {
            level += 3;
        } else {
            break;
        }
    }
    const char *module = NULL;
    if (level == 0 || !parser_check(p, T_IMPORT)) {
        if (!(module = dotted_name(p))) {
            return NULL;
        }
    }
    if (!parser_accept(p, T_IMPORT)) {
        return parser_syntax_error(p);
    }
    Vec names = {0};
    if (!import_from_names(p, &names)) {
        return NULL;
    }
    Node *n = parser_node_from(p, N_IMPORT_FROM, start);
    n->u.import_from.module = module;
    n->u.import_from.names = names.items;
    n->u.import_from.nnames = names.len;
    n->u.import_from.level = level;
    return n;
}

static Node *global_statement(Parser *p, const Token *start, NodeKind kind) {
    Vec names = {0};
    do {
        const Token *t = parser_accept(p, T_NAME);
        if (!t) {
            return parser_syntax_error(p);
        }
        *(const char **)parser_vec_push(p, &names, sizeof(char *)) = parser_token_text(p, t);
    } while (parser_accept(p, T_COMMA));
    Node *n = parser_node_from(p, kind, start);
    n->u.global.names = names.items;
    n->u.global.nnames = names.len;
    return n;
}

static bool at_statement_end(Parser *p) {
    TokenKind k = parser_peek(p)->kind;
    return k == T_NEWLINE || k == T_SEMI;
}

static Node *raise_statement(Parser *p, const Token *start) {
    Node *exc = NULL, *cause = NULL;
    if (!at_statement_end(p)) {
        if (!(exc = parser_expr_expression(p))) {
            return NULL;
        }
        if (parser_accept(p, T_FROM) && !(cause = parser_expr_expression(p))) {
            return NULL;
        }
    }
    Node *n = parser_node_from(p, N_RAISE, start);
    n->u.raise.exc = exc;
    n->u.raise.cause = cause;
    return n;
}

static Node *simple_statement(Parser *p) {
    const Token *start = parser_peek(p);
    Node *n;
    switch (start->kind) {
    case T_PASS:
    case T_BREAK:
    case T_CONTINUE:
        parser_next(p);
        return parser_node_from(p, start->kind == T_PASS    ? N_PASS
                                   : start->kind == T_BREAK ? N_BREAK
                                                            : N_CONTINUE,
                                start);
    case T_RETURN: {
        parser_next(p);
        Node *value = NULL;
        if (!at_statement_end(p) && !(value = parser_expr_star_expressions(p))) {
            return NULL;
        }
        n = parser_node_from(p, N_RETURN, start);
        n->u.expr.value = value;
        return n;
    }
    case T_RAISE:
        parser_next(p);
        return raise_statement(p, start);
    case T_GLOBAL:
    case T_NONLOCAL:
        parser_next(p);
        return global_statement(p, start, start->kind == T_GLOBAL ? N_GLOBAL : N_NONLOCAL);
    case T_DEL:
        parser_next(p);
        return del_statement(p, start);
    case T_ASSERT: {
        parser_next(p);
        Node *test = parser_expr_expression(p), *msg = NULL;
        if (!test || (parser_accept(p, T_COMMA) && !(msg = parser_expr_expression(p)))) {
            return NULL;
        }
        n = parser_node_from(p, N_ASSERT, start);
        n->u.assert_.test = test;
        n->u.assert_.msg = msg;
        return n;
    }
    case T_IMPORT:
        parser_next(p);
        return import_statement(p, start);
    case T_FROM:
        parser_next(p);
        return from_statement(p, start);
    default:
        return expression_statement(p);
    }
}

// simple_stmt (';' simple_stmt)* [';'] NEWLINE
static bool simple_statements(Parser *p, Vec *out) {
    for (;;) {
        Node *s = simple_statement(p);
        if (!s) {
            return false;
        }
        parser_vec_push_node(p, out, s);
        if (!parser_accept(p, T_SEMI) || parser_check(p, T_NEWLINE)) {
            break;
        }
    }
    if (!parser_accept(p, T_NEWLINE)) {
        parser_syntax_error(p);
        return false;
    }
    return true;
}

// --- compound statements ----------------------------------------------------------------

static Node *if_statement(Parser *p, const Token *start, const char *what) {
    Node *test = parser_expr_named(p);
    NodeList body, orelse = {0};
    if (!test || !colon(p, false) || !block(p, &body, start, what)) {
        return NULL;
    }
    const Token *t = parser_peek(p);
    if (t->kind == T_ELIF) {
        parser_next(p);
        Node *elif = if_statement(p, t, "'elif' statement");
        if (!elif) {
            return NULL;
        }
        Vec v = {0};
        parser_vec_push_node(p, &v, elif);
        orelse = parser_vec_nodes(&v);
    } else if (t->kind == T_ELSE) {
        parser_next(p);
        if (!colon(p, true) || !block(p, &orelse, t, "'else' statement")) {
            return NULL;
        }
    }
    Node *n = compound_node(p, N_IF, start);
    n->u.if_.test = test;
    n->u.if_.body = body;
    n->u.if_.orelse = orelse;
    return n;
}

// The optional `else:` block of a loop.
static bool loop_else(Parser *p, NodeList *orelse) {
    const Token *t = parser_accept(p, T_ELSE);
    *orelse = (NodeList){0};
    return !t || (colon(p, true) && block(p, orelse, t, "'else' statement"));
}

static Node *while_statement(Parser *p, const Token *start) {
    Node *test = parser_expr_named(p);
    NodeList body, orelse;
    if (!test || !colon(p, false) || !block(p, &body, start, "'while' statement") ||
        !loop_else(p, &orelse)) {
        return NULL;
    }
    Node *n = compound_node(p, N_WHILE, start);
    n->u.while_.test = test;
    n->u.while_.body = body;
    n->u.while_.orelse = orelse;
    return n;
}

static Node *for_statement(Parser *p, const Token *start, const Token *keyword, bool is_async) {
    Node *target = parser_expr_for_target(p);
    if (!target) {
        return NULL;
    }
    Node *iter = parser_expr_star_expressions(p);
    NodeList body, orelse;
    if (!iter || !colon(p, false) || !block(p, &body, keyword, "'for' statement") ||
        !loop_else(p, &orelse)) {
        return NULL;
    }
    Node *n = compound_node(p, N_FOR, start);
    n->u.for_.target = target;
    n->u.for_.iter = iter;
    n->u.for_.body = body;
    n->u.for_.orelse = orelse;
    n->u.for_.is_async = is_async;
    return n;
}

// `expression [as target]`, `inside` the parentheses of the 3.10 form or
// not. A bad target is an error in either reading of the parentheses:
// *committed is then set so that the error stays.
static bool with_item(Parser *p, Vec *items, bool inside, bool *committed) {
    Node *e = parser_expr_expression(p);
    if (!e) {
        return false;
    }
    Node *target = NULL;
    if (parser_accept(p, T_AS)) {
        target = parser_check(p, T_STAR) ? parser_expr_star_named(p) : parser_expr_expression(p);
        if (!target) {
            return false;
        }
        // At a line end the missing ':' is what gets reported.
        TokenKind next = parser_peek(p)->kind;
        if (next != T_COMMA && next != T_COLON && next != T_NEWLINE &&
            !(inside && next == T_RPAR)) {
            parser_syntax_error(p);
            return false;
        }
        if (!parser_target_set(p, target, TARGET_STORE)) {
            *committed = true;
            return false;
        }
    }
    WithItem *w = parser_vec_push(p, items, sizeof(WithItem));
    w->context_expr = e;
    w->optional_vars = target;
    return true;
}

// `with (a as b, c as d):`, the parenthesized form of Python 3.10. When
// the parentheses turn out to belong to the first expression instead
// (`with (a, b) as c:`), the parser goes back and reads them that way and
// this returns false; it returns true when it read the items, or reported
// an error that stands either way.
static bool parenthesized_with_items(Parser *p, Vec *items) {
    ParserMark m = parser_mark(p, false);
    bool committed = false;
    parser_next(p);
    if (!parser_check(p, T_YIELD)) {
        do {
            if (items->len > 0 && parser_check(p, T_RPAR)) {
                break;
            }
            if (!with_item(p, items, true, &committed)) {
                break;
            }
        } while (parser_accept(p, T_COMMA));
        if (committed || (!p->failed && parser_accept(p, T_RPAR) &&
                          (parser_check(p, T_COLON) || parser_check(p, T_NEWLINE)))) {
            return true;
        }
    }
    parser_reset(p, m, true);
    *items = (Vec){0};
    return false;
}

static Node *with_statement(Parser *p, const Token *start, const Token *keyword, bool is_async) {
    Vec items = {0};
    bool committed = false;
    if (!(parser_check(p, T_LPAR) && parenthesized_with_items(p, &items))) {
        do {
            if (!with_item(p, &items, false, &committed)) {
                return NULL;
            }
        } while (parser_accept(p, T_COMMA));
    }
    if (p->failed) {
        return NULL;
    }
    NodeList body;
    if (!colon(p, false) || !block(p, &body, keyword, "'with' statement")) {
        return NULL;
    }
    Node *n = compound_node(p, N_WITH, start);
    n->u.with.items = items.items;
    n->u.with.nitems = items.len;
    n->u.with.body = body;
    n->u.with.is_async = is_async;
    return n;
}

static bool except_clause(Parser *p, Vec *handlers) {
    const Token *start = parser_next(p);
    if (parser_check(p, T_STAR)) {
        parser_error_token(p, parser_peek(p), "'except*' is not supported");
        return false;
    }
    Node *type = NULL;
    const char *name = NULL;
    if (!parser_check(p, T_COLON) && !parser_check(p, T_NEWLINE)) {
        if (!(type = parser_expr_expression(p))) {
            return false;
        }
        if (parser_check(p, T_COMMA)) {
            parser_error_node(p, type, "multiple exception types must be parenthesized");
            return false;
        }
        if (parser_accept(p, T_AS)) {
            const Token *t = parser_accept(p, T_NAME);
            if (!t) {
                parser_syntax_error(p);
                return false;
            }
            name = parser_token_text(p, t);
        }
    }
    NodeList body;
    if (!colon(p, false) || !block(p, &body, start, "'except' statement")) {
        return false;
    }
    const Token *end = parser_prev_significant(p);
    ExceptHandler *h = parser_vec_push(p, handlers, sizeof(ExceptHandler));
    *h = (ExceptHandler){.type = type, .name = name, .body = body, .line = start->line,
                         .col = start->col, .end_line = end->end_line, .end_col = end->end_col};
    return true;
}

static Node *try_statement(Parser *p, const Token *start) {
    NodeList body, orelse = {0}, finalbody = {0};
    if (!colon(p, true) || !block(p, &body, start, "'try' statement")) {
        return NULL;
    }
    Vec handlers = {0};
    while (parser_check(p, T_EXCEPT)) {
        if (!except_clause(p, &handlers)) {
            return NULL;
        }
    }
    const Token *t;
    if (handlers.len > 0 && (t = parser_accept(p, T_ELSE))) {
        if (!colon(p, true) || !block(p, &orelse, t, "'else' statement")) {
            return NULL;
        }
    }
    if ((t = parser_accept(p, T_FINALLY))) {
        if (!colon(p, true) || !block(p, &finalbody, t, "'finally' statement")) {
            return NULL;
        }
    } else if (handlers.len == 0) {
        return parser_error_last(p, PERR_SYNTAX, "expected 'except' or 'finally' block");
    }
    Node *n = compound_node(p, N_TRY, start);
    n->u.try_.body = body;
    n->u.try_.handlers = handlers.items;
    n->u.try_.nhandlers = handlers.len;
    n->u.try_.orelse = orelse;
    n->u.try_.finalbody = finalbody;
    return n;
}

static Node *function_def(Parser *p, const Token *start, NodeList decorators, bool is_async) {
    const Token *keyword = parser_next(p);
    const Token *name = parser_accept(p, T_NAME);
    if (!name) {
        return parser_syntax_error(p);
    }
    if (!parser_accept(p, T_LPAR)) {
        return parser_error_token(p, parser_peek(p), "expected '('");
    }
    Arguments *args = parser_args_params(p, false);
    if (!args) {
        return NULL;
    }
    if (!parser_accept(p, T_RPAR)) {
        return parser_syntax_error(p);
    }
    Node *returns = NULL;
    if (parser_check(p, T_RARROW)) {
        // When no annotation follows the arrow, CPython drops the arrow
        // and reports the ':' missing there, unless the annotation had a
        // specific mistake.
        ParserMark m = parser_mark(p, false);
        parser_next(p);
        returns = parser_expr_expression(p);
        if (!returns) {
            if (!parser_failed_generic(p)) {
                return NULL;
            }
            parser_reset(p, m, true);
        }
    }
    NodeList body;
    if (!colon(p, true) || !block(p, &body, keyword, "function definition")) {
        return NULL;
    }
    Node *n = compound_node(p, N_FUNCTION_DEF, start);
    n->u.funcdef.name = parser_token_text(p, name);
    n->u.funcdef.args = args;
    n->u.funcdef.body = body;
    n->u.funcdef.decorators = decorators;
    n->u.funcdef.returns = returns;
    n->u.funcdef.is_async = is_async;
    return n;
}

static Node *class_def(Parser *p, NodeList decorators) {
    const Token *start = parser_next(p);
    const Token *name = parser_accept(p, T_NAME);
    if (!name) {
        return parser_syntax_error(p);
    }
    // The bases and keywords are parsed as the arguments of a call.
    Node call = {.kind = N_CALL};
    const Token *open = parser_accept(p, T_LPAR);
    if (open && !parser_args_call(p, &call, false)) {
        return NULL;
    }
    NodeList body;
    if (!colon(p, false) || !block(p, &body, start, "class definition")) {
        return NULL;
    }
    Node *n = compound_node(p, N_CLASS_DEF, start);
    n->u.classdef.name = parser_token_text(p, name);
    n->u.classdef.bases = call.u.call.args;
    n->u.classdef.keywords = call.u.call.keywords;
    n->u.classdef.nkeywords = call.u.call.nkeywords;
    n->u.classdef.body = body;
    n->u.classdef.decorators = decorators;
    return n;
}

static Node *decorated(Parser *p) {
    Vec decorators = {0};
    while (parser_accept(p, T_AT)) {
        Node *d = parser_expr_named(p);
        if (!d) {
            return NULL;
        }
        if (!parser_accept(p, T_NEWLINE)) {
            return parser_syntax_error(p);
        }
        parser_vec_push_node(p, &decorators, d);
    }
    NodeList list = parser_vec_nodes(&decorators);
    const Token *t = parser_peek(p);
    if (t->kind == T_DEF) {
        return function_def(p, t, list, false);
    }
    if (t->kind == T_CLASS) {
        return class_def(p, list);
    }
    if (t->kind == T_ASYNC && parser_peek_at(p, 1)->kind == T_DEF) {
        parser_next(p);
        return function_def(p, t, list, true);
    }
    return parser_syntax_error(p);
}

static Node *async_statement(Parser *p) {
    const Token *start = parser_next(p);
    const Token *t = parser_peek(p);
    switch (t->kind) {
    case T_DEF:
        return function_def(p, start, (NodeList){0}, true);
    case T_FOR:
        parser_next(p);
        return for_statement(p, start, t, true);
    case T_WITH:
        parser_next(p);
        return with_statement(p, start, t, true);
    default:
        return parser_syntax_error(p);
    }
}

static Node *compound_statement(Parser *p) {
    const Token *t = parser_peek(p);
    switch (t->kind) {
    case T_IF:
        parser_next(p);
        return if_statement(p, t, "'if' statement");
    case T_WHILE:
        parser_next(p);
        return while_statement(p, t);
    case T_FOR:
        parser_next(p);
        return for_statement(p, t, t, false);
    case T_WITH:
        parser_next(p);
        return with_statement(p, t, t, false);
    case T_TRY:
        parser_next(p);
        return try_statement(p, t);
    case T_DEF:
    case T_CLASS:
    case T_AT:
        return decorated(p);
    default:
        return async_statement(p);
    }
}

// `match subject:` followed by an indented block. `match` is a keyword
// only there, so `match = 1` and `match(x)` stay ordinary statements.
static bool match_statement(Parser *p) {
    const Token *t = parser_peek(p);
    if (t->kind != T_NAME || t->len != 5 || memcmp(t->start, "match", 5) != 0) {
        return false;
    }
    int i = p->pos + 1;
    while (i + 1 < p->ntokens && p->tokens[i].kind != T_NEWLINE) {
        i++;
    }
    return i > p->pos + 1 && p->tokens[i - 1].kind == T_COLON && i + 1 < p->ntokens &&
           p->tokens[i + 1].kind == T_INDENT;
}

bool parser_stmt_one(Parser *p, Vec *out) {
    if (match_statement(p)) {
        // The one statement of Python 3.11 this interpreter leaves out.
        parser_error_token(p, parser_peek(p), "match statements are not supported");
        return false;
    }
    switch (parser_peek(p)->kind) {
    case T_IF: case T_WHILE: case T_FOR: case T_WITH: case T_TRY: case T_DEF: case T_CLASS:
    case T_AT: case T_ASYNC: {
        // Each nested block costs a level: deep nesting must not
        // overflow the C stack either.
        if (!parser_enter(p)) {
            return false;
        }
        Node *n = compound_statement(p);
        parser_leave(p);
        if (!n) {
            return false;
        }
        parser_vec_push_node(p, out, n);
        return true;
    }
    default:
        return simple_statements(p, out);
    }
}
