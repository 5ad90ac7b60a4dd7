// The lexer: UTF-8 source to tokens (see interp/lexer.h for the contract).
//
// One pass over the text. At the start of each logical line the
// indentation is measured (a tab advances to the next multiple of 8) and
// compared with the indentation stack, giving INDENT or DEDENT tokens. To
// catch a mix of tabs and spaces whose meaning depends on the tab width,
// a second stack measures every line again with a tab counting as one
// column; the two must agree on the order of the levels (TabError).
// Blank and comment-only lines never touch the indentation, and inside
// brackets line breaks are ignored altogether.
//
// Error messages and their positions follow CPython 3.11's tokenizer,
// because tracebacks and tests compare them. Positions are 1-based lines
// and 0-based byte columns. Many of CPython's tokenizer errors point just
// before its read position, so several helpers below name the byte after
// the culprit and let col_before() step back one character.
#include "interp/lexer.h"
#include "runtime/unicode.h"

const char *const token_spelling[] = {
#define X(kind, spelling) spelling,
    TOKEN_LIST(X)
#undef X
};

// --- reading the text -------------------------------------------------------

// The byte at p, or -1 at the end of the text.
static int at(const Lexer *lx, const char *p) {
    return p < lx->end ? (unsigned char)*p : -1;
}

static bool is_digit(int c) {
    return c >= '0' && c <= '9';
}

static bool is_ident_char(int c) {
    return c == '_' || is_digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c >= 0x80;
}

static bool is_newline(int c) {
    return c == '\n' || c == '\r';
}

static int col_of(const Lexer *lx, const char *p) {
    return (int)(p - lx->line_start);
}

// The column of the character that ends just before p.
static int col_before(const Lexer *lx, const char *p) {
    if (p > lx->line_start) {
        p--;
        while (p > lx->line_start && ((unsigned char)*p & 0xC0) == 0x80) {
            p--;
        }
    }
    return col_of(lx, p);
}

// Steps over the line break at lx->cur ("\n", "\r\n" or "\r").
static void skip_line_break(Lexer *lx) {
    if (*lx->cur == '\r' && at(lx, lx->cur + 1) == '\n') {
        lx->cur++;
    }
    lx->cur++;
    lx->line++;
    lx->line_start = lx->cur;
}

// Where CPython places the end of input: on the last line that holds any
// character, just past its text.
static void eof_position(const Lexer *lx, int *line, int *col) {
    if (lx->fragment) {
        *line = lx->line;
        *col = col_of(lx, lx->cur);
        return;
    }
    const char *e = lx->end;
    int l = lx->line;
    if (e > lx->src && e[-1] == '\n') {
        e--;
        l--;
        if (e > lx->src && e[-1] == '\r') {
            e--;
        }
    } else if (e > lx->src && e[-1] == '\r') {
        e--;
        l--;
    }
    const char *s = e;
    while (s > lx->src && s[-1] != '\n' && s[-1] != '\r') {
        s--;
    }
    *line = l < 1 ? 1 : l;
    *col = (int)(e - s);
}

// --- producing tokens and errors ----------------------------------------------

static Token *push(Lexer *lx, TokenKind kind, const char *start, int len, int line, int col,
                   int end_line, int end_col) {
    if (lx->ntokens == lx->cap) {
        lx->cap = lx->cap ? lx->cap * 2 : 256;
        lx->tokens = realloc(lx->tokens, (size_t)lx->cap * sizeof(Token));
        if (!lx->tokens) {
            cs_fatal("out of memory");
        }
    }
    Token *t = &lx->tokens[lx->ntokens++];
    t->kind = kind;
    t->start = start;
    t->len = len;
    t->line = line;
    t->col = col;
    t->end_line = end_line;
    t->end_col = end_col;
    t->level = lx->n_brackets + (lx->fragment ? 1 : 0);
    t->at_eof = false;
    return t;
}

// A token from `start` (on line `line`, column `col`) to lx->cur.
static void emit(Lexer *lx, TokenKind kind, const char *start, int line, int col) {
    push(lx, kind, start, (int)(lx->cur - start), line, col, lx->line, col_of(lx, lx->cur));
}

// Records the error and ends the token array with ERRORTOKEN. `overrides`
// marks the errors CPython's tokenizer raises itself: they are reported
// even when the parser stumbles earlier in the file.
static bool fail(Lexer *lx, ParseErrorKind kind, bool overrides, int line, int col,
                 const char *fmt, ...) __attribute__((format(printf, 6, 7)));

