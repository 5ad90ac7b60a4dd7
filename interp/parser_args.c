// Parameter lists (of `def` and `lambda`) and argument lists (of calls
// and class headers).
//
// Parameters come in a fixed order, which the parser tracks as it goes:
// positional-only ones before a `/`, then positional-or-keyword ones,
// then `*args` or a bare `*`, then keyword-only ones, then `**kwargs`.
// Defaults must not stop and restart among the positional parameters.
// Arguments are looser: positional and `*x` ones first, then `name=x`
// and `**x` (with `*x` still allowed among the keywords). Each breach of
// the order has its own CPython message, reported where CPython puts it.
#include "interp/parser_internal.h"

// --- parameters ---------------------------------------------------------------------------

typedef struct Params {
    Vec args, defaults, kwonly, kw_defaults;
    int nposonly;
    bool slash, star, seen_default;
    Arg *vararg, *kwarg;
} Params;

// name [':' annotation]; annotations only in a def (`*args: *Ts` too).
static Arg *parameter(Parser *p, bool lambda, bool starred_annotation) {
    const Token *name = parser_accept(p, T_NAME);
    if (!name) {
        return parser_syntax_error(p);
    }
    Arg *a = arena_alloc(p->arena, sizeof(Arg));
    a->name = parser_token_text(p, name);
    if (!lambda && parser_accept(p, T_COLON)) {
        a->annotation = starred_annotation && parser_check(p, T_STAR) ? parser_expr_star_named(p)
                                                                      : parser_expr_expression(p);
        if (!a->annotation) {
            return NULL;
        }
    }
    const Token *end = parser_prev(p);
    a->line = name->line;
    a->col = name->col;
    a->end_line = end->end_line;
    a->end_col = end->end_col;
    return a;
}

// `*args`, `*` alone, or `*args: annotation`.
static bool star_parameter(Parser *p, Params *ps, bool lambda) {
    const Token *star = parser_next(p);
    if (ps->kwarg) {
        parser_error_token(p, star, "arguments cannot follow var-keyword argument");
        return false;
    }
    if (ps->star) {
        parser_error_token(p, star, "* argument may appear only once");
        return false;
    }
    ps->star = true;
    if (!parser_check(p, T_NAME)) {
        // A bare `*` must be followed by a keyword-only parameter. CPython
        // points at the `*` in a def and at the token after it in a lambda.
        TokenKind end = lambda ? T_COLON : T_RPAR;
        TokenKind next = parser_peek(p)->kind;
        TokenKind after = next == T_COMMA ? parser_peek_at(p, 1)->kind : next;
        if (next == end || after == end || after == T_DOUBLESTAR) {
            if (lambda) {
                parser_error_last(p, PERR_SYNTAX, "named arguments must follow bare *");
            } else {
                parser_error_token(p, star, "named arguments must follow bare *");
            }
            return false;
        }
        return true;
    }
    if (!(ps->vararg = parameter(p, lambda, true))) {
        return false;
    }
    if (parser_check(p, T_EQUAL)) {
        parser_error_token(p, parser_peek(p), "var-positional argument cannot have default value");
        return false;
    }
    return true;
}

static bool double_star_parameter(Parser *p, Params *ps, bool lambda) {
    const Token *stars = parser_next(p);
    if (ps->kwarg) {
        parser_error_token(p, stars, "arguments cannot follow var-keyword argument");
        return false;
    }
    if (!(ps->kwarg = parameter(p, lambda, false))) {
        return false;
    }
    if (parser_check(p, T_EQUAL)) {
        parser_error_token(p, parser_peek(p), "var-keyword argument cannot have default value");
        return false;
    }
    return true;
}

static bool slash(Parser *p, Params *ps) {
    const Token *t = parser_peek(p);
    if (ps->star) {
        parser_error_token(p, t, "/ must be ahead of *");
        return false;
    }
    if (ps->slash) {
        parser_error_token(p, t, "/ may appear only once");
        return false;
    }
    if (ps->args.len == 0) {
        parser_syntax_error(p);
        return false;
    }
    parser_next(p);
    ps->slash = true;
    ps->nposonly = ps->args.len;
    return true;
}

