// The dis module: listings of bytecode, in the layout of CPython's dis,
// for our own instruction set (interp/opcodes.h; offsets are instruction
// indexes). The listing itself is interp/disasm.c; this file finds the
// code object in what it is given, and writes the text to sys.stdout (or
// the `file` argument).
//
//     dis.dis(x)          a function, method, class (each of its methods),
//                         module, code object, generator or coroutine,
//                         source text, or raw instruction bytes; with no
//                         argument, the last traceback
//     dis.disassemble(co, lasti=-1)   one code object, "-->" at lasti
//     dis.distb(tb=None)  the innermost frame of a traceback
//     dis.get_instructions(x)   an iterator of dis.Instruction tuples
//     dis.code_info(x), dis.show_code(x)   the code object's tables
//     dis.opname, dis.opmap, dis.cmp_op, dis.hasjabs, dis.hasconst...
//
// As in CPython, dis.dis(x) looks for x.__func__, then x.__code__ (or
// gi_code, ag_code, cr_code); an object with a __dict__ (a class, a
// module) has every function, method, class and code object in it listed
// in name order.
#include "interp/disasm.h"
#include "interp/opcodes.h"
#include "runtime/args.h"
#include "runtime/obj_bytes.h"
#include "runtime/obj_class.h"
#include "runtime/obj_dict.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_func.h"
#include "runtime/obj_int.h"
#include "runtime/obj_list.h"
#include "runtime/obj_module.h"
#include "runtime/obj_str.h"
#include "runtime/obj_tuple.h"
#include "runtime/state.h"
#include "stdlib/modules.h"

// --- output -------------------------------------------------------------------------------

// Writes the text to `file`, or sys.stdout when file is VNULL or None.
// false with an exception.
static bool write_text(ThreadState *ts, Value file, StrBuf *sb) {
    if (val_is_null(file) || val_is_none(file)) {
        file = dict_get_cstr(module_dict(ts->interp->sys_module), "stdout");
        if (val_is_null(file) || val_is_none(file)) {
            return true;   // no stdout: nothing to print to, as print() does
        }
    }
    Obj *s = str_decode_utf8(ts, sb->data ? sb->data : "", (int64_t)sb->len);
    if (!s) {
        return false;
    }
    Value arg = val_obj(s);
    Value r = obj_call_method(ts, file, "write", &arg, 1);
    obj_decref(s);
    if (val_is_null(r)) {
        return false;
    }
    val_decref(r);
    return true;
}

// --- finding the code ------------------------------------------------------------------------

// x.name when x has it (new reference), else VNULL with no exception.
static Value attr_if_any(ThreadState *ts, Value x, const char *name) {
    return obj_lookup_attr(ts, x, str_intern_cstr(name));
}

// compile(source, "<dis>", "eval"), or "exec" when it is not an expression.
static Value compile_source(ThreadState *ts, Value source) {
    Value compile = dict_get_cstr(ts->interp->builtins, "compile");
    if (val_is_null(compile)) {
        return exc_raise(ts, &ExcRuntimeError, "compile() is not available");
    }
    Obj *name = str_from_cstr(ts, "<dis>");
    if (!name) {
        return VNULL;
    }
    Value args[3] = {source, val_obj(name), val_obj(str_intern_cstr("eval"))};
    Value code = obj_call(ts, compile, args, 3, NULL);
    if (val_is_null(code) && exc_matches(ts, &ExcSyntaxError)) {
        exc_clear(ts);
        args[2] = val_obj(str_intern_cstr("exec"));
        code = obj_call(ts, compile, args, 3, NULL);
    }
    obj_decref(name);
    return code;
}

// Unwraps methods, functions, generators and coroutines to their code;
// anything else is returned as it is. New reference, or VNULL with an
// exception.
static Value unwrap(ThreadState *ts, Value x) {
    val_incref(x);
    Value f = attr_if_any(ts, x, "__func__");
    if (!val_is_null(f)) {
        val_decref(x);
        x = f;
    } else if (exc_occurred(ts)) {
        val_decref(x);
        return VNULL;
    }
    static const char *const code_attrs[] = {"__code__", "gi_code", "ag_code", "cr_code"};
    for (size_t i = 0; i < sizeof code_attrs / sizeof code_attrs[0]; i++) {
        Value c = attr_if_any(ts, x, code_attrs[i]);
        if (!val_is_null(c)) {
            val_decref(x);
            return c;
        }
        if (exc_occurred(ts)) {
            val_decref(x);
            return VNULL;
        }
    }
    return x;
}

