// The eval loop: fetch an instruction, dispatch on its opcode, repeat.
//
// One C call of vm_run_frame runs the frame it is given and every frame
// that frame calls from bytecode: a call pushes a new frame (frame_push)
// and the loop continues in it; a return pops back. So recursion in the
// language costs heap (frame chunks), not C stack, and the depth limit
// (RecursionError) is a counter. Only C code calling back into the
// language (a __repr__ from print(), a key= function from sorted()) enters
// vm_run_frame again.
//
// Registers: f (the frame), ip (next instruction), sp (stack top),
// locals (f->localsplus) and consts. They are written back to the frame
// when it is left (a call, a yield, an error).
//
// Dispatch is computed goto where gcc supports it, a switch otherwise: the
// same case bodies serve both (vm_case/vm_next below, as Lua's ljumptab.h
// does). The only periodic work is one test of ts->eval_breaker at
// backward jumps and function entry; everything it triggers (handing over
// the GIL, signals) is in vm_handle_breaker.
#include <math.h>

#include "interp/vm.h"

#include "interp/opcodes.h"
#include "interp/vm_cache.h"
#include "interp/vm_ops.h"
#include "runtime/obj_dict.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_float.h"
#include "runtime/obj_int.h"
#include "runtime/obj_list.h"
#include "runtime/obj_range.h"
#include "runtime/obj_set.h"
#include "runtime/obj_str.h"
#include "runtime/obj_tuple.h"
#include "runtime/state.h"
#include "runtime/suggest.h"

#if defined(__GNUC__)
#define USE_COMPUTED_GOTO 1
#else
#define USE_COMPUTED_GOTO 0
#endif

#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define PEEK(n) (sp[-(ptrdiff_t)(n)])

#define LOAD_REGISTERS()                 \
    do {                                 \
        co = f->code;                    \
        ip = f->ip;                      \
        sp = f->sp;                      \
        locals = f->localsplus;          \
        consts = co->consts;             \
        SELECT_TABLE();                  \
    } while (0)

#define SAVE_REGISTERS()                 \
    do {                                 \
        f->ip = ip;                      \
        f->sp = sp;                      \
    } while (0)

#define GEN_FLAGS (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)

// The check at every safe point. When the only reason is that others wait
// for the GIL, the clock is read just every GIL_POLL_EVERY checks.
#define CHECK_BREAKER()                                                          \
    do {                                                                         \
        unsigned bits_ = atomic_load_explicit(&ts->eval_breaker, memory_order_relaxed); \
        if (UNLIKELY(bits_) && (bits_ != BREAK_GIL_WAITING || --ts->gil_poll <= 0)) { \
            SAVE_REGISTERS();                                                    \
            if (!vm_handle_breaker(ts)) {                                        \
                goto error;                                                      \
            }                                                                    \
        }                                                                        \
    } while (0)

// Chaos mode: should the GIL change hands before instruction `op`? At
// random, 1 time in 32, and 1 time in 2 before a store to a variable,
// attribute or item that other threads can see: the moment between a
// read and its write back is where an unlocked update gets lost. (A
// switch at every instruction would show the same races, a hundred
// times more slowly.)
static inline bool chaos_switch_here(ThreadState *ts, unsigned op) {
    uint32_t x = ts->chaos_rng;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    ts->chaos_rng = x;
    bool store = op == OP_STORE_GLOBAL || op == OP_STORE_NAME || op == OP_STORE_ATTR ||
                 op == OP_STORE_SUBSCR || op == OP_STORE_DEREF;
    return (x & (store ? 1u : 31u)) == 0;
}

static bool recursion_enter(ThreadState *ts) {
    if (UNLIKELY(++ts->depth > ts->interp->recursion_limit)) {
        ts->depth--;
        exc_raise(ts, &ExcRecursionError, "maximum recursion depth exceeded");
        return false;
    }
    return true;
}

// The entry in the code's exception table covering instruction i, or NULL.
static ExcEntry *find_handler(ObjCode *co, int i) {
    int lo = 0, hi = co->nexc;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        ExcEntry *e = &co->exctable[mid];
        if (i < e->start) {
            hi = mid;
        } else if (i >= e->end) {
            lo = mid + 1;
        } else {
            return e;
        }
    }
    return NULL;
}

static Value call_native_method(ThreadState *ts, Value callable, Value *args, int64_t nargs, Obj *kwnames) {
    ObjNative *n = (ObjNative *)callable.as.obj;
    if ((n->flags & NATIVE_METHOD) && val_is_null(n->self) && nargs >= 1 && n->owner &&
        (val_type(args[0]) == n->owner || val_isinstance(args[0], n->owner))) {
        return n->fn(ts, args[0], args + 1, nargs - 1, kwnames);
    }
    return obj_call(ts, callable, args, nargs, kwnames);
}

static inline Value compare_ints(int64_t x, int64_t y, int op) {
    switch (op) {
    case CMP_LT: return val_bool(x < y);
    case CMP_LE: return val_bool(x <= y);
    case CMP_EQ: return val_bool(x == y);
    case CMP_NE: return val_bool(x != y);
    case CMP_GT: return val_bool(x > y);
    default: return val_bool(x >= y);
    }
}

static inline Value compare_floats(double x, double y, int op) {
    switch (op) {
    case CMP_LT: return val_bool(x < y);
    case CMP_LE: return val_bool(x <= y);
    case CMP_EQ: return val_bool(x == y);
    case CMP_NE: return val_bool(x != y);
    case CMP_GT: return val_bool(x > y);
    default: return val_bool(x >= y);
    }
}

