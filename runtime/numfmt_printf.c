// numfmt_printf: one `%` conversion, parsed and formatted as CPython 3.11.
//
// Every conversion ends in the same padding step. A number is split into
// sign, prefix ("0x" for "%#x") and body; then, for the width:
//   '-' flag:         sign prefix body spaces
//   '0' flag:         sign prefix zeros body
//   neither:          spaces sign prefix body
// The sign is '-' for negatives, else '+' or ' ' when the flags ask. A
// str has no sign or prefix and is padded with spaces only ('0' is
// ignored for it, as in CPython).
//
// See also: runtime/numfmt_printf.h (contract), runtime/numfmt.c (digits).
#include "runtime/numfmt_printf.h"

#include <limits.h>

#include "runtime/numfmt_parse.h"

// Appends message to error and returns NUMFMT_VALUE_ERROR.
static NumfmtStatus fail(StrBuf *error, const char *message) {
    strbuf_append_cstr(error, message);
    return NUMFMT_VALUE_ERROR;
}

// Reads the next code point (a stray byte stands for itself).
static bool next(const char *text, size_t len, size_t *pos, uint32_t *ch) {
    if (*pos >= len) {
        return false;
    }
    if (!numfmt_parse_utf8_next(text, len, pos, ch)) {
        *ch = (unsigned char)text[(*pos)++];
    }
    return true;
}

static bool is_digit(uint32_t ch) {
    return ch >= '0' && ch <= '9';
}

NumfmtStatus numfmt_printf_parse(PrintfSpec *spec, const char *text, size_t len, size_t *pos,
                                 StrBuf *error) {
    *spec = (PrintfSpec){.width = -1, .precision = -1};
    size_t p = *pos;
    uint32_t ch;
    if (!next(text, len, &p, &ch)) {
        return fail(error, "incomplete format");
    }
    for (;; ) {
        switch (ch) {
        case '-': spec->left = true; break;
        case '+': spec->plus = true; break;
        case ' ': spec->space = true; break;
        case '#': spec->alternate = true; break;
        case '0': spec->zero = true; break;
        default: goto flags_done;
        }
        if (!next(text, len, &p, &ch)) {
            return fail(error, "incomplete format");
        }
    }
flags_done:
    if (ch == '*') {
        spec->width_star = true;
        if (!next(text, len, &p, &ch)) {
            return fail(error, "incomplete format");
        }
    } else if (is_digit(ch)) {
        spec->width = 0;
        do {
            int digit = (int)(ch - '0');
            if (spec->width > (INT64_MAX - digit) / 10) {
                return fail(error, "width too big");
            }
            spec->width = spec->width * 10 + digit;
            if (!next(text, len, &p, &ch)) {
                return fail(error, "incomplete format");
            }
        } while (is_digit(ch));
    }
    if (ch == '.') {
        spec->precision = 0;
        if (!next(text, len, &p, &ch)) {
            return fail(error, "incomplete format");
        }
        if (ch == '*') {
            spec->precision_star = true;
            if (!next(text, len, &p, &ch)) {
                return fail(error, "incomplete format");
            }
        } else {
            while (is_digit(ch)) {
                int digit = (int)(ch - '0');
                if (spec->precision > (INT_MAX - digit) / 10) {
                    return fail(error, "precision too big");
                }
                spec->precision = spec->precision * 10 + digit;
                if (!next(text, len, &p, &ch)) {
                    return fail(error, "incomplete format");
                }
            }
        }
    }
    // One length modifier is accepted and ignored, as in "%ld".
    if (ch == 'h' || ch == 'l' || ch == 'L') {
        if (!next(text, len, &p, &ch)) {
            return fail(error, "incomplete format");
        }
    }
    spec->conversion = ch;
    *pos = p;
    return NUMFMT_OK;
}

// Appends `count` copies of c.
static void pad(StrBuf *out, char c, int64_t count) {
    if (count > 0) {
        strbuf_fill(out, c, (size_t)count);
    }
}