// Lists the raw instruction words of a bytes object (4 bytes each, little
// endian), with no tables to name their arguments.
static void disassemble_raw(StrBuf *sb, const unsigned char *bytes, int64_t n) {
    int64_t count = n / 4;
    ObjCode code = {0};
    code.code = malloc(sizeof(uint32_t) * (size_t)(count ? count : 1));
    if (!code.code) {
        return;
    }
    for (int64_t i = 0; i < count; i++) {
        const unsigned char *p = bytes + 4 * i;
        code.code[i] = (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
    }
    code.ncode = (int)count;
    disasm_code_ex(sb, &code, 0, -1);
    free(code.code);
}

static bool dis_value(ThreadState *ts, StrBuf *sb, Value x, int depth);

// Does dis list this member of a class or module?
static bool has_code(Value v) {
    Type *t = val_type(v);
    return t == &MethodType || t == &FunctionType || t == &CodeType || t == &ClassMethodType ||
           t == &StaticMethodType || val_isinstance(v, &TypeType);
}

// A class or a module: every member that has code, in name order.
static bool dis_namespace(ThreadState *ts, StrBuf *sb, Value dict, int depth) {
    Value items = obj_call_method(ts, dict, "items", &dict, 0);
    if (val_is_null(items)) {
        return false;
    }
    Value sorted = obj_call1(ts, dict_get_cstr(ts->interp->builtins, "sorted"), items);
    val_decref(items);
    if (val_is_null(sorted)) {
        return false;
    }
    bool ok = true;
    ObjList *l = as_list(sorted);
    for (int64_t i = 0; ok && i < l->len; i++) {
        Value pair = l->items[i];
        if (!val_is_tuple(pair) || tuple_len(pair.as.obj) != 2 || !has_code(tuple_get(pair.as.obj, 1))) {
            continue;
        }
        Value s = obj_str(ts, tuple_get(pair.as.obj, 0));
        if (val_is_null(s)) {
            ok = false;
            break;
        }
        strbuf_printf(sb, "Disassembly of %s:\n", str_cstr(s.as.obj));
        val_decref(s);
        if (!dis_value(ts, sb, tuple_get(pair.as.obj, 1), depth)) {
            if (!exc_matches(ts, &ExcTypeError)) {
                ok = false;
                break;
            }
            Value e = exc_fetch(ts);
            Value msg = obj_str(ts, e);
            val_decref(e);
            if (val_is_null(msg)) {
                ok = false;
                break;
            }
            strbuf_printf(sb, "Sorry: %s\n", str_cstr(msg.as.obj));
            val_decref(msg);
        }
        strbuf_append_char(sb, '\n');
    }
    val_decref(sorted);
    return ok;
}

static bool dis_value(ThreadState *ts, StrBuf *sb, Value x, int depth) {
    if (!stack_check(ts, " while disassembling")) {
        return false;
    }
    Value v = unwrap(ts, x);
    if (val_is_null(v)) {
        return false;
    }
    bool ok = true;
    Value dict = val_has_type(v, &CodeType) ? VNULL : attr_if_any(ts, v, "__dict__");
    if (!val_is_null(dict)) {
        ok = dis_namespace(ts, sb, dict, depth);
        val_decref(dict);
    } else if (exc_occurred(ts)) {
        ok = false;
    } else if (val_has_type(v, &CodeType)) {
        disasm_code_ex(sb, (ObjCode *)v.as.obj, depth, -1);
    } else if (val_has_type(v, &BytesType) || val_has_type(v, &ByteArrayType)) {
        const char *data;
        int64_t n;
        if (bytes_view(ts, v, &data, &n)) {
            disassemble_raw(sb, (const unsigned char *)data, n);
        } else {
            ok = false;
        }
    } else if (val_is_str_like(v)) {
        Value code = compile_source(ts, v);
        if (val_is_null(code)) {
            ok = false;
        } else {
            disasm_code_ex(sb, (ObjCode *)code.as.obj, depth, -1);
            val_decref(code);
        }
    } else {
        exc_raise(ts, &ExcTypeError, "don't know how to disassemble %s objects", val_type_name(v));
        ok = false;
    }
    val_decref(v);
    return ok;
}

// The depth argument: None (all levels) or an int.
static bool get_depth(ThreadState *ts, Value v, int *depth) {
    *depth = -1;
    if (val_is_null(v) || val_is_none(v)) {
        return true;
    }
    int64_t n;
    if (!obj_index_i64(ts, v, &n)) {
        return false;
    }
    *depth = n < 0 ? 0 : (n > 1000 ? 1000 : (int)n);
    return true;
}

// --- the functions ---------------------------------------------------------------------------

// Lists the innermost frame of traceback `tb` (None: sys.last_traceback),
// marking the instruction that raised. VNONE, or VNULL with an exception.
static Value distb(ThreadState *ts, Value tb, Value file) {
    if (val_is_null(tb) || val_is_none(tb)) {
        tb = dict_get_cstr(module_dict(ts->interp->sys_module), "last_traceback");
        if (val_is_null(tb) || val_is_none(tb)) {
            return exc_raise(ts, &ExcRuntimeError, "no last traceback to disassemble");
        }
    }
    if (!val_has_type(tb, &TracebackType)) {
        return exc_raise(ts, &ExcTypeError, "distb() expects a traceback, not '%s'", val_type_name(tb));
    }
    ObjTraceback *t = (ObjTraceback *)tb.as.obj;
    while (t->next) {
        t = t->next;
    }
    StrBuf sb;
    strbuf_init(&sb);
    disasm_code_ex(&sb, (ObjCode *)t->code, 0, t->lasti);
    bool ok = write_text(ts, file, &sb);
    strbuf_free(&sb);
    return ok ? VNONE : VNULL;
}

static Value d_dis(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    static const char *const names[] = {"x", "file", "depth"};
    Value a[3];
    if (!args_parse(ts, "dis", args, nargs, kwnames, names, 3, 0, a)) {
        return VNULL;
    }
    if (nargs > 1) {
        return exc_raise(ts, &ExcTypeError, "dis() takes from 0 to 1 positional arguments but %lld were given",
                         (long long)nargs);
    }
    if (val_is_null(a[0]) || val_is_none(a[0])) {
        return distb(ts, VNULL, a[1]);
    }
    int depth;
    if (!get_depth(ts, a[2], &depth)) {
        return VNULL;
    }
    StrBuf sb;
    strbuf_init(&sb);
    bool ok = dis_value(ts, &sb, a[0], depth) && write_text(ts, a[1], &sb);
    strbuf_free(&sb);
    return ok ? VNONE : VNULL;
}

static Value d_disassemble(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    static const char *const names[] = {"co", "lasti", "file"};
    Value a[3];
    if (!args_parse(ts, "disassemble", args, nargs, kwnames, names, 3, 1, a)) {
        return VNULL;
    }
    Value code = unwrap(ts, a[0]);
    if (val_is_null(code)) {
        return VNULL;
    }
    if (!val_has_type(code, &CodeType)) {
        val_decref(code);
        return exc_raise(ts, &ExcTypeError, "disassemble() expects a code object, not '%s'", val_type_name(a[0]));
    }
    int64_t lasti = -1;
    if (!val_is_null(a[1]) && !obj_index_i64(ts, a[1], &lasti)) {
        val_decref(code);
        return VNULL;
    }
    StrBuf sb;
    strbuf_init(&sb);
    disasm_code_ex(&sb, (ObjCode *)code.as.obj, 0, lasti < 0 || lasti > INT32_MAX ? -1 : (int)lasti);
    bool ok = write_text(ts, a[2], &sb);
    strbuf_free(&sb);
    val_decref(code);
    return ok ? VNONE : VNULL;
}

static Value d_distb(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    static const char *const names[] = {"tb", "file"};
    Value a[2];
    if (!args_parse(ts, "distb", args, nargs, kwnames, names, 2, 0, a)) {
        return VNULL;
    }
    return distb(ts, a[0], a[1]);
}

// --- get_instructions -----------------------------------------------------------------------

// dis.Instruction: a tuple whose items are also named, as CPython's
// namedtuple of the same name.
#define INSTRUCTION_FIELDS 9
static const char *const instruction_fields[INSTRUCTION_FIELDS] = {
    "opname", "opcode", "arg", "argval", "argrepr", "offset", "starts_line", "is_jump_target", "positions"};

static Value instruction_getattr(ThreadState *ts, Value v, Obj *name) {
    for (int i = 0; i < INSTRUCTION_FIELDS; i++) {
        if (str_eq_cstr(name, instruction_fields[i])) {
            return val_dup(tuple_get(v.as.obj, i));
        }
    }
    if (str_eq_cstr(name, "_fields")) {
        Obj *t = tuple_new(ts, INSTRUCTION_FIELDS);
        for (int i = 0; t && i < INSTRUCTION_FIELDS; i++) {
            ((ObjTuple *)t)->items[i] = val_obj(str_intern_cstr(instruction_fields[i]));
            obj_incref(((ObjTuple *)t)->items[i].as.obj);
        }
        return t ? val_obj(t) : VNULL;
    }
    return generic_getattr(ts, v, name);
}

static Value instruction_repr(ThreadState *ts, Value v) {
    StrBuf sb;
    strbuf_init(&sb);
    strbuf_append_cstr(&sb, "Instruction(");
    for (int i = 0; i < INSTRUCTION_FIELDS; i++) {
        Value r = obj_repr(ts, tuple_get(v.as.obj, i));
        if (val_is_null(r)) {
            strbuf_free(&sb);
            return VNULL;
        }
        strbuf_printf(&sb, "%s%s=%s", i ? ", " : "", instruction_fields[i], str_cstr(r.as.obj));
        val_decref(r);
    }
    strbuf_append_char(&sb, ')');
    Obj *s = str_decode_utf8(ts, sb.data, (int64_t)sb.len);
    strbuf_free(&sb);
    return s ? val_obj(s) : VNULL;
}

static Type InstructionType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "Instruction",
    .base_type = &TupleType,
    .basic_size = sizeof(ObjTuple),
    .repr = instruction_repr,
    .getattr = instruction_getattr,
};

