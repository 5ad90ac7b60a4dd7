// The cs command: reading the command line, starting the interpreter,
// running the program (a script, -c code, -m module, or stdin) as the
// module __main__, the REPL, and turning the outcome into an exit status.
//
// Everything follows CPython 3.11, because users script against it:
//   - sys.argv is [script, args...], ['-c', args...], [module path, args...]
//     or ['-', args...]; options after the program belong to the program;
//   - exit status 0 on success, 1 for an uncaught exception (SyntaxError
//     included), n for sys.exit(n), 1 for sys.exit("message") (printed to
//     stderr), 2 for a bad command line or an unreadable script, 120 when
//     stdout cannot be flushed at exit, and an uncaught KeyboardInterrupt
//     ends the process by SIGINT so that the shell sees 130;
//   - with -i the REPL follows the program in its namespace, even after
//     an uncaught exception (SystemExit included), for a post-mortem.
// See also: interp/cmdline.c (the options), interp/repl.c (the prompt),
// interp/toplevel.c (reporting uncaught exceptions).
#include <errno.h>
#include <limits.h>
#include <malloc.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include "interp/ast.h"
#include "interp/cmdline.h"
#include "interp/compiler.h"
#include "interp/disasm.h"
#include "interp/import.h"
#include "interp/parser.h"
#include "interp/repl.h"
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
#include "runtime/thread.h"
#include "runtime/traceback.h"
#include "stdlib/modules.h"

// An uncaught KeyboardInterrupt: the process ends by SIGINT.
#define STATUS_SIGINT (-SIGINT)

static const char *progname = "cs";   // argv[0], as CPython names itself

// --- start-up -------------------------------------------------------------------------------

static char *executable_path(void) {
    char buf[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n <= 0) {
        return NULL;
    }
    buf[n] = '\0';
    return cs_strdup(buf);
}

// `path` made absolute (joined to the current directory, not resolved, as
// CPython does for the script's name). Caller frees.
static char *absolute_path(const char *path) {
    StrBuf sb;
    strbuf_init(&sb);
    char cwd[PATH_MAX];
    if (path[0] != '/' && getcwd(cwd, sizeof cwd)) {
        strbuf_printf(&sb, "%s/", cwd);
    }
    strbuf_append_cstr(&sb, path);
    return strbuf_take(&sb, NULL);
}

static void list_append_cstr(ThreadState *ts, Obj *list, const char *s) {
    Obj *str = str_decode_utf8(ts, s, (int64_t)strlen(s));
    if (!str) {
        exc_clear(ts);
        str = str_from_cstr(ts, "?");
    }
    list_append(ts, list, val_obj(str));
    obj_decref(str);
}

// sys.argv, sys.orig_argv and sys._xoptions.
static void set_sys_argv(ThreadState *ts, CmdLine *o, int argc, char **argv) {
    Obj *list = list_new(ts, 0);
    const char *first = o->command ? "-c" : o->module ? "-m" : o->argc ? o->argv[0] : "";
    list_append_cstr(ts, list, first);
    for (int i = 1; i < o->argc; i++) {
        list_append_cstr(ts, list, o->argv[i]);
    }
    module_set_steal(ts, ts->interp->sys_module, "argv", val_obj(list));
    Obj *orig = list_new(ts, 0);
    for (int i = 0; i < argc; i++) {
        list_append_cstr(ts, orig, argv[i]);
    }
    module_set_steal(ts, ts->interp->sys_module, "orig_argv", val_obj(orig));
    Obj *xopts = dict_new(ts);
    for (int i = 0; i < o->n_xoptions; i++) {
        const char *eq = strchr(o->xoptions[i], '=');
        size_t keylen = eq ? (size_t)(eq - o->xoptions[i]) : strlen(o->xoptions[i]);
        Obj *key = str_new(ts, o->xoptions[i], (int64_t)keylen);
        Obj *value = eq ? str_from_cstr(ts, eq + 1) : NULL;
        dict_set(ts, xopts, val_obj(key), value ? val_obj(value) : VTRUE);
        obj_decref(key);
        obj_xdecref(value);
    }
    module_set_steal(ts, ts->interp->sys_module, "_xoptions", val_obj(xopts));
}

