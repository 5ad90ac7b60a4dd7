// The command line of cs: the options CPython 3.11 has (those that make
// sense here; the rest are accepted and ignored), cs's own (--dis, --ast,
// the -X switches of the GIL), the help texts, and the errors for a bad
// command line (a message and the usage line on stderr, exit status 2).
// Everything after -c CMD, -m MOD or the script's name belongs to the
// program: it becomes sys.argv[1:].
#ifndef CS_INTERP_CMDLINE_H
#define CS_INTERP_CMDLINE_H

#include <stdbool.h>

#define CMDLINE_MAX_XOPTIONS 32

typedef struct CmdLine {
    const char *command;      // -c
    const char *module;       // -m
    const char *script;       // a file, or "-" for stdin; NULL: stdin or the REPL
    bool inspect;             // -i: the REPL after the program
    bool quiet;               // -q: no banner
    bool unbuffered;          // -u
    bool ignore_env;          // -E (and -I): ignore CS_PATH, CS_UNBUFFERED, CS_STARTUP
    bool safe_path;           // -P (and -I): no script directory in sys.path
    bool skip_first_line;     // -x
    bool dis, ast;            // --dis, --ast: show the program instead of running it
    int version;              // how many -V
    const char *xoptions[CMDLINE_MAX_XOPTIONS];   // -X values, for sys._xoptions
    int n_xoptions;
    int argc;                 // what becomes sys.argv (argv[0] is replaced for -c, -m)
    char **argv;
    const char *progname;     // argv[0] of cs itself, for messages
} CmdLine;

// Parses argv into *cl. Prints the help (-h), the version (-V) or an error
// (exit status 2) and ends the process itself when the options say so.
// -X options are also applied to the environment (CS_GILSWITCH, ...), so
// that child processes inherit them.
void cmdline_parse(CmdLine *cl, int argc, char **argv);

#endif
