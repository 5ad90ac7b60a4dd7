// The interactive prompt (REPL), on GNU readline.
//
// Reading. On a terminal, lines are read with readline's callback
// interface in a select() loop, so that (1) the GIL is released while the
// user types and other threads keep running, and (2) Ctrl-C, which
// interrupts select() (our SIGINT handler has no SA_RESTART), abandons the
// line and shows a fresh prompt instead of killing the process. When stdin
// is not a terminal (`cs -i` in a pipe) lines come from sys.stdin and the
// prompts go to stderr, as in CPython.
//
// Deciding when to run. Lines gather in a block until it compiles and is
// finished: a simple statement runs at once; a compound statement (if,
// def, @decorator, ...) only after an empty line, as in CPython, because
// an `else:` or another method may follow. An empty line also ends an
// unfinished block, which is then reported as a SyntaxError, except inside
// brackets or a triple-quoted string, where blank lines belong to the
// statement. A paste (readline's bracketed paste delivers it as one string
// with newlines) is compiled as a sequence of statements and runs as soon
// as it is complete; doctest-style ">>> " prompts are stripped from it.
//
// Running. Each input is compiled in interactive mode (an expression
// statement's value goes to sys.displayhook, which prints its repr and
// sets `_`) and runs in __main__'s namespace. On a terminal each input is
// named <input-N> and its text is kept, so tracebacks can quote it.
//
// History. A block is one history entry; the history persists in
// ~/.cs_history (CS_HISTORY names another file; empty disables it).
// See also: interp/main.c (when the REPL starts), interp/repl_complete.c
// (Tab), interp/toplevel.c (reporting exceptions).
#include <errno.h>
#include <stdio.h>
#include <sys/select.h>
#include <sys/stat.h>
#include <unistd.h>

#include <readline/history.h>
#include <readline/readline.h>

#include "interp/repl.h"

#include "interp/compiler.h"
#include "interp/repl_complete.h"
#include "interp/lexer.h"
#include "interp/toplevel.h"
#include "interp/vm.h"
#include "runtime/obj_dict.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_file.h"
#include "runtime/obj_list.h"
#include "runtime/obj_module.h"
#include "runtime/obj_str.h"
#include "runtime/signals.h"
#include "runtime/state.h"
#include "runtime/strbuf.h"
#include "runtime/traceback.h"

// input() reads through this hook when set (stdlib/mod_builtins.c).
extern Value (*input_line_hook)(ThreadState *ts, const char *prompt);

#define HISTORY_MAX_LINES 2000

typedef struct Repl {
    ThreadState *ts;
    Value main;            // the __main__ module (owned)
    Obj *globals;          // its namespace
    bool tty;              // stdin is a terminal: readline, history, completion
    int inputs;            // inputs run so far, for the names <input-N>
    StrBuf block;          // the statement being entered
    bool pasted;           // the block holds a paste
    char *history_path;    // NULL: no history file
    int history_added;     // entries added in this session
} Repl;

typedef enum ReadStatus { READ_OK, READ_EOF, READ_INTERRUPT } ReadStatus;

// --- reading a line on a terminal ----------------------------------------------------------

static char *got_line;
static bool line_done;

static void on_line(char *line) {
    got_line = line;
    line_done = true;
    rl_callback_handler_remove();
}

// A pending Ctrl-C (or another signal): runs its handler. True when it
// raised KeyboardInterrupt, which abandons the input ("KeyboardInterrupt"
// is printed, as CPython does).
static bool interrupted(ThreadState *ts) {
    if (!signals_pending()) {
        return false;
    }
    bool ok = signals_run_handlers(ts);
    if (ok || !exc_matches(ts, &ExcKeyboardInterrupt)) {
        if (!ok) {
            Value e = exc_fetch(ts);
            toplevel_print_exception(ts, e);
            val_decref(e);
        }
        return false;
    }
    exc_clear(ts);
    fputs("\nKeyboardInterrupt\n", stdout);
    fflush(stdout);
    return true;
}

