// The modules written in C and built into cs: one X-macro list from which
// the registry (modules.c) is made. Each module has a create function that
// builds the module object (a new reference, or VNULL with an exception).
#ifndef CS_STDLIB_MODULES_H
#define CS_STDLIB_MODULES_H

#include "runtime/object.h"

#define BUILTIN_MODULE_LIST(X)             \
    X("builtins", builtins_module_create)  \
    X("sys", sys_module_create)            \
    X("time", time_module_create)          \
    X("dis", dis_module_create)            \
    X("math", math_module_create)          \
    X("random", random_module_create)      \
    X("errno", errno_module_create)        \
    X("signal", signal_module_create)      \
    X("os", os_module_create)              \
    X("posixpath", posixpath_module_create) \
    X("_thread", thread_module_create)    \
    X("gil", gil_module_create)     \
    X("_collections", collections_module_create) \
    X("_loop", loop_module_create)      \
    X("_process", process_module_create)

typedef struct ModuleDef {
    const char *name;
    Value (*create)(ThreadState *ts);
} ModuleDef;

#define X(name, fn) Value fn(ThreadState *ts);
BUILTIN_MODULE_LIST(X)
#undef X

// The built-in module called `name`, or NULL.
const ModuleDef *modules_find(const char *name);
// Creates it (does not register it in sys.modules).
Value modules_create(ThreadState *ts, const ModuleDef *def);
// Names of all built-in modules, for sys.builtin_module_names.
extern const ModuleDef builtin_modules[];

#endif