static bool fail(Lexer *lx, ParseErrorKind kind, bool overrides, int line, int col,
                 const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(lx->error.msg, sizeof lx->error.msg, fmt, ap);
    va_end(ap);
    lx->failed = true;
    lx->error.kind = kind;
    lx->error.line = lx->error.end_line = line;
    lx->error.col = lx->error.end_col = col;
    lx->error.incomplete = false;
    lx->error_overrides = overrides;
    push(lx, T_ERRORTOKEN, lx->cur, 0, line, col, line, col);
    return false;
}

// A SyntaxError raised by the tokenizer, placed on the current line.
static bool syntax_error(Lexer *lx, int col, const char *msg) {
    return fail(lx, PERR_SYNTAX, true, lx->line, col, "%s", msg);
}

// --- whole-text checks --------------------------------------------------------

// Source text must be UTF-8 without NUL bytes. Checking it all up front
// lets the rest of the lexer decode characters without re-validating.
static bool check_encoding(Lexer *lx) {
    int line = 1;
    const char *line_start = lx->src;
    for (const char *p = lx->src; p < lx->end;) {
        unsigned char c = (unsigned char)*p;
        uint32_t cp;
        if (c == 0) {
            return fail(lx, PERR_SYNTAX, true, line, (int)(p - line_start),
                        "source code cannot contain null bytes");
        }
        if (c < 0x80) {
            p++;
            if (c == '\n') {
                line++;
                line_start = p;
            }
            continue;
        }
        int n = unicode_decode_utf8(p, lx->end, &cp, false);
        if (n == 0) {
            return fail(lx, PERR_SYNTAX, true, line, 0,
                        "Non-UTF-8 code starting with '\\x%02x' on line %d, but no encoding "
                        "declared; see https://peps.python.org/pep-0263/ for details",
                        c, line);
        }
        p += n;
    }
    return true;
}

// A backslash must end its line; the next line continues this one.
static bool continuation(Lexer *lx) {
    int line = lx->line, col = col_of(lx, lx->cur) + 1;
    lx->cur++;
    int c = at(lx, lx->cur);
    if (is_newline(c)) {
        skip_line_break(lx);
        if (lx->cur < lx->end) {
            return true;
        }
    } else if (c >= 0) {
        return fail(lx, PERR_SYNTAX, false, line, col,
                    "unexpected character after line continuation character");
    }
    fail(lx, PERR_SYNTAX, false, line, col, "unexpected EOF while parsing");
    lx->error.incomplete = true;
    return false;
}

// --- indentation ----------------------------------------------------------------

static bool tab_error(Lexer *lx) {
    return fail(lx, PERR_TAB, false, lx->line, 0,
                "inconsistent use of tabs and spaces in indentation");
}

// At the start of a logical line: skips blank and comment-only lines, then
// measures the next line's indentation and emits its INDENT or DEDENTs.
// Leaves lx->cur at the first token of the line, or at the end of input.
static bool indentation(Lexer *lx) {
    int col, alt;
    const char *p;
    for (;;) {
        col = alt = 0;
        for (p = lx->cur; p < lx->end; p++) {
            if (*p == ' ') {
                col++;
                alt++;
            } else if (*p == '\t') {
                col = (col / 8 + 1) * 8;
                alt++;
            } else if (*p == '\f') {
                // A form feed restarts the count, as in CPython.
                col = alt = 0;
            } else if (*p == '\\' && p + 1 < lx->end && is_newline(p[1])) {
                // A backslash continues the indentation on the next line.
                lx->cur = p + 1;
                skip_line_break(lx);
                p = lx->cur - 1;
            } else {
                break;
            }
        }
        lx->cur = p;
        if (p == lx->end) {
            return true;
        }
        if (*p == '\\') {
            // A backslash not ending the line: an error before any
            // INDENT or DEDENT, as in CPython.
            return continuation(lx);
        }
        if (*p != '#' && !is_newline(*p)) {
            break;
        }
        while (lx->cur < lx->end && !is_newline(*lx->cur)) {
            lx->cur++;
        }
        if (lx->cur == lx->end) {
            return true;
        }
        skip_line_break(lx);
    }
    lx->at_line_start = false;

    int n = lx->n_indents;
    int width = col_of(lx, p);
    if (col == lx->indents[n]) {
        if (alt != lx->alt_indents[n]) {
            return tab_error(lx);
        }
    } else if (col > lx->indents[n]) {
        if (n + 1 >= LEXER_MAX_INDENT) {
            return fail(lx, PERR_INDENTATION, false, lx->line, 0,
                        "too many levels of indentation");
        }
        if (alt <= lx->alt_indents[n]) {
            return tab_error(lx);
        }
        lx->n_indents = n + 1;
        lx->indents[n + 1] = col;
        lx->alt_indents[n + 1] = alt;
        push(lx, T_INDENT, p, 0, lx->line, width, lx->line, width);
    } else {
        int dedents = 0;
        while (n > 0 && col < lx->indents[n]) {
            n--;
            dedents++;
        }
        if (col != lx->indents[n]) {
            // CPython points past the whole offending line.
            const char *e = p;
            while (e < lx->end && !is_newline(*e)) {
                e++;
            }
            return fail(lx, PERR_INDENTATION, false, lx->line, col_of(lx, e),
                        "unindent does not match any outer indentation level");
        }
        if (alt != lx->alt_indents[n]) {
            return tab_error(lx);
        }
        lx->n_indents = n;
        for (int i = 0; i < dedents; i++) {
            push(lx, T_DEDENT, p, 0, lx->line, width, lx->line, width);
        }
    }
    return true;
}

