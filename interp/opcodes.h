// The instruction set: one X-macro list from which the opcode enum, the
// names, the eval loop's jump table and the disassembler are all made.
//
// An instruction is one 32-bit word: the opcode in the low 8 bits and its
// argument in the high 24 bits (so no EXTENDED_ARG is ever needed). Jump
// arguments are absolute instruction indexes.
//
// Each entry: name, the kind of its argument (how --dis shows it), and its
// stack effect and meaning. "NULL" is the empty marker value (VNULL).
#ifndef CS_INTERP_OPCODES_H
#define CS_INTERP_OPCODES_H

// Argument kinds, for the disassembler.
typedef enum ArgKind {
    ARG_NONE,     // no argument
    ARG_INT,      // a count or flags
    ARG_CONST,    // index into co_consts
    ARG_NAME,     // index into co_names
    ARG_LOCAL,    // index into the local variables
    ARG_CELL,     // index into the cell and free variables (after the locals)
    ARG_JUMP,     // absolute target
    ARG_CACHE,    // index of an inline cache entry, which names the attribute/global
    ARG_CMP,      // comparison operator
} ArgKind;

#define OPCODE_LIST(X)                                                                         \
    X(NOP, ARG_NONE, "( -- ) do nothing")                                                     \
    X(POP_TOP, ARG_NONE, "(a -- ) discard the top of the stack")                              \
    X(PUSH_NULL, ARG_NONE, "( -- NULL) push the empty marker")                                \
    X(COPY, ARG_INT, "(a ... -- a ... a) push a copy of the n-th item (1 = top)")             \
    X(SWAP, ARG_INT, "(a ... b -- b ... a) swap the top with the n-th item")                  \
    X(LOAD_CONST, ARG_CONST, "( -- v) push a constant")                                       \
    X(LOAD_FAST, ARG_LOCAL, "( -- v) push a local variable")                                  \
    X(STORE_FAST, ARG_LOCAL, "(v -- ) store a local variable")                                \
    X(DELETE_FAST, ARG_LOCAL, "( -- ) unbind a local variable")                               \
    X(LOAD_DEREF, ARG_CELL, "( -- v) push the content of a cell")                             \
    X(STORE_DEREF, ARG_CELL, "(v -- ) store into a cell")                                     \
    X(DELETE_DEREF, ARG_CELL, "( -- ) empty a cell")                                          \
    X(LOAD_CLOSURE, ARG_CELL, "( -- cell) push a cell itself, to build a closure")            \
    X(LOAD_CLASSDEREF, ARG_CELL, "( -- v) class body: the namespace, else the cell")          \
    X(LOAD_GLOBAL, ARG_CACHE, "( -- v) push a global or a builtin")                           \
    X(STORE_GLOBAL, ARG_NAME, "(v -- ) store a global")                                       \
    X(DELETE_GLOBAL, ARG_NAME, "( -- ) delete a global")                                      \
    X(LOAD_NAME, ARG_NAME, "( -- v) module/class body: locals, globals, then builtins")       \
    X(STORE_NAME, ARG_NAME, "(v -- ) module/class body: store in the namespace")              \
    X(DELETE_NAME, ARG_NAME, "( -- ) module/class body: delete from the namespace")           \
    X(LOAD_ATTR, ARG_CACHE, "(obj -- v) push obj.name")                                       \
    X(STORE_ATTR, ARG_CACHE, "(v obj -- ) obj.name = v")                                      \
    X(DELETE_ATTR, ARG_NAME, "(obj -- ) del obj.name")                                        \
    X(LOAD_METHOD, ARG_CACHE, "(obj -- meth obj | NULL v) look a method up for CALL_METHOD")  \
    X(BINARY_ADD, ARG_NONE, "(a b -- a+b)")                                                   \
    X(BINARY_SUBTRACT, ARG_NONE, "(a b -- a-b)")                                              \
    X(BINARY_MULTIPLY, ARG_NONE, "(a b -- a*b)")                                              \
    X(BINARY_TRUE_DIVIDE, ARG_NONE, "(a b -- a/b)")                                           \
    X(BINARY_FLOOR_DIVIDE, ARG_NONE, "(a b -- a//b)")                                         \
    X(BINARY_MODULO, ARG_NONE, "(a b -- a%b)")                                                \
    X(BINARY_POWER, ARG_NONE, "(a b -- a**b)")                                                \
    X(BINARY_LSHIFT, ARG_NONE, "(a b -- a<<b)")                                               \
    X(BINARY_RSHIFT, ARG_NONE, "(a b -- a>>b)")                                               \
    X(BINARY_AND, ARG_NONE, "(a b -- a&b)")                                                   \
    X(BINARY_OR, ARG_NONE, "(a b -- a|b)")                                                    \
    X(BINARY_XOR, ARG_NONE, "(a b -- a^b)")                                                   \
    X(BINARY_MATRIX_MULTIPLY, ARG_NONE, "(a b -- a@b)")                                       \
    X(INPLACE_ADD, ARG_NONE, "(a b -- a+=b)")                                                 \
    X(INPLACE_SUBTRACT, ARG_NONE, "(a b -- a-=b)")                                            \
    X(INPLACE_MULTIPLY, ARG_NONE, "(a b -- a*=b)")                                            \
    X(INPLACE_TRUE_DIVIDE, ARG_NONE, "(a b -- a/=b)")                                         \
    X(INPLACE_FLOOR_DIVIDE, ARG_NONE, "(a b -- a//=b)")                                       \
    X(INPLACE_MODULO, ARG_NONE, "(a b -- a%=b)")                                              \
    X(INPLACE_POWER, ARG_NONE, "(a b -- a**=b)")                                              \
    X(INPLACE_LSHIFT, ARG_NONE, "(a b -- a<<=b)")                                             \
    X(INPLACE_RSHIFT, ARG_NONE, "(a b -- a>>=b)")                                             \
    X(INPLACE_AND, ARG_NONE, "(a b -- a&=b)")                                                 \
    X(INPLACE_OR, ARG_NONE, "(a b -- a|=b)")                                                  \
    X(INPLACE_XOR, ARG_NONE, "(a b -- a^=b)")                                                 \
    X(INPLACE_MATRIX_MULTIPLY, ARG_NONE, "(a b -- a@=b)")                                     \
    X(COMPARE_OP, ARG_CMP, "(a b -- a<b ...) rich comparison")                                \
    X(IS_OP, ARG_INT, "(a b -- a is b) 1: is not")                                            \
    X(CONTAINS_OP, ARG_INT, "(a b -- a in b) 1: not in")                                      \
    X(UNARY_NEGATIVE, ARG_NONE, "(a -- -a)")                                                  \
    X(UNARY_POSITIVE, ARG_NONE, "(a -- +a)")                                                  \
    X(UNARY_INVERT, ARG_NONE, "(a -- ~a)")                                                    \
    X(UNARY_NOT, ARG_NONE, "(a -- not a)")                                                    \
    X(BINARY_SUBSCR, ARG_NONE, "(c k -- c[k])")                                               \
    X(STORE_SUBSCR, ARG_NONE, "(v c k -- ) c[k] = v")                                         \
    X(DELETE_SUBSCR, ARG_NONE, "(c k -- ) del c[k]")                                          \
    X(BUILD_TUPLE, ARG_INT, "(x1..xn -- tuple)")                                              \
    X(BUILD_LIST, ARG_INT, "(x1..xn -- list)")                                                \
    X(BUILD_SET, ARG_INT, "(x1..xn -- set)")                                                  \
    X(BUILD_MAP, ARG_INT, "(k1 v1..kn vn -- dict)")                                           \
    X(BUILD_STRING, ARG_INT, "(s1..sn -- str) concatenate the parts of an f-string")          \
    X(BUILD_SLICE, ARG_INT, "(start stop [step] -- slice)")                                   \
    X(LIST_APPEND, ARG_INT, "(list ... v -- list ...) append to the list n below")            \
    X(SET_ADD, ARG_INT, "(set ... v -- set ...) add to the set n below")                      \
    X(MAP_ADD, ARG_INT, "(dict ... k v -- dict ...) store into the dict n below")             \
    X(LIST_EXTEND, ARG_INT, "(list ... it -- list ...) extend the list n below")              \
    X(SET_UPDATE, ARG_INT, "(set ... it -- set ...) update the set n below")                  \
    X(DICT_UPDATE, ARG_INT, "(dict ... m -- dict ...) update the dict n below")               \
    X(DICT_MERGE, ARG_INT, "(f ... dict ... m -- ) like DICT_UPDATE, duplicate keys raise")   \
    X(LIST_TO_TUPLE, ARG_NONE, "(list -- tuple)")                                             \
    X(UNPACK_SEQUENCE, ARG_INT, "(seq -- xn..x1) unpack exactly n items")                     \
    X(UNPACK_EX, ARG_INT, "(seq -- ...) unpack with a starred target: before | after << 8")   \
    X(FORMAT_VALUE, ARG_INT, "(v [spec] -- str) f-string field: conversion | 4 if spec")      \
    X(GET_ITER, ARG_NONE, "(obj -- iter)")                                                    \
    X(FOR_ITER, ARG_JUMP, "(iter -- iter next) or pop and jump when exhausted")               \
    X(JUMP_FORWARD, ARG_JUMP, "( -- ) jump forward")                                          \
    X(JUMP_BACKWARD, ARG_JUMP, "( -- ) jump back; a safe point for thread switches")          \
    X(POP_JUMP_IF_FALSE, ARG_JUMP, "(v -- ) jump if v is false")                              \
    X(POP_JUMP_IF_TRUE, ARG_JUMP, "(v -- ) jump if v is true")                                \
    X(POP_JUMP_IF_NONE, ARG_JUMP, "(v -- ) jump if v is None")                                \
    X(POP_JUMP_IF_NOT_NONE, ARG_JUMP, "(v -- ) jump if v is not None")                        \
    X(JUMP_IF_FALSE_OR_POP, ARG_JUMP, "(v -- v | ) and/or: keep v and jump if false")         \
    X(JUMP_IF_TRUE_OR_POP, ARG_JUMP, "(v -- v | ) and/or: keep v and jump if true")           \
    X(KW_NAMES, ARG_CONST, "( -- ) the next call's keyword names (a tuple constant)")         \
    X(CALL, ARG_INT, "(f a1..an -- r) call with n arguments; a safe point")                   \
    X(CALL_METHOD, ARG_INT, "(m self a1..an -- r | NULL f a1..an -- r) call after LOAD_METHOD") \
    X(CALL_FUNCTION_EX, ARG_INT, "(f args [kwargs] -- r) f(*args, **kwargs); 1: has kwargs")  \
    X(MAKE_FUNCTION, ARG_INT, "([defaults] [kwdefaults] [annotations] [closure] code -- f) flags 1 2 4 8") \
    X(RETURN_VALUE, ARG_NONE, "(v -- ) return v to the caller")                               \
    X(YIELD_VALUE, ARG_NONE, "(v -- sent) suspend the generator, yielding v")                 \
    X(GET_YIELD_FROM_ITER, ARG_NONE, "(obj -- iter) for yield from")                          \
    X(GET_AWAITABLE, ARG_INT, "(obj -- iter) for await; 1: from __aenter__, 2: from __aexit__") \
    X(GET_AITER, ARG_NONE, "(obj -- aiter) async for: obj.__aiter__()")                         \
    X(GET_ANEXT, ARG_NONE, "(aiter -- aiter awaitable) async for: the awaitable of __anext__()") \
    X(END_ASYNC_FOR, ARG_NONE, "(aiter exc -- ) StopAsyncIteration ends the loop, else re-raise") \
    X(BEFORE_ASYNC_WITH, ARG_NONE, "(mgr -- aexit aenter_result) async with: bind __aexit__, call __aenter__") \
    X(ASYNC_GEN_WRAP, ARG_NONE, "(v -- w) async generator: mark v as yielded (not passed through)") \
    X(SEND, ARG_JUMP, "(sub v -- sub r) resume sub with v; jump with its result when done")   \
    X(LOAD_BUILD_CLASS, ARG_NONE, "( -- __build_class__)")                                    \
    X(IMPORT_NAME, ARG_NAME, "(level fromlist -- module)")                                    \
    X(IMPORT_FROM, ARG_NAME, "(module -- module attr)")                                       \
    X(IMPORT_STAR, ARG_NONE, "(module -- ) from module import *")                             \
    X(RAISE_VARARGS, ARG_INT, "([exc [cause]] -- ) raise; 0: re-raise the handled one")       \
    X(RERAISE, ARG_NONE, "(exc -- ) raise exc again, its traceback unchanged")                \
    X(PUSH_EXC_INFO, ARG_NONE, "(exc -- prev exc) enter an except block")                     \
    X(POP_EXCEPT, ARG_NONE, "(prev -- ) leave an except block")                               \
    X(CHECK_EXC_MATCH, ARG_NONE, "(exc type -- exc bool) does exc match the except clause")   \
    X(BEFORE_WITH, ARG_NONE, "(mgr -- exit enter_result)")                                    \
    X(WITH_EXCEPT_START, ARG_NONE, "(exit prev exc -- exit prev exc r) call __exit__ with exc") \
    X(LOAD_ASSERTION_ERROR, ARG_NONE, "( -- AssertionError)")                                 \
    X(PRINT_EXPR, ARG_NONE, "(v -- ) REPL: show v and keep it in builtins._")                 \
    X(SETUP_ANNOTATIONS, ARG_NONE, "( -- ) create __annotations__ in the namespace if missing") \
    X(LOAD_LOCALS, ARG_NONE, "( -- ns) class body: push its namespace")


typedef enum Opcode {
#define X(name, kind, doc) OP_##name,
    OPCODE_LIST(X)
#undef X
    OP__COUNT
} Opcode;

extern const char *const opcode_names[];
extern const ArgKind opcode_arg_kinds[];

#define INSTR(op, arg) ((uint32_t)(op) | ((uint32_t)(arg) << 8))
#define INSTR_OP(w) ((w) & 0xff)
#define INSTR_ARG(w) ((w) >> 8)
#define MAX_OPARG ((1u << 24) - 1)

// MAKE_FUNCTION flags.
// MF_ANNOTATIONS: a tuple of (name, value) pairs, flattened.
enum { MF_DEFAULTS = 1, MF_KWDEFAULTS = 2, MF_ANNOTATIONS = 4, MF_CLOSURE = 8 };
// FORMAT_VALUE flags.
enum { FV_NONE = 0, FV_STR = 1, FV_REPR = 2, FV_ASCII = 3, FV_MASK = 3, FV_SPEC = 4 };

#endif
