// Expressions, from the loosest binding to the tightest:
//
//   star_expressions  a, *b, c            (a tuple when there is a comma)
//   named_expression  x := value          (where the grammar allows it)
//   expression        a if b else c, lambda
//   disjunction       a or b      conjunction  a and b      inversion  not a
//   comparison        a < b <= c, in, not in, is, is not
//   bitwise_or        | ^ & << >> + - * / // % @   (precedence climbing)
//   factor            -a +a ~a    power  a ** b    await_primary  await a
//   primary           a.b  a(...)  a[...]
//   atom              names, numbers, strings, ( ) [ ] { }, ...
//
// Besides building nodes, this file recognises the slips CPython 3.11
// explains specially: two expressions side by side inside brackets
// ("Perhaps you forgot a comma?"), `print x`, `if x = 1:` and the like.
// Each check runs only where valid code cannot reach, so it never changes
// how a correct program parses.
#include "interp/parser_internal.h"

#include <errno.h>

static Node *atom(Parser *p);
static Node *factor(Parser *p);
static Node *disjunction(Parser *p);

// --- small helpers -----------------------------------------------------------------------

static Node *constant(Parser *p, ConstKind kind, const Token *t) {
    Node *n = parser_node_from(p, N_CONSTANT, t);
    n->u.constant.kind = kind;
    return n;
}

static Node *name_node(Parser *p, const Token *t, ExprCtx ctx) {
    Node *n = parser_node_from(p, N_NAME, t);
    n->u.name.id = parser_token_text(p, t);
    n->u.name.ctx = ctx;
    return n;
}

// Tokens that can begin an expression (star_expression).
static bool starts_expression(TokenKind k) {
    switch (k) {
    case T_NAME: case T_NUMBER: case T_STRING: case T_LPAR: case T_LSQB: case T_LBRACE:
    case T_MINUS: case T_PLUS: case T_TILDE: case T_STAR: case T_NOT: case T_LAMBDA:
    case T_AWAIT: case T_NONE: case T_TRUE: case T_FALSE: case T_ELLIPSIS:
        return true;
    default:
        return false;
    }
}

int parser_expr_matching_bracket(const Parser *p, int open) {
    int depth = 0;
    for (int i = open; i < p->ntokens; i++) {
        TokenKind k = p->tokens[i].kind;
        if (k == T_LPAR || k == T_LSQB || k == T_LBRACE) {
            depth++;
        } else if (k == T_RPAR || k == T_RSQB || k == T_RBRACE) {
            if (--depth == 0) {
                return i;
            }
        }
    }
    return -1;
}

bool parser_expr_parenthesized(const Parser *p, int start, int end) {
    return p->tokens[start].kind == T_LPAR && parser_expr_matching_bracket(p, start) == end - 1;
}

// Whether the tokens from `start` begin a list display, a parenthesized
// tuple or a generator expression.
static bool starts_with_display(const Parser *p, int start) {
    TokenKind open = p->tokens[start].kind;
    if (open != T_LPAR && open != T_LSQB) {
        return false;
    }
    int close = parser_expr_matching_bracket(p, start);
    if (close < 0) {
        return false;
    }
    bool comma = false, comprehension = false;
    int depth = 0;
    for (int i = start + 1; i < close; i++) {
        TokenKind k = p->tokens[i].kind;
        depth += (k == T_LPAR || k == T_LSQB || k == T_LBRACE);
        depth -= (k == T_RPAR || k == T_RSQB || k == T_RBRACE);
        comma = comma || (depth == 0 && k == T_COMMA);
        comprehension = comprehension || (depth == 0 && k == T_FOR);
    }
    if (open == T_LSQB) {
        return !comprehension;
    }
    return close == start + 1 || comma || comprehension;
}

// Whether an expression of this kind binds at least as tightly as '|'
// (CPython's bitwise_or), parentheses aside.
static bool is_bitwise_or(const Node *e) {
    switch (e->kind) {
    case N_COMPARE: case N_BOOL_OP: case N_IF_EXP: case N_LAMBDA: case N_STARRED:
    case N_NAMED_EXPR: case N_YIELD: case N_YIELD_FROM: case N_TUPLE:
        return false;
    case N_UNARY_OP:
        return e->u.unary.op != AST_NOT;
    default:
        return true;
    }
}

bool parser_expr_suggest_comparison(Parser *p, const Node *e, int start, int end) {
    TokenKind first = p->tokens[start].kind;
    if (first == T_TRUE || first == T_FALSE || first == T_NONE || starts_with_display(p, start)) {
        return false;
    }
    if (!is_bitwise_or(e) && !parser_expr_parenthesized(p, start, end)) {
        return false;
    }
    // The value after '=' must be an operand not followed by another '='.
    ParserMark m = parser_mark(p, true);
    parser_next(p);
    bool operand = parser_expr_bitwise_or(p) != NULL;
    TokenKind next = parser_peek(p)->kind;
    parser_reset(p, m, false);
    return operand && next != T_EQUAL && next != T_COLONEQUAL;
}

// --- numbers ---------------------------------------------------------------------------

