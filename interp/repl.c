// The interactive prompt, on GNU readline.
//
// Input is read with readline's callback interface in a select() loop, so
// that (1) the GIL is released while the user types and other threads keep
// running, and (2) Ctrl-C, which interrupts select() (our SIGINT handler
// has no SA_RESTART), abandons the line and shows a fresh prompt instead
// of killing the process. Each statement is compiled in interactive mode:
// an expression statement's value is shown by sys.displayhook. A compound
// statement ends with an empty line; a pasted block (readline delivers it
// as one string with newlines) runs as soon as it is complete. A block is
// kept in the history as one entry, and the history persists in
// ~/.cs_history (CS_HISTORY overrides; empty disables).
#include <errno.h>
#include <stdio.h>
#include <sys/select.h>
#include <unistd.h>

#include <readline/history.h>
#include <readline/readline.h>

#include "interp/repl.h"

#include "interp/compiler.h"
#include "interp/import.h"
#include "interp/vm.h"
#include "runtime/obj_dict.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_file.h"
#include "runtime/obj_int.h"
#include "runtime/obj_list.h"
#include "runtime/obj_module.h"
#include "runtime/obj_str.h"
#include "runtime/signals.h"
#include "runtime/state.h"
#include "runtime/strbuf.h"
#include "runtime/traceback.h"

extern Value (*input_line_hook)(ThreadState *ts, const char *prompt);

static ThreadState *repl_ts;
static Obj *repl_globals;
static char *history_path;

// --- reading a line -----------------------------------------------------------------------

static char *got_line;
static bool line_done;

static void on_line(char *line) {
    got_line = line;
    line_done = true;
    rl_callback_handler_remove();
}

typedef enum ReadStatus { READ_OK, READ_EOF, READ_INTERRUPT } ReadStatus;

// Reads one line (which may hold several, when pasted). *out is malloc'd.
static ReadStatus read_tty_line(ThreadState *ts, const char *prompt, char **out) {
    got_line = NULL;
    line_done = false;
    rl_callback_handler_install(prompt, on_line);
    while (!line_done) {
        fd_set fds;
        FD_ZERO(&fds);
        FD_SET(0, &fds);
        gil_release_for_io(ts);
        int r = select(1, &fds, NULL, NULL, NULL);
        int e = errno;
        gil_acquire_after_io(ts);
        if (r < 0 && e == EINTR) {
            if (signals_pending()) {
                bool ok = signals_run_handlers(ts);
                if (!ok && exc_matches(ts, &ExcKeyboardInterrupt)) {
                    exc_clear(ts);
                    rl_free_line_state();
                    rl_callback_sigcleanup();
                    rl_callback_handler_remove();
                    fputs("\nKeyboardInterrupt\n", stdout);
                    fflush(stdout);
                    return READ_INTERRUPT;
                }
                exc_clear(ts);
            }
            continue;
        }
        if (r > 0) {
            rl_callback_read_char();
        }
    }
    if (!got_line) {
        return READ_EOF;
    }
    *out = got_line;
    return READ_OK;
}

static ReadStatus read_pipe_line(const char *prompt, char **out) {
    fputs(prompt, stderr);
    fflush(stderr);
    StrBuf sb;
    strbuf_init(&sb);
    int c;
    while ((c = getchar()) != EOF && c != '\n') {
        strbuf_append_char(&sb, (char)c);
    }
    if (c == EOF && sb.len == 0) {
        strbuf_free(&sb);
        return READ_EOF;
    }
    *out = strbuf_take(&sb, NULL);
    return READ_OK;
}

// input() on a terminal goes through readline too (line editing, history).
static Value input_with_readline(ThreadState *ts, const char *prompt) {
    char *line;
    ReadStatus st = read_tty_line(ts, prompt, &line);
    if (st == READ_INTERRUPT) {
        return exc_raise_value(ts, &ExcKeyboardInterrupt, VNULL);
    }
    if (st == READ_EOF) {
        fputc('\n', stdout);
        return exc_raise(ts, &ExcEOFError, "EOF when reading a line");
    }
    Obj *s = str_decode_utf8(ts, line, (int64_t)strlen(line));
    free(line);
    return s ? val_obj(s) : VNULL;
}

// --- completion --------------------------------------------------------------------------------

static const char *const keywords[] = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield", NULL,
};

static Obj *completions;   // list of str candidates for the current word

static void add_candidates_from(ThreadState *ts, Value names, const char *prefix, const char *stem) {
    Value it = obj_iter(ts, names);
    if (val_is_null(it)) {
        exc_clear(ts);
        return;
    }
    size_t plen = strlen(prefix);
    for (;;) {
        Value n = obj_next(ts, it);
        if (val_is_null(n)) {
            break;
        }
        if (val_is_str(n) && strncmp(as_str(n)->data, prefix, plen) == 0 &&
            (prefix[0] == '_' || as_str(n)->data[0] != '_' || plen > 0)) {
            Obj *full = str_format_c(ts, "%s%U", stem, n.as.obj);
            if (full) {
                list_append(ts, completions, val_obj(full));
                obj_decref(full);
            }
        }
        val_decref(n);
    }
    val_decref(it);
    exc_clear(ts);
}