// sys.path: the script's directory ('' for -c, stdin and the REPL; the
// current directory for -m), then CS_PATH.
static void set_sys_path(ThreadState *ts, CmdLine *o) {
    Obj *path = list_new(ts, 0);
    char resolved[PATH_MAX];
    if (o->safe_path) {
        // Nothing in front: the program's directory may not be trusted.
    } else if (o->script && strcmp(o->script, "-") != 0) {
        // The directory of the script, symbolic links resolved (or the
        // directory given as the script, which runs its __main__).
        char *dir = cs_strdup(realpath(o->script, resolved) ? resolved : o->script);
        struct stat st;
        char *slash = stat(dir, &st) == 0 && S_ISDIR(st.st_mode) ? NULL : strrchr(dir, '/');
        if (slash) {
            slash[slash == dir ? 1 : 0] = '\0';
        }
        list_append_cstr(ts, path, slash || dir[0] == '/' ? dir : "");
        free(dir);
    } else if (o->module) {
        list_append_cstr(ts, path, getcwd(resolved, sizeof resolved) ? resolved : ".");
    } else {
        list_append_cstr(ts, path, "");
    }
    const char *env = o->ignore_env ? NULL : getenv("CS_PATH");
    if (env && *env) {
        char *copy = cs_strdup(env);
        char *save = NULL;
        for (char *dir = strtok_r(copy, ":", &save); dir; dir = strtok_r(NULL, ":", &save)) {
            list_append_cstr(ts, path, dir);
        }
        free(copy);
    }
    module_set_steal(ts, ts->interp->sys_module, "path", val_obj(path));
}

// The module __main__ exists from the start, as in CPython: the program
// runs in it, and the REPL (after -i too) works in its namespace.
static void create_main_module(ThreadState *ts) {
    Obj *m = module_new(ts, "__main__");
    if (!m) {
        cs_fatal("cannot create the __main__ module");
    }
    Obj *d = module_dict(m);
    dict_set_cstr(ts, d, "__builtins__", val_obj(ts->interp->builtins_module));
    Obj *annotations = dict_new(ts);
    dict_set_cstr(ts, d, "__annotations__", val_obj(annotations));
    obj_decref(annotations);
    dict_set_cstr(ts, ts->interp->modules, "__main__", val_obj(m));
    obj_decref(m);
}

static Obj *main_dict(ThreadState *ts) {
    Value m = dict_get_cstr(ts->interp->modules, "__main__");
    if (!val_is_null(m) && val_type(m) == &ModuleType) {
        return module_dict(m.as.obj);
    }
    // The program deleted or replaced sys.modules['__main__']: start over.
    create_main_module(ts);
    return main_dict(ts);
}

static ThreadState *start(int argc, char **argv, CmdLine *o) {
    if (o->unbuffered) {
        setenv("CS_UNBUFFERED", "1", 1);
    } else if (o->ignore_env) {
        unsetenv("CS_UNBUFFERED");
    }
    ThreadState *ts = interp_new(argc, argv);
    Interp *in = ts->interp;
    in->executable = executable_path();
    Value b = builtins_module_create(ts);
    if (val_is_null(b)) {
        cs_fatal("cannot create the builtins module");
    }
    in->builtins_module = b.as.obj;
    obj_decref(in->builtins);   // the placeholder interp_new made
    in->builtins = module_dict(b.as.obj);
    obj_incref(in->builtins);
    Value sys = sys_module_create(ts);
    if (val_is_null(sys)) {
        cs_fatal("cannot create the sys module");
    }
    in->sys_module = sys.as.obj;
    dict_set_cstr(ts, in->modules, "builtins", b);
    dict_set_cstr(ts, in->modules, "sys", sys);
    set_sys_argv(ts, o, argc, argv);
    set_sys_path(ts, o);
    create_main_module(ts);
    signals_install(ts);
    gil_configure(&in->gil, ts);
    return ts;
}

