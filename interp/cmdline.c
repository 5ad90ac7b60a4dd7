// The command line (see cmdline.h). Options are parsed the way CPython's
// getopt does: single letters may be grouped (-iq), an option's value may
// follow in the same word (-cCODE, -Xdev) or in the next one, and the
// first word that is not an option (or -c/-m's value) ends the options.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "interp/cmdline.h"

#include "runtime/common.h"

static const char *progname = "cs";   // argv[0], as CPython names itself

static const char usage_line[] = "usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";

static const char help_text[] =
    "Options:\n"
    "-c cmd : program passed in as string (terminates option list)\n"
    "-E     : ignore CS_* environment variables (such as CS_PATH)\n"
    "-h     : print this help message and exit (also -? or --help)\n"
    "-i     : inspect interactively after running script; forces a prompt even\n"
    "         if stdin does not appear to be a terminal\n"
    "-I     : isolate cs from the user's environment (implies -E and -P)\n"
    "-m mod : run library module as a script (terminates option list)\n"
    "-P     : don't prepend a potentially unsafe path to sys.path\n"
    "-q     : don't print version and copyright messages on interactive startup\n"
    "-u     : force the stdout and stderr streams to be unbuffered;\n"
    "         this option has no effect on stdin; also CS_UNBUFFERED=x\n"
    "-V     : print the cs version number and exit (also --version)\n"
    "-x     : skip first line of source, allowing use of non-Unix forms of #!cmd\n"
    "-X opt : set implementation-specific option (see --help-xoptions)\n"
    "--dis  : compile the program and print its bytecode instead of running it\n"
    "--ast  : parse the program and print its syntax tree instead of running it\n"
    "--help-env      : print help about cs environment variables and exit\n"
    "--help-xoptions : print help about implementation-specific -X options and exit\n"
    "--help-all      : print complete help information and exit\n"
    "(-b, -B, -d, -O, -OO, -s, -S, -v and -W arg are accepted for compatibility and ignored)\n"
    "Arguments:\n"
    "file   : program read from script file\n"
    "-      : program read from stdin (default; interactive mode if a tty)\n"
    "arg ...: arguments passed to program in sys.argv[1:]\n";

static const char help_xoptions[] =
    "The following implementation-specific options are available:\n"
    "-X gilswitch=always: hand the GIL over at random instructions, so that races show\n"
    "    up at once; also CS_GILSWITCH=always\n"
    "-X giltrace=FILE: write every GIL hand-over to FILE as Chrome trace-event JSON\n"
    "    (open it in Perfetto or chrome://tracing), or as a timeline drawn in text\n"
    "    when FILE ends in .txt; also CS_GILTRACE=FILE\n"
    "-X gilstats: print per-thread GIL statistics at exit; also CS_GILSTATS=1\n"
    "Other -X options are accepted and ignored; all appear in sys._xoptions.\n";

static const char help_env[] =
    "Environment variables that change the behavior of cs:\n"
    "CS_PATH       : ':'-separated list of directories prefixed to the module\n"
    "                search path (sys.path)\n"
    "CS_STARTUP    : file executed on interactive startup (no default)\n"
    "CS_UNBUFFERED : if this is a non-empty string it is equivalent to -u\n"
    "CS_HISTORY    : the REPL's history file (default ~/.cs_history; empty: no history)\n"
    "CS_GILSWITCH, CS_GILTRACE, CS_GILSTATS: the -X options of the same name; child\n"
    "                processes inherit them\n";

static void print_version(int times) {
    printf("cs %s (Python %d.%d compatible)", CS_VERSION, CS_PY_MAJOR, CS_PY_MINOR);
    if (times > 1) {
        printf(" [GCC %s]", __VERSION__);
    }
    putchar('\n');
}

static void print_help(const char *which) {
    bool all = strcmp(which, "all") == 0;
    if (all || strcmp(which, "options") == 0) {
        printf(usage_line, progname);
        fputs(help_text, stdout);
    }
    if (all || strcmp(which, "env") == 0) {
        fputs(help_env, stdout);
    }
    if (all || strcmp(which, "xoptions") == 0) {
        fputs(help_xoptions, stdout);
    }
}

// A bad command line: the message, the usage line, exit status 2.
static void usage_error(const char *fmt, const char *arg) {
    fprintf(stderr, fmt, arg);
    fprintf(stderr, usage_line, progname);
    fprintf(stderr, "Try `cs -h' for more information.\n");
    exit(2);
}

