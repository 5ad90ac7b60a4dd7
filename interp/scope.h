// The scope pass: before any code is generated, decide for every name in
// every scope whether it is a local, a cell (a local captured by an inner
// function), a free variable (captured from an outer function), or a
// global, following Python's rules (global/nonlocal declarations, class
// bodies that inner functions cannot see, comprehensions as functions,
// walrus targets in comprehensions, the implicit __class__ of super()).
#ifndef CS_INTERP_SCOPE_H
#define CS_INTERP_SCOPE_H

#include "interp/ast.h"
#include "interp/parser.h"

typedef enum ScopeKind { SCOPE_MODULE, SCOPE_CLASS, SCOPE_FUNCTION } ScopeKind;

typedef enum NameKind {
    NAME_LOCAL,             // a fast local of a function
    NAME_CELL,              // a local of this function captured by an inner one
    NAME_FREE,              // a variable of an enclosing function
    NAME_GLOBAL_EXPLICIT,   // declared `global`
    NAME_GLOBAL_IMPLICIT,   // not bound anywhere in reach: globals, then builtins
    NAME_NAMESPACE,         // module or class body: looked up in the namespace dict
} NameKind;

// Raw facts gathered from the source.
enum {
    SYM_ASSIGNED = 1 << 0,
    SYM_PARAM = 1 << 1,
    SYM_USED = 1 << 2,
    SYM_GLOBAL = 1 << 3,
    SYM_NONLOCAL = 1 << 4,
    SYM_FREE_CLASS = 1 << 5,    // in a class body: also free in an inner function
    SYM_COMP_ITER = 1 << 6,     // a comprehension's iteration variable
    SYM_ANNOT = 1 << 7,         // a simple name annotated (x: T), which makes it local
};

typedef struct Symbol {
    const char *name;
    int flags;
    NameKind kind;
    int line, col;            // first binding or use, for messages
    const Node *decl;         // the first global/nonlocal statement naming it, or NULL
} Symbol;

typedef struct Scope Scope;
struct Scope {
    ScopeKind kind;
    const char *name;
    const Node *node;
    Scope *parent;
    Symbol *symbols;          // in order of first appearance
    int nsymbols, cap;
    Scope **children;
    int nchildren, children_cap;
    bool is_generator;
    bool is_coroutine;
    bool is_comprehension;
    bool is_lambda;
    bool needs_class_cell;    // a class whose methods use super()/__class__
    bool has_yield_in_comp;
    bool is_annotation;       // a string annotation (__future__), checked but never compiled
    // The class whose private names (__x) are mangled here: the class
    // itself for a class body, inherited by everything inside it.
    const char *private_name;
    // After analysis, for functions: the variable slots in frame order.
    const char **varnames;    // parameters first, then other locals
    int nvarnames;
    const char **cellnames;   // sorted
    int ncellnames;
    const char **freenames;   // sorted
    int nfreenames;
};

typedef struct SymTable {
    Arena *arena;
    Scope *top;
    bool string_annotations;
    // Node -> Scope, for the compiler.
    const Node **keys;
    Scope **values;
    int nentries, cap;
} SymTable;

// Builds and analyzes the scopes of a module/interactive/expression tree.
// Returns false with *err set to the SyntaxError (nonlocal without a
// binding, a name used before its global declaration...).
// With string_annotations (from __future__ import annotations), annotations
// are not evaluated, so their names are not uses.
bool scope_build(SymTable *st, Arena *arena, Node *root, bool string_annotations, ParseError *err);
Scope *scope_of(SymTable *st, const Node *node);
Symbol *scope_lookup(Scope *s, const char *name);
// How `name` is accessed from scope s.
NameKind scope_name_kind(Scope *s, const char *name);
int scope_var_index(Scope *s, const char *name);     // in varnames, or -1
int scope_cell_index(Scope *s, const char *name);    // cells then frees, or -1
// Private name mangling: `__x` used inside class K is `_K__x`. Returns
// name itself when it is not private (or private_name is NULL), else a
// string allocated in the arena.
const char *scope_mangle(Arena *a, const char *private_name, const char *name);

#endif