// --- the outcome ---------------------------------------------------------------------------

// The status for the exception the program ended with (0 if none). With
// `inspect` (-i), SystemExit is reported like any exception: the REPL
// follows instead of an exit.
static int program_status(ThreadState *ts, bool inspect) {
    if (!exc_occurred(ts)) {
        return 0;
    }
    Value e = exc_fetch(ts);
    int status = 1;
    if (val_isinstance(e, &ExcSystemExit) && !inspect) {
        status = toplevel_exit_status(ts, e);
    } else {
        toplevel_print_exception(ts, e);
        if (val_isinstance(e, &ExcKeyboardInterrupt)) {
            status = STATUS_SIGINT;
        }
    }
    val_decref(e);
    return status;
}

// Ends the process the way an interrupted program does, so that the
// parent (a shell, a test harness) sees the interruption.
static void die_by_sigint(void) {
    fflush(NULL);
    signal(SIGINT, SIG_DFL);
    kill(getpid(), SIGINT);
}

// Calls module.fn() if the program imported that module; an exception
// it raises stays set.
static void run_exit_hook(ThreadState *ts, const char *module, const char *fn) {
    Value m = dict_get_cstr(ts->interp->modules, module);
    if (val_is_null(m)) {
        return;
    }
    Value f = obj_lookup_attr(ts, m, str_intern_cstr(fn));
    if (val_is_null(f)) {
        exc_clear(ts);
        return;
    }
    val_decref(obj_call0(ts, f));
    val_decref(f);
}

// Runs the shutdown steps and returns the process's exit status.
static int finish(ThreadState *ts, int status) {
    // Let non-daemon threads finish (threading._shutdown), if threading was used.
    run_exit_hook(ts, "threading", "_shutdown");
    // Then the atexit functions (multiprocessing joins its children there).
    Value pending = exc_fetch(ts);
    run_exit_hook(ts, "atexit", "_run_exitfuncs");
    exc_clear(ts);
    exc_restore(ts, pending);
    if (exc_occurred(ts)) {
        int s = program_status(ts, false);
        status = status ? status : s;
    }
    if (!toplevel_flush_std_streams(ts) && status != STATUS_SIGINT) {
        status = 120;
    }
    file_flush_all(ts);
    gil_finalize(&ts->interp->gil);
    gil_report_stats(ts);
    gil_write_trace(ts);
    fflush(stdout);
    if (status == STATUS_SIGINT) {
        die_by_sigint();
        status = 130;
    }
    interp_free(ts);
    return status;
}

// --- running the program -------------------------------------------------------------------

static char *read_stream(FILE *f, size_t *len) {
    StrBuf sb;
    strbuf_init(&sb);
    char buf[8192];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) {
        strbuf_append(&sb, buf, n);
    }
    strbuf_append(&sb, "", 0);
    return strbuf_take(&sb, len);
}

// -x: the first line is not part of the program (it stays as an empty
// line, so that line numbers still match the file).
static void blank_first_line(char *src, size_t len) {
    char *nl = memchr(src, '\n', len);
    size_t n = nl ? (size_t)(nl - src) : len;
    memset(src, ' ', n);
}

// --dis and --ast: show the program instead of running it. 0, or -1 with
// the SyntaxError set.
static int show_program(ThreadState *ts, CmdLine *o, const char *src, size_t len, const char *filename) {
    if (o->ast) {
        Arena arena;
        arena_init(&arena);
        ParseError err;
        Node *root = parse_source(&arena, src, len, PARSE_FILE, &err);
        if (root) {
            ast_dump(stdout, root);
        } else {
            compile_raise_syntax_error(ts, &err, src, len, filename);
        }
        arena_free(&arena);
        return root ? 0 : -1;
    }
    ObjCode *code = compile_source(ts, src, len, filename, PARSE_FILE, NULL);
    if (!code) {
        return -1;
    }
    StrBuf sb;
    strbuf_init(&sb);
    disasm_code(&sb, code, true);
    fwrite(sb.data, 1, sb.len, stdout);
    strbuf_free(&sb);
    obj_decref(&code->base);
    return 0;
}

