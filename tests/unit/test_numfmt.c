// Unit test for runtime/numfmt*.c, driven by vectors that CPython computed.
//
// Reads one case per line from stdin (tests/unit/numfmt_vectors.py writes
// them): tab-separated fields, the command first and the expected answer
// last. Fields escape backslash, tab, newline and control bytes as \\ \t \n
// \xHH; everything else is raw UTF-8. The answer is "=" and the text, or
// "!" and "Type: message" for an error. Floats travel as Python's
// float.hex() ("0x1.8p+1", "-inf", "nan"), which strtod reads back exactly.
//
//   repr    <float>                      repr(x)
//   format  <float> <spec>               format(x, spec)
//   iformat <decimal int> <spec>         format(n, spec)
//   sformat <str> <spec>                 format(s, spec)
//   pctf    <%spec> <float>              spec % x        (e E f F g G)
//   pcti    <%spec> <decimal int>        spec % n        (d i u o x X)
//   pcts    <%spec> <str>                spec % s        (s r a c)
//   round   <float> <ndigits>            round(x, ndigits), answered as a float
//   parse   <str>                        float(s), answered as a float
//   digit   <code point>                 unicodedata.decimal(chr(cp), -1)
//   space   <code point>                 chr(cp).isspace()
//
// Each failure prints the line, what we got and what CPython said. The last
// line is "N passed, M failed"; the exit status is 1 when anything failed.
//
// See also: tests/unit/numfmt_check.sh (builds and runs this).
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <math.h>

#include "runtime/numfmt.h"
#include "runtime/numfmt_parse.h"
#include "runtime/numfmt_printf.h"
#include "runtime/numfmt_spec.h"

// common.h declares this for the interpreter; the test links without it.
void cs_fatal_at(const char *file, int line, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "%s:%d: fatal: ", file, line);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(2);
}

#define MAX_FIELDS 4

// One unescaped field: bytes (may hold NULs) and their length.
typedef struct Field {
    char *data;
    size_t len;
} Field;

static int hex_value(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

// Unescapes s[0..n) in place (the result is never longer) and NUL-terminates.
static size_t unescape(char *s, size_t n) {
    size_t out = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] != '\\' || i + 1 >= n) {
            s[out++] = s[i];
            continue;
        }
        char c = s[++i];
        if (c == 't') {
            s[out++] = '\t';
        } else if (c == 'n') {
            s[out++] = '\n';
        } else if (c == 'x' && i + 2 < n) {
            s[out++] = (char)(hex_value(s[i + 1]) * 16 + hex_value(s[i + 2]));
            i += 2;
        } else {
            s[out++] = c;
        }
    }
    s[out] = '\0';
    return out;
}

// Number of code points in UTF-8 s[0..len).
static size_t count_chars(const char *s, size_t len) {
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        n += ((unsigned char)s[i] & 0xc0) != 0x80;
    }
    return n;
}

// Writes an error answer ("!Type: message") into got, replacing anything there.
static void error_answer(StrBuf *got, const char *type, const char *message, size_t len) {
    got->len = 0;
    strbuf_printf(got, "!%s: ", type);
    strbuf_append(got, message, len);
}

// Turns an error status from the library into the answer; false for NUMFMT_OK.
static bool status_answer(StrBuf *got, NumfmtStatus status, const StrBuf *error) {
    if (status == NUMFMT_VALUE_ERROR) {
        error_answer(got, "ValueError", error->data ? error->data : "", error->len);
        return true;
    }
    if (status == NUMFMT_MEMORY_ERROR) {
        error_answer(got, "MemoryError", "", 0);
        return true;
    }
    return false;
}

static void text_error(StrBuf *got, const char *type, const char *message) {
    error_answer(got, type, message, strlen(message));
}

static void float_answer(StrBuf *got, double x) {
    // Compared by value (bits), so any exact spelling will do.
    if (isnan(x)) {
        strbuf_append_cstr(got, "=nan");
    } else {
        strbuf_printf(got, "=%a", x);
    }
}

// Converts the decimal digits of a non-negative integer to another base by
// repeated division, writing lower-case digits to out.
static void decimal_to_base(const char *decimal, int base, StrBuf *out) {
    size_t n = strlen(decimal);
    char *num = strdup(decimal);
    StrBuf rev;
    strbuf_init(&rev);
    size_t start = 0;
    do {
        int remainder = 0;
        for (size_t i = start; i < n; i++) {
            int cur = remainder * 10 + (num[i] - '0');
            num[i] = (char)('0' + cur / base);
            remainder = cur % base;
        }
        strbuf_append_char(&rev, "0123456789abcdef"[remainder]);
        while (start < n && num[start] == '0') {
            start++;
        }
    } while (start < n);
    for (size_t i = rev.len; i > 0; i--) {
        strbuf_append_char(out, rev.data[i - 1]);
    }
    strbuf_free(&rev);
    free(num);
}