// What an instruction's argument stands for, as a value: the constant,
// the name, the jump target, the comparison; else the number itself.
static Value arg_value(ObjCode *co, uint32_t w) {
    Opcode op = INSTR_OP(w);
    uint32_t arg = INSTR_ARG(w);
    int nlocalsplus = code_nlocalsplus(co);
    Obj *name = NULL;
    switch (op < OP__COUNT ? opcode_arg_kinds[op] : ARG_INT) {
    case ARG_NONE: return VNONE;
    case ARG_CONST: return arg < (uint32_t)co->nconsts ? val_dup(co->consts[arg]) : val_int(arg);
    case ARG_NAME: name = arg < (uint32_t)co->nnames ? co->names[arg] : NULL; break;
    case ARG_LOCAL: name = arg < (uint32_t)nlocalsplus ? co->localnames[arg] : NULL; break;
    case ARG_CELL:
        name = (uint64_t)co->nlocals + arg < (uint64_t)nlocalsplus ? co->localnames[co->nlocals + arg] : NULL;
        break;
    case ARG_CACHE: name = arg < (uint32_t)co->ncaches ? co->caches[arg].name : NULL; break;
    default: return val_int(arg);
    }
    if (!name) {
        return val_int(arg);
    }
    obj_incref(name);
    return val_obj(name);
}