// Evaluates a dotted name (no calls: completing must not run code).
static Value eval_dotted(ThreadState *ts, const char *expr, size_t len) {
    for (size_t i = 0; i < len; i++) {
        char c = expr[i];
        if (!(c == '.' || c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
            return VNULL;
        }
    }
    ObjCode *code = compile_source(ts, expr, len, "<completion>", PARSE_EVAL, NULL);
    if (!code) {
        exc_clear(ts);
        return VNULL;
    }
    Value r = vm_run_code(ts, code, repl_globals, repl_globals);
    obj_decref(&code->base);
    if (val_is_null(r)) {
        exc_clear(ts);
    }
    return r;
}

static void collect(ThreadState *ts, const char *text) {
    obj_xdecref(completions);
    completions = list_new(ts, 0);
    const char *dot = strrchr(text, '.');
    if (dot) {
        Value obj = eval_dotted(ts, text, (size_t)(dot - text));
        if (val_is_null(obj)) {
            return;
        }
        Value names = obj_call_method(ts, obj, "__dir__", NULL, 0);
        val_decref(obj);
        if (val_is_null(names)) {
            exc_clear(ts);
            return;
        }
        char *stem = strndup(text, (size_t)(dot - text) + 1);
        add_candidates_from(ts, names, dot + 1, stem);
        free(stem);
        val_decref(names);
    } else {
        for (int i = 0; keywords[i]; i++) {
            if (strncmp(keywords[i], text, strlen(text)) == 0) {
                Obj *k = str_from_cstr(ts, keywords[i]);
                list_append(ts, completions, val_obj(k));
                obj_decref(k);
            }
        }
        add_candidates_from(ts, val_obj(repl_globals), text, "");
        add_candidates_from(ts, val_obj(ts->interp->builtins), text, "");
    }
    list_sort(ts, completions, VNONE, false);
    exc_clear(ts);
}

static char *generator(const char *text, int state) {
    static int64_t index;
    ThreadState *ts = repl_ts;
    if (state == 0) {
        collect(ts, text);
        index = 0;
    }
    ObjList *l = (ObjList *)completions;
    while (l && index < l->len) {
        Value v = l->items[index++];
        // Skip duplicates (a name both global and builtin).
        if (index >= 2 && str_eq(v.as.obj, l->items[index - 2].as.obj)) {
            continue;
        }
        return strdup(as_str(v)->data);
    }
    return NULL;
}

static char **attempt_completion(const char *text, int start, int end) {
    (void)start;
    (void)end;
    rl_attempted_completion_over = 1;   // never fall back to file names
    return rl_completion_matches(text, generator);
}

// Tab at the start of a line (or after only spaces) indents.
static int tab_key(int count, int key) {
    for (int i = 0; i < rl_point; i++) {
        if (rl_line_buffer[i] != ' ' && rl_line_buffer[i] != '\t') {
            return rl_complete(count, key);
        }
    }
    rl_insert_text("    ");
    return 0;
}

// --- the loop ------------------------------------------------------------------------------------

static bool is_blank(const char *s) {
    for (; *s; s++) {
        if (*s != ' ' && *s != '\t' && *s != '\n' && *s != '\r') {
            return false;
        }
    }
    return true;
}

// Does the block so far open a compound statement (so it ends only at an
// empty line)?
static bool opens_block(const char *src) {
    const char *end = src + strlen(src);
    const char *last = NULL;
    for (const char *p = src; p < end; p++) {
        if (*p != ' ' && *p != '\t' && *p != '\n' && *p != '\r') {
            last = p;
        }
    }
    // Indented continuation lines, or a first line ending with ':'.
    return strchr(src, '\n') != end - 1 || (last && *last == ':');
}

static void setup_history(void) {
    const char *env = getenv("CS_HISTORY");
    if (env) {
        history_path = env[0] ? strdup(env) : NULL;
    } else {
        const char *home = getenv("HOME");
        if (home) {
            size_t n = strlen(home) + 16;
            history_path = malloc(n);
            snprintf(history_path, n, "%s/.cs_history", home);
        }
    }
    // Keep a block's lines together in one history entry, also in the file.
    history_comment_char = '#';
    history_write_timestamps = 1;
    history_multiline_entries = 1;
    if (history_path) {
        read_history(history_path);
    }
}

static void save_history(void) {
    if (history_path) {
        stifle_history(2000);
        write_history(history_path);
        free(history_path);
        history_path = NULL;
    }
}

// Runs one complete input; prints its traceback if it fails.
static void run_input(ThreadState *ts, ObjCode *code) {
    Value r = vm_run_code(ts, code, repl_globals, repl_globals);
    if (val_is_null(r)) {
        Value e = exc_fetch(ts);
        if (val_isinstance(e, &ExcSystemExit)) {
            exc_restore(ts, e);
            return;
        }
        file_flush_all(ts);
        traceback_print(ts, e);
        val_decref(e);
    } else {
        val_decref(r);
    }
    file_flush_all(ts);
    exc_clear(ts);
}

int repl_run(ThreadState *ts, bool quiet, const char *module) {
    repl_ts = ts;
    bool tty = isatty(0);
    Value main = VNULL;
    if (module) {
        main = val_dup(dict_get_cstr(ts->interp->modules, module));
    }
    if (val_is_null(main)) {
        Obj *m = module_new(ts, "__main__");
        dict_set_cstr(ts, module_dict(m), "__builtins__", val_obj(ts->interp->builtins_module));
        dict_set_cstr(ts, ts->interp->modules, "__main__", val_obj(m));
        main = val_obj(m);
    }
    repl_globals = module_dict(main.as.obj);
    if (tty) {
        rl_readline_name = "cs";
        rl_catch_signals = 0;
        rl_attempted_completion_function = attempt_completion;
        rl_completer_word_break_characters = " \t\n\"'`@$><=;|&{(,+-*/%[]~^!:";
        rl_bind_key('\t', tab_key);
        setup_history();
        input_line_hook = input_with_readline;
    }
    if (!quiet) {
        fprintf(stderr, "cs %s (Python %d.%d compatible) on linux\n"
                        "Type exit() or Ctrl-D to leave; see `cs --help` for the runtime's switches.\n",
                CS_VERSION, CS_PY_MAJOR, CS_PY_MINOR);
    }
    StrBuf block;
    strbuf_init(&block);
    int status = 0;
    for (;;) {
        const char *prompt = block.len ? "... " : ">>> ";
        Value ps = dict_get_cstr(module_dict(ts->interp->sys_module), block.len ? "ps2" : "ps1");
        if (val_is_str(ps)) {
            prompt = as_str(ps)->data;
        }
        char *line = NULL;
        ReadStatus st = tty ? read_tty_line(ts, prompt, &line) : read_pipe_line(prompt, &line);
        if (st == READ_INTERRUPT) {
            strbuf_free(&block);
            strbuf_init(&block);
            continue;
        }
        if (st == READ_EOF) {
            if (tty) {
                fputc('\n', stdout);
            }
            break;
        }
        bool pasted = strchr(line, '\n') != NULL;
        bool blank = is_blank(line);
        if (block.len == 0 && blank) {
            free(line);
            continue;
        }
        strbuf_append_cstr(&block, line);
        strbuf_append_char(&block, '\n');
        free(line);
        bool incomplete;
        ObjCode *code = pasted ? compile_interactive(ts, block.data, block.len, "<stdin>", &incomplete)
                               : compile_source(ts, block.data, block.len, "<stdin>", PARSE_SINGLE, &incomplete);
        if (!code && incomplete && !blank) {
            continue;
        }
        if (code && !blank && !pasted && opens_block(block.data)) {
            obj_decref(&code->base);
            continue;
        }
        if (tty) {
            char *entry = strdup(block.data);
            size_t n = strlen(entry);
            while (n > 0 && (entry[n - 1] == '\n' || entry[n - 1] == ' ')) {
                entry[--n] = '\0';
            }
            add_history(entry);
            free(entry);
        }
        if (!code) {
            if (incomplete) {
                // An empty line ended an unfinished block: report it.
                code = compile_source(ts, block.data, block.len, "<stdin>", PARSE_SINGLE, NULL);
            }
            if (!code) {
                Value e = exc_fetch(ts);
                file_flush_all(ts);
                traceback_print(ts, e);
                val_decref(e);
            }
        }
        if (code) {
            run_input(ts, code);
            obj_decref(&code->base);
            if (exc_matches(ts, &ExcSystemExit)) {
                break;
            }
        }
        strbuf_free(&block);
        strbuf_init(&block);
    }
    strbuf_free(&block);
    if (tty) {
        save_history();
    }
    input_line_hook = NULL;
    if (exc_occurred(ts)) {
        // SystemExit: main turns it into the exit status.
        Value e = exc_fetch(ts);
        Value code = exc_get_attr(e, "code");
        if (val_is_null(code) || val_is_none(code)) {
            status = 0;
        } else if (val_is_int(code)) {
            status = (int)(code.as.i & 0xff);
        } else {
            Value s = obj_str(ts, code);
            if (!val_is_null(s)) {
                fprintf(stderr, "%s\n", as_str(s)->data);
                val_decref(s);
            }
            exc_clear(ts);
            status = 1;
        }
        val_decref(e);
    }
    val_decref(main);
    obj_xdecref(completions);
    completions = NULL;
    return status;
}
