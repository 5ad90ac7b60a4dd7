// The scope pass, in two steps.
//
// 1. Collect: walk the tree once, making a Scope for the module, every
//    class, function, lambda and comprehension, and recording for each
//    name whether the scope binds it, uses it, or declares it global or
//    nonlocal.
// 2. Analyze: resolve each name top-down. A function's name is local if it
//    binds it; a name it only uses is free if an enclosing *function*
//    binds it (class bodies are not visible to the functions inside them),
//    global otherwise. Each free name turns the binding function's local
//    into a cell, and passes through the scopes in between.
//
// super() inside a method becomes a use of the free variable __class__,
// which makes the class body create a __class__ cell for the new class.
//
// A name that a class body binds and one of its methods takes from an
// enclosing function is both: the class body's own (in its namespace) and
// passed through the class to the method (SYM_FREE_CLASS), as CPython does.
//
// Inside a class, private names (__x) are mangled (_Class__x) before they
// are recorded, so scopes and the compiler only ever see mangled names.
#include "interp/scope.h"

#include <stdarg.h>

typedef struct Builder {
    SymTable *st;
    Scope *cur;
    ParseError *err;
    bool failed;
} Builder;

static void vfail(Builder *b, int line, int col, int end_line, int end_col, const char *fmt, va_list ap) {
    if (b->failed) {
        return;
    }
    b->failed = true;
    vsnprintf(b->err->msg, sizeof b->err->msg, fmt, ap);
    b->err->kind = PERR_SYNTAX;
    b->err->line = line;
    b->err->col = col;
    b->err->end_line = end_line;
    b->err->end_col = end_col;
    b->err->incomplete = false;
}

// A SyntaxError covering node n (a statement or an expression), as CPython
// reports the errors of its symbol table and compiler.
static void fail(Builder *b, const Node *n, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vfail(b, n->line, n->col, n->end_line, n->end_col, fmt, ap);
    va_end(ap);
}

// The same for what is not a node: a parameter, an imported name.
static void fail_at(Builder *b, int line, int col, int end_line, int end_col, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vfail(b, line, col, end_line, end_col, fmt, ap);
    va_end(ap);
}

// --- tables -------------------------------------------------------------------------

Symbol *scope_lookup(Scope *s, const char *name) {
    for (int i = 0; i < s->nsymbols; i++) {
        if (strcmp(s->symbols[i].name, name) == 0) {
            return &s->symbols[i];
        }
    }
    return NULL;
}

const char *scope_mangle(Arena *a, const char *private_name, const char *name) {
    size_t len = strlen(name);
    if (!private_name || len < 3 || name[0] != '_' || name[1] != '_' ||
        (name[len - 1] == '_' && name[len - 2] == '_') || strchr(name, '.')) {
        return name;
    }
    while (*private_name == '_') {
        private_name++;
    }
    if (!*private_name) {
        return name;
    }
    size_t plen = strlen(private_name);
    char *m = arena_alloc(a, plen + len + 2);
    m[0] = '_';
    memcpy(m + 1, private_name, plen);
    memcpy(m + 1 + plen, name, len + 1);
    return m;
}

// The symbol of a name as written in scope s (mangled), or NULL.
static Symbol *lookup(Builder *b, Scope *s, const char *name) {
    return scope_lookup(s, scope_mangle(b->st->arena, s->private_name, name));
}

static Symbol *add_symbol(Builder *b, Scope *s, const char *name, int flags, int line, int col) {
    name = scope_mangle(b->st->arena, s->private_name, name);
    Symbol *sym = scope_lookup(s, name);
    if (!sym) {
        if (s->nsymbols == s->cap) {
            s->cap = s->cap ? s->cap * 2 : 16;
            Symbol *n = arena_alloc(b->st->arena, sizeof(Symbol) * (size_t)s->cap);
            if (s->nsymbols) {
                memcpy(n, s->symbols, sizeof(Symbol) * (size_t)s->nsymbols);
            }
            s->symbols = n;
        }
        sym = &s->symbols[s->nsymbols++];
        sym->name = name;
        sym->flags = 0;
        sym->line = line;
        sym->col = col;
    }
    sym->flags |= flags;
    return sym;
}

