// Compiling statements: assignments, control flow, try/except/finally,
// with, def, class, import, and their async forms (async for awaits
// __anext__ and ends on StopAsyncIteration through END_ASYNC_FOR; async
// with awaits __aenter__ and __aexit__).
//
// Annotations follow CPython 3.11: a def passes its (name, value) pairs to
// MAKE_FUNCTION; a module or class body with annotated names starts with
// SETUP_ANNOTATIONS and stores each simple name's annotation in its
// __annotations__; under `from __future__ import annotations` every
// annotation is its source text instead (interp/ast_unparse.c).
//
// break, continue and return inside try/finally, with, except and for
// blocks leave those blocks cleanly: the compiler keeps a stack of the
// blocks it is inside (fblocks) and, before the jump, emits each block's
// cleanup inline (pop the iterator, call __exit__, run the finally body,
// restore the handled exception). That cleanup code is protected by the
// handlers *outside* the block it leaves, so the handler stack is lowered
// while it is emitted.
#include "interp/codegen.h"
#include "interp/ast_unparse.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_str.h"
#include "runtime/obj_tuple.h"
#include "runtime/state.h"

Opcode binop_opcode(int op);
Opcode inplace_opcode(int op);

// --- blocks ---------------------------------------------------------------------------

static FBlock *push_fblock(Compiler *c, FBlockKind kind, const Node *node) {
    Unit *u = c->u;
    if (u->nfblocks >= MAX_FBLOCKS) {
        compile_error(c, node, "too many statically nested blocks");
        return &u->fblocks[MAX_FBLOCKS - 1];
    }
    FBlock *fb = &u->fblocks[u->nfblocks++];
    memset(fb, 0, sizeof *fb);
    fb->kind = kind;
    fb->node = node;
    fb->nhandlers = u->hdepth;
    fb->break_label = fb->continue_label = -1;
    return fb;
}

static void pop_fblock(Compiler *c) {
    if (c->u->nfblocks > 0) {
        c->u->nfblocks--;
    }
}

static void load_none(Compiler *c) { emit(c, OP_LOAD_CONST, add_const(c, VNONE)); }

// __exit__(None, None, None) on leaving a with block normally; an async
// with awaits what __aexit__ returns.
static void call_exit_none(Compiler *c, bool is_async) {
    load_none(c);
    load_none(c);
    load_none(c);
    emit(c, OP_CALL, 3);
    if (is_async) {
        emit(c, OP_GET_AWAITABLE, 2);
        compile_await_loop(c);
    }
    emit(c, OP_POP_TOP, 0);
}

static void unbind_name(Compiler *c, const char *name) {
    load_none(c);
    compile_store_name(c, name);
    Node fake = {.kind = N_NAME, .line = c->u->loc.line, .col = c->u->loc.col,
                 .end_line = c->u->loc.end_line, .end_col = c->u->loc.end_col};
    fake.u.name.id = name;
    fake.u.name.ctx = CTX_DEL;
    compile_delete(c, &fake);
}

// Emits the cleanup for leaving fblock `index`; with preserve_tos the
// value on top of the stack (a return value) is kept above the cleanup.
static void unwind_fblock(Compiler *c, int index, bool preserve_tos) {
    Unit *u = c->u;
    FBlock fb = u->fblocks[index];
    u->hdepth = fb.nhandlers;
    switch (fb.kind) {
    case FB_WHILE_LOOP:
    case FB_TRY_EXCEPT:
        break;
    case FB_FOR_LOOP:
    case FB_POP_VALUE:
        if (preserve_tos) {
            emit(c, OP_SWAP, 2);
        }
        emit(c, OP_POP_TOP, 0);
        break;
    case FB_FINALLY_TRY: {
        // Run the finally body with this block (and everything inside it)
        // out of the way, as if the try statement had finished.
        int saved_n = u->nfblocks;
        FBlock saved[MAX_FBLOCKS];
        memcpy(saved, u->fblocks, sizeof saved);
        u->nfblocks = index;
        compile_stmts(c, (NodeList *)&fb.node->u.try_.finalbody);
        memcpy(u->fblocks, saved, sizeof saved);
        u->nfblocks = saved_n;
        break;
    }
    case FB_FINALLY_END:
        if (preserve_tos) {
            emit(c, OP_SWAP, 2);
        }
        emit(c, OP_POP_TOP, 0);   // the exception
        if (preserve_tos) {
            emit(c, OP_SWAP, 2);
        }
        emit(c, OP_POP_EXCEPT, 0);
        break;
    case FB_WITH:
    case FB_ASYNC_WITH:
        if (preserve_tos) {
            emit(c, OP_SWAP, 2);
        }
        call_exit_none(c, fb.kind == FB_ASYNC_WITH);
        break;
    case FB_HANDLER_NAMED:
        unbind_name(c, fb.name);
        // fall through
    case FB_HANDLER:
        if (preserve_tos) {
            emit(c, OP_SWAP, 2);
        }
        emit(c, OP_POP_EXCEPT, 0);
        break;
    }
}

