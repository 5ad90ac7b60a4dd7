// "Did you mean" suggestions (see suggest.h): an edit distance, a search
// for the nearest candidate, and what NameError and AttributeError keep
// so that the search can run when the report is printed.
//
// The rules follow CPython 3.11 so that both print the same suggestion:
// a candidate is acceptable when at most about a third of the characters
// of the two names must change, that is when its distance is at most
// (len(name) + len(candidate) + 3) * 2 / 6; the nearest acceptable one
// wins, the first one on a tie; lists of 750 candidates or more are not
// searched at all.
#include "runtime/suggest.h"

#include "runtime/obj_dict.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_func.h"
#include "runtime/obj_list.h"
#include "runtime/obj_str.h"
#include "runtime/state.h"

enum {
    MOVE_COST = 2,          // insert, delete, or substitute a different character
    CASE_COST = 1,          // substitute the same letter in the other case
    MAX_NAME_BYTES = 40,    // longer (after trimming common ends): never a match
    MAX_CANDIDATES = 750,   // bigger lists are not searched
};

// --- the distance ---------------------------------------------------------------------

static int64_t substitution_cost(char a, char b) {
    if (a == b) {
        return 0;
    }
    if (a >= 'A' && a <= 'Z') {
        a = (char)(a + ('a' - 'A'));
    }
    if (b >= 'A' && b <= 'Z') {
        b = (char)(b + ('a' - 'A'));
    }
    return a == b ? CASE_COST : MOVE_COST;
}

int64_t suggest_distance(const char *a, size_t a_len, const char *b, size_t b_len, int64_t max_cost) {
    // Common prefixes and suffixes cost nothing; trimming them keeps the
    // table small.
    while (a_len && b_len && a[0] == b[0]) {
        a++;
        b++;
        a_len--;
        b_len--;
    }
    while (a_len && b_len && a[a_len - 1] == b[b_len - 1]) {
        a_len--;
        b_len--;
    }
    if (a_len == 0 || b_len == 0) {
        return (int64_t)(a_len + b_len) * MOVE_COST;
    }
    if (a_len > MAX_NAME_BYTES || b_len > MAX_NAME_BYTES) {
        return max_cost + 1;
    }
    // Let `a` be the shorter: the row we keep is as long as `a`.
    if (b_len < a_len) {
        const char *t = a;
        a = b;
        b = t;
        size_t tl = a_len;
        a_len = b_len;
        b_len = tl;
    }
    // Every extra character of the longer string costs at least a move.
    if ((int64_t)(b_len - a_len) * MOVE_COST > max_cost) {
        return max_cost + 1;
    }
    // row[i] is the distance between the prefix of b seen so far and
    // a[0..i]; one row is updated in place per character of b.
    int64_t row[MAX_NAME_BYTES];
    for (size_t i = 0; i < a_len; i++) {
        row[i] = (int64_t)(i + 1) * MOVE_COST;
    }
    int64_t result = 0;
    for (size_t j = 0; j < b_len; j++) {
        int64_t diagonal = (int64_t)j * MOVE_COST;   // distance(b[0..j), a[0..i)) for i = 0
        int64_t left = diagonal + MOVE_COST;          // distance(b[0..j], "")
        int64_t row_min = INT64_MAX;
        for (size_t i = 0; i < a_len; i++) {
            int64_t substitute = diagonal + substitution_cost(b[j], a[i]);
            int64_t up = row[i];
            int64_t insert_delete = (left < up ? left : up) + MOVE_COST;
            int64_t best = insert_delete < substitute ? insert_delete : substitute;
            diagonal = up;
            row[i] = best;
            left = best;
            if (best < row_min) {
                row_min = best;
            }
        }
        result = left;
        if (row_min > max_cost) {
            // Distances never shrink from one row to the next: give up.
            return max_cost + 1;
        }
    }
    return result;
}

// --- the search -------------------------------------------------------------------------

// The nearest acceptable candidate among n strs (borrowed; NULL when none).
// Sets *failed when a candidate is not a str: CPython then gives up on the
// whole suggestion.
static Obj *nearest(Obj *name, const Value *items, int64_t n, bool *failed) {
    if (n >= MAX_CANDIDATES) {
        return NULL;
    }
    ObjStr *ns = (ObjStr *)name;
    Obj *best = NULL;
    int64_t best_distance = INT64_MAX;
    for (int64_t i = 0; i < n; i++) {
        if (!val_is_str_like(items[i])) {
            *failed = true;
            return NULL;
        }
        ObjStr *s = as_str(items[i]);
        if (s->nbytes == ns->nbytes && memcmp(s->data, ns->data, (size_t)s->nbytes) == 0) {
            continue;
        }
        int64_t max_distance = (ns->nbytes + s->nbytes + 3) * MOVE_COST / 6;
        if (best && best_distance - 1 < max_distance) {
            max_distance = best_distance - 1;
        }
        int64_t d = suggest_distance(ns->data, (size_t)ns->nbytes, s->data, (size_t)s->nbytes, max_distance);
        if (d > max_distance) {
            continue;
        }
        if (!best || d < best_distance) {
            best = &s->base;
            best_distance = d;
        }
    }
    return best;
}

