// Tab completion at the prompt (see repl_complete.h), as Python's
// rlcompleter does it: readline asks attempt_completion for the word
// before the cursor; a plain word completes from the keywords, the
// namespace and the builtins, a dotted one (`obj.attr`) from dir(obj).
// The object before the dot is evaluated only if it is a dotted name, so
// completing runs no calls; properties are not evaluated either.
#include <stdio.h>

#include <readline/readline.h>

#include "interp/repl_complete.h"

#include "interp/compiler.h"
#include "interp/vm.h"
#include "runtime/obj_dict.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_list.h"
#include "runtime/obj_str.h"
#include "runtime/state.h"
#include "runtime/strbuf.h"

static const char *const keywords[] = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield", NULL,
};

typedef struct Matches {
    char **items;
    int n, cap;
} Matches;

static Matches matches;          // candidates for the word being completed
static ThreadState *complete_ts;  // the REPL's thread
static Obj *complete_globals;     // the namespace whose names complete

static void matches_clear(void) {
    for (int i = 0; i < matches.n; i++) {
        free(matches.items[i]);
    }
    matches.n = 0;
}

static void matches_add(const char *stem, const char *word, size_t len, const char *suffix) {
    if (matches.n == matches.cap) {
        matches.cap = matches.cap ? matches.cap * 2 : 64;
        matches.items = realloc(matches.items, (size_t)matches.cap * sizeof(char *));
    }
    StrBuf sb;
    strbuf_init(&sb);
    strbuf_printf(&sb, "%s%.*s%s", stem, (int)len, word, suffix);
    matches.items[matches.n++] = strbuf_take(&sb, NULL);
}