// Unwinds every block above `stop` (exclusive), keeping the handler stack
// intact for the code that follows.
static void unwind_to(Compiler *c, int stop, bool preserve_tos) {
    Unit *u = c->u;
    int saved_hdepth = u->hdepth;
    int saved_hstack[MAX_HANDLERS];
    memcpy(saved_hstack, u->hstack, sizeof saved_hstack);
    for (int i = u->nfblocks - 1; i > stop && !c->failed; i--) {
        unwind_fblock(c, i, preserve_tos);
    }
    memcpy(u->hstack, saved_hstack, sizeof saved_hstack);
    u->hdepth = saved_hdepth;
}

static int innermost_loop(Compiler *c) {
    for (int i = c->u->nfblocks - 1; i >= 0; i--) {
        FBlockKind k = c->u->fblocks[i].kind;
        if (k == FB_WHILE_LOOP || k == FB_FOR_LOOP) {
            return i;
        }
    }
    return -1;
}

static void compile_break(Compiler *c, Node *n) {
    int loop = innermost_loop(c);
    if (loop < 0) {
        compile_error(c, n, "'break' outside loop");
        return;
    }
    int label = c->u->fblocks[loop].break_label;
    int depth = c->u->depth;
    unwind_to(c, loop - 1, false);
    emit_jump(c, OP_JUMP_FORWARD, label);
    c->u->depth = depth;   // what follows is unreachable; keep its depth consistent
}

static void compile_continue(Compiler *c, Node *n) {
    int loop = innermost_loop(c);
    if (loop < 0) {
        compile_error(c, n, "'continue' not properly in loop");
        return;
    }
    int label = c->u->fblocks[loop].continue_label;
    int depth = c->u->depth;
    unwind_to(c, loop, false);
    emit_jump(c, OP_JUMP_BACKWARD, label);
    c->u->depth = depth;
}

static void compile_return(Compiler *c, Node *n) {
    if (c->u->scope->is_generator && c->u->scope->is_coroutine && n->u.expr.value) {
        compile_error(c, n, "'return' with value in async generator");
        return;
    }
    int depth = c->u->depth;
    if (n->u.expr.value) {
        compile_expr(c, n->u.expr.value);
    } else {
        load_none(c);
    }
    set_loc(c, n);
    unwind_to(c, -1, true);
    emit(c, OP_RETURN_VALUE, 0);
    c->u->depth = depth;
}

// --- loops and conditionals -------------------------------------------------------------

static bool is_true_constant(Node *n) {
    if (n->kind != N_CONSTANT) {
        return false;
    }
    ConstKind k = n->u.constant.kind;
    return k == CONST_TRUE || (k == CONST_INT && n->u.constant.i != 0);
}

static void compile_while(Compiler *c, Node *n) {
    int top = new_label(c), orelse = new_label(c), end = new_label(c);
    bind_label(c, top);
    if (!is_true_constant(n->u.while_.test)) {
        compile_expr(c, n->u.while_.test);
        emit_jump(c, OP_POP_JUMP_IF_FALSE, orelse);
    }
    FBlock *fb = push_fblock(c, FB_WHILE_LOOP, n);
    fb->break_label = end;
    fb->continue_label = top;
    compile_stmts(c, &n->u.while_.body);
    pop_fblock(c);
    set_loc(c, n);
    emit_jump(c, OP_JUMP_BACKWARD, top);
    bind_label(c, orelse);
    compile_stmts(c, &n->u.while_.orelse);
    bind_label(c, end);
}

// async for: each step awaits aiter.__anext__(); StopAsyncIteration from
// that await (and only from it) ends the loop, through END_ASYNC_FOR.
static void compile_async_for(Compiler *c, Node *n) {
    int top = new_label(c), orelse = new_label(c), end = new_label(c);
    compile_expr(c, n->u.for_.iter);
    set_loc(c, n);
    emit(c, OP_GET_AITER, 0);
    bind_label(c, top);
    int handler = push_handler(c, c->u->depth);
    emit(c, OP_GET_ANEXT, 0);
    compile_await_loop(c);
    pop_handler(c);
    FBlock *fb = push_fblock(c, FB_FOR_LOOP, n);
    fb->break_label = end;
    fb->continue_label = top;
    compile_store(c, n->u.for_.target);
    compile_stmts(c, &n->u.for_.body);
    pop_fblock(c);
    set_loc(c, n);
    emit_jump(c, OP_JUMP_BACKWARD, top);
    // [aiter exc]: the loop's end, or an error of __anext__ to re-raise.
    bind_label(c, handler);
    set_loc(c, n);
    emit(c, OP_END_ASYNC_FOR, 0);
    bind_label(c, orelse);
    compile_stmts(c, &n->u.for_.orelse);
    bind_label(c, end);
}

static void compile_for(Compiler *c, Node *n) {
    if (n->u.for_.is_async) {
        compile_async_for(c, n);
        return;
    }
    int top = new_label(c), orelse = new_label(c), end = new_label(c);
    compile_expr(c, n->u.for_.iter);
    set_loc(c, n);
    emit(c, OP_GET_ITER, 0);
    bind_label(c, top);
    set_loc(c, n);
    emit_jump(c, OP_FOR_ITER, orelse);
    FBlock *fb = push_fblock(c, FB_FOR_LOOP, n);
    fb->break_label = end;
    fb->continue_label = top;
    compile_store(c, n->u.for_.target);
    compile_stmts(c, &n->u.for_.body);
    pop_fblock(c);
    set_loc(c, n);
    emit_jump(c, OP_JUMP_BACKWARD, top);
    bind_label(c, orelse);
    compile_stmts(c, &n->u.for_.orelse);
    bind_label(c, end);
}