// One Instruction for instruction i of co (new reference).
static Value make_instruction(ThreadState *ts, ObjCode *co, int i, int line_shown, bool target) {
    uint32_t w = co->code[i];
    Opcode op = INSTR_OP(w);
    bool has_arg = op >= OP__COUNT || opcode_arg_kinds[op] != ARG_NONE;
    ObjTuple *t = (ObjTuple *)obj_alloc(ts, &InstructionType, sizeof(ObjTuple) + INSTRUCTION_FIELDS * sizeof(Value));
    if (!t) {
        return VNULL;
    }
    t->len = INSTRUCTION_FIELDS;
    StrBuf desc;
    strbuf_init(&desc);
    disasm_describe_arg(&desc, co, w);
    Obj *name = op < OP__COUNT ? str_from_cstr(ts, opcode_names[op]) : str_format_c(ts, "<%d>", op);
    Obj *argrepr = str_decode_utf8(ts, desc.data ? desc.data : "", (int64_t)desc.len);
    strbuf_free(&desc);
    Obj *positions = co->locs ? tuple_pack(ts, 4, val_int(co->locs[i].line), val_int(co->locs[i].end_line),
                                           val_int(co->locs[i].col), val_int(co->locs[i].end_col))
                              : NULL;
    t->items[0] = name ? val_obj(name) : VNONE;
    t->items[1] = val_int(op);
    t->items[2] = has_arg ? val_int(INSTR_ARG(w)) : VNONE;
    t->items[3] = arg_value(co, w);
    t->items[4] = argrepr ? val_obj(argrepr) : VNONE;
    t->items[5] = val_int(i);
    t->items[6] = line_shown >= 0 ? val_int(line_shown) : VNONE;
    t->items[7] = val_bool(target);
    t->items[8] = positions ? val_obj(positions) : VNONE;
    if (!name || !argrepr || (co->locs && !positions)) {
        obj_decref(&t->base);
        return VNULL;
    }
    return val_obj(&t->base);
}