// The nearest key of a dict (borrowed from the dict; NULL when none).
static Obj *nearest_key(Obj *name, Obj *dict, bool *failed) {
    int64_t n = dict_len(dict);
    Value *keys = malloc(sizeof(Value) * (size_t)(n ? n : 1));
    if (!keys) {
        *failed = true;
        return NULL;
    }
    int64_t pos = 0, i = 0;
    Value k, v;
    while (i < n && dict_next(dict, &pos, &k, &v)) {
        keys[i++] = k;
    }
    Obj *r = nearest(name, keys, i, failed);
    free(keys);
    return r;
}

static Obj *for_attribute_error(ThreadState *ts, Value exc) {
    Value name = exc_get_attr(exc, "name");
    Value obj = exc_get_attr(exc, "obj");
    if (val_is_null(name) || val_is_null(obj) || !val_is_str(name)) {
        return NULL;
    }
    Value dir = dict_get_cstr(ts->interp->builtins, "dir");
    if (val_is_null(dir)) {
        return NULL;
    }
    Value names = obj_call1(ts, dir, obj);
    if (val_is_null(names)) {
        exc_clear(ts);
        return NULL;
    }
    Obj *r = NULL;
    bool failed = false;
    if (val_is_list(names)) {
        r = nearest(name.as.obj, as_list(names)->items, as_list(names)->len, &failed);
        if (r) {
            obj_incref(r);
        }
    }
    val_decref(names);
    return r;   // new reference
}

// The code object of the innermost frame of exc's traceback, or NULL.
static ObjCode *innermost_code(Value exc) {
    ObjTraceback *tb = (ObjTraceback *)((ObjException *)exc.as.obj)->traceback;
    if (!tb) {
        return NULL;
    }
    while (tb->next) {
        tb = tb->next;
    }
    return (ObjCode *)tb->code;
}

static Obj *for_name_error(ThreadState *ts, Value exc) {
    Value name = exc_get_attr(exc, "name");
    ObjCode *code = innermost_code(exc);
    if (val_is_null(name) || !val_is_str(name) || !code) {
        return NULL;
    }
    bool failed = false;
    // The frame's local variables (parameters, locals and the locals that
    // inner functions capture), as co_varnames lists them.
    int nvars = code->nlocals + code->ncells;
    Value *vars = malloc(sizeof(Value) * (size_t)(nvars ? nvars : 1));
    if (!vars) {
        return NULL;
    }
    for (int i = 0; i < nvars; i++) {
        vars[i] = val_obj(code->localnames[i]);
    }
    Obj *r = nearest(name.as.obj, vars, nvars, &failed);
    free(vars);
    Value globals = exc_get_attr(exc, SUGGEST_GLOBALS_KEY);
    if (!r && !failed && val_is_dict_like(globals)) {
        r = nearest_key(name.as.obj, globals.as.obj, &failed);
    }
    if (!r && !failed) {
        r = nearest_key(name.as.obj, ts->interp->builtins, &failed);
    }
    if (r) {
        obj_incref(r);
    }
    return r;   // new reference
}

Obj *suggest_for_exception(ThreadState *ts, Value exc) {
    Value saved = exc_fetch(ts);
    Obj *found = NULL;
    Type *t = val_type(exc);
    if (t == &ExcAttributeError) {
        found = for_attribute_error(ts, exc);
    } else if (t == &ExcNameError) {
        found = for_name_error(ts, exc);
    }
    Obj *r = NULL;
    if (found) {
        r = str_format_c(ts, ". Did you mean: %R?", val_obj(found));
        obj_decref(found);
    }
    exc_clear(ts);
    exc_restore(ts, saved);
    return r;
}

// --- remembering the raise site ---------------------------------------------------------

void suggest_attribute_error_context(ThreadState *ts, Value obj, Obj *name) {
    Value exc = ts->curexc;
    if (val_is_null(exc) || !val_isinstance(exc, &ExcAttributeError)) {
        return;
    }
    // An exception that already says what it is about (raised again, or
    // created with name= and obj=) keeps what it says.
    Value old_name = exc_get_attr(exc, "name");
    Value old_obj = exc_get_attr(exc, "obj");
    if ((!val_is_null(old_name) && !val_is_none(old_name)) || (!val_is_null(old_obj) && !val_is_none(old_obj))) {
        return;
    }
    Value saved = exc_fetch(ts);
    if (exc_set_attr(ts, saved, "name", val_obj(name)) < 0 || exc_set_attr(ts, saved, "obj", obj) < 0) {
        exc_clear(ts);
    }
    exc_restore(ts, saved);
}

void suggest_name_error_context(ThreadState *ts, Obj *name, Obj *globals) {
    Value exc = ts->curexc;
    if (val_is_null(exc) || !val_isinstance(exc, &ExcNameError)) {
        return;
    }
    Value saved = exc_fetch(ts);
    if (exc_set_attr(ts, saved, "name", val_obj(name)) < 0 ||
        (globals && exc_set_attr(ts, saved, SUGGEST_GLOBALS_KEY, val_obj(globals)) < 0)) {
        exc_clear(ts);
    }
    exc_restore(ts, saved);
}
