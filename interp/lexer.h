// The lexer: UTF-8 source text to the token array the parser reads.
//
// The whole input is tokenized up front into one array, so the parser can
// look ahead and back up freely. Indentation becomes INDENT/DEDENT tokens
// from a stack of column widths; line breaks inside brackets and after a
// backslash are dropped; comments and blank lines produce nothing. A
// string literal is one STRING token holding its prefix and quotes: the
// parser decodes escapes and f-strings (interp/parser_string.c).
//
// On the first error the lexer stops: the last token is ERRORTOKEN and
// Lexer.error says what went wrong. Like CPython, some lexer errors win
// over a syntax error the parser finds earlier in the file (a bad number,
// an unterminated string): Lexer.error_overrides says which.
//
// See also: interp/parser.c, which turns the tokens into the AST.
#ifndef CS_INTERP_LEXER_H
#define CS_INTERP_LEXER_H

#include "interp/parser.h"

// Every token kind with its spelling: the operator and keyword spellings
// are what the lexer matches, the others describe the kind in messages.
#define TOKEN_LIST(X)                                                         \
    X(ENDMARKER, "end of input")                                              \
    X(NEWLINE, "newline")                                                     \
    X(INDENT, "indent")                                                       \
    X(DEDENT, "dedent")                                                       \
    X(NAME, "name")                                                           \
    X(NUMBER, "number")                                                       \
    X(STRING, "string")                                                       \
    X(ERRORTOKEN, "error")        /* the lexer stopped here: see Lexer.error */ \
    X(BADCHAR, "character")       /* `$`, `?`, `!`: no token starts with it */ \
    /* operators and delimiters, T_LPAR .. T_COLONEQUAL */                    \
    X(LPAR, "(") X(RPAR, ")") X(LSQB, "[") X(RSQB, "]")                       \
    X(LBRACE, "{") X(RBRACE, "}") X(COLON, ":") X(COMMA, ",") X(SEMI, ";")    \
    X(PLUS, "+") X(MINUS, "-") X(STAR, "*") X(SLASH, "/") X(VBAR, "|")        \
    X(AMPER, "&") X(LESS, "<") X(GREATER, ">") X(EQUAL, "=") X(DOT, ".")      \
    X(PERCENT, "%") X(EQEQUAL, "==") X(NOTEQUAL, "!=") X(LESSEQUAL, "<=")     \
    X(GREATEREQUAL, ">=") X(TILDE, "~") X(CIRCUMFLEX, "^")                    \
    X(LEFTSHIFT, "<<") X(RIGHTSHIFT, ">>") X(DOUBLESTAR, "**")                \
    X(PLUSEQUAL, "+=") X(MINEQUAL, "-=") X(STAREQUAL, "*=")                   \
    X(SLASHEQUAL, "/=") X(PERCENTEQUAL, "%=") X(AMPEREQUAL, "&=")             \
    X(VBAREQUAL, "|=") X(CIRCUMFLEXEQUAL, "^=") X(LEFTSHIFTEQUAL, "<<=")      \
    X(RIGHTSHIFTEQUAL, ">>=") X(DOUBLESTAREQUAL, "**=")                       \
    X(DOUBLESLASH, "//") X(DOUBLESLASHEQUAL, "//=") X(AT, "@")                \
    X(ATEQUAL, "@=") X(RARROW, "->") X(ELLIPSIS, "...")                       \
    X(LTGT, "<>")                 /* Python 2's !=: a token, but no rule takes it */ \
    X(COLONEQUAL, ":=")                                                       \
    /* keywords, T_FALSE .. T_YIELD */                                        \
    X(FALSE, "False") X(NONE, "None") X(TRUE, "True") X(AND, "and")           \
    X(AS, "as") X(ASSERT, "assert") X(ASYNC, "async") X(AWAIT, "await")       \
    X(BREAK, "break") X(CLASS, "class") X(CONTINUE, "continue")               \
    X(DEF, "def") X(DEL, "del") X(ELIF, "elif") X(ELSE, "else")               \
    X(EXCEPT, "except") X(FINALLY, "finally") X(FOR, "for") X(FROM, "from")   \
    X(GLOBAL, "global") X(IF, "if") X(IMPORT, "import") X(IN, "in")           \
    X(IS, "is") X(LAMBDA, "lambda") X(NONLOCAL, "nonlocal") X(NOT, "not")     \
    X(OR, "or") X(PASS, "pass") X(RAISE, "raise") X(RETURN, "return")         \
    X(TRY, "try") X(WHILE, "while") X(WITH, "with") X(YIELD, "yield")

typedef enum TokenKind {
#define X(kind, spelling) T_##kind,
    TOKEN_LIST(X)
#undef X
    T__COUNT
} TokenKind;

extern const char *const token_spelling[];   // indexed by TokenKind

typedef struct Token {
    TokenKind kind;
    const char *start;          // first byte in the source text
    int len;                    // in bytes
    int line, col;              // 1-based line, 0-based byte column
    int end_line, end_col;      // just past the last byte
    int level;                  // bracket depth once this token is read
    bool at_eof;                // made up at the end of input (DEDENTs, ENDMARKER)
} Token;

// Nesting limits, the same as CPython's so the same programs are accepted
// (at most LEXER_MAX_INDENT - 1 indented levels).
#define LEXER_MAX_INDENT 100
#define LEXER_MAX_BRACKETS 200

typedef struct Bracket {
    char ch;                    // '(', '[' or '{'
    int line, col;
} Bracket;

typedef struct Lexer {
    const char *src, *end;      // the text being read
    const char *cur;            // next byte to read
    const char *line_start;     // first byte of the line `cur` is on
    int line;
    bool fragment;              // an f-string replacement field (see lexer_init_fragment)
    bool at_line_start;         // indentation still to be measured
    int indents[LEXER_MAX_INDENT + 1];       // columns, tabs to multiples of 8
    int alt_indents[LEXER_MAX_INDENT + 1];   // columns, tabs as one column
    int n_indents;
    Bracket brackets[LEXER_MAX_BRACKETS];
    int n_brackets;
    Token *tokens;              // owned: malloc'd, freed by lexer_free
    int ntokens, cap;
    bool failed;
    ParseError error;           // when failed: what, and where
    bool error_overrides;       // reported even if the parser fails first
    bool eof_in_brackets;       // the input ended inside brackets
} Lexer;

// Prepares to tokenize the `len` bytes at `src`, a whole file or REPL input.
void lexer_init(Lexer *lx, const char *src, size_t len);

// Prepares to tokenize the expression of an f-string replacement field, the
// bytes [start, end) of a source whose line `line` begins at `line_start`.
// Positions come out as positions in that source; line breaks are ignored
// as inside brackets, and no NEWLINE, INDENT or DEDENT is produced.
void lexer_init_fragment(Lexer *lx, const char *start, const char *end, int line,
                         const char *line_start);

// Tokenizes the whole input into lx->tokens. The last token is ENDMARKER,
// or ERRORTOKEN with lx->error filled in (then it returns false).
bool lexer_run(Lexer *lx);

void lexer_free(Lexer *lx);

#endif