static Value d_get_instructions(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    static const char *const names[] = {"x", "first_line"};
    Value a[2];
    if (!args_parse(ts, "get_instructions", args, nargs, kwnames, names, 2, 1, a)) {
        return VNULL;
    }
    Value code = unwrap(ts, a[0]);
    if (val_is_null(code)) {
        return VNULL;
    }
    if (val_is_str_like(code)) {
        Value compiled = compile_source(ts, code);
        val_decref(code);
        code = compiled;
        if (val_is_null(code)) {
            return VNULL;
        }
    }
    if (!val_has_type(code, &CodeType)) {
        exc_raise(ts, &ExcTypeError, "don't know how to disassemble %s objects", val_type_name(code));
        val_decref(code);
        return VNULL;
    }
    ObjCode *co = (ObjCode *)code.as.obj;
    int64_t line_offset = 0;
    if (!val_is_null(a[1]) && !val_is_none(a[1])) {
        if (!obj_index_i64(ts, a[1], &line_offset)) {
            val_decref(code);
            return VNULL;
        }
        line_offset -= co->firstlineno;
    }
    Obj *list = list_new(ts, co->ncode);
    bool *targets = list ? calloc((size_t)co->ncode + 1, sizeof(bool)) : NULL;
    bool ok = targets != NULL;
    for (int i = 0; ok && i < co->ncode; i++) {
        Opcode op = INSTR_OP(co->code[i]);
        uint32_t arg = INSTR_ARG(co->code[i]);
        if (op < OP__COUNT && opcode_arg_kinds[op] == ARG_JUMP && arg <= (uint32_t)co->ncode) {
            targets[arg] = true;
        }
    }
    for (int i = 0; ok && i < co->nexc; i++) {
        if (co->exctable[i].target >= 0 && co->exctable[i].target <= co->ncode) {
            targets[co->exctable[i].target] = true;
        }
    }
    int last_line = -1;
    for (int i = 0; ok && i < co->ncode; i++) {
        int line = co->locs ? co->locs[i].line : -1;
        int shown = -1;
        if (line != last_line) {
            last_line = line;
            shown = line >= 0 ? (int)(line + line_offset) : -1;
        }
        Value instr = make_instruction(ts, co, i, shown, targets[i]);
        ok = !val_is_null(instr) && list_append(ts, list, instr) == 0;
        val_decref(instr);
    }
    free(targets);
    val_decref(code);
    if (!ok) {
        obj_xdecref(list);
        return VNULL;
    }
    Value it = obj_iter(ts, val_obj(list));
    obj_decref(list);
    return it;
}

// --- code_info ------------------------------------------------------------------------------

static void append_flags(StrBuf *sb, int flags) {
    static const char *const names[] = {"OPTIMIZED", "NEWLOCALS", "VARARGS", "VARKEYWORDS", "NESTED",
                                        "GENERATOR", "NOFREE", "COROUTINE", "ITERABLE_COROUTINE",
                                        "ASYNC_GENERATOR"};
    bool first = true;
    for (int i = 0; i < 32; i++) {
        uint32_t bit = (uint32_t)1 << i;
        if (!((uint32_t)flags & bit)) {
            continue;
        }
        strbuf_append_cstr(sb, first ? "" : ", ");
        first = false;
        if (i < (int)(sizeof names / sizeof names[0])) {
            strbuf_append_cstr(sb, names[i]);
        } else {
            strbuf_printf(sb, "0x%x", (unsigned)bit);
        }
    }
    if (first) {
        strbuf_append_cstr(sb, "0x0");
    }
}

