// The disassembler: a code object as a readable listing in the layout of
// CPython's dis module (line number, jump-target mark, offset, opcode,
// argument and what it means), used by --dis, by the dis module and by
// the compiler's golden tests.
#ifndef CS_INTERP_DISASM_H
#define CS_INTERP_DISASM_H

#include "runtime/obj_func.h"
#include "runtime/strbuf.h"

// Appends the listing of code; with `recursive`, then the listing of
// every code object among its constants (functions, classes, lambdas).
void disasm_code(StrBuf *sb, ObjCode *code, bool recursive);

#endif
