// The AST's memory and its printed form (see interp/ast.h).
//
// The arena hands out zeroed memory from 64 KB blocks; a request too big
// to share a block gets a block of its own. Nothing is freed before
// arena_free releases every block at once.
//
// ast_dump prints exactly what Python 3.11's ast.dump(tree, indent=2)
// prints, so the parser tests can diff the two. Python's rule, restated:
// a node goes on one line when it has at most three fields and every one
// of them is "simple" (a scalar, an empty list, or a node with no fields
// such as Load()); otherwise each field goes on its own line, indented two
// spaces per level. Optional fields that are None are left out. Printing
// walks the tree once: each node first lists its fields as DumpValues,
// then prints them in one of the two layouts.
#include "interp/ast.h"
#include "runtime/unicode.h"
#include "runtime/object.h"

#include <math.h>

// --- arena ----------------------------------------------------------------------

#define ARENA_BLOCK_SIZE (64 * 1024)

struct ArenaBlock {
    ArenaBlock *next;
    size_t used, size;
    max_align_t data[];
};

static ArenaBlock *new_block(size_t size) {
    ArenaBlock *b = calloc(1, sizeof(ArenaBlock) + size);
    if (!b) {
        cs_fatal("out of memory");
    }
    b->size = size;
    return b;
}

void arena_init(Arena *a) {
    a->blocks = NULL;
}

void arena_free(Arena *a) {
    while (a->blocks) {
        ArenaBlock *next = a->blocks->next;
        free(a->blocks);
        a->blocks = next;
    }
}

void *arena_alloc(Arena *a, size_t size) {
    size_t align = sizeof(max_align_t);
    if (size > SIZE_MAX / 2) {
        cs_fatal("arena request too large");
    }
    size = (size + align - 1) / align * align;
    if (size > ARENA_BLOCK_SIZE / 4) {
        // A big request gets its own block, linked behind the current one
        // so that the current block keeps serving small requests.
        ArenaBlock *b = new_block(size);
        b->used = size;
        if (a->blocks) {
            b->next = a->blocks->next;
            a->blocks->next = b;
        } else {
            a->blocks = b;
        }
        return b->data;
    }
    ArenaBlock *b = a->blocks;
    if (!b || b->size - b->used < size) {
        b = new_block(ARENA_BLOCK_SIZE);
        b->next = a->blocks;
        a->blocks = b;
    }
    void *p = (char *)b->data + b->used;
    b->used += size;
    return p;
}

char *arena_strndup(Arena *a, const char *s, size_t len) {
    char *copy = arena_alloc(a, len + 1);
    memcpy(copy, s, len);
    return copy;
}

Node *node_new(Arena *a, NodeKind kind, int line, int col, int end_line, int end_col) {
    Node *n = arena_alloc(a, sizeof(Node));
    n->kind = kind;
    n->line = line;
    n->col = col;
    n->end_line = end_line;
    n->end_col = end_col;
    return n;
}

const char *const node_kind_names[N__COUNT] = {
    [N_MODULE] = "Module", [N_INTERACTIVE] = "Interactive", [N_EXPRESSION] = "Expression",
    [N_FUNCTION_DEF] = "FunctionDef", [N_CLASS_DEF] = "ClassDef", [N_RETURN] = "Return",
    [N_DELETE] = "Delete", [N_ASSIGN] = "Assign", [N_AUG_ASSIGN] = "AugAssign",
    [N_ANN_ASSIGN] = "AnnAssign", [N_FOR] = "For", [N_WHILE] = "While", [N_IF] = "If",
    [N_WITH] = "With", [N_RAISE] = "Raise", [N_TRY] = "Try", [N_ASSERT] = "Assert",
    [N_IMPORT] = "Import", [N_IMPORT_FROM] = "ImportFrom", [N_GLOBAL] = "Global",
    [N_NONLOCAL] = "Nonlocal", [N_EXPR_STMT] = "Expr", [N_PASS] = "Pass", [N_BREAK] = "Break",
    [N_CONTINUE] = "Continue", [N_BOOL_OP] = "BoolOp", [N_NAMED_EXPR] = "NamedExpr",
    [N_BIN_OP] = "BinOp", [N_UNARY_OP] = "UnaryOp", [N_LAMBDA] = "Lambda", [N_IF_EXP] = "IfExp",
    [N_DICT] = "Dict", [N_SET] = "Set", [N_LIST_COMP] = "ListComp", [N_SET_COMP] = "SetComp",
    [N_DICT_COMP] = "DictComp", [N_GENERATOR_EXP] = "GeneratorExp", [N_AWAIT] = "Await",
    [N_YIELD] = "Yield", [N_YIELD_FROM] = "YieldFrom", [N_COMPARE] = "Compare",
    [N_CALL] = "Call", [N_FORMATTED_VALUE] = "FormattedValue", [N_JOINED_STR] = "JoinedStr",
    [N_CONSTANT] = "Constant", [N_ATTRIBUTE] = "Attribute", [N_SUBSCRIPT] = "Subscript",
    [N_STARRED] = "Starred", [N_NAME] = "Name", [N_LIST] = "List", [N_TUPLE] = "Tuple",
    [N_SLICE] = "Slice",
};

