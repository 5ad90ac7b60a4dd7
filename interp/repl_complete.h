// Tab completion for the REPL (interp/repl.c): names (keywords, globals,
// builtins; a callable completes with "("), attributes after a dot
// (private ones once "_" is typed), a second Tab lists the candidates, and
// Tab with only blanks before the cursor indents by four spaces.
#ifndef CS_INTERP_REPL_COMPLETE_H
#define CS_INTERP_REPL_COMPLETE_H

#include "runtime/object.h"

// Binds Tab in readline to completion in `globals` (borrowed: it must stay
// alive until repl_complete_uninstall). Completing runs in the thread `ts`,
// which holds the GIL while readline calls back.
void repl_complete_install(ThreadState *ts, Obj *globals);
// Forgets the namespace and frees the candidates.
void repl_complete_uninstall(void);

#endif
