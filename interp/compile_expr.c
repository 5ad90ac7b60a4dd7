// Compiling expressions, assignment targets and name access.
//
// Every expression leaves exactly one value on the stack. Constant tuples
// and negated number literals are folded into single constants, as
// CPython's compiler does, so `dis` shows the same LOAD_CONST.
#include "interp/codegen.h"
#include "runtime/obj_bytes.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_int.h"
#include "runtime/obj_set.h"
#include "runtime/obj_str.h"
#include "runtime/obj_tuple.h"
#include "runtime/state.h"

#define MAX_NESTING 900

// --- names --------------------------------------------------------------------------

const char *mangle(Compiler *c, const char *name) {
    return scope_mangle(c->arena, c->u->scope->private_name, name);
}

static void name_op(Compiler *c, const char *name, ExprCtx ctx) {
    Scope *s = c->u->scope;
    name = mangle(c, name);
    NameKind kind = scope_name_kind(s, name);
    static const Opcode fast[] = {OP_LOAD_FAST, OP_STORE_FAST, OP_DELETE_FAST};
    static const Opcode deref[] = {OP_LOAD_DEREF, OP_STORE_DEREF, OP_DELETE_DEREF};
    static const Opcode global[] = {OP_LOAD_GLOBAL, OP_STORE_GLOBAL, OP_DELETE_GLOBAL};
    static const Opcode nameop[] = {OP_LOAD_NAME, OP_STORE_NAME, OP_DELETE_NAME};
    switch (kind) {
    case NAME_LOCAL:
        emit(c, fast[ctx], scope_var_index(s, name));
        return;
    case NAME_CELL:
    case NAME_FREE:
        if (s->kind == SCOPE_CLASS && ctx == CTX_LOAD) {
            emit(c, OP_LOAD_CLASSDEREF, scope_cell_index(s, name));
        } else {
            emit(c, deref[ctx], scope_cell_index(s, name));
        }
        return;
    case NAME_GLOBAL_EXPLICIT:
        if (ctx == CTX_LOAD) {
            emit(c, OP_LOAD_GLOBAL, add_cache(c, name));
        } else {
            emit(c, global[ctx], add_name(c, name));
        }
        return;
    case NAME_GLOBAL_IMPLICIT:
        if (ctx == CTX_LOAD && s->kind == SCOPE_FUNCTION) {
            emit(c, OP_LOAD_GLOBAL, add_cache(c, name));
            return;
        }
        emit(c, nameop[ctx], add_name(c, name));
        return;
    case NAME_NAMESPACE:
        emit(c, nameop[ctx], add_name(c, name));
        return;
    }
}

void compile_load_name(Compiler *c, const char *name) { name_op(c, name, CTX_LOAD); }
void compile_store_name(Compiler *c, const char *name) { name_op(c, name, CTX_STORE); }

// --- constants -------------------------------------------------------------------------

bool expr_is_constant(const Node *n) {
    if (n->kind == N_CONSTANT) {
        return n->u.constant.kind != CONST_IMAG;
    }
    if (n->kind == N_TUPLE) {
        for (int i = 0; i < n->u.list.elts.len; i++) {
            if (!expr_is_constant(n->u.list.elts.items[i])) {
                return false;
            }
        }
        return true;
    }
    if (n->kind == N_UNARY_OP && n->u.unary.op == AST_USUB && n->u.unary.operand->kind == N_CONSTANT) {
        ConstKind k = n->u.unary.operand->u.constant.kind;
        return k == CONST_INT || k == CONST_FLOAT || k == CONST_BIGINT;
    }
    return false;
}

static bool is_identifier(const char *s, size_t len) {
    if (len == 0 || len > 40) {
        return false;
    }
    for (size_t i = 0; i < len; i++) {
        char ch = s[i];
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '_' ||
              (i > 0 && ch >= '0' && ch <= '9'))) {
            return false;
        }
    }
    return true;
}

