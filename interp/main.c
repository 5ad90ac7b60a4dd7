// The cs command: options, start-up, running a script (or -c, -m, stdin),
// the REPL, and turning the outcome into an exit status as CPython does:
// 0 success, 1 uncaught exception (SyntaxError included), 2 bad command
// line or unreadable script, sys.exit(n) gives n, and an uncaught
// KeyboardInterrupt ends the process by SIGINT (the shell shows 130).
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <unistd.h>

#include "interp/ast.h"
#include "interp/compiler.h"
#include "interp/disasm.h"
#include "interp/import.h"
#include "interp/parser.h"
#include "interp/repl.h"
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
#include "runtime/thread.h"
#include "runtime/traceback.h"
#include "stdlib/modules.h"

typedef struct Options {
    const char *command;      // -c
    const char *module;       // -m
    const char *script;       // path, or "-" for stdin
    bool interactive;         // -i
    bool quiet;               // -q
    bool unbuffered;          // -u
    bool dis;                 // --dis
    bool ast;                 // --ast
    int argc;                 // what becomes sys.argv
    char **argv;
} Options;

static const char usage_text[] =
    "usage: cs [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
    "Options:\n"
    "-c cmd : program passed in as string (terminates option list)\n"
    "-h     : print this help message and exit (also -? or --help)\n"
    "-i     : inspect interactively after running script\n"
    "-m mod : run library module as a script (terminates option list)\n"
    "-q     : don't print version and copyright messages on interactive startup\n"
    "-u     : force the stdout and stderr streams to be unbuffered\n"
    "-V     : print the cs version number and exit (also --version)\n"
    "-X opt : set implementation-specific option:\n"
    "         -X gilswitch=always  hand the GIL over at every safe point (shows races)\n"
    "         -X giltrace=FILE     write every GIL hand-over as Chrome trace-event JSON\n"
    "         -X gilstats          print per-thread GIL statistics at exit\n"
    "--dis  : compile the program and print its bytecode instead of running it\n"
    "--ast  : parse the program and print its syntax tree instead of running it\n"
    "file   : program read from script file\n"
    "-      : program read from stdin (default; interactive mode if a tty)\n"
    "arg ...: arguments passed to program in sys.argv[1:]\n"
    "\n"
    "Environment variables:\n"
    "CS_PATH       : ':'-separated list of directories prefixed to the module search path\n"
    "CS_UNBUFFERED : if this is a non-empty string it is equivalent to -u\n"
    "CS_HISTORY    : the REPL history file (default ~/.cs_history; empty: no history)\n";

static void usage_error(const char *fmt, const char *arg) {
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "usage: cs [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
                    "Try `cs -h' for more information.\n");
    exit(2);
}

static void apply_x_option(const char *opt) {
    if (strcmp(opt, "gilswitch=always") == 0) {
        setenv("CS_GILSWITCH", "always", 1);
    } else if (strncmp(opt, "giltrace=", 9) == 0) {
        setenv("CS_GILTRACE", opt + 9, 1);
    } else if (strcmp(opt, "gilstats") == 0) {
        setenv("CS_GILSTATS", "1", 1);
    }
    // Unknown -X options are accepted and ignored, as CPython does.
}