static void compile_if(Compiler *c, Node *n) {
    int orelse = new_label(c), end = new_label(c);
    compile_expr(c, n->u.if_.test);
    emit_jump(c, OP_POP_JUMP_IF_FALSE, orelse);
    compile_stmts(c, &n->u.if_.body);
    if (n->u.if_.orelse.len) {
        emit_jump(c, OP_JUMP_FORWARD, end);
    }
    bind_label(c, orelse);
    compile_stmts(c, &n->u.if_.orelse);
    bind_label(c, end);
}

// --- exceptions ---------------------------------------------------------------------------

// The handler for exceptions raised inside an except/finally block: restore
// the previously handled exception, then re-raise. Stack: [prev exc].
static void emit_cleanup_handler(Compiler *c, int label) {
    bind_label(c, label);
    emit(c, OP_SWAP, 2);
    emit(c, OP_POP_EXCEPT, 0);
    emit(c, OP_RERAISE, 0);
}

static void compile_try_except(Compiler *c, Node *n) {
    Unit *u = c->u;
    int depth = u->depth;
    int orelse = new_label(c), end = new_label(c);
    push_fblock(c, FB_TRY_EXCEPT, n);
    int handler = push_handler(c, depth);
    compile_stmts(c, &n->u.try_.body);
    pop_handler(c);
    pop_fblock(c);
    emit_jump(c, OP_JUMP_FORWARD, orelse);

    bind_label(c, handler);
    set_loc(c, n);
    emit(c, OP_PUSH_EXC_INFO, 0);
    int cleanup = push_handler(c, depth + 1);
    for (int i = 0; i < n->u.try_.nhandlers; i++) {
        ExceptHandler *h = &n->u.try_.handlers[i];
        Node hnode = {.line = h->line, .col = h->col, .end_line = h->end_line, .end_col = h->end_col};
        if (!h->type && i < n->u.try_.nhandlers - 1) {
            compile_error(c, &hnode, "default 'except:' must be last");
            return;
        }
        int next = new_label(c);
        set_loc(c, &hnode);
        if (h->type) {
            compile_expr(c, h->type);
            set_loc(c, &hnode);
            emit(c, OP_CHECK_EXC_MATCH, 0);
            emit_jump(c, OP_POP_JUMP_IF_FALSE, next);
        }
        if (h->name) {
            compile_store_name(c, h->name);
            int named_cleanup = push_handler(c, depth + 1);
            FBlock *fb = push_fblock(c, FB_HANDLER_NAMED, n);
            fb->name = h->name;
            compile_stmts(c, &h->body);
            pop_fblock(c);
            pop_handler(c);
            set_loc(c, &hnode);
            unbind_name(c, h->name);
            emit(c, OP_POP_EXCEPT, 0);
            emit_jump(c, OP_JUMP_FORWARD, end);
            // An exception inside the clause: unbind the name, re-raise.
            bind_label(c, named_cleanup);
            unbind_name(c, h->name);
            emit(c, OP_RERAISE, 0);
        } else {
            emit(c, OP_POP_TOP, 0);
            push_fblock(c, FB_HANDLER, n);
            compile_stmts(c, &h->body);
            pop_fblock(c);
            set_loc(c, &hnode);
            emit(c, OP_POP_EXCEPT, 0);
            emit_jump(c, OP_JUMP_FORWARD, end);
        }
        bind_label(c, next);
        u->depth = depth + 2;   // [prev exc] on the way to the next clause
        u->reachable = true;
    }
    emit(c, OP_RERAISE, 0);   // no clause matched
    pop_handler(c);
    emit_cleanup_handler(c, cleanup);
    bind_label(c, orelse);
    compile_stmts(c, &n->u.try_.orelse);
    bind_label(c, end);
}

static void compile_try(Compiler *c, Node *n) {
    if (n->u.try_.finalbody.len == 0) {
        compile_try_except(c, n);
        return;
    }
    Unit *u = c->u;
    int depth = u->depth;
    int end = new_label(c);
    push_fblock(c, FB_FINALLY_TRY, n);
    int handler = push_handler(c, depth);
    if (n->u.try_.nhandlers) {
        compile_try_except(c, n);
    } else {
        compile_stmts(c, &n->u.try_.body);
    }
    pop_handler(c);
    pop_fblock(c);
    // The finally body on the normal path.
    compile_stmts(c, &n->u.try_.finalbody);
    emit_jump(c, OP_JUMP_FORWARD, end);
    // ... and on the exceptional path: [exc].
    bind_label(c, handler);
    set_loc(c, n);
    emit(c, OP_PUSH_EXC_INFO, 0);
    int cleanup = push_handler(c, depth + 1);
    push_fblock(c, FB_FINALLY_END, n);
    compile_stmts(c, &n->u.try_.finalbody);
    pop_fblock(c);
    emit(c, OP_RERAISE, 0);
    pop_handler(c);
    emit_cleanup_handler(c, cleanup);
    bind_label(c, end);
}