// A named parameter with its default, if any.
static bool named_parameter(Parser *p, Params *ps, bool lambda) {
    if (ps->kwarg) {
        parser_error_token(p, parser_peek(p), "arguments cannot follow var-keyword argument");
        return false;
    }
    Arg *a = parameter(p, lambda, false);
    if (!a) {
        return false;
    }
    Node *def = NULL;
    const Token *equal = parser_accept(p, T_EQUAL);
    if (equal) {
        TokenKind k = parser_peek(p)->kind;
        if (k == T_COMMA || k == T_RPAR || k == T_COLON) {
            parser_error_token(p, equal, "expected default value expression");
            return false;
        }
        if (!(def = parser_expr_expression(p))) {
            return false;
        }
    }
    if (ps->star) {
        *(Arg *)parser_vec_push(p, &ps->kwonly, sizeof(Arg)) = *a;
        *(Node **)parser_vec_push(p, &ps->kw_defaults, sizeof(Node *)) = def;
        return true;
    }
    TokenKind next = parser_peek(p)->kind;
    if (def) {
        ps->seen_default = true;
        parser_vec_push_node(p, &ps->defaults, def);
    } else if (ps->seen_default && (next == T_COMMA || next == (lambda ? T_COLON : T_RPAR))) {
        parser_error_at(p, PERR_SYNTAX, a->line, a->col, a->end_line, a->end_col,
                        "non-default argument follows default argument");
        return false;
    }
    *(Arg *)parser_vec_push(p, &ps->args, sizeof(Arg)) = *a;
    return true;
}

Arguments *parser_args_params(Parser *p, bool lambda) {
    Params ps = {0};
    TokenKind end = lambda ? T_COLON : T_RPAR;
    while (!parser_check(p, end)) {
        const Token *t = parser_peek(p);
        bool ok;
        if (t->kind == T_SLASH) {
            ok = slash(p, &ps);
        } else if (t->kind == T_STAR) {
            ok = star_parameter(p, &ps, lambda);
        } else if (t->kind == T_DOUBLESTAR) {
            ok = double_star_parameter(p, &ps, lambda);
        } else if (t->kind == T_LPAR && !lambda) {
            int close = parser_expr_matching_bracket(p, p->pos);
            const Token *last = close >= 0 ? &p->tokens[close] : t;
            parser_error_at(p, PERR_SYNTAX, t->line, t->col, last->end_line, last->end_col,
                            "Function parameters cannot be parenthesized");
            ok = false;
        } else {
            ok = named_parameter(p, &ps, lambda);
        }
        if (!ok) {
            return NULL;
        }
        if (!parser_accept(p, T_COMMA)) {
            break;
        }
    }
    Arguments *a = arena_alloc(p->arena, sizeof(Arguments));
    a->args = ps.args.items;
    a->nargs = ps.args.len;
    a->nposonly = ps.nposonly;
    a->defaults = ps.defaults.items;
    a->ndefaults = ps.defaults.len;
    a->vararg = ps.vararg;
    a->kwonly = ps.kwonly.items;
    a->nkwonly = ps.kwonly.len;
    a->kw_defaults = ps.kw_defaults.items;
    a->kwarg = ps.kwarg;
    return a;
}

// --- arguments -----------------------------------------------------------------------------

typedef struct CallArgs {
    Vec args, keywords;
    const Token *first;             // the first token of the first argument
    const Keyword *first_unpack;    // the first `**mapping`
    bool keyword_seen;              // any `name=value` or `**mapping` so far
    bool positional_after_keyword;
    bool after_unpack;              // ... and a `**mapping` came before it
} CallArgs;

static void add_keyword(Parser *p, CallArgs *ca, const char *name, Node *value, const Token *start) {
    const Token *end = parser_prev(p);
    Keyword *k = parser_vec_push(p, &ca->keywords, sizeof(Keyword));
    *k = (Keyword){.arg = name, .value = value, .line = start->line, .col = start->col,
                   .end_line = end->end_line, .end_col = end->end_col};
    ca->keyword_seen = true;
    if (!name && !ca->first_unpack) {
        ca->first_unpack = k;
    }
}

