// The top level (see toplevel.h).
#include "interp/toplevel.h"

#include "runtime/obj_dict.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_file.h"
#include "runtime/obj_int.h"
#include "runtime/obj_module.h"
#include "runtime/obj_str.h"
#include "runtime/state.h"
#include "runtime/traceback.h"

// sys.<name>, borrowed, or VNULL.
static Value sys_attr(ThreadState *ts, const char *name) {
    Obj *sys = ts->interp->sys_module;
    return sys ? dict_get_cstr(module_dict(sys), name) : VNULL;
}

int toplevel_exit_status(ThreadState *ts, Value exc) {
    Value code = exc_get_attr(exc, "code");
    if (val_is_null(code) || val_is_none(code)) {
        return 0;
    }
    if (val_is_int_subclass(code)) {
        int64_t n;
        // Too big for a C long: CPython's conversion fails and gives -1.
        return int_to_i64(code, &n) ? (int)(n & 0xff) : 255;
    }
    Value s = obj_str(ts, code);
    if (!val_is_null(s)) {
        Obj *line = str_format_c(ts, "%U\n", s.as.obj);
        if (line) {
            traceback_write_stderr(ts, str_cstr(line), (size_t)((ObjStr *)line)->nbytes);
            obj_decref(line);
        }
        val_decref(s);
    }
    exc_clear(ts);
    return 1;
}

static void flush_stdout(ThreadState *ts) {
    Value out = sys_attr(ts, "stdout");
    if (val_is_file(out) && file_flush(ts, (ObjFile *)out.as.obj) < 0) {
        // The report goes to stderr; the data stays for the final flush.
        exc_clear(ts);
    }
}

void toplevel_print_exception(ThreadState *ts, Value exc) {
    flush_stdout(ts);
    exc_clear(ts);
    Value hook = sys_attr(ts, "excepthook");
    if (val_is_null(hook)) {
        traceback_write_stderr(ts, "sys.excepthook is missing\n", 26);
        traceback_print(ts, exc);
        return;
    }
    ObjException *e = (ObjException *)exc.as.obj;
    Value args[3] = {val_obj(&val_type(exc)->base), exc, e->traceback ? val_obj(e->traceback) : VNONE};
    Value r = obj_call(ts, hook, args, 3, NULL);
    if (!val_is_null(r)) {
        val_decref(r);
        return;
    }
    Value hook_error = exc_fetch(ts);
    traceback_write_stderr(ts, "Error in sys.excepthook:\n", 25);
    traceback_print(ts, hook_error);
    traceback_write_stderr(ts, "\nOriginal exception was:\n", 25);
    traceback_print(ts, exc);
    val_decref(hook_error);
    exc_clear(ts);
}

// Flushes the file that sys.<name> holds; false with the error set.
static bool flush_std(ThreadState *ts, const char *name, Value *file) {
    *file = sys_attr(ts, name);
    if (!val_is_file(*file) || ((ObjFile *)file->as.obj)->closed) {
        return true;
    }
    return file_flush(ts, (ObjFile *)file->as.obj) == 0;
}

bool toplevel_flush_std_streams(ThreadState *ts) {
    exc_clear(ts);
    Value out;
    bool ok = flush_std(ts, "stdout", &out);
    if (!ok) {
        val_incref(out);
        traceback_print_unraisable(ts, "Exception ignored in", out);
        val_decref(out);
        // What could not be written is dropped: nothing else will read it.
        ((ObjFile *)out.as.obj)->wlen = 0;
    }
    Value err;
    if (!flush_std(ts, "stderr", &err)) {
        exc_clear(ts);
    }
    return ok;
}