static void map_put(SymTable *st, const Node *node, Scope *s) {
    if (st->nentries * 2 >= st->cap) {
        int cap = st->cap ? st->cap * 2 : 64;
        const Node **keys = arena_alloc(st->arena, sizeof(Node *) * (size_t)cap);
        Scope **values = arena_alloc(st->arena, sizeof(Scope *) * (size_t)cap);
        for (int i = 0; i < st->cap; i++) {
            if (st->keys[i]) {
                size_t h = ((uintptr_t)st->keys[i] >> 3) & (size_t)(cap - 1);
                while (keys[h]) {
                    h = (h + 1) & (size_t)(cap - 1);
                }
                keys[h] = st->keys[i];
                values[h] = st->values[i];
            }
        }
        st->keys = keys;
        st->values = values;
        st->cap = cap;
    }
    size_t h = ((uintptr_t)node >> 3) & (size_t)(st->cap - 1);
    while (st->keys[h]) {
        h = (h + 1) & (size_t)(st->cap - 1);
    }
    st->keys[h] = node;
    st->values[h] = s;
    st->nentries++;
}

Scope *scope_of(SymTable *st, const Node *node) {
    if (!st->cap) {
        return NULL;
    }
    size_t h = ((uintptr_t)node >> 3) & (size_t)(st->cap - 1);
    while (st->keys[h]) {
        if (st->keys[h] == node) {
            return st->values[h];
        }
        h = (h + 1) & (size_t)(st->cap - 1);
    }
    return NULL;
}

static Scope *new_scope(Builder *b, ScopeKind kind, const char *name, const Node *node) {
    Scope *s = arena_alloc(b->st->arena, sizeof(Scope));
    s->kind = kind;
    s->name = name;
    s->node = node;
    s->parent = b->cur;
    s->private_name = kind == SCOPE_CLASS ? name : b->cur ? b->cur->private_name : NULL;
    if (b->cur) {
        Scope *p = b->cur;
        if (p->nchildren == p->children_cap) {
            p->children_cap = p->children_cap ? p->children_cap * 2 : 4;
            Scope **c = arena_alloc(b->st->arena, sizeof(Scope *) * (size_t)p->children_cap);
            if (p->nchildren) {
                memcpy(c, p->children, sizeof(Scope *) * (size_t)p->nchildren);
            }
            p->children = c;
        }
        p->children[p->nchildren++] = s;
    }
    map_put(b->st, node, s);
    return s;
}

// --- collecting -----------------------------------------------------------------------

static void visit_stmts(Builder *b, NodeList *l);
static void visit_expr(Builder *b, Node *n);

static void visit_exprs(Builder *b, NodeList *l) {
    for (int i = 0; i < l->len; i++) {
        visit_expr(b, l->items[i]);
    }
}

static void bind(Builder *b, const char *name, int line, int col) {
    Symbol *sym = lookup(b, b->cur, name);
    if (sym && (sym->flags & SYM_GLOBAL) && b->cur->kind != SCOPE_MODULE) {
        // Fine: assigning a declared global.
    }
    add_symbol(b, b->cur, name, SYM_ASSIGNED, line, col);
}

static void use(Builder *b, const char *name, int line, int col) {
    add_symbol(b, b->cur, name, SYM_USED, line, col);
    if (b->cur->kind == SCOPE_FUNCTION && (strcmp(name, "super") == 0 || strcmp(name, "__class__") == 0)) {
        add_symbol(b, b->cur, "__class__", SYM_USED, line, col);
    }
}

static void visit_args_defaults(Builder *b, Arguments *a) {
    if (!a) {
        return;
    }
    for (int i = 0; i < a->ndefaults; i++) {
        visit_expr(b, a->defaults[i]);
    }
    for (int i = 0; i < a->nkwonly; i++) {
        if (a->kw_defaults[i]) {
            visit_expr(b, a->kw_defaults[i]);
        }
    }
}

// An annotation is evaluated where it appears; a string annotation (from
// __future__ import annotations) is never evaluated, but is still checked,
// in a scope of its own that nothing else sees.
static void visit_annotation(Builder *b, Node *annotation) {
    if (!annotation) {
        return;
    }
    if (!b->st->string_annotations) {
        visit_expr(b, annotation);
        return;
    }
    Scope *outer = b->cur;
    Scope *s = arena_alloc(b->st->arena, sizeof(Scope));
    s->kind = SCOPE_FUNCTION;
    s->name = "<annotation>";
    s->node = annotation;
    s->parent = outer;
    s->private_name = outer->private_name;
    s->is_annotation = true;
    b->cur = s;
    visit_expr(b, annotation);
    b->cur = outer;
}

// yield, await and := have no meaning in a string annotation.
static bool annotation_refuses(Builder *b, Node *n, const char *what) {
    if (!b->cur->is_annotation) {
        return false;
    }
    fail(b, n, "'%s' can not be used within an annotation", what);
    return true;
}

