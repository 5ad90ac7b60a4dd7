// Importing modules (see import.h).
//
// `import a.b.c` imports a, then a.b, then a.b.c, each found by:
//   1. sys.modules, the cache of everything imported so far;
//   2. the C modules built into cs (stdlib/modules.c);
//   3. the stdlib modules written in the language, embedded in the binary
//      at build time so cs finds them wherever it is run from;
//   4. NAME.cs, NAME.py, NAME/__init__.cs or NAME/__init__.py in each
//      directory of sys.path (or of the parent package's __path__).
// A module is in sys.modules while its code runs, so circular imports see
// the partly initialized module, as in CPython; if its code fails, it is
// removed again.
#include <errno.h>
#include <sys/stat.h>

#include "interp/import.h"

#include "interp/compiler.h"
#include "interp/vm.h"
#include "runtime/obj_dict.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_list.h"
#include "runtime/obj_module.h"
#include "runtime/obj_str.h"
#include "runtime/obj_tuple.h"
#include "runtime/state.h"
#include "runtime/strbuf.h"
#include "runtime/traceback.h"
#include "stdlib/modules.h"

typedef struct EmbeddedModule {
    const char *name;
    const char *source;
    size_t len;
    bool is_package;
} EmbeddedModule;

extern const EmbeddedModule embedded_modules[];   // generated: stdlib_embed.c

const char *import_embedded_source(const char *name, size_t *len, bool *is_package) {
    for (const EmbeddedModule *m = embedded_modules; m->name; m++) {
        if (strcmp(m->name, name) == 0) {
            *len = m->len;
            *is_package = m->is_package;
            return m->source;
        }
    }
    return NULL;
}

static Value not_found(ThreadState *ts, const char *name) {
    exc_raise(ts, &ExcModuleNotFoundError, "No module named '%s'", name);
    Obj *n = str_from_cstr(ts, name);
    if (n) {
        exc_set_attr(ts, ts->curexc, "name", val_obj(n));
        obj_decref(n);
    }
    return VNULL;
}

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        return NULL;
    }
    StrBuf sb;
    strbuf_init(&sb);
    char buf[8192];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) {
        strbuf_append(&sb, buf, n);
    }
    fclose(f);
    return strbuf_take(&sb, len);
}

