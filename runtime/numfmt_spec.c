// numfmt_spec: parsing format specs and applying them to str, int, float.
//
// A formatted number is assembled from parts, left to right:
//
//   [left fill][sign][prefix][inner fill][digits][rest][right fill]
//
// "digits" is the leading run of digits (the integer part of a float; all
// of an int), the only part that grouping separators and "0" padding touch;
// "rest" is whatever follows (".25", "e+10", "%", or all of "inf"). The
// fills come from the width: '<' pads right, '>' left, '^' both (the extra
// one on the right) and '=' between the prefix and the digits.
//
// Zero padding is special: with fill '0' and align '=' (what the "0" flag
// means for numbers) the zeros are not a fill but extra leading digits, so
// they get grouped too: format(1234, "010,") is "00,001,234". The grouping
// walks from the right, a group at a time, and stops once every digit is
// placed and the width is met; a width that ends on a separator gets one
// more zero, so there is never a leading separator ("0,001,234" for 8).
//
// Strings get only the fills. Widths and precisions count code points.
//
// See also: runtime/numfmt_spec.h (contract), runtime/numfmt.c (float text).
#include "runtime/numfmt_spec.h"

#include <limits.h>

#include "runtime/numfmt_parse.h"

// Appends a message to error and returns NUMFMT_VALUE_ERROR.
static NumfmtStatus fail(StrBuf *error, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static NumfmtStatus fail(StrBuf *error, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    strbuf_vprintf(error, fmt, ap);
    va_end(ap);
    return NUMFMT_VALUE_ERROR;
}

// A type code as CPython's messages quote it: the character itself when it
// is printable ASCII, else "\x" and its code in hex.
static void type_code_text(char *buf, size_t size, uint32_t type) {
    if (type > 32 && type < 128) {
        snprintf(buf, size, "%c", (char)type);
    } else {
        snprintf(buf, size, "\\x%x", (unsigned)type);
    }
}

static NumfmtStatus unknown_type(StrBuf *error, uint32_t type, const char *type_name) {
    char code[16];
    type_code_text(code, sizeof code, type);
    return fail(error, "Unknown format code '%s' for object of type '%.200s'", code, type_name);
}

// --- parsing ------------------------------------------------------------------------------

static bool is_align(uint32_t c) {
    return c == '<' || c == '>' || c == '^' || c == '=';
}

// Reads a run of decimal digits (any Unicode decimal digit, as CPython
// accepts) from cps[*i]. *value is -1 when there is none. Returns false
// when the number does not fit in 63 bits.
static bool read_number(const uint32_t *cps, size_t n, size_t *i, int64_t *value) {
    *value = -1;
    int digit;
    while (*i < n && (digit = numfmt_parse_digit_value(cps[*i])) >= 0) {
        if (*value < 0) {
            *value = 0;
        }
        if (*value > (INT64_MAX - digit) / 10) {
            return false;
        }
        *value = *value * 10 + digit;
        (*i)++;
    }
    return true;
}

// Whether a grouping option may go with a type code; '_' is allowed on
// binary, octal and hex (grouping by four) but ',' is not.
static bool grouping_allowed(char grouping, uint32_t type) {
    switch (type) {
    case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
        return true;
    case 'b': case 'o': case 'x': case 'X':
        return grouping == '_';
    default:
        return false;
    }
}

// The message for leftover characters quotes the whole spec, which may
// hold any character (a NUL too), so it is appended byte for byte.
static NumfmtStatus invalid_spec(StrBuf *error, const char *text, size_t len,
                                 const char *type_name) {
    strbuf_append_cstr(error, "Invalid format specifier '");
    strbuf_append(error, text, len);
    strbuf_printf(error, "' for object of type '%.200s'", type_name);
    return NUMFMT_VALUE_ERROR;
}

// Parses the code points cps[0..n) into spec; see numfmt_spec_parse.
static NumfmtStatus parse_code_points(FormatSpec *spec, const uint32_t *cps, size_t n,
                                      char default_align, const char *text, size_t len,
                                      const char *type_name, StrBuf *error) {
    size_t i = 0;
    bool fill_given = false;
    bool align_given = false;
    if (n >= 2 && is_align(cps[1])) {
        spec->fill = cps[0];
        spec->align = (char)cps[1];
        fill_given = align_given = true;
        i = 2;
    } else if (n >= 1 && is_align(cps[0])) {
        spec->align = (char)cps[0];
        align_given = true;
        i = 1;
    }
    if (i < n && (cps[i] == '+' || cps[i] == '-' || cps[i] == ' ')) {
        spec->sign = (char)cps[i++];
    }
    if (i < n && cps[i] == 'z') {
        spec->no_neg_zero = true;
        i++;
    }
    if (i < n && cps[i] == '#') {
        spec->alternate = true;
        i++;
    }
    // The "0" flag: zero fill, which numbers place after the sign.
    if (!fill_given && i < n && cps[i] == '0') {
        spec->fill = '0';
        if (!align_given && default_align == '>') {
            spec->align = '=';
        }
        i++;
    }
    if (!read_number(cps, n, &i, &spec->width)) {
        return fail(error, "Too many decimal digits in format string");
    }
    if (i < n && cps[i] == ',') {
        spec->grouping = ',';
        i++;
    }
    if (i < n && cps[i] == '_') {
        if (spec->grouping) {
            return fail(error, "Cannot specify both ',' and '_'.");
        }
        spec->grouping = '_';
        i++;
    }
    if (i < n && cps[i] == ',' && spec->grouping == '_') {
        return fail(error, "Cannot specify both ',' and '_'.");
    }
    if (i < n && cps[i] == '.') {
        i++;
        if (!read_number(cps, n, &i, &spec->precision)) {
            return fail(error, "Too many decimal digits in format string");
        }
        if (spec->precision < 0) {
            return fail(error, "Format specifier missing precision");
        }
    }
    if (n - i > 1) {
        return invalid_spec(error, text, len, type_name);
    }
    if (n - i == 1) {
        spec->type = cps[i];
    }
    if (spec->grouping && !grouping_allowed(spec->grouping, spec->type)) {
        char code[16];
        type_code_text(code, sizeof code, spec->type);
        return fail(error, "Cannot specify '%c' with '%s'.", spec->grouping, code);
    }
    return NUMFMT_OK;
}

NumfmtStatus numfmt_spec_parse(FormatSpec *spec, const char *text, size_t len,
                               FormatTarget target, const char *type_name, StrBuf *error) {
    char default_align = target == FORMAT_STR ? '<' : '>';
    spec->fill = ' ';
    spec->align = default_align;
    spec->sign = 0;
    spec->no_neg_zero = false;
    spec->alternate = false;
    spec->grouping = 0;
    spec->width = -1;
    spec->precision = -1;
    spec->type = target == FORMAT_STR ? 's' : target == FORMAT_INT ? 'd' : 0;

    // Work on code points: the fill may be any character, and a non-ASCII
    // type code is reported by its number. A spec comes from a str, so it is
    // valid UTF-8; a stray byte is taken as a code point of its own.
    uint32_t small[64];
    uint32_t *cps = len <= 64 ? small : malloc(len * sizeof *cps);
    if (!cps) {
        cs_fatal("out of memory parsing a format spec of %zu bytes", len);
    }
    size_t n = 0;
    size_t pos = 0;
    while (pos < len) {
        if (!numfmt_parse_utf8_next(text, len, &pos, &cps[n])) {
            cps[n] = (unsigned char)text[pos++];
        }
        n++;
    }
    NumfmtStatus status = parse_code_points(spec, cps, n, default_align, text, len, type_name,
                                            error);
    if (cps != small) {
        free(cps);
    }
    return status;
}

// --- writing ------------------------------------------------------------------------------

// Appends `count` copies of the code point cp.
static void fill(StrBuf *out, uint32_t cp, int64_t count) {
    if (count <= 0) {
        return;
    }
    if (cp < 0x80) {
        strbuf_fill(out, (char)cp, (size_t)count);
        return;
    }
    StrBuf one;
    strbuf_init(&one);
    strbuf_append_codepoint(&one, cp);
    strbuf_reserve(out, one.len * (size_t)count);
    for (int64_t i = 0; i < count; i++) {
        strbuf_append(out, one.data, one.len);
    }
    strbuf_free(&one);
}

// True when padding to the spec's width could pass NUMFMT_MAX_LEN bytes.
static bool too_wide(const FormatSpec *spec) {
    uint32_t cp = spec->fill;
    int64_t fill_bytes = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    return spec->width > NUMFMT_MAX_LEN / fill_bytes;
}

// Splits `pad` fill characters into left and right amounts for an
// alignment; '=' (inner) padding is handled by the number writer.
static void split_padding(char align, int64_t pad, int64_t *left, int64_t *right) {
    *left = 0;
    *right = 0;
    if (pad <= 0) {
        return;
    }
    switch (align) {
    case '<': *right = pad; break;
    case '^': *left = pad / 2; *right = pad - pad / 2; break;
    case '=': break;
    default: *left = pad; break;
    }
}

// The pieces of a formatted number; see the top of the file.
typedef struct NumberParts {
    char sign;            // the sign to print, or 0
    const char *prefix;   // "0x" and the like, or ""
    const char *digits;   // the run that grouping and zero padding apply to
    size_t n_digits;      // its length in bytes
    size_t digit_chars;   // its length in code points (not n_digits only for 'c')
    const char *rest;     // what follows the digits, ASCII
    size_t n_rest;
} NumberParts;

// Appends the digit run with separators every `group` digits (0: none),
// padded with leading zeros to at least min_width characters. Returns the
// number of characters written.
static int64_t write_grouped(StrBuf *out, const NumberParts *p, int64_t min_width, int group,
                             char separator) {
    if (p->n_digits == 0) {
        return 0;
    }
    if (group == 0) {
        int64_t zero_count = min_width - (int64_t)p->digit_chars;
        fill(out, '0', zero_count);
        strbuf_append(out, p->digits, p->n_digits);
        return (zero_count > 0 ? zero_count : 0) + (int64_t)p->digit_chars;
    }
    // Build from the right, reversed, then flip.
    StrBuf rev;
    strbuf_init(&rev);
    int64_t remaining = (int64_t)p->n_digits;
    int64_t need = min_width;
    for (bool first = true;; first = false) {
        int64_t want = remaining > need ? remaining : need;
        int64_t len = want < group ? (want > 1 ? want : 1) : group;
        int64_t taken = remaining < len ? remaining : len;
        if (!first) {
            strbuf_append_char(&rev, separator);
        }
        for (int64_t k = 0; k < taken; k++) {
            strbuf_append_char(&rev, p->digits[remaining - 1 - k]);
        }
        fill(&rev, '0', len - taken);
        remaining -= taken;
        need -= len;
        if (remaining == 0 && need <= 0) {
            break;
        }
        need -= 1;   // the separator the next group brings
    }
    for (size_t a = 0, b = rev.len - 1; a < b; a++, b--) {
        char c = rev.data[a];
        rev.data[a] = rev.data[b];
        rev.data[b] = c;
    }
    strbuf_append(out, rev.data, rev.len);
    int64_t written = (int64_t)rev.len;
    strbuf_free(&rev);
    return written;
}

static void write_number(StrBuf *out, const FormatSpec *spec, const NumberParts *p, int group,
                         char separator) {
    int64_t prefix_len = (int64_t)strlen(p->prefix);
    int64_t fixed = (p->sign ? 1 : 0) + prefix_len + (int64_t)p->n_rest;
    int64_t min_digits = (spec->fill == '0' && spec->align == '=') ? spec->width - fixed : 0;
    StrBuf digits;
    strbuf_init(&digits);
    int64_t digit_width = write_grouped(&digits, p, min_digits, group, separator);
    int64_t pad = spec->width - (fixed + digit_width);
    int64_t left, right;
    split_padding(spec->align, pad, &left, &right);
    fill(out, spec->fill, left);
    if (p->sign) {
        strbuf_append_char(out, p->sign);
    }
    strbuf_append(out, p->prefix, (size_t)prefix_len);
    if (spec->align == '=') {
        fill(out, spec->fill, pad);
    }
    if (digits.len > 0) {
        strbuf_append(out, digits.data, digits.len);
    }
    strbuf_append(out, p->rest, p->n_rest);
    fill(out, spec->fill, right);
    strbuf_free(&digits);
}

// The sign character for a number: '-' for negatives, else what the spec asks.
static char sign_for(const FormatSpec *spec, bool negative) {
    if (negative) {
        return '-';
    }
    return spec->sign == '+' || spec->sign == ' ' ? spec->sign : 0;
}

// --- str ----------------------------------------------------------------------------------

// Byte offset of code point number `index` in UTF-8 s[0..len).
static size_t utf8_offset(const char *s, size_t len, size_t index) {
    size_t pos = 0;
    for (size_t i = 0; i < index && pos < len; i++) {
        pos++;
        while (pos < len && ((unsigned char)s[pos] & 0xc0) == 0x80) {
            pos++;
        }
    }
    return pos;
}

NumfmtStatus numfmt_spec_format_str(StrBuf *out, const FormatSpec *spec, const char *s,
                                    size_t len, size_t n_chars, const char *type_name,
                                    StrBuf *error) {
    if (spec->type != 's') {
        return unknown_type(error, spec->type, type_name);
    }
    if (spec->sign == ' ') {
        return fail(error, "Space not allowed in string format specifier");
    }
    if (spec->sign) {
        return fail(error, "Sign not allowed in string format specifier");
    }
    if (spec->no_neg_zero) {
        return fail(error, "Negative zero coercion (z) not allowed in string format specifier");
    }
    if (spec->alternate) {
        return fail(error, "Alternate form (#) not allowed in string format specifier");
    }
    if (spec->align == '=') {
        return fail(error, "'=' alignment not allowed in string format specifier");
    }
    if (too_wide(spec)) {
        return NUMFMT_MEMORY_ERROR;
    }
    if (spec->precision >= 0 && (uint64_t)spec->precision < n_chars) {
        n_chars = (size_t)spec->precision;
        len = utf8_offset(s, len, n_chars);
    }
    int64_t left, right;
    split_padding(spec->align, spec->width - (int64_t)n_chars, &left, &right);
    fill(out, spec->fill, left);
    strbuf_append(out, s, len);
    fill(out, spec->fill, right);
    return NUMFMT_OK;
}

// --- int ----------------------------------------------------------------------------------

IntFormatPlan numfmt_spec_int_plan(const FormatSpec *spec, const char *type_name, int *base,
                                   StrBuf *error) {
    switch (spec->type) {
    case 'b': *base = 2; break;
    case 'o': *base = 8; break;
    case 'x': case 'X': *base = 16; break;
    case 'c': case 'd': case 'n': *base = 10; break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
        return INT_PLAN_FLOAT;
    default:
        unknown_type(error, spec->type, type_name);
        return INT_PLAN_ERROR;
    }
    if (spec->precision >= 0) {
        fail(error, "Precision not allowed in integer format specifier");
        return INT_PLAN_ERROR;
    }
    if (spec->no_neg_zero) {
        fail(error, "Negative zero coercion (z) not allowed in integer format specifier");
        return INT_PLAN_ERROR;
    }
    if (spec->type == 'c') {
        if (spec->sign) {
            fail(error, "Sign not allowed with integer format specifier 'c'");
            return INT_PLAN_ERROR;
        }
        if (spec->alternate) {
            fail(error, "Alternate form (#) not allowed with integer format specifier 'c'");
            return INT_PLAN_ERROR;
        }
        return INT_PLAN_CHAR;
    }
    return INT_PLAN_DIGITS;
}

// The separator and group size for a grouping option and type; '_' groups
// binary, octal and hex digits by four.
static int group_size(const FormatSpec *spec, char *separator) {
    *separator = spec->grouping;
    if (!spec->grouping) {
        return 0;
    }
    bool by_four = spec->type == 'b' || spec->type == 'o' || spec->type == 'x' || spec->type == 'X';
    return by_four ? 4 : 3;
}

NumfmtStatus numfmt_spec_format_int(StrBuf *out, const FormatSpec *spec, bool negative,
                                    const char *digits, size_t n_digits) {
    if (too_wide(spec)) {
        return NUMFMT_MEMORY_ERROR;
    }
    const char *prefix = "";
    if (spec->alternate) {
        switch (spec->type) {
        case 'b': prefix = "0b"; break;
        case 'o': prefix = "0o"; break;
        case 'x': prefix = "0x"; break;
        case 'X': prefix = "0X"; break;
        default: break;
        }
    }
    // Hex digits in the case the type asks for.
    char *cased = NULL;
    if (spec->type == 'x' || spec->type == 'X') {
        cased = malloc(n_digits + 1);
        if (!cased) {
            cs_fatal("out of memory formatting an int of %zu digits", n_digits);
        }
        for (size_t i = 0; i < n_digits; i++) {
            char c = digits[i];
            if (spec->type == 'X' && c >= 'a' && c <= 'f') {
                c = (char)(c - 'a' + 'A');
            } else if (spec->type == 'x' && c >= 'A' && c <= 'F') {
                c = (char)(c - 'A' + 'a');
            }
            cased[i] = c;
        }
        digits = cased;
    }
    NumberParts parts = {
        .sign = sign_for(spec, negative),
        .prefix = prefix,
        .digits = digits,
        .n_digits = n_digits,
        .digit_chars = n_digits,
        .rest = "",
        .n_rest = 0,
    };
    char separator;
    int group = group_size(spec, &separator);
    write_number(out, spec, &parts, group, separator);
    free(cased);
    return NUMFMT_OK;
}

NumfmtStatus numfmt_spec_format_char(StrBuf *out, const FormatSpec *spec, uint32_t cp) {
    if (too_wide(spec)) {
        return NUMFMT_MEMORY_ERROR;
    }
    StrBuf one;
    strbuf_init(&one);
    strbuf_append_codepoint(&one, cp);
    NumberParts parts = {
        .sign = 0,
        .prefix = "",
        .digits = one.data,
        .n_digits = one.len,
        .digit_chars = 1,
        .rest = "",
        .n_rest = 0,
    };
    write_number(out, spec, &parts, 0, 0);
    strbuf_free(&one);
    return NUMFMT_OK;
}

// --- float --------------------------------------------------------------------------------

NumfmtStatus numfmt_spec_format_float(StrBuf *out, const FormatSpec *spec, double x,
                                      const char *type_name, StrBuf *error) {
    char type;
    switch (spec->type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        type = (char)spec->type;
        break;
    default:
        return unknown_type(error, spec->type, type_name);
    }
    if (spec->precision > INT_MAX) {
        return fail(error, "precision too big");
    }
    if (too_wide(spec)) {
        return NUMFMT_MEMORY_ERROR;
    }
    unsigned flags = (spec->alternate ? NUMFMT_ALT : 0) | (spec->no_neg_zero ? NUMFMT_NO_NEG_0 : 0);
    int64_t precision = spec->precision;
    bool percent = false;
    if (type == 0) {
        // No type: repr when there is no precision, else 'g' that always
        // shows a digit after the point.
        flags |= NUMFMT_ADD_DOT_0;
        type = precision < 0 ? 'r' : 'g';
    } else if (type == 'n') {
        // 'n' is 'g' with the locale's separators; ours is the C locale's.
        type = 'g';
    } else if (type == '%') {
        type = 'f';
        x *= 100;
        percent = true;
    }
    if (precision < 0) {
        precision = 6;
    }
    StrBuf text;
    strbuf_init(&text);
    NumfmtStatus status = numfmt_float_to_string(&text, x, type, precision, flags);
    if (status != NUMFMT_OK) {
        strbuf_free(&text);
        return status;
    }
    if (percent) {
        strbuf_append_char(&text, '%');
    }
    const char *body = text.data;
    bool negative = body[0] == '-';
    if (negative) {
        body++;
    }
    size_t n_digits = 0;
    while (body[n_digits] >= '0' && body[n_digits] <= '9') {
        n_digits++;
    }
    NumberParts parts = {
        .sign = sign_for(spec, negative),
        .prefix = "",
        .digits = body,
        .n_digits = n_digits,
        .digit_chars = n_digits,
        .rest = body + n_digits,
        .n_rest = strlen(body + n_digits),
    };
    char separator;
    int group = group_size(spec, &separator);
    write_number(out, spec, &parts, group, separator);
    strbuf_free(&text);
    return NUMFMT_OK;
}
