// The parser's entry point and the machinery all its rules share: reading
// tokens, building nodes with positions, nesting limits and errors (see
// interp/parser_internal.h for the map of the parser's files).
//
// Which error is reported follows CPython 3.11, whose parser runs twice:
// a fast pass, and after a failure a second pass that looks for specific
// mistakes ("expected ':'", "Perhaps you forgot a comma?"). When nothing
// specific matches, the error is "invalid syntax" at the furthest token
// the first pass looked at; this parser keeps that token in p->furthest.
// The lexer has already run to the end (or to its first error), so the
// error finally reported is chosen in parser_pick_error(): a lexer error wins
// when the parser got as far as it, or when CPython's tokenizer would have
// raised it anyway (see interp/lexer.h).
#include "interp/parser_internal.h"

// --- growable arrays ----------------------------------------------------------------

void *parser_vec_push(Parser *p, Vec *v, size_t item_size) {
    if (v->len == v->cap) {
        int cap = v->cap ? v->cap * 2 : 4;
        void *items = arena_alloc(p->arena, (size_t)cap * item_size);
        if (v->len) {
            memcpy(items, v->items, (size_t)v->len * item_size);
        }
        v->items = items;
        v->cap = cap;
    }
    return (char *)v->items + (size_t)v->len++ * item_size;
}

void parser_vec_push_node(Parser *p, Vec *v, Node *n) {
    *(Node **)parser_vec_push(p, v, sizeof(Node *)) = n;
}

NodeList parser_vec_nodes(const Vec *v) {
    return (NodeList){.items = v->items, .len = v->len};
}

// --- tokens --------------------------------------------------------------------------

const Token *parser_peek_at(Parser *p, int k) {
    int i = p->pos + k;
    if (i >= p->ntokens) {
        i = p->ntokens - 1;
    }
    if (i > p->furthest) {
        p->furthest = i;
    }
    if (i > p->seen) {
        p->seen = i;
    }
    return &p->tokens[i];
}

const Token *parser_peek(Parser *p) {
    return parser_peek_at(p, 0);
}

bool parser_check(Parser *p, TokenKind kind) {
    return parser_peek(p)->kind == kind;
}

const Token *parser_next(Parser *p) {
    const Token *t = parser_peek(p);
    // The last token (ENDMARKER or ERRORTOKEN) is never stepped over.
    if (p->pos < p->ntokens - 1) {
        p->pos++;
    }
    return t;
}

const Token *parser_accept(Parser *p, TokenKind kind) {
    return parser_check(p, kind) ? parser_next(p) : NULL;
}

const Token *parser_prev(const Parser *p) {
    return &p->tokens[p->pos > 0 ? p->pos - 1 : 0];
}

const Token *parser_prev_significant(const Parser *p) {
    int i = p->pos - 1;
    while (i > 0 && (p->tokens[i].kind == T_NEWLINE || p->tokens[i].kind == T_INDENT ||
                     p->tokens[i].kind == T_DEDENT)) {
        i--;
    }
    return &p->tokens[i > 0 ? i : 0];
}

// --- nodes -----------------------------------------------------------------------------

Node *parser_node_from(Parser *p, NodeKind kind, const Token *start) {
    const Token *end = parser_prev(p);
    return node_new(p->arena, kind, start->line, start->col, end->end_line, end->end_col);
}

char *parser_token_text(Parser *p, const Token *t) {
    return arena_strndup(p->arena, t->start, (size_t)t->len);
}

bool parser_enter(Parser *p) {
    if (++p->depth > PARSER_MAX_DEPTH) {
        parser_error_token(p, parser_peek(p),
                           "too deeply nested: more than %d levels of brackets, operators "
                           "or blocks",
                           PARSER_MAX_DEPTH);
        return false;
    }
    return true;
}

void parser_leave(Parser *p) {
    p->depth--;
}

// --- errors -----------------------------------------------------------------------------

