// Importing modules: the module cache (sys.modules), then the modules
// built into cs (written in C, stdlib/modules.c, or in the language and
// embedded in the binary), then .cs (and .py) files and packages on
// sys.path.
#ifndef CS_INTERP_IMPORT_H
#define CS_INTERP_IMPORT_H

#include "runtime/object.h"

// The IMPORT_NAME instruction and __import__(): imports `name` (relative
// to globals' package when level > 0) and returns the module to bind: the
// top-level package without a fromlist, the module itself with one.
Value import_module_level(ThreadState *ts, Obj *name, Obj *globals, Value fromlist, int level);
// Imports a module by absolute dotted name; returns it (new reference).
Value import_module(ThreadState *ts, const char *name);
// Runs source text as the module `name` (the main script is "__main__").
// The module is in sys.modules while it runs. Returns the module.
Value import_exec_source(ThreadState *ts, const char *name, const char *src, size_t len,
                         const char *filename, bool is_package);
// The embedded source of a stdlib module written in the language, or NULL.
const char *import_embedded_source(const char *name, size_t *len, bool *is_package);

#endif