// `name=value`; the name token is current and an '=' follows it.
static bool keyword_argument(Parser *p, CallArgs *ca) {
    const Token *name = parser_next(p);
    const Token *equal = parser_next(p);
    Node *value = parser_expr_expression(p);
    if (!value) {
        return false;
    }
    if (parser_expr_at_comprehension(p)) {
        parser_error_at(p, PERR_SYNTAX, name->line, name->col, equal->end_line, equal->end_col,
                        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        return false;
    }
    add_keyword(p, ca, parser_token_text(p, name), value, name);
    return true;
}

// A generator expression written as an argument: fine alone in the call
// (`sum(x for x in y)`, which then spans the call's parentheses), an
// error beside other arguments.
static bool generator_argument(Parser *p, CallArgs *ca, Node *elt, const Token *start,
                               const Token *open, bool allow) {
    if (!allow) {
        parser_syntax_error(p);
        return false;
    }
    if (elt->kind == N_STARRED) {
        parser_error_node(p, elt, "iterable unpacking cannot be used in comprehension");
        return false;
    }
    Node *g = node_new(p->arena, N_GENERATOR_EXP, start->line, start->col, 0, 0);
    g->u.comp.elt = elt;
    if (!parser_expr_comprehension(p, &g->u.comp.generators, &g->u.comp.ngenerators)) {
        return false;
    }
    const Token *end = parser_prev(p);
    g->end_line = end->end_line;
    g->end_col = end->end_col;
    if (ca->args.len > 0 || ca->keywords.len > 0 || !parser_check(p, T_RPAR)) {
        parser_error_node(p, g, "Generator expression must be parenthesized");
        return false;
    }
    const Token *close = parser_peek(p);
    g->line = open->line;
    g->col = open->col;
    g->end_line = close->end_line;
    g->end_col = close->end_col;
    parser_vec_push_node(p, &ca->args, g);
    return true;
}

static bool positional_argument(Parser *p, CallArgs *ca, const Token *open, bool allow_genexp) {
    const Token *start = parser_peek(p);
    int start_pos = p->pos;
    Node *e;
    if (start->kind == T_STAR) {
        parser_next(p);
        Node *value = parser_expr_expression(p);
        if (!value) {
            return false;
        }
        e = parser_node_from(p, N_STARRED, start);
        e->u.starred.value = value;
        if (parser_expr_at_comprehension(p)) {
            parser_error_node(p, e, "iterable unpacking cannot be used in comprehension");
            return false;
        }
        if (ca->first_unpack) {
            // CPython's range runs from the first argument to the `**`.
            const Keyword *k = ca->first_unpack;
            parser_error_at(p, PERR_SYNTAX, ca->first->line, ca->first->col, k->end_line,
                            k->end_col,
                            "iterable argument unpacking follows keyword argument unpacking");
            return false;
        }
    } else {
        e = parser_check(p, T_NAME) && parser_peek_at(p, 1)->kind == T_COLONEQUAL
                ? parser_expr_named(p)
                : parser_expr_expression(p);
        if (!e) {
            return false;
        }
        const Token *equal = parser_accept(p, T_EQUAL);
        if (equal) {
            bool one_token = p->pos == start_pos + 2;
            if (one_token && (start->kind == T_TRUE || start->kind == T_FALSE ||
                              start->kind == T_NONE)) {
                parser_error_at(p, PERR_SYNTAX, start->line, start->col, equal->end_line,
                                equal->end_col, "cannot assign to %s", token_spelling[start->kind]);
            } else {
                parser_error_at(p, PERR_SYNTAX, e->line, e->col, equal->end_line, equal->end_col,
                                "expression cannot contain assignment, perhaps you meant \"==\"?");
            }
            return false;
        }
        if (parser_expr_at_comprehension(p)) {
            return generator_argument(p, ca, e, start, open, allow_genexp);
        }
        if (ca->keyword_seen && !ca->positional_after_keyword) {
            ca->positional_after_keyword = true;
            ca->after_unpack = ca->first_unpack != NULL;
        }
    }
    parser_vec_push_node(p, &ca->args, e);
    return true;
}

bool parser_args_call(Parser *p, Node *call, bool allow_genexp) {
    const Token *open = parser_prev(p);
    CallArgs ca = {.first = parser_peek(p)};
    while (!parser_check(p, T_RPAR)) {
        const Token *t = parser_peek(p);
        bool ok;
        if (t->kind == T_DOUBLESTAR) {
            parser_next(p);
            Node *value = parser_expr_expression(p);
            if (value) {
                add_keyword(p, &ca, NULL, value, t);
            }
            ok = value != NULL;
        } else if (t->kind == T_NAME && parser_peek_at(p, 1)->kind == T_EQUAL) {
            ok = keyword_argument(p, &ca);
        } else {
            ok = positional_argument(p, &ca, open, allow_genexp);
        }
        if (!ok) {
            return false;
        }
        if (!parser_accept(p, T_COMMA)) {
            break;
        }
    }
    if (!parser_accept(p, T_RPAR)) {
        parser_syntax_error(p);
        return false;
    }
    if (ca.positional_after_keyword) {
        // CPython reports it at the token after the arguments.
        parser_error_last(p, PERR_SYNTAX, "positional argument follows keyword argument%s",
                          ca.after_unpack ? " unpacking" : "");
        return false;
    }
    const Token *close = parser_prev(p);
    call->end_line = close->end_line;
    call->end_col = close->end_col;
    call->u.call.args = parser_vec_nodes(&ca.args);
    call->u.call.keywords = ca.keywords.items;
    call->u.call.nkeywords = ca.keywords.len;
    return true;
}