Value constant_value(Compiler *c, const Node *n) {
    ThreadState *ts = c->ts;
    if (n->kind == N_TUPLE) {
        Obj *t = tuple_new(ts, n->u.list.elts.len);
        for (int i = 0; i < n->u.list.elts.len; i++) {
            ((ObjTuple *)t)->items[i] = constant_value(c, n->u.list.elts.items[i]);
        }
        return val_obj(t);
    }
    if (n->kind == N_UNARY_OP) {
        Value v = constant_value(c, n->u.unary.operand);
        Value r = obj_neg(ts, v);
        val_decref(v);
        return r;
    }
    switch (n->u.constant.kind) {
    case CONST_NONE: return VNONE;
    case CONST_TRUE: return VTRUE;
    case CONST_FALSE: return VFALSE;
    case CONST_ELLIPSIS: return val_obj(&EllipsisObj);
    case CONST_INT: return val_int(n->u.constant.i);
    case CONST_FLOAT: return val_float(n->u.constant.f);
    case CONST_BIGINT: {
        Value v = int_from_string(ts, n->u.constant.str, (int64_t)strlen(n->u.constant.str),
                                  (int)n->u.constant.i);
        if (val_is_null(v)) {
            // The literal is well-formed; only the digit limit can refuse it.
            exc_clear(ts);
            compile_error(c, n, "too many digits in integer literal");
            return VNONE;
        }
        return v;
    }
    case CONST_STR: {
        const char *s = n->u.constant.str;
        size_t len = n->u.constant.len;
        if (is_identifier(s, len)) {
            char buf[48];
            memcpy(buf, s, len);
            buf[len] = '\0';
            return val_obj(str_intern_cstr(buf));
        }
        Obj *o = str_new(ts, s, (int64_t)len);
        return o ? val_obj(o) : VNONE;
    }
    case CONST_BYTES: {
        Obj *o = bytes_new(ts, n->u.constant.str, (int64_t)n->u.constant.len);
        return o ? val_obj(o) : VNONE;
    }
    case CONST_IMAG:
        compile_error(c, n, "complex numbers are not supported by cs");
        return VNONE;
    }
    return VNONE;
}

static void load_const(Compiler *c, const Node *n) { emit(c, OP_LOAD_CONST, add_const(c, constant_value(c, n))); }

// --- calls ---------------------------------------------------------------------------------

static bool has_starred(NodeList *l) {
    for (int i = 0; i < l->len; i++) {
        if (l->items[i]->kind == N_STARRED) {
            return true;
        }
    }
    return false;
}

// Builds a list from elements some of which are *starred, leaving it on
// the stack.
static void build_list_with_stars(Compiler *c, NodeList *elts) {
    int pending = 0;
    bool have_list = false;
    for (int i = 0; i < elts->len; i++) {
        Node *e = elts->items[i];
        if (e->kind == N_STARRED) {
            if (!have_list) {
                emit(c, OP_BUILD_LIST, pending);
                have_list = true;
            } else if (pending) {
                emit(c, OP_BUILD_LIST, pending);
                emit(c, OP_LIST_EXTEND, 1);
            }
            pending = 0;
            compile_expr(c, e->u.starred.value);
            emit(c, OP_LIST_EXTEND, 1);
        } else {
            compile_expr(c, e);
            pending++;
        }
    }
    if (!have_list) {
        emit(c, OP_BUILD_LIST, pending);
    } else if (pending) {
        emit(c, OP_BUILD_LIST, pending);
        emit(c, OP_LIST_EXTEND, 1);
    }
}