GenStatus vm_run_frame(ThreadState *ts, Frame *entry, bool throwing, Value *result) {
    *result = VNULL;
    if (!stack_check(ts, " while calling a Python object") || !recursion_enter(ts)) {
        if (entry->on_chunk) {
            frame_pop(ts, entry);
        }
        return GEN_ERROR;
    }
    entry->prev = ts->frame;
    entry->is_entry = true;
    ts->frame = entry;

    Frame *f = entry;
    ObjCode *co;
    uint32_t *ip;
    Value *sp;
    Value *locals;
    Value *consts;
    uint32_t word;
    uint32_t oparg;
    Obj *kwnames = NULL;
    GenStatus status;

#if USE_COMPUTED_GOTO
    static const void *const dispatch_table[OP__COUNT] = {
#define X(name, kind, doc) [OP_##name] = &&L_##name,
        OPCODE_LIST(X)
#undef X
    };
    // Chaos mode sends every instruction through a switch check first.
    static const void *const chaos_table[OP__COUNT] = {[0 ... OP__COUNT - 1] = &&L_chaos_check};
    const void *const *table = dispatch_table;
#define SELECT_TABLE() (table = atomic_load_explicit(&ts->interp->gil.chaos, memory_order_relaxed) ? chaos_table : dispatch_table)
#define vm_case(name) L_##name:
#define vm_next()                                   \
    do {                                            \
        word = *ip++;                               \
        oparg = INSTR_ARG(word);                    \
        goto *table[INSTR_OP(word)];                \
    } while (0)
#else
#define SELECT_TABLE() ((void)0)
#define vm_case(name) case OP_##name:
#define vm_next() goto dispatch
#endif

    LOAD_REGISTERS();
    if (throwing) {
        // gen.throw(): raised at the suspended yield, so this frame shows
        // in the traceback.
        goto error;
    }
    if (ip == co->code) {
        CHECK_BREAKER();
    }

#if USE_COMPUTED_GOTO
    vm_next();

L_chaos_check:
    if (atomic_load_explicit(&ts->interp->gil.nwaiting, memory_order_relaxed) > 0 &&
        chaos_switch_here(ts, INSTR_OP(word))) {
        SAVE_REGISTERS();
        gil_yield(ts);
    }
    goto *dispatch_table[INSTR_OP(word)];
#else
dispatch:
    word = *ip++;
    oparg = INSTR_ARG(word);
    switch (INSTR_OP(word)) {
#endif

    vm_case(NOP) { vm_next(); }

    vm_case(POP_TOP) {
        Value v = POP();
        val_decref(v);
        vm_next();
    }

    vm_case(PUSH_NULL) {
        PUSH(VNULL);
        vm_next();
    }

    vm_case(COPY) {
        Value v = PEEK(oparg);
        PUSH(val_dup(v));
        vm_next();
    }

    vm_case(SWAP) {
        Value t = TOP();
        TOP() = PEEK(oparg);
        PEEK(oparg) = t;
        vm_next();
    }

    vm_case(LOAD_CONST) {
        Value v = consts[oparg];
        PUSH(val_dup(v));
        vm_next();
    }

    vm_case(LOAD_FAST) {
        Value v = locals[oparg];
        if (UNLIKELY(val_is_null(v))) {
            vm_unbound_local(ts, f, (int)oparg);
            goto error;
        }
        PUSH(val_dup(v));
        vm_next();
    }

    vm_case(STORE_FAST) {
        Value v = POP();
        Value old = locals[oparg];
        locals[oparg] = v;
        val_decref(old);
        vm_next();
    }

    vm_case(DELETE_FAST) {
        if (val_is_null(locals[oparg])) {
            vm_unbound_local(ts, f, (int)oparg);
            goto error;
        }
        val_clear(&locals[oparg]);
        vm_next();
    }

    vm_case(LOAD_DEREF) {
        ObjCell *cell = (ObjCell *)locals[co->nlocals + oparg].as.obj;
        if (UNLIKELY(val_is_null(cell->value))) {
            vm_unbound_deref(ts, f, (int)oparg);
            goto error;
        }
        PUSH(val_dup(cell->value));
        vm_next();
    }

    vm_case(STORE_DEREF) {
        ObjCell *cell = (ObjCell *)locals[co->nlocals + oparg].as.obj;
        val_set(&cell->value, POP());
        vm_next();
    }

    vm_case(DELETE_DEREF) {
        ObjCell *cell = (ObjCell *)locals[co->nlocals + oparg].as.obj;
        if (val_is_null(cell->value)) {
            vm_unbound_deref(ts, f, (int)oparg);
            goto error;
        }
        val_clear(&cell->value);
        vm_next();
    }

    vm_case(LOAD_CLOSURE) {
        PUSH(val_dup(locals[co->nlocals + oparg]));
        vm_next();
    }

    vm_case(LOAD_CLASSDEREF) {
        Value v = vm_load_classderef(ts, f, (int)oparg);
        if (val_is_null(v)) {
            goto error;
        }
        PUSH(v);
        vm_next();
    }

    vm_case(LOAD_GLOBAL) {
        Value v = vm_load_global(ts, f, &co->caches[oparg]);
        if (UNLIKELY(val_is_null(v))) {
            goto error;
        }
        PUSH(v);
        vm_next();
    }

    vm_case(STORE_GLOBAL) {
        Value v = POP();
        int r = dict_set_str(ts, f->globals, co->names[oparg], v);
        val_decref(v);
        if (r < 0) {
            goto error;
        }
        vm_next();
    }

    vm_case(DELETE_GLOBAL) {
        int r = dict_del(ts, f->globals, val_obj(co->names[oparg]));
        if (r <= 0) {
            if (r == 0) {
                exc_raise(ts, &ExcNameError, "name '%U' is not defined", co->names[oparg]);
                suggest_name_error_context(ts, co->names[oparg], f->globals);
            }
            goto error;
        }
        vm_next();
    }

    vm_case(LOAD_NAME) {
        Value v = vm_load_name(ts, f, co->names[oparg]);
        if (val_is_null(v)) {
            goto error;
        }
        PUSH(v);
        vm_next();
    }

    vm_case(STORE_NAME) {
        Value v = POP();
        int r = vm_store_name(ts, f, co->names[oparg], v);
        val_decref(v);
        if (r < 0) {
            goto error;
        }
        vm_next();
    }

    vm_case(DELETE_NAME) {
        if (vm_delete_name(ts, f, co->names[oparg]) < 0) {
            goto error;
        }
        vm_next();
    }

    vm_case(LOAD_ATTR) {
        Value obj = TOP();
        f->ip = ip;
        Value v = vm_load_attr(ts, &co->caches[oparg], obj);
        if (UNLIKELY(val_is_null(v))) {
            goto error;
        }
        TOP() = v;
        val_decref(obj);
        vm_next();
    }

    vm_case(STORE_ATTR) {
        Value obj = POP();
        Value v = POP();
        f->ip = ip;
        int r = vm_store_attr(ts, &co->caches[oparg], obj, v);
        val_decref(v);
        val_decref(obj);
        if (UNLIKELY(r < 0)) {
            goto error;
        }
        vm_next();
    }

    vm_case(DELETE_ATTR) {
        Value obj = POP();
        int r = obj_setattr(ts, obj, co->names[oparg], VNULL);
        val_decref(obj);
        if (r < 0) {
            goto error;
        }
        vm_next();
    }

    vm_case(LOAD_METHOD) {
        Value obj = POP();
        f->ip = ip;
        bool ok = vm_load_method(ts, &co->caches[oparg], obj, sp);
        val_decref(obj);
        if (UNLIKELY(!ok)) {
            goto error;
        }
        sp += 2;
        vm_next();
    }

    // --- arithmetic ---------------------------------------------------------------

#define BINARY_CASE(opname, binop, int_body, float_body)                     \
    vm_case(opname) {                                                        \
        Value b = POP();                                                     \
        Value a = TOP();                                                     \
        Value r;                                                             \
        if (a.tag == VAL_INT && b.tag == VAL_INT) {                          \
            int64_t x = a.as.i, y = b.as.i;                                  \
            int_body                                                         \
        } else if (a.tag == VAL_FLOAT && b.tag == VAL_FLOAT) {               \
            double x = a.as.f, y = b.as.f;                                   \
            float_body                                                       \
        } else if (a.tag == VAL_FLOAT && b.tag == VAL_INT) {                 \
            double x = a.as.f, y = (double)b.as.i;                           \
            float_body                                                       \
        } else if (a.tag == VAL_INT && b.tag == VAL_FLOAT) {                 \
            double x = (double)a.as.i, y = b.as.f;                           \
            float_body                                                       \
        } else {                                                             \
            f->ip = ip;                                                      \
            r = obj_binop(ts, a, b, binop);                                  \
        }                                                                    \
        val_decref(a);                                                       \
        val_decref(b);                                                       \
        TOP() = r;                                                           \
        if (UNLIKELY(val_is_null(r))) {                                      \
            sp--;                                                            \
            goto error;                                                      \
        }                                                                    \
        vm_next();                                                           \
    }

#define GENERIC_FLOAT(binop) r = obj_binop(ts, a, b, binop); (void)x; (void)y;
#define INT_GENERIC(binop) r = obj_binop(ts, a, b, binop); (void)x; (void)y;

    BINARY_CASE(BINARY_ADD, BINOP_ADD,
        { int64_t z; r = __builtin_add_overflow(x, y, &z) ? int_add(ts, a, b) : val_int(z); },
        { r = val_float(x + y); })
    BINARY_CASE(BINARY_SUBTRACT, BINOP_SUB,
        { int64_t z; r = __builtin_sub_overflow(x, y, &z) ? int_sub(ts, a, b) : val_int(z); },
        { r = val_float(x - y); })
    BINARY_CASE(BINARY_MULTIPLY, BINOP_MUL,
        { int64_t z; r = __builtin_mul_overflow(x, y, &z) ? int_mul(ts, a, b) : val_int(z); },
        { r = val_float(x * y); })
    BINARY_CASE(BINARY_TRUE_DIVIDE, BINOP_TRUEDIV,
        { (void)x; (void)y; r = int_truediv(ts, a, b); },
        { r = y == 0.0 ? exc_raise(ts, &ExcZeroDivisionError, "float division by zero") : val_float(x / y); })
    BINARY_CASE(BINARY_FLOOR_DIVIDE, BINOP_FLOORDIV,
        { (void)x; (void)y; r = int_floordiv(ts, a, b); },
        { double z; r = float_floordiv(ts, x, y, &z) ? val_float(z) : VNULL; })
    BINARY_CASE(BINARY_MODULO, BINOP_MOD,
        { if (y > 0 && x >= 0) { r = val_int(x % y); } else { r = int_mod(ts, a, b); } },
        { double z; r = float_mod(ts, x, y, &z) ? val_float(z) : VNULL; })
    BINARY_CASE(BINARY_POWER, BINOP_POW,
        { (void)x; (void)y; r = int_pow(ts, a, b, VNULL); },
        { r = float_pow(ts, x, y); })
    BINARY_CASE(BINARY_LSHIFT, BINOP_LSHIFT,
        { (void)x; (void)y; r = int_lshift(ts, a, b); },
        { GENERIC_FLOAT(BINOP_LSHIFT) })
    BINARY_CASE(BINARY_RSHIFT, BINOP_RSHIFT,
        { r = (y >= 0 && y < 64) ? val_int(x >> y) : int_rshift(ts, a, b); },
        { GENERIC_FLOAT(BINOP_RSHIFT) })
    BINARY_CASE(BINARY_AND, BINOP_AND, { r = val_int(x & y); }, { GENERIC_FLOAT(BINOP_AND) })
    BINARY_CASE(BINARY_OR, BINOP_OR, { r = val_int(x | y); }, { GENERIC_FLOAT(BINOP_OR) })
    BINARY_CASE(BINARY_XOR, BINOP_XOR, { r = val_int(x ^ y); }, { GENERIC_FLOAT(BINOP_XOR) })
    BINARY_CASE(BINARY_MATRIX_MULTIPLY, BINOP_MATMUL, { INT_GENERIC(BINOP_MATMUL) }, { GENERIC_FLOAT(BINOP_MATMUL) })

#define INPLACE_CASE(opname, binop, int_body, float_body)                    \
    vm_case(opname) {                                                        \
        Value b = POP();                                                     \
        Value a = TOP();                                                     \
        Value r;                                                             \
        if (a.tag == VAL_INT && b.tag == VAL_INT) {                          \
            int64_t x = a.as.i, y = b.as.i;                                  \
            int_body                                                         \
        } else if (a.tag == VAL_FLOAT && b.tag == VAL_FLOAT) {               \
            double x = a.as.f, y = b.as.f;                                   \
            float_body                                                       \
        } else if (a.tag == VAL_FLOAT && b.tag == VAL_INT) {                 \
            double x = a.as.f, y = (double)b.as.i;                           \
            float_body                                                       \
        } else {                                                             \
            f->ip = ip;                                                      \
            r = obj_inplace_binop(ts, a, b, binop);                          \
        }                                                                    \
        val_decref(a);                                                       \
        val_decref(b);                                                       \
        TOP() = r;                                                           \
        if (UNLIKELY(val_is_null(r))) {                                      \
            sp--;                                                            \
            goto error;                                                      \
        }                                                                    \
        vm_next();                                                           \
    }

#define INPLACE_GENERIC(binop) { (void)x; (void)y; r = obj_inplace_binop(ts, a, b, binop); }

    INPLACE_CASE(INPLACE_ADD, BINOP_ADD,
        { int64_t z; r = __builtin_add_overflow(x, y, &z) ? int_add(ts, a, b) : val_int(z); },
        { r = val_float(x + y); })
    INPLACE_CASE(INPLACE_SUBTRACT, BINOP_SUB,
        { int64_t z; r = __builtin_sub_overflow(x, y, &z) ? int_sub(ts, a, b) : val_int(z); },
        { r = val_float(x - y); })
    INPLACE_CASE(INPLACE_MULTIPLY, BINOP_MUL,
        { int64_t z; r = __builtin_mul_overflow(x, y, &z) ? int_mul(ts, a, b) : val_int(z); },
        { r = val_float(x * y); })
    INPLACE_CASE(INPLACE_TRUE_DIVIDE, BINOP_TRUEDIV, INPLACE_GENERIC(BINOP_TRUEDIV),
        { r = y == 0.0 ? exc_raise(ts, &ExcZeroDivisionError, "float division by zero") : val_float(x / y); })
    INPLACE_CASE(INPLACE_FLOOR_DIVIDE, BINOP_FLOORDIV, INPLACE_GENERIC(BINOP_FLOORDIV), INPLACE_GENERIC(BINOP_FLOORDIV))
    INPLACE_CASE(INPLACE_MODULO, BINOP_MOD,
        { if (y > 0 && x >= 0) { r = val_int(x % y); } else { r = int_mod(ts, a, b); } },
        INPLACE_GENERIC(BINOP_MOD))
    INPLACE_CASE(INPLACE_POWER, BINOP_POW, INPLACE_GENERIC(BINOP_POW), { r = float_pow(ts, x, y); })
    INPLACE_CASE(INPLACE_LSHIFT, BINOP_LSHIFT, INPLACE_GENERIC(BINOP_LSHIFT), INPLACE_GENERIC(BINOP_LSHIFT))
    INPLACE_CASE(INPLACE_RSHIFT, BINOP_RSHIFT, INPLACE_GENERIC(BINOP_RSHIFT), INPLACE_GENERIC(BINOP_RSHIFT))
    INPLACE_CASE(INPLACE_AND, BINOP_AND, { r = val_int(x & y); }, INPLACE_GENERIC(BINOP_AND))
    INPLACE_CASE(INPLACE_OR, BINOP_OR, { r = val_int(x | y); }, INPLACE_GENERIC(BINOP_OR))
    INPLACE_CASE(INPLACE_XOR, BINOP_XOR, { r = val_int(x ^ y); }, INPLACE_GENERIC(BINOP_XOR))
    INPLACE_CASE(INPLACE_MATRIX_MULTIPLY, BINOP_MATMUL, INPLACE_GENERIC(BINOP_MATMUL), INPLACE_GENERIC(BINOP_MATMUL))

    vm_case(COMPARE_OP) {
        Value b = POP();
        Value a = TOP();
        Value r;
        if (a.tag == VAL_INT && b.tag == VAL_INT) {
            r = compare_ints(a.as.i, b.as.i, (int)oparg);
        } else if (a.tag == VAL_FLOAT && b.tag == VAL_FLOAT) {
            r = compare_floats(a.as.f, b.as.f, (int)oparg);
        } else if (val_is_str(a) && val_is_str(b) && (oparg == CMP_EQ || oparg == CMP_NE)) {
            bool eq = str_eq(a.as.obj, b.as.obj);
            r = val_bool(oparg == CMP_EQ ? eq : !eq);
        } else {
            f->ip = ip;
            r = obj_richcompare(ts, a, b, (CmpOp)oparg);
            val_decref(a);
            val_decref(b);
            TOP() = r;
            if (val_is_null(r)) {
                sp--;
                goto error;
            }
            vm_next();
        }
        val_decref(a);
        val_decref(b);
        // A comparison feeding a conditional jump branches directly.
        uint32_t next = *ip;
        if (INSTR_OP(next) == OP_POP_JUMP_IF_FALSE) {
            sp--;
            ip = r.as.i ? ip + 1 : co->code + INSTR_ARG(next);
            vm_next();
        }
        if (INSTR_OP(next) == OP_POP_JUMP_IF_TRUE) {
            sp--;
            ip = r.as.i ? co->code + INSTR_ARG(next) : ip + 1;
            vm_next();
        }
        TOP() = r;
        vm_next();
    }

    vm_case(IS_OP) {
        Value b = POP();
        Value a = TOP();
        bool r = val_is(a, b) != (oparg == 1);
        val_decref(a);
        val_decref(b);
        TOP() = val_bool(r);
        vm_next();
    }

    vm_case(CONTAINS_OP) {
        Value b = POP();
        Value a = TOP();
        f->ip = ip;
        int r = obj_contains(ts, b, a);
        val_decref(a);
        val_decref(b);
        if (r < 0) {
            sp--;
            goto error;
        }
        TOP() = val_bool((r != 0) != (oparg == 1));
        vm_next();
    }

    vm_case(UNARY_NEGATIVE) {
        Value a = TOP();
        Value r;
        if (a.tag == VAL_INT && a.as.i != INT64_MIN) {
            r = val_int(-a.as.i);
        } else if (a.tag == VAL_FLOAT) {
            r = val_float(-a.as.f);
        } else {
            r = obj_neg(ts, a);
            val_decref(a);
        }
        TOP() = r;
        if (val_is_null(r)) {
            sp--;
            goto error;
        }
        vm_next();
    }

    vm_case(UNARY_POSITIVE) {
        Value a = TOP();
        Value r = obj_pos(ts, a);
        val_decref(a);
        TOP() = r;
        if (val_is_null(r)) {
            sp--;
            goto error;
        }
        vm_next();
    }

    vm_case(UNARY_INVERT) {
        Value a = TOP();
        Value r = obj_invert(ts, a);
        val_decref(a);
        TOP() = r;
        if (val_is_null(r)) {
            sp--;
            goto error;
        }
        vm_next();
    }

    vm_case(UNARY_NOT) {
        Value a = TOP();
        int t = a.tag == VAL_BOOL ? (int)a.as.i : obj_truth(ts, a);
        val_decref(a);
        if (t < 0) {
            sp--;
            goto error;
        }
        TOP() = val_bool(!t);
        vm_next();
    }

    // --- containers -------------------------------------------------------------

    vm_case(BINARY_SUBSCR) {
        Value key = POP();
        Value c = TOP();
        Value r;
        if (val_is_list(c) && key.tag == VAL_INT) {
            ObjList *l = as_list(c);
            int64_t i = key.as.i < 0 ? key.as.i + l->len : key.as.i;
            if ((uint64_t)i < (uint64_t)l->len) {
                r = val_dup(l->items[i]);
                val_decref(c);
                TOP() = r;
                vm_next();
            }
        } else if (val_is_tuple(c) && key.tag == VAL_INT) {
            ObjTuple *t = as_tuple(c);
            int64_t i = key.as.i < 0 ? key.as.i + t->len : key.as.i;
            if ((uint64_t)i < (uint64_t)t->len) {
                r = val_dup(t->items[i]);
                val_decref(c);
                TOP() = r;
                vm_next();
            }
        } else if (val_is_dict(c)) {
            Value v = dict_get(ts, c.as.obj, key);
            if (!val_is_null(v)) {
                r = val_dup(v);
                val_decref(c);
                val_decref(key);
                TOP() = r;
                vm_next();
            }
        }
        f->ip = ip;
        r = exc_occurred(ts) ? VNULL : obj_getitem(ts, c, key);
        val_decref(c);
        val_decref(key);
        TOP() = r;
        if (val_is_null(r)) {
            sp--;
            goto error;
        }
        vm_next();
    }

    vm_case(STORE_SUBSCR) {
        Value key = POP();
        Value c = POP();
        Value v = POP();
        int r;
        if (val_is_list(c) && key.tag == VAL_INT && key.as.i >= 0 && key.as.i < as_list(c)->len) {
            val_set(&as_list(c)->items[key.as.i], v);
            val_decref(c);
            vm_next();
        }
        f->ip = ip;
        r = val_is_dict(c) ? dict_set(ts, c.as.obj, key, v) : obj_setitem(ts, c, key, v);
        val_decref(key);
        val_decref(c);
        val_decref(v);
        if (r < 0) {
            goto error;
        }
        vm_next();
    }

    vm_case(DELETE_SUBSCR) {
        Value key = POP();
        Value c = POP();
        int r = obj_setitem(ts, c, key, VNULL);
        val_decref(key);
        val_decref(c);
        if (r < 0) {
            goto error;
        }
        vm_next();
    }

    vm_case(BUILD_TUPLE) {
        Obj *t = tuple_new(ts, oparg);
        if (!t) {
            goto error;
        }
        sp -= oparg;
        if (oparg) {
            memcpy(((ObjTuple *)t)->items, sp, sizeof(Value) * oparg);
        }
        PUSH(val_obj(t));
        vm_next();
    }

    vm_case(BUILD_LIST) {
        Obj *l = list_new(ts, oparg);
        if (!l) {
            goto error;
        }
        sp -= oparg;
        if (oparg) {
            memcpy(((ObjList *)l)->items, sp, sizeof(Value) * oparg);
        }
        ((ObjList *)l)->len = oparg;
        PUSH(val_obj(l));
        vm_next();
    }

    vm_case(BUILD_SET) {
        Obj *s = set_new(ts, &SetType);
        if (!s) {
            goto error;
        }
        int err = 0;
        for (Value *p = sp - oparg; p < sp; p++) {
            if (!err && set_add(ts, s, *p) < 0) {
                err = 1;
            }
            val_decref(*p);
        }
        sp -= oparg;
        if (err) {
            obj_decref(s);
            goto error;
        }
        PUSH(val_obj(s));
        vm_next();
    }

    vm_case(BUILD_MAP) {
        Obj *d = dict_new(ts);
        if (!d) {
            goto error;
        }
        int err = 0;
        for (Value *p = sp - 2 * oparg; p < sp; p += 2) {
            if (!err && dict_set(ts, d, p[0], p[1]) < 0) {
                err = 1;
            }
            val_decref(p[0]);
            val_decref(p[1]);
        }
        sp -= 2 * oparg;
        if (err) {
            obj_decref(d);
            goto error;
        }
        PUSH(val_obj(d));
        vm_next();
    }

    vm_case(BUILD_STRING) {
        Value s = vm_build_string(ts, sp - oparg, (int)oparg);
        for (Value *p = sp - oparg; p < sp; p++) {
            val_decref(*p);
        }
        sp -= oparg;
        if (val_is_null(s)) {
            goto error;
        }
        PUSH(s);
        vm_next();
    }

    vm_case(BUILD_SLICE) {
        Value step = oparg == 3 ? POP() : VNONE;
        Value stop = POP();
        Value start = TOP();
        Obj *s = slice_new(ts, start, stop, step);
        val_decref(start);
        val_decref(stop);
        val_decref(step);
        TOP() = s ? val_obj(s) : VNULL;
        if (!s) {
            sp--;
            goto error;
        }
        vm_next();
    }

    vm_case(LIST_APPEND) {
        Value v = POP();
        if (list_append_steal(ts, PEEK(oparg).as.obj, v) < 0) {
            goto error;
        }
        vm_next();
    }

    vm_case(SET_ADD) {
        Value v = POP();
        int r = set_add(ts, PEEK(oparg).as.obj, v);
        val_decref(v);
        if (r < 0) {
            goto error;
        }
        vm_next();
    }

    vm_case(MAP_ADD) {
        Value v = POP();
        Value k = POP();
        int r = dict_set(ts, PEEK(oparg).as.obj, k, v);
        val_decref(k);
        val_decref(v);
        if (r < 0) {
            goto error;
        }
        vm_next();
    }

    vm_case(LIST_EXTEND) {
        Value it = POP();
        int r = vm_list_extend(ts, PEEK(oparg), it);
        val_decref(it);
        if (r < 0) {
            goto error;
        }
        vm_next();
    }

    vm_case(SET_UPDATE) {
        Value it = POP();
        int r = set_update(ts, PEEK(oparg).as.obj, it);
        val_decref(it);
        if (r < 0) {
            goto error;
        }
        vm_next();
    }

    vm_case(DICT_UPDATE) {
        Value m = POP();
        int r = vm_dict_update(ts, PEEK(oparg), m);
        val_decref(m);
        if (r < 0) {
            goto error;
        }
        vm_next();
    }

    vm_case(DICT_MERGE) {
        Value m = POP();
        int r = vm_dict_merge(ts, PEEK(oparg + 2), PEEK(oparg), m);
        val_decref(m);
        if (r < 0) {
            goto error;
        }
        vm_next();
    }

    vm_case(LIST_TO_TUPLE) {
        Value l = TOP();
        Obj *t = tuple_from_array(ts, as_list(l)->items, as_list(l)->len);
        val_decref(l);
        TOP() = t ? val_obj(t) : VNULL;
        if (!t) {
            sp--;
            goto error;
        }
        vm_next();
    }

    vm_case(UNPACK_SEQUENCE) {
        Value seq = POP();
        if (val_is_tuple(seq) && as_tuple(seq)->len == (int64_t)oparg) {
            for (int64_t i = oparg - 1; i >= 0; i--) {
                PUSH(val_dup(as_tuple(seq)->items[i]));
            }
        } else if (val_is_list(seq) && as_list(seq)->len == (int64_t)oparg) {
            for (int64_t i = oparg - 1; i >= 0; i--) {
                PUSH(val_dup(as_list(seq)->items[i]));
            }
        } else {
            f->ip = ip;
            // Unpack into the stack area, then reverse so item 0 is on top.
            bool ok = vm_unpack(ts, seq, (int)oparg, sp);
            if (!ok) {
                val_decref(seq);
                goto error;
            }
            for (uint32_t i = 0, j = oparg - 1; i < j; i++, j--) {
                Value t = sp[i];
                sp[i] = sp[j];
                sp[j] = t;
            }
            sp += oparg;
        }
        val_decref(seq);
        vm_next();
    }

    vm_case(UNPACK_EX) {
        Value seq = POP();
        int before = (int)(oparg & 0xff), after = (int)(oparg >> 8);
        int n = before + 1 + after;
        bool ok = vm_unpack_ex(ts, seq, before, after, sp);
        val_decref(seq);
        if (!ok) {
            goto error;
        }
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            Value t = sp[i];
            sp[i] = sp[j];
            sp[j] = t;
        }
        sp += n;
        vm_next();
    }

    vm_case(FORMAT_VALUE) {
        Value spec = (oparg & FV_SPEC) ? POP() : VNULL;
        Value v = TOP();
        Value r;
        if (val_is_str(v) && val_is_null(spec) && (oparg & FV_MASK) == FV_NONE) {
            vm_next();
        }
        f->ip = ip;
        r = vm_format_value(ts, v, (int)oparg, spec);
        val_decref(v);
        val_decref(spec);
        TOP() = r;
        if (val_is_null(r)) {
            sp--;
            goto error;
        }
        vm_next();
    }

    // --- iteration and jumps --------------------------------------------------------

    vm_case(GET_ITER) {
        Value v = TOP();
        Value it = obj_iter(ts, v);
        val_decref(v);
        TOP() = it;
        if (val_is_null(it)) {
            sp--;
            goto error;
        }
        vm_next();
    }

    vm_case(FOR_ITER) {
        Value it = TOP();
        Value next;
        Type *t = it.as.obj->type;
        if (t == &RangeIterType) {
            ObjRangeIter *r = (ObjRangeIter *)it.as.obj;
            if (r->remaining > 0) {
                r->remaining--;
                PUSH(val_int(r->next));
                r->next += r->step;
                vm_next();
            }
            next = VNULL;
        } else if (t == &ListIterType) {
            ObjSeqIter *li = (ObjSeqIter *)it.as.obj;
            if (!val_is_null(li->seq) && li->index < as_list(li->seq)->len) {
                PUSH(val_dup(as_list(li->seq)->items[li->index++]));
                vm_next();
            }
            next = VNULL;
        } else {
            f->ip = ip;
            SAVE_REGISTERS();
            next = t->iternext(ts, it);
        }
        if (!val_is_null(next)) {
            PUSH(next);
            vm_next();
        }
        if (exc_occurred(ts)) {
            goto error;
        }
        sp--;
        val_decref(it);
        ip = co->code + oparg;
        vm_next();
    }

    vm_case(JUMP_FORWARD) {
        ip = co->code + oparg;
        vm_next();
    }

    vm_case(JUMP_BACKWARD) {
        // Checked before jumping, so that an exception raised here (Ctrl-C)
        // is reported at the loop's line.
        CHECK_BREAKER();
        ip = co->code + oparg;
        SELECT_TABLE();
        vm_next();
    }

    vm_case(POP_JUMP_IF_FALSE) {
        Value v = POP();
        int t;
        if (v.tag == VAL_BOOL) {
            t = (int)v.as.i;
        } else {
            t = obj_truth(ts, v);
            val_decref(v);
            if (t < 0) {
                goto error;
            }
        }
        if (!t) {
            ip = co->code + oparg;
        }
        vm_next();
    }

    vm_case(POP_JUMP_IF_TRUE) {
        Value v = POP();
        int t;
        if (v.tag == VAL_BOOL) {
            t = (int)v.as.i;
        } else {
            t = obj_truth(ts, v);
            val_decref(v);
            if (t < 0) {
                goto error;
            }
        }
        if (t) {
            ip = co->code + oparg;
        }
        vm_next();
    }

    vm_case(POP_JUMP_IF_NONE) {
        Value v = POP();
        if (val_is_none(v)) {
            ip = co->code + oparg;
        }
        val_decref(v);
        vm_next();
    }

    vm_case(POP_JUMP_IF_NOT_NONE) {
        Value v = POP();
        if (!val_is_none(v)) {
            ip = co->code + oparg;
        }
        val_decref(v);
        vm_next();
    }

    vm_case(JUMP_IF_FALSE_OR_POP) {
        Value v = TOP();
        int t = v.tag == VAL_BOOL ? (int)v.as.i : obj_truth(ts, v);
        if (t < 0) {
            goto error;
        }
        if (!t) {
            ip = co->code + oparg;
        } else {
            sp--;
            val_decref(v);
        }
        vm_next();
    }

    vm_case(JUMP_IF_TRUE_OR_POP) {
        Value v = TOP();
        int t = v.tag == VAL_BOOL ? (int)v.as.i : obj_truth(ts, v);
        if (t < 0) {
            goto error;
        }
        if (t) {
            ip = co->code + oparg;
        } else {
            sp--;
            val_decref(v);
        }
        vm_next();
    }

    // --- calls ------------------------------------------------------------------------

    vm_case(KW_NAMES) {
        kwnames = consts[oparg].as.obj;
        vm_next();
    }

    vm_case(CALL_METHOD) {
        // [meth self args] or [NULL callable args]
        Value *base = sp - oparg - 2;
        int64_t nargs = oparg;
        Value callable;
        Value *args;
        if (val_is_null(base[0])) {
            callable = base[1];
            args = base + 2;
        } else {
            callable = base[0];
            args = base + 1;
            nargs++;
        }
        Obj *kw = kwnames;
        kwnames = NULL;
        int64_t npos = nargs - (kw ? tuple_len(kw) : 0);
        if (val_has_type(callable, &FunctionType)) {
            ObjFunction *fn = (ObjFunction *)callable.as.obj;
            ObjCode *fc = fn->code;
            if (fc->flags & GEN_FLAGS) {
                SAVE_REGISTERS();
                Value g = vm_start_generator(ts, fn, args, npos, kw);
                for (Value *p = base; p < sp; p++) {
                    val_decref(*p);
                }
                sp = base;
                if (val_is_null(g)) {
                    goto error;
                }
                PUSH(g);
                vm_next();
            }
            f->ip = ip;
            Frame *nf = frame_push(ts, fn);
            if (!nf) {
                goto error;
            }
            if (fc->simple_args && !kw && npos == fc->argcount) {
                memcpy(nf->localsplus, args, sizeof(Value) * (size_t)npos);
                for (Value *p = base; p < args; p++) {
                    val_decref(*p);
                }
                if (fc->nfree) {
                    ObjTuple *closure = (ObjTuple *)fn->closure;
                    for (int i = 0; i < fc->nfree; i++) {
                        nf->localsplus[fc->nlocals + i] = val_dup(closure->items[i]);
                    }
                }
            } else {
                bool ok = frame_bind_args(ts, nf, args, npos, kw);
                for (Value *p = base; p < sp; p++) {
                    val_decref(*p);
                }
                if (!ok) {
                    sp = base;
                    frame_pop(ts, nf);
                    goto error;
                }
            }
            sp = base;
            f->sp = sp;
            if (!recursion_enter(ts)) {
                frame_pop(ts, nf);
                goto error;
            }
            nf->prev = f;
            ts->frame = nf;
            f = nf;
            LOAD_REGISTERS();
            CHECK_BREAKER();
            vm_next();
        }
        SAVE_REGISTERS();
        Value r;
        if (val_has_type(callable, &NativeType)) {
            r = call_native_method(ts, callable, args, npos, kw);
        } else {
            r = obj_call(ts, callable, args, npos, kw);
        }
        for (Value *p = base; p < sp; p++) {
            val_decref(*p);
        }
        sp = base;
        if (val_is_null(r)) {
            goto error;
        }
        PUSH(r);
        // The return from a call is a safe point too, as in CPython: a
        // signal that arrived during a C call is handled right after it.
        CHECK_BREAKER();
        vm_next();
    }

    vm_case(CALL) {
        // [callable args]: the same path as CALL_METHOD with no receiver.
        Value *base = sp - oparg - 1;
        Value callable = base[0];
        Value *args = base + 1;
        Obj *kw = kwnames;
        kwnames = NULL;
        int64_t npos = (int64_t)oparg - (kw ? tuple_len(kw) : 0);
        if (val_has_type(callable, &FunctionType)) {
            ObjFunction *fn = (ObjFunction *)callable.as.obj;
            ObjCode *fc = fn->code;
            if (fc->flags & GEN_FLAGS) {
                SAVE_REGISTERS();
                Value g = vm_start_generator(ts, fn, args, npos, kw);
                for (Value *p = base; p < sp; p++) {
                    val_decref(*p);
                }
                sp = base;
                if (val_is_null(g)) {
                    goto error;
                }
                PUSH(g);
                vm_next();
            }
            f->ip = ip;
            Frame *nf = frame_push(ts, fn);
            if (!nf) {
                goto error;
            }
            if (fc->simple_args && !kw && npos == fc->argcount) {
                memcpy(nf->localsplus, args, sizeof(Value) * (size_t)npos);
                val_decref(callable);
                if (fc->nfree) {
                    ObjTuple *closure = (ObjTuple *)fn->closure;
                    for (int i = 0; i < fc->nfree; i++) {
                        nf->localsplus[fc->nlocals + i] = val_dup(closure->items[i]);
                    }
                }
            } else {
                bool ok = frame_bind_args(ts, nf, args, npos, kw);
                for (Value *p = base; p < sp; p++) {
                    val_decref(*p);
                }
                if (!ok) {
                    sp = base;
                    frame_pop(ts, nf);
                    goto error;
                }
            }
            sp = base;
            f->sp = sp;
            if (!recursion_enter(ts)) {
                frame_pop(ts, nf);
                goto error;
            }
            nf->prev = f;
            ts->frame = nf;
            f = nf;
            LOAD_REGISTERS();
            CHECK_BREAKER();
            vm_next();
        }
        SAVE_REGISTERS();
        Value r;
        if (val_has_type(callable, &NativeType)) {
            r = call_native_method(ts, callable, args, npos, kw);
        } else {
            r = obj_call(ts, callable, args, npos, kw);
        }
        for (Value *p = base; p < sp; p++) {
            val_decref(*p);
        }
        sp = base;
        if (val_is_null(r)) {
            goto error;
        }
        PUSH(r);
        // The return from a call is a safe point too, as in CPython: a
        // signal that arrived during a C call is handled right after it.
        CHECK_BREAKER();
        vm_next();
    }

    vm_case(CALL_FUNCTION_EX) {
        Value kwargs = (oparg & 1) ? POP() : VNULL;
        Value args = POP();
        Value func = TOP();
        SAVE_REGISTERS();
        Value r = vm_call_ex(ts, func, args, kwargs);
        val_decref(kwargs);
        val_decref(args);
        val_decref(func);
        TOP() = r;
        if (val_is_null(r)) {
            sp--;
            goto error;
        }
        vm_next();
    }

    vm_case(MAKE_FUNCTION) {
        Value code = POP();
        int nextras = ((oparg & MF_DEFAULTS) != 0) + ((oparg & MF_KWDEFAULTS) != 0) +
                      ((oparg & MF_ANNOTATIONS) != 0) + ((oparg & MF_CLOSURE) != 0);
        sp -= nextras;
        Value fn = vm_make_function(ts, f, (ObjCode *)code.as.obj, (int)oparg, sp);
        for (int i = 0; i < nextras; i++) {
            val_decref(sp[i]);
        }
        val_decref(code);
        if (val_is_null(fn)) {
            goto error;
        }
        PUSH(fn);
        vm_next();
    }

    vm_case(RETURN_VALUE) {
        Value rv = POP();
        ts->depth--;
        if (f->is_entry) {
            SAVE_REGISTERS();
            ts->frame = f->prev;
            if (f->on_chunk) {
                frame_pop(ts, f);
            }
            *result = rv;
            return GEN_RETURNED;
        }
        Frame *caller = f->prev;
        ts->frame = caller;
        f->sp = sp;
        frame_pop(ts, f);
        f = caller;
        LOAD_REGISTERS();
        PUSH(rv);
        vm_next();
    }

    vm_case(YIELD_VALUE) {
        Value v = POP();
        SAVE_REGISTERS();
        ts->depth--;
        ts->frame = f->prev;
        *result = v;
        return GEN_YIELDED;
    }

    vm_case(GET_YIELD_FROM_ITER) {
        Value v = TOP();
        Value it = vm_get_yield_from_iter(ts, v);
        val_decref(v);
        TOP() = it;
        if (val_is_null(it)) {
            sp--;
            goto error;
        }
        vm_next();
    }

    vm_case(GET_AWAITABLE) {
        Value v = TOP();
        Value it = vm_get_awaitable(ts, v, (int)oparg);
        val_decref(v);
        TOP() = it;
        if (val_is_null(it)) {
            sp--;
            goto error;
        }
        vm_next();
    }

    vm_case(GET_AITER) {
        Value v = TOP();
        SAVE_REGISTERS();
        Value it = vm_get_aiter(ts, v);
        val_decref(v);
        TOP() = it;
        if (val_is_null(it)) {
            sp--;
            goto error;
        }
        vm_next();
    }

    vm_case(GET_ANEXT) {
        SAVE_REGISTERS();
        Value aw = vm_get_anext(ts, TOP());
        if (val_is_null(aw)) {
            goto error;
        }
        PUSH(aw);
        vm_next();
    }

    vm_case(END_ASYNC_FOR) {
        Value exc = POP();
        if (!exc_given_matches(ts, exc, val_obj(&ExcStopAsyncIteration.base))) {
            exc_restore(ts, exc);
            goto exception_unwind;
        }
        val_decref(exc);
        val_decref(POP());
        vm_next();
    }

    vm_case(ASYNC_GEN_WRAP) {
        Value w = vm_async_gen_wrap(ts, TOP());
        if (val_is_null(w)) {
            goto error;
        }
        val_decref(TOP());
        TOP() = w;
        vm_next();
    }

    vm_case(SEND) {
        Value v = POP();
        Value sub = TOP();
        Value out;
        SAVE_REGISTERS();
        int r = vm_send(ts, sub, v, &out);
        val_decref(v);
        if (r < 0) {
            goto error;
        }
        if (r == 1) {
            val_decref(sub);
            TOP() = out;
            ip = co->code + oparg;
            vm_next();
        }
        PUSH(out);
        vm_next();
    }

    // --- classes, imports, exceptions ---------------------------------------------------

    vm_case(LOAD_BUILD_CLASS) {
        Value bc = dict_get_cstr(f->builtins, "__build_class__");
        if (val_is_null(bc)) {
            exc_raise(ts, &ExcNameError, "__build_class__ not found");
            goto error;
        }
        PUSH(val_dup(bc));
        vm_next();
    }

    vm_case(IMPORT_NAME) {
        Value fromlist = POP();
        Value level = TOP();
        SAVE_REGISTERS();
        Value m = vm_import_name(ts, f, co->names[oparg], fromlist, level);
        val_decref(fromlist);
        val_decref(level);
        TOP() = m;
        if (val_is_null(m)) {
            sp--;
            goto error;
        }
        vm_next();
    }

    vm_case(IMPORT_FROM) {
        Value v = vm_import_from(ts, TOP(), co->names[oparg]);
        if (val_is_null(v)) {
            goto error;
        }
        PUSH(v);
        vm_next();
    }

    vm_case(IMPORT_STAR) {
        Value m = POP();
        int r = vm_import_star(ts, f, m);
        val_decref(m);
        if (r < 0) {
            goto error;
        }
        vm_next();
    }

    vm_case(RAISE_VARARGS) {
        Value cause = oparg == 2 ? POP() : VNULL;
        Value exc = oparg >= 1 ? POP() : VNULL;
        bool has_tb = vm_raise(ts, exc, cause);
        val_decref(exc);
        val_decref(cause);
        if (has_tb) {
            goto exception_unwind;
        }
        goto error;
    }

    vm_case(RERAISE) {
        Value exc = POP();
        exc_restore(ts, exc);
        goto exception_unwind;
    }

    vm_case(PUSH_EXC_INFO) {
        Value exc = TOP();
        Value prev = ts->handled_exc;
        TOP() = val_is_null(prev) ? VNONE : prev;
        ts->handled_exc = val_dup(exc);
        f->except_depth++;
        PUSH(exc);
        vm_next();
    }

    vm_case(POP_EXCEPT) {
        Value prev = POP();
        val_set(&ts->handled_exc, val_is_none(prev) ? VNULL : prev);
        f->except_depth--;
        vm_next();
    }

    vm_case(CHECK_EXC_MATCH) {
        Value type = TOP();
        int r = exc_given_matches(ts, PEEK(2), type);
        val_decref(type);
        if (r < 0) {
            sp--;
            goto error;
        }
        TOP() = val_bool(r);
        vm_next();
    }

    vm_case(BEFORE_WITH)
    vm_case(BEFORE_ASYNC_WITH) {
        Value mgr = TOP();
        Value exit;
        SAVE_REGISTERS();
        Value res = vm_before_with(ts, mgr, &exit, INSTR_OP(word) == OP_BEFORE_ASYNC_WITH);
        val_decref(mgr);
        if (val_is_null(res)) {
            sp--;
            goto error;
        }
        TOP() = exit;
        PUSH(res);
        vm_next();
    }

    vm_case(WITH_EXCEPT_START) {
        // [exit prev exc]
        SAVE_REGISTERS();
        Value r = vm_with_exit(ts, PEEK(3), TOP());
        if (val_is_null(r)) {
            goto error;
        }
        PUSH(r);
        vm_next();
    }

    vm_case(LOAD_ASSERTION_ERROR) {
        PUSH(val_obj(&ExcAssertionError.base));
        vm_next();
    }

    vm_case(PRINT_EXPR) {
        Value v = POP();
        SAVE_REGISTERS();
        int r = vm_print_expr(ts, v);
        val_decref(v);
        if (r < 0) {
            goto error;
        }
        vm_next();
    }

    vm_case(SETUP_ANNOTATIONS) {
        if (vm_setup_annotations(ts, f) < 0) {
            goto error;
        }
        vm_next();
    }

    vm_case(LOAD_LOCALS) {
        if (!f->locals) {
            exc_raise(ts, &ExcSystemError, "no locals found");
            goto error;
        }
        PUSH(val_dup(val_obj(f->locals)));
        vm_next();
    }

#if !USE_COMPUTED_GOTO
    default:
        cs_fatal("unknown opcode %u", (unsigned)INSTR_OP(word));
    }