static void compile_with_item(Compiler *c, Node *n, int item) {
    if (item >= n->u.with.nitems) {
        compile_stmts(c, &n->u.with.body);
        return;
    }
    bool is_async = n->u.with.is_async;
    Unit *u = c->u;
    WithItem *w = &n->u.with.items[item];
    compile_expr(c, w->context_expr);
    // As in CPython 3.11, entering and leaving carry the statement's range.
    set_loc(c, n);
    if (is_async) {
        emit(c, OP_BEFORE_ASYNC_WITH, 0);
        emit(c, OP_GET_AWAITABLE, 1);
        compile_await_loop(c);
    } else {
        emit(c, OP_BEFORE_WITH, 0);
    }
    int depth = u->depth - 1;   // [exit] stays for the whole block
    push_fblock(c, is_async ? FB_ASYNC_WITH : FB_WITH, n);
    int handler = push_handler(c, depth);
    if (w->optional_vars) {
        compile_store(c, w->optional_vars);
    } else {
        emit(c, OP_POP_TOP, 0);
    }
    compile_with_item(c, n, item + 1);
    pop_handler(c);
    pop_fblock(c);
    set_loc(c, n);
    call_exit_none(c, is_async);
    int end = new_label(c);
    emit_jump(c, OP_JUMP_FORWARD, end);
    // An exception in the body: [exit exc] -> [exit prev exc].
    bind_label(c, handler);
    emit(c, OP_PUSH_EXC_INFO, 0);
    int cleanup = push_handler(c, depth + 1);
    emit(c, OP_WITH_EXCEPT_START, 0);
    if (is_async) {
        emit(c, OP_GET_AWAITABLE, 2);
        compile_await_loop(c);
    }
    int suppress = new_label(c);
    emit_jump(c, OP_POP_JUMP_IF_TRUE, suppress);
    emit(c, OP_RERAISE, 0);
    pop_handler(c);
    bind_label(c, suppress);
    emit(c, OP_POP_TOP, 0);       // exc
    emit(c, OP_POP_EXCEPT, 0);    // prev
    emit(c, OP_POP_TOP, 0);       // exit
    emit_jump(c, OP_JUMP_FORWARD, end);
    emit_cleanup_handler(c, cleanup);
    bind_label(c, end);
}

// --- definitions ---------------------------------------------------------------------------

const char *qualname_for(Compiler *c, const char *name) {
    Unit *u = c->u;
    if (!u || u->scope->kind == SCOPE_MODULE) {
        return name;
    }
    // A function declared global inside a class/function is named plainly.
    if (scope_name_kind(u->scope, mangle(c, name)) == NAME_GLOBAL_EXPLICIT) {
        return name;
    }
    size_t n = strlen(u->qualname) + strlen(name) + 12;
    char *q = arena_alloc(c->arena, n);
    if (u->scope->kind == SCOPE_FUNCTION) {
        snprintf(q, n, "%s.<locals>.%s", u->qualname, name);
    } else {
        snprintf(q, n, "%s.%s", u->qualname, name);
    }
    return q;
}

void make_closure(Compiler *c, ObjCode *code, Scope *child, int flags) {
    if (child->nfreenames) {
        for (int i = 0; i < child->nfreenames; i++) {
            int idx = scope_cell_index(c->u->scope, child->freenames[i]);
            if (idx < 0) {
                cs_fatal("compiler: free variable '%s' not found in %s", child->freenames[i], c->u->name);
            }
            emit(c, OP_LOAD_CLOSURE, idx);
        }
        emit(c, OP_BUILD_TUPLE, child->nfreenames);
        flags |= MF_CLOSURE;
    }
    emit(c, OP_LOAD_CONST, add_const(c, val_obj(&code->base)));
    emit(c, OP_MAKE_FUNCTION, flags);
}

// Calls the decorators, innermost (last) first, each call carrying the
// range of its decorator expression as in CPython 3.11.
static void apply_decorators(Compiler *c, NodeList *decos) {
    for (int i = decos->len - 1; i >= 0; i--) {
        set_loc(c, decos->items[i]);
        emit(c, OP_CALL, 1);
    }
}

// A decorated definition's code starts at its first decorator's line.
static int first_line(const Node *n) {
    const NodeList *decos = n->kind == N_FUNCTION_DEF ? &n->u.funcdef.decorators
                            : n->kind == N_CLASS_DEF  ? &n->u.classdef.decorators
                                                      : NULL;
    return decos && decos->len ? decos->items[0]->line : n->line;
}

static Node *docstring_of(NodeList *body) {
    if (body && body->len > 0) {
        Node *first = body->items[0];
        if (first->kind == N_EXPR_STMT && first->u.expr.value->kind == N_CONSTANT &&
            first->u.expr.value->u.constant.kind == CONST_STR) {
            return first->u.expr.value;
        }
    }
    return NULL;
}