static void run_format_float(StrBuf *got, double x, const Field *spec_text) {
    FormatSpec spec;
    StrBuf error;
    strbuf_init(&error);
    NumfmtStatus status = numfmt_spec_parse(&spec, spec_text->data, spec_text->len,
                                            FORMAT_FLOAT, "float", &error);
    if (status == NUMFMT_OK) {
        strbuf_append_char(got, '=');
        status = numfmt_spec_format_float(got, &spec, x, "float", &error);
    }
    status_answer(got, status, &error);
    strbuf_free(&error);
}

// The int part of format(n, spec) once the spec has parsed.
static NumfmtStatus format_int_value(StrBuf *got, const FormatSpec *spec, const char *decimal,
                                     const Field *spec_text, StrBuf *error) {
    bool negative = decimal[0] == '-';
    int base = 10;
    switch (numfmt_spec_int_plan(spec, "int", &base, error)) {
    case INT_PLAN_ERROR:
        return NUMFMT_VALUE_ERROR;
    case INT_PLAN_FLOAT: {
        // strtod rounds half-even, as Python's int-to-float conversion does.
        double x = strtod(decimal, NULL);
        if (isinf(x)) {
            text_error(got, "OverflowError", "int too large to convert to float");
        } else {
            run_format_float(got, x, spec_text);
        }
        return NUMFMT_OK;
    }
    case INT_PLAN_CHAR: {
        errno = 0;
        long long value = strtoll(decimal, NULL, 10);
        if (errno == ERANGE) {
            text_error(got, "OverflowError", "Python int too large to convert to C long");
            return NUMFMT_OK;
        }
        if (value < 0 || value > 0x10ffff) {
            text_error(got, "OverflowError", "%c arg not in range(0x110000)");
            return NUMFMT_OK;
        }
        strbuf_append_char(got, '=');
        return numfmt_spec_format_char(got, spec, (uint32_t)value);
    }
    case INT_PLAN_DIGITS:
        break;
    }
    StrBuf digits;
    strbuf_init(&digits);
    decimal_to_base(decimal + negative, base, &digits);
    strbuf_append_char(got, '=');
    NumfmtStatus status = numfmt_spec_format_int(got, spec, negative, digits.data, digits.len);
    strbuf_free(&digits);
    return status;
}

static void run_format_int(StrBuf *got, const char *decimal, const Field *spec_text) {
    FormatSpec spec;
    StrBuf error;
    strbuf_init(&error);
    NumfmtStatus status = numfmt_spec_parse(&spec, spec_text->data, spec_text->len,
                                            FORMAT_INT, "int", &error);
    if (status == NUMFMT_OK) {
        status = format_int_value(got, &spec, decimal, spec_text, &error);
    }
    status_answer(got, status, &error);
    strbuf_free(&error);
}

static void run_format_str(StrBuf *got, const Field *s, const Field *spec_text) {
    FormatSpec spec;
    StrBuf error;
    strbuf_init(&error);
    NumfmtStatus status = numfmt_spec_parse(&spec, spec_text->data, spec_text->len, FORMAT_STR,
                                            "str", &error);
    if (status == NUMFMT_OK) {
        strbuf_append_char(got, '=');
        status = numfmt_spec_format_str(got, &spec, s->data, s->len,
                                        count_chars(s->data, s->len), "str", &error);
    }
    status_answer(got, status, &error);
    strbuf_free(&error);
}

// spec % value for the pct* commands; kind is 'f', 'i' or 's'.
static void run_percent(StrBuf *got, char kind, const Field *spec_text, const Field *value) {
    PrintfSpec spec;
    StrBuf error;
    strbuf_init(&error);
    size_t pos = 1;   // after the '%'
    NumfmtStatus status = numfmt_printf_parse(&spec, spec_text->data, spec_text->len, &pos,
                                              &error);
    if (status == NUMFMT_OK) {
        strbuf_append_char(got, '=');
        if (kind == 'f') {
            status = numfmt_printf_float(got, &spec, strtod(value->data, NULL));
        } else if (kind == 'i') {
            bool negative = value->data[0] == '-';
            StrBuf digits;
            strbuf_init(&digits);
            decimal_to_base(value->data + negative, numfmt_printf_base(spec.conversion),
                            &digits);
            status = numfmt_printf_int(got, &spec, negative, digits.data, digits.len);
            strbuf_free(&digits);
        } else {
            status = numfmt_printf_str(got, &spec, value->data, value->len,
                                       count_chars(value->data, value->len));
        }
    }
    status_answer(got, status, &error);
    strbuf_free(&error);
}

