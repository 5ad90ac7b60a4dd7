// Targets: the expressions that receive a value (`a, b.c, d[0] = ...`,
// `for x in`, `with ... as x`) or are deleted (`del x`).
//
// The parser reads a target as an ordinary expression first, because it
// cannot know it is one until it sees the '=' (or `in`, or the end of a
// `del`). This file then checks that every part of it can be assigned
// (names, attributes, subscripts, and tuples, lists and starred
// expressions of those) and switches the context of each part from Load
// to Store or Del. The error names the first part that cannot, in
// CPython's words: "cannot assign to function call".
#include "interp/parser_internal.h"

const char *parser_target_name(const Node *n) {
    switch (n->kind) {
    case N_ATTRIBUTE: return "attribute";
    case N_SUBSCRIPT: return "subscript";
    case N_STARRED: return "starred";
    case N_NAME: return "name";
    case N_LIST: return "list";
    case N_TUPLE: return "tuple";
    case N_LAMBDA: return "lambda";
    case N_CALL: return "function call";
    case N_BOOL_OP: case N_BIN_OP: case N_UNARY_OP: return "expression";
    case N_GENERATOR_EXP: return "generator expression";
    case N_YIELD: case N_YIELD_FROM: return "yield expression";
    case N_AWAIT: return "await expression";
    case N_LIST_COMP: return "list comprehension";
    case N_SET_COMP: return "set comprehension";
    case N_DICT_COMP: return "dict comprehension";
    case N_DICT: return "dict literal";
    case N_SET: return "set display";
    case N_JOINED_STR: case N_FORMATTED_VALUE: return "f-string expression";
    case N_COMPARE: return "comparison";
    case N_IF_EXP: return "conditional expression";
    case N_NAMED_EXPR: return "named expression";
    case N_CONSTANT:
        switch (n->u.constant.kind) {
        case CONST_NONE: return "None";
        case CONST_TRUE: return "True";
        case CONST_FALSE: return "False";
        case CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    default:
        return "expression";
    }
}

const Node *parser_target_invalid(const Node *e, TargetKind kind) {
    switch (e->kind) {
    case N_NAME:
    case N_ATTRIBUTE:
    case N_SUBSCRIPT:
        return NULL;
    case N_TUPLE:
    case N_LIST:
        for (int i = 0; i < e->u.list.elts.len; i++) {
            const Node *bad = parser_target_invalid(e->u.list.elts.items[i], kind);
            if (bad) {
                return bad;
            }
        }
        return NULL;
    case N_STARRED:
        return kind == TARGET_DEL ? e : parser_target_invalid(e->u.starred.value, kind);
    case N_COMPARE:
        // In `for a in b in c` the target was read as a comparison; what
        // matters is the part before the first `in`.
        if (kind == TARGET_FOR) {
            return e->u.compare.ops[0] == AST_IN ? parser_target_invalid(e->u.compare.left, kind)
                                                 : NULL;
        }
        return e;
    default:
        return e;
    }
}

static void set_context(Node *e, ExprCtx ctx) {
    switch (e->kind) {
    case N_NAME:
        e->u.name.ctx = ctx;
        break;
    case N_ATTRIBUTE:
        e->u.attribute.ctx = ctx;
        break;
    case N_SUBSCRIPT:
        e->u.subscript.ctx = ctx;
        break;
    case N_STARRED:
        e->u.starred.ctx = ctx;
        set_context(e->u.starred.value, ctx);
        break;
    case N_TUPLE:
    case N_LIST:
        e->u.list.ctx = ctx;
        for (int i = 0; i < e->u.list.elts.len; i++) {
            set_context(e->u.list.elts.items[i], ctx);
        }
        break;
    default:
        break;
    }
}

bool parser_target_set(Parser *p, Node *target, TargetKind kind) {
    const Node *bad = parser_target_invalid(target, kind);
    if (bad) {
        parser_error_node(p, bad, kind == TARGET_DEL ? "cannot delete %s" : "cannot assign to %s",
                          parser_target_name(bad));
        return false;
    }
    set_context(target, kind == TARGET_DEL ? CTX_DEL : CTX_STORE);
    return true;
}