static void parse_options(int argc, char **argv, Options *o) {
    memset(o, 0, sizeof *o);
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] != '-' || strcmp(a, "-") == 0) {
            break;
        }
        if (strcmp(a, "--") == 0) {
            i++;
            break;
        }
        if (strcmp(a, "--version") == 0) {
            printf("cs %s (Python %d.%d compatible)\n", CS_VERSION, CS_PY_MAJOR, CS_PY_MINOR);
            exit(0);
        }
        if (strcmp(a, "--help") == 0) {
            fputs(usage_text, stdout);
            exit(0);
        }
        if (strcmp(a, "--dis") == 0) {
            o->dis = true;
            continue;
        }
        if (strcmp(a, "--ast") == 0) {
            o->ast = true;
            continue;
        }
        if (a[1] == '-') {
            usage_error("unknown option %s\n", a);
        }
        for (const char *p = a + 1; *p; p++) {
            switch (*p) {
            case 'c':
            case 'm': {
                const char *val = p[1] ? p + 1 : (i + 1 < argc ? argv[++i] : NULL);
                if (!val) {
                    usage_error("Argument expected for the -%s option\n", *p == 'c' ? "c" : "m");
                }
                if (*p == 'c') {
                    o->command = val;
                } else {
                    o->module = val;
                }
                o->argc = argc - i;
                o->argv = argv + i;
                return;
            }
            case 'i': o->interactive = true; break;
            case 'q': o->quiet = true; break;
            case 'u': o->unbuffered = true; break;
            case 'B':
            case 'E':
            case 'I':
            case 's':
            case 'S':
            case 'O': break;
            case 'V':
                printf("cs %s (Python %d.%d compatible)\n", CS_VERSION, CS_PY_MAJOR, CS_PY_MINOR);
                exit(0);
            case 'h':
            case '?':
                fputs(usage_text, stdout);
                exit(0);
            case 'X': {
                const char *val = p[1] ? p + 1 : (i + 1 < argc ? argv[++i] : NULL);
                if (!val) {
                    usage_error("Argument expected for the -%s option\n", "X");
                }
                apply_x_option(val);
                p = val + strlen(val) - 1;
                goto next_arg;
            }
            default: {
                char opt[3] = {'-', *p, 0};
                usage_error("Unknown option: %s\n", opt);
            }
            }
        }
    next_arg:;
    }
    if (i < argc) {
        o->script = argv[i];
        o->argc = argc - i;
        o->argv = argv + i;
    }
}

// --- start-up ------------------------------------------------------------------------------

static char *executable_path(void) {
    char buf[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n <= 0) {
        return NULL;
    }
    buf[n] = '\0';
    return cs_strdup(buf);
}

static void set_sys_argv(ThreadState *ts, Options *o) {
    Obj *argv = list_new(ts, 0);
    if (o->command) {
        list_append(ts, argv, val_obj(str_from_cstr(ts, "-c")));
        obj_decref(((ObjList *)argv)->items[0].as.obj);
    }
    int start = (o->command || o->module) ? 1 : 0;
    if (o->argc == 0 && !o->command) {
        Obj *empty = str_from_cstr(ts, "");
        list_append(ts, argv, val_obj(empty));
        obj_decref(empty);
    }
    for (int i = start; i < o->argc; i++) {
        Obj *s = str_decode_utf8(ts, o->argv[i], (int64_t)strlen(o->argv[i]));
        if (!s) {
            exc_clear(ts);
            s = str_from_cstr(ts, "?");
        }
        list_append(ts, argv, val_obj(s));
        obj_decref(s);
    }
    module_set_steal(ts, ts->interp->sys_module, "argv", val_obj(argv));
    Obj *orig = list_new(ts, 0);
    module_set_steal(ts, ts->interp->sys_module, "orig_argv", val_obj(orig));
}

static void set_sys_path(ThreadState *ts, Options *o) {
    Obj *path = list_new(ts, 0);
    const char *first = "";
    char *dir = NULL;
    if (o->script && strcmp(o->script, "-") != 0) {
        char resolved[PATH_MAX];
        const char *src = realpath(o->script, resolved) ? resolved : o->script;
        dir = cs_strdup(src);
        char *slash = strrchr(dir, '/');
        if (slash) {
            *slash = '\0';
            first = dir[0] ? dir : "/";
        } else {
            first = "";
        }
    } else if (o->module) {
        char cwd[PATH_MAX];
        dir = cs_strdup(getcwd(cwd, sizeof cwd) ? cwd : ".");
        first = dir;
    }
    Obj *s = str_from_cstr(ts, first);
    list_append(ts, path, val_obj(s));
    obj_decref(s);
    free(dir);
    const char *env = getenv("CS_PATH");
    if (env && *env) {
        char *copy = cs_strdup(env);
        for (char *tok = strtok(copy, ":"); tok; tok = strtok(NULL, ":")) {
            Obj *e = str_from_cstr(ts, tok);
            list_append(ts, path, val_obj(e));
            obj_decref(e);
        }
        free(copy);
    }
    module_set_steal(ts, ts->interp->sys_module, "path", val_obj(path));
}

