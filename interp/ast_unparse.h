// Expressions back to source text, as Python's ast.unparse spells them:
// what `from __future__ import annotations` stores instead of the value of
// each annotation.
#ifndef CS_INTERP_AST_UNPARSE_H
#define CS_INTERP_AST_UNPARSE_H

#include "interp/ast.h"
#include "runtime/state.h"

// The text of expression n, with the parentheses its precedence needs and
// CPython's spacing and quoting. New reference (a str), or NULL with an
// exception (MemoryError).
Obj *ast_unparse(ThreadState *ts, const Node *n);

#endif