// Runs one case; fills got with our answer. Returns false for a malformed line.
static bool run_case(Field *f, int n_fields, StrBuf *got) {
    const char *cmd = f[0].data;
    int args = n_fields - 2;   // fields between the command and the answer
    if (strcmp(cmd, "repr") == 0 && args == 1) {
        strbuf_append_char(got, '=');
        numfmt_float_repr_to(got, strtod(f[1].data, NULL));
    } else if (strcmp(cmd, "format") == 0 && args == 2) {
        run_format_float(got, strtod(f[1].data, NULL), &f[2]);
    } else if (strcmp(cmd, "iformat") == 0 && args == 2) {
        run_format_int(got, f[1].data, &f[2]);
    } else if (strcmp(cmd, "sformat") == 0 && args == 2) {
        run_format_str(got, &f[1], &f[2]);
    } else if (strncmp(cmd, "pct", 3) == 0 && strlen(cmd) == 4 && args == 2) {
        run_percent(got, cmd[3], &f[1], &f[2]);
    } else if (strcmp(cmd, "round") == 0 && args == 2) {
        double out;
        if (numfmt_round_double(strtod(f[1].data, NULL), strtoll(f[2].data, NULL, 10), &out)) {
            float_answer(got, out);
        } else {
            text_error(got, "OverflowError", "rounded value too large to represent");
        }
    } else if (strcmp(cmd, "parse") == 0 && args == 1) {
        double out;
        if (numfmt_parse_float(f[1].data, f[1].len, &out)) {
            float_answer(got, out);
        } else {
            text_error(got, "ValueError", "");
        }
    } else if (strcmp(cmd, "digit") == 0 && args == 1) {
        strbuf_printf(got, "=%d", numfmt_parse_digit_value((uint32_t)strtoul(f[1].data, NULL, 10)));
    } else if (strcmp(cmd, "space") == 0 && args == 1) {
        strbuf_printf(got, "=%d", numfmt_parse_is_space((uint32_t)strtoul(f[1].data, NULL, 10)));
    } else {
        return false;
    }
    return true;
}

// Whether our answer matches CPython's. Float answers compare by value.
static bool same_answer(const char *cmd, const StrBuf *got, const Field *expected) {
    bool float_result = strcmp(cmd, "round") == 0 || strcmp(cmd, "parse") == 0;
    if (float_result && got->data[0] == '=' && expected->data[0] == '=') {
        double a = strtod(got->data + 1, NULL);
        double b = strtod(expected->data + 1, NULL);
        if (isnan(a) || isnan(b)) {
            return isnan(a) && isnan(b);
        }
        return memcmp(&a, &b, sizeof a) == 0;
    }
    if (float_result && strcmp(cmd, "parse") == 0 && got->data[0] == '!') {
        return expected->data[0] == '!';
    }
    return got->len == expected->len && memcmp(got->data, expected->data, got->len) == 0;
}

// Prints s[0..len) with the escapes the vector file uses.
static void print_escaped(const char *s, size_t len) {
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\\') {
            fputs("\\\\", stdout);
        } else if (c == '\t') {
            fputs("\\t", stdout);
        } else if (c == '\n') {
            fputs("\\n", stdout);
        } else if (c < 0x20 || c == 0x7f) {
            printf("\\x%02x", c);
        } else {
            putchar(c);
        }
    }
}

int main(void) {
    long passed = 0;
    long failed = 0;
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    long line_no = 0;
    while ((n = getline(&line, &cap, stdin)) > 0) {
        line_no++;
        if (line[n - 1] == '\n') {
            line[--n] = '\0';
        }
        if (n == 0) {
            continue;
        }
        char *copy = strdup(line);
        Field f[MAX_FIELDS + 1];
        int n_fields = 0;
        char *start = line;
        for (char *p = line;; p++) {
            if (*p == '\t' || *p == '\0') {
                bool end = *p == '\0';
                if (n_fields <= MAX_FIELDS) {
                    f[n_fields].data = start;
                    f[n_fields].len = unescape(start, (size_t)(p - start));
                }
                n_fields++;
                if (end) {
                    break;
                }
                start = p + 1;
            }
        }
        StrBuf got;
        strbuf_init(&got);
        strbuf_reserve(&got, 0);
        if (n_fields < 2 || n_fields > MAX_FIELDS || !run_case(f, n_fields, &got)) {
            printf("line %ld: malformed case: %s\n", line_no, copy);
            failed++;
        } else if (same_answer(f[0].data, &got, &f[n_fields - 1])) {
            passed++;
        } else {
            failed++;
            if (failed <= 200) {
                printf("FAIL line %ld: %s\n  got: ", line_no, copy);
                print_escaped(got.data, got.len);
                putchar('\n');
            }
        }
        strbuf_free(&got);
        free(copy);
    }
    free(line);
    printf("%ld passed, %ld failed\n", passed, failed);
    return failed ? 1 : 0;
}
