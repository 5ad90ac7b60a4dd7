// What the compiler's files share: the state of one code object under
// construction (a Unit), and the helpers that emit instructions, manage
// labels and exception handlers, and assemble the result (code_builder.c).
//
// The statements are compiled in compile_stmt.c, the expressions in
// compile_expr.c; compiler.c drives them and owns the entry points.
//
// Exception handling is table-driven (zero cost while nothing is raised):
// while compiling a `try` body the compiler pushes a handler; every
// instruction emitted records the innermost handler in force; assembling
// turns runs of instructions with the same handler into the code object's
// exception table.
#ifndef CS_INTERP_CODEGEN_H
#define CS_INTERP_CODEGEN_H

#include "interp/ast.h"
#include "interp/opcodes.h"
#include "interp/parser.h"
#include "interp/scope.h"
#include "runtime/obj_func.h"

typedef struct Label {
    int target;               // instruction index, or -1 until bound
    int depth;                // stack depth on arrival, or -1 unknown
} Label;

typedef struct Handler {
    int label;
    int depth;                // stack depth the handler starts from (before the exception)
} Handler;

// Blocks that break/continue/return must leave cleanly.
typedef enum FBlockKind {
    FB_WHILE_LOOP,
    FB_FOR_LOOP,              // the iterator is on the stack
    FB_TRY_EXCEPT,            // a try body with except clauses
    FB_FINALLY_TRY,           // a try body with a finally: run the finally body
    FB_FINALLY_END,           // inside a finally run for an exception: [prev exc] on the stack
    FB_WITH,                  // the __exit__ method is on the stack
    FB_ASYNC_WITH,            // the __aexit__ method is on the stack
    FB_HANDLER,               // inside an except clause: [prev] on the stack
    FB_HANDLER_NAMED,         // except ... as name: also unbind the name
    FB_POP_VALUE,             // a value to discard
} FBlockKind;

typedef struct FBlock {
    FBlockKind kind;
    int break_label, continue_label;
    const Node *node;         // FINALLY_TRY: the try statement; HANDLER_NAMED: the handler's name via str
    const char *name;
    int nhandlers;            // handler stack height when the block started
} FBlock;

#define MAX_FBLOCKS 20
#define MAX_HANDLERS 64

typedef struct Unit {
    struct Unit *parent;
    Scope *scope;
    const char *name;
    const char *qualname;
    int firstlineno;
    // instructions
    uint32_t *code;
    CodeLoc *locs;
    int *ihandler;            // handler id in force for each instruction, or -1
    int ncode, cap;
    // label-using jumps to patch: instruction indexes
    int *fixups;
    int nfixups, fixcap;
    Label *labels;
    int nlabels, labcap;
    Handler *handlers;        // every handler ever pushed (ids)
    int nhandlers_total, hcap;
    int hstack[MAX_HANDLERS]; // the handlers in force, innermost last
    int hdepth;
    FBlock fblocks[MAX_FBLOCKS];
    int nfblocks;
    // tables
    Value *consts;
    int nconsts, constcap;
    Obj **names;
    int nnames, namecap;
    Obj **cachenames;
    int ncaches, cachecap;
    int depth, maxdepth;
    bool reachable;
    CodeLoc loc;              // location given to emitted instructions
    int kwnames_pending;
} Unit;

typedef struct Compiler {
    ThreadState *ts;
    Arena *arena;
    SymTable st;
    Unit *u;
    Obj *filename;            // str
    ParseMode mode;
    bool print_exprs;         // REPL: show the value of expression statements
    bool failed;
    ParseError err;           // a SyntaxError found while compiling
    int nesting;              // expression nesting, against C stack exhaustion
    bool future_annotations;  // from __future__ import annotations: annotations are strings
    int future_line;          // the line of the last leading __future__ import, or 0
} Compiler;

// --- code_builder.c ----------------------------------------------------------------

Unit *unit_new(Compiler *c, Scope *scope, const char *name, const char *qualname, int firstlineno);
void unit_free(Unit *u);
// Finishes the unit into a code object (new reference) or NULL on error.
ObjCode *unit_assemble(Compiler *c, Unit *u, int argcount, int posonly, int kwonly, int flags);

void emit(Compiler *c, Opcode op, int arg);
void emit_jump(Compiler *c, Opcode op, int label);
int new_label(Compiler *c);
void bind_label(Compiler *c, int label);
// Pushes a handler for the instructions that follow; returns its label.
int push_handler(Compiler *c, int depth);
void pop_handler(Compiler *c);
int add_const(Compiler *c, Value v);           // steals v
int add_name(Compiler *c, const char *name);
int add_cache(Compiler *c, const char *name);
void set_loc(Compiler *c, const Node *n);
void compile_error(Compiler *c, const Node *n, const char *fmt, ...);
int stack_effect(Opcode op, int arg, bool jump);

// --- compile_expr.c / compile_stmt.c --------------------------------------------------

void compile_expr(Compiler *c, Node *n);
void compile_store(Compiler *c, Node *target);
// Awaits the awaitable on top of the stack (SEND/YIELD_VALUE loop),
// leaving its result.
void compile_await_loop(Compiler *c);
void compile_delete(Compiler *c, Node *target);
void compile_stmt(Compiler *c, Node *n);
void compile_stmts(Compiler *c, NodeList *l);
void compile_load_name(Compiler *c, const char *name);
void compile_store_name(Compiler *c, const char *name);
// Emits the closure tuple and MAKE_FUNCTION for a child code object.
void make_closure(Compiler *c, ObjCode *code, Scope *child, int flags);
// Compiles a function body (def, lambda) into a code object.
ObjCode *compile_function_body(Compiler *c, Node *n, Scope *s, const char *name, Arguments *args,
                               NodeList *body, Node *expr_body);
const char *qualname_for(Compiler *c, const char *name);
bool expr_is_constant(const Node *n);
// Does a module or class body hold an annotated assignment (outside nested
// functions and classes)? Then it starts with SETUP_ANNOTATIONS.
bool body_has_annotations(NodeList *body);
// The name as compiled in the current scope (private names mangled).
const char *mangle(Compiler *c, const char *name);
Value constant_value(Compiler *c, const Node *n);   // new reference

#endif