static ThreadState *start(int argc, char **argv, Options *o) {
    if (o->unbuffered) {
        setenv("CS_UNBUFFERED", "1", 1);
    }
    ThreadState *ts = interp_new(argc, argv);
    Interp *in = ts->interp;
    in->executable = executable_path();
    Value b = builtins_module_create(ts);
    if (val_is_null(b)) {
        cs_fatal("cannot create the builtins module");
    }
    in->builtins_module = b.as.obj;
    in->builtins = module_dict(b.as.obj);
    obj_incref(in->builtins);
    Value sys = sys_module_create(ts);
    if (val_is_null(sys)) {
        cs_fatal("cannot create the sys module");
    }
    in->sys_module = sys.as.obj;
    dict_set_cstr(ts, in->modules, "builtins", b);
    dict_set_cstr(ts, in->modules, "sys", sys);
    set_sys_argv(ts, o);
    set_sys_path(ts, o);
    signals_install(ts);
    gil_configure(&in->gil);
    return ts;
}

// --- the outcome ---------------------------------------------------------------------------

// Handles an uncaught exception at the top level: prints it (unless it is
// SystemExit) and returns the exit status.
static int report_exception(ThreadState *ts) {
    Value e = exc_fetch(ts);
    if (val_isinstance(e, &ExcSystemExit)) {
        Value code = exc_get_attr(e, "code");
        int status = 0;
        if (val_is_null(code) || val_is_none(code)) {
            status = 0;
        } else if (val_is_int_subclass(code)) {
            int64_t n;
            status = int_to_i64(code, &n) ? (int)(n & 0xff) : -1;
            if (!int_to_i64(code, &n)) {
                status = 255;
            }
        } else {
            Value s = obj_str(ts, code);
            if (!val_is_null(s)) {
                Obj *line = str_format_c(ts, "%U\n", s.as.obj);
                file_flush_all(ts);
                exc_clear(ts);
                traceback_write_stderr(ts, str_cstr(line), (size_t)((ObjStr *)line)->nbytes);
                obj_decref(line);
                val_decref(s);
            }
            exc_clear(ts);
            status = 1;
        }
        val_decref(e);
        return status;
    }
    file_flush_all(ts);
    exc_clear(ts);
    Value hook = dict_get_cstr(module_dict(ts->interp->sys_module), "excepthook");
    ObjException *ex = (ObjException *)e.as.obj;
    Value args[3] = {val_obj(&val_type(e)->base), e, ex->traceback ? val_obj(ex->traceback) : VNONE};
    Value r = val_is_null(hook) ? VNULL : obj_call(ts, hook, args, 3, NULL);
    if (val_is_null(r)) {
        exc_clear(ts);
        traceback_print(ts, e);
    }
    val_decref(r);
    bool interrupted = val_isinstance(e, &ExcKeyboardInterrupt);
    val_decref(e);
    return interrupted ? -SIGINT : 1;
}

// Runs the shutdown steps and ends the process with `status`.
static int finish(ThreadState *ts, int status) {
    // Let non-daemon threads finish (threading._shutdown), if threading was used.
    thread_shutdown(ts);
    if (exc_occurred(ts)) {
        int s = report_exception(ts);
        if (status == 0) {
            status = s;
        }
    }
    file_flush_all(ts);
    if (exc_occurred(ts)) {
        exc_clear(ts);
        if (status == 0) {
            status = 120;
        }
    }
    gil_report_stats(ts);
    fflush(stdout);
    if (status == -SIGINT) {
        // Die by SIGINT, so that the parent (a shell) sees the interruption.
        signal(SIGINT, SIG_DFL);
        kill(getpid(), SIGINT);
        status = 130;
    }
    interp_free(ts);
    return status;
}

static char *read_stream(FILE *f, size_t *len) {
    StrBuf sb;
    strbuf_init(&sb);
    char buf[8192];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) {
        strbuf_append(&sb, buf, n);
    }
    return strbuf_take(&sb, len);
}