// --- Python reprs of constants ------------------------------------------------------

// repr() of a float: the shortest digits that read back as the same
// double, in fixed notation when the decimal point falls within 16 digits
// and in exponent notation otherwise. With add_dot_0 an integral value
// gets ".0" (float reprs do, the imaginary part of a complex does not).
static void print_float(FILE *out, double x, bool add_dot_0) {
    if (isnan(x)) {
        fputs("nan", out);
        return;
    }
    if (isinf(x)) {
        fputs(x < 0 ? "-inf" : "inf", out);
        return;
    }
    char buf[40];
    for (int precision = 1; precision <= 17; precision++) {
        snprintf(buf, sizeof buf, "%.*e", precision - 1, x);
        if (strtod(buf, NULL) == x) {
            break;
        }
    }
    // buf is "[-]d.ddde[+-]xx": split it into digits and an exponent.
    const char *p = buf;
    if (*p == '-') {
        fputc('-', out);
        p++;
    }
    char digits[24];
    int n = 0;
    for (; *p != 'e'; p++) {
        if (*p != '.') {
            digits[n++] = *p;
        }
    }
    while (n > 1 && digits[n - 1] == '0') {
        n--;
    }
    int decpt = atoi(p + 1) + 1;    // digits[0] is worth 10^(decpt-1)
    if (decpt <= -4 || decpt > 16) {
        fprintf(out, "%c", digits[0]);
        if (n > 1) {
            fprintf(out, ".%.*s", n - 1, digits + 1);
        }
        fprintf(out, "e%c%02d", decpt - 1 < 0 ? '-' : '+', abs(decpt - 1));
    } else if (decpt <= 0) {
        fputs("0.", out);
        for (int i = decpt; i < 0; i++) {
            fputc('0', out);
        }
        fprintf(out, "%.*s", n, digits);
    } else if (decpt >= n) {
        fprintf(out, "%.*s", n, digits);
        for (int i = n; i < decpt; i++) {
            fputc('0', out);
        }
        fputs(add_dot_0 ? ".0" : "", out);
    } else {
        fprintf(out, "%.*s.%.*s", decpt, digits, n - decpt, digits + decpt);
    }
}