// A copy of the literal without its '_' separators.
static char *number_text(Parser *p, const Token *t, size_t *len) {
    char *s = arena_alloc(p->arena, (size_t)t->len + 1);
    size_t n = 0;
    for (int i = 0; i < t->len; i++) {
        if (t->start[i] != '_') {
            s[n++] = t->start[i];
        }
    }
    *len = n;
    return s;
}

static Node *number(Parser *p) {
    const Token *t = parser_next(p);
    size_t len;
    char *s = number_text(p, t, &len);
    int base = 10;
    const char *digits = s;
    if (len > 1 && s[0] == '0' && strchr("xXoObB", s[1])) {
        base = (s[1] | 0x20) == 'x' ? 16 : (s[1] | 0x20) == 'o' ? 8 : 2;
        digits = s + 2;
    } else if ((s[len - 1] | 0x20) == 'j') {
        Node *n = constant(p, CONST_IMAG, t);
        s[len - 1] = '\0';
        n->u.constant.f = strtod(s, NULL);
        return n;
    } else if (strpbrk(s, ".eE")) {
        Node *n = constant(p, CONST_FLOAT, t);
        n->u.constant.f = strtod(s, NULL);
        return n;
    }
    errno = 0;
    unsigned long long v = strtoull(digits, NULL, base);
    if (errno == 0 && v <= INT64_MAX) {
        Node *n = constant(p, CONST_INT, t);
        n->u.constant.i = (int64_t)v;
        return n;
    }
    // CPython refuses to convert long decimal strings to int (a guard
    // against quadratic time), and so it refuses long decimal literals.
    size_t ndigits = strlen(digits);
    if (base == 10 && ndigits > 4300) {
        return parser_error_at(p, PERR_SYNTAX, t->line, -1, t->line, -1,
                               "Exceeds the limit (4300 digits) for integer string conversion: "
                               "value has %zu digits; use sys.set_int_max_str_digits() to "
                               "increase the limit - Consider hexadecimal for huge integer "
                               "literals to avoid decimal conversion limits.",
                               ndigits);
    }
    Node *n = constant(p, CONST_BIGINT, t);
    n->u.constant.str = digits;
    n->u.constant.len = ndigits;
    n->u.constant.i = base;
    return n;
}

// --- comprehensions ----------------------------------------------------------------------

// ['*'] bitwise_or: one target of a `for` (CPython's star_target).
static Node *star_target(Parser *p) {
    const Token *star = parser_accept(p, T_STAR);
    if (!star) {
        return parser_expr_bitwise_or(p);
    }
    if (!parser_enter(p)) {
        return NULL;
    }
    Node *value = star_target(p);
    parser_leave(p);
    if (!value) {
        return NULL;
    }
    Node *n = parser_node_from(p, N_STARRED, star);
    n->u.starred.value = value;
    return n;
}

static Node *star_targets(Parser *p) {
    const Token *start = parser_peek(p);
    Node *first = star_target(p);
    if (!first || !parser_check(p, T_COMMA)) {
        return first;
    }
    Vec elts = {0};
    parser_vec_push_node(p, &elts, first);
    while (parser_accept(p, T_COMMA) && starts_expression(parser_peek(p)->kind)) {
        Node *e = star_target(p);
        if (!e) {
            return NULL;
        }
        parser_vec_push_node(p, &elts, e);
    }
    Node *n = parser_node_from(p, N_TUPLE, start);
    n->u.list.elts = parser_vec_nodes(&elts);
    return n;
}

Node *parser_expr_for_target(Parser *p) {
    ParserMark m = parser_mark(p, false);
    Node *target = star_targets(p);
    if (!target) {
        return NULL;
    }
    if (parser_check(p, T_IN)) {
        parser_next(p);
        return parser_target_set(p, target, TARGET_FOR) ? target : NULL;
    }
    // CPython reads the target once more as an expression to explain the
    // mistake (`for x y in z`: "Perhaps you forgot a comma?", `for 1, in`).
    ParserMark failed = parser_mark(p, false);
    parser_reset(p, m, false);
    Node *e = parser_expr_star_expressions(p);
    if (!e && !parser_failed_generic(p)) {
        return NULL;
    }
    if (e && parser_target_invalid(e, TARGET_FOR)) {
        parser_target_set(p, e, TARGET_FOR);
        return NULL;
    }
    // Otherwise "invalid syntax" stays where the target ended.
    parser_reset(p, failed, false);
    parser_syntax_error(p);
    return NULL;
}

bool parser_expr_at_comprehension(Parser *p) {
    return parser_check(p, T_FOR) ||
           (parser_check(p, T_ASYNC) && parser_peek_at(p, 1)->kind == T_FOR);
}

