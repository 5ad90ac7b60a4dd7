// Printing exceptions the way CPython 3.11's built-in printer does: the
// traceback with the source line of each frame and PEP 657 carets under
// the failing expression, chained exceptions, exception groups, notes,
// "Did you mean" suggestions, SyntaxError carets, and the reports for
// exceptions nobody can catch (in __del__, in threads).
#ifndef CS_RUNTIME_TRACEBACK_H
#define CS_RUNTIME_TRACEBACK_H

#include "runtime/object.h"
#include "runtime/strbuf.h"

// Appends the full report of `exc` (its chain, traceback and last line)
// to sb, as sys.excepthook prints it. Runs str() and repr() of the
// objects involved; errors there are swallowed (the pending exception, if
// any, is kept). Never raises.
void traceback_format(ThreadState *ts, StrBuf *sb, Value exc);
// Prints that report to sys.stderr (or to file descriptor 2 when there is
// none). Never raises.
void traceback_print(ThreadState *ts, Value exc);
// Prints and clears the pending exception as one that cannot propagate:
// "<msg>: <repr(obj)>" (or "<msg>:" when obj is VNULL or None), then its
// traceback and last line, without chain or notes. `msg` is e.g.
// "Exception ignored in". Never raises.
void traceback_print_unraisable(ThreadState *ts, const char *msg, Value obj);
// Writes text to sys.stderr, falling back to file descriptor 2.
void traceback_write_stderr(ThreadState *ts, const char *text, size_t len);

// The source text of line `line` of `filename` (1-based), without its
// newline; NULL when unknown. The file is read once and kept: the pointer
// stays valid for the life of the process.
const char *linecache_get(const char *filename, int line, size_t *len);
// Registers source text for a file name that is not a real file (REPL
// inputs), so tracebacks can quote it.
void linecache_register(const char *filename, const char *text, size_t len);

#endif