// --- end of input -------------------------------------------------------------

static bool end_of_input(Lexer *lx, const char *comment) {
    if (!lx->fragment && lx->n_brackets > 0) {
        const Bracket *b = &lx->brackets[lx->n_brackets - 1];
        fail(lx, PERR_SYNTAX, false, b->line, b->col, "'%c' was never closed", b->ch);
        lx->eof_in_brackets = true;
        lx->error.incomplete = true;
        return false;
    }
    int line, col;
    eof_position(lx, &line, &col);
    if (!lx->fragment) {
        if (!lx->at_line_start) {
            // The last line has no line break: end it as if it had one.
            const char *start = comment ? comment : lx->cur;
            push(lx, T_NEWLINE, start, (int)(lx->cur - start), lx->line, col_of(lx, start),
                 lx->line, col_of(lx, lx->cur) + 1);
        }
        // At the end, CPython's read position is past the last line
        // break: one column after the text of the last line.
        col++;
        for (; lx->n_indents > 0; lx->n_indents--) {
            push(lx, T_DEDENT, lx->cur, 0, line, col, line, col)->at_eof = true;
        }
    }
    push(lx, T_ENDMARKER, lx->cur, 0, line, col, line, col)->at_eof = true;
    return true;
}

// --- names and strings ----------------------------------------------------------

// The length of a string prefix (r, u, b, f, br, rb, fr, rf in any case)
// at p when a quote follows it, else 0.
static int string_prefix_len(const Lexer *lx, const char *p) {
    static const char *const prefixes[] = {"r", "u", "b", "f", "br", "rb", "fr", "rf"};
    for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++) {
        size_t n = strlen(prefixes[i]);
        size_t k = 0;
        while (k < n && ((unsigned)at(lx, p + k) | 0x20) == (unsigned char)prefixes[i][k]) {
            k++;
        }
        int q = at(lx, p + n);
        if (k == n && (q == '"' || q == '\'')) {
            return (int)n;
        }
    }
    return 0;
}

// A string literal: prefix, opening quote(s), body, closing quote(s).
// Escapes are only skipped here; interp/parser_string.c decodes them.
static bool string(Lexer *lx, const char *start, int prefix_len) {
    int line = lx->line, col = col_of(lx, start);
    const char *q = start + prefix_len;
    int quote = *q;
    int quote_len = (at(lx, q + 1) == quote && at(lx, q + 2) == quote) ? 3 : 1;
    lx->cur = q + quote_len;
    int closing = 0;
    while (closing < quote_len) {
        int c = at(lx, lx->cur);
        if (c < 0 || (quote_len == 1 && is_newline(c))) {
            int detected = lx->line, ignored;
            if (c < 0) {
                eof_position(lx, &detected, &ignored);
            }
            fail(lx, PERR_SYNTAX, true, line, col, "unterminated %sstring literal (detected at line %d)",
                 quote_len == 3 ? "triple-quoted " : "", detected);
            lx->error.incomplete = quote_len == 3;
            return false;
        }
        if (c == quote) {
            closing++;
            lx->cur++;
            continue;
        }
        closing = 0;
        if (c == '\\') {
            lx->cur++;
            c = at(lx, lx->cur);
            if (c < 0) {
                continue;
            }
        }
        if (is_newline(c)) {
            skip_line_break(lx);
        } else {
            lx->cur++;
        }
    }
    emit(lx, T_STRING, start, line, col);
    return true;
}

