// Unit test for runtime/bignum*.c, driven by vectors that CPython computed.
//
// Reads lines "op arg... = expected" from stdin (tests/unit/bignum_vectors.py writes
// them), runs each through the library and compares the printed result, then runs a few
// fixed checks that need no vectors. Ints are written in signed hexadecimal ("-1f"), byte
// strings as "b:" followed by hex pairs, floats as the hex of their IEEE bits, and errors
// as a word ("zerodiv", "overflow", ...). The last line is "N passed, M failed".
//
// With --bench it instead times multiplication, printing and parsing of 10,000-digit
// numbers and the multiplication sizes around the Karatsuba cutoff.
//
// See also: tests/unit/bignum_check.sh (builds and runs this), runtime/bignum.h.
#define _POSIX_C_SOURCE 200809L
#include "runtime/bignum.h"

#include <time.h>

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

static long n_passed = 0;
static long n_failed = 0;

// ---- A growable output string. ----

typedef struct Text {
    char *buf;
    size_t len;
    size_t cap;
} Text;

static void text_add(Text *t, const char *s) {
    size_t n = strlen(s);
    if (t->len + n + 1 > t->cap) {
        t->cap = (t->len + n + 1) * 2;
        t->buf = realloc(t->buf, t->cap);
        if (t->buf == NULL) {
            cs_fatal("out of memory");
        }
    }
    memcpy(t->buf + t->len, s, n + 1);
    t->len += n;
}

static void text_int(Text *t, long long v) {
    char tmp[32];
    snprintf(tmp, sizeof tmp, "%lld", v);
    text_add(t, tmp);
}

// Appends a as signed hex and frees it; NULL (a failed allocation) prints "nomem".
static void text_num(Text *t, BigNum *a) {
    if (a == NULL) {
        text_add(t, "nomem");
        return;
    }
    if (a->size != 0 && a->digits[(a->size < 0 ? -a->size : a->size) - 1] == 0) {
        text_add(t, "unnormalized:");
    }
    char *s = bignum_to_str(a, 16, NULL);
    if (a->size < 0) {
        text_add(t, "-");
    }
    text_add(t, s);
    free(s);
    bignum_free(a);
}

static void text_status(Text *t, BigNumStatus status) {
    static const char *names[] = {"ok", "nomem", "invalid", "overflow", "negative", "zerodiv",
                                  "notinv"};
    text_add(t, names[status]);
}

static void text_double(Text *t, double d) {
    uint64_t bits;
    memcpy(&bits, &d, sizeof bits);
    char tmp[32];
    snprintf(tmp, sizeof tmp, "%llx", (unsigned long long)bits);
    text_add(t, tmp);
}

// ---- Parsing vector arguments. Up to MAX_ARGS numbers per line, freed after it. ----

#define MAX_ARGS 8

typedef struct Line {
    char *args[MAX_ARGS];
    int n_args;
    BigNum *nums[MAX_ARGS];
    int num_arg[MAX_ARGS];  // which argument each parsed number came from
    int n_nums;
} Line;

// Parses signed hex; a vector that does not parse is a broken test, not a failure.
static BigNum *num(Line *line, int i) {
    const char *s = line->args[i];
    bool negative = s[0] == '-';
    BigNum *r;
    if (bignum_from_digits(s + negative, strlen(s + negative), 16, &r) != BIGNUM_OK) {
        cs_fatal("bad vector number '%s'", s);
    }
    if (negative) {
        BigNum *n = bignum_neg(r);
        bignum_free(r);
        r = n;
    }
    line->num_arg[line->n_nums] = i;
    line->nums[line->n_nums++] = r;
    return r;
}

static long long int_arg(Line *line, int i) {
    return strtoll(line->args[i], NULL, 10);
}

static uint64_t u64_arg(Line *line, int i) {
    return strtoull(line->args[i], NULL, 10);
}

