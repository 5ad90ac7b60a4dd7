// The disassembler (see disasm.h). Offsets are instruction indexes (each
// instruction is one 32-bit word), jump arguments are absolute indexes,
// and ">>" marks the targets of jumps and exception handlers, as dis does.
//
// A row reads, in CPython's columns:
//
//     line  -->  >>  offset  OPNAME(padded to 20)  arg(5)  (meaning)
//
// The line number is shown on the first instruction of each new source
// line, which also gets a blank line before it. The exception table comes
// last: "start to end -> handler [stack depth]", both ends included.
#include "interp/disasm.h"

#include "interp/opcodes.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_str.h"
#include "runtime/obj_tuple.h"
#include "runtime/state.h"

const char *const opcode_names[] = {
#define X(name, kind, doc) #name,
    OPCODE_LIST(X)
#undef X
};

const ArgKind opcode_arg_kinds[] = {
#define X(name, kind, doc) kind,
    OPCODE_LIST(X)
#undef X
};

static const char *const cmp_names[] = {"<", "<=", "==", "!=", ">", ">="};

// "<code object f at 0x..., file "x.cs", line 3>", as repr() shows it.
static void append_code_repr(StrBuf *sb, ObjCode *c) {
    strbuf_printf(sb, "<code object %s at %p, file \"%s\", line %d>", str_cstr(c->name), (void *)c,
                  str_cstr(c->filename), c->firstlineno);
}

static void append_const_repr(StrBuf *sb, Value v) {
    ThreadState *ts = cs_ts;
    if (val_has_type(v, &CodeType)) {
        append_code_repr(sb, (ObjCode *)v.as.obj);
        return;
    }
    Value saved = exc_fetch(ts);
    Value r = obj_repr(ts, v);
    if (val_is_null(r)) {
        exc_clear(ts);
        strbuf_append_cstr(sb, "?");
    } else {
        strbuf_append(sb, as_str(r)->data, (size_t)as_str(r)->nbytes);
        val_decref(r);
    }
    exc_restore(ts, saved);
}

static void append_name(StrBuf *sb, Obj *name) {
    if (name) {
        strbuf_append(sb, str_cstr(name), (size_t)((ObjStr *)name)->nbytes);
    }
}

// MAKE_FUNCTION's flags spelled out, as dis does: "defaults, closure".
static void append_function_flags(StrBuf *sb, uint32_t arg) {
    static const struct {
        uint32_t bit;
        const char *name;
    } flags[] = {{MF_DEFAULTS, "defaults"}, {MF_KWDEFAULTS, "kwdefaults"}, {MF_ANNOTATIONS, "annotations"}, {MF_CLOSURE, "closure"}};
    bool first = true;
    for (size_t i = 0; i < sizeof flags / sizeof flags[0]; i++) {
        if (arg & flags[i].bit) {
            strbuf_append_cstr(sb, first ? "" : ", ");
            strbuf_append_cstr(sb, flags[i].name);
            first = false;
        }
    }
}

static void describe_int_arg(StrBuf *sb, Opcode op, uint32_t arg) {
    switch (op) {
    case OP_IS_OP: strbuf_append_cstr(sb, arg ? "is not" : "is"); break;
    case OP_CONTAINS_OP: strbuf_append_cstr(sb, arg ? "not in" : "in"); break;
    case OP_MAKE_FUNCTION: append_function_flags(sb, arg); break;
    case OP_FORMAT_VALUE: {
        static const char *const conv[] = {"", "str", "repr", "ascii"};
        strbuf_append_cstr(sb, conv[arg & FV_MASK]);
        if (arg & FV_SPEC) {
            strbuf_append_cstr(sb, (arg & FV_MASK) ? ", with format" : "with format");
        }
        break;
    }
    default: break;
    }
}

void disasm_describe_arg(StrBuf *sb, ObjCode *co, uint32_t w) {
    Opcode op = INSTR_OP(w);
    uint32_t arg = INSTR_ARG(w);
    if (op >= OP__COUNT) {
        return;
    }
    int nlocalsplus = code_nlocalsplus(co);
    switch (opcode_arg_kinds[op]) {
    case ARG_CONST:
        if (arg < (uint32_t)co->nconsts) {
            append_const_repr(sb, co->consts[arg]);
        }
        break;
    case ARG_NAME:
        if (arg < (uint32_t)co->nnames) {
            append_name(sb, co->names[arg]);
        }
        break;
    case ARG_LOCAL:
        if (arg < (uint32_t)nlocalsplus) {
            append_name(sb, co->localnames[arg]);
        }
        break;
    case ARG_CELL:
        if ((uint64_t)co->nlocals + arg < (uint64_t)nlocalsplus) {
            append_name(sb, co->localnames[co->nlocals + arg]);
        }
        break;
    case ARG_CACHE:
        if (arg < (uint32_t)co->ncaches) {
            append_name(sb, co->caches[arg].name);
        }
        break;
    case ARG_JUMP: strbuf_printf(sb, "to %u", arg); break;
    case ARG_CMP:
        if (arg < 6) {
            strbuf_append_cstr(sb, cmp_names[arg]);
        }
        break;
    case ARG_INT: describe_int_arg(sb, op, arg); break;
    default: break;
    }
}