static void visit_arg_annotations(Builder *b, Arguments *a, Node *returns) {
    for (int i = 0; a && i < a->nargs; i++) {
        visit_annotation(b, a->args[i].annotation);
    }
    if (a && a->vararg) {
        visit_annotation(b, a->vararg->annotation);
    }
    for (int i = 0; a && i < a->nkwonly; i++) {
        visit_annotation(b, a->kwonly[i].annotation);
    }
    if (a && a->kwarg) {
        visit_annotation(b, a->kwarg->annotation);
    }
    visit_annotation(b, returns);
}

static void add_param(Builder *b, Arg *a) {
    Symbol *sym = lookup(b, b->cur, a->name);
    if (sym && (sym->flags & SYM_PARAM)) {
        fail_at(b, a->line, a->col, a->end_line, a->end_col, "duplicate argument '%s' in function definition",
                a->name);
        return;
    }
    add_symbol(b, b->cur, a->name, SYM_PARAM | SYM_ASSIGNED, a->line, a->col);
}

static void add_params(Builder *b, Arguments *a) {
    if (!a) {
        return;
    }
    for (int i = 0; i < a->nargs; i++) {
        add_param(b, &a->args[i]);
    }
    for (int i = 0; i < a->nkwonly; i++) {
        add_param(b, &a->kwonly[i]);
    }
    if (a->vararg) {
        add_param(b, a->vararg);
    }
    if (a->kwarg) {
        add_param(b, a->kwarg);
    }
}

static void visit_comprehension(Builder *b, Node *n, const char *name) {
    Comprehension *gens = n->u.comp.generators;
    // The outermost iterable is evaluated in the enclosing scope.
    visit_expr(b, gens[0].iter);
    Scope *outer = b->cur;
    Scope *s = new_scope(b, SCOPE_FUNCTION, name, n);
    s->is_comprehension = true;
    s->is_generator = n->kind == N_GENERATOR_EXP;
    b->cur = s;
    add_symbol(b, s, ".0", SYM_PARAM | SYM_ASSIGNED, n->line, n->col);
    for (int i = 0; i < n->u.comp.ngenerators; i++) {
        Comprehension *g = &gens[i];
        if (g->is_async) {
            s->is_coroutine = true;
        }
        visit_expr(b, g->target);
        if (i > 0) {
            visit_expr(b, g->iter);
        }
        visit_exprs(b, &g->ifs);
    }
    if (n->u.comp.value) {
        visit_expr(b, n->u.comp.elt);
        visit_expr(b, n->u.comp.value);
    } else {
        visit_expr(b, n->u.comp.elt);
    }
    b->cur = outer;
}

static const char *comp_kind(NodeKind k) {
    switch (k) {
    case N_LIST_COMP: return "list comprehension";
    case N_SET_COMP: return "set comprehension";
    case N_DICT_COMP: return "dict comprehension";
    default: return "generator expression";
    }
}

// The walrus binds in the scope that contains the comprehensions.
static void bind_walrus(Builder *b, Node *target) {
    const char *name = target->u.name.id;
    Scope *s = b->cur;
    if (!s->is_comprehension) {
        bind(b, name, target->line, target->col);
        return;
    }
    for (Scope *c = s; c && c->is_comprehension; c = c->parent) {
        Symbol *it = lookup(b, c, name);
        if (it && (it->flags & SYM_COMP_ITER)) {
            fail(b, target,
                 "assignment expression cannot rebind comprehension iteration variable '%s'", name);
            return;
        }
    }
    Scope *t = s;
    while (t->is_comprehension) {
        t = t->parent;
    }
    if (t->kind == SCOPE_CLASS) {
        fail(b, target,
             "assignment expression within a comprehension cannot be used in a class body");
        return;
    }
    add_symbol(b, t, name, SYM_ASSIGNED, target->line, target->col);
    int flag = t->kind == SCOPE_MODULE ? SYM_GLOBAL : SYM_NONLOCAL;
    for (Scope *c = s; c != t; c = c->parent) {
        add_symbol(b, c, name, flag | SYM_ASSIGNED, target->line, target->col);
    }
}