// Compiles and runs source in __main__ (or shows it, for --dis/--ast).
// `file` becomes __file__ (NULL: none, as for -c). 0, or -1 with the
// exception set.
static int run_source(ThreadState *ts, CmdLine *o, const char *src, size_t len, const char *filename,
                      const char *file) {
    if (o->dis || o->ast) {
        return show_program(ts, o, src, len, filename);
    }
    Obj *d = main_dict(ts);
    if (file) {
        Obj *f = str_from_cstr(ts, file);
        dict_set_cstr(ts, d, "__file__", val_obj(f));
        obj_decref(f);
        dict_set_cstr(ts, d, "__cached__", VNONE);
    }
    ObjCode *code = compile_source(ts, src, len, filename, PARSE_FILE, NULL);
    if (!code) {
        return -1;
    }
    Value r = vm_run_code(ts, code, d, d);
    obj_decref(&code->base);
    if (val_is_null(r)) {
        return -1;
    }
    val_decref(r);
    return 0;
}

static int run_stdin(ThreadState *ts, CmdLine *o) {
    size_t len;
    char *src = read_stream(stdin, &len);
    if (o->skip_first_line) {
        blank_first_line(src, len);
    }
    int r = run_source(ts, o, src, len, "<stdin>", "<stdin>");
    free(src);
    return r;
}

// The file to run for a directory given as the script: its __main__.
static char *directory_main(const char *dir) {
    static const char *const names[] = {"__main__.cs", "__main__.py"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        StrBuf sb;
        strbuf_init(&sb);
        strbuf_printf(&sb, "%s/%s", dir, names[i]);
        struct stat st;
        if (stat(sb.data, &st) == 0 && S_ISREG(st.st_mode)) {
            return strbuf_take(&sb, NULL);
        }
        strbuf_free(&sb);
    }
    return NULL;
}

// Runs the script file. 0, -1 with an exception set, or an exit status
// (2, 1) when the file cannot be read, after saying why.
static int run_script(ThreadState *ts, CmdLine *o) {
    char *path = absolute_path(o->script);
    struct stat st;
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
        char *inner = directory_main(path);
        if (!inner) {
            fprintf(stderr, "%s: can't find '__main__' module in '%s'\n", progname, path);
            free(path);
            return 1;
        }
        free(path);
        path = inner;
    }
    FILE *f = fopen(path, "rb");
    if (!f) {
        int e = errno;
        fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", progname, path, e, strerror(e));
        free(path);
        return 2;
    }
    size_t len;
    char *src = read_stream(f, &len);
    fclose(f);
    if (o->skip_first_line) {
        blank_first_line(src, len);
    }
    // Like CPython, the main script is known by its absolute path.
    int r = run_source(ts, o, src, len, path, path);
    free(src);
    free(path);
    return r;
}

// --- -m module ------------------------------------------------------------------------------

// Where -m found the module's code.
typedef struct ModuleCode {
    char *path;       // its file (or "<cs-stdlib>/..." for an embedded one): sys.argv[0], __file__
    char *source;     // malloc'd
    size_t len;
    char *package;    // __package__: the parent package's name
    bool is_package;  // found a package: its __main__ submodule is what runs
} ModuleCode;

static void module_code_free(ModuleCode *mc) {
    free(mc->path);
    free(mc->source);
    free(mc->package);
    memset(mc, 0, sizeof *mc);
}

static bool read_file(const char *path, ModuleCode *mc) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        return false;
    }
    mc->source = read_stream(f, &mc->len);
    fclose(f);
    mc->path = cs_strdup(path);
    return true;
}