bool parser_expr_comprehension(Parser *p, Comprehension **out, int *n) {
    Vec gens = {0};
    while (parser_expr_at_comprehension(p)) {
        bool is_async = parser_accept(p, T_ASYNC) != NULL;
        parser_next(p);
        Node *target = parser_expr_for_target(p);
        if (!target) {
            return false;
        }
        Node *iter = disjunction(p);
        if (!iter) {
            return false;
        }
        Vec ifs = {0};
        while (parser_accept(p, T_IF)) {
            Node *cond = disjunction(p);
            if (!cond) {
                return false;
            }
            parser_vec_push_node(p, &ifs, cond);
        }
        Comprehension *c = parser_vec_push(p, &gens, sizeof(Comprehension));
        *c = (Comprehension){.target = target, .iter = iter, .ifs = parser_vec_nodes(&ifs),
                             .is_async = is_async};
    }
    *out = gens.items;
    *n = gens.len;
    return true;
}

// elt for ... : a ListComp, SetComp or GeneratorExp spanning from the
// opening bracket to the closing one (the caller checks and consumes it).
static Node *comprehension_node(Parser *p, NodeKind kind, Node *elt, int line, int col) {
    if (elt->kind == N_STARRED) {
        return parser_error_node(p, elt, "iterable unpacking cannot be used in comprehension");
    }
    Node *n = node_new(p->arena, kind, line, col, 0, 0);
    n->u.comp.elt = elt;
    if (!parser_expr_comprehension(p, &n->u.comp.generators, &n->u.comp.ngenerators)) {
        return NULL;
    }
    return n;
}

// Consumes the closing bracket and makes it the end of n.
static Node *finish_bracket(Parser *p, Node *n, TokenKind kind) {
    const Token *t = parser_peek(p);
    if (t->kind != kind) {
        return parser_syntax_error(p);
    }
    parser_next(p);
    n->end_line = t->end_line;
    // In an f-string field the closing parenthesis is imaginary: it stands
    // where the field's expression ends.
    n->end_col = kind == T_ENDMARKER ? t->col + 1 : t->end_col;
    return n;
}

// --- atoms ---------------------------------------------------------------------------------

Node *parser_expr_group_interior(Parser *p, TokenKind closer, int line, int col) {
    if (parser_check(p, closer) && closer == T_RPAR) {
        Node *n = node_new(p->arena, N_TUPLE, line, col, 0, 0);
        return finish_bracket(p, n, closer);
    }
    if (parser_check(p, T_YIELD)) {
        Node *y = parser_expr_yield(p);
        if (!y) {
            return NULL;
        }
        if (!parser_check(p, closer)) {
            return parser_syntax_error(p);
        }
        parser_next(p);
        return y;
    }
    if (parser_check(p, T_DOUBLESTAR)) {
        // Explained only when `**expression` fills the parentheses.
        const Token *stars = parser_peek(p);
        ParserMark m = parser_mark(p, true);
        parser_next(p);
        bool alone = parser_expr_expression(p) && parser_check(p, closer);
        parser_reset(p, m, false);
        if (alone) {
            return parser_error_token(p, stars, "cannot use double starred expression here");
        }
        return parser_syntax_error(p);
    }
    Node *first = parser_expr_star_named(p);
    if (!first) {
        return NULL;
    }
    if (parser_expr_at_comprehension(p)) {
        Node *n = comprehension_node(p, N_GENERATOR_EXP, first, line, col);
        return n ? finish_bracket(p, n, closer) : NULL;
    }
    if (!parser_check(p, T_COMMA)) {
        if (!parser_check(p, closer)) {
            return parser_syntax_error(p);
        }
        if (first->kind == N_STARRED) {
            return parser_error_node(p, first, "cannot use starred expression here");
        }
        parser_next(p);
        return first;
    }
    Vec elts = {0};
    parser_vec_push_node(p, &elts, first);
    while (parser_accept(p, T_COMMA) && !parser_check(p, closer)) {
        Node *e = parser_expr_star_named(p);
        if (!e) {
            return NULL;
        }
        parser_vec_push_node(p, &elts, e);
    }
    Node *n = node_new(p->arena, N_TUPLE, line, col, 0, 0);
    n->u.list.elts = parser_vec_nodes(&elts);
    return finish_bracket(p, n, closer);
}

// `[a, b for ...]`: elements, then a comprehension. CPython first reads
// the comprehension (to report a bad target there), then asks for
// parentheses around the elements.
static Node *unparenthesized_target(Parser *p, const Vec *elts, const Token *comma) {
    Comprehension *gens;
    int n;
    if (!parser_expr_comprehension(p, &gens, &n)) {
        return NULL;
    }
    const Node *first = ((Node **)elts->items)[0];
    const Node *last = ((Node **)elts->items)[elts->len - 1];
    if (elts->len == 1) {
        return parser_error_at(p, PERR_SYNTAX, first->line, first->col, comma->end_line,
                               comma->end_col,
                               "did you forget parentheses around the comprehension target?");
    }
    return parser_error_range(p, first, last,
                              "did you forget parentheses around the comprehension target?");
}

