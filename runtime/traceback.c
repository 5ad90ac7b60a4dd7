// Exception reports, in the format of CPython 3.11's built-in printer
// (what sys.excepthook shows for an uncaught exception):
//
//     Traceback (most recent call last):
//       File "prog.cs", line 7, in <module>
//         main()
//       File "prog.cs", line 4, in main
//         return 1 / 0
//                ~~^~~
//     ZeroDivisionError: division by zero
//
// The entries come from the exception's traceback chain (outermost first),
// each with its source line, read through a small cache of files, and the
// carets of PEP 657 under the expression that failed. A run of more than
// three entries for the same line (deep recursion) is folded into
// "[Previous line repeated N more times]". The exceptions of the chain
// (__cause__, or else __context__) are printed before, each once. The last
// line is "module.Type: message", with a "Did you mean" from
// runtime/suggest.c, then the exception's notes. SyntaxError shows its
// text with carets under offset..end_offset instead of a source line. An
// exception group prints each member in a numbered box, one level deeper,
// behind a "| " margin (at most 15 members and 10 levels).
//
// Everything is built in a StrBuf and written at once, so a report is not
// interleaved with another thread's output.
#include <unistd.h>

#include "runtime/traceback.h"

#include "interp/parser.h"
#include "runtime/obj_class.h"
#include "runtime/obj_dict.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_func.h"
#include "runtime/obj_int.h"
#include "runtime/obj_module.h"
#include "runtime/obj_str.h"
#include "runtime/obj_tuple.h"
#include "runtime/state.h"
#include "runtime/suggest.h"

// --- the line cache ------------------------------------------------------------------

typedef struct SourceFile {
    struct SourceFile *next;
    char *name;
    char *text;
    size_t len;
    size_t *line_starts;     // byte offset of each line
    int nlines;
} SourceFile;

static SourceFile *sources;

static SourceFile *source_add(const char *name, char *text, size_t len) {
    SourceFile *sf = calloc(1, sizeof(SourceFile));
    if (!sf) {
        free(text);
        return NULL;
    }
    sf->name = cs_strdup(name);
    sf->text = text;
    sf->len = len;
    int cap = 64;
    sf->line_starts = malloc(sizeof(size_t) * (size_t)cap);
    sf->line_starts[sf->nlines++] = 0;
    for (size_t i = 0; i < len; i++) {
        if (text[i] == '\n' && i + 1 < len) {
            if (sf->nlines == cap) {
                cap *= 2;
                sf->line_starts = realloc(sf->line_starts, sizeof(size_t) * (size_t)cap);
            }
            sf->line_starts[sf->nlines++] = i + 1;
        }
    }
    sf->next = sources;
    sources = sf;
    return sf;
}

void linecache_register(const char *filename, const char *text, size_t len) {
    char *copy = malloc(len + 1);
    if (!copy) {
        return;
    }
    memcpy(copy, text, len);
    copy[len] = '\0';
    source_add(filename, copy, len);
}

static SourceFile *source_get(const char *filename) {
    for (SourceFile *sf = sources; sf; sf = sf->next) {
        if (strcmp(sf->name, filename) == 0) {
            return sf;
        }
    }
    if (filename[0] == '<') {
        return NULL;
    }
    FILE *f = fopen(filename, "rb");
    if (!f) {
        return NULL;
    }
    StrBuf sb;
    strbuf_init(&sb);
    char buf[8192];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) {
        strbuf_append(&sb, buf, n);
    }
    fclose(f);
    size_t len;
    char *text = strbuf_take(&sb, &len);
    return source_add(filename, text, len);
}

const char *linecache_get(const char *filename, int line, size_t *len) {
    SourceFile *sf = source_get(filename);
    if (!sf || line < 1 || line > sf->nlines) {
        return NULL;
    }
    size_t start = sf->line_starts[line - 1];
    size_t end = start;
    while (end < sf->len && sf->text[end] != '\n') {
        end++;
    }
    if (end > start && sf->text[end - 1] == '\r') {
        end--;
    }
    *len = end - start;
    return sf->text + start;
}

// --- writing -------------------------------------------------------------------------

