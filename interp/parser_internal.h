// What the parser's files share: the Parser state and the helpers that
// read tokens, build nodes and report errors. Only interp/parser*.c
// include this header; everyone else uses interp/parser.h.
//
// The parser is split by concept:
//   parser.c          token reading, node building, errors, the entry point
//   parser_stmt.c     statements and blocks
//   parser_expr.c     expressions, from lambda down to atoms
//   parser_args.c     parameter lists of def and lambda, arguments of calls
//   parser_target.c   assignment, for, with and del targets
//   parser_string.c   string literals: escapes, concatenation, f-strings
//
// Error convention: a parsing function returns NULL (or false) after
// recording an error; only the first error is kept. Callers check and
// return at once, so no function ever continues after a failure.
#ifndef CS_INTERP_PARSER_INTERNAL_H
#define CS_INTERP_PARSER_INTERNAL_H

#include "interp/lexer.h"
#include "runtime/object.h"

// How deeply rules may nest (brackets, unary operators, lambdas, chains of
// operators and trailers, blocks) before the parser gives up rather than
// overflow the C stack, here or in the passes that walk the tree.
#define PARSER_MAX_DEPTH 1000

typedef struct Parser {
    Arena *arena;
    const Token *tokens;        // from the Lexer; the last is ENDMARKER or ERRORTOKEN
    int ntokens;
    int pos;                    // the next token
    int furthest;               // the furthest token looked at: where "invalid syntax" points
    int seen;                   // the same, but never reset by backtracking
    int depth;                  // current nesting of recursive rules
    bool failed;
    ParseError err;             // the first error, once failed
    bool generic;               // ... and it is the plain "invalid syntax" (or indent) one
    bool unexpected_indent;     // err is about an INDENT or DEDENT: no lexer error overrides it
    // Set while parsing the expression of an f-string replacement field:
    // errors get an "f-string: " prefix and, on the field's first line,
    // columns counted from just before the field (CPython parses the text
    // again wrapped in parentheses and reports positions in that copy).
    bool in_fstring;
    int fstring_line, fstring_col;
    // Set while a rule is tried only to see whether it matches: the
    // checks for specific mistakes stay quiet, as in CPython, whose
    // second pass retries such rules without its error rules.
    bool plain;
} Parser;

// A growable array in the arena. Growth leaves the old copy behind, which
// costs at most as much memory as the final array.
typedef struct Vec {
    void *items;
    int len, cap;
} Vec;

void *parser_vec_push(Parser *p, Vec *v, size_t item_size);
void parser_vec_push_node(Parser *p, Vec *v, Node *n);
NodeList parser_vec_nodes(const Vec *v);

// --- tokens ---

// The next token (without consuming it), or the one k tokens further.
const Token *parser_peek(Parser *p);
const Token *parser_peek_at(Parser *p, int k);
bool parser_check(Parser *p, TokenKind kind);
// Consumes and returns the next token.
const Token *parser_next(Parser *p);
// Consumes the next token if it is of the kind; returns it or NULL.
const Token *parser_accept(Parser *p, TokenKind kind);
// The last token consumed, and the last one that is not NEWLINE, INDENT or
// DEDENT (where a compound statement ends: a block's final ';' included).
const Token *parser_prev(const Parser *p);
const Token *parser_prev_significant(const Parser *p);

// --- nodes ---

// A node from `start` (a token) to the end of the last consumed token.
Node *parser_node_from(Parser *p, NodeKind kind, const Token *start);
char *parser_token_text(Parser *p, const Token *t);

// Enters a recursive rule; false (with an error recorded) when nested too deeply.
bool parser_enter(Parser *p);
void parser_leave(Parser *p);

// --- errors ---

// Records an error at the given range unless one is recorded already.
// They return NULL so a caller can write `return parser_error_...(...)`.
void *parser_error_at(Parser *p, ParseErrorKind kind, int line, int col, int end_line,
                      int end_col, const char *fmt, ...) __attribute__((format(printf, 7, 8)));