// -X options reach the runtime (and child processes) as CS_* variables.
static void apply_x_option(CmdLine *cl, const char *opt) {
    if (strcmp(opt, "gilswitch=always") == 0) {
        setenv("CS_GILSWITCH", "always", 1);
    } else if (strncmp(opt, "giltrace=", 9) == 0) {
        setenv("CS_GILTRACE", opt + 9, 1);
    } else if (strcmp(opt, "gilstats") == 0) {
        setenv("CS_GILSTATS", "1", 1);
    }
    // Unknown -X options are accepted and ignored, as CPython does.
    if (cl->n_xoptions < CMDLINE_MAX_XOPTIONS) {
        cl->xoptions[cl->n_xoptions++] = opt;
    }
}

static void long_option(CmdLine *cl, const char *a) {
    if (strcmp(a, "--version") == 0) {
        print_version(1);
        exit(0);
    } else if (strcmp(a, "--help") == 0) {
        print_help("options");
        exit(0);
    } else if (strncmp(a, "--help-", 7) == 0 &&
               (strcmp(a + 7, "env") == 0 || strcmp(a + 7, "xoptions") == 0 || strcmp(a + 7, "all") == 0)) {
        print_help(a + 7);
        exit(0);
    } else if (strcmp(a, "--dis") == 0) {
        cl->dis = true;
    } else if (strcmp(a, "--ast") == 0) {
        cl->ast = true;
    } else {
        usage_error("unknown option %s\n", a);
    }
}

// The value of an option that takes one: the rest of this word (-Xdev) or
// the next word (-X dev).
static const char *option_value(char opt, const char *rest, int argc, char **argv, int *i) {
    if (*rest) {
        return rest;
    }
    if (*i < argc) {
        return argv[(*i)++];
    }
    char name[2] = {opt, 0};
    usage_error("Argument expected for the -%s option\n", name);
    return NULL;
}

// One word of single-letter options (-iq, -c cmd, -Xdev). *i indexes the
// next word. Returns false when -c or -m ended the option list.
static bool short_options(CmdLine *cl, const char *word, int argc, char **argv, int *i) {
    for (const char *p = word + 1; *p; p++) {
        switch (*p) {
        case 'c':
        case 'm': {
            int at = *i;
            const char *value = option_value(*p, p + 1, argc, argv, i);
            *(*p == 'c' ? &cl->command : &cl->module) = value;
            // sys.argv: the option's slot, then everything after its value.
            cl->argv = argv + (p[1] ? at - 1 : at);
            cl->argc = argc - (int)(cl->argv - argv);
            return false;
        }
        case 'X':
            apply_x_option(cl, option_value('X', p + 1, argc, argv, i));
            return true;
        case 'W':
            option_value('W', p + 1, argc, argv, i);
            return true;
        case 'i': cl->inspect = true; break;
        case 'q': cl->quiet = true; break;
        case 'u': cl->unbuffered = true; break;
        case 'E': cl->ignore_env = true; break;
        case 'I': cl->ignore_env = cl->safe_path = true; break;
        case 'P': cl->safe_path = true; break;
        case 'x': cl->skip_first_line = true; break;
        case 'V': cl->version++; break;
        case 'h':
        case '?':
            print_help("options");
            exit(0);
        case 'b': case 'B': case 'd': case 'O': case 's': case 'S': case 'v':
            break;
        default: {
            char name[3] = {'-', *p, 0};
            usage_error("Unknown option: %s\n", name);
        }
        }
    }
    return true;
}

void cmdline_parse(CmdLine *cl, int argc, char **argv) {
    memset(cl, 0, sizeof *cl);
    progname = argv[0];
    cl->progname = argv[0];
    int i = 1;
    while (i < argc && argv[i][0] == '-' && argv[i][1] != '\0') {
        const char *word = argv[i++];
        if (strcmp(word, "--") == 0) {
            break;
        }
        if (word[1] == '-') {
            long_option(cl, word);
        } else if (!short_options(cl, word, argc, argv, &i)) {
            break;
        }
    }
    if (cl->version) {
        print_version(cl->version);
        exit(0);
    }
    if (!cl->command && !cl->module && i < argc) {
        cl->script = argv[i];
        cl->argc = argc - i;
        cl->argv = argv + i;
    }
}