// Looks for `leaf` as a module file or a package in the directories of
// `dirs` (a list of str), in import's order.
static bool find_in_dirs(Value dirs, const char *leaf, ModuleCode *mc) {
    static const char *const forms[] = {"%s/%s.cs", "%s/%s/__init__.cs", "%s/%s.py", "%s/%s/__init__.py"};
    if (!val_is_list(dirs)) {
        return false;
    }
    for (int64_t i = 0; i < as_list(dirs)->len; i++) {
        Value dir = as_list(dirs)->items[i];
        if (!val_is_str(dir)) {
            continue;
        }
        for (size_t k = 0; k < sizeof forms / sizeof forms[0]; k++) {
            StrBuf sb;
            strbuf_init(&sb);
            strbuf_printf(&sb, forms[k], as_str(dir)->data[0] ? as_str(dir)->data : ".", leaf);
            struct stat st;
            bool found = stat(sb.data, &st) == 0 && S_ISREG(st.st_mode) && read_file(sb.data, mc);
            strbuf_free(&sb);
            if (found) {
                mc->is_package = strstr(forms[k], "__init__") != NULL;
                return true;
            }
        }
    }
    return false;
}

static bool find_embedded(const char *name, ModuleCode *mc) {
    bool is_package;
    size_t len;
    const char *src = import_embedded_source(name, &len, &is_package);
    if (!src) {
        return false;
    }
    StrBuf sb;
    strbuf_init(&sb);
    strbuf_append_cstr(&sb, "<cs-stdlib>/");
    for (const char *p = name; *p; p++) {
        strbuf_append_char(&sb, *p == '.' ? '/' : *p);
    }
    strbuf_append_cstr(&sb, is_package ? "/__init__.cs" : ".cs");
    mc->path = strbuf_take(&sb, NULL);
    mc->source = malloc(len + 1);
    memcpy(mc->source, src, len);
    mc->source[len] = '\0';
    mc->len = len;
    mc->is_package = is_package;
    linecache_register(mc->path, mc->source, len);
    return true;
}

// Finds the code that `-m name` runs: false after writing why not into
// `why`. A parent package is imported first (its code runs), as in CPython.
static bool find_module_code(ThreadState *ts, const char *name, ModuleCode *mc, StrBuf *why) {
    memset(mc, 0, sizeof *mc);
    if (modules_find(name)) {
        strbuf_printf(why, "No code object available for %s", name);
        return false;
    }
    const char *dot = strrchr(name, '.');
    mc->package = dot ? strndup(name, (size_t)(dot - name)) : cs_strdup("");
    Value dirs;
    if (dot) {
        Value parent = import_module(ts, mc->package);
        dirs = val_is_null(parent) ? VNULL : obj_lookup_attr(ts, parent, str_intern_cstr("__path__"));
        if (val_is_null(dirs) && !exc_occurred(ts)) {
            exc_raise(ts, &ExcModuleNotFoundError, "__path__ attribute not found on '%s' while trying to find '%s'",
                      mc->package, name);
        }
        val_decref(parent);
        if (val_is_null(dirs)) {
            Value e = exc_fetch(ts);
            Value msg = obj_str(ts, e);
            exc_clear(ts);
            strbuf_printf(why, "Error while finding module specification for '%s' (%s: %s)", name,
                          val_type(e)->name, val_is_null(msg) ? "?" : as_str(msg)->data);
            val_decref(msg);
            val_decref(e);
            return false;
        }
    } else {
        dirs = val_dup(dict_get_cstr(module_dict(ts->interp->sys_module), "path"));
    }
    bool found = find_embedded(name, mc) || find_in_dirs(dirs, dot ? dot + 1 : name, mc);
    val_decref(dirs);
    if (!found) {
        strbuf_printf(why, "No module named %s", name);
    }
    return found;
}