static Node *list_display(Parser *p, const Token *open) {
    if (parser_check(p, T_RSQB)) {
        return finish_bracket(p, node_new(p->arena, N_LIST, open->line, open->col, 0, 0), T_RSQB);
    }
    Node *first = parser_expr_star_named(p);
    if (!first) {
        return NULL;
    }
    if (parser_expr_at_comprehension(p)) {
        Node *n = comprehension_node(p, N_LIST_COMP, first, open->line, open->col);
        return n ? finish_bracket(p, n, T_RSQB) : NULL;
    }
    Vec elts = {0};
    parser_vec_push_node(p, &elts, first);
    const Token *comma;
    while ((comma = parser_accept(p, T_COMMA)) && !parser_check(p, T_RSQB)) {
        if (parser_expr_at_comprehension(p)) {
            return unparenthesized_target(p, &elts, comma);
        }
        Node *e = parser_expr_star_named(p);
        if (!e) {
            return NULL;
        }
        parser_vec_push_node(p, &elts, e);
    }
    if (parser_expr_at_comprehension(p)) {
        return unparenthesized_target(p, &elts, comma);
    }
    Node *n = node_new(p->arena, N_LIST, open->line, open->col, 0, 0);
    n->u.list.elts = parser_vec_nodes(&elts);
    return finish_bracket(p, n, T_RSQB);
}

// One `key: value` or `**mapping` of a dict display (a NULL key for `**`).
static bool dict_item(Parser *p, Vec *keys, Vec *values) {
    Node *key = NULL, *value;
    if (parser_accept(p, T_DOUBLESTAR)) {
        value = parser_expr_bitwise_or(p);
    } else {
        if (!(key = parser_expr_expression(p))) {
            return false;
        }
        const Token *colon = parser_accept(p, T_COLON);
        if (!colon) {
            // CPython points at the last character of the key.
            parser_error_at(p, PERR_SYNTAX, key->line, key->end_col - 1, key->end_line, -1,
                            "':' expected after dictionary key");
            return false;
        }
        if (parser_check(p, T_RBRACE) || parser_check(p, T_COMMA)) {
            parser_error_token(p, colon, "expression expected after dictionary key and ':'");
            return false;
        }
        if (parser_check(p, T_STAR)) {
            parser_error_token(p, parser_peek(p),
                               "cannot use a starred expression in a dictionary value");
            return false;
        }
        value = parser_expr_expression(p);
    }
    if (!value) {
        return false;
    }
    parser_vec_push_node(p, keys, key);
    parser_vec_push_node(p, values, value);
    return true;
}

static Node *dict_display(Parser *p, const Token *open) {
    Vec keys = {0}, values = {0};
    const Token *first = parser_peek(p);
    if (!dict_item(p, &keys, &values)) {
        return NULL;
    }
    if (parser_expr_at_comprehension(p)) {
        if (first->kind == T_DOUBLESTAR) {
            return parser_error_token(p, first, "dict unpacking cannot be used in dict comprehension");
        }
        Node *n = node_new(p->arena, N_DICT_COMP, open->line, open->col, 0, 0);
        n->u.comp.elt = ((Node **)keys.items)[0];
        n->u.comp.value = ((Node **)values.items)[0];
        if (!parser_expr_comprehension(p, &n->u.comp.generators, &n->u.comp.ngenerators)) {
            return NULL;
        }
        return finish_bracket(p, n, T_RBRACE);
    }
    while (parser_accept(p, T_COMMA) && !parser_check(p, T_RBRACE)) {
        if (!dict_item(p, &keys, &values)) {
            return NULL;
        }
    }
    Node *n = node_new(p->arena, N_DICT, open->line, open->col, 0, 0);
    n->u.dict.keys = parser_vec_nodes(&keys);
    n->u.dict.values = parser_vec_nodes(&values);
    return finish_bracket(p, n, T_RBRACE);
}

// { } holds a dict, a set, or a comprehension of either; the first item
// tells which.
static Node *brace_display(Parser *p, const Token *open) {
    if (parser_check(p, T_RBRACE)) {
        return finish_bracket(p, node_new(p->arena, N_DICT, open->line, open->col, 0, 0), T_RBRACE);
    }
    if (parser_check(p, T_DOUBLESTAR)) {
        return dict_display(p, open);
    }
    ParserMark m = parser_mark(p, false);
    bool walrus = parser_check(p, T_NAME) && parser_peek_at(p, 1)->kind == T_COLONEQUAL;
    Node *first = parser_expr_star_named(p);
    if (!first) {
        return NULL;
    }
    if (parser_check(p, T_COLON) && first->kind != N_STARRED && !walrus) {
        parser_reset(p, m, true);
        return dict_display(p, open);
    }
    if (parser_expr_at_comprehension(p)) {
        Node *n = comprehension_node(p, N_SET_COMP, first, open->line, open->col);
        return n ? finish_bracket(p, n, T_RBRACE) : NULL;
    }
    Vec elts = {0};
    parser_vec_push_node(p, &elts, first);
    const Token *comma;
    while ((comma = parser_accept(p, T_COMMA)) && !parser_check(p, T_RBRACE)) {
        if (parser_expr_at_comprehension(p)) {
            return unparenthesized_target(p, &elts, comma);
        }
        Node *e = parser_expr_star_named(p);
        if (!e) {
            return NULL;
        }
        parser_vec_push_node(p, &elts, e);
    }
    if (parser_expr_at_comprehension(p)) {
        return unparenthesized_target(p, &elts, comma);
    }
    Node *n = node_new(p->arena, N_SET, open->line, open->col, 0, 0);
    n->u.list.elts = parser_vec_nodes(&elts);
    return finish_bracket(p, n, T_RBRACE);
}