ObjCode *compile_function_body(Compiler *c, Node *n, Scope *s, const char *name, Arguments *args,
                               NodeList *body, Node *expr_body) {
    const char *qualname = qualname_for(c, name);
    bool nested = c->u->scope->kind == SCOPE_FUNCTION;
    Unit *outer = c->u;
    unit_new(c, s, name, qualname, first_line(n));
    set_loc(c, n);
    Node *doc = docstring_of(body);
    add_const(c, doc ? constant_value(c, doc) : VNONE);
    if (body) {
        compile_stmts(c, body);
        if (c->u->reachable) {
            load_none(c);
            emit(c, OP_RETURN_VALUE, 0);
        }
    } else {
        compile_expr(c, expr_body);
        emit(c, OP_RETURN_VALUE, 0);
    }
    int flags = CO_OPTIMIZED | CO_NEWLOCALS;
    if (nested) flags |= CO_NESTED;
    if (args && args->vararg) flags |= CO_VARARGS;
    if (args && args->kwarg) flags |= CO_VARKEYWORDS;
    if (s->is_generator && s->is_coroutine) {
        flags |= CO_ASYNC_GENERATOR;
    } else if (s->is_generator) {
        flags |= CO_GENERATOR;
    } else if (s->is_coroutine) {
        flags |= CO_COROUTINE;
    }
    Unit *u = c->u;
    ObjCode *code = c->failed ? NULL
                              : unit_assemble(c, u, args ? args->nargs : 0, args ? args->nposonly : 0,
                                              args ? args->nkwonly : 0, flags);
    c->u = outer;
    unit_free(u);
    return code;
}

// An annotation's value: the expression, or under `from __future__ import
// annotations` its text as ast.unparse would give it.
static void compile_annotation(Compiler *c, Node *ann) {
    if (c->future_annotations) {
        Obj *text = ast_unparse(c->ts, ann);
        if (!text) {
            exc_clear(c->ts);
            compile_error(c, ann, "cannot unparse the annotation");
            return;
        }
        emit(c, OP_LOAD_CONST, add_const(c, val_obj(text)));
    } else if (ann->kind == N_STARRED) {
        // *args: *Ts
        compile_expr(c, ann->u.starred.value);
        emit(c, OP_UNPACK_SEQUENCE, 1);
    } else {
        compile_expr(c, ann);
    }
}

static int annotate(Compiler *c, const char *name, Node *ann) {
    if (!ann) {
        return 0;
    }
    emit(c, OP_LOAD_CONST, add_const(c, val_obj(str_intern_cstr(mangle(c, name)))));
    compile_annotation(c, ann);
    return 1;
}

// Pushes the (name, annotation) pairs of a def as one tuple, in CPython's
// order (the parameters after the `/` come before those before it).
// Returns MF_ANNOTATIONS, or 0 when nothing is annotated.
static int compile_arg_annotations(Compiler *c, Arguments *a, Node *returns) {
    int n = 0;
    if (a) {
        for (int i = a->nposonly; i < a->nargs; i++) {
            n += annotate(c, a->args[i].name, a->args[i].annotation);
        }
        for (int i = 0; i < a->nposonly; i++) {
            n += annotate(c, a->args[i].name, a->args[i].annotation);
        }
        if (a->vararg) {
            n += annotate(c, a->vararg->name, a->vararg->annotation);
        }
        for (int i = 0; i < a->nkwonly; i++) {
            n += annotate(c, a->kwonly[i].name, a->kwonly[i].annotation);
        }
        if (a->kwarg) {
            n += annotate(c, a->kwarg->name, a->kwarg->annotation);
        }
    }
    n += annotate(c, "return", returns);
    if (!n) {
        return 0;
    }
    emit(c, OP_BUILD_TUPLE, 2 * n);
    return MF_ANNOTATIONS;
}

static void compile_funcdef(Compiler *c, Node *n) {
    NodeList *decos = &n->u.funcdef.decorators;
    for (int i = 0; i < decos->len; i++) {
        compile_expr(c, decos->items[i]);
    }
    Arguments *a = n->u.funcdef.args;
    int flags = 0;
    set_loc(c, n);
    if (a && a->ndefaults) {
        for (int i = 0; i < a->ndefaults; i++) {
            compile_expr(c, a->defaults[i]);
        }
        emit(c, OP_BUILD_TUPLE, a->ndefaults);
        flags |= MF_DEFAULTS;
    }
    int nkwd = 0;
    for (int i = 0; a && i < a->nkwonly; i++) {
        if (a->kw_defaults[i]) {
            emit(c, OP_LOAD_CONST, add_const(c, val_obj(str_intern_cstr(mangle(c, a->kwonly[i].name)))));
            compile_expr(c, a->kw_defaults[i]);
            nkwd++;
        }
    }
    if (nkwd) {
        emit(c, OP_BUILD_MAP, nkwd);
        flags |= MF_KWDEFAULTS;
    }
    flags |= compile_arg_annotations(c, a, n->u.funcdef.returns);
    Scope *s = scope_of(&c->st, n);
    ObjCode *code = compile_function_body(c, n, s, n->u.funcdef.name, a, &n->u.funcdef.body, NULL);
    if (!code) {
        return;
    }
    set_loc(c, n);
    make_closure(c, code, s, flags);
    apply_decorators(c, decos);
    set_loc(c, n);
    compile_store_name(c, n->u.funcdef.name);
}

