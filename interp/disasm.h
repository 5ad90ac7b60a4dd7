// The disassembler: a code object as a readable listing in the layout of
// CPython's dis module (line number, jump-target mark, offset, opcode,
// argument and what it means, then the exception table), used by --dis,
// by the dis module and by the compiler's golden tests.
//
// The listing never trusts the code object: an argument that points
// outside its tables is shown as a bare number, so any code object (also
// one received from another process) can be listed.
#ifndef CS_INTERP_DISASM_H
#define CS_INTERP_DISASM_H

#include "runtime/obj_func.h"
#include "runtime/strbuf.h"

// Appends the listing of code; with `recursive`, then the listing of
// every code object among its constants (functions, classes, lambdas),
// depth first, each after a "Disassembly of <code object ...>:" header.
// May run __repr__ of constants (their reprs are shown); never raises.
void disasm_code(StrBuf *sb, ObjCode *code, bool recursive);

// The same with dis.dis's options: nested code objects are listed down
// to `depth` levels (-1: all of them), and the instruction at index
// `lasti` (-1: none) is marked with "-->", as dis.distb does.
void disasm_code_ex(StrBuf *sb, ObjCode *code, int depth, int lasti);

// What the argument of instruction word `w` of code means, as the listing
// shows it in parentheses ("" when there is nothing to add). Appends to sb.
void disasm_describe_arg(StrBuf *sb, ObjCode *code, uint32_t w);

#endif
