// Signals: the C handler only records the signal and sets the main thread's
// eval breaker; the main thread raises KeyboardInterrupt (or runs the
// script's handler) at its next safe point. Blocking waits in the main
// thread wake up periodically to look (signals_pending).
#ifndef CS_RUNTIME_SIGNALS_H
#define CS_RUNTIME_SIGNALS_H

#include "runtime/object.h"

// Installs the SIGINT handler (unless SIGINT was ignored when cs started,
// as POSIX shells do for background jobs) and ignores SIGPIPE.
void signals_install(ThreadState *main_ts);
// Is a signal waiting to be handled? Safe without the GIL.
bool signals_pending(void);
// Runs what the pending signals call for; false with KeyboardInterrupt
// (or the handler's exception) set. Main thread only.
bool signals_run_handlers(ThreadState *ts);
// Sets the handler for a signal from the language (signal.signal).
Value signals_set_handler(ThreadState *ts, int signum, Value handler);
Value signals_get_handler(ThreadState *ts, int signum);
// Simulates SIGINT (_thread.interrupt_main).
void signals_trip(int signum);

#endif