static ObjCode *compile_class_body(Compiler *c, Node *n, Scope *s) {
    const char *qualname = qualname_for(c, n->u.classdef.name);
    Unit *outer = c->u;
    unit_new(c, s, n->u.classdef.name, qualname, first_line(n));
    set_loc(c, n);
    emit(c, OP_LOAD_NAME, add_name(c, "__name__"));
    emit(c, OP_STORE_NAME, add_name(c, "__module__"));
    emit(c, OP_LOAD_CONST, add_const(c, val_obj(str_from_cstr(c->ts, qualname))));
    emit(c, OP_STORE_NAME, add_name(c, "__qualname__"));
    if (body_has_annotations(&n->u.classdef.body)) {
        emit(c, OP_SETUP_ANNOTATIONS, 0);
    }
    Node *doc = docstring_of(&n->u.classdef.body);
    if (doc) {
        emit(c, OP_LOAD_CONST, add_const(c, constant_value(c, doc)));
        emit(c, OP_STORE_NAME, add_name(c, "__doc__"));
    }
    compile_stmts(c, &n->u.classdef.body);
    set_loc(c, n);
    if (s->needs_class_cell) {
        emit(c, OP_LOAD_CLOSURE, scope_cell_index(s, "__class__"));
        emit(c, OP_COPY, 1);
        emit(c, OP_STORE_NAME, add_name(c, "__classcell__"));
    } else {
        load_none(c);
    }
    emit(c, OP_RETURN_VALUE, 0);
    Unit *u = c->u;
    ObjCode *code = c->failed ? NULL : unit_assemble(c, u, 0, 0, 0, 0);
    c->u = outer;
    unit_free(u);
    return code;
}

static void compile_classdef(Compiler *c, Node *n) {
    NodeList *decos = &n->u.classdef.decorators;
    for (int i = 0; i < decos->len; i++) {
        compile_expr(c, decos->items[i]);
    }
    set_loc(c, n);
    emit(c, OP_LOAD_BUILD_CLASS, 0);
    Scope *s = scope_of(&c->st, n);
    ObjCode *code = compile_class_body(c, n, s);
    if (!code) {
        return;
    }
    set_loc(c, n);
    make_closure(c, code, s, 0);
    emit(c, OP_LOAD_CONST, add_const(c, val_obj(str_from_cstr(c->ts, n->u.classdef.name))));
    NodeList *bases = &n->u.classdef.bases;
    Keyword *kws = n->u.classdef.keywords;
    int nkws = n->u.classdef.nkeywords;
    bool ex = false;
    for (int i = 0; i < bases->len; i++) {
        ex |= bases->items[i]->kind == N_STARRED;
    }
    for (int i = 0; i < nkws; i++) {
        ex |= kws[i].arg == NULL;
    }
    if (ex) {
        // __build_class__(func, name, *bases, **kw): pack everything.
        emit(c, OP_BUILD_LIST, 2);
        for (int i = 0; i < bases->len; i++) {
            Node *b = bases->items[i];
            if (b->kind == N_STARRED) {
                compile_expr(c, b->u.starred.value);
                emit(c, OP_LIST_EXTEND, 1);
            } else {
                compile_expr(c, b);
                emit(c, OP_LIST_APPEND, 1);
            }
        }
        emit(c, OP_LIST_TO_TUPLE, 0);
        emit(c, OP_BUILD_MAP, 0);
        for (int i = 0; i < nkws; i++) {
            if (kws[i].arg) {
                emit(c, OP_LOAD_CONST, add_const(c, val_obj(str_intern_cstr(kws[i].arg))));
                compile_expr(c, kws[i].value);
                emit(c, OP_BUILD_MAP, 1);
            } else {
                compile_expr(c, kws[i].value);
            }
            emit(c, OP_DICT_MERGE, 1);
        }
        set_loc(c, n);
        emit(c, OP_CALL_FUNCTION_EX, 1);
    } else {
        for (int i = 0; i < bases->len; i++) {
            compile_expr(c, bases->items[i]);
        }
        for (int i = 0; i < nkws; i++) {
            compile_expr(c, kws[i].value);
        }
        set_loc(c, n);
        if (nkws) {
            Obj *names = tuple_new(c->ts, nkws);
            for (int i = 0; i < nkws; i++) {
                ((ObjTuple *)names)->items[i] = val_obj(str_intern_cstr(kws[i].arg));
            }
            emit(c, OP_KW_NAMES, add_const(c, val_obj(names)));
        }
        emit(c, OP_CALL, 2 + bases->len + nkws);
    }
    apply_decorators(c, decos);
    set_loc(c, n);
    compile_store_name(c, n->u.classdef.name);
}

// --- imports ----------------------------------------------------------------------------

static void compile_import(Compiler *c, Node *n) {
    for (int i = 0; i < n->u.import.nnames; i++) {
        Alias *a = &n->u.import.names[i];
        emit(c, OP_LOAD_CONST, add_const(c, val_int(0)));
        load_none(c);
        emit(c, OP_IMPORT_NAME, add_name(c, a->name));
        if (a->asname) {
            // `import a.b.c as d` binds the submodule a.b.c.
            const char *p = strchr(a->name, '.');
            while (p) {
                const char *q = strchr(p + 1, '.');
                size_t len = q ? (size_t)(q - p - 1) : strlen(p + 1);
                char *part = arena_strndup(c->arena, p + 1, len);
                emit(c, OP_IMPORT_FROM, add_name(c, part));
                emit(c, OP_SWAP, 2);
                emit(c, OP_POP_TOP, 0);
                p = q;
            }
            compile_store_name(c, a->asname);
        } else {
            const char *dot = strchr(a->name, '.');
            const char *top = dot ? arena_strndup(c->arena, a->name, (size_t)(dot - a->name)) : a->name;
            compile_store_name(c, top);
        }
    }
}