static void visit_expr(Builder *b, Node *n) {
    if (!n || b->failed) {
        return;
    }
    switch (n->kind) {
    case N_NAME:
        if (n->u.name.ctx == CTX_LOAD) {
            use(b, n->u.name.id, n->line, n->col);
        } else {
            bind(b, n->u.name.id, n->line, n->col);
            if (b->cur->is_comprehension && n->u.name.ctx == CTX_STORE) {
                Symbol *sym = lookup(b, b->cur, n->u.name.id);
                sym->flags |= SYM_COMP_ITER;
            }
        }
        break;
    case N_BOOL_OP: visit_exprs(b, &n->u.boolop.values); break;
    case N_NAMED_EXPR:
        if (annotation_refuses(b, n, "named expression")) {
            break;
        }
        visit_expr(b, n->u.named.value);
        bind_walrus(b, n->u.named.target);
        break;
    case N_BIN_OP:
        visit_expr(b, n->u.binop.left);
        visit_expr(b, n->u.binop.right);
        break;
    case N_UNARY_OP: visit_expr(b, n->u.unary.operand); break;
    case N_LAMBDA: {
        visit_args_defaults(b, n->u.lambda.args);
        Scope *outer = b->cur;
        Scope *s = new_scope(b, SCOPE_FUNCTION, "<lambda>", n);
        s->is_lambda = true;
        b->cur = s;
        add_params(b, n->u.lambda.args);
        visit_expr(b, n->u.lambda.body);
        b->cur = outer;
        break;
    }
    case N_IF_EXP:
        visit_expr(b, n->u.ifexp.test);
        visit_expr(b, n->u.ifexp.body);
        visit_expr(b, n->u.ifexp.orelse);
        break;
    case N_DICT:
        for (int i = 0; i < n->u.dict.keys.len; i++) {
            visit_expr(b, n->u.dict.keys.items[i]);
            visit_expr(b, n->u.dict.values.items[i]);
        }
        break;
    case N_SET:
    case N_LIST:
    case N_TUPLE: visit_exprs(b, &n->u.list.elts); break;
    case N_LIST_COMP: visit_comprehension(b, n, "<listcomp>"); break;
    case N_SET_COMP: visit_comprehension(b, n, "<setcomp>"); break;
    case N_DICT_COMP: visit_comprehension(b, n, "<dictcomp>"); break;
    case N_GENERATOR_EXP: visit_comprehension(b, n, "<genexpr>"); break;
    case N_AWAIT:
        if (annotation_refuses(b, n, "await expression")) {
            break;
        }
        if (b->cur->kind != SCOPE_FUNCTION || b->cur->is_lambda) {
            if (b->cur->kind == SCOPE_MODULE || b->cur->kind == SCOPE_CLASS || b->cur->is_lambda) {
                fail(b, n, "'await' outside function");
            }
        } else if (!b->cur->is_coroutine && !b->cur->is_comprehension) {
            fail(b, n, "'await' outside async function");
        }
        if (b->cur->is_comprehension) {
            b->cur->is_coroutine = true;
        }
        visit_expr(b, n->u.expr.value);
        break;
    case N_YIELD:
    case N_YIELD_FROM:
        if (annotation_refuses(b, n, "yield expression")) {
            break;
        }
        if (b->cur->kind != SCOPE_FUNCTION) {
            fail(b, n, "'%s' outside function", n->kind == N_YIELD ? "yield" : "yield from");
        } else if (b->cur->is_comprehension) {
            fail(b, n, "'yield' inside %s", comp_kind(b->cur->node->kind));
        } else {
            if (n->kind == N_YIELD_FROM && b->cur->is_coroutine) {
                fail(b, n, "'yield from' inside async function");
            }
            b->cur->is_generator = true;
        }
        visit_expr(b, n->u.expr.value);
        break;
    case N_COMPARE:
        visit_expr(b, n->u.compare.left);
        visit_exprs(b, &n->u.compare.comparators);
        break;
    case N_CALL:
        visit_expr(b, n->u.call.func);
        visit_exprs(b, &n->u.call.args);
        for (int i = 0; i < n->u.call.nkeywords; i++) {
            visit_expr(b, n->u.call.keywords[i].value);
        }
        break;
    case N_FORMATTED_VALUE:
        visit_expr(b, n->u.formatted.value);
        visit_expr(b, n->u.formatted.format_spec);
        break;
    case N_JOINED_STR: visit_exprs(b, &n->u.joined.values); break;
    case N_CONSTANT: break;
    case N_ATTRIBUTE: visit_expr(b, n->u.attribute.value); break;
    case N_SUBSCRIPT:
        visit_expr(b, n->u.subscript.value);
        visit_expr(b, n->u.subscript.slice);
        break;
    case N_STARRED: visit_expr(b, n->u.starred.value); break;
    case N_SLICE:
        visit_expr(b, n->u.slice.lower);
        visit_expr(b, n->u.slice.upper);
        visit_expr(b, n->u.slice.step);
        break;
    default: break;
    }
}