// Reports the first character of a non-ASCII name that cannot be part of
// an identifier, as CPython does. Returns true when all are valid.
static bool check_identifier(Lexer *lx, const char *start, const char *end) {
    for (const char *p = start; p < end;) {
        uint32_t cp;
        int n = unicode_decode_utf8(p, end, &cp, false);
        UnicodeClass cls = unicode_class(cp);
        if (cls == UNICODE_NONPRINT) {
            return fail(lx, PERR_SYNTAX, true, lx->line, col_of(lx, p),
                        "invalid non-printable character U+%04X", (unsigned)cp);
        }
        if (cls == UNICODE_SYMBOL) {
            return fail(lx, PERR_SYNTAX, true, lx->line, col_of(lx, p),
                        "invalid character '%.*s' (U+%04X)", n, p, (unsigned)cp);
        }
        p += n;
    }
    return true;
}

static bool name_or_string(Lexer *lx) {
    const char *start = lx->cur;
    int prefix_len = string_prefix_len(lx, start);
    if (prefix_len > 0) {
        return string(lx, start, prefix_len);
    }
    bool ascii = true;
    while (is_ident_char(at(lx, lx->cur))) {
        ascii = ascii && (unsigned char)*lx->cur < 0x80;
        lx->cur++;
    }
    if (!ascii && !check_identifier(lx, start, lx->cur)) {
        return false;
    }
    TokenKind kind = T_NAME;
    size_t len = (size_t)(lx->cur - start);
    for (int k = T_FALSE; k <= T_YIELD; k++) {
        if (strlen(token_spelling[k]) == len && memcmp(token_spelling[k], start, len) == 0) {
            kind = (TokenKind)k;
            break;
        }
    }
    emit(lx, kind, start, lx->line, col_of(lx, start));
    return true;
}

// --- numbers ------------------------------------------------------------------

static bool starts_with(const Lexer *lx, const char *p, const char *word) {
    size_t n = strlen(word);
    return lx->end - p >= (ptrdiff_t)n && memcmp(p, word, n) == 0;
}

// A number ends at p. CPython lets a keyword follow a number without a
// space (`1if x else 2`, only warning about it), so a letter there is an
// error unless it begins one of those keywords.
static bool end_number(Lexer *lx, const char *start, const char *p, const char *kind) {
    static const char *const keywords[] = {"and", "else", "for", "if", "in", "is", "or", "not"};
    bool keyword = false;
    for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++) {
        keyword = keyword || starts_with(lx, p, keywords[i]);
    }
    if (!keyword && is_ident_char(at(lx, p))) {
        lx->cur = p;
        char msg[64];
        snprintf(msg, sizeof msg, "invalid %s literal", kind);
        return syntax_error(lx, col_before(lx, p), msg);
    }
    lx->cur = p;
    emit(lx, T_NUMBER, start, lx->line, col_of(lx, start));
    return true;
}

static bool in_base(int c, int base) {
    if (base == 16) {
        return is_digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
    }
    return c >= '0' && c < '0' + base;
}

// 0x..., 0o..., 0b...: digits of the base with single '_' separators.
static bool radix_number(Lexer *lx, const char *start, int base) {
    const char *kind = base == 16 ? "hexadecimal" : base == 8 ? "octal" : "binary";
    char msg[64];
    const char *p = start + 2;
    do {
        if (at(lx, p) == '_') {
            p++;
        }
        int c = at(lx, p);
        if (!in_base(c, base)) {
            if (is_digit(c)) {
                snprintf(msg, sizeof msg, "invalid digit '%c' in %s literal", c, kind);
                return syntax_error(lx, col_of(lx, p), msg);
            }
            snprintf(msg, sizeof msg, "invalid %s literal", kind);
            return syntax_error(lx, col_before(lx, p), msg);
        }
        while (in_base(at(lx, p), base)) {
            p++;
        }
    } while (at(lx, p) == '_');
    if (is_digit(at(lx, p))) {
        snprintf(msg, sizeof msg, "invalid digit '%c' in %s literal", *p, kind);
        return syntax_error(lx, col_of(lx, p), msg);
    }
    return end_number(lx, start, p, kind);
}