static void append_names(StrBuf *sb, const char *title, Obj **names, int n) {
    if (n <= 0) {
        return;
    }
    strbuf_printf(sb, "%s:\n", title);
    for (int i = 0; i < n; i++) {
        strbuf_printf(sb, "%4d: %s\n", i, names[i] ? str_cstr(names[i]) : "?");
    }
}

// The names a code object uses (co_names, and those named by its caches),
// each once, in order of first appearance. The array is malloc'd.
static Obj **used_names(ObjCode *co, int *count) {
    Obj **out = malloc(sizeof(Obj *) * (size_t)(co->nnames + co->ncaches + 1));
    int n = 0;
    if (!out) {
        *count = 0;
        return NULL;
    }
    for (int i = 0; i < co->nnames + co->ncaches; i++) {
        Obj *name = i < co->nnames ? co->names[i] : co->caches[i - co->nnames].name;
        bool dup = !name;
        for (int j = 0; j < n && !dup; j++) {
            dup = str_eq(out[j], name);
        }
        if (!dup) {
            out[n++] = name;
        }
    }
    *count = n;
    return out;
}

static void append_code_info(StrBuf *sb, ObjCode *co) {
    strbuf_printf(sb, "Name:              %s\n", str_cstr(co->name));
    strbuf_printf(sb, "Filename:          %s\n", str_cstr(co->filename));
    strbuf_printf(sb, "Argument count:    %d\n", co->argcount);
    strbuf_printf(sb, "Positional-only arguments: %d\n", co->posonlyargcount);
    strbuf_printf(sb, "Kw-only arguments: %d\n", co->kwonlyargcount);
    strbuf_printf(sb, "Number of locals:  %d\n", co->nlocals);
    strbuf_printf(sb, "Stack size:        %d\n", co->stacksize);
    strbuf_append_cstr(sb, "Flags:             ");
    append_flags(sb, co->flags);
    strbuf_append_char(sb, '\n');
    if (co->nconsts) {
        strbuf_append_cstr(sb, "Constants:\n");
        for (int i = 0; i < co->nconsts; i++) {
            strbuf_printf(sb, "%4d: ", i);
            disasm_describe_arg(sb, co, INSTR(OP_LOAD_CONST, i));
            strbuf_append_char(sb, '\n');
        }
    }
    int nnames;
    Obj **names = used_names(co, &nnames);
    append_names(sb, "Names", names, nnames);
    free(names);
    append_names(sb, "Variable names", co->localnames, co->nlocals);
    append_names(sb, "Cell variables", co->localnames + co->nlocals, co->ncells);
    append_names(sb, "Free variables", co->localnames + co->nlocals + co->ncells, co->nfree);
}

// The code object for code_info/show_code: new reference or VNULL.
static Value info_code(ThreadState *ts, Value x) {
    Value v = unwrap(ts, x);
    if (val_is_null(v) || val_has_type(v, &CodeType)) {
        return v;
    }
    if (val_is_str_like(v)) {
        Value code = compile_source(ts, v);
        val_decref(v);
        return code;
    }
    exc_raise(ts, &ExcTypeError, "don't know how to disassemble %s objects", val_type_name(v));
    val_decref(v);
    return VNULL;
}

static Value d_code_info(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    if (!args_check(ts, "dis", "code_info", nargs, kwnames, 1, 1, ARGS_FIXED)) {
        return VNULL;
    }
    Value code = info_code(ts, args[0]);
    if (val_is_null(code)) {
        return VNULL;
    }
    StrBuf sb;
    strbuf_init(&sb);
    append_code_info(&sb, (ObjCode *)code.as.obj);
    val_decref(code);
    if (sb.len && sb.data[sb.len - 1] == '\n') {
        sb.len--;   // code_info has no final newline; show_code prints one
    }
    Obj *s = str_decode_utf8(ts, sb.data ? sb.data : "", (int64_t)sb.len);
    strbuf_free(&sb);
    return s ? val_obj(s) : VNULL;
}