// Reads one line (several when pasted) with readline. *out is malloc'd.
static ReadStatus read_tty_line(ThreadState *ts, const char *prompt, char **out) {
    if (interrupted(ts)) {
        return READ_INTERRUPT;
    }
    got_line = NULL;
    line_done = false;
    rl_callback_handler_install(prompt, on_line);
    while (!line_done) {
        fd_set fds;
        FD_ZERO(&fds);
        FD_SET(0, &fds);
        gil_release_for_block(ts);   // releases the GIL: the user may take a while
        int r = select(1, &fds, NULL, NULL, NULL);
        int e = errno;
        gil_acquire_after_io(ts);
        if (r < 0 && (e != EINTR || interrupted(ts))) {
            // Ctrl-C abandons the line; any other error ends the input.
            rl_free_line_state();
            rl_callback_sigcleanup();
            rl_callback_handler_remove();
            return e == EINTR ? READ_INTERRUPT : READ_EOF;
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

// input() on a terminal goes through readline too (line editing). Only
// in the main thread: the prompt's readline state is not shared. Other
// threads get VNULL with no exception: input() then reads sys.stdin.
static Value input_with_readline(ThreadState *ts, const char *prompt) {
    if (ts != ts->interp->main_thread) {
        fputs(prompt, stdout);
        fflush(stdout);
        return VNULL;
    }
    char *line;
    ReadStatus st = read_tty_line(ts, prompt, &line);
    if (st == READ_INTERRUPT) {
        return exc_raise_value(ts, &ExcKeyboardInterrupt, VNULL);
    }
    if (st == READ_EOF) {
        return exc_raise(ts, &ExcEOFError, "EOF when reading a line");
    }
    Obj *s = str_decode_utf8(ts, line, (int64_t)strlen(line));
    free(line);
    return s ? val_obj(s) : VNULL;
}

// --- reading a line from a pipe ------------------------------------------------------------

// Reads one line from sys.stdin, showing the prompt on stderr.
static ReadStatus read_pipe_line(ThreadState *ts, const char *prompt, char **out) {
    traceback_write_stderr(ts, prompt, strlen(prompt));
    Value in = dict_get_cstr(module_dict(ts->interp->sys_module), "stdin");
    if (!val_is_file(in)) {
        return READ_EOF;
    }
    Value line = file_readline(ts, (ObjFile *)in.as.obj, -1);
    if (val_is_null(line)) {
        if (exc_matches(ts, &ExcKeyboardInterrupt)) {
            exc_clear(ts);
            traceback_write_stderr(ts, "\nKeyboardInterrupt\n", 19);
            return READ_INTERRUPT;
        }
        exc_clear(ts);
        return READ_EOF;
    }
    if (!val_is_str(line) || as_str(line)->nbytes == 0) {
        val_decref(line);
        return READ_EOF;
    }
    size_t n = (size_t)as_str(line)->nbytes;
    const char *data = as_str(line)->data;
    if (data[n - 1] == '\n') {
        n--;
    }
    *out = strndup(data, n);
    val_decref(line);
    return READ_OK;
}

// --- history --------------------------------------------------------------------------------

static void history_open(Repl *r) {
    const char *env = getenv("CS_HISTORY");
    const char *home = getenv("HOME");
    if (env) {
        r->history_path = env[0] ? strdup(env) : NULL;
    } else if (home && home[0]) {
        StrBuf sb;
        strbuf_init(&sb);
        strbuf_printf(&sb, "%s/.cs_history", home);
        r->history_path = strbuf_take(&sb, NULL);
    }
    // Keep a block's lines together in one entry, also in the file.
    history_comment_char = '#';
    history_write_timestamps = 1;
    history_multiline_entries = 1;
    if (r->history_path) {
        read_history(r->history_path);
    }
}

static void history_add(Repl *r, const char *text) {
    size_t n = strlen(text);
    while (n > 0 && (text[n - 1] == '\n' || text[n - 1] == ' ')) {
        n--;
    }
    if (n == 0) {
        return;
    }
    char *entry = strndup(text, n);
    add_history(entry);
    free(entry);
    r->history_added++;
}

// Appends this session's entries (so that sessions running side by side
// keep each other's), then trims the file.
static void history_save(Repl *r) {
    if (r->history_path && r->history_added > 0) {
        struct stat st;
        if (stat(r->history_path, &st) == 0) {
            append_history(r->history_added, r->history_path);
        } else {
            write_history(r->history_path);
        }
        history_truncate_file(r->history_path, HISTORY_MAX_LINES);
    }
    free(r->history_path);
    r->history_path = NULL;
}

// --- deciding when an input is complete -----------------------------------------------------

// What the tokens of the block say about it.
typedef struct Shape {
    bool empty;      // only comments and blank lines
    bool open;       // ends inside brackets or a string: blank lines belong to it
    bool compound;   // begins with a compound statement: runs after an empty line
} Shape;

static bool starts_compound(const Token *t, int n) {
    switch (t[0].kind) {
    case T_IF: case T_WHILE: case T_FOR: case T_TRY: case T_WITH: case T_DEF: case T_CLASS:
    case T_ASYNC: case T_AT:
        return true;
    case T_NAME: {
        // `match x:` (match is only a keyword there): its first line ends with ':'.
        if (t[0].len != 5 || memcmp(t[0].start, "match", 5) != 0) {
            return false;
        }
        int i = 1;
        while (i < n && t[i].kind != T_NEWLINE && t[i].kind != T_ENDMARKER) {
            i++;
        }
        return i < n && t[i].kind == T_NEWLINE && t[i - 1].kind == T_COLON;
    }
    default:
        return false;
    }
}

static Shape input_shape(const char *src, size_t len) {
    Lexer lx;
    lexer_init(&lx, src, len);
    lexer_run(&lx);
    Shape s = {.open = lx.eof_in_brackets || (lx.failed && lx.error.incomplete)};
    int i = 0;
    while (i < lx.ntokens && (lx.tokens[i].kind == T_NEWLINE || lx.tokens[i].kind == T_INDENT)) {
        i++;
    }
    s.empty = i == lx.ntokens || lx.tokens[i].kind == T_ENDMARKER;
    s.compound = !s.empty && starts_compound(lx.tokens + i, lx.ntokens - i);
    lexer_free(&lx);
    return s;
}

typedef enum Verdict {
    V_EMPTY,   // nothing to run (blank lines, comments)
    V_MORE,    // read another line
    V_RUN,     // compiled: run it
    V_ERROR,   // a SyntaxError is set
} Verdict;

// The file name of the next input: on a terminal each input is a file of
// its own, so a traceback can quote any earlier input's lines.
static void input_name(Repl *r, char *buf, size_t size) {
    if (r->tty) {
        snprintf(buf, size, "<input-%d>", r->inputs + 1);
    } else {
        snprintf(buf, size, "<stdin>");
    }
}

// Judges the block. `blank`: the user just entered an empty line; `eof`:
// Ctrl-D (or the end of the pipe). Both end a block, except that an empty
// line inside brackets or a string is part of the statement.
static Verdict judge(Repl *r, bool blank, bool eof, ObjCode **code) {
    Shape shape = input_shape(r->block.data, r->block.len);
    if (shape.empty) {
        return V_EMPTY;
    }
    bool ended = eof || (blank && !shape.open);
    char name[32];
    input_name(r, name, sizeof name);
    bool incomplete = false;
    const char *src = r->block.data;
    size_t len = r->block.len;
    *code = r->pasted ? compile_interactive(r->ts, src, len, name, &incomplete)
                      : compile_source(r->ts, src, len, name, PARSE_SINGLE, &incomplete);
    if (*code) {
        if (shape.compound && !ended && !r->pasted) {
            obj_decref(&(*code)->base);
            *code = NULL;
            return V_MORE;
        }
        return V_RUN;
    }
    if (!incomplete) {
        return V_ERROR;
    }
    if (!ended) {
        return V_MORE;
    }
    // Ended unfinished: compile once more, this time for the error message.
    *code = r->pasted ? compile_interactive(r->ts, src, len, name, NULL)
                      : compile_source(r->ts, src, len, name, PARSE_SINGLE, NULL);
    return *code ? V_RUN : V_ERROR;
}

// --- the loop ------------------------------------------------------------------------------

static bool is_blank(const char *s) {
    for (; *s; s++) {
        if (*s != ' ' && *s != '\t' && *s != '\n' && *s != '\r' && *s != '\f') {
            return false;
        }
    }
    return true;
}

// `exit` or `quit` alone leaves, as in Python 3.13 (3.11 only says how to
// leave), unless the program gave the name another meaning.
static bool is_exit_command(Repl *r, const char *line) {
    while (*line == ' ' || *line == '\t') {
        line++;
    }
    size_t n = strlen(line);
    while (n > 0 && (line[n - 1] == ' ' || line[n - 1] == '\t')) {
        n--;
    }
    const char *word = n == 4 && strncmp(line, "exit", 4) == 0 ? "exit"
                       : n == 4 && strncmp(line, "quit", 4) == 0 ? "quit"
                                                                 : NULL;
    return word && val_is_null(dict_get_cstr(r->globals, word));
}

// A pasted doctest-style example (">>> x = 1", "... ", output lines) keeps
// only its code, so examples can be pasted from documentation.
static void strip_doc_prompts(char *text) {
    const char *p = text;
    while (*p == ' ' || *p == '\t' || *p == '\n') {
        p++;
    }
    if (strncmp(p, ">>>", 3) != 0) {
        return;
    }
    char *out = text;
    for (const char *line = p; *line;) {
        const char *end = strchr(line, '\n');
        size_t n = end ? (size_t)(end - line) : strlen(line);
        bool prompt = n >= 3 && (strncmp(line, ">>>", 3) == 0 || strncmp(line, "...", 3) == 0) &&
                      (n == 3 || line[3] == ' ');
        if (prompt) {
            size_t skip = n == 3 ? 3 : 4;
            memmove(out, line + skip, n - skip);
            out += n - skip;
            *out++ = '\n';
        }
        line = end ? end + 1 : line + n;
    }
    *out = '\0';
}

static void flush_stdout(ThreadState *ts) {
    Value out = dict_get_cstr(module_dict(ts->interp->sys_module), "stdout");
    if (val_is_file(out) && file_flush(ts, (ObjFile *)out.as.obj) < 0) {
        exc_clear(ts);
    }
}

// Reads the next line with the prompt sys.ps1 (or sys.ps2 inside a block).
static ReadStatus read_line(Repl *r, char **out) {
    ThreadState *ts = r->ts;
    bool more = r->block.len > 0;
    Value ps = dict_get_cstr(module_dict(ts->interp->sys_module), more ? "ps2" : "ps1");
    Value text = val_is_null(ps) ? VNULL : obj_str(ts, ps);
    exc_clear(ts);
    const char *prompt = val_is_str(text) ? as_str(text)->data : more ? "... " : ">>> ";
    flush_stdout(ts);
    ReadStatus st = r->tty ? read_tty_line(ts, prompt, out) : read_pipe_line(ts, prompt, out);
    val_decref(text);
    return st;
}

// Runs one input. False when it asked to leave (SystemExit): then *status
// is the exit status.
static bool run_input(Repl *r, ObjCode *code, int *status) {
    ThreadState *ts = r->ts;
    Value v = vm_run_code(ts, code, r->globals, r->globals);
    if (!val_is_null(v)) {
        val_decref(v);
        return true;
    }
    Value e = exc_fetch(ts);
    bool go_on = !val_isinstance(e, &ExcSystemExit);
    if (go_on) {
        toplevel_print_exception(ts, e);
    } else {
        *status = toplevel_exit_status(ts, e);
    }
    val_decref(e);
    return go_on;
}

static void block_reset(Repl *r) {
    strbuf_free(&r->block);
    r->pasted = false;
}

// Adds a line (NULL: end of input) to the block, and runs the block once
// it is complete. False when the session should end (*status: how).
static bool take_line(Repl *r, char *line, int *status) {
    if (line && r->block.len == 0 && is_exit_command(r, line)) {
        return false;
    }
    bool blank = line && is_blank(line);
    if (line) {
        if (strchr(line, '\n')) {
            r->pasted = true;
            strip_doc_prompts(line);
        }
        strbuf_append_cstr(&r->block, line);
        strbuf_append_char(&r->block, '\n');
    }
    ObjCode *code = NULL;
    Verdict v = judge(r, blank, line == NULL, &code);
    if (v == V_MORE) {
        return true;
    }
    bool go_on = true;
    if (v != V_EMPTY) {
        if (r->tty) {
            char name[32];
            input_name(r, name, sizeof name);
            linecache_register(name, r->block.data, r->block.len);
            history_add(r, r->block.data);
        }
        r->inputs++;
    }
    if (v == V_ERROR) {
        Value e = exc_fetch(r->ts);
        toplevel_print_exception(r->ts, e);
        val_decref(e);
    } else if (v == V_RUN) {
        go_on = run_input(r, code, status);
        obj_decref(&code->base);
    }
    block_reset(r);
    return go_on;
}

static void repl_open(Repl *r, ThreadState *ts) {
    memset(r, 0, sizeof *r);
    r->ts = ts;
    // Readline only when both ends are a terminal (as CPython decides).
    r->tty = isatty(0) && isatty(1);
    r->main = val_dup(dict_get_cstr(ts->interp->modules, "__main__"));
    if (val_is_null(r->main) || val_type(r->main) != &ModuleType) {
        val_decref(r->main);
        Obj *m = module_new(ts, "__main__");
        dict_set_cstr(ts, module_dict(m), "__builtins__", val_obj(ts->interp->builtins_module));
        dict_set_cstr(ts, ts->interp->modules, "__main__", val_obj(m));
        r->main = val_obj(m);
    }
    r->globals = module_dict(r->main.as.obj);
    // The prompts exist only in interactive mode (programs test for sys.ps1).
    Obj *sys = ts->interp->sys_module;
    if (val_is_null(dict_get_cstr(module_dict(sys), "ps1"))) {
        module_set(ts, sys, "ps1", val_obj(str_intern_cstr(">>> ")));
    }
    if (val_is_null(dict_get_cstr(module_dict(sys), "ps2"))) {
        module_set(ts, sys, "ps2", val_obj(str_intern_cstr("... ")));
    }
    strbuf_init(&r->block);
    if (r->tty) {
        rl_readline_name = "cs";
        rl_catch_signals = 0;
        repl_complete_install(ts, r->globals);
        history_open(r);
        input_line_hook = input_with_readline;
    }
}

static void repl_close(Repl *r) {
    if (r->tty) {
        history_save(r);
        input_line_hook = NULL;
    }
    block_reset(r);
    if (r->tty) {
        repl_complete_uninstall();
    }
    val_decref(r->main);
}

int repl_run(ThreadState *ts, bool banner) {
    Repl r;
    repl_open(&r, ts);
    if (banner) {
        StrBuf sb;
        strbuf_init(&sb);
        strbuf_printf(&sb, "cs %s (Python %d.%d compatible) on linux\n", CS_VERSION, CS_PY_MAJOR, CS_PY_MINOR);
        strbuf_append_cstr(&sb, "Type \"exit\" or Ctrl-D to leave; `cs --help-xoptions` shows how to watch the GIL.\n");
        traceback_write_stderr(ts, sb.data, sb.len);
        strbuf_free(&sb);
    }
    int status = 0;
    for (;;) {
        char *line = NULL;
        ReadStatus st = read_line(&r, &line);
        if (st == READ_INTERRUPT) {
            block_reset(&r);
            continue;
        }
        if (st == READ_EOF && r.block.len == 0) {
            // Ctrl-D at the prompt: leave on a fresh line (on a terminal,
            // readline has already moved to one).
            if (!r.tty) {
                traceback_write_stderr(ts, "\n", 1);
            }
            break;
        }
        bool go_on = take_line(&r, line, &status);
        free(line);
        if (!go_on) {
            break;
        }
    }
    repl_close(&r);
    return status;
}