// Decimal digits with single '_' separators from p. Returns the end, or
// NULL after reporting a misplaced '_'.
static const char *digits(Lexer *lx, const char *p) {
    for (;;) {
        while (is_digit(at(lx, p))) {
            p++;
        }
        if (at(lx, p) != '_') {
            return p;
        }
        p++;
        if (!is_digit(at(lx, p))) {
            syntax_error(lx, col_before(lx, p), "invalid decimal literal");
            return NULL;
        }
    }
}

// The fraction, exponent and 'j' suffix of a decimal number; p is just
// past its integer part (or at the '.' of ".5").
static bool number_tail(Lexer *lx, const char *start, const char *p) {
    if (at(lx, p) == '.') {
        p++;
        if (is_digit(at(lx, p)) && !(p = digits(lx, p))) {
            return false;
        }
    }
    if ((at(lx, p) | 0x20) == 'e') {
        const char *q = p + 1;
        if (at(lx, q) == '+' || at(lx, q) == '-') {
            q++;
            if (!is_digit(at(lx, q))) {
                return syntax_error(lx, col_before(lx, q), "invalid decimal literal");
            }
        } else if (!is_digit(at(lx, q))) {
            // "1else": the number ends before the 'e'.
            return end_number(lx, start, p, "decimal");
        }
        if (!(p = digits(lx, q))) {
            return false;
        }
    }
    if ((at(lx, p) | 0x20) == 'j') {
        return end_number(lx, start, p + 1, "imaginary");
    }
    return end_number(lx, start, p, "decimal");
}

static bool number(Lexer *lx) {
    const char *start = lx->cur;
    int second = at(lx, start + 1) | 0x20;
    if (*start == '0' && (second == 'x' || second == 'o' || second == 'b')) {
        return radix_number(lx, start, second == 'x' ? 16 : second == 'o' ? 8 : 2);
    }
    if (*start == '.') {
        return number_tail(lx, start, start);
    }
    if (*start != '0') {
        const char *p = digits(lx, start);
        return p && number_tail(lx, start, p);
    }
    // Leading zeros: "0", "00" and "0_0" are fine, "012" is an old-style
    // octal literal and no longer allowed, "012.5" is a float.
    const char *p = start;
    for (;;) {
        if (at(lx, p) == '_') {
            p++;
            if (!is_digit(at(lx, p))) {
                return syntax_error(lx, col_before(lx, p), "invalid decimal literal");
            }
        }
        if (at(lx, p) != '0') {
            break;
        }
        p++;
    }
    const char *zeros_end = p;
    if (is_digit(at(lx, p)) && !(p = digits(lx, p))) {
        return false;
    }
    int c = at(lx, p) | 0x20;
    if (p != zeros_end && c != '.' && c != 'e' && c != 'j') {
        fail(lx, PERR_SYNTAX, true, lx->line, col_of(lx, start),
             "leading zeros in decimal integer literals are not permitted; "
             "use an 0o prefix for octal integers");
        lx->error.end_col = col_of(lx, zeros_end) + 1;
        return false;
    }
    return number_tail(lx, start, p);
}

// --- operators and brackets ---------------------------------------------------

static bool open_bracket(Lexer *lx, const char *start) {
    if (lx->n_brackets == LEXER_MAX_BRACKETS) {
        return syntax_error(lx, col_of(lx, start), "too many nested parentheses");
    }
    Bracket *b = &lx->brackets[lx->n_brackets++];
    b->ch = *start;
    b->line = lx->line;
    b->col = col_of(lx, start);
    return true;
}

static bool close_bracket(Lexer *lx, const char *start) {
    char ch = *start;
    int col = col_of(lx, start);
    if (lx->n_brackets == 0) {
        return fail(lx, PERR_SYNTAX, true, lx->line, col, "unmatched '%c'", ch);
    }
    const Bracket *b = &lx->brackets[lx->n_brackets - 1];
    char want = b->ch == '(' ? ')' : b->ch == '[' ? ']' : '}';
    if (ch != want) {
        if (b->line != lx->line) {
            return fail(lx, PERR_SYNTAX, true, lx->line, col,
                        "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d",
                        ch, b->ch, b->line);
        }
        return fail(lx, PERR_SYNTAX, true, lx->line, col,
                    "closing parenthesis '%c' does not match opening parenthesis '%c'", ch, b->ch);
    }
    lx->n_brackets--;
    return true;
}

