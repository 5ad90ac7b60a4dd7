// The interactive prompt (REPL): reads statements, runs them in the
// namespace of __main__ and shows the values of expressions.
#ifndef CS_INTERP_REPL_H
#define CS_INTERP_REPL_H

#include "runtime/object.h"

// Runs the interactive session in the module __main__ (after `-i`, the
// namespace the program left behind) until end of input, `exit`, or
// SystemExit; returns the exit status. With `banner`, first says what is
// running and how to leave. Releases the GIL while waiting for input.
int repl_run(ThreadState *ts, bool banner);

#endif