void traceback_write_stderr(ThreadState *ts, const char *text, size_t len) {
    Value err = VNULL;
    if (ts && ts->interp->sys_module) {
        err = dict_get_cstr(module_dict(ts->interp->sys_module), "stderr");
    }
    if (!val_is_null(err) && !val_is_none(err)) {
        Obj *s = str_decode_utf8(ts, text, (int64_t)len);
        if (!s) {
            exc_clear(ts);
        } else {
            Value arg = val_obj(s);
            Value r = obj_call_method(ts, err, "write", &arg, 1);
            obj_decref(s);
            if (!val_is_null(r)) {
                val_decref(r);
                Value f = obj_call_method(ts, err, "flush", &arg, 0);
                val_decref(f);
                exc_clear(ts);
                return;
            }
            exc_clear(ts);
        }
    }
    size_t off = 0;
    while (off < len) {
        ssize_t w = write(2, text + off, len - off);
        if (w <= 0) {
            break;
        }
        off += (size_t)w;
    }
}

// --- the printer --------------------------------------------------------------------------

// The exceptions already printed in this report (a chain may loop).
typedef struct Seen {
    Obj **items;
    int len, cap;
} Seen;

// One report being built. Inside an exception group every line gets an
// indent of two spaces per level and a "| " margin.
typedef struct Printer {
    ThreadState *ts;
    StrBuf *sb;
    Seen seen;
    int group_depth;         // how many exception groups enclose what is printed
    bool need_close;         // a group's last member still owes the closing line
} Printer;

static void append_indent(Printer *p) {
    strbuf_fill(p->sb, ' ', (size_t)(2 * p->group_depth));
}

static void append_margin(Printer *p) {
    append_indent(p);
    if (p->group_depth) {
        strbuf_append_cstr(p->sb, "| ");
    }
}

// --- carets under the failing expression (PEP 657) --------------------------------------
//
// Each instruction knows the source range of the expression it runs
// (CodeLoc: lines, and 0-based UTF-8 byte columns). Under the quoted line
// go '^' from the range's start to its end. When the range is a binary
// operation or a subscript, the segment is parsed again to find the
// operator or the brackets: those get '^' and the rest '~'. The carets are
// left out when they would just underline the whole (left-stripped) line.
// Ranges are counted in characters; each character is then drawn as wide
// as a terminal shows it (two columns for CJK and emoji), as CPython 3.11
// draws them.

static bool is_blank(char c) {
    return c == ' ' || c == '\t' || c == '\f';
}

// How many characters the first `nbytes` bytes of s[0..len) hold. Past the
// end, CPython reads the terminating NUL too: one more character.
static int64_t char_offset(const char *s, size_t len, int64_t nbytes) {
    if (nbytes > (int64_t)len) {
        return utf8_count(s, (int64_t)len) + 1;
    }
    int64_t n = 0;
    for (int64_t i = 0; i < nbytes; i++) {
        if (((unsigned char)s[i] & 0xC0) != 0x80) {
            n++;
        }
    }
    return n;
}

// The byte offset of character `chars` of s[0..len) (clamped to len).
static size_t byte_offset(const char *s, size_t len, int64_t chars) {
    const char *p = s;
    const char *end = s + len;
    for (int64_t i = 0; i < chars && p < end; i++) {
        utf8_next(&p);
    }
    return p > end ? len : (size_t)(p - s);
}

