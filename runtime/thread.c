// Threads (see thread.h).
#include "runtime/thread.h"

#include "runtime/obj_dict.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_str.h"
#include "runtime/state.h"

void thread_shutdown(ThreadState *ts) {
    Value threading = dict_get_cstr(ts->interp->modules, "threading");
    if (val_is_null(threading)) {
        return;
    }
    Value fn = obj_lookup_attr(ts, threading, str_intern_cstr("_shutdown"));
    if (val_is_null(fn)) {
        exc_clear(ts);
        return;
    }
    Value r = obj_call0(ts, fn);
    val_decref(fn);
    val_decref(r);
}
