// The parser: source text to an AST (interp/ast.h), by recursive descent
// over the tokens of interp/lexer.c, with Python 3.11's grammar and its
// syntax error messages.
#ifndef CS_INTERP_PARSER_H
#define CS_INTERP_PARSER_H

#include "interp/ast.h"

typedef enum ParseMode {
    PARSE_FILE,     // a module: statements until end of input
    PARSE_SINGLE,   // one REPL input: one statement (simple or compound)
    PARSE_EVAL,     // one expression (eval())
} ParseMode;

// PARSE_SINGLE expects the lines entered so far, each ending in '\n'; the
// REPL decides when a compound statement is finished (an empty line). An
// error that more lines could fix (an open bracket, triple-quoted string or
// backslash continuation, a block header still without its body) comes
// back with `incomplete`, except that input ending in a blank line counts
// as finished unless a bracket, string or continuation is open.

typedef enum ParseErrorKind {
    PERR_SYNTAX,        // SyntaxError
    PERR_INDENTATION,   // IndentationError
    PERR_TAB,           // TabError
} ParseErrorKind;

typedef struct ParseError {
    ParseErrorKind kind;
    char msg[256];      // CPython's message, e.g. "expected ':'"
    int line, col;      // where the caret goes: 1-based line, 0-based byte column
    int end_line, end_col;
    // The input ended before the construct did (an open bracket, a block
    // header with no body yet, an unterminated triple-quoted string): the
    // REPL reads another line instead of reporting the error.
    bool incomplete;
} ParseError;

// Parses `len` bytes of UTF-8 source. Returns the root (N_MODULE,
// N_INTERACTIVE or N_EXPRESSION) allocated in `arena`, or NULL with *err
// filled in. Never raises: the caller turns *err into a SyntaxError.
Node *parse_source(Arena *arena, const char *src, size_t len, ParseMode mode, ParseError *err);

#endif