void *parser_error_token(Parser *p, const Token *t, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void *parser_error_node(Parser *p, const Node *n, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
// From the start of `first` to the end of `last`.
void *parser_error_range(Parser *p, const Node *first, const Node *last, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
// At the furthest token looked at, where CPython reports errors it
// raises without a location of its own.
void *parser_error_last(Parser *p, ParseErrorKind kind, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
// The error to report once the parser failed: its own, or the lexer's
// when the parser read as far as the lexer's error or CPython's tokenizer
// would have raised it anyway.
void parser_pick_error(const Lexer *lx, const Parser *p, ParseError *err);

// The generic error at the furthest token looked at: "invalid syntax", or
// "unexpected indent" (unindent) when that token is an INDENT (DEDENT).
void *parser_syntax_error(Parser *p);
// Whether the parser failed with that generic error, which CPython
// replaces with a specific one where a second look finds it.
bool parser_failed_generic(const Parser *p);

// Speculative parsing: remember where we are, try a rule, and go back
// when it did not match, forgetting its error.
typedef struct ParserMark {
    int pos, furthest, depth;
    bool failed, plain;
} ParserMark;

// parser_mark with plain set makes the attempt quiet until the reset.
ParserMark parser_mark(Parser *p, bool plain);
void parser_reset(Parser *p, ParserMark m, bool keep_furthest);

// --- rules in the other files ---

// parser_stmt.c: one statement (a line of simple statements, or a
// compound statement), appended to out.
bool parser_stmt_one(Parser *p, Vec *out);

// parser_expr.c
Node *parser_expr_star_expressions(Parser *p);
Node *parser_expr_star_named(Parser *p);
Node *parser_expr_named(Parser *p);
Node *parser_expr_expression(Parser *p);
Node *parser_expr_bitwise_or(Parser *p);
Node *parser_expr_yield(Parser *p);
// The target of a `for` (statement or comprehension) and the `in` after it.
Node *parser_expr_for_target(Parser *p);
// Whether a comprehension clause (`for`, `async for`) comes next, and the
// clauses themselves.
bool parser_expr_at_comprehension(Parser *p);
bool parser_expr_comprehension(Parser *p, Comprehension **out, int *n);
// What follows an opening parenthesis (already read, at line/col): a
// group, tuple, generator expression or yield, up to `closer`, which it
// consumes: ')' or, for an f-string field, the fragment's ENDMARKER.
Node *parser_expr_group_interior(Parser *p, TokenKind closer, int line, int col);
// The token index of the bracket closing the one at `open`, or -1.
int parser_expr_matching_bracket(const Parser *p, int open);
// Whether tokens [start, end) are one parenthesized expression.
bool parser_expr_parenthesized(const Parser *p, int start, int end);
// Whether `e` (tokens [start, end), just before an '=') is a target
// CPython explains as a mistaken comparison: "Maybe you meant '=='".
bool parser_expr_suggest_comparison(Parser *p, const Node *e, int start, int end);

// parser_args.c: parameters up to ')' (or ':' for a lambda), and call
// arguments after the '(' up to and including the ')', stored in `call`.
Arguments *parser_args_params(Parser *p, bool lambda);
bool parser_args_call(Parser *p, Node *call, bool allow_genexp);

// parser_target.c
typedef enum TargetKind { TARGET_STORE, TARGET_DEL, TARGET_FOR } TargetKind;
// Checks the target, reporting its first invalid part, and gives every
// part the Store or Del context.
bool parser_target_set(Parser *p, Node *target, TargetKind kind);
// The first part of `e` that cannot be a target, or NULL.
const Node *parser_target_invalid(const Node *e, TargetKind kind);
// How CPython names an expression in messages: "function call", "literal".
const char *parser_target_name(const Node *n);

// parser_string.c: adjacent string literals as one Constant or JoinedStr.
Node *parser_string_atom(Parser *p);

#endif
