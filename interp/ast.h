// The abstract syntax tree: what the parser builds and the scope pass and
// the compiler read.
//
// One Node type, a tagged union over every expression and statement kind,
// shaped after CPython's ast module so that `--ast` output and the compiler
// read like their CPython counterparts. Every node, list and string of one
// parse lives in one Arena, freed in a single call after compilation: no
// node is ever freed alone, and nothing in the tree is reference-counted
// (literals are kept as C data; the compiler makes them into objects).
//
// Positions: line numbers start at 1; columns are 0-based byte offsets into
// the line's UTF-8 text, as CPython's col_offset. end_col is exclusive.
#ifndef CS_INTERP_AST_H
#define CS_INTERP_AST_H

#include "runtime/common.h"

// --- arena ------------------------------------------------------------------

typedef struct ArenaBlock ArenaBlock;
typedef struct Arena {
    ArenaBlock *blocks;
} Arena;

void arena_init(Arena *a);
void arena_free(Arena *a);
// Zeroed memory that lives until arena_free. Aborts when memory runs out.
void *arena_alloc(Arena *a, size_t size);
char *arena_strndup(Arena *a, const char *s, size_t len);

// --- node kinds ---------------------------------------------------------------

#define NODE_KIND_LIST(X)                                                            \
    /* module roots */                                                               \
    X(MODULE)        /* body: a file or -c string */                                 \
    X(INTERACTIVE)   /* body: one REPL input; expression values are printed */       \
    X(EXPRESSION)    /* expr.value: eval() input */                                  \
    /* statements */                                                                 \
    X(FUNCTION_DEF) X(CLASS_DEF) X(RETURN) X(DELETE) X(ASSIGN) X(AUG_ASSIGN)        \
    X(ANN_ASSIGN) X(FOR) X(WHILE) X(IF) X(WITH) X(RAISE) X(TRY) X(ASSERT)           \
    X(IMPORT) X(IMPORT_FROM) X(GLOBAL) X(NONLOCAL) X(EXPR_STMT) X(PASS) X(BREAK)     \
    X(CONTINUE)                                                                      \
    /* expressions */                                                                \
    X(BOOL_OP) X(NAMED_EXPR) X(BIN_OP) X(UNARY_OP) X(LAMBDA) X(IF_EXP) X(DICT)       \
    X(SET) X(LIST_COMP) X(SET_COMP) X(DICT_COMP) X(GENERATOR_EXP) X(AWAIT) X(YIELD)  \
    X(YIELD_FROM) X(COMPARE) X(CALL) X(FORMATTED_VALUE) X(JOINED_STR) X(CONSTANT)    \
    X(ATTRIBUTE) X(SUBSCRIPT) X(STARRED) X(NAME) X(LIST) X(TUPLE) X(SLICE)

typedef enum NodeKind {
#define X(name) N_##name,
    NODE_KIND_LIST(X)
#undef X
    N__COUNT
} NodeKind;

extern const char *const node_kind_names[];   // "FunctionDef", "BinOp", ...

// Where a Name/Attribute/Subscript/Starred/List/Tuple appears.
typedef enum ExprCtx { CTX_LOAD, CTX_STORE, CTX_DEL } ExprCtx;

typedef enum AstBoolOp { AST_AND, AST_OR } AstBoolOp;

// Binary operators use BinOp from runtime/object.h (BINOP_ADD...), so the
// compiler maps them to opcodes without a second table.

typedef enum AstUnaryOp { AST_INVERT, AST_NOT, AST_UADD, AST_USUB } AstUnaryOp;

typedef enum AstCmpOp {
    AST_EQ, AST_NOTEQ, AST_LT, AST_LTE, AST_GT, AST_GTE,
    AST_IS, AST_ISNOT, AST_IN, AST_NOTIN
} AstCmpOp;

// A literal, still C data. The compiler turns it into a constant object.
typedef enum ConstKind {
    CONST_NONE, CONST_TRUE, CONST_FALSE, CONST_ELLIPSIS,
    CONST_INT,      // fits in int64_t: `i`
    CONST_BIGINT,   // digits in `str` (no underscores, no prefix), base in `i`
    CONST_FLOAT,    // `f`
    CONST_IMAG,     // imaginary literal 1j: `f` (the compiler rejects it: no complex type)
    CONST_STR,      // UTF-8 text in `str` / `len` (escapes already processed)
    CONST_BYTES,    // raw bytes in `str` / `len`
} ConstKind;

typedef struct Node Node;

typedef struct NodeList {
    Node **items;
    int len;
} NodeList;

typedef struct Arg {
    const char *name;
    Node *annotation;        // or NULL
    int line, col, end_line, end_col;
} Arg;

typedef struct Arguments {
    Arg *args;               // positional parameters, positional-only ones first
    int nargs;
    int nposonly;            // how many of args are before the `/`
    Node **defaults;         // defaults of the last ndefaults of args
    int ndefaults;
    Arg *vararg;             // *args, or NULL
    Arg *kwonly;             // keyword-only parameters
    int nkwonly;
    Node **kw_defaults;      // one per kwonly parameter; NULL where it is required
    Arg *kwarg;              // **kwargs, or NULL
} Arguments;

