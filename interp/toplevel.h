// The top level: what happens to an exception that nothing caught, shared
// by the command (interp/main.c) and the interactive prompt (interp/repl.c)
// so that both behave as CPython's do. SystemExit is not an error but a
// request for an exit status; any other exception is shown by
// sys.excepthook; and at exit sys.stdout is flushed one last time, which
// may fail (a closed pipe) and then changes the exit status to 120.
#ifndef CS_INTERP_TOPLEVEL_H
#define CS_INTERP_TOPLEVEL_H

#include "runtime/object.h"

// The exit status that SystemExit `exc` (borrowed) asks for: its code
// None gives 0, an int gives that int (the OS keeps the low 8 bits, so -1
// is 255), anything else is printed to sys.stderr and gives 1. Never raises.
int toplevel_exit_status(ThreadState *ts, Value exc);

// Shows `exc` (borrowed) through sys.excepthook, or with the built-in
// printer when the hook is missing or itself fails (then both reports are
// shown, as CPython does). Flushes sys.stdout first, so the report comes
// after the output that led to it. Leaves no exception set.
void toplevel_print_exception(ThreadState *ts, Value exc);

// Flushes sys.stdout and sys.stderr at exit. When stdout cannot be
// flushed (the reader of a pipe went away), prints "Exception ignored
// in: <stdout>" and the error, and returns false: the process then exits
// with 120, like CPython. Leaves no exception set.
bool toplevel_flush_std_streams(ThreadState *ts);

#endif