static Node *bracket_atom(Parser *p) {
    const Token *open = parser_next(p);
    if (!parser_enter(p)) {
        return NULL;
    }
    Node *n;
    if (open->kind == T_LPAR) {
        n = parser_expr_group_interior(p, T_RPAR, open->line, open->col);
    } else if (open->kind == T_LSQB) {
        n = list_display(p, open);
    } else {
        n = brace_display(p, open);
    }
    parser_leave(p);
    return n;
}

static Node *atom(Parser *p) {
    const Token *t = parser_peek(p);
    switch (t->kind) {
    case T_NAME:
        parser_next(p);
        return name_node(p, t, CTX_LOAD);
    case T_NUMBER:
        return number(p);
    case T_STRING:
        return parser_string_atom(p);
    case T_NONE:
    case T_TRUE:
    case T_FALSE:
    case T_ELLIPSIS:
        parser_next(p);
        return constant(p, t->kind == T_NONE   ? CONST_NONE
                           : t->kind == T_TRUE ? CONST_TRUE
                           : t->kind == T_FALSE ? CONST_FALSE
                                                : CONST_ELLIPSIS,
                        t);
    case T_LPAR:
    case T_LSQB:
    case T_LBRACE:
        return bracket_atom(p);
    default:
        return parser_syntax_error(p);
    }
}

// --- primaries --------------------------------------------------------------------------------

// One item of a subscript: a slice `lower:upper:step` (each part
// optional), a starred expression, or a named expression.
static Node *slice_item(Parser *p) {
    const Token *start = parser_peek(p);
    if (start->kind == T_STAR) {
        return parser_expr_star_named(p);
    }
    Node *lower = NULL;
    if (start->kind != T_COLON) {
        lower = parser_expr_named(p);
        if (!lower || !parser_check(p, T_COLON)) {
            return lower;
        }
    }
    parser_next(p);
    Node *upper = NULL, *step = NULL;
    TokenKind k = parser_peek(p)->kind;
    if (k != T_COLON && k != T_COMMA && k != T_RSQB && !(upper = parser_expr_expression(p))) {
        return NULL;
    }
    if (parser_accept(p, T_COLON)) {
        k = parser_peek(p)->kind;
        if (k != T_COMMA && k != T_RSQB && !(step = parser_expr_expression(p))) {
            return NULL;
        }
    }
    Node *n = parser_node_from(p, N_SLICE, start);
    n->u.slice.lower = lower;
    n->u.slice.upper = upper;
    n->u.slice.step = step;
    return n;
}

// What goes between the brackets of a subscript: one item, or a tuple of
// them when there is a comma.
static Node *slices(Parser *p) {
    const Token *start = parser_peek(p);
    Node *first = slice_item(p);
    // A lone starred item still makes a tuple: x[*a] is x[(*a,)].
    if (!first || (!parser_check(p, T_COMMA) && first->kind != N_STARRED)) {
        return first;
    }
    Vec elts = {0};
    parser_vec_push_node(p, &elts, first);
    while (parser_accept(p, T_COMMA) && !parser_check(p, T_RSQB)) {
        Node *e = slice_item(p);
        if (!e) {
            return NULL;
        }
        parser_vec_push_node(p, &elts, e);
    }
    Node *n = parser_node_from(p, N_TUPLE, start);
    n->u.list.elts = parser_vec_nodes(&elts);
    return n;
}

// Each trailer deepens the tree by one level, so a long chain counts
// against the nesting limit like brackets do: later passes walk the tree
// recursively.
static Node *primary(Parser *p) {
    const Token *start = parser_peek(p);
    int depth = p->depth;
    Node *e = atom(p);
    while (e && parser_enter(p)) {
        const Token *t = parser_peek(p);
        if (t->kind == T_DOT) {
            parser_next(p);
            const Token *name = parser_accept(p, T_NAME);
            if (!name) {
                return parser_syntax_error(p);
            }
            Node *n = parser_node_from(p, N_ATTRIBUTE, start);
            n->u.attribute.value = e;
            n->u.attribute.attr = parser_token_text(p, name);
            e = n;
        } else if (t->kind == T_LPAR) {
            parser_next(p);
            Node *n = node_new(p->arena, N_CALL, start->line, start->col, 0, 0);
            n->u.call.func = e;
            if (!parser_args_call(p, n, true)) {
                return NULL;
            }
            e = n;
        } else if (t->kind == T_LSQB) {
            parser_next(p);
            Node *slice = slices(p);
            if (!slice) {
                return NULL;
            }
            if (!parser_accept(p, T_RSQB)) {
                return parser_syntax_error(p);
            }
            Node *n = parser_node_from(p, N_SUBSCRIPT, start);
            n->u.subscript.value = e;
            n->u.subscript.slice = slice;
            e = n;
        } else {
            break;
        }
    }
    p->depth = depth;
    return p->failed ? NULL : e;
}