static bool is_file(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

Value import_exec_source(ThreadState *ts, const char *name, const char *src, size_t len,
                         const char *filename, bool is_package) {
    Obj *modules = ts->interp->modules;
    Obj *m = module_new(ts, name);
    if (!m) {
        return VNULL;
    }
    Obj *d = module_dict(m);
    Obj *fname = str_from_cstr(ts, filename);
    dict_set_cstr(ts, d, "__file__", val_obj(fname));
    dict_set_cstr(ts, d, "__builtins__", val_obj(ts->interp->builtins_module));
    if (is_package) {
        Obj *pkg = str_from_cstr(ts, name);
        dict_set_cstr(ts, d, "__package__", val_obj(pkg));
        obj_decref(pkg);
        // __path__: the package's directory.
        const char *slash = strrchr(filename, '/');
        Obj *dir = slash ? str_new(ts, filename, slash - filename) : str_from_cstr(ts, ".");
        Obj *path = list_new(ts, 0);
        list_append(ts, path, val_obj(dir));
        dict_set_cstr(ts, d, "__path__", val_obj(path));
        obj_decref(dir);
        obj_decref(path);
    } else {
        const char *dot = strrchr(name, '.');
        Obj *pkg = dot ? str_new(ts, name, dot - name) : str_from_cstr(ts, "");
        dict_set_cstr(ts, d, "__package__", val_obj(pkg));
        obj_decref(pkg);
    }
    obj_decref(fname);
    Obj *key = str_from_cstr(ts, name);
    dict_set(ts, modules, val_obj(key), val_obj(m));
    ObjCode *code = compile_source(ts, src, len, filename, PARSE_FILE, NULL);
    Value r = code ? vm_run_code(ts, code, d, d) : VNULL;
    obj_xdecref(code ? &code->base : NULL);
    if (val_is_null(r)) {
        Value saved = exc_fetch(ts);
        dict_del(ts, modules, val_obj(key));
        exc_clear(ts);
        exc_restore(ts, saved);
        obj_decref(key);
        obj_decref(m);
        return VNULL;
    }
    val_decref(r);
    // The module may have replaced itself in sys.modules.
    Value final = dict_get(ts, modules, val_obj(key));
    obj_decref(key);
    if (!val_is_null(final)) {
        obj_decref(m);
        return val_dup(final);
    }
    return val_obj(m);
}

// Searches the directories of `path` (a list of str) for module `leaf`.
static Value find_in_path(ThreadState *ts, const char *fullname, const char *leaf, Value path, bool *found) {
    *found = false;
    if (!val_is_list(path)) {
        return VNULL;
    }
    static const char *const forms[][2] = {
        {"%s/%s.cs", "0"}, {"%s/%s/__init__.cs", "1"}, {"%s/%s.py", "0"}, {"%s/%s/__init__.py", "1"},
    };
    ObjList *l = as_list(path);
    for (int64_t i = 0; i < l->len; i++) {
        Value dir = l->items[i];
        if (!val_is_str(dir)) {
            continue;
        }
        const char *ds = as_str(dir)->data;
        if (ds[0] == '\0') {
            ds = ".";
        }
        for (size_t k = 0; k < sizeof forms / sizeof forms[0]; k++) {
            StrBuf p;
            strbuf_init(&p);
            strbuf_printf(&p, forms[k][0], ds, leaf);
            if (is_file(p.data)) {
                size_t len;
                char *src = read_file(p.data, &len);
                *found = true;
                Value m = src ? import_exec_source(ts, fullname, src, len, p.data, forms[k][1][0] == '1')
                              : exc_raise_errno(ts, errno, p.data);
                free(src);
                strbuf_free(&p);
                return m;
            }
            strbuf_free(&p);
        }
    }
    return VNULL;
}

// Imports one module whose parent (if any) is already imported.
static Value import_one(ThreadState *ts, const char *fullname, Value parent) {
    Obj *modules = ts->interp->modules;
    Value cached = dict_get_cstr(modules, fullname);
    if (val_is_null(cached)) {
        Obj *k = str_from_cstr(ts, fullname);
        cached = dict_get(ts, modules, val_obj(k));
        obj_decref(k);
    }
    if (!val_is_null(cached)) {
        return val_dup(cached);
    }
    const char *dot = strrchr(fullname, '.');
    const char *leaf = dot ? dot + 1 : fullname;
    Value m = VNULL;
    const ModuleDef *def = modules_find(fullname);
    if (def) {
        m = modules_create(ts, def);
    } else {
        size_t len;
        bool is_package;
        const char *src = import_embedded_source(fullname, &len, &is_package);
        if (src) {
            StrBuf fn;
            strbuf_init(&fn);
            strbuf_printf(&fn, "<cs-stdlib>/%s%s", fullname, is_package ? "/__init__.cs" : ".cs");
            for (char *p = fn.data + 12; *p; p++) {
                if (*p == '.' && strcmp(p, ".cs") != 0) {
                    *p = '/';
                }
            }
            linecache_register(fn.data, src, len);
            m = import_exec_source(ts, fullname, src, len, fn.data, is_package);
            strbuf_free(&fn);
        } else {
            Value path = VNULL;
            if (!val_is_null(parent)) {
                path = obj_lookup_attr(ts, parent, str_intern_cstr("__path__"));
                if (val_is_null(path)) {
                    if (exc_occurred(ts)) {
                        return VNULL;
                    }
                    Value pn = obj_lookup_attr(ts, parent, str_intern_cstr("__name__"));
                    exc_clear(ts);
                    exc_raise(ts, &ExcModuleNotFoundError, "No module named '%s'; '%S' is not a package",
                              fullname, val_is_null(pn) ? val_obj(str_intern_cstr("?")) : pn);
                    val_decref(pn);
                    return VNULL;
                }
            } else {
                path = val_dup(dict_get_cstr(module_dict(ts->interp->sys_module), "path"));
            }
            bool found;
            m = find_in_path(ts, fullname, leaf, path, &found);
            val_decref(path);
            if (!found) {
                return not_found(ts, fullname);
            }
        }
    }
    if (val_is_null(m)) {
        return VNULL;
    }
    if (def) {
        Obj *k = str_from_cstr(ts, fullname);
        dict_set(ts, modules, val_obj(k), m);
        obj_decref(k);
    }
    // Bind the submodule as an attribute of its parent.
    if (!val_is_null(parent)) {
        obj_setattr(ts, parent, str_intern_cstr(leaf), m);
        exc_clear(ts);
    }
    return m;
}

Value import_module(ThreadState *ts, const char *name) {
    if (name[0] == '\0') {
        return exc_raise(ts, &ExcValueError, "Empty module name");
    }
    size_t n = strlen(name);
    char *buf = malloc(n + 1);
    if (!buf) {
        return exc_no_memory(ts);
    }
    Value parent = VNULL;
    Value m = VNULL;
    for (size_t i = 0; i <= n; i++) {
        if (name[i] != '.' && name[i] != '\0') {
            continue;
        }
        memcpy(buf, name, i);
        buf[i] = '\0';
        m = import_one(ts, buf, parent);
        val_decref(parent);
        if (val_is_null(m)) {
            free(buf);
            return VNULL;
        }
        parent = m;
    }
    free(buf);
    return m;
}

// The absolute name for a relative import from a module with `globals`.
static Obj *resolve_name(ThreadState *ts, Obj *name, Obj *globals, int level) {
    Value package = dict_get_cstr(globals, "__package__");
    Obj *pkg = NULL;
    if (val_is_str(package) && as_str(package)->nbytes > 0) {
        pkg = package.as.obj;
        obj_incref(pkg);
    } else {
        Value modname = dict_get_cstr(globals, "__name__");
        if (!val_is_str(modname)) {
            exc_raise(ts, &ExcImportError, "attempted relative import with no known parent package");
            return NULL;
        }
        if (!val_is_null(dict_get_cstr(globals, "__path__"))) {
            pkg = modname.as.obj;
            obj_incref(pkg);
        } else {
            const char *s = str_cstr(modname.as.obj);
            const char *dot = strrchr(s, '.');
            if (!dot) {
                exc_raise(ts, &ExcImportError, "attempted relative import with no known parent package");
                return NULL;
            }
            pkg = str_new(ts, s, dot - s);
        }
    }
    // Go up level-1 packages.
    const char *p = str_cstr(pkg);
    size_t len = strlen(p);
    for (int i = 1; i < level; i++) {
        while (len > 0 && p[len - 1] != '.') {
            len--;
        }
        if (len == 0) {
            obj_decref(pkg);
            exc_raise(ts, &ExcImportError, "attempted relative import beyond top-level package");
            return NULL;
        }
        len--;
    }
    Obj *r = ((ObjStr *)name)->nbytes ? str_format_c(ts, "%.*s.%U", (int)len, p, name)
                                      : str_new(ts, p, (int64_t)len);
    obj_decref(pkg);
    return r;
}

Value import_module_level(ThreadState *ts, Obj *name, Obj *globals, Value fromlist, int level) {
    Obj *abs = name;
    obj_incref(abs);
    if (level > 0) {
        obj_decref(abs);
        abs = resolve_name(ts, name, globals, level);
        if (!abs) {
            return VNULL;
        }
    }
    Value m = import_module(ts, str_cstr(abs));
    if (val_is_null(m)) {
        obj_decref(abs);
        return VNULL;
    }
    bool has_fromlist = val_is_tuple(fromlist) && tuple_len(fromlist.as.obj) > 0;
    if (!has_fromlist) {
        // `import a.b.c` binds a: return the top-level package.
        const char *s = str_cstr(abs);
        const char *dot = strchr(s, '.');
        if (dot && level == 0) {
            Obj *top = str_new(ts, s, dot - s);
            Value t = dict_get(ts, ts->interp->modules, val_obj(top));
            obj_decref(top);
            val_decref(m);
            m = val_dup(t);
        }
        obj_decref(abs);
        return m;
    }
    // `from pkg import sub`: import submodules named in the fromlist.
    Value path = obj_lookup_attr(ts, m, str_intern_cstr("__path__"));
    exc_clear(ts);
    if (!val_is_null(path)) {
        val_decref(path);
        ObjTuple *fl = as_tuple(fromlist);
        for (int64_t i = 0; i < fl->len; i++) {
            Value item = fl->items[i];
            if (!val_is_str(item) || str_eq_cstr(item.as.obj, "*")) {
                continue;
            }
            Value has = obj_lookup_attr(ts, m, item.as.obj);
            if (!val_is_null(has)) {
                val_decref(has);
                continue;
            }
            exc_clear(ts);
            Obj *sub = str_format_c(ts, "%U.%U", abs, item.as.obj);
            Value sm = import_module(ts, str_cstr(sub));
            obj_decref(sub);
            if (val_is_null(sm)) {
                if (exc_matches(ts, &ExcModuleNotFoundError)) {
                    exc_clear(ts);   // IMPORT_FROM reports the missing name
                    continue;
                }
                val_decref(m);
                obj_decref(abs);
                return VNULL;
            }
            val_decref(sm);
        }
    }
    obj_decref(abs);
    return m;
}