// A package runs as its __main__ submodule, after the package itself is
// imported.
static bool find_main_of_package(ThreadState *ts, const char *name, ModuleCode *mc, StrBuf *why) {
    module_code_free(mc);
    Value pkg = import_module(ts, name);
    if (val_is_null(pkg)) {
        return false;
    }
    val_decref(pkg);
    StrBuf sub;
    strbuf_init(&sub);
    strbuf_printf(&sub, "%s.__main__", name);
    bool found = find_module_code(ts, sub.data, mc, why) && !mc->is_package;
    if (!found) {
        strbuf_free(why);
        strbuf_printf(why, "No module named %s; '%s' is a package and cannot be directly executed", sub.data,
                      name);
    }
    strbuf_free(&sub);
    return found;
}

// Runs -m's module as __main__. Returns as run_script does.
static int run_module(ThreadState *ts, CmdLine *o) {
    ModuleCode mc;
    StrBuf why;
    strbuf_init(&why);
    bool found = find_module_code(ts, o->module, &mc, &why);
    if (found && mc.is_package) {
        found = find_main_of_package(ts, o->module, &mc, &why);
        if (!found && exc_occurred(ts)) {
            strbuf_free(&why);
            module_code_free(&mc);
            return -1;   // the package's own code failed
        }
    }
    if (!found) {
        fprintf(stderr, "%s: %s\n", progname, why.data);
        strbuf_free(&why);
        module_code_free(&mc);
        return 1;
    }
    strbuf_free(&why);
    Value argv = dict_get_cstr(module_dict(ts->interp->sys_module), "argv");
    if (val_is_list(argv) && as_list(argv)->len > 0) {
        Obj *path = str_from_cstr(ts, mc.path);
        val_set(&as_list(argv)->items[0], val_obj(path));
    }
    Obj *package = str_from_cstr(ts, mc.package);
    dict_set_cstr(ts, main_dict(ts), "__package__", val_obj(package));
    obj_decref(package);
    int r = run_source(ts, o, mc.source, mc.len, mc.path, mc.path);
    module_code_free(&mc);
    return r;
}

// --- main ------------------------------------------------------------------------------------

// CS_STARTUP: a file run before the first prompt of an interactive session.
static void run_startup_file(ThreadState *ts, CmdLine *o) {
    const char *path = o->ignore_env ? NULL : getenv("CS_STARTUP");
    if (!path || !path[0]) {
        return;
    }
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "Could not open CS_STARTUP\n");
        return;
    }
    size_t len;
    char *src = read_stream(f, &len);
    fclose(f);
    CmdLine plain = {0};
    if (run_source(ts, &plain, src, len, path, NULL) < 0) {
        program_status(ts, true);
    }
    free(src);
}

// Runs what the command line names. 0, -1 with the exception set, or an
// exit status when the program could not even start.
static int run_program(ThreadState *ts, CmdLine *o) {
    if (o->command) {
        return run_source(ts, o, o->command, strlen(o->command), "<string>", NULL);
    }
    if (o->module) {
        return run_module(ts, o);
    }
    if (o->script && strcmp(o->script, "-") != 0) {
        return run_script(ts, o);
    }
    return run_stdin(ts, o);
}

int main(int argc, char **argv) {
    CmdLine o;
    cmdline_parse(&o, argc, argv);
    progname = o.progname;
    // Threads allocate under the GIL, one at a time: a single malloc arena
    // is enough, and spares every thread a 64 MB reservation of its own.
    mallopt(M_ARENA_MAX, 1);
    ThreadState *ts = start(argc, argv, &o);
    bool has_program = o.command || o.module || (o.script && strcmp(o.script, "-") != 0);
    bool dump = o.dis || o.ast;
    if (!has_program && !dump && (o.inspect || isatty(0))) {
        // Nothing to run, and a terminal (or -i): the interactive session.
        run_startup_file(ts, &o);
        return finish(ts, repl_run(ts, !o.quiet));
    }
    int r = run_program(ts, &o);
    if (r > 0) {
        return finish(ts, r);
    }
    int status = program_status(ts, o.inspect && !dump);
    if (o.inspect && !dump) {
        status = repl_run(ts, false);
    }
    return finish(ts, status);
}