static void declare(Builder *b, Node *n, int flag) {
    const char *what = flag == SYM_GLOBAL ? "global" : "nonlocal";
    if (flag == SYM_NONLOCAL && b->cur->kind == SCOPE_MODULE) {
        fail(b, n, "nonlocal declaration not allowed at module level");
        return;
    }
    for (int i = 0; i < n->u.global.nnames; i++) {
        const char *name = n->u.global.names[i];
        Symbol *sym = lookup(b, b->cur, name);
        if (sym) {
            if (sym->flags & SYM_PARAM) {
                fail(b, n, "name '%s' is parameter and %s", name, what);
                return;
            }
            if ((flag == SYM_GLOBAL && (sym->flags & SYM_NONLOCAL)) ||
                (flag == SYM_NONLOCAL && (sym->flags & SYM_GLOBAL))) {
                // Reported at the first of the two declarations, as CPython does.
                fail(b, sym->decl ? sym->decl : n, "name '%s' is nonlocal and global", name);
                return;
            }
            if (sym->flags & SYM_USED && !(sym->flags & flag)) {
                fail(b, n, "name '%s' is used prior to %s declaration", name, what);
                return;
            }
            if (sym->flags & SYM_ANNOT) {
                fail(b, n, "annotated name '%s' can't be %s", name, what);
                return;
            }
            if (sym->flags & SYM_ASSIGNED && !(sym->flags & flag)) {
                fail(b, n, "name '%s' is assigned to before %s declaration", name, what);
                return;
            }
        }
        Symbol *declared = add_symbol(b, b->cur, name, flag, n->line, n->col);
        if (!declared->decl) {
            declared->decl = n;
        }
    }
}

static void bind_import(Builder *b, Alias *a) {
    const char *name = a->asname ? a->asname : a->name;
    if (!a->asname) {
        // `import a.b.c` binds `a`.
        const char *dot = strchr(name, '.');
        if (dot) {
            name = arena_strndup(b->st->arena, name, (size_t)(dot - name));
        }
    }
    bind(b, name, a->line, a->col);
}