// Terminal columns: characters whose East Asian Width is Wide or
// Fullwidth take two columns, as CPython reckons them when it lines up
// the carets. The ranges come from Python 3.11's unicodedata (Unicode
// 14.0): the code points c with east_asian_width(c) in "WF", where an
// unassigned code point takes the value of the one before it (which only
// keeps the table short).
static const uint32_t wide_ranges[][2] = {
    {0x01100, 0x0115F}, {0x0231A, 0x0231B}, {0x02329, 0x0232A}, {0x023E9, 0x023EC},
    {0x023F0, 0x023F0}, {0x023F3, 0x023F3}, {0x025FD, 0x025FE}, {0x02614, 0x02615},
    {0x02648, 0x02653}, {0x0267F, 0x0267F}, {0x02693, 0x02693}, {0x026A1, 0x026A1},
    {0x026AA, 0x026AB}, {0x026BD, 0x026BE}, {0x026C4, 0x026C5}, {0x026CE, 0x026CE},
    {0x026D4, 0x026D4}, {0x026EA, 0x026EA}, {0x026F2, 0x026F3}, {0x026F5, 0x026F5},
    {0x026FA, 0x026FA}, {0x026FD, 0x026FD}, {0x02705, 0x02705}, {0x0270A, 0x0270B},
    {0x02728, 0x02728}, {0x0274C, 0x0274C}, {0x0274E, 0x0274E}, {0x02753, 0x02755},
    {0x02757, 0x02757}, {0x02795, 0x02797}, {0x027B0, 0x027B0}, {0x027BF, 0x027BF},
    {0x02B1B, 0x02B1C}, {0x02B50, 0x02B50}, {0x02B55, 0x02B55}, {0x02E80, 0x0303E},
    {0x03041, 0x03247}, {0x03250, 0x04DBF}, {0x04E00, 0x0A4CF}, {0x0A960, 0x0A97F},
    {0x0AC00, 0x0D7AF}, {0x0F900, 0x0FAFF}, {0x0FE10, 0x0FE1F}, {0x0FE30, 0x0FE6F},
    {0x0FF01, 0x0FF60}, {0x0FFE0, 0x0FFE7}, {0x16FE0, 0x1BBFF}, {0x1F004, 0x1F004},
    {0x1F0CF, 0x1F0D0}, {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A}, {0x1F200, 0x1F320},
    {0x1F32D, 0x1F335}, {0x1F337, 0x1F37C}, {0x1F37E, 0x1F393}, {0x1F3A0, 0x1F3CA},
    {0x1F3CF, 0x1F3D3}, {0x1F3E0, 0x1F3F0}, {0x1F3F4, 0x1F3F4}, {0x1F3F8, 0x1F43E},
    {0x1F440, 0x1F440}, {0x1F442, 0x1F4FC}, {0x1F4FF, 0x1F53D}, {0x1F54B, 0x1F54E},
    {0x1F550, 0x1F567}, {0x1F57A, 0x1F57A}, {0x1F595, 0x1F596}, {0x1F5A4, 0x1F5A4},
    {0x1F5FB, 0x1F64F}, {0x1F680, 0x1F6C5}, {0x1F6CC, 0x1F6CC}, {0x1F6D0, 0x1F6D2},
    {0x1F6D5, 0x1F6DF}, {0x1F6EB, 0x1F6EF}, {0x1F6F4, 0x1F6FF}, {0x1F7E0, 0x1F7FF},
    {0x1F90C, 0x1F93A}, {0x1F93C, 0x1F945}, {0x1F947, 0x1F9FF}, {0x1FA70, 0x1FAFF},
    {0x20000, 0xE0000},
};

static int char_columns(uint32_t cp) {
    if (cp < wide_ranges[0][0]) {
        return 1;
    }
    size_t lo = 0, hi = sizeof wide_ranges / sizeof wide_ranges[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (cp < wide_ranges[mid][0]) {
            hi = mid;
        } else if (cp > wide_ranges[mid][1]) {
            lo = mid + 1;
        } else {
            return 2;
        }
    }
    return 1;
}

typedef struct Anchors {
    int64_t left, right;     // the operator or brackets: bytes [left, right) of the segment
} Anchors;

// The operator of a binary operation: its first non-blank character after
// the left operand, two characters when the next one is not blank either
// (`//`, `**`, `<<`). A ')' closing the left operand is stepped over.
static void binop_anchors(const char *seg, const Node *e, Anchors *a) {
    int left_end = e->u.binop.left->end_col;
    int right_start = e->u.binop.right->col;
    for (int i = left_end; i < right_start; i++) {
        if (is_blank(seg[i])) {
            continue;
        }
        a->left = i;
        a->right = i + 1;
        if (i + 1 < right_start && !is_blank(seg[i + 1])) {
            a->right++;
        }
        if (i + 1 < right_start && seg[i] == ')') {
            continue;
        }
        break;
    }
}

// The brackets of a subscript: from the '[' after the value to the ']'
// after the index.
static void subscript_anchors(const char *seg, size_t len, const Node *e, Anchors *a) {
    int64_t left = e->u.subscript.value->end_col;
    int64_t right = e->u.subscript.slice->end_col + 1;
    while (left < (int64_t)len && seg[left] != '[') {
        left++;
    }
    while (right < (int64_t)len && seg[right] != ']') {
        right++;
    }
    if (right < (int64_t)len) {
        right++;
    }
    a->left = left;
    a->right = right;
}

// Parses the segment alone; when it is one expression statement holding a
// binary operation or a subscript, fills in the anchors and returns true.
static bool find_anchors(const char *seg, size_t len, Anchors *a) {
    Arena arena;
    arena_init(&arena);
    ParseError err;
    Node *root = parse_source(&arena, seg, len, PARSE_FILE, &err);
    bool found = false;
    if (root && root->u.module.body.len == 1 && root->u.module.body.items[0]->kind == N_EXPR_STMT) {
        const Node *e = root->u.module.body.items[0]->u.expr.value;
        a->left = a->right = -1;
        if (e->kind == N_BIN_OP && e->line == 1 && e->u.binop.left->end_line == 1 &&
            e->u.binop.right->line == 1) {
            binop_anchors(seg, e, a);
            found = a->left >= 0;
        } else if (e->kind == N_SUBSCRIPT && e->u.subscript.value->end_line == 1 &&
                   e->u.subscript.slice->end_line == 1) {
            subscript_anchors(seg, len, e, a);
            found = true;
        }
    }
    arena_free(&arena);
    return found;
}