// Parses "b:" + hex pairs into a new buffer; *len gets the byte count.
static uint8_t *bytes_arg(Line *line, int i, size_t *len) {
    const char *s = line->args[i] + 2;
    *len = strlen(s) / 2;
    uint8_t *bytes = malloc(*len + 1);
    for (size_t k = 0; k < *len; k++) {
        unsigned v;
        sscanf(s + 2 * k, "%2x", &v);
        bytes[k] = (uint8_t)v;
    }
    return bytes;
}

// ---- Running one vector. ----

// Operations whose result is one BigNum, from one or two BigNum operands.
typedef BigNum *(*Unary)(const BigNum *);
typedef BigNum *(*Binary)(const BigNum *, const BigNum *);
typedef BigNum *(*WithI64)(const BigNum *, int64_t);

static const struct {
    const char *name;
    Unary fn;
} UNARY[] = {{"neg", bignum_neg}, {"abs", bignum_abs}, {"invert", bignum_invert},
             {"copy", bignum_copy}};

static const struct {
    const char *name;
    Binary fn;
} BINARY[] = {{"add", bignum_add}, {"sub", bignum_sub}, {"mul", bignum_mul},
              {"and", bignum_and}, {"or", bignum_or},   {"xor", bignum_xor},
              {"gcd", bignum_gcd}};

static const struct {
    const char *name;
    WithI64 fn;
} WITH_I64[] = {{"add_i64", bignum_add_i64}, {"sub_i64", bignum_sub_i64},
                {"mul_i64", bignum_mul_i64}};

static bool run_table_op(const char *op, Line *l, Text *out) {
    for (size_t i = 0; i < sizeof UNARY / sizeof UNARY[0]; i++) {
        if (strcmp(op, UNARY[i].name) == 0) {
            text_num(out, UNARY[i].fn(num(l, 0)));
            return true;
        }
    }
    for (size_t i = 0; i < sizeof BINARY / sizeof BINARY[0]; i++) {
        if (strcmp(op, BINARY[i].name) == 0) {
            text_num(out, BINARY[i].fn(num(l, 0), num(l, 1)));
            return true;
        }
    }
    for (size_t i = 0; i < sizeof WITH_I64 / sizeof WITH_I64[0]; i++) {
        if (strcmp(op, WITH_I64[i].name) == 0) {
            text_num(out, WITH_I64[i].fn(num(l, 0), int_arg(l, 1)));
            return true;
        }
    }
    return false;
}

static void run_division_op(const char *op, Line *l, Text *out) {
    BigNum *q = NULL;
    BigNum *r = NULL;
    BigNumStatus status;
    if (strcmp(op, "divmod") == 0) {
        status = bignum_divmod(num(l, 0), num(l, 1), &q, &r);
    } else if (strcmp(op, "floordiv") == 0) {
        status = bignum_floordiv(num(l, 0), num(l, 1), &q);
    } else if (strcmp(op, "mod") == 0) {
        status = bignum_mod(num(l, 0), num(l, 1), &r);
    } else if (strcmp(op, "powmod") == 0) {
        status = bignum_powmod(num(l, 0), num(l, 1), num(l, 2), &r);
    } else {
        status = bignum_modinv(num(l, 0), num(l, 1), &r);
    }
    if (status != BIGNUM_OK) {
        text_status(out, status);
        return;
    }
    if (q != NULL) {
        text_num(out, q);
    }
    if (q != NULL && r != NULL) {
        text_add(out, " ");
    }
    if (r != NULL) {
        text_num(out, r);
    }
}

