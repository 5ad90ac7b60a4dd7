// The disassembler (see disasm.h). Offsets are instruction indexes (each
// instruction is one 32-bit word), jump arguments are absolute indexes,
// and ">>" marks the targets of jumps and exception handlers, as dis does.
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

static void append_const_repr(StrBuf *sb, Value v) {
    ThreadState *ts = cs_ts;
    if (val_has_type(v, &CodeType)) {
        ObjCode *c = (ObjCode *)v.as.obj;
        strbuf_printf(sb, "<code object %s at %p, file \"%s\", line %d>", str_cstr(c->name), (void *)c,
                      str_cstr(c->filename), c->firstlineno);
        return;
    }
    Value r = obj_repr(ts, v);
    if (val_is_null(r)) {
        exc_clear(ts);
        strbuf_append_cstr(sb, "?");
        return;
    }
    strbuf_append(sb, as_str(r)->data, (size_t)as_str(r)->nbytes);
    val_decref(r);
}

static void describe_arg(StrBuf *sb, ObjCode *co, Opcode op, uint32_t arg) {
    switch (opcode_arg_kinds[op]) {
    case ARG_CONST: append_const_repr(sb, co->consts[arg]); break;
    case ARG_NAME: strbuf_append_cstr(sb, str_cstr(co->names[arg])); break;
    case ARG_LOCAL: strbuf_append_cstr(sb, str_cstr(co->localnames[arg])); break;
    case ARG_CELL: strbuf_append_cstr(sb, str_cstr(co->localnames[co->nlocals + arg])); break;
    case ARG_CACHE: strbuf_append_cstr(sb, str_cstr(co->caches[arg].name)); break;
    case ARG_JUMP: strbuf_printf(sb, "to %u", arg); break;
    case ARG_CMP: strbuf_append_cstr(sb, arg < 6 ? cmp_names[arg] : "?"); break;
    case ARG_INT:
        if (op == OP_IS_OP) {
            strbuf_append_cstr(sb, arg ? "is not" : "is");
        } else if (op == OP_CONTAINS_OP) {
            strbuf_append_cstr(sb, arg ? "not in" : "in");
        } else if (op == OP_FORMAT_VALUE) {
            static const char *const conv[] = {"", "str", "repr", "ascii"};
            strbuf_append_cstr(sb, conv[arg & FV_MASK]);
            if (arg & FV_SPEC) {
                strbuf_append_cstr(sb, (arg & FV_MASK) ? ", with format" : "with format");
            }
        }
        break;
    default: break;
    }
}

void disasm_code(StrBuf *sb, ObjCode *co, bool recursive) {
    bool *target = calloc((size_t)co->ncode + 1, sizeof(bool));
    for (int i = 0; i < co->ncode; i++) {
        Opcode op = INSTR_OP(co->code[i]);
        if (opcode_arg_kinds[op] == ARG_JUMP && INSTR_ARG(co->code[i]) <= (uint32_t)co->ncode) {
            target[INSTR_ARG(co->code[i])] = true;
        }
    }
    for (int i = 0; i < co->nexc; i++) {
        target[co->exctable[i].target] = true;
    }
    int maxline = co->firstlineno;
    for (int i = 0; i < co->ncode; i++) {
        if (co->locs[i].line > maxline) {
            maxline = co->locs[i].line;
        }
    }
    int width = snprintf(NULL, 0, "%d", maxline);
    if (width < 3) {
        width = 3;
    }
    int offwidth = snprintf(NULL, 0, "%d", co->ncode);
    if (offwidth < 4) {
        offwidth = 4;
    }
    int last_line = -1;
    for (int i = 0; i < co->ncode; i++) {
        uint32_t w = co->code[i];
        Opcode op = INSTR_OP(w);
        uint32_t arg = INSTR_ARG(w);
        int line = co->locs[i].line;
        StrBuf row;
        strbuf_init(&row);
        if (line != last_line) {
            if (i > 0) {
                strbuf_append_char(sb, '\n');
            }
            strbuf_printf(&row, "%*d", width, line);
            last_line = line;
        } else {
            strbuf_fill(&row, ' ', (size_t)width);
        }
        strbuf_printf(&row, "     %s %*d %-20s", target[i] ? ">>" : "  ", offwidth, i, opcode_names[op]);
        if (opcode_arg_kinds[op] != ARG_NONE) {
            strbuf_printf(&row, " %5u", arg);
            StrBuf desc;
            strbuf_init(&desc);
            describe_arg(&desc, co, op, arg);
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
    if (co->nexc) {
        strbuf_append_cstr(sb, "ExceptionTable:\n");
        for (int i = 0; i < co->nexc; i++) {
            ExcEntry *e = &co->exctable[i];
            strbuf_printf(sb, "  %d to %d -> %d [%d]\n", e->start, e->end - 1, e->target, e->depth);
        }
    }
    free(target);
    if (recursive) {
        for (int i = 0; i < co->nconsts; i++) {
            if (val_has_type(co->consts[i], &CodeType)) {
                ObjCode *c = (ObjCode *)co->consts[i].as.obj;
                strbuf_printf(sb, "\nDisassembly of <code object %s at %p, file \"%s\", line %d>:\n",
                              str_cstr(c->name), (void *)c, str_cstr(c->filename), c->firstlineno);
                disasm_code(sb, c, true);
            }
        }
    }
}
