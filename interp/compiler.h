// The compiler's entry point: source text to a code object, through the
// parser (interp/parser.c), the scope pass (interp/scope.c) and code
// generation (interp/compile_stmt.c, compile_expr.c, code_builder.c).
#ifndef CS_INTERP_COMPILER_H
#define CS_INTERP_COMPILER_H

#include "interp/parser.h"
#include "runtime/obj_func.h"

// Compiles `len` bytes of source. Returns the module's (or expression's)
// code object, a new reference, or NULL with SyntaxError (IndentationError,
// TabError) raised. With `incomplete`, reports instead whether the error
// was only that the input ended too soon (the REPL's question): then
// *incomplete is true and no exception is raised.
ObjCode *compile_source(ThreadState *ts, const char *src, size_t len, const char *filename,
                        ParseMode mode, bool *incomplete);

// Several statements typed or pasted at the REPL: compiled as a module,
// but each expression statement's value is shown (sys.displayhook).
ObjCode *compile_interactive(ThreadState *ts, const char *src, size_t len, const char *filename,
                             bool *incomplete);

// Raises the SyntaxError described by err for the given source.
void compile_raise_syntax_error(ThreadState *ts, const ParseError *err, const char *src, size_t len,
                                const char *filename);

#endif
