// Calls into code written in the language from C (FunctionType's call
// slot), and the start of generators and coroutines: calling a function
// whose code has CO_GENERATOR/CO_COROUTINE makes the object with its frame
// ready instead of running the body.
#include "interp/vm.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_func.h"
#include "runtime/obj_gen.h"
#include "runtime/state.h"

Value vm_start_generator(ThreadState *ts, ObjFunction *func, Value *args, int64_t nargs, Obj *kwnames) {
    Frame *f = frame_new_owned(ts, func);
    if (!f) {
        return VNULL;
    }
    if (!frame_bind_args(ts, f, args, nargs, kwnames)) {
        frame_clear(f);
        cs_free(f);
        return VNULL;
    }
    int flags = func->code->flags;
    Type *type = (flags & CO_COROUTINE)         ? &CoroutineType
                 : (flags & CO_ASYNC_GENERATOR) ? &AsyncGenType
                                                : &GeneratorType;
    Obj *g = gen_new(ts, type, f, func);
    return g ? val_obj(g) : VNULL;
}

Value vm_call_function(ThreadState *ts, Value callable, Value *args, int64_t nargs, Obj *kwnames) {
    ObjFunction *func = (ObjFunction *)callable.as.obj;
    if (func->code->flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) {
        return vm_start_generator(ts, func, args, nargs, kwnames);
    }
    if (!stack_check(ts, " while calling a Python object")) {
        return VNULL;
    }
    Frame *f = frame_push(ts, func);
    if (!f) {
        return VNULL;
    }
    if (!frame_bind_args(ts, f, args, nargs, kwnames)) {
        frame_pop(ts, f);
        return VNULL;
    }
    Value result;
    GenStatus st = vm_run_frame(ts, f, false, &result);
    return st == GEN_RETURNED ? result : VNULL;
}

Value vm_run_code(ThreadState *ts, ObjCode *code, Obj *globals, Obj *locals) {
    Obj *fo = function_new(ts, code, globals, NULL);
    if (!fo) {
        return VNULL;
    }
    Frame *f = frame_push(ts, (ObjFunction *)fo);
    obj_decref(fo);   // the frame holds it now
    if (!f) {
        return VNULL;
    }
    if (locals) {
        f->locals = locals;
        obj_incref(locals);
    }
    Value result;
    GenStatus st = vm_run_frame(ts, f, false, &result);
    return st == GEN_RETURNED ? result : VNULL;
}

Value vm_call_with_locals(ThreadState *ts, ObjFunction *func, Obj *locals) {
    Frame *f = frame_push(ts, func);
    if (!f) {
        return VNULL;
    }
    f->locals = locals;
    obj_incref(locals);
    if (!frame_bind_args(ts, f, NULL, 0, NULL)) {
        frame_pop(ts, f);
        return VNULL;
    }
    Value result;
    GenStatus st = vm_run_frame(ts, f, false, &result);
    return st == GEN_RETURNED ? result : VNULL;
}