// Marks the instructions that jumps and exception handlers lead to.
static bool *jump_targets(ObjCode *co) {
    bool *target = calloc((size_t)co->ncode + 1, sizeof(bool));
    if (!target) {
        return NULL;
    }
    for (int i = 0; i < co->ncode; i++) {
        Opcode op = INSTR_OP(co->code[i]);
        if (op < OP__COUNT && opcode_arg_kinds[op] == ARG_JUMP && INSTR_ARG(co->code[i]) <= (uint32_t)co->ncode) {
            target[INSTR_ARG(co->code[i])] = true;
        }
    }
    for (int i = 0; i < co->nexc; i++) {
        int t = co->exctable[i].target;
        if (t >= 0 && t <= co->ncode) {
            target[t] = true;
        }
    }
    return target;
}

static int digits(int n) {
    return snprintf(NULL, 0, "%d", n);
}

static void append_row(StrBuf *sb, ObjCode *co, int i, int line_shown, int line_width, int offset_width,
                       bool is_target, bool is_current) {
    uint32_t w = co->code[i];
    Opcode op = INSTR_OP(w);
    StrBuf row;
    strbuf_init(&row);
    // Without line numbers (raw instructions) the column is left out.
    if (line_width > 0 && line_shown >= 0) {
        strbuf_printf(&row, "%*d ", line_width, line_shown);
    } else if (line_width > 0) {
        strbuf_fill(&row, ' ', (size_t)line_width + 1);
    }
    strbuf_printf(&row, "%s %s %*d ", is_current ? "-->" : "   ", is_target ? ">>" : "  ", offset_width, i);
    if (op < OP__COUNT) {
        strbuf_printf(&row, "%-20s", opcode_names[op]);
    } else {
        char unknown[16];
        snprintf(unknown, sizeof unknown, "<%u>", (unsigned)op);
        strbuf_printf(&row, "%-20s", unknown);
    }
    if (op >= OP__COUNT || opcode_arg_kinds[op] != ARG_NONE) {
        strbuf_printf(&row, " %5u", INSTR_ARG(w));
        StrBuf desc;
        strbuf_init(&desc);
        disasm_describe_arg(&desc, co, w);
        if (desc.len) {
            strbuf_printf(&row, " (%s)", desc.data);
        }
        strbuf_free(&desc);
    }
    while (row.len && row.data[row.len - 1] == ' ') {
        row.data[--row.len] = '\0';
    }
    strbuf_append(sb, row.data, row.len);
    strbuf_append_char(sb, '\n');
    strbuf_free(&row);
}

static void disassemble_one(StrBuf *sb, ObjCode *co, int lasti) {
    bool *target = jump_targets(co);
    if (!target) {
        return;
    }
    bool have_lines = co->locs != NULL;
    int maxline = 0;
    for (int i = 0; have_lines && i < co->ncode; i++) {
        if (co->locs[i].line > maxline) {
            maxline = co->locs[i].line;
        }
    }
    int line_width = !have_lines ? 0 : maxline >= 1000 ? digits(maxline) : 3;
    int offset_width = co->ncode - 1 >= 10000 ? digits(co->ncode - 1) : 4;
    int last_line = -1;
    for (int i = 0; i < co->ncode; i++) {
        int shown = -1;
        int line = have_lines ? co->locs[i].line : -1;
        if (line != last_line) {
            last_line = line;
            if (line >= 0) {
                shown = line;
                if (i > 0) {
                    strbuf_append_char(sb, '\n');
                }
            }
        }
        append_row(sb, co, i, shown, line_width, offset_width, target[i], i == lasti);
    }
    if (co->nexc) {
        strbuf_append_cstr(sb, "ExceptionTable:\n");
        for (int i = 0; i < co->nexc; i++) {
            ExcEntry *e = &co->exctable[i];
            strbuf_printf(sb, "  %d to %d -> %d [%d]\n", e->start, e->end - 1, e->target, e->depth);
        }
    }
    free(target);
}

void disasm_code_ex(StrBuf *sb, ObjCode *co, int depth, int lasti) {
    disassemble_one(sb, co, lasti);
    if (depth == 0) {
        return;
    }
    for (int i = 0; i < co->nconsts; i++) {
        if (val_has_type(co->consts[i], &CodeType)) {
            ObjCode *c = (ObjCode *)co->consts[i].as.obj;
            strbuf_append_cstr(sb, "\nDisassembly of ");
            append_code_repr(sb, c);
            strbuf_append_cstr(sb, ":\n");
            disasm_code_ex(sb, c, depth < 0 ? -1 : depth - 1, -1);
        }
    }
}

void disasm_code(StrBuf *sb, ObjCode *co, bool recursive) {
    disasm_code_ex(sb, co, recursive ? -1 : 0, -1);
}