// Appends the caret line for an instruction at `loc` whose first line is
// `line` (len bytes, no newline). `lead` is the number of blanks stripped
// from the quoted line.
static void append_carets(Printer *p, const char *line, size_t len, size_t lead, const CodeLoc *loc) {
    if (loc->line < 0 || loc->end_line < 0 || loc->col < 0 || loc->end_col < 0) {
        return;
    }
    int64_t start = char_offset(line, len, loc->col);
    int64_t end = char_offset(line, len, loc->end_col);
    int64_t left = -1, right = -1;
    char primary = '^', secondary = '^';
    if (loc->line == loc->end_line) {
        size_t seg_start = byte_offset(line, len, start);
        size_t seg_end = byte_offset(line, len, end);
        Anchors a;
        if (seg_end > seg_start && find_anchors(line + seg_start, seg_end - seg_start, &a)) {
            const char *seg = line + seg_start;
            size_t seg_len = seg_end - seg_start;
            left = char_offset(seg, seg_len, a.left) + start;
            right = char_offset(seg, seg_len, a.right) + start;
            primary = '~';
        }
    } else {
        // A range over several lines is underlined to the end of its first
        // line, trailing blanks excluded. CPython finds that end by
        // counting characters but testing bytes; on a line with non-ASCII
        // text this can stop one short, and we stop where it stops.
        int64_t i = utf8_count(line, (int64_t)len);
        while (--i >= 0 && is_blank(line[i])) {
        }
        end = i + 1;
    }
    int64_t stripped_len = utf8_count(line, (int64_t)len) - (int64_t)lead;
    if (end - start == stripped_len && left < 0) {
        return;
    }
    // Character c of the line is drawn under itself: the quote drops the
    // `lead` blanks and is indented by four spaces instead. A wide
    // character gets two marks.
    append_margin(p);
    strbuf_append_cstr(p->sb, "    ");
    const char *q = line + lead;
    const char *line_end = line + len;
    for (int64_t c = (int64_t)lead; c < end; c++) {
        int columns = q < line_end ? char_columns(utf8_next(&q)) : 1;
        char mark;
        if (c < start) {
            mark = ' ';
        } else if (left >= 0 && left <= c && c < right) {
            mark = secondary;
        } else {
            mark = primary;
        }
        strbuf_fill(p->sb, mark, (size_t)columns);
    }
    strbuf_append_char(p->sb, '\n');
}

// --- the frames ---------------------------------------------------------------------------

// Quotes the source line of one traceback entry (left-stripped, as the
// C printer of CPython does: trailing blanks are kept), then its carets.
static void append_source(Printer *p, ObjTraceback *tb) {
    ObjCode *code = (ObjCode *)tb->code;
    size_t len;
    // "<string>" and the like have no file; REPL inputs are registered.
    const char *text = linecache_get(str_cstr(code->filename), tb->line, &len);
    if (!text) {
        return;
    }
    size_t lead = 0;
    while (lead < len && is_blank(text[lead])) {
        lead++;
    }
    append_margin(p);
    strbuf_append_cstr(p->sb, "    ");
    strbuf_append(p->sb, text + lead, len - lead);
    strbuf_append_char(p->sb, '\n');
    if (tb->lasti >= 0 && tb->lasti < code->ncode && code->locs && code->locs[tb->lasti].line == tb->line) {
        append_carets(p, text, len, lead, &code->locs[tb->lasti]);
    }
}

// After this many entries for the same line of the same function, the
// rest of a run is counted instead of printed.
#define RECURSIVE_CUTOFF 3

// (CPython writes this line without the group margin.)
static void append_repeated(Printer *p, int64_t count) {
    count -= RECURSIVE_CUTOFF;
    strbuf_printf(p->sb, "  [Previous line repeated %lld more time%s]\n", (long long)count, count > 1 ? "s" : "");
}

