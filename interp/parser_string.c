// String literals: escape sequences, implicit concatenation of adjacent
// literals, and f-strings.
//
// The lexer hands over each literal whole, prefix and quotes included.
// Adjacent literals form one atom: a Constant when none is an f-string,
// else a JoinedStr whose parts are Constants (the literal text, adjacent
// pieces merged) and FormattedValues (the {fields}). As in CPython 3.11,
// every part carries the position of the whole concatenation, except a
// format spec, which carries that of the literal it was written in.
//
// The expression of a field is parsed from the source text itself, by a
// second Parser over a fragment lexer (lexer_init_fragment), so its nodes
// get their true positions. Like CPython, the field is read as if wrapped
// in parentheses: `f"{a, b}"` is a tuple and `f"{yield}"` is allowed.
// Errors in the field are reported the way CPython reports them (see
// Parser.in_fstring); errors in the literal itself point at the token
// after the literal, where CPython's parser stood.
#include "interp/parser_internal.h"
#include "runtime/unicode.h"

// A growing byte buffer in the arena, always NUL-terminated.
typedef struct StrBuf {
    char *data;
    size_t len, cap;
} StrBuf;

static void append(Parser *p, StrBuf *b, const char *s, size_t n) {
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 32;
        while (b->len + n + 1 > cap) {
            cap *= 2;
        }
        char *data = arena_alloc(p->arena, cap);
        if (b->len) {
            memcpy(data, b->data, b->len);
        }
        b->data = data;
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

static void append_byte(Parser *p, StrBuf *b, int c) {
    char ch = (char)c;
    append(p, b, &ch, 1);
}

static void append_code_point(Parser *p, StrBuf *b, uint32_t cp) {
    char utf8[4];
    append(p, b, utf8, (size_t)unicode_encode_utf8(cp, utf8));
}

// --- one literal --------------------------------------------------------------------------

typedef struct Literal {
    bool raw, bytes, fstring, u;
    const char *body, *body_end;    // between the quotes
} Literal;

static Literal literal_of(const Token *t) {
    Literal lit = {0};
    const char *s = t->start;
    for (; *s != '"' && *s != '\''; s++) {
        switch (*s | 0x20) {
        case 'r': lit.raw = true; break;
        case 'b': lit.bytes = true; break;
        case 'f': lit.fstring = true; break;
        default: lit.u = *s == 'u'; break;   // CPython marks only a lowercase u
        }
    }
    int quote_len = (t->start + t->len - s >= 6 && s[1] == s[0] && s[2] == s[0]) ? 3 : 1;
    lit.body = s + quote_len;
    lit.body_end = t->start + t->len - quote_len;
    return lit;
}

static int hex_value(int c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c |= 0x20;
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

// CPython's escape decoder counts a non-ASCII character as the ten
// characters of the \UXXXXXXXX escape it first rewrites it to; its error
// messages give positions in those units.
static int decoder_position(const char *start, const char *p) {
    int pos = 0;
    for (const char *q = start; q < p; q++) {
        unsigned char c = (unsigned char)*q;
        if (c < 0x80) {
            pos++;
        } else if (c >= 0xC0) {
            pos += 10;
        }
    }
    return pos;
}

// \x, \u or \U followed by `n` hex digits at s (just past the letter).
static bool hex_escape(Parser *p, const char *start, const char **s, const char *end, int n,
                       bool bytes, uint32_t *value) {
    uint32_t v = 0;
    int i = 0;
    for (; i < n && *s + i < end && hex_value((unsigned char)(*s)[i]) >= 0; i++) {
        v = v * 16 + (uint32_t)hex_value((unsigned char)(*s)[i]);
    }
    int from = decoder_position(start, *s - 2);
    if (i < n) {
        if (bytes) {
            parser_error_last(p, PERR_SYNTAX, "(value error) invalid \\x escape at position %d", from);
        } else {
            static const char *const forms[] = {"\\xXX", "\\uXXXX", "\\UXXXXXXXX"};
            parser_error_last(p, PERR_SYNTAX,
                              "(unicode error) 'unicodeescape' codec can't decode bytes in "
                              "position %d-%d: truncated %s escape",
                              from, from + 1 + i, forms[n == 2 ? 0 : n == 4 ? 1 : 2]);
        }
        return false;
    }
    if (v > 0x10FFFF) {
        parser_error_last(p, PERR_SYNTAX,
                          "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                          "%d-%d: illegal Unicode character",
                          from, from + 1 + n);
        return false;
    }
    *s += n;
    *value = v;
    return true;
}

// One escape sequence; *s is just past the backslash and before `end`.
static bool escape(Parser *p, StrBuf *out, const char *start, const char **s, const char *end,
                   bool bytes) {
    char c = *(*s)++;
    static const char simple_from[] = "\\'\"abfnrtv";
    static const char simple_to[] = "\\'\"\a\b\f\n\r\t\v";
    const char *simple = c ? strchr(simple_from, c) : NULL;
    uint32_t v;
    if (c == '\n') {
        return true;
    }
    if (c == '\r') {
        *s += (*s < end && **s == '\n');
        return true;
    }
    if (simple) {
        append_byte(p, out, simple_to[simple - simple_from]);
        return true;
    }
    if (c >= '0' && c <= '7') {
        v = (uint32_t)(c - '0');
        for (int i = 0; i < 2 && *s < end && **s >= '0' && **s <= '7'; i++) {
            v = v * 8 + (uint32_t)(*(*s)++ - '0');
        }
        if (bytes) {
            append_byte(p, out, (int)(v & 0xFF));
        } else {
            append_code_point(p, out, v);
        }
        return true;
    }
    if (c == 'x' || (!bytes && (c == 'u' || c == 'U'))) {
        if (!hex_escape(p, start, s, end, c == 'x' ? 2 : c == 'u' ? 4 : 8, bytes, &v)) {
            return false;
        }
        if (bytes) {
            append_byte(p, out, (int)v);
        } else {
            append_code_point(p, out, v);
        }
        return true;
    }
    if (c == 'N' && !bytes) {
        int from = decoder_position(start, *s - 2);
        const char *close = *s < end && **s == '{' ? memchr(*s, '}', (size_t)(end - *s)) : NULL;
        if (!close) {
            parser_error_last(p, PERR_SYNTAX,
                              "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                              "%d-%d: malformed \\N character escape",
                              from, from + 1);
        } else {
            // There is no Unicode name table here; say so plainly.
            parser_error_last(p, PERR_SYNTAX,
                              "(unicode error) named escape \\N%.*s is not supported; use \\u or "
                              "\\U with the code point",
                              (int)(close + 1 - *s), *s);
        }
        return false;
    }
    // An unknown escape keeps its backslash (CPython only warns).
    append_byte(p, out, '\\');
    (*s)--;
    return true;
}

// Appends the value of the literal text [s, end) to out: escapes decoded
// unless raw, line breaks normalized to "\n". A bytes literal comes from
// token `tok`, where a non-ASCII character in it is reported.
static bool decode(Parser *p, StrBuf *out, const char *s, const char *end, bool raw, bool bytes,
                   const Token *tok) {
    const char *start = s;
    while (s < end) {
        const char *run = s;
        while (s < end && *s != '\\' && *s != '\r' && !(bytes && (unsigned char)*s >= 0x80)) {
            s++;
        }
        append(p, out, run, (size_t)(s - run));
        if (s == end) {
            break;
        }
        if ((unsigned char)*s >= 0x80) {
            parser_error_token(p, tok, "bytes can only contain ASCII literal characters");
            return false;
        }
        if (*s == '\r') {
            append_byte(p, out, '\n');
            s += (s + 1 < end && s[1] == '\n') ? 2 : 1;
        } else if (raw || s + 1 == end) {
            append_byte(p, out, *s++);
        } else {
            s++;
            if (!escape(p, out, start, &s, end, bytes)) {
                return false;
            }
        }
    }
    return true;
}

// --- f-strings ---------------------------------------------------------------------------------

// The parts of a JoinedStr being built: literal text waiting to become a
// Constant, and the finished parts.
typedef struct Parts {
    StrBuf text;
    Vec values;
} Parts;

typedef struct FString {
    Parser *p;
    const Token *tok;           // the literal being read
    bool raw, u;
    int line, col, end_line, end_col;   // the span of the whole concatenation
} FString;

static Node *span_node(FString *fs, NodeKind kind) {
    return node_new(fs->p->arena, kind, fs->line, fs->col, fs->end_line, fs->end_col);
}

// Turns the pending text into a Constant. The text that ends a format
// spec takes the position of the spec's literal (`token`), like the spec;
// all other parts take that of the whole concatenation.
static void flush(FString *fs, Parts *parts, const Token *token) {
    if (parts->text.len == 0) {
        return;
    }
    Node *c = token ? node_new(fs->p->arena, N_CONSTANT, token->line, token->col,
                               token->end_line, token->end_col)
                    : span_node(fs, N_CONSTANT);
    c->u.constant.kind = CONST_STR;
    c->u.constant.str = parts->text.data;
    c->u.constant.len = parts->text.len;
    c->u.constant.kind_u = fs->u;
    parser_vec_push_node(fs->p, &parts->values, c);
    parts->text = (StrBuf){0};
}

// The line and line start of a position inside token t.
static void locate(const Token *t, const char *at, int *line, const char **line_start) {
    *line = t->line;
    *line_start = t->start - t->col;
    for (const char *q = t->start; q < at; q++) {
        if (*q == '\n') {
            (*line)++;
            *line_start = q + 1;
        }
    }
}

// Parses the expression of a field, the text [start, end) of token t.
static Node *field_expression(Parser *p, const Token *t, const char *start, const char *end) {
    int line;
    const char *line_start;
    locate(t, start, &line, &line_start);
    Lexer lx;
    lexer_init_fragment(&lx, start, end, line, line_start);
    lexer_run(&lx);
    Parser sub = {.arena = p->arena, .tokens = lx.tokens, .ntokens = lx.ntokens,
                  .depth = p->depth, .in_fstring = true, .fstring_line = line,
                  .fstring_col = (int)(start - line_start)};
    // The imaginary opening parenthesis stands where the '{' is.
    Node *e = parser_expr_group_interior(&sub, T_ENDMARKER, line, (int)(start - line_start) - 1);
    if (!e) {
        if (!sub.failed) {
            parser_syntax_error(&sub);
        }
        p->failed = true;
        p->generic = sub.generic;
        parser_pick_error(&lx, &sub, &p->err);
    }
    lexer_free(&lx);
    return e;
}

// Where the expression of a field ends: at a '!', ':', '=' or '}' outside
// brackets and strings. Returns NULL after reporting what is wrong.
static const char *field_end(FString *fs, const char *s, const char *end) {
    Parser *p = fs->p;
    char stack[LEXER_MAX_BRACKETS];
    int depth = 0;
    char quote = 0;
    int quote_len = 0;
    while (s < end) {
        char c = *s;
        if (c == '\\') {
            return parser_error_last(p, PERR_SYNTAX,
                                     "f-string expression part cannot include a backslash");
        }
        if (quote) {
            if (c == quote && (quote_len == 1 || (end - s >= 3 && s[1] == c && s[2] == c))) {
                s += quote_len;
                quote = 0;
            } else {
                s++;
            }
            continue;
        }
        if (c == '\'' || c == '"') {
            quote = c;
            quote_len = (end - s >= 3 && s[1] == c && s[2] == c) ? 3 : 1;
            s += quote_len;
            continue;
        }
        if (c == '(' || c == '[' || c == '{') {
            if (depth == LEXER_MAX_BRACKETS) {
                return parser_error_last(p, PERR_SYNTAX, "f-string: too many nested parenthesis");
            }
            stack[depth++] = c;
        } else if (c == '#') {
            return parser_error_last(p, PERR_SYNTAX, "f-string expression part cannot include '#'");
        } else if (depth == 0 && strchr("!:}=<>", c)) {
            // "!=", "==", "<=" and ">=" are operators, and so are '<' and
            // '>' alone; the rest end the expression.
            if (s + 1 < end && s[1] == '=' && c != ':' && c != '}') {
                s += 2;
                continue;
            }
            if (c != '<' && c != '>') {
                break;
            }
        } else if (c == ')' || c == ']' || c == '}') {
            if (depth == 0) {
                return parser_error_last(p, PERR_SYNTAX, "f-string: unmatched '%c'", c);
            }
            char open = stack[--depth];
            if ((open == '(' && c != ')') || (open == '[' && c != ']') || (open == '{' && c != '}')) {
                return parser_error_last(p, PERR_SYNTAX,
                                         "f-string: closing parenthesis '%c' does not match "
                                         "opening parenthesis '%c'",
                                         c, open);
            }
        }
        s++;
    }
    if (quote) {
        return parser_error_last(p, PERR_SYNTAX, "f-string: unterminated string");
    }
    if (depth > 0) {
        return parser_error_last(p, PERR_SYNTAX, "f-string: unmatched '%c'", stack[depth - 1]);
    }
    if (s == end) {
        return parser_error_last(p, PERR_SYNTAX, "f-string: expecting '}'");
    }
    return s;
}

static const char *fstring_parts(FString *fs, Parts *parts, const char *s, const char *end,
                                 int level);

static void *expecting_brace(Parser *p) {
    return parser_error_last(p, PERR_SYNTAX, "f-string: expecting '}'");
}

// A replacement field; s is just past its '{'. Returns the position
// after its '}', or NULL after an error.
static const char *field(FString *fs, Parts *parts, const char *s, const char *end, int level) {
    Parser *p = fs->p;
    if (level >= 2) {
        return parser_error_last(p, PERR_SYNTAX, "f-string: expressions nested too deeply");
    }
    const char *expr = s;
    if (!(s = field_end(fs, s, end))) {
        return NULL;
    }
    const char *q = expr;
    while (q < s && (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\r' || *q == '\f')) {
        q++;
    }
    if (q == s) {
        if (*s == '}') {
            return parser_error_last(p, PERR_SYNTAX, "f-string: empty expression not allowed");
        }
        return parser_error_last(p, PERR_SYNTAX, "f-string: expression required before '%c'", *s);
    }
    Node *value = field_expression(p, fs->tok, expr, s);
    if (!value) {
        return NULL;
    }
    // f"{x=}" shows the expression's text (and the spaces after '=').
    const char *debug_end = NULL;
    if (*s == '=') {
        for (s++; s < end && strchr(" \t\n\r\f\v", *s); s++) {
        }
        debug_end = s;
    }
    int conversion = -1;
    if (s < end && *s == '!') {
        if (++s == end) {
            return expecting_brace(p);
        }
        conversion = (unsigned char)*s++;
        if (conversion != 's' && conversion != 'r' && conversion != 'a') {
            return parser_error_last(p, PERR_SYNTAX, "f-string: invalid conversion character: "
                                                     "expected 's', 'r', or 'a'");
        }
    }
    if (s == end) {
        return expecting_brace(p);
    }
    Node *spec = NULL;
    if (*s == ':') {
        Parts spec_parts = {0};
        if (!(s = fstring_parts(fs, &spec_parts, s + 1, end, level + 1))) {
            return NULL;
        }
        flush(fs, &spec_parts, fs->tok);
        const Token *t = fs->tok;
        spec = node_new(p->arena, N_JOINED_STR, t->line, t->col, t->end_line, t->end_col);
        spec->u.joined.values = parser_vec_nodes(&spec_parts.values);
    }
    if (s == end || *s != '}') {
        return expecting_brace(p);
    }
    if (debug_end) {
        append(p, &parts->text, expr, (size_t)(debug_end - expr));
        if (conversion < 0 && !spec) {
            conversion = 'r';
        }
    }
    flush(fs, parts, NULL);
    Node *f = span_node(fs, N_FORMATTED_VALUE);
    f->u.formatted.value = value;
    f->u.formatted.conversion = conversion;
    f->u.formatted.format_spec = spec;
    parser_vec_push_node(p, &parts->values, f);
    return s + 1;
}

// Literal text and fields from s. At level 0 (the literal itself) reads to
// `end`, where "{{" and "}}" stand for braces; in a format spec (level 1
// and up) stops at the '}' that closes the spec and returns it.
static const char *fstring_parts(FString *fs, Parts *parts, const char *s, const char *end,
                                 int level) {
    Parser *p = fs->p;
    for (;;) {
        const char *text = s;
        while (s < end && *s != '{' && *s != '}') {
            if (!fs->raw && *s == '\\' && s + 1 < end) {
                if (s[1] == 'N' && s + 2 < end && s[2] == '{') {
                    // \N{NAME} is an escape, not a field.
                    const char *close = memchr(s, '}', (size_t)(end - s));
                    s = close ? close + 1 : end;
                    continue;
                }
                // "\{" keeps its backslash and still opens a field.
                s += (s[1] == '{' || s[1] == '}') ? 1 : 2;
                continue;
            }
            s++;
        }
        bool doubled = level == 0 && s + 1 < end && s[1] == *s;
        if (!decode(p, &parts->text, text, s + doubled, fs->raw, false, NULL)) {
            return NULL;
        }
        if (s == end) {
            return level == 0 ? s : expecting_brace(p);
        }
        if (doubled) {
            s += 2;
        } else if (*s == '}') {
            if (level == 0) {
                return parser_error_last(p, PERR_SYNTAX, "f-string: single '}' is not allowed");
            }
            return s;
        } else if (!(s = field(fs, parts, s + 1, end, level))) {
            return NULL;
        }
    }
}

// --- concatenation -------------------------------------------------------------------------------

static Node *joined_string(Parser *p, const Token *first, const Token *last) {
    FString fs = {.p = p, .u = literal_of(first).u, .line = first->line, .col = first->col,
                  .end_line = last->end_line, .end_col = last->end_col};
    Parts parts = {0};
    for (const Token *t = first; t <= last; t++) {
        Literal lit = literal_of(t);
        if (!lit.fstring) {
            if (!decode(p, &parts.text, lit.body, lit.body_end, lit.raw, false, NULL)) {
                return NULL;
            }
            continue;
        }
        fs.tok = t;
        fs.raw = lit.raw;
        if (!fstring_parts(&fs, &parts, lit.body, lit.body_end, 0)) {
            return NULL;
        }
    }
    flush(&fs, &parts, NULL);
    Node *n = span_node(&fs, N_JOINED_STR);
    n->u.joined.values = parser_vec_nodes(&parts.values);
    return n;
}

Node *parser_string_atom(Parser *p) {
    const Token *first = parser_peek(p);
    int nbytes = 0, count = 0;
    bool fstring = false;
    while (parser_check(p, T_STRING)) {
        Literal lit = literal_of(parser_next(p));
        nbytes += lit.bytes;
        fstring = fstring || lit.fstring;
        count++;
    }
    const Token *last = parser_prev(p);
    if (nbytes > 0 && nbytes < count) {
        return parser_error_last(p, PERR_SYNTAX, "cannot mix bytes and nonbytes literals");
    }
    if (!parser_enter(p)) {
        return NULL;
    }
    Node *n;
    if (fstring) {
        n = joined_string(p, first, last);
    } else {
        StrBuf text = {0};
        append(p, &text, "", 0);
        for (const Token *t = first; t <= last; t++) {
            Literal lit = literal_of(t);
            if (!decode(p, &text, lit.body, lit.body_end, lit.raw, lit.bytes, t)) {
                parser_leave(p);
                return NULL;
            }
        }
        n = parser_node_from(p, N_CONSTANT, first);
        n->u.constant.kind = nbytes ? CONST_BYTES : CONST_STR;
        n->u.constant.str = text.data;
        n->u.constant.len = text.len;
        n->u.constant.kind_u = literal_of(first).u;
    }
    parser_leave(p);
    return n;
}