typedef struct Keyword {
    const char *arg;         // NULL for **mapping
    Node *value;
    int line, col, end_line, end_col;
} Keyword;

typedef struct Alias {
    const char *name;        // dotted name, or "*"
    const char *asname;      // or NULL
    int line, col, end_line, end_col;
} Alias;

typedef struct WithItem {
    Node *context_expr;
    Node *optional_vars;     // or NULL
} WithItem;

typedef struct ExceptHandler {
    Node *type;              // or NULL for a bare `except:`
    const char *name;        // or NULL
    NodeList body;
    int line, col, end_line, end_col;
} ExceptHandler;

typedef struct Comprehension {
    Node *target;
    Node *iter;
    NodeList ifs;
    bool is_async;
} Comprehension;

struct Node {
    NodeKind kind;
    int line, col, end_line, end_col;
    union {
        struct { NodeList body; } module;               // MODULE, INTERACTIVE
        struct { Node *value; } expr;                   // EXPRESSION, EXPR_STMT, RETURN (value may be NULL),
                                                        // AWAIT, YIELD (NULL ok), YIELD_FROM
        struct {
            const char *name;
            Arguments *args;
            NodeList body;
            NodeList decorators;
            Node *returns;                              // or NULL
            bool is_async;
            const char *docstring_unused;
        } funcdef;
        struct {
            const char *name;
            NodeList bases;
            Keyword *keywords;
            int nkeywords;
            NodeList body;
            NodeList decorators;
        } classdef;
        struct { NodeList targets; } del;               // DELETE
        struct { NodeList targets; Node *value; } assign;   // a = b = value
        struct { Node *target; int op; Node *value; } augassign;   // op: BinOp
        struct { Node *target; Node *annotation; Node *value; bool simple; } annassign;
        struct {
            Node *target, *iter;
            NodeList body, orelse;
            bool is_async;
        } for_;
        struct { Node *test; NodeList body, orelse; } while_;
        struct { Node *test; NodeList body, orelse; } if_;
        struct {
            WithItem *items;
            int nitems;
            NodeList body;
            bool is_async;
        } with;
        struct { Node *exc, *cause; } raise;            // both may be NULL
        struct {
            NodeList body;
            ExceptHandler *handlers;
            int nhandlers;
            NodeList orelse, finalbody;
        } try_;
        struct { Node *test, *msg; } assert_;
        struct { Alias *names; int nnames; } import;
        struct {
            const char *module;                         // or NULL for `from . import x`
            Alias *names;
            int nnames;
            int level;                                  // leading dots
        } import_from;
        struct { const char **names; int nnames; } global;   // GLOBAL, NONLOCAL

        struct { AstBoolOp op; NodeList values; } boolop;
        struct { Node *target, *value; } named;         // NAMED_EXPR (target is a NAME)
        struct { Node *left; int op; Node *right; } binop;    // op: BinOp
        struct { AstUnaryOp op; Node *operand; } unary;
        struct { Arguments *args; Node *body; } lambda;
        struct { Node *test, *body, *orelse; } ifexp;
        struct { NodeList keys, values; } dict;         // a NULL key means **value
        struct { NodeList elts; ExprCtx ctx; } list;    // LIST, TUPLE, SET (ctx unused for SET)
        struct {
            Node *elt;                                  // LIST_COMP, SET_COMP, GENERATOR_EXP
            Node *value;                                // DICT_COMP: elt is the key
            Comprehension *generators;
            int ngenerators;
        } comp;
        struct {
            Node *left;
            AstCmpOp *ops;
            NodeList comparators;                       // same length as ops
        } compare;
        struct {
            Node *func;
            NodeList args;                              // may contain STARRED
            Keyword *keywords;
            int nkeywords;
        } call;
        struct {
            Node *value;
            int conversion;                             // -1, 's', 'r' or 'a'
            Node *format_spec;                          // JOINED_STR or NULL
        } formatted;
        struct { NodeList values; } joined;             // CONSTANT str and FORMATTED_VALUE parts
        struct {
            ConstKind kind;
            int64_t i;
            double f;
            const char *str;
            size_t len;
            bool kind_u;                                // written u"...": ast.dump adds kind='u'
        } constant;
        struct { Node *value; const char *attr; ExprCtx ctx; } attribute;
        struct { Node *value; Node *slice; ExprCtx ctx; } subscript;
        struct { Node *value; ExprCtx ctx; } starred;
        struct { const char *id; ExprCtx ctx; } name;
        struct { Node *lower, *upper, *step; } slice;   // each may be NULL
    } u;
};

Node *node_new(Arena *a, NodeKind kind, int line, int col, int end_line, int end_col);

// Prints the tree in the style of Python's ast.dump(indent=2), for --ast.
void ast_dump(FILE *out, const Node *n);
// The same with every position, as ast.dump(indent=2, include_attributes=True)
// prints it: the parser tests compare both with CPython's.
void ast_dump_with_positions(FILE *out, const Node *n);

#endif