// sys.tracebacklimit: how many of the innermost entries to show (-1: all).
static int64_t traceback_limit(ThreadState *ts) {
    if (!ts->interp->sys_module) {
        return -1;
    }
    Value v = dict_get_cstr(module_dict(ts->interp->sys_module), "tracebacklimit");
    int64_t n;
    if (val_is_null(v) || !val_is_intlike(v)) {
        return -1;
    }
    if (!int_to_i64(v, &n)) {
        return int_sign(v) > 0 ? -1 : 0;
    }
    return n <= 0 ? 0 : n;
}

// "Traceback (most recent call last):" and the entries. A group's header
// says "Exception Group Traceback" and, at the first level, hangs out of
// the margin as "+ ".
static void append_frames(Printer *p, ObjTraceback *tb, bool is_group) {
    int64_t limit = traceback_limit(p->ts);
    if (limit == 0) {
        return;
    }
    int64_t depth = 0;
    for (ObjTraceback *t = tb; t; t = t->next) {
        depth++;
    }
    while (tb && limit > 0 && depth > limit) {
        depth--;
        tb = tb->next;
    }
    append_indent(p);
    if (is_group && p->group_depth == 1) {
        strbuf_append_cstr(p->sb, "+ ");
    } else if (p->group_depth) {
        strbuf_append_cstr(p->sb, "| ");
    }
    strbuf_append_cstr(p->sb, is_group ? "Exception Group Traceback (most recent call last):\n"
                                       : "Traceback (most recent call last):\n");
    Obj *last_file = NULL, *last_name = NULL;
    int last_line = -1;
    int64_t count = 0;
    for (; tb; tb = tb->next) {
        ObjCode *code = (ObjCode *)tb->code;
        if (!last_file || !str_eq(code->filename, last_file) || tb->line != last_line ||
            !str_eq(code->name, last_name)) {
            if (count > RECURSIVE_CUTOFF) {
                append_repeated(p, count);
            }
            last_file = code->filename;
            last_line = tb->line;
            last_name = code->name;
            count = 0;
        }
        count++;
        if (count > RECURSIVE_CUTOFF) {
            continue;
        }
        append_margin(p);
        strbuf_printf(p->sb, "  File \"%s\", line %d, in %s\n", str_cstr(code->filename), tb->line,
                      str_cstr(code->name));
        append_source(p, tb);
    }
    if (count > RECURSIVE_CUTOFF) {
        append_repeated(p, count);
    }
}

// --- SyntaxError --------------------------------------------------------------------------

// An int attribute as a number; false when it is not an int.
static bool int_attr(Value v, int64_t *out) {
    if (v.tag == VAL_INT || v.tag == VAL_BOOL) {
        *out = v.as.i;
        return true;
    }
    return val_is_int_subclass(v) && int_to_i64(v, out);
}

// The quoted text and the caret line under it. `offset` and `end_offset`
// are 1-based; like CPython, the text is handled as bytes from here on,
// and these two lines get no group margin.
static void append_error_text(StrBuf *sb, int64_t offset, int64_t end_offset, const char *text) {
    int64_t carets = (end_offset > 0 && end_offset > offset) ? end_offset - offset : 1;
    offset--;
    while (is_blank(*text)) {
        text++;
        offset--;
    }
    int64_t len = (int64_t)strlen(text);
    if (len > 0 && text[len - 1] == '\n') {
        len--;
    }
    if (offset > len) {
        offset = len;
    }
    // A text of several lines: quote from the line the offset falls in.
    for (;;) {
        const char *nl = strchr(text, '\n');
        if (!nl) {
            break;
        }
        int64_t inl = nl - text;
        if (inl >= offset) {
            break;
        }
        inl++;
        text += inl;
        len -= inl;
        offset -= inl;
    }
    strbuf_append_cstr(sb, "    ");
    strbuf_append_cstr(sb, text);
    if (text[len] != '\n') {
        strbuf_append_char(sb, '\n');
    }
    if (offset < 0) {
        return;
    }
    strbuf_append_cstr(sb, "    ");
    strbuf_fill(sb, ' ', (size_t)offset);
    strbuf_fill(sb, '^', (size_t)carets);
    strbuf_append_char(sb, '\n');
}

