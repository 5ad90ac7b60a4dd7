// Printing exceptions the way CPython 3.11 does: the traceback with the
// source line of each frame, chained exceptions, SyntaxError carets, and
// the reports for exceptions nobody can catch (in __del__, in threads).
#ifndef CS_RUNTIME_TRACEBACK_H
#define CS_RUNTIME_TRACEBACK_H

#include "runtime/object.h"
#include "runtime/strbuf.h"

// Appends the full report of `exc` (traceback, chain, final line) to sb.
void traceback_format(ThreadState *ts, StrBuf *sb, Value exc);
// Prints the report to sys.stderr (or the C stderr when there is none).
void traceback_print(ThreadState *ts, Value exc);
// Prints and clears the pending exception: "Exception ignored in: <obj>".
void traceback_print_unraisable(ThreadState *ts, const char *msg, Value obj);
// Writes text to sys.stderr, falling back to file descriptor 2.
void traceback_write_stderr(ThreadState *ts, const char *text, size_t len);

// The source text of line `line` of `filename` (1-based), without its
// newline; NULL when unknown. The pointer stays valid until the cache
// entry is replaced.
const char *linecache_get(const char *filename, int line, size_t *len);
// Registers source text for a file name that is not a real file (REPL
// inputs), so tracebacks can quote it.
void linecache_register(const char *filename, const char *text, size_t len);

#endif
