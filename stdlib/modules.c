// The registry of modules written in C (the list is in modules.h).
#include "stdlib/modules.h"

const ModuleDef builtin_modules[] = {
#define X(name, fn) {name, fn},
    BUILTIN_MODULE_LIST(X)
#undef X
    {NULL, NULL},
};

const ModuleDef *modules_find(const char *name) {
    for (const ModuleDef *m = builtin_modules; m->name; m++) {
        if (strcmp(m->name, name) == 0) {
            return m;
        }
    }
    return NULL;
}

Value modules_create(ThreadState *ts, const ModuleDef *def) { return def->create(ts); }
