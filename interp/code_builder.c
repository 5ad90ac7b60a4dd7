// Building code objects: emitting instructions with their source positions,
// tracking the value stack's depth, labels and jump patching, exception
// handlers, the constant/name/cache tables, and assembly into an ObjCode.
#include <stdarg.h>

#include "interp/codegen.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_str.h"
#include "runtime/state.h"

#define GROW(ptr, count, cap, type)                                              \
    do {                                                                         \
        if ((count) >= (cap)) {                                                  \
            (cap) = (cap) ? (cap) * 2 : 16;                                      \
            ptr = realloc(ptr, sizeof(type) * (size_t)(cap));                    \
            if (!ptr) {                                                          \
                cs_fatal("out of memory while compiling");                       \
            }                                                                    \
        }                                                                        \
    } while (0)

Unit *unit_new(Compiler *c, Scope *scope, const char *name, const char *qualname, int firstlineno) {
    Unit *u = calloc(1, sizeof(Unit));
    if (!u) {
        cs_fatal("out of memory while compiling");
    }
    u->parent = c->u;
    u->scope = scope;
    u->name = name;
    u->qualname = qualname;
    u->firstlineno = firstlineno;
    u->reachable = true;
    u->loc.line = firstlineno;
    u->loc.end_line = firstlineno;
    c->u = u;
    return u;
}

void unit_free(Unit *u) {
    for (int i = 0; i < u->nconsts; i++) {
        val_decref(u->consts[i]);
    }
    free(u->code);
    free(u->locs);
    free(u->ihandler);
    free(u->fixups);
    free(u->labels);
    free(u->handlers);
    free(u->consts);
    free(u->names);
    free(u->cachenames);
    free(u);
}

void compile_error(Compiler *c, const Node *n, const char *fmt, ...) {
    if (c->failed) {
        return;
    }
    c->failed = true;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(c->err.msg, sizeof c->err.msg, fmt, ap);
    va_end(ap);
    c->err.kind = PERR_SYNTAX;
    c->err.line = n ? n->line : c->u->loc.line;
    c->err.col = n ? n->col : 0;
    c->err.end_line = n ? n->end_line : c->err.line;
    c->err.end_col = n ? n->end_col : c->err.col + 1;
    c->err.incomplete = false;
}

void set_loc(Compiler *c, const Node *n) {
    c->u->loc.line = n->line;
    c->u->loc.end_line = n->end_line;
    c->u->loc.col = (int16_t)(n->col > INT16_MAX ? -1 : n->col);
    c->u->loc.end_col = (int16_t)(n->end_col > INT16_MAX ? -1 : n->end_col);
}

// --- stack effects ----------------------------------------------------------------------