static void compile_import_from(Compiler *c, Node *n) {
    int nn = n->u.import_from.nnames;
    if (n->u.import_from.module && strcmp(n->u.import_from.module, "__future__") == 0 &&
        n->line > c->future_line) {
        compile_error(c, n, "from __future__ imports must occur at the beginning of the file");
        return;
    }
    Obj *fromlist = tuple_new(c->ts, nn);
    for (int i = 0; i < nn; i++) {
        ((ObjTuple *)fromlist)->items[i] = val_obj(str_intern_cstr(n->u.import_from.names[i].name));
    }
    emit(c, OP_LOAD_CONST, add_const(c, val_int(n->u.import_from.level)));
    emit(c, OP_LOAD_CONST, add_const(c, val_obj(fromlist)));
    emit(c, OP_IMPORT_NAME, add_name(c, n->u.import_from.module ? n->u.import_from.module : ""));
    if (nn == 1 && strcmp(n->u.import_from.names[0].name, "*") == 0) {
        emit(c, OP_IMPORT_STAR, 0);
        return;
    }
    for (int i = 0; i < nn; i++) {
        Alias *a = &n->u.import_from.names[i];
        emit(c, OP_IMPORT_FROM, add_name(c, a->name));
        compile_store_name(c, a->asname ? a->asname : a->name);
    }
    emit(c, OP_POP_TOP, 0);
}

// --- the rest ---------------------------------------------------------------------------------

static void compile_augassign(Compiler *c, Node *n) {
    Node *t = n->u.augassign.target;
    Opcode op = inplace_opcode(n->u.augassign.op);
    switch (t->kind) {
    case N_NAME:
        set_loc(c, t);
        compile_load_name(c, t->u.name.id);
        compile_expr(c, n->u.augassign.value);
        set_loc(c, n);
        emit(c, op, 0);
        compile_store_name(c, t->u.name.id);
        break;
    case N_ATTRIBUTE: {
        compile_expr(c, t->u.attribute.value);
        emit(c, OP_COPY, 1);
        set_loc(c, t);
        emit(c, OP_LOAD_ATTR, add_cache(c, mangle(c, t->u.attribute.attr)));
        compile_expr(c, n->u.augassign.value);
        set_loc(c, n);
        emit(c, op, 0);
        emit(c, OP_SWAP, 2);
        set_loc(c, t);
        emit(c, OP_STORE_ATTR, add_cache(c, mangle(c, t->u.attribute.attr)));
        break;
    }
    case N_SUBSCRIPT:
        compile_expr(c, t->u.subscript.value);
        compile_expr(c, t->u.subscript.slice);
        emit(c, OP_COPY, 2);
        emit(c, OP_COPY, 2);
        set_loc(c, t);
        emit(c, OP_BINARY_SUBSCR, 0);
        compile_expr(c, n->u.augassign.value);
        set_loc(c, n);
        emit(c, op, 0);
        emit(c, OP_SWAP, 3);
        emit(c, OP_SWAP, 2);
        set_loc(c, t);
        emit(c, OP_STORE_SUBSCR, 0);
        break;
    default:
        compile_error(c, t, "illegal expression for augmented assignment");
    }
}

bool body_has_annotations(NodeList *body) {
    for (int i = 0; i < body->len; i++) {
        Node *st = body->items[i];
        bool found = false;
        switch (st->kind) {
        case N_ANN_ASSIGN: return true;
        case N_FOR:
            found = body_has_annotations(&st->u.for_.body) || body_has_annotations(&st->u.for_.orelse);
            break;
        case N_WHILE:
            found = body_has_annotations(&st->u.while_.body) || body_has_annotations(&st->u.while_.orelse);
            break;
        case N_IF:
            found = body_has_annotations(&st->u.if_.body) || body_has_annotations(&st->u.if_.orelse);
            break;
        case N_WITH: found = body_has_annotations(&st->u.with.body); break;
        case N_TRY:
            for (int h = 0; h < st->u.try_.nhandlers && !found; h++) {
                found = body_has_annotations(&st->u.try_.handlers[h].body);
            }
            found = found || body_has_annotations(&st->u.try_.body) ||
                    body_has_annotations(&st->u.try_.finalbody) || body_has_annotations(&st->u.try_.orelse);
            break;
        default: break;
        }
        if (found) {
            return true;
        }
    }
    return false;
}

// Evaluates an expression only for its side effects (and errors).
static void evaluate_and_pop(Compiler *c, Node *e) {
    compile_expr(c, e);
    emit(c, OP_POP_TOP, 0);
}