static void run_conversion_op(const char *op, Line *l, Text *out) {
    bool overflow;
    if (strcmp(op, "toi64") == 0) {
        int64_t v = bignum_to_i64(num(l, 0), &overflow);
        if (bignum_fits_i64(l->nums[0]) == overflow) {
            text_add(out, "fits-mismatch ");
        }
        overflow ? text_add(out, "overflow") : text_int(out, v);
    } else if (strcmp(op, "tou64") == 0) {
        uint64_t v = bignum_to_u64(num(l, 0), &overflow);
        char tmp[32];
        snprintf(tmp, sizeof tmp, "%llu", (unsigned long long)v);
        text_add(out, overflow ? "overflow" : tmp);
    } else if (strcmp(op, "fromi64") == 0) {
        text_num(out, bignum_from_i64(int_arg(l, 0)));
    } else if (strcmp(op, "fromu64") == 0) {
        text_num(out, bignum_from_u64(u64_arg(l, 0)));
    } else if (strcmp(op, "tofloat") == 0) {
        double d = bignum_to_double(num(l, 0), &overflow);
        overflow ? text_add(out, "overflow") : text_double(out, d);
    } else if (strcmp(op, "fromfloat") == 0) {
        uint64_t bits = strtoull(l->args[0], NULL, 16);
        double d;
        memcpy(&d, &bits, sizeof d);
        text_num(out, bignum_from_double(d));
    } else if (strcmp(op, "truediv") == 0) {
        double d;
        BigNumStatus status = bignum_truediv(num(l, 0), num(l, 1), &d);
        status != BIGNUM_OK ? text_status(out, status) : text_double(out, d);
    } else if (strcmp(op, "hash") == 0) {
        text_int(out, bignum_hash(num(l, 0)));
        if (bignum_fits_i64(l->nums[0])) {
            bool unused;
            if (bignum_hash_i64(bignum_to_i64(l->nums[0], &unused)) != bignum_hash(l->nums[0])) {
                text_add(out, " hash_i64-mismatch");
            }
        }
    } else if (strcmp(op, "bitlen") == 0) {
        text_int(out, (long long)bignum_bit_length(num(l, 0)));
    } else if (strcmp(op, "bitcount") == 0) {
        text_int(out, (long long)bignum_bit_count(num(l, 0)));
    } else if (strcmp(op, "sign") == 0) {
        text_int(out, bignum_sign(num(l, 0)));
    } else if (strcmp(op, "cmp") == 0) {
        text_int(out, bignum_cmp(num(l, 0), num(l, 1)));
    } else {
        text_int(out, bignum_cmp_i64(num(l, 0), int_arg(l, 1)));
    }
}

// tostr A BASE; fromstr BASE TEXT ("-" stands for the empty text); tobytes A LEN ORDER
// SIGNED; frombytes BYTES ORDER SIGNED, with ORDER "little" or "big" and SIGNED 0 or 1.
static void run_text_op(const char *op, Line *l, Text *out) {
    if (strcmp(op, "tostr") == 0) {
        size_t len;
        char *s = bignum_to_str(num(l, 0), (int)int_arg(l, 1), &len);
        text_add(out, s == NULL ? "nomem" : s);
        if (s != NULL && len != strlen(s)) {
            text_add(out, " length-mismatch");
        }
        free(s);
    } else if (strcmp(op, "fromstr") == 0) {
        const char *s = strcmp(l->args[1], "-") == 0 ? "" : l->args[1];
        BigNum *r;
        BigNumStatus status = bignum_from_digits(s, strlen(s), (int)int_arg(l, 0), &r);
        status != BIGNUM_OK ? text_status(out, status) : text_num(out, r);
    } else if (strcmp(op, "tobytes") == 0) {
        size_t len = (size_t)int_arg(l, 1);
        uint8_t *bytes = malloc(len + 1);
        BigNumStatus status = bignum_to_bytes(num(l, 0), bytes, len,
                                              strcmp(l->args[2], "little") == 0,
                                              int_arg(l, 3) != 0);
        if (status != BIGNUM_OK) {
            text_status(out, status);
        } else {
            text_add(out, "b:");
            for (size_t i = 0; i < len; i++) {
                char tmp[4];
                snprintf(tmp, sizeof tmp, "%02x", bytes[i]);
                text_add(out, tmp);
            }
        }
        free(bytes);
    } else {
        size_t len;
        uint8_t *bytes = bytes_arg(l, 0, &len);
        text_num(out, bignum_from_bytes(bytes, len, strcmp(l->args[1], "little") == 0,
                                        int_arg(l, 2) != 0));
        free(bytes);
    }
}