// A big integer literal's digits (base 2, 8, 10 or 16) in decimal.
static void print_bigint(FILE *out, const char *digits, size_t len, int base) {
    if (base == 10) {
        fprintf(out, "%.*s", (int)len, digits);
        return;
    }
    // Little-endian limbs of nine decimal digits each; every input digit
    // multiplies the number by the base and adds itself.
    uint32_t *limbs = calloc(len / 2 + 2, sizeof(uint32_t));
    if (!limbs) {
        cs_fatal("out of memory");
    }
    size_t nlimbs = 1;
    for (size_t i = 0; i < len; i++) {
        char c = digits[i];
        uint64_t carry = (uint64_t)(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
        for (size_t k = 0; k < nlimbs; k++) {
            uint64_t v = (uint64_t)limbs[k] * (uint64_t)base + carry;
            limbs[k] = (uint32_t)(v % 1000000000u);
            carry = v / 1000000000u;
        }
        if (carry) {
            limbs[nlimbs++] = (uint32_t)carry;
        }
    }
    fprintf(out, "%u", (unsigned)limbs[nlimbs - 1]);
    for (size_t k = nlimbs - 1; k-- > 0;) {
        fprintf(out, "%09u", (unsigned)limbs[k]);
    }
    free(limbs);
}

// Python prefers single quotes, and uses double quotes when the text has
// a single quote and no double quote.
static char pick_quote(const char *s, size_t len) {
    bool single = memchr(s, '\'', len) != NULL;
    bool dbl = memchr(s, '"', len) != NULL;
    return single && !dbl ? '"' : '\'';
}

static bool print_common_escape(FILE *out, unsigned c, char quote) {
    switch (c) {
    case '\t': fputs("\\t", out); return true;
    case '\n': fputs("\\n", out); return true;
    case '\r': fputs("\\r", out); return true;
    case '\\': fputs("\\\\", out); return true;
    default:
        if (c == (unsigned char)quote) {
            fprintf(out, "\\%c", quote);
            return true;
        }
        return false;
    }
}

static void print_str_repr(FILE *out, const char *s, size_t len) {
    char quote = pick_quote(s, len);
    const char *end = s + len;
    fputc(quote, out);
    while (s < end) {
        uint32_t cp;
        int n = unicode_decode_utf8(s, end, &cp, true);
        if (n == 0) {
            // Not produced by the parser; show the byte rather than stop.
            cp = (unsigned char)*s;
            n = 1;
        }
        if (!print_common_escape(out, cp, quote)) {
            if (unicode_class(cp) != UNICODE_NONPRINT) {
                fwrite(s, 1, (size_t)n, out);
            } else if (cp < 0x100) {
                fprintf(out, "\\x%02x", (unsigned)cp);
            } else if (cp < 0x10000) {
                fprintf(out, "\\u%04x", (unsigned)cp);
            } else {
                fprintf(out, "\\U%08x", (unsigned)cp);
            }
        }
        s += n;
    }
    fputc(quote, out);
}

static void print_bytes_repr(FILE *out, const char *s, size_t len) {
    char quote = pick_quote(s, len);
    fprintf(out, "b%c", quote);
    for (size_t i = 0; i < len; i++) {
        unsigned c = (unsigned char)s[i];
        if (!print_common_escape(out, c, quote)) {
            if (c < 0x20 || c >= 0x7F) {
                fprintf(out, "\\x%02x", c);
            } else {
                fputc((int)c, out);
            }
        }
    }
    fputc(quote, out);
}

static void print_constant(FILE *out, const Node *n) {
    switch (n->u.constant.kind) {
    case CONST_NONE: fputs("None", out); break;
    case CONST_TRUE: fputs("True", out); break;
    case CONST_FALSE: fputs("False", out); break;
    case CONST_ELLIPSIS: fputs("Ellipsis", out); break;
    case CONST_INT: fprintf(out, "%lld", (long long)n->u.constant.i); break;
    case CONST_BIGINT:
        print_bigint(out, n->u.constant.str, n->u.constant.len, (int)n->u.constant.i);
        break;
    case CONST_FLOAT: print_float(out, n->u.constant.f, true); break;
    case CONST_IMAG:
        print_float(out, n->u.constant.f, false);
        fputc('j', out);
        break;
    case CONST_STR: print_str_repr(out, n->u.constant.str, n->u.constant.len); break;
    case CONST_BYTES: print_bytes_repr(out, n->u.constant.str, n->u.constant.len); break;
    }
}

// --- values and fields --------------------------------------------------------------

typedef enum DumpKind {
    DV_NONE,        // Python's None (fields that are None are omitted; list items are not)
    DV_INT,         // an int field: is_async, level, conversion, simple, positions
    DV_IDENT,       // an identifier, printed as a str
    DV_CONSTANT,    // the value of a Constant node
    DV_OP,          // an operator or context: a node with no fields, like Add()
    DV_NODE, DV_ARGUMENTS, DV_ARG, DV_KEYWORD, DV_ALIAS, DV_WITHITEM, DV_HANDLER,
    DV_COMPREHENSION,
    DV_LIST,        // items of item_kind: an array of structs or of pointers
} DumpKind;

typedef struct DumpValue {
    DumpKind kind;
    DumpKind item_kind;     // DV_LIST only
    const void *p;          // the object; for a list, the array
    int64_t i;              // DV_INT; for a list, its length
    const char *s;          // DV_IDENT, DV_OP
} DumpValue;

#define MAX_FIELDS 12

typedef struct Fields {
    const char *class_name;
    const char *names[MAX_FIELDS];
    DumpValue values[MAX_FIELDS];
    int n;
} Fields;

static void add(Fields *f, const char *name, DumpValue v) {
    cs_assert(f->n < MAX_FIELDS);
    f->names[f->n] = name;
    f->values[f->n++] = v;
}

static DumpValue v_int(int64_t i) {
    return (DumpValue){.kind = DV_INT, .i = i};
}

static DumpValue v_ident(const char *s) {
    return (DumpValue){.kind = DV_IDENT, .s = s};
}

static DumpValue v_op(const char *name) {
    return (DumpValue){.kind = DV_OP, .s = name};
}

static DumpValue v_obj(DumpKind kind, const void *p) {
    return (DumpValue){.kind = p ? kind : DV_NONE, .p = p};
}

static DumpValue v_list(DumpKind item_kind, const void *items, int len) {
    return (DumpValue){.kind = DV_LIST, .item_kind = item_kind, .p = items, .i = len};
}

static DumpValue v_nodes(NodeList list) {
    return v_list(DV_NODE, list.items, list.len);
}

static void add_node(Fields *f, const char *name, const Node *n) {
    add(f, name, v_obj(DV_NODE, n));
}

// Optional fields are left out when they are None.
static void add_optional(Fields *f, const char *name, DumpKind kind, const void *p) {
    if (p) {
        add(f, name, v_obj(kind, p));
    }
}

static void add_opt_ident(Fields *f, const char *name, const char *s) {
    if (s) {
        add(f, name, v_ident(s));
    }
}

static const char *ctx_name(ExprCtx ctx) {
    return ctx == CTX_STORE ? "Store" : ctx == CTX_DEL ? "Del" : "Load";
}

static const char *binop_name(int op) {
    switch (op) {
    case BINOP_ADD: return "Add";
    case BINOP_SUB: return "Sub";
    case BINOP_MUL: return "Mult";
    case BINOP_TRUEDIV: return "Div";
    case BINOP_FLOORDIV: return "FloorDiv";
    case BINOP_MOD: return "Mod";
    case BINOP_POW: return "Pow";
    case BINOP_LSHIFT: return "LShift";
    case BINOP_RSHIFT: return "RShift";
    case BINOP_AND: return "BitAnd";
    case BINOP_OR: return "BitOr";
    case BINOP_XOR: return "BitXor";
    case BINOP_MATMUL: return "MatMult";
    default: return "?";
    }
}

static const char *const unary_names[] = {
    [AST_INVERT] = "Invert", [AST_NOT] = "Not", [AST_UADD] = "UAdd", [AST_USUB] = "USub",
};

static const char *const cmpop_names[] = {
    [AST_EQ] = "Eq", [AST_NOTEQ] = "NotEq", [AST_LT] = "Lt", [AST_LTE] = "LtE",
    [AST_GT] = "Gt", [AST_GTE] = "GtE", [AST_IS] = "Is", [AST_ISNOT] = "IsNot",
    [AST_IN] = "In", [AST_NOTIN] = "NotIn",
};

static void add_positions(Fields *f, int line, int col, int end_line, int end_col) {
    add(f, "lineno", v_int(line));
    add(f, "col_offset", v_int(col));
    add(f, "end_lineno", v_int(end_line));
    add(f, "end_col_offset", v_int(end_col));
}

// The statement fields, in the order of Python's ast classes.
static void statement_fields(const Node *n, Fields *f) {
    switch (n->kind) {
    case N_FUNCTION_DEF:
        f->class_name = n->u.funcdef.is_async ? "AsyncFunctionDef" : "FunctionDef";
        add(f, "name", v_ident(n->u.funcdef.name));
        add(f, "args", v_obj(DV_ARGUMENTS, n->u.funcdef.args));
        add(f, "body", v_nodes(n->u.funcdef.body));
        add(f, "decorator_list", v_nodes(n->u.funcdef.decorators));
        add_optional(f, "returns", DV_NODE, n->u.funcdef.returns);
        break;
    case N_CLASS_DEF:
        add(f, "name", v_ident(n->u.classdef.name));
        add(f, "bases", v_nodes(n->u.classdef.bases));
        add(f, "keywords", v_list(DV_KEYWORD, n->u.classdef.keywords, n->u.classdef.nkeywords));
        add(f, "body", v_nodes(n->u.classdef.body));
        add(f, "decorator_list", v_nodes(n->u.classdef.decorators));
        break;
    case N_RETURN:
        add_optional(f, "value", DV_NODE, n->u.expr.value);
        break;
    case N_DELETE:
        add(f, "targets", v_nodes(n->u.del.targets));
        break;
    case N_ASSIGN:
        add(f, "targets", v_nodes(n->u.assign.targets));
        add_node(f, "value", n->u.assign.value);
        break;
    case N_AUG_ASSIGN:
        add_node(f, "target", n->u.augassign.target);
        add(f, "op", v_op(binop_name(n->u.augassign.op)));
        add_node(f, "value", n->u.augassign.value);
        break;
    case N_ANN_ASSIGN:
        add_node(f, "target", n->u.annassign.target);
        add_node(f, "annotation", n->u.annassign.annotation);
        add_optional(f, "value", DV_NODE, n->u.annassign.value);
        add(f, "simple", v_int(n->u.annassign.simple));
        break;
    case N_FOR:
        f->class_name = n->u.for_.is_async ? "AsyncFor" : "For";
        add_node(f, "target", n->u.for_.target);
        add_node(f, "iter", n->u.for_.iter);
        add(f, "body", v_nodes(n->u.for_.body));
        add(f, "orelse", v_nodes(n->u.for_.orelse));
        break;
    case N_WHILE:
    case N_IF:
        // while_ and if_ have the same shape.
        add_node(f, "test", n->u.if_.test);
        add(f, "body", v_nodes(n->u.if_.body));
        add(f, "orelse", v_nodes(n->u.if_.orelse));
        break;
    case N_WITH:
        f->class_name = n->u.with.is_async ? "AsyncWith" : "With";
        add(f, "items", v_list(DV_WITHITEM, n->u.with.items, n->u.with.nitems));
        add(f, "body", v_nodes(n->u.with.body));
        break;
    case N_RAISE:
        add_optional(f, "exc", DV_NODE, n->u.raise.exc);
        add_optional(f, "cause", DV_NODE, n->u.raise.cause);
        break;
    case N_TRY:
        add(f, "body", v_nodes(n->u.try_.body));
        add(f, "handlers", v_list(DV_HANDLER, n->u.try_.handlers, n->u.try_.nhandlers));
        add(f, "orelse", v_nodes(n->u.try_.orelse));
        add(f, "finalbody", v_nodes(n->u.try_.finalbody));
        break;
    case N_ASSERT:
        add_node(f, "test", n->u.assert_.test);
        add_optional(f, "msg", DV_NODE, n->u.assert_.msg);
        break;
    case N_IMPORT:
        add(f, "names", v_list(DV_ALIAS, n->u.import.names, n->u.import.nnames));
        break;
    case N_IMPORT_FROM:
        add_opt_ident(f, "module", n->u.import_from.module);
        add(f, "names", v_list(DV_ALIAS, n->u.import_from.names, n->u.import_from.nnames));
        add(f, "level", v_int(n->u.import_from.level));
        break;
    case N_GLOBAL:
    case N_NONLOCAL:
        add(f, "names", v_list(DV_IDENT, n->u.global.names, n->u.global.nnames));
        break;
    case N_EXPR_STMT:
        add_node(f, "value", n->u.expr.value);
        break;
    default:
        break;
    }
}

static void expression_fields(const Node *n, Fields *f) {
    switch (n->kind) {
    case N_BOOL_OP:
        add(f, "op", v_op(n->u.boolop.op == AST_AND ? "And" : "Or"));
        add(f, "values", v_nodes(n->u.boolop.values));
        break;
    case N_NAMED_EXPR:
        add_node(f, "target", n->u.named.target);
        add_node(f, "value", n->u.named.value);
        break;
    case N_BIN_OP:
        add_node(f, "left", n->u.binop.left);
        add(f, "op", v_op(binop_name(n->u.binop.op)));
        add_node(f, "right", n->u.binop.right);
        break;
    case N_UNARY_OP:
        add(f, "op", v_op(unary_names[n->u.unary.op]));
        add_node(f, "operand", n->u.unary.operand);
        break;
    case N_LAMBDA:
        add(f, "args", v_obj(DV_ARGUMENTS, n->u.lambda.args));
        add_node(f, "body", n->u.lambda.body);
        break;
    case N_IF_EXP:
        add_node(f, "test", n->u.ifexp.test);
        add_node(f, "body", n->u.ifexp.body);
        add_node(f, "orelse", n->u.ifexp.orelse);
        break;
    case N_DICT:
        add(f, "keys", v_nodes(n->u.dict.keys));
        add(f, "values", v_nodes(n->u.dict.values));
        break;
    case N_SET:
        add(f, "elts", v_nodes(n->u.list.elts));
        break;
    case N_LIST_COMP:
    case N_SET_COMP:
    case N_GENERATOR_EXP:
    case N_DICT_COMP:
        add_node(f, n->kind == N_DICT_COMP ? "key" : "elt", n->u.comp.elt);
        if (n->kind == N_DICT_COMP) {
            add_node(f, "value", n->u.comp.value);
        }
        add(f, "generators",
            v_list(DV_COMPREHENSION, n->u.comp.generators, n->u.comp.ngenerators));
        break;
    case N_AWAIT:
    case N_YIELD_FROM:
        add_node(f, "value", n->u.expr.value);
        break;
    case N_YIELD:
        add_optional(f, "value", DV_NODE, n->u.expr.value);
        break;
    case N_COMPARE:
        add_node(f, "left", n->u.compare.left);
        add(f, "ops", v_list(DV_OP, n->u.compare.ops, n->u.compare.comparators.len));
        add(f, "comparators", v_nodes(n->u.compare.comparators));
        break;
    case N_CALL:
        add_node(f, "func", n->u.call.func);
        add(f, "args", v_nodes(n->u.call.args));
        add(f, "keywords", v_list(DV_KEYWORD, n->u.call.keywords, n->u.call.nkeywords));
        break;
    case N_FORMATTED_VALUE:
        add_node(f, "value", n->u.formatted.value);
        add(f, "conversion", v_int(n->u.formatted.conversion));
        add_optional(f, "format_spec", DV_NODE, n->u.formatted.format_spec);
        break;
    case N_JOINED_STR:
        add(f, "values", v_nodes(n->u.joined.values));
        break;
    case N_CONSTANT:
        add(f, "value", v_obj(DV_CONSTANT, n));
        if (n->u.constant.kind_u) {
            add(f, "kind", v_ident("u"));
        }
        break;
    case N_ATTRIBUTE:
        add_node(f, "value", n->u.attribute.value);
        add(f, "attr", v_ident(n->u.attribute.attr));
        add(f, "ctx", v_op(ctx_name(n->u.attribute.ctx)));
        break;
    case N_SUBSCRIPT:
        add_node(f, "value", n->u.subscript.value);
        add_node(f, "slice", n->u.subscript.slice);
        add(f, "ctx", v_op(ctx_name(n->u.subscript.ctx)));
        break;
    case N_STARRED:
        add_node(f, "value", n->u.starred.value);
        add(f, "ctx", v_op(ctx_name(n->u.starred.ctx)));
        break;
    case N_NAME:
        add(f, "id", v_ident(n->u.name.id));
        add(f, "ctx", v_op(ctx_name(n->u.name.ctx)));
        break;
    case N_LIST:
    case N_TUPLE:
        add(f, "elts", v_nodes(n->u.list.elts));
        add(f, "ctx", v_op(ctx_name(n->u.list.ctx)));
        break;
    case N_SLICE:
        add_optional(f, "lower", DV_NODE, n->u.slice.lower);
        add_optional(f, "upper", DV_NODE, n->u.slice.upper);
        add_optional(f, "step", DV_NODE, n->u.slice.step);
        break;
    default:
        statement_fields(n, f);
        break;
    }
}

static void node_fields(const Node *n, Fields *f, bool positions) {
    f->class_name = node_kind_names[n->kind];
    switch (n->kind) {
    case N_MODULE:
        add(f, "body", v_nodes(n->u.module.body));
        add(f, "type_ignores", v_list(DV_NODE, NULL, 0));
        return;
    case N_INTERACTIVE:
        add(f, "body", v_nodes(n->u.module.body));
        return;
    case N_EXPRESSION:
        add_node(f, "body", n->u.expr.value);
        return;
    default:
        expression_fields(n, f);
        break;
    }
    if (positions) {
        add_positions(f, n->line, n->col, n->end_line, n->end_col);
    }
}

static void arguments_fields(const Arguments *a, Fields *f) {
    f->class_name = "arguments";
    add(f, "posonlyargs", v_list(DV_ARG, a->args, a->nposonly));
    add(f, "args", v_list(DV_ARG, a->args + a->nposonly, a->nargs - a->nposonly));
    add_optional(f, "vararg", DV_ARG, a->vararg);
    add(f, "kwonlyargs", v_list(DV_ARG, a->kwonly, a->nkwonly));
    add(f, "kw_defaults", v_list(DV_NODE, a->kw_defaults, a->nkwonly));
    add_optional(f, "kwarg", DV_ARG, a->kwarg);
    add(f, "defaults", v_list(DV_NODE, a->defaults, a->ndefaults));
}

// The fields of any value that prints as ClassName(...).
static void object_fields(const DumpValue *v, Fields *f, bool positions) {
    f->n = 0;
    switch (v->kind) {
    case DV_NODE:
        node_fields(v->p, f, positions);
        break;
    case DV_ARGUMENTS:
        arguments_fields(v->p, f);
        break;
    case DV_ARG: {
        const Arg *a = v->p;
        f->class_name = "arg";
        add(f, "arg", v_ident(a->name));
        add_optional(f, "annotation", DV_NODE, a->annotation);
        if (positions) {
            add_positions(f, a->line, a->col, a->end_line, a->end_col);
        }
        break;
    }
    case DV_KEYWORD: {
        const Keyword *k = v->p;
        f->class_name = "keyword";
        add_opt_ident(f, "arg", k->arg);
        add_node(f, "value", k->value);
        if (positions) {
            add_positions(f, k->line, k->col, k->end_line, k->end_col);
        }
        break;
    }
    case DV_ALIAS: {
        const Alias *a = v->p;
        f->class_name = "alias";
        add(f, "name", v_ident(a->name));
        add_opt_ident(f, "asname", a->asname);
        if (positions) {
            add_positions(f, a->line, a->col, a->end_line, a->end_col);
        }
        break;
    }
    case DV_WITHITEM: {
        const WithItem *w = v->p;
        f->class_name = "withitem";
        add_node(f, "context_expr", w->context_expr);
        add_optional(f, "optional_vars", DV_NODE, w->optional_vars);
        break;
    }
    case DV_HANDLER: {
        const ExceptHandler *h = v->p;
        f->class_name = "ExceptHandler";
        add_optional(f, "type", DV_NODE, h->type);
        add_opt_ident(f, "name", h->name);
        add(f, "body", v_nodes(h->body));
        if (positions) {
            add_positions(f, h->line, h->col, h->end_line, h->end_col);
        }
        break;
    }
    case DV_COMPREHENSION: {
        const Comprehension *c = v->p;
        f->class_name = "comprehension";
        add_node(f, "target", c->target);
        add_node(f, "iter", c->iter);
        add(f, "ifs", v_nodes(c->ifs));
        add(f, "is_async", v_int(c->is_async));
        break;
    }
    case DV_OP:
        f->class_name = v->s;
        break;
    default:
        cs_assert(false);
        break;
    }
}

// --- printing -------------------------------------------------------------------------

static DumpValue list_item(const DumpValue *list, int i) {
    switch (list->item_kind) {
    case DV_NODE:
        return v_obj(DV_NODE, ((Node *const *)list->p)[i]);
    case DV_IDENT:
        return v_ident(((const char *const *)list->p)[i]);
    case DV_OP:
        return v_op(cmpop_names[((const AstCmpOp *)list->p)[i]]);
    case DV_ARG:
        return v_obj(DV_ARG, &((const Arg *)list->p)[i]);
    case DV_KEYWORD:
        return v_obj(DV_KEYWORD, &((const Keyword *)list->p)[i]);
    case DV_ALIAS:
        return v_obj(DV_ALIAS, &((const Alias *)list->p)[i]);
    case DV_WITHITEM:
        return v_obj(DV_WITHITEM, &((const WithItem *)list->p)[i]);
    case DV_HANDLER:
        return v_obj(DV_HANDLER, &((const ExceptHandler *)list->p)[i]);
    case DV_COMPREHENSION:
        return v_obj(DV_COMPREHENSION, &((const Comprehension *)list->p)[i]);
    default:
        cs_assert(false);
        return v_obj(DV_NONE, NULL);
    }
}

static bool is_object(const DumpValue *v) {
    return v->kind >= DV_OP && v->kind <= DV_COMPREHENSION;
}

// Python's "simple": a scalar, an empty list, or an object that prints
// no fields, like Load() or Pass().
static bool is_simple(const DumpValue *v, bool positions) {
    if (v->kind == DV_LIST) {
        return v->i == 0;
    }
    if (!is_object(v)) {
        return true;
    }
    Fields f;
    object_fields(v, &f, positions);
    return f.n == 0;
}

static void print_value(FILE *out, const DumpValue *v, int level, bool positions);

static void newline_indent(FILE *out, int level) {
    fputc('\n', out);
    for (int i = 0; i < level; i++) {
        fputs("  ", out);
    }
}

static void print_object(FILE *out, const DumpValue *v, int level, bool positions) {
    Fields f;
    object_fields(v, &f, positions);
    bool inline_form = f.n <= 3;
    for (int i = 0; i < f.n && inline_form; i++) {
        inline_form = is_simple(&f.values[i], positions);
    }
    fprintf(out, "%s(", f.class_name);
    for (int i = 0; i < f.n; i++) {
        if (inline_form) {
            fputs(i ? ", " : "", out);
        } else {
            fputs(i ? "," : "", out);
            newline_indent(out, level + 1);
        }
        fprintf(out, "%s=", f.names[i]);
        print_value(out, &f.values[i], level + 1, positions);
    }
    fputc(')', out);
}

static void print_value(FILE *out, const DumpValue *v, int level, bool positions) {
    switch (v->kind) {
    case DV_NONE:
        fputs("None", out);
        break;
    case DV_INT:
        fprintf(out, "%lld", (long long)v->i);
        break;
    case DV_IDENT:
        print_str_repr(out, v->s, strlen(v->s));
        break;
    case DV_CONSTANT:
        print_constant(out, v->p);
        break;
    case DV_LIST:
        fputc('[', out);
        for (int i = 0; i < v->i; i++) {
            fputs(i ? "," : "", out);
            newline_indent(out, level + 1);
            DumpValue item = list_item(v, i);
            print_value(out, &item, level + 1, positions);
        }
        fputc(']', out);
        break;
    default:
        print_object(out, v, level, positions);
        break;
    }
}

void ast_dump(FILE *out, const Node *n) {
    DumpValue v = v_obj(DV_NODE, n);
    print_value(out, &v, 0, false);
    fputc('\n', out);
}

void ast_dump_with_positions(FILE *out, const Node *n) {
    DumpValue v = v_obj(DV_NODE, n);
    print_value(out, &v, 0, true);
    fputc('\n', out);
}