// For SyntaxError and its subclasses (what has print_file_and_line): the
// "File ..., line N" header, the text and the carets. Returns the value
// whose str() ends the report (exc.msg; new reference), or VNULL when the
// attributes are unusable and str(exc) ends it.
static Value append_syntax_error(Printer *p, Value exc) {
    Value msg = exc_get_attr(exc, "msg");
    Value filename = exc_get_attr(exc, "filename");
    int64_t lineno, offset = -1, end_lineno, end_offset = -1;
    if (val_is_null(msg) || !int_attr(exc_get_attr(exc, "lineno"), &lineno)) {
        return VNULL;
    }
    Value v = exc_get_attr(exc, "offset");
    if (!val_is_null(v) && !val_is_none(v) && !int_attr(v, &offset)) {
        return VNULL;
    }
    end_lineno = lineno;
    // Only SyntaxError itself reports an end; its subclasses get one caret.
    if (val_type(exc) == &ExcSyntaxError) {
        v = exc_get_attr(exc, "end_lineno");
        if (!val_is_null(v) && !val_is_none(v) && !int_attr(v, &end_lineno)) {
            return VNULL;
        }
        v = exc_get_attr(exc, "end_offset");
        if (!val_is_null(v) && !val_is_none(v) && !int_attr(v, &end_offset)) {
            return VNULL;
        }
    }
    Value name = VNULL;
    if (!val_is_null(filename) && !val_is_none(filename)) {
        name = obj_str(p->ts, filename);
        if (val_is_null(name)) {
            exc_clear(p->ts);
            return VNULL;
        }
    }
    append_margin(p);
    strbuf_printf(p->sb, "  File \"%s\", line %lld\n", val_is_null(name) ? "<string>" : str_cstr(name.as.obj),
                  (long long)lineno);
    val_decref(name);
    Value text = exc_get_attr(exc, "text");
    if (val_is_str_like(text)) {
        int64_t size = as_str(text)->nbytes;
        // Several lines: underline to the end of the first one.
        if (end_lineno > lineno) {
            end_offset = size;
        }
        if (end_offset > size + 1) {
            end_offset = size + 1;
        }
        append_error_text(p->sb, offset, end_offset, as_str(text)->data);
    }
    return val_dup(msg);
}

// --- the last line and the notes --------------------------------------------------------

// "module.Qualname" of an exception class; the module is left out for
// builtins and __main__.
static void append_type_name(ThreadState *ts, StrBuf *sb, Type *t) {
    Value module;
    if (t->flags & TYPE_HEAP) {
        module = obj_getattr_cstr(ts, val_obj(&t->base), "__module__");
        if (val_is_null(module)) {
            exc_clear(ts);
        }
    } else {
        module = val_obj(t->module ? t->module : str_intern_cstr("builtins"));
        obj_incref(module.as.obj);
    }
    if (val_is_null(module) || !val_is_str_like(module)) {
        strbuf_append_cstr(sb, "<unknown>.");
    } else if (!str_eq_cstr(module.as.obj, "builtins") && !str_eq_cstr(module.as.obj, "__main__")) {
        strbuf_append(sb, as_str(module)->data, (size_t)as_str(module)->nbytes);
        strbuf_append_char(sb, '.');
    }
    val_decref(module);
    strbuf_append_cstr(sb, type_qualname(t));
}

// One note: each of its lines behind the margin, then a newline.
static void append_note(Printer *p, Value note) {
    Value s = obj_str(p->ts, note);
    if (val_is_null(s)) {
        exc_clear(p->ts);
        strbuf_append_cstr(p->sb, "<note str() failed>\n");
        return;
    }
    const char *text = as_str(s)->data;
    const char *end = text + as_str(s)->nbytes;
    while (text < end) {
        const char *nl = memchr(text, '\n', (size_t)(end - text));
        const char *stop = nl ? nl + 1 : end;
        append_margin(p);
        strbuf_append(p->sb, text, (size_t)(stop - text));
        text = stop;
    }
    strbuf_append_char(p->sb, '\n');
    val_decref(s);
}

// exc.__notes__, when it has some. Not a sequence: its repr is shown (and,
// as in CPython, no newline follows it).
static void append_notes(Printer *p, Value exc) {
    ThreadState *ts = p->ts;
    Value notes = obj_getattr_cstr(ts, exc, "__notes__");
    if (val_is_null(notes)) {
        exc_clear(ts);
        return;
    }
    if (!val_type(notes)->getitem || val_is_dict_like(notes)) {
        append_margin(p);
        Value r = obj_repr(ts, notes);
        if (val_is_null(r)) {
            exc_clear(ts);
            strbuf_append_cstr(p->sb, "<__notes__ repr() failed>");
        } else {
            strbuf_append(p->sb, as_str(r)->data, (size_t)as_str(r)->nbytes);
            val_decref(r);
        }
        val_decref(notes);
        return;
    }
    int64_t n = obj_len(ts, notes);
    for (int64_t i = 0; i < n; i++) {
        Value note = obj_getitem(ts, notes, val_int(i));
        if (val_is_null(note)) {
            break;
        }
        append_note(p, note);
        val_decref(note);
    }
    exc_clear(ts);
    val_decref(notes);
}

