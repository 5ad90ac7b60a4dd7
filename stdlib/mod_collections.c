// The _collections module: the C half of `collections`. It exposes the
// deque type (runtime/obj_deque.c) and its two iterator types, under the
// names CPython's _collections uses, so that collections/__init__.cs can
// re-export deque from here.
#include "runtime/obj_deque.h"
#include "runtime/obj_module.h"
#include "stdlib/modules.h"

Value collections_module_create(ThreadState *ts) {
    deque_init_types(ts);
    Obj *m = module_new(ts, "_collections");
    if (!m) {
        return VNULL;
    }
    if (module_set(ts, m, "deque", val_obj(&DequeType.base)) < 0 ||
        module_set(ts, m, "_deque_iterator", val_obj(&DequeIterType.base)) < 0 ||
        module_set(ts, m, "_deque_reverse_iterator", val_obj(&DequeRevIterType.base)) < 0) {
        obj_decref(m);
        return VNULL;
    }
    return val_obj(m);
}