// Positional arguments and keywords, with *args/**kwargs: builds the
// tuple and the dict for CALL_FUNCTION_EX. Returns its flag.
static int compile_ex_args(Compiler *c, NodeList *args, Keyword *kws, int nkws) {
    if (args->len == 1 && args->items[0]->kind == N_STARRED) {
        // f(*it): CALL_FUNCTION_EX makes the tuple, and names f if it cannot.
        compile_expr(c, args->items[0]->u.starred.value);
    } else if (args->len == 0) {
        emit(c, OP_LOAD_CONST, add_const(c, val_obj(tuple_new(c->ts, 0))));
    } else {
        build_list_with_stars(c, args);
        emit(c, OP_LIST_TO_TUPLE, 0);
    }
    if (nkws == 0) {
        return 0;
    }
    int pending = 0;
    bool have_dict = false;
    for (int i = 0; i < nkws; i++) {
        Keyword *k = &kws[i];
        if (!k->arg) {
            if (!have_dict) {
                emit(c, OP_BUILD_MAP, pending);
                have_dict = true;
            } else if (pending) {
                emit(c, OP_BUILD_MAP, pending);
                emit(c, OP_DICT_MERGE, 1);
            }
            pending = 0;
            compile_expr(c, k->value);
            emit(c, OP_DICT_MERGE, 1);
        } else {
            Obj *name = str_intern_cstr(k->arg);
            emit(c, OP_LOAD_CONST, add_const(c, val_obj(name)));
            compile_expr(c, k->value);
            pending++;
        }
    }
    if (!have_dict) {
        emit(c, OP_BUILD_MAP, pending);
    } else if (pending) {
        emit(c, OP_BUILD_MAP, pending);
        emit(c, OP_DICT_MERGE, 1);
    }
    return 1;
}

static void check_keywords(Compiler *c, Keyword *kws, int nkws) {
    for (int i = 0; i < nkws; i++) {
        if (!kws[i].arg) {
            continue;
        }
        for (int j = i + 1; j < nkws; j++) {
            if (kws[j].arg && strcmp(kws[i].arg, kws[j].arg) == 0) {
                Node fake = {.line = kws[j].line, .col = kws[j].col, .end_line = kws[j].end_line, .end_col = kws[j].end_col};
                compile_error(c, &fake, "keyword argument repeated: %s", kws[j].arg);
                return;
            }
        }
    }
}