static void visit_stmt(Builder *b, Node *n) {
    if (!n || b->failed) {
        return;
    }
    switch (n->kind) {
    case N_FUNCTION_DEF: {
        visit_exprs(b, &n->u.funcdef.decorators);
        visit_args_defaults(b, n->u.funcdef.args);
        visit_arg_annotations(b, n->u.funcdef.args, n->u.funcdef.returns);
        bind(b, n->u.funcdef.name, n->line, n->col);
        Scope *outer = b->cur;
        Scope *s = new_scope(b, SCOPE_FUNCTION, n->u.funcdef.name, n);
        s->is_coroutine = n->u.funcdef.is_async;
        b->cur = s;
        add_params(b, n->u.funcdef.args);
        visit_stmts(b, &n->u.funcdef.body);
        b->cur = outer;
        break;
    }
    case N_CLASS_DEF: {
        visit_exprs(b, &n->u.classdef.decorators);
        visit_exprs(b, &n->u.classdef.bases);
        for (int i = 0; i < n->u.classdef.nkeywords; i++) {
            visit_expr(b, n->u.classdef.keywords[i].value);
        }
        bind(b, n->u.classdef.name, n->line, n->col);
        Scope *outer = b->cur;
        Scope *s = new_scope(b, SCOPE_CLASS, n->u.classdef.name, n);
        b->cur = s;
        visit_stmts(b, &n->u.classdef.body);
        b->cur = outer;
        break;
    }
    case N_RETURN:
        if (b->cur->kind != SCOPE_FUNCTION) {
            fail(b, n, "'return' outside function");
        }
        visit_expr(b, n->u.expr.value);
        break;
    case N_DELETE: visit_exprs(b, &n->u.del.targets); break;
    case N_ASSIGN:
        visit_expr(b, n->u.assign.value);
        visit_exprs(b, &n->u.assign.targets);
        break;
    case N_AUG_ASSIGN:
        if (n->u.augassign.target->kind == N_NAME) {
            use(b, n->u.augassign.target->u.name.id, n->line, n->col);
        }
        visit_expr(b, n->u.augassign.value);
        visit_expr(b, n->u.augassign.target);
        break;
    case N_ANN_ASSIGN:
        if (n->u.annassign.target->kind == N_NAME && n->u.annassign.simple) {
            Symbol *sym = lookup(b, b->cur, n->u.annassign.target->u.name.id);
            if (sym && (sym->flags & (SYM_GLOBAL | SYM_NONLOCAL))) {
                fail(b, n, "annotated name '%s' can't be %s", sym->name,
                     (sym->flags & SYM_GLOBAL) ? "global" : "nonlocal");
            }
            add_symbol(b, b->cur, n->u.annassign.target->u.name.id,
                       SYM_ANNOT | (n->u.annassign.value ? SYM_ASSIGNED : 0), n->line, n->col);
        } else {
            visit_expr(b, n->u.annassign.target);
        }
        visit_annotation(b, n->u.annassign.annotation);
        visit_expr(b, n->u.annassign.value);
        break;
    case N_FOR:
        visit_expr(b, n->u.for_.iter);
        visit_expr(b, n->u.for_.target);
        visit_stmts(b, &n->u.for_.body);
        visit_stmts(b, &n->u.for_.orelse);
        if (n->u.for_.is_async && (b->cur->kind != SCOPE_FUNCTION || !b->cur->is_coroutine)) {
            fail(b, n, "'async for' outside async function");
        }
        break;
    case N_WHILE:
        visit_expr(b, n->u.while_.test);
        visit_stmts(b, &n->u.while_.body);
        visit_stmts(b, &n->u.while_.orelse);
        break;
    case N_IF:
        visit_expr(b, n->u.if_.test);
        visit_stmts(b, &n->u.if_.body);
        visit_stmts(b, &n->u.if_.orelse);
        break;
    case N_WITH:
        for (int i = 0; i < n->u.with.nitems; i++) {
            visit_expr(b, n->u.with.items[i].context_expr);
            visit_expr(b, n->u.with.items[i].optional_vars);
        }
        visit_stmts(b, &n->u.with.body);
        if (n->u.with.is_async && (b->cur->kind != SCOPE_FUNCTION || !b->cur->is_coroutine)) {
            fail(b, n, "'async with' outside async function");
        }
        break;
    case N_RAISE:
        visit_expr(b, n->u.raise.exc);
        visit_expr(b, n->u.raise.cause);
        break;
    case N_TRY:
        visit_stmts(b, &n->u.try_.body);
        for (int i = 0; i < n->u.try_.nhandlers; i++) {
            ExceptHandler *h = &n->u.try_.handlers[i];
            visit_expr(b, h->type);
            if (h->name) {
                bind(b, h->name, h->line, h->col);
            }
            visit_stmts(b, &h->body);
        }
        visit_stmts(b, &n->u.try_.orelse);
        visit_stmts(b, &n->u.try_.finalbody);
        break;
    case N_ASSERT:
        visit_expr(b, n->u.assert_.test);
        visit_expr(b, n->u.assert_.msg);
        break;
    case N_IMPORT:
        for (int i = 0; i < n->u.import.nnames; i++) {
            bind_import(b, &n->u.import.names[i]);
        }
        break;
    case N_IMPORT_FROM:
        for (int i = 0; i < n->u.import_from.nnames; i++) {
            Alias *a = &n->u.import_from.names[i];
            if (strcmp(a->name, "*") == 0) {
                if (b->cur->kind != SCOPE_MODULE) {
                    fail_at(b, a->line, a->col, a->end_line, a->end_col,
                            "import * only allowed at module level");
                }
                continue;
            }
            bind(b, a->asname ? a->asname : a->name, a->line, a->col);
        }
        break;
    case N_GLOBAL: declare(b, n, SYM_GLOBAL); break;
    case N_NONLOCAL: declare(b, n, SYM_NONLOCAL); break;
    case N_EXPR_STMT: visit_expr(b, n->u.expr.value); break;
    default: break;
    }
}

static void visit_stmts(Builder *b, NodeList *l) {
    for (int i = 0; i < l->len && !b->failed; i++) {
        visit_stmt(b, l->items[i]);
    }
}

// --- analysis -----------------------------------------------------------------------------

typedef struct NameSet {
    const char **names;
    int len;
} NameSet;

static bool set_has(const NameSet *s, const char *name) {
    for (int i = 0; i < s->len; i++) {
        if (strcmp(s->names[i], name) == 0) {
            return true;
        }
    }
    return false;
}