// --- operators -----------------------------------------------------------------------------------

// await_primary ['**' factor]: `**` binds tighter than a unary minus on
// its left and looser than one on its right (-2**-1 is -(2**(-1))).
static Node *power(Parser *p) {
    const Token *start = parser_peek(p);
    const Token *await = parser_accept(p, T_AWAIT);
    Node *e = primary(p);
    if (e && await) {
        Node *n = parser_node_from(p, N_AWAIT, await);
        n->u.expr.value = e;
        e = n;
    }
    if (!e || !parser_accept(p, T_DOUBLESTAR)) {
        return e;
    }
    if (!parser_enter(p)) {
        return NULL;
    }
    Node *right = factor(p);
    parser_leave(p);
    if (!right) {
        return NULL;
    }
    Node *n = parser_node_from(p, N_BIN_OP, start);
    n->u.binop.left = e;
    n->u.binop.op = BINOP_POW;
    n->u.binop.right = right;
    return n;
}

static Node *factor(Parser *p) {
    const Token *t = parser_peek(p);
    AstUnaryOp op;
    switch (t->kind) {
    case T_MINUS: op = AST_USUB; break;
    case T_PLUS: op = AST_UADD; break;
    case T_TILDE: op = AST_INVERT; break;
    default: return power(p);
    }
    parser_next(p);
    if (!parser_enter(p)) {
        return NULL;
    }
    Node *operand = factor(p);
    parser_leave(p);
    if (!operand) {
        return NULL;
    }
    Node *n = parser_node_from(p, N_UNARY_OP, t);
    n->u.unary.op = op;
    n->u.unary.operand = operand;
    return n;
}

// The binary operators below comparisons, loosest first, for
// precedence climbing. Returns 0 for any other token.
static int precedence(TokenKind kind, int *op) {
    switch (kind) {
    case T_VBAR: *op = BINOP_OR; return 1;
    case T_CIRCUMFLEX: *op = BINOP_XOR; return 2;
    case T_AMPER: *op = BINOP_AND; return 3;
    case T_LEFTSHIFT: *op = BINOP_LSHIFT; return 4;
    case T_RIGHTSHIFT: *op = BINOP_RSHIFT; return 4;
    case T_PLUS: *op = BINOP_ADD; return 5;
    case T_MINUS: *op = BINOP_SUB; return 5;
    case T_STAR: *op = BINOP_MUL; return 6;
    case T_SLASH: *op = BINOP_TRUEDIV; return 6;
    case T_DOUBLESLASH: *op = BINOP_FLOORDIV; return 6;
    case T_PERCENT: *op = BINOP_MOD; return 6;
    case T_AT: *op = BINOP_MATMUL; return 6;
    default: return 0;
    }
}

// Operators of precedence min_prec and above, all left-associative. As
// in primary(), every operator deepens the tree and counts as a level.
static Node *binary(Parser *p, int min_prec) {
    const Token *start = parser_peek(p);
    int depth = p->depth;
    Node *left = factor(p);
    for (;;) {
        int op;
        int prec = left ? precedence(parser_peek(p)->kind, &op) : 0;
        if (prec < min_prec || prec == 0) {
            p->depth = depth;
            return left;
        }
        parser_next(p);
        if (!parser_enter(p)) {
            return NULL;
        }
        Node *right = binary(p, prec + 1);
        if (!right) {
            return NULL;
        }
        Node *n = parser_node_from(p, N_BIN_OP, start);
        n->u.binop.left = left;
        n->u.binop.op = op;
        n->u.binop.right = right;
        left = n;
    }
}

Node *parser_expr_bitwise_or(Parser *p) {
    return binary(p, 1);
}

// The comparison operator at the current token, consumed, or -1.
static int comparison_op(Parser *p) {
    TokenKind k = parser_peek(p)->kind;
    AstCmpOp op;
    switch (k) {
    case T_EQEQUAL: op = AST_EQ; break;
    case T_NOTEQUAL: op = AST_NOTEQ; break;
    case T_LESS: op = AST_LT; break;
    case T_LESSEQUAL: op = AST_LTE; break;
    case T_GREATER: op = AST_GT; break;
    case T_GREATEREQUAL: op = AST_GTE; break;
    case T_IN: op = AST_IN; break;
    case T_IS:
        parser_next(p);
        return parser_accept(p, T_NOT) ? AST_ISNOT : AST_IS;
    case T_NOT:
        if (parser_peek_at(p, 1)->kind != T_IN) {
            return -1;
        }
        parser_next(p);
        op = AST_NOTIN;
        break;
    default:
        return -1;
    }
    parser_next(p);
    return (int)op;
}