#endif

error:
    // Record this frame in the traceback, then look for a handler.
    if (!exc_occurred(ts)) {
        exc_raise(ts, &ExcSystemError, "error return without exception set");
    }
    {
        int lasti = (int)(ip - co->code) - 1;
        if (lasti < 0) {
            lasti = 0;
        }
        exc_add_traceback(ts, ts->curexc, &co->base, co->locs[lasti].line, lasti);
    }
exception_unwind:
    kwnames = NULL;
    {
        int lasti = (int)(ip - co->code) - 1;
        ExcEntry *h = find_handler(co, lasti < 0 ? 0 : lasti);
        if (h) {
            Value *target_sp = f->localsplus + code_nlocalsplus(co) + h->depth;
            while (sp > target_sp) {
                Value v = POP();
                val_decref(v);
            }
            PUSH(exc_fetch(ts));
            ip = co->code + h->target;
            vm_next();
        }
    }
    // No handler here: the frame is done; the exception goes to the caller.
    ts->depth--;
    if (f->is_entry) {
        f->sp = sp;
        ts->frame = f->prev;
        if (f->on_chunk) {
            frame_pop(ts, f);
        } else {
            // A generator's frame: drop what is on its stack.
            Value *base = f->localsplus + code_nlocalsplus(co);
            while (sp > base) {
                Value v = POP();
                val_decref(v);
            }
            f->sp = sp;
        }
        status = GEN_ERROR;
        return status;
    }
    {
        Frame *caller = f->prev;
        ts->frame = caller;
        f->sp = sp;
        frame_pop(ts, f);
        f = caller;
        LOAD_REGISTERS();
        goto error;
    }
}