static void compile_call(Compiler *c, Node *n) {
    Node *func = n->u.call.func;
    NodeList *args = &n->u.call.args;
    Keyword *kws = n->u.call.keywords;
    int nkws = n->u.call.nkeywords;
    check_keywords(c, kws, nkws);
    bool ex = has_starred(args);
    for (int i = 0; i < nkws; i++) {
        ex |= kws[i].arg == NULL;
    }
    if (ex) {
        compile_expr(c, func);
        int flag = compile_ex_args(c, args, kws, nkws);
        set_loc(c, n);
        emit(c, OP_CALL_FUNCTION_EX, flag);
        return;
    }
    bool method = func->kind == N_ATTRIBUTE;
    if (method) {
        compile_expr(c, func->u.attribute.value);
        set_loc(c, func);
        emit(c, OP_LOAD_METHOD, add_cache(c, mangle(c, func->u.attribute.attr)));
    } else {
        compile_expr(c, func);
    }
    for (int i = 0; i < args->len; i++) {
        compile_expr(c, args->items[i]);
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
    emit(c, method ? OP_CALL_METHOD : OP_CALL, args->len + nkws);
}

// --- comprehensions -----------------------------------------------------------------------

static void comprehension_loop(Compiler *c, Node *n, int gen_index, int depth) {
    Comprehension *g = &n->u.comp.generators[gen_index];
    int start = new_label(c), end = new_label(c), handler = -1;
    if (gen_index == 0) {
        emit(c, OP_LOAD_FAST, 0);   // the iterator passed in as .0
    } else {
        compile_expr(c, g->iter);
        emit(c, g->is_async ? OP_GET_AITER : OP_GET_ITER, 0);
    }
    bind_label(c, start);
    if (g->is_async) {
        // As `async for`: StopAsyncIteration from the await ends this loop.
        handler = push_handler(c, c->u->depth);
        emit(c, OP_GET_ANEXT, 0);
        compile_await_loop(c);
        pop_handler(c);
    } else {
        emit_jump(c, OP_FOR_ITER, end);
    }
    compile_store(c, g->target);
    for (int i = 0; i < g->ifs.len; i++) {
        compile_expr(c, g->ifs.items[i]);
        emit_jump(c, OP_POP_JUMP_IF_FALSE, start);
    }
    if (gen_index + 1 < n->u.comp.ngenerators) {
        comprehension_loop(c, n, gen_index + 1, depth + 1);
    } else {
        switch (n->kind) {
        case N_LIST_COMP:
            compile_expr(c, n->u.comp.elt);
            emit(c, OP_LIST_APPEND, depth + 1);
            break;
        case N_SET_COMP:
            compile_expr(c, n->u.comp.elt);
            emit(c, OP_SET_ADD, depth + 1);
            break;
        case N_DICT_COMP:
            compile_expr(c, n->u.comp.elt);
            compile_expr(c, n->u.comp.value);
            emit(c, OP_MAP_ADD, depth + 1);
            break;
        default:
            compile_expr(c, n->u.comp.elt);
            if (c->u->scope->is_coroutine) {
                emit(c, OP_ASYNC_GEN_WRAP, 0);
            }
            emit(c, OP_YIELD_VALUE, 0);
            emit(c, OP_POP_TOP, 0);
            break;
        }
    }
    emit_jump(c, OP_JUMP_BACKWARD, start);
    if (g->is_async) {
        bind_label(c, handler);
        emit(c, OP_END_ASYNC_FOR, 0);
    }
    bind_label(c, end);
}

static void compile_comprehension(Compiler *c, Node *n) {
    Scope *s = scope_of(&c->st, n);
    Scope *in = c->u->scope;
    if (s->is_coroutine && n->kind != N_GENERATOR_EXP && !in->is_comprehension &&
        !(in->kind == SCOPE_FUNCTION && in->is_coroutine)) {
        compile_error(c, n, "asynchronous comprehension outside of an asynchronous function");
        return;
    }
    const char *qualname = qualname_for(c, s->name);
    Unit *outer = c->u;
    unit_new(c, s, s->name, qualname, n->line);
    set_loc(c, n);
    add_const(c, VNONE);   // constant 0 is the docstring slot of a function
    switch (n->kind) {
    case N_LIST_COMP: emit(c, OP_BUILD_LIST, 0); break;
    case N_SET_COMP: emit(c, OP_BUILD_SET, 0); break;
    case N_DICT_COMP: emit(c, OP_BUILD_MAP, 0); break;
    default: break;
    }
    comprehension_loop(c, n, 0, n->kind == N_GENERATOR_EXP ? 0 : 1);
    if (n->kind == N_GENERATOR_EXP) {
        emit(c, OP_LOAD_CONST, add_const(c, VNONE));
    }
    emit(c, OP_RETURN_VALUE, 0);
    int flags = CO_OPTIMIZED | CO_NEWLOCALS | CO_NESTED;
    if (s->is_coroutine) {
        flags |= n->kind == N_GENERATOR_EXP ? CO_ASYNC_GENERATOR : CO_COROUTINE;
    } else if (s->is_generator) {
        flags |= CO_GENERATOR;
    }
    Unit *u = c->u;
    ObjCode *code = c->failed ? NULL : unit_assemble(c, u, 1, 0, 0, flags);
    c->u = outer;
    unit_free(u);
    if (!code) {
        return;
    }
    make_closure(c, code, s, 0);
    compile_expr(c, n->u.comp.generators[0].iter);
    emit(c, n->u.comp.generators[0].is_async ? OP_GET_AITER : OP_GET_ITER, 0);
    set_loc(c, n);
    emit(c, OP_CALL, 1);
    if (s->is_coroutine && n->kind != N_GENERATOR_EXP) {
        // An async list/set/dict comprehension is a coroutine: await it.
        emit(c, OP_GET_AWAITABLE, 0);
        compile_await_loop(c);
    }
}

// --- displays ----------------------------------------------------------------------------

static bool all_constant(NodeList *elts) {
    for (int i = 0; i < elts->len; i++) {
        if (!expr_is_constant(elts->items[i])) {
            return false;
        }
    }
    return true;
}

static void compile_sequence(Compiler *c, Node *n) {
    NodeList *elts = &n->u.list.elts;
    if (n->kind == N_TUPLE && expr_is_constant(n)) {
        load_const(c, n);
        return;
    }
    if (elts->len > 2 && all_constant(elts)) {
        // As CPython 3.11 does, three or more constants become one
        // constant tuple (frozenset for a set) added to an empty display,
        // which also gives a set the same iteration order as CPython's.
        Obj *t = tuple_new(c->ts, elts->len);
        for (int i = 0; i < elts->len; i++) {
            ((ObjTuple *)t)->items[i] = constant_value(c, elts->items[i]);
        }
        Value items = val_obj(t);
        if (n->kind == N_SET) {
            Value fs = set_from_iterable(c->ts, &FrozenSetType, items);
            val_decref(items);
            if (val_is_null(fs)) {
                exc_clear(c->ts);
                compile_error(c, n, "unhashable constant in a set display");
                return;
            }
            items = fs;
        }
        set_loc(c, n);
        emit(c, n->kind == N_LIST ? OP_BUILD_LIST : OP_BUILD_SET, 0);
        emit(c, OP_LOAD_CONST, add_const(c, items));
        emit(c, n->kind == N_LIST ? OP_LIST_EXTEND : OP_SET_UPDATE, 1);
        return;
    }
    if (has_starred(elts)) {
        build_list_with_stars(c, elts);
        if (n->kind == N_TUPLE) {
            emit(c, OP_LIST_TO_TUPLE, 0);
        } else if (n->kind == N_SET) {
            emit(c, OP_BUILD_SET, 0);
            emit(c, OP_SWAP, 2);
            emit(c, OP_SET_UPDATE, 1);
        }
        return;
    }
    for (int i = 0; i < elts->len; i++) {
        compile_expr(c, elts->items[i]);
    }
    set_loc(c, n);
    emit(c, n->kind == N_TUPLE ? OP_BUILD_TUPLE : n->kind == N_LIST ? OP_BUILD_LIST : OP_BUILD_SET, elts->len);
}

static void compile_dict(Compiler *c, Node *n) {
    NodeList *keys = &n->u.dict.keys, *values = &n->u.dict.values;
    int pending = 0;
    bool have_dict = false;
    for (int i = 0; i < keys->len; i++) {
        if (!keys->items[i]) {
            if (!have_dict) {
                emit(c, OP_BUILD_MAP, pending);
                have_dict = true;
            } else if (pending) {
                emit(c, OP_BUILD_MAP, pending);
                emit(c, OP_DICT_UPDATE, 1);
            }
            pending = 0;
            compile_expr(c, values->items[i]);
            emit(c, OP_DICT_UPDATE, 1);
        } else {
            compile_expr(c, keys->items[i]);
            compile_expr(c, values->items[i]);
            pending++;
        }
    }
    set_loc(c, n);
    if (!have_dict) {
        emit(c, OP_BUILD_MAP, pending);
    } else if (pending) {
        emit(c, OP_BUILD_MAP, pending);
        emit(c, OP_DICT_UPDATE, 1);
    }
}

static void compile_joined(Compiler *c, Node *n) {
    NodeList *parts = &n->u.joined.values;
    if (parts->len == 1 && parts->items[0]->kind == N_FORMATTED_VALUE) {
        compile_expr(c, parts->items[0]);
        return;
    }
    for (int i = 0; i < parts->len; i++) {
        compile_expr(c, parts->items[i]);
    }
    set_loc(c, n);
    if (parts->len == 0) {
        emit(c, OP_LOAD_CONST, add_const(c, val_obj(str_intern_cstr(""))));
    } else if (parts->len > 1) {
        emit(c, OP_BUILD_STRING, parts->len);
    }
}

static void compile_formatted(Compiler *c, Node *n) {
    compile_expr(c, n->u.formatted.value);
    int flags = FV_NONE;
    switch (n->u.formatted.conversion) {
    case 's': flags = FV_STR; break;
    case 'r': flags = FV_REPR; break;
    case 'a': flags = FV_ASCII; break;
    default: break;
    }
    if (n->u.formatted.format_spec) {
        compile_expr(c, n->u.formatted.format_spec);
        flags |= FV_SPEC;
    }
    set_loc(c, n);
    emit(c, OP_FORMAT_VALUE, flags);
}

// --- operators ------------------------------------------------------------------------------

static const Opcode binop_opcodes[] = {
    OP_BINARY_ADD, OP_BINARY_SUBTRACT, OP_BINARY_MULTIPLY, OP_BINARY_TRUE_DIVIDE,
    OP_BINARY_FLOOR_DIVIDE, OP_BINARY_MODULO, OP_BINARY_POWER, OP_BINARY_LSHIFT,
    OP_BINARY_RSHIFT, OP_BINARY_AND, OP_BINARY_OR, OP_BINARY_XOR, OP_BINARY_MATRIX_MULTIPLY,
};

Opcode binop_opcode(int op) { return binop_opcodes[op]; }
Opcode inplace_opcode(int op) { return (Opcode)(OP_INPLACE_ADD + op); }

static void compile_compare_op(Compiler *c, AstCmpOp op) {
    switch (op) {
    case AST_EQ: emit(c, OP_COMPARE_OP, CMP_EQ); break;
    case AST_NOTEQ: emit(c, OP_COMPARE_OP, CMP_NE); break;
    case AST_LT: emit(c, OP_COMPARE_OP, CMP_LT); break;
    case AST_LTE: emit(c, OP_COMPARE_OP, CMP_LE); break;
    case AST_GT: emit(c, OP_COMPARE_OP, CMP_GT); break;
    case AST_GTE: emit(c, OP_COMPARE_OP, CMP_GE); break;
    case AST_IS: emit(c, OP_IS_OP, 0); break;
    case AST_ISNOT: emit(c, OP_IS_OP, 1); break;
    case AST_IN: emit(c, OP_CONTAINS_OP, 0); break;
    case AST_NOTIN: emit(c, OP_CONTAINS_OP, 1); break;
    }
}

static void compile_compare(Compiler *c, Node *n) {
    int count = n->u.compare.comparators.len;
    compile_expr(c, n->u.compare.left);
    if (count == 1) {
        compile_expr(c, n->u.compare.comparators.items[0]);
        set_loc(c, n);
        compile_compare_op(c, n->u.compare.ops[0]);
        return;
    }
    int cleanup = new_label(c), end = new_label(c);
    for (int i = 0; i < count - 1; i++) {
        compile_expr(c, n->u.compare.comparators.items[i]);
        set_loc(c, n);
        emit(c, OP_SWAP, 2);
        emit(c, OP_COPY, 2);
        compile_compare_op(c, n->u.compare.ops[i]);
        emit_jump(c, OP_JUMP_IF_FALSE_OR_POP, cleanup);
    }
    compile_expr(c, n->u.compare.comparators.items[count - 1]);
    set_loc(c, n);
    compile_compare_op(c, n->u.compare.ops[count - 1]);
    emit_jump(c, OP_JUMP_FORWARD, end);
    bind_label(c, cleanup);
    emit(c, OP_SWAP, 2);
    emit(c, OP_POP_TOP, 0);
    bind_label(c, end);
}

static void compile_boolop(Compiler *c, Node *n) {
    int end = new_label(c);
    Opcode jump = n->u.boolop.op == AST_AND ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP;
    NodeList *vals = &n->u.boolop.values;
    for (int i = 0; i < vals->len - 1; i++) {
        compile_expr(c, vals->items[i]);
        set_loc(c, n);
        emit_jump(c, jump, end);
    }
    compile_expr(c, vals->items[vals->len - 1]);
    bind_label(c, end);
}

void compile_await_loop(Compiler *c) {
    int send = new_label(c), done = new_label(c);
    emit(c, OP_LOAD_CONST, add_const(c, VNONE));
    bind_label(c, send);
    emit_jump(c, OP_SEND, done);
    emit(c, OP_YIELD_VALUE, 0);
    emit_jump(c, OP_JUMP_BACKWARD, send);
    bind_label(c, done);
}

static void compile_slice(Compiler *c, Node *n) {
    int count = 2;
    if (n->u.slice.lower) compile_expr(c, n->u.slice.lower);
    else emit(c, OP_LOAD_CONST, add_const(c, VNONE));
    if (n->u.slice.upper) compile_expr(c, n->u.slice.upper);
    else emit(c, OP_LOAD_CONST, add_const(c, VNONE));
    if (n->u.slice.step) {
        compile_expr(c, n->u.slice.step);
        count = 3;
    }
    set_loc(c, n);
    emit(c, OP_BUILD_SLICE, count);
}

void compile_expr(Compiler *c, Node *n) {
    if (c->failed) {
        return;
    }
    if (++c->nesting > MAX_NESTING) {
        compile_error(c, n, "too many nested parentheses");
        c->nesting--;
        return;
    }
    CodeLoc saved = c->u->loc;
    set_loc(c, n);
    switch (n->kind) {
    case N_CONSTANT: load_const(c, n); break;
    case N_NAME: compile_load_name(c, n->u.name.id); break;
    case N_BIN_OP:
        compile_expr(c, n->u.binop.left);
        compile_expr(c, n->u.binop.right);
        set_loc(c, n);
        emit(c, binop_opcodes[n->u.binop.op], 0);
        break;
    case N_UNARY_OP:
        if (expr_is_constant(n)) {
            load_const(c, n);
            break;
        }
        compile_expr(c, n->u.unary.operand);
        set_loc(c, n);
        switch (n->u.unary.op) {
        case AST_INVERT: emit(c, OP_UNARY_INVERT, 0); break;
        case AST_NOT: emit(c, OP_UNARY_NOT, 0); break;
        case AST_UADD: emit(c, OP_UNARY_POSITIVE, 0); break;
        case AST_USUB: emit(c, OP_UNARY_NEGATIVE, 0); break;
        }
        break;
    case N_BOOL_OP: compile_boolop(c, n); break;
    case N_COMPARE: compile_compare(c, n); break;
    case N_IF_EXP: {
        int orelse = new_label(c), end = new_label(c);
        compile_expr(c, n->u.ifexp.test);
        emit_jump(c, OP_POP_JUMP_IF_FALSE, orelse);
        compile_expr(c, n->u.ifexp.body);
        emit_jump(c, OP_JUMP_FORWARD, end);
        bind_label(c, orelse);
        compile_expr(c, n->u.ifexp.orelse);
        bind_label(c, end);
        break;
    }
    case N_NAMED_EXPR:
        compile_expr(c, n->u.named.value);
        emit(c, OP_COPY, 1);
        compile_store(c, n->u.named.target);
        break;
    case N_CALL: compile_call(c, n); break;
    case N_ATTRIBUTE:
        compile_expr(c, n->u.attribute.value);
        set_loc(c, n);
        emit(c, OP_LOAD_ATTR, add_cache(c, mangle(c, n->u.attribute.attr)));
        break;
    case N_SUBSCRIPT:
        compile_expr(c, n->u.subscript.value);
        compile_expr(c, n->u.subscript.slice);
        set_loc(c, n);
        emit(c, OP_BINARY_SUBSCR, 0);
        break;
    case N_SLICE: compile_slice(c, n); break;
    case N_LIST:
    case N_TUPLE:
    case N_SET: compile_sequence(c, n); break;
    case N_DICT: compile_dict(c, n); break;
    case N_LIST_COMP:
    case N_SET_COMP:
    case N_DICT_COMP:
    case N_GENERATOR_EXP: compile_comprehension(c, n); break;
    case N_JOINED_STR: compile_joined(c, n); break;
    case N_FORMATTED_VALUE: compile_formatted(c, n); break;
    case N_LAMBDA: {
        Scope *s = scope_of(&c->st, n);
        ObjCode *code = compile_function_body(c, n, s, "<lambda>", n->u.lambda.args, NULL, n->u.lambda.body);
        if (code) {
            Arguments *a = n->u.lambda.args;
            int flags = 0;
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
            set_loc(c, n);
            make_closure(c, code, s, flags);
        }
        break;
    }
    case N_YIELD:
        if (n->u.expr.value) {
            compile_expr(c, n->u.expr.value);
        } else {
            emit(c, OP_LOAD_CONST, add_const(c, VNONE));
        }
        set_loc(c, n);
        if (c->u->scope->is_coroutine) {
            emit(c, OP_ASYNC_GEN_WRAP, 0);
        }
        emit(c, OP_YIELD_VALUE, 0);
        break;
    case N_YIELD_FROM:
        compile_expr(c, n->u.expr.value);
        set_loc(c, n);
        emit(c, OP_GET_YIELD_FROM_ITER, 0);
        compile_await_loop(c);
        break;
    case N_AWAIT:
        compile_expr(c, n->u.expr.value);
        set_loc(c, n);
        emit(c, OP_GET_AWAITABLE, 0);
        compile_await_loop(c);
        break;
    case N_STARRED:
        compile_error(c, n, "can't use starred expression here");
        break;
    default:
        compile_error(c, n, "invalid expression");
        break;
    }
    c->u->loc = saved;
    c->nesting--;
}

// --- targets --------------------------------------------------------------------------------

static void compile_unpack(Compiler *c, Node *target) {
    NodeList *elts = &target->u.list.elts;
    int star = -1;
    for (int i = 0; i < elts->len; i++) {
        if (elts->items[i]->kind == N_STARRED) {
            if (star >= 0) {
                compile_error(c, elts->items[i], "multiple starred expressions in assignment");
                return;
            }
            star = i;
        }
    }
    if (star >= 0) {
        int after = elts->len - star - 1;
        if (star > 255 || after > 255) {
            compile_error(c, target, "too many expressions in star-unpacking assignment");
            return;
        }
        emit(c, OP_UNPACK_EX, star | (after << 8));
    } else {
        emit(c, OP_UNPACK_SEQUENCE, elts->len);
    }
    for (int i = 0; i < elts->len; i++) {
        Node *e = elts->items[i];
        compile_store(c, e->kind == N_STARRED ? e->u.starred.value : e);
    }
}

void compile_store(Compiler *c, Node *t) {
    if (c->failed) {
        return;
    }
    CodeLoc saved = c->u->loc;
    set_loc(c, t);
    switch (t->kind) {
    case N_NAME: compile_store_name(c, t->u.name.id); break;
    case N_ATTRIBUTE:
        compile_expr(c, t->u.attribute.value);
        set_loc(c, t);
        emit(c, OP_STORE_ATTR, add_cache(c, mangle(c, t->u.attribute.attr)));
        break;
    case N_SUBSCRIPT:
        compile_expr(c, t->u.subscript.value);
        compile_expr(c, t->u.subscript.slice);
        set_loc(c, t);
        emit(c, OP_STORE_SUBSCR, 0);
        break;
    case N_TUPLE:
    case N_LIST: compile_unpack(c, t); break;
    case N_STARRED: compile_error(c, t, "starred assignment target must be in a list or tuple"); break;
    default: compile_error(c, t, "cannot assign to expression"); break;
    }
    c->u->loc = saved;
}

void compile_delete(Compiler *c, Node *t) {
    set_loc(c, t);
    switch (t->kind) {
    case N_NAME: name_op(c, t->u.name.id, CTX_DEL); break;
    case N_ATTRIBUTE:
        compile_expr(c, t->u.attribute.value);
        set_loc(c, t);
        emit(c, OP_DELETE_ATTR, add_name(c, mangle(c, t->u.attribute.attr)));
        break;
    case N_SUBSCRIPT:
        compile_expr(c, t->u.subscript.value);
        compile_expr(c, t->u.subscript.slice);
        set_loc(c, t);
        emit(c, OP_DELETE_SUBSCR, 0);
        break;
    case N_TUPLE:
    case N_LIST:
        for (int i = 0; i < t->u.list.elts.len; i++) {
            compile_delete(c, t->u.list.elts.items[i]);
        }
        break;
    default: compile_error(c, t, "cannot delete expression"); break;
    }
}