static void run_op(const char *op, Line *l, Text *out) {
    if (run_table_op(op, l, out)) {
        return;
    }
    static const char *division[] = {"divmod", "floordiv", "mod", "powmod", "modinv"};
    for (size_t i = 0; i < sizeof division / sizeof division[0]; i++) {
        if (strcmp(op, division[i]) == 0) {
            run_division_op(op, l, out);
            return;
        }
    }
    if (strcmp(op, "pow") == 0) {
        text_num(out, bignum_pow(num(l, 0), u64_arg(l, 1)));
    } else if (strcmp(op, "lshift") == 0) {
        text_num(out, bignum_lshift(num(l, 0), u64_arg(l, 1)));
    } else if (strcmp(op, "rshift") == 0) {
        text_num(out, bignum_rshift(num(l, 0), u64_arg(l, 1)));
    } else if (strcmp(op, "tostr") == 0 || strcmp(op, "fromstr") == 0 ||
               strcmp(op, "tobytes") == 0 || strcmp(op, "frombytes") == 0) {
        run_text_op(op, l, out);
    } else {
        run_conversion_op(op, l, out);
    }
}

static void check(bool ok, const char *what, const char *got, const char *expected) {
    if (ok) {
        n_passed++;
        return;
    }
    n_failed++;
    if (n_failed <= 20) {
        fprintf(stderr, "FAIL %s\n  expected %.300s\n  got      %.300s\n", what, expected,
                got);
    }
}

// Splits one vector line in place and checks it.
static void run_line(char *text, long line_no) {
    char *eq = strstr(text, " = ");
    if (eq == NULL) {
        return;  // blank line or comment
    }
    *eq = '\0';
    char *expected = eq + 3;
    expected[strcspn(expected, "\n")] = '\0';
    Line line = {.n_args = 0, .n_nums = 0};
    char *op = strtok(text, " ");
    char *arg;
    while ((arg = strtok(NULL, " ")) != NULL && line.n_args < MAX_ARGS) {
        line.args[line.n_args++] = arg;
    }
    Text out = {NULL, 0, 0};
    text_add(&out, "");
    run_op(op, &line, &out);
    char what[64];
    snprintf(what, sizeof what, "line %ld: %s", line_no, op);
    check(strcmp(out.buf, expected) == 0, what, out.buf, expected);
    free(out.buf);
    // BigNums are immutable: every operand must still print as it was given.
    for (int i = 0; i < line.n_nums; i++) {
        Text again = {NULL, 0, 0};
        text_add(&again, "");
        text_num(&again, line.nums[i]);
        const char *given = line.args[line.num_arg[i]];
        check(strcmp(again.buf, given) == 0, what, again.buf, given);
        free(again.buf);
    }
}

static void run_vectors(FILE *f) {
    size_t cap = 0;
    char *buf = NULL;
    long line_no = 0;
    while (getline(&buf, &cap, f) != -1) {
        line_no++;
        run_line(buf, line_no);
    }
    free(buf);
}

// ---- Fixed checks that need no vectors. ----

static void expect(bool ok, const char *what) {
    check(ok, what, "false", "true");
}

static void check_machine_edges(void) {
    bool overflow;
    BigNum *min = bignum_from_i64(INT64_MIN);
    expect(bignum_to_i64(min, &overflow) == INT64_MIN && !overflow, "INT64_MIN round trip");
    expect(bignum_fits_i64(min), "INT64_MIN fits");
    BigNum *below = bignum_sub_i64(min, 1);
    expect(!bignum_fits_i64(below), "INT64_MIN - 1 does not fit");
    expect(bignum_to_i64(below, &overflow) == 0 && overflow, "INT64_MIN - 1 overflows");
    expect(bignum_cmp_i64(below, INT64_MIN) < 0, "INT64_MIN - 1 < INT64_MIN");
    expect(bignum_hash(min) == bignum_hash_i64(INT64_MIN), "hash of INT64_MIN");
    expect(bignum_hash_i64(-1) == -2, "hash(-1) == -2");
    BigNum *max = bignum_from_u64(UINT64_MAX);
    expect(bignum_to_u64(max, &overflow) == UINT64_MAX && !overflow, "UINT64_MAX round trip");
    BigNum *above = bignum_add_i64(max, 1);
    bignum_to_u64(above, &overflow);
    expect(overflow, "2^64 overflows uint64");
    bignum_to_u64(min, &overflow);
    expect(overflow, "negative overflows uint64");
    expect(bignum_sign(min) == -1 && bignum_sign(max) == 1, "bignum_sign");
    bignum_free(min);
    bignum_free(below);
    bignum_free(max);
    bignum_free(above);
}