static void *verror(Parser *p, ParseErrorKind kind, int line, int col, int end_line, int end_col,
                    const char *fmt, va_list ap) {
    if (p->failed) {
        return NULL;
    }
    p->failed = true;
    p->generic = false;
    ParseError *e = &p->err;
    int n = 0;
    if (p->in_fstring) {
        n = snprintf(e->msg, sizeof e->msg, "f-string: ");
        if (line == p->fstring_line) {
            col = col - p->fstring_col + 1;
        }
        if (end_line == p->fstring_line) {
            end_col = end_col - p->fstring_col + 1;
        }
    }
    vsnprintf(e->msg + n, sizeof e->msg - (size_t)n, fmt, ap);
    e->kind = kind;
    e->line = line;
    e->col = col;
    e->end_line = end_line;
    e->end_col = end_col;
    // More input could still fix a mistake found at the very end.
    e->incomplete = p->tokens[p->furthest].at_eof;
    return NULL;
}

void *parser_error_at(Parser *p, ParseErrorKind kind, int line, int col, int end_line,
                      int end_col, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    verror(p, kind, line, col, end_line, end_col, fmt, ap);
    va_end(ap);
    return NULL;
}

void *parser_error_token(Parser *p, const Token *t, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    verror(p, PERR_SYNTAX, t->line, t->col, t->end_line, t->end_col, fmt, ap);
    va_end(ap);
    return NULL;
}

void *parser_error_node(Parser *p, const Node *n, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    verror(p, PERR_SYNTAX, n->line, n->col, n->end_line, n->end_col, fmt, ap);
    va_end(ap);
    return NULL;
}

void *parser_error_range(Parser *p, const Node *first, const Node *last, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    verror(p, PERR_SYNTAX, first->line, first->col, last->end_line, last->end_col, fmt, ap);
    va_end(ap);
    return NULL;
}

void *parser_error_last(Parser *p, ParseErrorKind kind, const char *fmt, ...) {
    const Token *t = &p->tokens[p->furthest];
    // INDENT, DEDENT and ENDMARKER have no text; CPython points just
    // before its read position, which their columns record.
    bool textless = t->kind == T_INDENT || t->kind == T_DEDENT || t->kind == T_ENDMARKER;
    int col = textless && !p->in_fstring ? t->col - 1 : t->col;
    va_list ap;
    va_start(ap, fmt);
    verror(p, kind, t->line, col, t->end_line, t->end_col, fmt, ap);
    va_end(ap);
    return NULL;
}

bool parser_failed_generic(const Parser *p) {
    return p->failed && p->generic;
}

void *parser_syntax_error(Parser *p) {
    const Token *t = &p->tokens[p->furthest];
    if (p->failed) {
        return NULL;
    }
    switch (t->kind) {
    case T_INDENT:
    case T_DEDENT:
        // CPython points at the last character of the indentation, and
        // reports these without looking further for lexer errors.
        parser_error_at(p, PERR_INDENTATION, t->line, t->col - 1, t->line, -1,
                        t->kind == T_INDENT ? "unexpected indent" : "unexpected unindent");
        p->unexpected_indent = true;
        break;
    case T_ENDMARKER:
        // CPython has no column for the end of input here. In an f-string
        // field the end is the closing parenthesis CPython adds.
        if (!p->in_fstring) {
            parser_error_at(p, PERR_SYNTAX, t->line, -1, t->line, -1, "invalid syntax");
            break;
        }
        parser_error_token(p, t, "invalid syntax");
        break;
    default:
        parser_error_token(p, t, "invalid syntax");
        break;
    }
    p->generic = true;
    return NULL;
}

ParserMark parser_mark(Parser *p, bool plain) {
    ParserMark m = {.pos = p->pos, .furthest = p->furthest, .depth = p->depth,
                    .failed = p->failed, .plain = p->plain};
    p->plain = p->plain || plain;
    return m;
}

void parser_reset(Parser *p, ParserMark m, bool keep_furthest) {
    p->pos = m.pos;
    p->depth = m.depth;
    p->failed = m.failed;
    p->plain = m.plain;
    if (!keep_furthest) {
        p->furthest = m.furthest;
    }
}

// --- the three kinds of input ----------------------------------------------------------