static Value d_show_code(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    static const char *const names[] = {"co", "file"};
    Value a[2];
    if (!args_parse(ts, "show_code", args, nargs, kwnames, names, 2, 1, a)) {
        return VNULL;
    }
    Value code = info_code(ts, a[0]);
    if (val_is_null(code)) {
        return VNULL;
    }
    StrBuf sb;
    strbuf_init(&sb);
    append_code_info(&sb, (ObjCode *)code.as.obj);
    val_decref(code);
    bool ok = write_text(ts, a[1], &sb);
    strbuf_free(&sb);
    return ok ? VNONE : VNULL;
}

// --- the tables -----------------------------------------------------------------------------

// A list of the opcodes whose argument is of kind `kind`.
static Value opcodes_of_kind(ThreadState *ts, ArgKind kind) {
    Obj *l = list_new(ts, 0);
    for (int op = 0; l && op < OP__COUNT; op++) {
        if (opcode_arg_kinds[op] == kind && list_append(ts, l, val_int(op)) < 0) {
            obj_decref(l);
            return VNULL;
        }
    }
    return l ? val_obj(l) : VNULL;
}

static bool add_tables(ThreadState *ts, Obj *m) {
    Obj *opname = list_new(ts, 256);
    Obj *opmap = dict_new(ts);
    if (!opname || !opmap) {
        obj_xdecref(opname);
        obj_xdecref(opmap);
        return false;
    }
    for (int op = 0; op < 256; op++) {
        Obj *name = op < OP__COUNT ? str_from_cstr(ts, opcode_names[op]) : str_format_c(ts, "<%d>", op);
        if (!name) {
            return false;
        }
        list_append(ts, opname, val_obj(name));
        if (op < OP__COUNT) {
            dict_set(ts, opmap, val_obj(name), val_int(op));
        }
        obj_decref(name);
    }
    module_set_steal(ts, m, "opname", val_obj(opname));
    module_set_steal(ts, m, "opmap", val_obj(opmap));
    Obj *cmp = tuple_new(ts, 6);
    if (!cmp) {
        return false;
    }
    static const char *const cmp_ops[] = {"<", "<=", "==", "!=", ">", ">="};
    for (int i = 0; i < 6; i++) {
        ((ObjTuple *)cmp)->items[i] = val_obj(str_from_cstr(ts, cmp_ops[i]));
    }
    module_set_steal(ts, m, "cmp_op", val_obj(cmp));
    static const struct {
        const char *name;
        ArgKind kind;
    } kinds[] = {{"hasjabs", ARG_JUMP}, {"hasconst", ARG_CONST}, {"hasname", ARG_NAME},
                 {"haslocal", ARG_LOCAL}, {"hasfree", ARG_CELL}, {"hascompare", ARG_CMP}};
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++) {
        Value l = opcodes_of_kind(ts, kinds[i].kind);
        if (val_is_null(l)) {
            return false;
        }
        module_set_steal(ts, m, kinds[i].name, l);
    }
    // Our jumps are all absolute: no relative ones.
    Obj *rel = list_new(ts, 0);
    if (!rel) {
        return false;
    }
    module_set_steal(ts, m, "hasjrel", val_obj(rel));
    return true;
}

static const MethodDef dis_functions[] = {
    {"dis", d_dis, 0, "Disassemble classes, methods, functions, and other compiled objects."},
    {"disassemble", d_disassemble, 0, "Disassemble a code object."},
    {"disco", d_disassemble, 0, "Disassemble a code object."},
    {"distb", d_distb, 0, "Disassemble a traceback (default: last traceback)."},
    {"get_instructions", d_get_instructions, 0, "Iterator for the opcodes in methods, functions or code."},
    {"code_info", d_code_info, 0, "Formatted details of methods, functions, or code."},
    {"show_code", d_show_code, 0, "Print details of methods, functions, or code to *file*."},
    {NULL, NULL, 0, NULL},
};

Value dis_module_create(ThreadState *ts) {
    Obj *m = module_new(ts, "dis");
    if (!m) {
        return VNULL;
    }
    module_add_functions(ts, m, dis_functions);
    type_ready(ts, &InstructionType);
    InstructionType.module = str_intern_cstr("dis");
    module_set(ts, m, "Instruction", val_obj(&InstructionType.base));
    if (!add_tables(ts, m)) {
        obj_decref(m);
        return VNULL;
    }
    return val_obj(m);
}