static void check_errors(void) {
    BigNum *r = NULL;
    expect(bignum_from_digits("", 0, 10, &r) == BIGNUM_INVALID && r == NULL, "empty text");
    expect(bignum_from_digits("12", 2, 1, &r) == BIGNUM_INVALID, "base 1");
    expect(bignum_from_digits("12", 2, 37, &r) == BIGNUM_INVALID, "base 37");
    expect(bignum_from_digits("1\0", 2, 10, &r) == BIGNUM_INVALID, "NUL inside the text");
    BigNum *two = bignum_from_i64(2);
    BigNum *zero = bignum_from_i64(0);
    BigNum *minus = bignum_from_i64(-3);
    expect(bignum_to_str(two, 1, NULL) == NULL && bignum_to_str(two, 37, NULL) == NULL,
           "to_str with a bad base");
    expect(bignum_powmod(two, minus, two, &r) == BIGNUM_INVALID && r == NULL,
           "powmod with a negative exponent");
    expect(bignum_powmod(two, two, zero, &r) == BIGNUM_ZERO_DIVISION, "powmod modulo 0");
    expect(bignum_modinv(two, zero, &r) == BIGNUM_ZERO_DIVISION, "modinv modulo 0");
    double d;
    expect(bignum_truediv(two, zero, &d) == BIGNUM_ZERO_DIVISION, "truediv by 0");
    BigNum *q = two;
    expect(bignum_divmod(two, zero, &q, &r) == BIGNUM_ZERO_DIVISION && q == NULL && r == NULL,
           "divmod by 0 clears its outputs");
    double inf = 1e308 * 10;
    expect(bignum_from_double(inf) == NULL && bignum_from_double(inf - inf) == NULL,
           "from_double of inf and nan");
    // Results too large for memory come back as NULL instead of crashing.
    expect(bignum_lshift(two, (uint64_t)1 << 62) == NULL, "huge left shift");
    expect(bignum_pow(minus, UINT64_MAX) == NULL, "huge power");
    BigNum *one = bignum_from_i64(1);
    BigNum *big_one = bignum_lshift(one, 40);
    BigNum *shifted = bignum_rshift(big_one, UINT64_MAX);
    expect(shifted != NULL && shifted->size == 0, "right shift by 2^64 - 1");
    bignum_free(shifted);
    bignum_free(big_one);
    bignum_free(one);
    bignum_free(two);
    bignum_free(zero);
    bignum_free(minus);
}

// A number with n decimal digits, the first nonzero, from a fixed pseudo-random sequence.
static char *decimal_text(size_t n, unsigned seed) {
    char *s = malloc(n + 1);
    for (size_t i = 0; i < n; i++) {
        seed = seed * 1103515245u + 12345u;
        s[i] = (char)('0' + (seed >> 16) % 10);
    }
    s[0] = s[0] == '0' ? '7' : s[0];
    s[n] = '\0';
    return s;
}

static void check_big_decimal(void) {
    char *s = decimal_text(10000, 1);
    BigNum *a;
    expect(bignum_from_digits(s, 10000, 10, &a) == BIGNUM_OK, "parse 10,000 digits");
    size_t len;
    char *back = bignum_to_str(a, 10, &len);
    expect(len == 10000 && strcmp(back, s) == 0, "10,000 digits round trip");
    free(back);
    free(s);
    bignum_free(a);
}

// ---- Benchmarks. ----

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

