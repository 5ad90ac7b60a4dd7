// The longer operations of the eval loop, kept out of vm.c so that every
// opcode case there stays a few lines. All return new references (or
// VNULL/-1/false with an exception set) and steal nothing.
#ifndef CS_INTERP_VM_OPS_H
#define CS_INTERP_VM_OPS_H

#include "runtime/frame.h"

Value vm_format_value(ThreadState *ts, Value v, int flags, Value spec);
Value vm_build_string(ThreadState *ts, Value *parts, int n);
// Unpacks exactly n items (out[0] is the first).
bool vm_unpack(ThreadState *ts, Value seq, int n, Value *out);
// Unpacks `before` items, a list of the middle, and `after` items.
bool vm_unpack_ex(ThreadState *ts, Value seq, int before, int after, Value *out);
Value vm_call_ex(ThreadState *ts, Value func, Value args, Value kwargs);
int vm_dict_merge(ThreadState *ts, Value func, Value dict, Value other);
int vm_dict_update(ThreadState *ts, Value dict, Value other);
int vm_list_extend(ThreadState *ts, Value list, Value iterable);
// mgr.__enter__() (the result) and mgr.__exit__ (bound, in *exit); with
// `async`, mgr.__aenter__() (to be awaited) and mgr.__aexit__.
Value vm_before_with(ThreadState *ts, Value mgr, Value *exit, bool async);
Value vm_with_exit(ThreadState *ts, Value exit, Value exc);
Value vm_import_name(ThreadState *ts, Frame *f, Obj *name, Value fromlist, Value level);
Value vm_import_from(ThreadState *ts, Value module, Obj *name);
int vm_import_star(ThreadState *ts, Frame *f, Value module);
int vm_print_expr(ThreadState *ts, Value v);
// raise exc [from cause]; VNULL exc re-raises the handled exception.
// Returns true when the exception already has its traceback (a bare raise).
bool vm_raise(ThreadState *ts, Value exc, Value cause);
// The iterator an await drives; `where` picks the message for what cannot
// be awaited (1: the result of __aenter__, 2: of __aexit__, 0: others).
Value vm_get_awaitable(ThreadState *ts, Value v, int where);
// async for: obj.__aiter__(), and the awaitable of aiter.__anext__().
Value vm_get_aiter(ThreadState *ts, Value v);
Value vm_get_anext(ThreadState *ts, Value aiter);
// ASYNC_GEN_WRAP (runtime/obj_asyncgen.c).
Value vm_async_gen_wrap(ThreadState *ts, Value v);
Value vm_get_yield_from_iter(ThreadState *ts, Value v);
// Sends v into sub: 0 yielded (*out the value), 1 returned (*out the
// result), -1 error.
int vm_send(ThreadState *ts, Value sub, Value v, Value *out);
Value vm_load_name(ThreadState *ts, Frame *f, Obj *name);
Value vm_load_classderef(ThreadState *ts, Frame *f, int index);
int vm_store_name(ThreadState *ts, Frame *f, Obj *name, Value v);
int vm_delete_name(ThreadState *ts, Frame *f, Obj *name);
Value vm_make_function(ThreadState *ts, Frame *f, ObjCode *code, int flags, Value *extras);
// SETUP_ANNOTATIONS: gives the module/class namespace an empty
// __annotations__ dict unless it has one. 0, or -1 with an exception.
int vm_setup_annotations(ThreadState *ts, Frame *f);
void vm_unbound_local(ThreadState *ts, Frame *f, int index);
void vm_unbound_deref(ThreadState *ts, Frame *f, int index);
Value vm_build_class(ThreadState *ts, Value *args, int64_t nargs, Obj *kwnames);

#endif
