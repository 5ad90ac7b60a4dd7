// The interactive prompt (REPL).
#ifndef CS_INTERP_REPL_H
#define CS_INTERP_REPL_H

#include "runtime/object.h"

// Reads, compiles and runs statements until end of input or SystemExit;
// returns the exit status. `module` names the module whose namespace the
// prompt works in (after -i: "__main__"), or NULL for a fresh __main__.
int repl_run(ThreadState *ts, bool quiet, const char *module);

#endif