int stack_effect(Opcode op, int arg, bool jump) {
    switch (op) {
    case OP_NOP:
    case OP_JUMP_FORWARD:
    case OP_JUMP_BACKWARD:
    case OP_DELETE_FAST:
    case OP_DELETE_DEREF:
    case OP_DELETE_GLOBAL:
    case OP_DELETE_NAME:
    case OP_KW_NAMES:
    case OP_SETUP_ANNOTATIONS:
    case OP_UNARY_NEGATIVE:
    case OP_UNARY_POSITIVE:
    case OP_UNARY_INVERT:
    case OP_UNARY_NOT:
    case OP_GET_ITER:
    case OP_GET_YIELD_FROM_ITER:
    case OP_GET_AWAITABLE:
    case OP_GET_AITER:
    case OP_ASYNC_GEN_WRAP:
    case OP_LIST_TO_TUPLE:
    case OP_SWAP:
    case OP_LOAD_ATTR:
    case OP_YIELD_VALUE:
    case OP_CHECK_EXC_MATCH:
        return 0;
    case OP_POP_TOP:
    case OP_STORE_FAST:
    case OP_STORE_DEREF:
    case OP_STORE_GLOBAL:
    case OP_STORE_NAME:
    case OP_DELETE_ATTR:
    case OP_IMPORT_STAR:
    case OP_PRINT_EXPR:
    case OP_RETURN_VALUE:
    case OP_RERAISE:
    case OP_POP_EXCEPT:
    case OP_POP_JUMP_IF_FALSE:
    case OP_POP_JUMP_IF_TRUE:
    case OP_POP_JUMP_IF_NONE:
    case OP_POP_JUMP_IF_NOT_NONE:
    case OP_LIST_APPEND:
    case OP_SET_ADD:
    case OP_LIST_EXTEND:
    case OP_SET_UPDATE:
    case OP_DICT_UPDATE:
    case OP_DICT_MERGE:
    case OP_COMPARE_OP:
    case OP_IS_OP:
    case OP_CONTAINS_OP:
    case OP_BINARY_SUBSCR:
    case OP_IMPORT_NAME:
        return -1;
    case OP_STORE_ATTR:
    case OP_DELETE_SUBSCR:
    case OP_MAP_ADD:
    case OP_END_ASYNC_FOR:
        return -2;
    case OP_STORE_SUBSCR:
        return -3;
    case OP_PUSH_NULL:
    case OP_COPY:
    case OP_LOAD_CONST:
    case OP_LOAD_FAST:
    case OP_LOAD_DEREF:
    case OP_LOAD_CLOSURE:
    case OP_LOAD_CLASSDEREF:
    case OP_LOAD_GLOBAL:
    case OP_LOAD_NAME:
    case OP_LOAD_METHOD:
    case OP_LOAD_BUILD_CLASS:
    case OP_IMPORT_FROM:
    case OP_PUSH_EXC_INFO:
    case OP_BEFORE_WITH:
    case OP_BEFORE_ASYNC_WITH:
    case OP_GET_ANEXT:
    case OP_WITH_EXCEPT_START:
    case OP_LOAD_ASSERTION_ERROR:
    case OP_LOAD_LOCALS:
        return 1;
    case OP_BUILD_TUPLE:
    case OP_BUILD_LIST:
    case OP_BUILD_SET:
    case OP_BUILD_STRING:
        return 1 - arg;
    case OP_BUILD_MAP:
        return 1 - 2 * arg;
    case OP_BUILD_SLICE:
        return 1 - arg;
    case OP_UNPACK_SEQUENCE:
        return arg - 1;
    case OP_UNPACK_EX:
        return (arg & 0xff) + (arg >> 8);
    case OP_FORMAT_VALUE:
        return (arg & FV_SPEC) ? -1 : 0;
    case OP_FOR_ITER:
        return jump ? -1 : 1;
    case OP_SEND:
        return jump ? -1 : 0;
    case OP_JUMP_IF_FALSE_OR_POP:
    case OP_JUMP_IF_TRUE_OR_POP:
        return jump ? 0 : -1;
    case OP_CALL:
        return -arg;
    case OP_CALL_METHOD:
        return -arg - 1;
    case OP_CALL_FUNCTION_EX:
        return (arg & 1) ? -2 : -1;
    case OP_MAKE_FUNCTION:
        return -((arg & MF_DEFAULTS) != 0) - ((arg & MF_KWDEFAULTS) != 0) - ((arg & MF_ANNOTATIONS) != 0) -
               ((arg & MF_CLOSURE) != 0);
    case OP_RAISE_VARARGS:
        return -arg;
    default:
        break;
    }
    if (op >= OP_BINARY_ADD && op <= OP_INPLACE_MATRIX_MULTIPLY) {
        return -1;
    }
    cs_fatal("stack_effect: unknown opcode %d", op);
}

// --- emission ---------------------------------------------------------------------------

static bool ends_flow(Opcode op) {
    return op == OP_JUMP_FORWARD || op == OP_JUMP_BACKWARD || op == OP_RETURN_VALUE ||
           op == OP_RERAISE || op == OP_RAISE_VARARGS;
}

static void append(Compiler *c, Opcode op, int arg) {
    Unit *u = c->u;
    if (arg < 0 || (unsigned)arg > MAX_OPARG) {
        compile_error(c, NULL, "too many constants, names or instructions");
        arg = 0;
    }
    if (u->ncode >= u->cap) {
        u->cap = u->cap ? u->cap * 2 : 64;
        u->code = realloc(u->code, sizeof(uint32_t) * (size_t)u->cap);
        u->locs = realloc(u->locs, sizeof(CodeLoc) * (size_t)u->cap);
        u->ihandler = realloc(u->ihandler, sizeof(int) * (size_t)u->cap);
        if (!u->code || !u->locs || !u->ihandler) {
            cs_fatal("out of memory while compiling");
        }
    }
    u->code[u->ncode] = INSTR(op, arg);
    u->locs[u->ncode] = u->loc;
    u->ihandler[u->ncode] = u->hdepth ? u->hstack[u->hdepth - 1] : -1;
    u->ncode++;
}

