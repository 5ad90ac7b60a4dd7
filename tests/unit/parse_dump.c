// parse_dump: parses a file and prints its AST the way Python 3.11's
// ast.dump(ast.parse(src), indent=2) does, or its syntax error. The
// parser tests (tests/unit/parser_diff.sh) compare that output with
// CPython's.
//
// Build (from the repository root, without the Makefile), on one line:
//   gcc -std=c11 -O1 -g -Wall -Wextra -I. interp/lexer.c runtime/unicode.c interp/ast.c
//       interp/parser*.c tests/unit/parse_dump.c -o /tmp/parse_dump
//
// Usage: parse_dump [--positions] [--mode file|single|eval] FILE
//   --positions  also print every node's lineno/col_offset/end_lineno/
//                end_col_offset (ast.dump's include_attributes=True)
//   --mode       what to parse the file as (default: file)
// On a syntax error prints `Kind: message (line L, col C)` with a 0-based
// byte column, plus ` [incomplete]` when more input could complete it,
// and exits with status 1.
#include "interp/parser.h"

_Noreturn void cs_fatal_at(const char *file, int line, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "fatal error at %s:%d: ", file, line);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    abort();
}

// Reads the whole file into a malloc'd buffer.
static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        return NULL;
    }
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    size_t got;
    while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            cap *= 2;
            buf = realloc(buf, cap);
        }
    }
    fclose(f);
    *len = n;
    return buf;
}

static const char *const error_kinds[] = {
    [PERR_SYNTAX] = "SyntaxError",
    [PERR_INDENTATION] = "IndentationError",
    [PERR_TAB] = "TabError",
};

int main(int argc, char **argv) {
    bool positions = false;
    ParseMode mode = PARSE_FILE;
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--positions") == 0) {
            positions = true;
        } else if (strcmp(argv[i], "--mode") == 0 && i + 1 < argc) {
            i++;
            mode = strcmp(argv[i], "single") == 0 ? PARSE_SINGLE
                   : strcmp(argv[i], "eval") == 0 ? PARSE_EVAL
                                                  : PARSE_FILE;
        } else {
            path = argv[i];
        }
    }
    if (!path) {
        fprintf(stderr, "usage: parse_dump [--positions] [--mode file|single|eval] FILE\n");
        return 2;
    }
    size_t len;
    char *src = read_file(path, &len);
    if (!src) {
        fprintf(stderr, "parse_dump: cannot read %s\n", path);
        return 2;
    }
    Arena arena;
    arena_init(&arena);
    ParseError err;
    Node *root = parse_source(&arena, src, len, mode, &err);
    int status = 0;
    if (root) {
        if (positions) {
            ast_dump_with_positions(stdout, root);
        } else {
            ast_dump(stdout, root);
        }
    } else {
        printf("%s: %s (line %d, col %d)%s\n", error_kinds[err.kind], err.msg, err.line, err.col,
               err.incomplete ? " [incomplete]" : "");
        status = 1;
    }
    arena_free(&arena);
    free(src);
    return status;
}