// --dis and --ast: show the program instead of running it.
static int show_program(ThreadState *ts, Options *o, const char *src, size_t len, const char *filename) {
    if (o->ast) {
        Arena arena;
        arena_init(&arena);
        ParseError err;
        Node *root = parse_source(&arena, src, len, PARSE_FILE, &err);
        if (!root) {
            compile_raise_syntax_error(ts, &err, src, len, filename);
            arena_free(&arena);
            return finish(ts, report_exception(ts));
        }
        ast_dump(stdout, root);
        fputc('\n', stdout);
        arena_free(&arena);
        return finish(ts, 0);
    }
    ObjCode *code = compile_source(ts, src, len, filename, PARSE_FILE, NULL);
    if (!code) {
        return finish(ts, report_exception(ts));
    }
    StrBuf sb;
    strbuf_init(&sb);
    disasm_code(&sb, code, true);
    fwrite(sb.data, 1, sb.len, stdout);
    strbuf_free(&sb);
    obj_decref(&code->base);
    return finish(ts, 0);
}

static int run_main_source(ThreadState *ts, const char *src, size_t len, const char *filename) {
    Value m = import_exec_source(ts, "__main__", src, len, filename, false);
    if (val_is_null(m)) {
        return report_exception(ts);
    }
    val_decref(m);
    return 0;
}

int main(int argc, char **argv) {
    Options o;
    parse_options(argc, argv, &o);
    ThreadState *ts = start(argc, argv, &o);
    int status = 0;
    bool stdin_tty = isatty(0);

    if (o.command) {
        if (o.dis || o.ast) {
            return show_program(ts, &o, o.command, strlen(o.command), "<string>");
        }
        status = run_main_source(ts, o.command, strlen(o.command), "<string>");
    } else if (o.module) {
        Value runpy = import_module(ts, o.module);
        if (val_is_null(runpy)) {
            if (exc_matches(ts, &ExcModuleNotFoundError)) {
                exc_clear(ts);
                fprintf(stderr, "%s: No module named %s\n", argv[0], o.module);
                return finish(ts, 1);
            }
            status = report_exception(ts);
        } else {
            val_decref(runpy);
        }
    } else if (o.script && strcmp(o.script, "-") != 0) {
        FILE *f = fopen(o.script, "rb");
        if (!f) {
            int e = errno;
            // CPython names the file by its absolute path.
            StrBuf shown;
            strbuf_init(&shown);
            char cwd[PATH_MAX];
            if (o.script[0] != '/' && getcwd(cwd, sizeof cwd)) {
                strbuf_printf(&shown, "%s/", cwd);
            }
            strbuf_append_cstr(&shown, o.script);
            fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", argv[0], shown.data, e, strerror(e));
            strbuf_free(&shown);
            return finish(ts, 2);
        }
        size_t len;
        char *src = read_stream(f, &len);
        fclose(f);
        if (o.dis || o.ast) {
            int r = show_program(ts, &o, src, len, o.script);
            free(src);
            return r;
        }
        // Like CPython, the main script is known by its absolute path.
        StrBuf path;
        strbuf_init(&path);
        char cwd[PATH_MAX];
        if (o.script[0] != '/' && getcwd(cwd, sizeof cwd)) {
            strbuf_printf(&path, "%s/", cwd);
        }
        strbuf_append_cstr(&path, o.script);
        status = run_main_source(ts, src, len, path.data);
        strbuf_free(&path);
        free(src);
    } else if (!stdin_tty || (o.script && strcmp(o.script, "-") == 0 && !stdin_tty)) {
        size_t len;
        char *src = read_stream(stdin, &len);
        if (o.dis || o.ast) {
            int r = show_program(ts, &o, src, len, "<stdin>");
            free(src);
            return r;
        }
        status = run_main_source(ts, src, len, "<stdin>");
        free(src);
    } else {
        // A terminal and nothing to run: the REPL.
        return finish(ts, repl_run(ts, o.quiet, NULL));
    }
    if (o.interactive && status != -SIGINT) {
        bool was_exit = false;
        (void)was_exit;
        return finish(ts, repl_run(ts, true, "__main__"));
    }
    return finish(ts, status);
}