static Node *comparison(Parser *p) {
    const Token *start = parser_peek(p);
    Node *left = parser_expr_bitwise_or(p);
    if (!left) {
        return NULL;
    }
    Vec ops = {0}, comparators = {0};
    int op;
    while ((op = comparison_op(p)) >= 0) {
        Node *right = parser_expr_bitwise_or(p);
        if (!right) {
            return NULL;
        }
        *(AstCmpOp *)parser_vec_push(p, &ops, sizeof(AstCmpOp)) = (AstCmpOp)op;
        parser_vec_push_node(p, &comparators, right);
    }
    if (ops.len == 0) {
        return left;
    }
    Node *n = parser_node_from(p, N_COMPARE, start);
    n->u.compare.left = left;
    n->u.compare.ops = ops.items;
    n->u.compare.comparators = parser_vec_nodes(&comparators);
    return n;
}

static Node *inversion(Parser *p) {
    const Token *t = parser_accept(p, T_NOT);
    if (!t) {
        return comparison(p);
    }
    if (!parser_enter(p)) {
        return NULL;
    }
    Node *operand = inversion(p);
    parser_leave(p);
    if (!operand) {
        return NULL;
    }
    Node *n = parser_node_from(p, N_UNARY_OP, t);
    n->u.unary.op = AST_NOT;
    n->u.unary.operand = operand;
    return n;
}

// operand ('and' operand)*, or the same with 'or'.
static Node *bool_op(Parser *p, TokenKind keyword) {
    const Token *start = parser_peek(p);
    Node *first = keyword == T_OR ? bool_op(p, T_AND) : inversion(p);
    if (!first || !parser_check(p, keyword)) {
        return first;
    }
    Vec values = {0};
    parser_vec_push_node(p, &values, first);
    while (parser_accept(p, keyword)) {
        Node *e = keyword == T_OR ? bool_op(p, T_AND) : inversion(p);
        if (!e) {
            return NULL;
        }
        parser_vec_push_node(p, &values, e);
    }
    Node *n = parser_node_from(p, N_BOOL_OP, start);
    n->u.boolop.op = keyword == T_OR ? AST_OR : AST_AND;
    n->u.boolop.values = parser_vec_nodes(&values);
    return n;
}

static Node *disjunction(Parser *p) {
    return bool_op(p, T_OR);
}

// --- expressions ----------------------------------------------------------------------------------

static Node *lambda(Parser *p) {
    const Token *start = parser_next(p);
    Arguments *args = parser_args_params(p, true);
    if (!args) {
        return NULL;
    }
    if (!parser_accept(p, T_COLON)) {
        return parser_syntax_error(p);
    }
    Node *body = parser_expr_expression(p);
    if (!body) {
        return NULL;
    }
    Node *n = parser_node_from(p, N_LAMBDA, start);
    n->u.lambda.args = args;
    n->u.lambda.body = body;
    return n;
}

static bool is_soft_keyword(const Token *t) {
    static const char *const words[] = {"_", "case", "match"};
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
        if (t->kind == T_NAME && (size_t)t->len == strlen(words[i]) &&
            memcmp(t->start, words[i], (size_t)t->len) == 0) {
            return true;
        }
    }
    return false;
}

// An expression `e` (from token index `start`) is directly followed by
// something that begins another expression: valid code never does that,
// so this is the place for CPython's two friendlier messages. Leaves the
// tokens where they were; the caller then fails with "invalid syntax".
static void juxtaposed(Parser *p, const Node *e, int start) {
    const Token *first = &p->tokens[start];
    bool name = e->kind == N_NAME && p->pos == start + 1;
    bool legacy = name && (strcmp(e->u.name.id, "print") == 0 || strcmp(e->u.name.id, "exec") == 0);
    bool name_string = first->kind == T_NAME && p->tokens[start + 1].kind == T_STRING;
    if (!legacy && !name_string && !is_soft_keyword(first)) {
        ParserMark m = parser_mark(p, true);
        Node *next = parser_expr_expression(p);
        int last_level = parser_prev(p)->level;
        parser_reset(p, m, false);
        if (next && last_level > 0) {
            parser_error_range(p, e, next, "invalid syntax. Perhaps you forgot a comma?");
            return;
        }
    }
    // `print x`. CPython reads what follows any name this way, so a
    // mistake explained there is reported too.
    if (name) {
        ParserMark m = parser_mark(p, false);
        Node *next = parser_expr_star_expressions(p);
        if (!next && !parser_failed_generic(p)) {
            return;
        }
        parser_reset(p, m, false);
        if (next && legacy) {
            parser_error_range(p, e, next, "Missing parentheses in call to '%s'. Did you mean %s(...)?",
                               e->u.name.id, e->u.name.id);
        }
    }
}

static bool starts_juxtaposed(TokenKind k) {
    switch (k) {
    case T_NAME: case T_NUMBER: case T_STRING: case T_LBRACE: case T_NOT: case T_LAMBDA:
    case T_AWAIT: case T_NONE: case T_TRUE: case T_FALSE: case T_ELLIPSIS: case T_TILDE:
        return true;
    default:
        return false;
    }
}