static void adjust_depth(Compiler *c, int delta) {
    Unit *u = c->u;
    u->depth += delta;
    if (u->depth > u->maxdepth) {
        u->maxdepth = u->depth;
    }
    if (u->depth < 0) {
        // After a compile error, parts of expressions are missing: the
        // code is thrown away, and the depth no longer means anything.
        if (c->failed) {
            u->depth = 0;
            return;
        }
        cs_fatal("compiler: negative stack depth in %s", u->name);
    }
}

void emit(Compiler *c, Opcode op, int arg) {
    append(c, op, arg);
    adjust_depth(c, stack_effect(op, arg, false));
    if (ends_flow(op)) {
        c->u->reachable = false;
    }
}

void emit_jump(Compiler *c, Opcode op, int label) {
    Unit *u = c->u;
    GROW(u->fixups, u->nfixups, u->fixcap, int);
    u->fixups[u->nfixups++] = u->ncode;
    append(c, op, label);
    int after_jump = u->depth + stack_effect(op, 0, true);
    Label *l = &u->labels[label];
    if (l->depth < 0) {
        l->depth = after_jump;
    }
    adjust_depth(c, stack_effect(op, 0, false));
    if (ends_flow(op)) {
        u->reachable = false;
    }
}

int new_label(Compiler *c) {
    Unit *u = c->u;
    GROW(u->labels, u->nlabels, u->labcap, Label);
    u->labels[u->nlabels].target = -1;
    u->labels[u->nlabels].depth = -1;
    return u->nlabels++;
}

void bind_label(Compiler *c, int label) {
    Unit *u = c->u;
    Label *l = &u->labels[label];
    l->target = u->ncode;
    if (!u->reachable && l->depth >= 0) {
        u->depth = l->depth;
    } else if (l->depth < 0) {
        l->depth = u->depth;
    }
    u->reachable = true;
}

int push_handler(Compiler *c, int depth) {
    Unit *u = c->u;
    if (u->hdepth >= MAX_HANDLERS) {
        compile_error(c, NULL, "too many statically nested blocks");
        return new_label(c);
    }
    int label = new_label(c);
    u->labels[label].depth = depth + 1;   // the handler starts with the exception pushed
    GROW(u->handlers, u->nhandlers_total, u->hcap, Handler);
    u->handlers[u->nhandlers_total].label = label;
    u->handlers[u->nhandlers_total].depth = depth;
    u->hstack[u->hdepth++] = u->nhandlers_total++;
    return label;
}

void pop_handler(Compiler *c) {
    if (c->u->hdepth > 0) {
        c->u->hdepth--;
    }
}

// --- tables -----------------------------------------------------------------------------

static bool same_const(Value a, Value b) {
    if (a.tag != b.tag) {
        return false;
    }
    if (a.tag == VAL_FLOAT) {
        return memcmp(&a.as.f, &b.as.f, sizeof(double)) == 0;   // keeps 0.0 and -0.0 apart
    }
    if (a.tag == VAL_OBJ) {
        if (val_is_str(a) && val_is_str(b)) {
            return str_eq(a.as.obj, b.as.obj);
        }
        return a.as.obj == b.as.obj;
    }
    return a.as.i == b.as.i;
}

int add_const(Compiler *c, Value v) {
    Unit *u = c->u;
    for (int i = 0; i < u->nconsts; i++) {
        if (same_const(u->consts[i], v)) {
            val_decref(v);
            return i;
        }
    }
    GROW(u->consts, u->nconsts, u->constcap, Value);
    u->consts[u->nconsts] = v;
    return u->nconsts++;
}

int add_name(Compiler *c, const char *name) {
    Unit *u = c->u;
    Obj *s = str_intern_cstr(name);
    for (int i = 0; i < u->nnames; i++) {
        if (u->names[i] == s) {
            return i;
        }
    }
    GROW(u->names, u->nnames, u->namecap, Obj *);
    u->names[u->nnames] = s;
    return u->nnames++;
}

int add_cache(Compiler *c, const char *name) {
    Unit *u = c->u;
    GROW(u->cachenames, u->ncaches, u->cachecap, Obj *);
    u->cachenames[u->ncaches] = str_intern_cstr(name);
    return u->ncaches++;
}

// --- assembly ---------------------------------------------------------------------------

static Obj **names_array(const char **names, int n, Obj **out, int at) {
    for (int i = 0; i < n; i++) {
        out[at + i] = str_intern_cstr(names[i]);
    }
    return out;
}