// A BigNum of n random digits with the top one nonzero.
static BigNum *random_num(size_t n, unsigned seed) {
    size_t bytes_len = 4 * n;
    uint8_t *bytes = malloc(bytes_len);
    for (size_t i = 0; i < bytes_len; i++) {
        seed = seed * 1103515245u + 12345u;
        // Read big-endian below, so bytes[0] is the top byte: keep it nonzero.
        bytes[i] = (uint8_t)((seed >> 16) | (i == 0));
    }
    BigNum *r = bignum_from_bytes(bytes, bytes_len, false, false);
    free(bytes);
    return r;
}

static void bench(void) {
    char *s1 = decimal_text(10000, 1);
    char *s2 = decimal_text(10000, 2);
    BigNum *a;
    BigNum *b;
    int reps = 20;
    double t0 = now();
    for (int i = 0; i < reps; i++) {
        bignum_from_digits(s1, 10000, 10, &a);
        bignum_free(a);
    }
    double parse_ms = (now() - t0) / reps * 1e3;
    bignum_from_digits(s1, 10000, 10, &a);
    bignum_from_digits(s2, 10000, 10, &b);
    t0 = now();
    for (int i = 0; i < reps; i++) {
        free(bignum_to_str(a, 10, NULL));
    }
    double str_ms = (now() - t0) / reps * 1e3;
    double mul_ms = 1e9;
    for (int trial = 0; trial < 5; trial++) {
        t0 = now();
        for (int i = 0; i < reps; i++) {
            bignum_free(bignum_mul(a, b));
        }
        double t = (now() - t0) / reps * 1e3;
        mul_ms = t < mul_ms ? t : mul_ms;
    }
    BigNum *product = bignum_mul(a, b);
    BigNum *q;
    BigNum *r;
    t0 = now();
    bignum_divmod(product, a, &q, &r);
    double div_ms = (now() - t0) * 1e3;
    printf("10,000 decimal digits: parse %.3f ms, str %.3f ms, mul %.3f ms, "
           "divmod 20,000 by 10,000 digits %.3f ms\n", parse_ms, str_ms, mul_ms, div_ms);
    bignum_free(product);
    bignum_free(q);
    bignum_free(r);
    bignum_free(a);
    bignum_free(b);
    // An RSA-sized modular power: 2048-bit base, exponent and modulus.
    BigNum *base = random_num(64, 5);
    BigNum *exp = random_num(64, 6);
    BigNum *mod = random_num(64, 7);
    t0 = now();
    bignum_powmod(base, exp, mod, &r);
    printf("2048-bit powmod %.3f ms\n", (now() - t0) * 1e3);
    bignum_free(r);
    bignum_free(base);
    bignum_free(exp);
    bignum_free(mod);
    free(s1);
    free(s2);
    printf("mul of two n-digit numbers (us):");
    static const size_t sizes[] = {16, 24, 32, 40, 48, 64, 96, 128, 256, 1024};
    for (size_t k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
        BigNum *x = random_num(sizes[k], 3);
        BigNum *y = random_num(sizes[k], 4);
        // The best of several trials, since a shared machine adds noise.
        int n = (int)(2000000 / (sizes[k] * sizes[k])) + 1;
        double best = 1e9;
        for (int trial = 0; trial < 7; trial++) {
            t0 = now();
            for (int i = 0; i < n; i++) {
                bignum_free(bignum_mul(x, y));
            }
            double t = (now() - t0) / n * 1e6;
            best = t < best ? t : best;
        }
        printf(" %zu:%.2f", sizes[k], best);
        bignum_free(x);
        bignum_free(y);
    }
    printf("\n");
}

int main(int argc, char **argv) {
    if (argc > 1 && strcmp(argv[1], "--bench") == 0) {
        bench();
        return 0;
    }
    run_vectors(stdin);
    check_machine_edges();
    check_errors();
    check_big_decimal();
    printf("%ld passed, %ld failed\n", n_passed, n_failed);
    return n_failed == 0 ? 0 : 1;
}