// --- one exception, its chain, its group ----------------------------------------------------

static bool is_group(Value exc) {
    return val_isinstance(exc, &ExcBaseExceptionGroup);
}

// One exception: its traceback, the SyntaxError block, "Type: message",
// the suggestion, and the notes.
static void append_exception(Printer *p, Value exc) {
    ThreadState *ts = p->ts;
    ObjException *e = (ObjException *)exc.as.obj;
    if (e->traceback) {
        append_frames(p, (ObjTraceback *)e->traceback, is_group(exc));
    }
    Value shown = VNULL;
    if (!val_is_null(exc_get_attr(exc, "print_file_and_line"))) {
        shown = append_syntax_error(p, exc);
    }
    if (val_is_null(shown)) {
        shown = val_dup(exc);
    }
    append_margin(p);
    append_type_name(ts, p->sb, val_type(exc));
    if (!val_is_none(shown)) {
        Value s = obj_str(ts, shown);
        if (val_is_null(s)) {
            exc_clear(ts);
            strbuf_append_cstr(p->sb, ": <exception str() failed>");
        } else {
            if (as_str(s)->nbytes > 0) {
                strbuf_append_cstr(p->sb, ": ");
            }
            strbuf_append(p->sb, as_str(s)->data, (size_t)as_str(s)->nbytes);
            val_decref(s);
        }
    }
    val_decref(shown);
    Obj *hint = suggest_for_exception(ts, exc);
    if (hint) {
        strbuf_append(p->sb, str_cstr(hint), (size_t)((ObjStr *)hint)->nbytes);
        obj_decref(hint);
    }
    strbuf_append_char(p->sb, '\n');
    append_notes(p, exc);
}

static bool seen_has(const Seen *seen, Obj *o) {
    for (int i = 0; i < seen->len; i++) {
        if (seen->items[i] == o) {
            return true;
        }
    }
    return false;
}

static void seen_add(Seen *seen, Obj *o) {
    if (seen->len == seen->cap) {
        int cap = seen->cap ? seen->cap * 2 : 8;
        Obj **items = realloc(seen->items, sizeof(Obj *) * (size_t)cap);
        if (!items) {
            return;
        }
        seen->items = items;
        seen->cap = cap;
    }
    seen->items[seen->len++] = o;
}

// How deep chains and groups are followed before giving up quietly (as
// CPython stops at its recursion limit).
#define MAX_NESTING 800
// Groups wider or deeper than this are cut short, as in CPython.
#define MAX_GROUP_WIDTH 15
#define MAX_GROUP_DEPTH 10

static void append_recursive(Printer *p, Value exc, int nesting);

// An exception of the chain, then the sentence that links it to the next.
static void append_chained(Printer *p, Value exc, const char *message, int nesting) {
    bool need_close = p->need_close;
    append_recursive(p, exc, nesting + 1);
    p->need_close = need_close;
    append_margin(p);
    strbuf_append_char(p->sb, '\n');
    append_margin(p);
    strbuf_append_cstr(p->sb, message);
    append_margin(p);
    strbuf_append_char(p->sb, '\n');
}

// The exception an exception came from, printed first: its __cause__, or
// else (unless suppressed) its __context__; each exception once.
static void append_cause_and_context(Printer *p, Value exc, int nesting) {
    seen_add(&p->seen, exc.as.obj);
    ObjException *e = (ObjException *)exc.as.obj;
    if (e->cause) {
        if (!seen_has(&p->seen, e->cause) && val_isinstance(val_obj(e->cause), &ExcBaseException)) {
            append_chained(p, val_obj(e->cause), "The above exception was the direct cause of the following exception:\n",
                           nesting);
        }
    } else if (e->context && !e->suppress_context) {
        if (!seen_has(&p->seen, e->context) && val_isinstance(val_obj(e->context), &ExcBaseException)) {
            append_chained(p, val_obj(e->context), "During handling of the above exception, another exception occurred:\n",
                           nesting);
        }
    }
}