static int compare_strings(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void matches_sort_unique(void) {
    qsort(matches.items, (size_t)matches.n, sizeof(char *), compare_strings);
    int kept = 0;
    for (int i = 0; i < matches.n; i++) {
        if (kept > 0 && strcmp(matches.items[kept - 1], matches.items[i]) == 0) {
            free(matches.items[i]);
        } else {
            matches.items[kept++] = matches.items[i];
        }
    }
    matches.n = kept;
}

// As Python's rlcompleter: a callable completes with "(", most keywords
// with a space, `try` and `finally` with a colon.
static const char *keyword_suffix(const char *kw) {
    static const char *const bare[] = {"False", "None", "True", "break", "continue", "pass", "else", NULL};
    if (strcmp(kw, "try") == 0 || strcmp(kw, "finally") == 0) {
        return ":";
    }
    for (int i = 0; bare[i]; i++) {
        if (strcmp(kw, bare[i]) == 0) {
            return "";
        }
    }
    return " ";
}

// Adds the keys of dict `d` that start with `prefix`.
static void add_names_from(Obj *d, const char *prefix) {
    size_t plen = strlen(prefix);
    int64_t pos = 0;
    Value key, value;
    while (dict_next(d, &pos, &key, &value)) {
        if (val_is_str(key) && strncmp(as_str(key)->data, prefix, plen) == 0) {
            matches_add("", as_str(key)->data, (size_t)as_str(key)->nbytes, obj_is_callable(value) ? "(" : "");
        }
    }
}

static void collect_names(const char *text) {
    for (int i = 0; keywords[i]; i++) {
        if (strncmp(keywords[i], text, strlen(text)) == 0) {
            matches_add("", keywords[i], strlen(keywords[i]), keyword_suffix(keywords[i]));
        }
    }
    add_names_from(complete_globals, text);
    add_names_from(complete_ts->interp->builtins, text);
}

// Evaluates a dotted name such as `os.path` (no calls, no subscripts:
// completing must not run arbitrary code). New reference or VNULL.
static Value eval_dotted(const char *expr, size_t len) {
    for (size_t i = 0; i < len; i++) {
        char c = expr[i];
        if (!(c == '.' || c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
            return VNULL;
        }
    }
    ObjCode *code = compile_source(complete_ts, expr, len, "<completion>", PARSE_EVAL, NULL);
    if (!code) {
        return VNULL;
    }
    Value v = vm_run_code(complete_ts, code, complete_globals, complete_globals);
    obj_decref(&code->base);
    return v;
}

// Should attribute `name` be offered for the prefix typed? As rlcompleter:
// private names only once the prefix starts with "_", dunders with "__".
static bool offer_attribute(const char *name, const char *prefix) {
    if (strncmp(name, prefix, strlen(prefix)) != 0) {
        return false;
    }
    if (prefix[0] == '\0') {
        return name[0] != '_';
    }
    if (strcmp(prefix, "_") == 0) {
        return strncmp(name, "__", 2) != 0;
    }
    return true;
}

// Is obj.name callable (so that it completes with "(")? A property is not
// evaluated to find out: its getter could do anything.
static bool attribute_is_callable(ThreadState *ts, Value obj, Obj *name) {
    Value in_class = obj_lookup_attr(ts, val_obj(&val_type(obj)->base), name);
    exc_clear(ts);
    bool property = val_has_type(in_class, &PropertyType);
    val_decref(in_class);
    if (property) {
        return false;
    }
    Value attr = obj_lookup_attr(ts, obj, name);
    exc_clear(ts);
    bool callable = obj_is_callable(attr);
    val_decref(attr);
    return callable;
}

static void collect_attributes(const char *text, const char *dot) {
    ThreadState *ts = complete_ts;
    Value obj = eval_dotted(text, (size_t)(dot - text));
    Value dir = val_is_null(obj) ? VNULL : dict_get_cstr(ts->interp->builtins, "dir");
    Value names = val_is_null(dir) ? VNULL : obj_call(ts, dir, &obj, 1, NULL);
    if (val_is_list(names)) {
        char *stem = strndup(text, (size_t)(dot - text) + 1);
        for (int64_t i = 0; i < as_list(names)->len; i++) {
            Value n = as_list(names)->items[i];
            if (!val_is_str(n) || !offer_attribute(as_str(n)->data, dot + 1)) {
                continue;
            }
            bool callable = attribute_is_callable(ts, obj, n.as.obj);
            matches_add(stem, as_str(n)->data, (size_t)as_str(n)->nbytes, callable ? "(" : "");
        }
        free(stem);
    }
    val_decref(names);
    val_decref(obj);
}

static char *generator(const char *text, int state) {
    static int next;
    if (state == 0) {
        matches_clear();
        const char *dot = strrchr(text, '.');
        if (dot) {
            collect_attributes(text, dot);
        } else {
            collect_names(text);
        }
        exc_clear(complete_ts);
        matches_sort_unique();
        next = 0;
    }
    return next < matches.n ? strdup(matches.items[next++]) : NULL;
}

static char **attempt_completion(const char *text, int start, int end) {
    (void)start;
    (void)end;
    rl_attempted_completion_over = 1;      // never fall back to file names
    rl_completion_append_character = '\0';   // "print(" needs no space after it
    return rl_completion_matches(text, generator);
}

// Tab at the start of a line (or after only spaces) indents; elsewhere it
// completes.
static int tab_key(int count, int key) {
    for (int i = 0; i < rl_point; i++) {
        if (rl_line_buffer[i] != ' ' && rl_line_buffer[i] != '\t') {
            // rl_complete lists the candidates on a second Tab in a row,
            // which it recognizes by rl_last_func: here that is tab_key.
            if (rl_last_func == tab_key) {
                rl_last_func = rl_complete;
            }
            return rl_complete(count, key);
        }
    }
    rl_insert_text("    ");
    return 0;
}

void repl_complete_install(ThreadState *ts, Obj *globals) {
    complete_ts = ts;
    complete_globals = globals;
    rl_attempted_completion_function = attempt_completion;
    rl_completer_word_break_characters = " \t\n`~!@#$%^&*()-=+[{]}\\|;:'\",<>/?";
    rl_bind_key('\t', tab_key);
}

void repl_complete_uninstall(void) {
    matches_clear();
    free(matches.items);
    matches.items = NULL;
    matches.cap = 0;
    rl_attempted_completion_function = NULL;
    complete_ts = NULL;
    complete_globals = NULL;
}
