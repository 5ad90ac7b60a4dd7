// module: a name and a namespace dict.
#ifndef CS_RUNTIME_OBJ_MODULE_H
#define CS_RUNTIME_OBJ_MODULE_H

#include "runtime/object.h"

typedef struct ObjModule {
    Obj base;
    Obj *dict;               // the module's globals
    Obj *name;               // str
    bool made_by_call;       // created by module(name): its repr names no origin
} ObjModule;

static inline Obj *module_dict(Obj *m) { return ((ObjModule *)m)->dict; }
// A module with __name__ set (and __doc__ None). NULL with MemoryError.
Obj *module_new(ThreadState *ts, const char *name);
Obj *module_new_obj(ThreadState *ts, Obj *name);
// Sets a module global.
int module_set(ThreadState *ts, Obj *m, const char *name, Value v);
// Steals v.
int module_set_steal(ThreadState *ts, Obj *m, const char *name, Value v);

#endif