// `x: T = v`. The value is assigned first; then, in a module or class
// body, T is stored in __annotations__ under the (mangled) name of a
// simple target. Targets that are not simple names still have their
// object (and subscript) evaluated when there is no value, and their
// annotation evaluated in a module or class body, as CPython does.
static void compile_annassign(Compiler *c, Node *n) {
    Node *t = n->u.annassign.target;
    Node *ann = n->u.annassign.annotation;
    bool namespace = c->u->scope->kind != SCOPE_FUNCTION;
    if (n->u.annassign.value) {
        compile_expr(c, n->u.annassign.value);
        compile_store(c, t);
    }
    set_loc(c, n);
    switch (t->kind) {
    case N_NAME:
        if (n->u.annassign.simple && namespace) {
            compile_annotation(c, ann);
            emit(c, OP_LOAD_NAME, add_name(c, "__annotations__"));
            emit(c, OP_LOAD_CONST, add_const(c, val_obj(str_intern_cstr(mangle(c, t->u.name.id)))));
            emit(c, OP_STORE_SUBSCR, 0);
            return;
        }
        break;
    case N_ATTRIBUTE:
        if (!n->u.annassign.value) {
            evaluate_and_pop(c, t->u.attribute.value);
        }
        break;
    case N_SUBSCRIPT:
        if (!n->u.annassign.value) {
            evaluate_and_pop(c, t->u.subscript.value);
            Node *sl = t->u.subscript.slice;
            NodeList *parts = sl->kind == N_TUPLE ? &sl->u.list.elts : NULL;
            for (int i = 0; i < (parts ? parts->len : 1); i++) {
                Node *p = parts ? parts->items[i] : sl;
                if (p->kind == N_SLICE) {
                    Node *ends[3] = {p->u.slice.lower, p->u.slice.upper, p->u.slice.step};
                    for (int k = 0; k < 3; k++) {
                        if (ends[k]) {
                            evaluate_and_pop(c, ends[k]);
                        }
                    }
                } else {
                    evaluate_and_pop(c, p);
                }
            }
        }
        break;
    default: break;
    }
    if (namespace && !c->future_annotations) {
        set_loc(c, n);
        evaluate_and_pop(c, ann);
    }
}

static void compile_assert(Compiler *c, Node *n) {
    int end = new_label(c);
    compile_expr(c, n->u.assert_.test);
    // The failure is reported at the test, as CPython 3.11 does.
    set_loc(c, n->u.assert_.test);
    emit_jump(c, OP_POP_JUMP_IF_TRUE, end);
    emit(c, OP_LOAD_ASSERTION_ERROR, 0);
    if (n->u.assert_.msg) {
        compile_expr(c, n->u.assert_.msg);
        set_loc(c, n->u.assert_.test);
        emit(c, OP_CALL, 1);
    }
    emit(c, OP_RAISE_VARARGS, 1);
    bind_label(c, end);
}

void compile_stmt(Compiler *c, Node *n) {
    if (c->failed) {
        return;
    }
    set_loc(c, n);
    switch (n->kind) {
    case N_FUNCTION_DEF: compile_funcdef(c, n); break;
    case N_CLASS_DEF: compile_classdef(c, n); break;
    case N_RETURN: compile_return(c, n); break;
    case N_DELETE:
        for (int i = 0; i < n->u.del.targets.len; i++) {
            compile_delete(c, n->u.del.targets.items[i]);
        }
        break;
    case N_ASSIGN: {
        compile_expr(c, n->u.assign.value);
        NodeList *targets = &n->u.assign.targets;
        for (int i = 0; i < targets->len; i++) {
            if (i < targets->len - 1) {
                emit(c, OP_COPY, 1);
            }
            compile_store(c, targets->items[i]);
        }
        break;
    }
    case N_AUG_ASSIGN: compile_augassign(c, n); break;
    case N_ANN_ASSIGN: compile_annassign(c, n); break;
    case N_FOR: compile_for(c, n); break;
    case N_WHILE: compile_while(c, n); break;
    case N_IF: compile_if(c, n); break;
    case N_WITH: compile_with_item(c, n, 0); break;
    case N_RAISE: {
        int count = 0;
        if (n->u.raise.exc) {
            compile_expr(c, n->u.raise.exc);
            count++;
            if (n->u.raise.cause) {
                compile_expr(c, n->u.raise.cause);
                count++;
            }
        }
        set_loc(c, n);
        emit(c, OP_RAISE_VARARGS, count);
        break;
    }
    case N_TRY: compile_try(c, n); break;
    case N_ASSERT: compile_assert(c, n); break;
    case N_IMPORT: compile_import(c, n); break;
    case N_IMPORT_FROM: compile_import_from(c, n); break;
    case N_GLOBAL:
    case N_NONLOCAL:
    case N_PASS: break;
    case N_BREAK: compile_break(c, n); break;
    case N_CONTINUE: compile_continue(c, n); break;
    case N_EXPR_STMT: {
        Node *v = n->u.expr.value;
        if (c->print_exprs && c->u->scope->kind == SCOPE_MODULE) {
            compile_expr(c, v);
            set_loc(c, n);
            emit(c, OP_PRINT_EXPR, 0);
        } else if (v->kind != N_CONSTANT) {
            compile_expr(c, v);
            set_loc(c, n);
            emit(c, OP_POP_TOP, 0);
        }
        break;
    }
    default: compile_error(c, n, "unsupported statement"); break;
    }
}

void compile_stmts(Compiler *c, NodeList *l) {
    for (int i = 0; i < l->len && !c->failed; i++) {
        compile_stmt(c, l->items[i]);
    }
}