static Node *conditional(Parser *p) {
    int start = p->pos;
    const Token *first = parser_peek(p);
    Node *body = disjunction(p);
    if (!body) {
        return NULL;
    }
    if (!parser_accept(p, T_IF)) {
        if (!p->plain && starts_juxtaposed(parser_peek(p)->kind)) {
            juxtaposed(p, body, start);
        }
        return p->failed ? NULL : body;
    }
    ParserMark m = parser_mark(p, false);
    Node *test = disjunction(p);
    if (!test) {
        return NULL;
    }
    if (!parser_accept(p, T_ELSE)) {
        if (p->plain) {
            // Only trying: the expression is the part before the `if`.
            parser_reset(p, m, false);
            p->pos--;
            return body;
        }
        if (parser_check(p, T_COLON)) {
            return parser_syntax_error(p);
        }
        return parser_error_range(p, body, test, "expected 'else' after 'if' expression");
    }
    Node *orelse = parser_expr_expression(p);
    if (!orelse) {
        return NULL;
    }
    Node *n = parser_node_from(p, N_IF_EXP, first);
    n->u.ifexp.test = test;
    n->u.ifexp.body = body;
    n->u.ifexp.orelse = orelse;
    return n;
}

Node *parser_expr_expression(Parser *p) {
    if (!parser_enter(p)) {
        return NULL;
    }
    Node *e = parser_check(p, T_LAMBDA) ? lambda(p) : conditional(p);
    parser_leave(p);
    return e;
}

// `=` after an expression where a comparison was probably meant, as in
// `if x = 1:`. Reports it and returns true, or returns false.
static bool mistaken_assignment(Parser *p, const Node *e, int start) {
    if (e->kind == N_NAME && p->pos == start + 1) {
        ParserMark m = parser_mark(p, true);
        parser_next(p);
        Node *value = parser_expr_bitwise_or(p);
        TokenKind next = parser_peek(p)->kind;
        parser_reset(p, m, false);
        if (value && next != T_EQUAL && next != T_COLONEQUAL) {
            parser_error_range(p, e, value,
                               "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            return true;
        }
        return false;
    }
    if (parser_expr_suggest_comparison(p, e, start, p->pos)) {
        parser_error_node(p, e, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                          parser_target_name(e));
        return true;
    }
    return false;
}

Node *parser_expr_named(Parser *p) {
    const Token *t = parser_peek(p);
    if (t->kind == T_NAME && parser_peek_at(p, 1)->kind == T_COLONEQUAL) {
        parser_next(p);
        Node *target = name_node(p, t, CTX_STORE);
        parser_next(p);
        Node *value = parser_expr_expression(p);
        if (!value) {
            return NULL;
        }
        Node *n = parser_node_from(p, N_NAMED_EXPR, t);
        n->u.named.target = target;
        n->u.named.value = value;
        return n;
    }
    int start = p->pos;
    Node *e = parser_expr_expression(p);
    if (!e) {
        return NULL;
    }
    if (p->plain) {
        return e;
    }
    if (parser_check(p, T_COLONEQUAL)) {
        return parser_error_node(p, e, "cannot use assignment expressions with %s",
                                 parser_target_name(e));
    }
    if (parser_check(p, T_EQUAL) && mistaken_assignment(p, e, start)) {
        return NULL;
    }
    return e;
}

// '*' bitwise_or, or `other` (an expression or a named expression).
static Node *starred_or(Parser *p, Node *(*other)(Parser *)) {
    const Token *star = parser_accept(p, T_STAR);
    if (!star) {
        return other(p);
    }
    Node *value = parser_expr_bitwise_or(p);
    if (!value) {
        return NULL;
    }
    Node *n = parser_node_from(p, N_STARRED, star);
    n->u.starred.value = value;
    return n;
}

Node *parser_expr_star_named(Parser *p) {
    return starred_or(p, parser_expr_named);
}

Node *parser_expr_star_expressions(Parser *p) {
    const Token *start = parser_peek(p);
    Node *first = starred_or(p, parser_expr_expression);
    if (!first || !parser_check(p, T_COMMA)) {
        return first;
    }
    Vec elts = {0};
    parser_vec_push_node(p, &elts, first);
    while (parser_accept(p, T_COMMA) && starts_expression(parser_peek(p)->kind)) {
        Node *e = starred_or(p, parser_expr_expression);
        if (!e) {
            return NULL;
        }
        parser_vec_push_node(p, &elts, e);
    }
    Node *n = parser_node_from(p, N_TUPLE, start);
    n->u.list.elts = parser_vec_nodes(&elts);
    return n;
}

Node *parser_expr_yield(Parser *p) {
    const Token *start = parser_next(p);
    if (parser_accept(p, T_FROM)) {
        Node *value = parser_expr_expression(p);
        if (!value) {
            return NULL;
        }
        Node *n = parser_node_from(p, N_YIELD_FROM, start);
        n->u.expr.value = value;
        return n;
    }
    Node *value = NULL;
    if (starts_expression(parser_peek(p)->kind) && !(value = parser_expr_star_expressions(p))) {
        return NULL;
    }
    Node *n = parser_node_from(p, N_YIELD, start);
    n->u.expr.value = value;
    return n;
}