// The longest operator spelling at lx->cur; anything else is a character
// no token starts with.
static bool operator(Lexer *lx) {
    const char *start = lx->cur;
    TokenKind best = T_BADCHAR;
    size_t best_len = 1;
    for (int k = T_LPAR; k <= T_COLONEQUAL; k++) {
        size_t n = strlen(token_spelling[k]);
        if ((best == T_BADCHAR || n > best_len) && starts_with(lx, start, token_spelling[k])) {
            best = (TokenKind)k;
            best_len = n;
        }
    }
    unsigned char c = (unsigned char)*start;
    if (best == T_BADCHAR && (c < 0x20 || c == 0x7F)) {
        char msg[64];
        snprintf(msg, sizeof msg, "invalid non-printable character U+%04X", c);
        return syntax_error(lx, col_of(lx, start), msg);
    }
    if (best == T_LPAR || best == T_LSQB || best == T_LBRACE) {
        if (!open_bracket(lx, start)) {
            return false;
        }
    } else if (best == T_RPAR || best == T_RSQB || best == T_RBRACE) {
        if (!close_bracket(lx, start)) {
            return false;
        }
    }
    lx->cur += best_len;
    emit(lx, best, start, lx->line, col_of(lx, start));
    return true;
}

// --- the main loop ---------------------------------------------------------------

// A line break outside brackets ends a logical line. After a comment the
// NEWLINE starts where the comment does, as in CPython.
static void line_break(Lexer *lx, const char *comment) {
    if (!lx->fragment && lx->n_brackets == 0) {
        const char *start = comment ? comment : lx->cur;
        push(lx, T_NEWLINE, start, (int)(lx->cur - start) + 1, lx->line, col_of(lx, start), lx->line,
             col_of(lx, lx->cur) + 1);
        lx->at_line_start = true;
    }
    skip_line_break(lx);
}

// Reads the next token (or, at a line start, the indentation tokens).
// Returns false once an error ended the token array.
static bool next_token(Lexer *lx) {
    if (lx->at_line_start && !lx->fragment && lx->n_brackets == 0) {
        if (!indentation(lx)) {
            return false;
        }
    }
    while (lx->cur < lx->end && (*lx->cur == ' ' || *lx->cur == '\t' || *lx->cur == '\f')) {
        lx->cur++;
    }
    const char *comment = NULL;
    if (at(lx, lx->cur) == '#') {
        comment = lx->cur;
        while (lx->cur < lx->end && !is_newline(*lx->cur)) {
            lx->cur++;
        }
    }
    int c = at(lx, lx->cur);
    if (c < 0) {
        return end_of_input(lx, comment);
    }
    if (is_newline(c)) {
        line_break(lx, comment);
        return true;
    }
    if (c == '\\') {
        return continuation(lx);
    }
    if (is_digit(c) || (c == '.' && is_digit(at(lx, lx->cur + 1)))) {
        return number(lx);
    }
    if (is_ident_char(c)) {
        return name_or_string(lx);
    }
    if (c == '"' || c == '\'') {
        return string(lx, lx->cur, 0);
    }
    return operator(lx);
}

// --- the interface ----------------------------------------------------------------

void lexer_init(Lexer *lx, const char *src, size_t len) {
    memset(lx, 0, sizeof *lx);
    // A UTF-8 byte order mark says nothing we do not assume already.
    if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0) {
        src += 3;
        len -= 3;
    }
    lx->src = lx->cur = lx->line_start = src;
    lx->end = src + len;
    lx->line = 1;
    lx->at_line_start = true;
}

void lexer_init_fragment(Lexer *lx, const char *start, const char *end, int line,
                         const char *line_start) {
    memset(lx, 0, sizeof *lx);
    lx->src = lx->cur = start;
    lx->end = end;
    lx->line_start = line_start;
    lx->line = line;
    lx->fragment = true;
}

bool lexer_run(Lexer *lx) {
    if (!lx->fragment && !check_encoding(lx)) {
        return false;
    }
    for (;;) {
        if (!next_token(lx)) {
            return false;
        }
        if (lx->ntokens > 0 && lx->tokens[lx->ntokens - 1].kind == T_ENDMARKER) {
            return true;
        }
    }
}

void lexer_free(Lexer *lx) {
    free(lx->tokens);
    lx->tokens = NULL;
    lx->ntokens = lx->cap = 0;
}