static Node *parse_file(Parser *p) {
    Vec body = {0};
    while (!parser_check(p, T_ENDMARKER)) {
        if (!parser_stmt_one(p, &body)) {
            return NULL;
        }
    }
    Node *m = node_new(p->arena, N_MODULE, 1, 0, 1, 0);
    m->u.module.body = parser_vec_nodes(&body);
    return m;
}

// Whether the text ends with a line holding only spaces (or nothing),
// the REPL's signal that a compound statement is finished.
static bool ends_with_blank_line(const char *src, size_t len) {
    const char *e = src + len;
    if (e > src && e[-1] == '\n') {
        e--;
    }
    while (e > src && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r' || e[-1] == '\f')) {
        e--;
    }
    return e > src && e[-1] == '\n';
}

static Node *parse_single(Parser *p) {
    Vec body = {0};
    if (!parser_check(p, T_ENDMARKER)) {
        if (!parser_stmt_one(p, &body)) {
            return NULL;
        }
        if (!parser_check(p, T_ENDMARKER)) {
            return parser_error_token(p, parser_prev(p),
                                      "multiple statements found while compiling a single statement");
        }
    }
    Node *m = node_new(p->arena, N_INTERACTIVE, 1, 0, 1, 0);
    m->u.module.body = parser_vec_nodes(&body);
    return m;
}

// eval() input: expressions, a tuple when there are commas, and nothing else.
static Node *parse_eval(Parser *p) {
    const Token *start = parser_peek(p);
    Node *e = parser_expr_expression(p);
    if (!e) {
        return NULL;
    }
    if (parser_check(p, T_COMMA)) {
        Vec elts = {0};
        parser_vec_push_node(p, &elts, e);
        while (parser_accept(p, T_COMMA) && !parser_check(p, T_NEWLINE) &&
               !parser_check(p, T_ENDMARKER)) {
            if (!(e = parser_expr_expression(p))) {
                return NULL;
            }
            parser_vec_push_node(p, &elts, e);
        }
        e = parser_node_from(p, N_TUPLE, start);
        e->u.list.elts = parser_vec_nodes(&elts);
    }
    while (parser_accept(p, T_NEWLINE)) {
    }
    if (!parser_check(p, T_ENDMARKER)) {
        return parser_syntax_error(p);
    }
    Node *m = node_new(p->arena, N_EXPRESSION, 1, 0, 1, 0);
    m->u.expr.value = e;
    return m;
}

void parser_pick_error(const Lexer *lx, const Parser *p, ParseError *err) {
    *err = p->err;
    if (!lx->failed) {
        return;
    }
    // Reading the lexer's error token, even while trying an alternative,
    // raises its error in CPython.
    bool reached = p->seen == p->ntokens - 1;
    // CPython checks for an unclosed bracket when the last token it read
    // lies on a later line than the bracket.
    bool unclosed_before = lx->eof_in_brackets && p->tokens[p->seen].line > lx->error.line;
    if (reached || (!p->unexpected_indent && (lx->error_overrides || unclosed_before))) {
        *err = lx->error;
    }
}

// A REPL input ending in a blank line is finished: a block still missing
// there is an error, not a reason to read more. Only an open bracket,
// string or backslash (the lexer's errors) still asks for more.
static bool finished_input(const Lexer *lx, ParseMode mode, const char *src, size_t len) {
    return mode == PARSE_SINGLE && !lx->failed && ends_with_blank_line(src, len);
}

Node *parse_source(Arena *arena, const char *src, size_t len, ParseMode mode, ParseError *err) {
    Lexer lx;
    lexer_init(&lx, src, len);
    lexer_run(&lx);
    Parser p = {.arena = arena, .tokens = lx.tokens, .ntokens = lx.ntokens};
    Node *root;
    switch (mode) {
    case PARSE_SINGLE:
        root = parse_single(&p);
        break;
    case PARSE_EVAL:
        root = parse_eval(&p);
        break;
    default:
        root = parse_file(&p);
        break;
    }
    if (!root) {
        if (!p.failed) {
            parser_syntax_error(&p);
        }
        parser_pick_error(&lx, &p, err);
        if (finished_input(&lx, mode, src, len)) {
            err->incomplete = false;
        }
    }
    lexer_free(&lx);
    return root;
}