// The padding step shared by every conversion; see the top of the file.
// body_chars is the body's length in code points.
static void write_padded(StrBuf *out, const PrintfSpec *spec, char sign, const char *prefix,
                         const char *body, size_t body_len, size_t body_chars, bool zero_fill) {
    int64_t prefix_len = (int64_t)strlen(prefix);
    int64_t width = (sign ? 1 : 0) + prefix_len + (int64_t)body_chars;
    int64_t padding = spec->width - width;
    if (!spec->left && !zero_fill) {
        pad(out, ' ', padding);
    }
    if (sign) {
        strbuf_append_char(out, sign);
    }
    strbuf_append(out, prefix, (size_t)prefix_len);
    if (!spec->left && zero_fill) {
        pad(out, '0', padding);
    }
    if (body_len > 0) {
        strbuf_append(out, body, body_len);
    }
    if (spec->left) {
        pad(out, ' ', padding);
    }
}

static char sign_for(const PrintfSpec *spec, bool negative) {
    return negative ? '-' : spec->plus ? '+' : spec->space ? ' ' : 0;
}

NumfmtStatus numfmt_printf_float(StrBuf *out, const PrintfSpec *spec, double x) {
    if (spec->width > NUMFMT_MAX_LEN) {
        return NUMFMT_MEMORY_ERROR;
    }
    char type = (char)spec->conversion;
    int64_t precision = spec->precision < 0 ? 6 : spec->precision;
    StrBuf text;
    strbuf_init(&text);
    NumfmtStatus status = numfmt_float_to_string(&text, x, type, precision,
                                                 spec->alternate ? NUMFMT_ALT : 0);
    if (status == NUMFMT_OK) {
        bool negative = text.data[0] == '-';
        const char *body = text.data + negative;
        size_t body_len = text.len - negative;
        write_padded(out, spec, sign_for(spec, negative), "", body, body_len, body_len,
                     spec->zero);
    }
    strbuf_free(&text);
    return status;
}

int numfmt_printf_base(uint32_t conversion) {
    switch (conversion) {
    case 'd': case 'i': case 'u': return 10;
    case 'o': return 8;
    case 'x': case 'X': return 16;
    default: return -1;
    }
}

NumfmtStatus numfmt_printf_int(StrBuf *out, const PrintfSpec *spec, bool negative,
                               const char *digits, size_t n_digits) {
    if (spec->width > NUMFMT_MAX_LEN || spec->precision > NUMFMT_MAX_LEN) {
        return NUMFMT_MEMORY_ERROR;
    }
    const char *prefix = "";
    if (spec->alternate) {
        prefix = spec->conversion == 'o' ? "0o" : spec->conversion == 'x' ? "0x"
                 : spec->conversion == 'X' ? "0X" : "";
    }
    // The precision is a minimum number of digits.
    StrBuf body;
    strbuf_init(&body);
    pad(&body, '0', spec->precision - (int64_t)n_digits);
    for (size_t i = 0; i < n_digits; i++) {
        char c = digits[i];
        if (spec->conversion == 'X' && c >= 'a' && c <= 'z') {
            c = (char)(c - 'a' + 'A');
        } else if (spec->conversion != 'X' && c >= 'A' && c <= 'Z') {
            c = (char)(c - 'A' + 'a');
        }
        strbuf_append_char(&body, c);
    }
    write_padded(out, spec, sign_for(spec, negative), prefix, body.data, body.len, body.len,
                 spec->zero);
    strbuf_free(&body);
    return NUMFMT_OK;
}

NumfmtStatus numfmt_printf_str(StrBuf *out, const PrintfSpec *spec, const char *s, size_t len,
                               size_t n_chars) {
    if (spec->width > NUMFMT_MAX_LEN) {
        return NUMFMT_MEMORY_ERROR;
    }
    uint32_t c = spec->conversion;
    bool truncates = c == 's' || c == 'r' || c == 'a';
    if (truncates && spec->precision >= 0 && (uint64_t)spec->precision < n_chars) {
        // Cut after `precision` code points.
        size_t pos = 0;
        for (int64_t i = 0; i < spec->precision; i++) {
            pos++;
            while (pos < len && ((unsigned char)s[pos] & 0xc0) == 0x80) {
                pos++;
            }
        }
        len = pos;
        n_chars = (size_t)spec->precision;
    }
    write_padded(out, spec, 0, "", s, len, n_chars, false);
    return NUMFMT_OK;
}