ObjCode *unit_assemble(Compiler *c, Unit *u, int argcount, int posonly, int kwonly, int flags) {
    ThreadState *ts = c->ts;
    for (int i = 0; i < u->nfixups; i++) {
        int at = u->fixups[i];
        int label = (int)INSTR_ARG(u->code[at]);
        int target = u->labels[label].target;
        if (target < 0) {
            cs_fatal("compiler: unbound label in %s", u->name);
        }
        u->code[at] = INSTR(INSTR_OP(u->code[at]), target);
    }
    ObjCode *code = (ObjCode *)obj_alloc(ts, &CodeType, sizeof(ObjCode));
    if (!code) {
        return NULL;
    }
    code->ncode = u->ncode;
    code->code = malloc(sizeof(uint32_t) * (size_t)(u->ncode ? u->ncode : 1));
    code->locs = malloc(sizeof(CodeLoc) * (size_t)(u->ncode ? u->ncode : 1));
    if (u->ncode) {
        memcpy(code->code, u->code, sizeof(uint32_t) * (size_t)u->ncode);
        memcpy(code->locs, u->locs, sizeof(CodeLoc) * (size_t)u->ncode);
    }
    code->nconsts = u->nconsts;
    code->consts = u->consts;
    u->consts = NULL;
    u->nconsts = 0;
    code->nnames = u->nnames;
    code->names = malloc(sizeof(Obj *) * (size_t)(u->nnames ? u->nnames : 1));
    if (u->nnames) {
        memcpy(code->names, u->names, sizeof(Obj *) * (size_t)u->nnames);
    }

    // Exception table: runs of instructions under the same handler.
    int nexc = 0;
    ExcEntry *exc = malloc(sizeof(ExcEntry) * (size_t)(u->ncode ? u->ncode : 1));
    for (int i = 0; i < u->ncode;) {
        int h = u->ihandler[i];
        int j = i + 1;
        while (j < u->ncode && u->ihandler[j] == h) {
            j++;
        }
        if (h >= 0) {
            Handler *hd = &u->handlers[h];
            exc[nexc].start = i;
            exc[nexc].end = j;
            exc[nexc].target = u->labels[hd->label].target;
            exc[nexc].depth = hd->depth;
            nexc++;
        }
        i = j;
    }
    code->exctable = exc;
    code->nexc = nexc;

    code->ncaches = u->ncaches;
    code->caches = calloc((size_t)(u->ncaches ? u->ncaches : 1), sizeof(InlineCache));
    for (int i = 0; i < u->ncaches; i++) {
        code->caches[i].name = u->cachenames[i];
    }

    Scope *s = u->scope;
    int nvars = s->kind == SCOPE_FUNCTION ? s->nvarnames : 0;
    code->nlocals = nvars;
    code->ncells = s->ncellnames;
    code->nfree = s->nfreenames;
    int total = nvars + s->ncellnames + s->nfreenames;
    code->localnames = malloc(sizeof(Obj *) * (size_t)(total ? total : 1));
    names_array(s->varnames, nvars, code->localnames, 0);
    names_array(s->cellnames, s->ncellnames, code->localnames, nvars);
    names_array(s->freenames, s->nfreenames, code->localnames, nvars + s->ncellnames);
    code->cell2arg = NULL;
    if (s->ncellnames && s->kind == SCOPE_FUNCTION) {
        code->cell2arg = malloc(sizeof(int) * (size_t)s->ncellnames);
        int nparams = argcount + kwonly + ((flags & CO_VARARGS) != 0) + ((flags & CO_VARKEYWORDS) != 0);
        for (int i = 0; i < s->ncellnames; i++) {
            code->cell2arg[i] = -1;
            for (int p = 0; p < nparams; p++) {
                if (strcmp(s->varnames[p], s->cellnames[i]) == 0) {
                    code->cell2arg[i] = p;
                }
            }
        }
    }
    code->argcount = argcount;
    code->posonlyargcount = posonly;
    code->kwonlyargcount = kwonly;
    if (s->nfreenames == 0 && s->ncellnames == 0) {
        flags |= CO_NOFREE;
    }
    code->flags = flags;
    code->simple_args = !(flags & (CO_VARARGS | CO_VARKEYWORDS)) && kwonly == 0 && code->ncells == 0;
    code->stacksize = u->maxdepth + 1;
    code->name = str_from_cstr(ts, u->name);
    code->qualname = str_from_cstr(ts, u->qualname);
    code->filename = c->filename;
    obj_incref(c->filename);
    code->firstlineno = u->firstlineno;
    return code;
}
