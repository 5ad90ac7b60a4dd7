// Code objects, functions, cells, native (C) functions and bound methods:
// everything that can be called, and what a call runs.
#ifndef CS_RUNTIME_OBJ_FUNC_H
#define CS_RUNTIME_OBJ_FUNC_H

#include "runtime/object.h"

// Code flags (co_flags), with CPython's values so that dis prints the same.
enum {
    CO_OPTIMIZED = 0x1,      // locals are fast slots, not a dict
    CO_NEWLOCALS = 0x2,
    CO_VARARGS = 0x4,
    CO_VARKEYWORDS = 0x8,
    CO_NESTED = 0x10,
    CO_GENERATOR = 0x20,
    CO_NOFREE = 0x40,
    CO_COROUTINE = 0x80,
    CO_ITERABLE_COROUTINE = 0x100,
    CO_ASYNC_GENERATOR = 0x200,
};

// Source position of one instruction (lines 1-based, columns 0-based bytes).
typedef struct CodeLoc {
    int32_t line, end_line;
    int16_t col, end_col;
} CodeLoc;

// Instructions start <= i < end are protected by the handler at `target`,
// entered with the value stack cut back to `depth` plus the exception.
// Entries are ordered innermost first: the first match wins.
typedef struct ExcEntry {
    int32_t start, end, target, depth;
} ExcEntry;

// Inline caches of LOAD_GLOBAL, LOAD_ATTR, STORE_ATTR and LOAD_METHOD. The
// instruction's argument is the index of its entry, and the entry names
// the global or attribute. See vm_cache.c for what the fields mean.
// The ways an attribute or method cache keeps besides its primary entry,
// for a site that sees instances of several classes (a method of a base
// class called on subclass instances).
#define CACHE_MORE_WAYS 3

typedef struct InlineCache {
    Obj *name;               // interned str
    uint64_t version;        // dict or type version the entry was filled for
    uint64_t version2;       // builtins version (LOAD_GLOBAL)
    Value *slot;             // LOAD_GLOBAL: where the value lives
    Obj *descr;              // LOAD_METHOD/LOAD_ATTR: the class attribute found (borrowed)
    int32_t index;           // LOAD_ATTR/STORE_ATTR: entry index in the instance dict
    int32_t kind;
    // Older entries of the same kind, most recent first: type versions with
    // their index (instance attributes) or descr (methods).
    int32_t nmore;
    int32_t more_index[CACHE_MORE_WAYS];
    uint64_t more_version[CACHE_MORE_WAYS];
    Obj *more_descr[CACHE_MORE_WAYS];
} InlineCache;

typedef struct ObjCode {
    Obj base;
    uint32_t *code;          // instructions (interp/opcodes.h)
    int ncode;
    CodeLoc *locs;           // one per instruction
    Value *consts;
    int nconsts;
    Obj **names;             // interned strs used by *_NAME, *_GLOBAL, IMPORT_*
    int nnames;
    // Local variable slots: the nlocals locals (parameters first), then the
    // ncells cells of variables captured by inner functions, then the nfree
    // cells received from outer functions.
    Obj **localnames;        // interned strs, nlocals + ncells + nfree of them
    int nlocals, ncells, nfree;
    int *cell2arg;           // per cell: the parameter it is initialized from, or -1
    int argcount, posonlyargcount, kwonlyargcount;
    int flags;
    bool simple_args;        // positional parameters only, no cells: calls bind by copying
    int stacksize;
    ExcEntry *exctable;
    int nexc;
    InlineCache *caches;
    int ncaches;
    Obj *name, *qualname, *filename;   // str
    int firstlineno;
} ObjCode;

static inline int code_nlocalsplus(const ObjCode *c) { return c->nlocals + c->ncells + c->nfree; }

typedef struct ObjFunction {
    Obj base;
    ObjCode *code;
    Obj *globals;            // dict
    Obj *builtins;           // dict
    Obj *defaults;           // tuple or NULL
    Obj *kwdefaults;         // dict or NULL
    Obj *closure;            // tuple of cells or NULL
    Obj *name, *qualname;    // str
    Obj *module;             // the __name__ of globals at creation, or NULL
    Obj *dict;               // function attributes, or NULL
    Obj *annotations;        // dict, or NULL until asked for (then an empty dict)
    Value doc;
} ObjFunction;

typedef struct ObjCell {
    Obj base;
    Value value;             // VNULL when empty
} ObjCell;

// A function written in C. `self` is the bound receiver (a method of a
// built-in type called on an instance, or a module function's module), or
// VNULL.
typedef Value (*NativeFn)(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames);

enum {
    NATIVE_METHOD = 1,       // in a type's dict: binds to the instance (a method descriptor)
    NATIVE_CLASSMETHOD = 2,  // binds to the class
    NATIVE_STATIC = 4,       // never binds
};

typedef struct ObjNative {
    Obj base;
    const char *name;
    NativeFn fn;
    Value self;
    Type *owner;             // the type a method belongs to, for messages and binding checks
    int flags;
    const char *doc;
} ObjNative;

typedef struct MethodDef {
    const char *name;
    NativeFn fn;
    int flags;
    const char *doc;
} MethodDef;

typedef struct ObjMethod {
    Obj base;
    Value func;              // the function
    Value self;              // the instance
} ObjMethod;

// New references; NULL with MemoryError on failure.
Obj *function_new(ThreadState *ts, ObjCode *code, Obj *globals, Obj *qualname);
Obj *cell_new(ThreadState *ts, Value v);           // does not steal v
Obj *native_new(ThreadState *ts, const char *name, NativeFn fn, Value self, int flags,
                const char *doc);
Obj *method_new(ThreadState *ts, Value func, Value self);

// Adds the methods of `defs` (ended by a NULL name) to a type's dict.
void type_add_methods(ThreadState *ts, Type *type, const MethodDef *defs);
// Adds module-level functions bound to `module`.
void module_add_functions(ThreadState *ts, Obj *module, const MethodDef *defs);

#endif