static NameSet set_extend(Arena *a, const NameSet *base, Scope *s, NameKind k1, NameKind k2) {
    NameSet r;
    r.names = arena_alloc(a, sizeof(char *) * (size_t)(base->len + s->nsymbols + 1));
    r.len = 0;
    for (int i = 0; i < base->len; i++) {
        r.names[r.len++] = base->names[i];
    }
    for (int i = 0; i < s->nsymbols; i++) {
        Symbol *sym = &s->symbols[i];
        if ((sym->kind == k1 || sym->kind == k2) && !set_has(&r, sym->name)) {
            r.names[r.len++] = sym->name;
        }
    }
    return r;
}

static int cmp_names(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

// Fills varnames, cellnames and freenames of a function scope.
static void layout(Arena *a, Scope *s) {
    s->varnames = arena_alloc(a, sizeof(char *) * (size_t)(s->nsymbols + 1));
    s->cellnames = arena_alloc(a, sizeof(char *) * (size_t)(s->nsymbols + 1));
    s->freenames = arena_alloc(a, sizeof(char *) * (size_t)(s->nsymbols + 1));
    // Parameters keep their slot even when they become cells.
    for (int i = 0; i < s->nsymbols; i++) {
        if (s->symbols[i].flags & SYM_PARAM) {
            s->varnames[s->nvarnames++] = s->symbols[i].name;
        }
    }
    for (int i = 0; i < s->nsymbols; i++) {
        Symbol *sym = &s->symbols[i];
        if (sym->kind == NAME_LOCAL && !(sym->flags & SYM_PARAM)) {
            // `x: int` alone makes x local but, never stored nor read,
            // takes no slot (CPython lists it in no co_varnames).
            if (sym->flags & (SYM_ASSIGNED | SYM_USED)) {
                s->varnames[s->nvarnames++] = sym->name;
            }
        } else if (sym->kind == NAME_CELL) {
            s->cellnames[s->ncellnames++] = sym->name;
        } else if (sym->kind == NAME_FREE) {
            s->freenames[s->nfreenames++] = sym->name;
        }
    }
    qsort(s->cellnames, (size_t)s->ncellnames, sizeof(char *), cmp_names);
    qsort(s->freenames, (size_t)s->nfreenames, sizeof(char *), cmp_names);
}

static void analyze(Builder *b, Scope *s, const NameSet *enclosing) {
    Arena *a = b->st->arena;
    for (int i = 0; i < s->nsymbols && !b->failed; i++) {
        Symbol *sym = &s->symbols[i];
        if (sym->flags & SYM_GLOBAL) {
            sym->kind = NAME_GLOBAL_EXPLICIT;
        } else if (sym->flags & SYM_NONLOCAL) {
            if (!set_has(enclosing, sym->name)) {
                if (sym->decl) {
                    fail(b, sym->decl, "no binding for nonlocal '%s' found", sym->name);
                } else {
                    fail_at(b, sym->line, sym->col, sym->line, sym->col + 1, "no binding for nonlocal '%s' found",
                            sym->name);
                }
                return;
            }
            sym->kind = NAME_FREE;
        } else if (s->kind == SCOPE_MODULE) {
            sym->kind = NAME_NAMESPACE;
        } else if (sym->flags & (SYM_ASSIGNED | SYM_PARAM | SYM_ANNOT)) {
            sym->kind = s->kind == SCOPE_CLASS ? NAME_NAMESPACE : NAME_LOCAL;
        } else if (set_has(enclosing, sym->name)) {
            sym->kind = NAME_FREE;
        } else {
            sym->kind = s->kind == SCOPE_CLASS ? NAME_NAMESPACE : NAME_GLOBAL_IMPLICIT;
        }
    }
    // What the children can see: for a function, its own locals too; a
    // class body adds nothing (except the __class__ cell it may create).
    NameSet inner = *enclosing;
    if (s->kind == SCOPE_FUNCTION) {
        inner = set_extend(a, enclosing, s, NAME_LOCAL, NAME_FREE);
        // A `global x` hides the enclosing functions' x from the inner
        // functions too (a class body's declaration does not).
        int kept = 0;
        for (int i = 0; i < inner.len; i++) {
            Symbol *sym = scope_lookup(s, inner.names[i]);
            if (!sym || sym->kind != NAME_GLOBAL_EXPLICIT) {
                inner.names[kept++] = inner.names[i];
            }
        }
        inner.len = kept;
    } else if (s->kind == SCOPE_CLASS) {
        inner.names = arena_alloc(a, sizeof(char *) * (size_t)(enclosing->len + 1));
        if (enclosing->len) {
            memcpy(inner.names, enclosing->names, sizeof(char *) * (size_t)enclosing->len);
        }
        inner.len = enclosing->len;
        if (!set_has(&inner, "__class__")) {
            inner.names[inner.len++] = "__class__";
        }
    } else {
        inner.len = 0;
    }
    for (int c = 0; c < s->nchildren && !b->failed; c++) {
        Scope *child = s->children[c];
        analyze(b, child, &inner);
        for (int i = 0; i < child->nsymbols; i++) {
            Symbol *cs = &child->symbols[i];
            // A class passes up the names its methods take from further
            // out, including those it also binds itself (SYM_FREE_CLASS).
            if (cs->kind != NAME_FREE && !(cs->flags & SYM_FREE_CLASS)) {
                continue;
            }
            if (s->kind == SCOPE_CLASS && strcmp(cs->name, "__class__") == 0) {
                s->needs_class_cell = true;
                Symbol *cell = add_symbol(b, s, "__class__", 0, cs->line, cs->col);
                cell->kind = NAME_CELL;
                continue;
            }
            if (s->kind == SCOPE_MODULE) {
                continue;
            }
            Symbol *mine = scope_lookup(s, cs->name);
            if (mine && (mine->kind == NAME_CELL || mine->kind == NAME_FREE)) {
                continue;
            }
            if (mine && s->kind == SCOPE_FUNCTION && mine->kind == NAME_LOCAL) {
                mine->kind = NAME_CELL;
            } else if (mine && s->kind == SCOPE_CLASS &&
                       (mine->flags & (SYM_ASSIGNED | SYM_ANNOT | SYM_GLOBAL))) {
                // Bound (or declared global) in the class body and free in
                // a method: the method sees the enclosing function's
                // variable, the class body its own namespace. The class
                // still carries the cell through to its methods.
                mine->flags |= SYM_FREE_CLASS;
            } else {
                // Not the class's or function's own: it only passes through.
                Symbol *pass = add_symbol(b, s, cs->name, 0, cs->line, cs->col);
                pass->kind = NAME_FREE;
            }
        }
    }
    if (s->kind == SCOPE_FUNCTION) {
        layout(a, s);
    } else if (s->kind == SCOPE_CLASS) {
        // A class body keeps cells (__class__) and frees in slots too.
        s->cellnames = arena_alloc(a, sizeof(char *) * (size_t)(s->nsymbols + 1));
        s->freenames = arena_alloc(a, sizeof(char *) * (size_t)(s->nsymbols + 1));
        for (int i = 0; i < s->nsymbols; i++) {
            Symbol *sym = &s->symbols[i];
            if (sym->kind == NAME_CELL) {
                s->cellnames[s->ncellnames++] = sym->name;
            } else if (sym->kind == NAME_FREE || (sym->flags & SYM_FREE_CLASS)) {
                s->freenames[s->nfreenames++] = sym->name;
            }
        }
        qsort(s->freenames, (size_t)s->nfreenames, sizeof(char *), cmp_names);
    }
}

bool scope_build(SymTable *st, Arena *arena, Node *root, bool string_annotations, ParseError *err) {
    memset(st, 0, sizeof *st);
    st->arena = arena;
    st->string_annotations = string_annotations;
    Builder b = {.st = st, .cur = NULL, .err = err, .failed = false};
    Scope *top = new_scope(&b, SCOPE_MODULE, "<module>", root);
    st->top = top;
    b.cur = top;
    if (root->kind == N_EXPRESSION) {
        visit_expr(&b, root->u.expr.value);
    } else {
        visit_stmts(&b, &root->u.module.body);
    }
    if (b.failed) {
        return false;
    }
    NameSet none = {NULL, 0};
    analyze(&b, top, &none);
    return !b.failed;
}

NameKind scope_name_kind(Scope *s, const char *name) {
    Symbol *sym = scope_lookup(s, name);
    if (!sym) {
        return s->kind == SCOPE_FUNCTION ? NAME_GLOBAL_IMPLICIT : NAME_NAMESPACE;
    }
    return sym->kind;
}

int scope_var_index(Scope *s, const char *name) {
    for (int i = 0; i < s->nvarnames; i++) {
        if (strcmp(s->varnames[i], name) == 0) {
            return i;
        }
    }
    return -1;
}

int scope_cell_index(Scope *s, const char *name) {
    for (int i = 0; i < s->ncellnames; i++) {
        if (strcmp(s->cellnames[i], name) == 0) {
            return i;
        }
    }
    for (int i = 0; i < s->nfreenames; i++) {
        if (strcmp(s->freenames[i], name) == 0) {
            return s->ncellnames + i;
        }
    }
    return -1;
}