// An exception group: itself, then each member in a numbered box,
// indented one level deeper.
static void append_group(Printer *p, Value exc, int nesting) {
    if (p->group_depth > MAX_GROUP_DEPTH) {
        append_margin(p);
        strbuf_printf(p->sb, "... (max_group_depth is %d)\n", MAX_GROUP_DEPTH);
        return;
    }
    if (p->group_depth == 0) {
        p->group_depth++;
    }
    append_exception(p, exc);
    Value members = exc_get_attr(exc, "exceptions");
    int64_t count = val_is_tuple(members) ? tuple_len(members.as.obj) : 0;
    int64_t shown = count <= MAX_GROUP_WIDTH ? count : MAX_GROUP_WIDTH + 1;
    p->need_close = false;
    for (int64_t i = 0; i < shown; i++) {
        bool last = i == shown - 1;
        if (last) {
            p->need_close = true;   // unless a nested group closes it first
        }
        append_indent(p);
        bool truncated = i >= MAX_GROUP_WIDTH;
        if (truncated) {
            strbuf_printf(p->sb, "%s+---------------- ... ----------------\n", i == 0 ? "+-" : "  ");
        } else {
            strbuf_printf(p->sb, "%s+---------------- %lld ----------------\n", i == 0 ? "+-" : "  ", (long long)i + 1);
        }
        p->group_depth++;
        if (!truncated) {
            Value member = tuple_get(members.as.obj, i);
            if (val_isinstance(member, &ExcBaseException)) {
                append_recursive(p, member, nesting + 1);
            }
        } else {
            int64_t rest = count - MAX_GROUP_WIDTH;
            append_margin(p);
            strbuf_printf(p->sb, "and %lld more exception%s\n", (long long)rest, rest > 1 ? "s" : "");
        }
        if (last && p->need_close) {
            append_indent(p);
            strbuf_append_cstr(p->sb, "+------------------------------------\n");
            p->need_close = false;
        }
        p->group_depth--;
    }
    if (p->group_depth == 1) {
        p->group_depth--;
    }
}

static void append_recursive(Printer *p, Value exc, int nesting) {
    if (nesting > MAX_NESTING) {
        return;
    }
    append_cause_and_context(p, exc, nesting);
    if (is_group(exc)) {
        append_group(p, exc, nesting);
    } else {
        append_exception(p, exc);
    }
}

void traceback_format(ThreadState *ts, StrBuf *sb, Value exc) {
    if (!val_isinstance(exc, &ExcBaseException)) {
        strbuf_printf(sb, "TypeError: print_exception(): Exception expected for value, %s found\n",
                      val_type_name(exc));
        return;
    }
    Value saved = exc_fetch(ts);
    Printer p = {.ts = ts, .sb = sb};
    append_recursive(&p, exc, 0);
    free(p.seen.items);
    exc_clear(ts);
    exc_restore(ts, saved);
}

void traceback_print(ThreadState *ts, Value exc) {
    StrBuf sb;
    strbuf_init(&sb);
    traceback_format(ts, &sb, exc);
    traceback_write_stderr(ts, sb.data ? sb.data : "", sb.len);
    strbuf_free(&sb);
}

// --- exceptions nobody can catch ----------------------------------------------------------

void traceback_print_unraisable(ThreadState *ts, const char *msg, Value obj) {
    Value exc = exc_fetch(ts);
    StrBuf sb;
    strbuf_init(&sb);
    if (!val_is_null(obj) && !val_is_none(obj)) {
        strbuf_printf(&sb, "%s: ", msg);
        Value r = obj_repr(ts, obj);
        if (val_is_null(r)) {
            exc_clear(ts);
            strbuf_append_cstr(&sb, "<object repr() failed>");
        } else {
            strbuf_append(&sb, as_str(r)->data, (size_t)as_str(r)->nbytes);
            val_decref(r);
        }
        strbuf_append_char(&sb, '\n');
    } else {
        strbuf_printf(&sb, "%s:\n", msg);
    }
    // Only the exception itself: no chain, no notes, no suggestion, and
    // ": " even when its message is empty.
    if (!val_is_null(exc) && val_isinstance(exc, &ExcBaseException)) {
        Printer p = {.ts = ts, .sb = &sb};
        ObjException *e = (ObjException *)exc.as.obj;
        if (e->traceback) {
            append_frames(&p, (ObjTraceback *)e->traceback, false);
        }
        append_type_name(ts, &sb, val_type(exc));
        strbuf_append_cstr(&sb, ": ");
        Value s = obj_str(ts, exc);
        if (val_is_null(s)) {
            exc_clear(ts);
            strbuf_append_cstr(&sb, "<exception str() failed>");
        } else {
            strbuf_append(&sb, as_str(s)->data, (size_t)as_str(s)->nbytes);
            val_decref(s);
        }
        strbuf_append_char(&sb, '\n');
    }
    traceback_write_stderr(ts, sb.data, sb.len);
    strbuf_free(&sb);
    val_decref(exc);
}
