// Objects and types: the slot table every type fills in, and the generic
// protocol (repr, hash, compare, attributes, calls, iteration, operators)
// that the eval loop and the built-ins use on any value.
//
// A built-in type is a static Type whose slots point at C functions; its
// methods live in its dict as native functions. A class defined in the
// language (a "heap type") gets slots that look the dunder methods up along
// its MRO (type_fixup_slots in obj_class.c), so `a + b` works the same way
// whether the `+` is written in C or in a `def __add__`.
//
// Conventions for every function declared in this directory:
//  - A function returning Value returns a new reference, or VNULL with the
//    thread state's exception set. "borrowed" in a comment means the caller
//    gets no reference of its own.
//  - A function returning int returns -1 with an exception set on error.
//  - Arguments are borrowed unless the comment says "steals".
//  - ThreadState *ts comes first wherever Python code can run or an
//    exception can be raised.
#ifndef CS_RUNTIME_OBJECT_H
#define CS_RUNTIME_OBJECT_H

#include "runtime/value.h"

// The binary operators with a slot each. The order is the order of the
// BINARY_* opcodes and of the dunder names in object.c.
#define BINOP_LIST(X)                                                         \
    X(ADD, "+", "__add__", "__radd__", "__iadd__")                            \
    X(SUB, "-", "__sub__", "__rsub__", "__isub__")                            \
    X(MUL, "*", "__mul__", "__rmul__", "__imul__")                            \
    X(TRUEDIV, "/", "__truediv__", "__rtruediv__", "__itruediv__")            \
    X(FLOORDIV, "//", "__floordiv__", "__rfloordiv__", "__ifloordiv__")       \
    X(MOD, "%", "__mod__", "__rmod__", "__imod__")                            \
    X(POW, "**", "__pow__", "__rpow__", "__ipow__")                           \
    X(LSHIFT, "<<", "__lshift__", "__rlshift__", "__ilshift__")               \
    X(RSHIFT, ">>", "__rshift__", "__rrshift__", "__irshift__")               \
    X(AND, "&", "__and__", "__rand__", "__iand__")                            \
    X(OR, "|", "__or__", "__ror__", "__ior__")                                \
    X(XOR, "^", "__xor__", "__rxor__", "__ixor__")                            \
    X(MATMUL, "@", "__matmul__", "__rmatmul__", "__imatmul__")

typedef enum BinOp {
#define X(name, sym, d, r, i) BINOP_##name,
    BINOP_LIST(X)
#undef X
    BINOP__COUNT
} BinOp;

// Rich comparisons, in CPython's order (Py_LT..Py_GE).
typedef enum CmpOp { CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE } CmpOp;

typedef Value (*UnaryFn)(ThreadState *ts, Value a);
typedef Value (*BinaryFn)(ThreadState *ts, Value a, Value b);
// args[0..nargs-1] are the positional arguments; when kwnames (a tuple of
// str) is not NULL, the keyword values follow them, one per name.
typedef Value (*CallFn)(ThreadState *ts, Value callable, Value *args, int64_t nargs,
                        Obj *kwnames);
typedef Value (*NewFn)(ThreadState *ts, Type *type, Value *args, int64_t nargs, Obj *kwnames);
typedef int (*InitFn)(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames);

// Type flags.
enum {
    TYPE_HEAP = 1 << 0,        // created by a class statement: refcounted, slots from dunders
    TYPE_BASETYPE = 1 << 1,    // may be subclassed
    TYPE_ABSTRACT_NEW = 1 << 2,
    TYPE_EXCEPTION = 1 << 3,   // a subclass of BaseException
    TYPE_READY = 1 << 4,       // type_ready has run
    TYPE_VARSIZE = 1 << 5,     // items stored inline after the struct: subclasses get no __dict__
};

struct Type {
    Obj base;
    const char *name;          // for a heap type: points into name_obj
    Obj *name_obj;             // str (heap types; built-ins get one lazily)
    Obj *qualname;             // str or NULL
    Obj *module;               // str: the defining module's name, or NULL (builtins)
    Type *base_type;           // the base whose instance layout this type extends
    Obj *bases;                // tuple of types
    Obj *mro;                  // tuple of types, this type first
    Obj *dict;                 // dict: attributes and methods
    Type **subclasses;         // direct subclasses (not owned), for cache invalidation
    int nsubclasses, subclasses_cap;
    uint32_t flags;
    uint64_t version;          // changes whenever the dict of this type or a base changes
    size_t basic_size;         // bytes of an instance
    size_t dict_offset;        // offset of the instance's Obj *dict, 0 = no __dict__ (see OFFSET_AFTER_ITEMS)
    size_t slots_offset;       // this class's own __slots__ values: n_slots Values here
    int n_slots;
    const char *doc;

    void (*dealloc)(Obj *self);
    UnaryFn repr;
    UnaryFn str;
    // Writes the hash; returns -1 with an exception set when unhashable.
    int (*hash)(ThreadState *ts, Value self, int64_t *out);
    // Returns the result or the NotImplemented singleton (a new reference).
    Value (*richcompare)(ThreadState *ts, Value a, Value b, CmpOp op);
    CallFn call;
    // name is an interned str. Returns VNULL with AttributeError when missing.
    Value (*getattr)(ThreadState *ts, Value self, Obj *name);
    // value VNULL means delete.
    int (*setattr)(ThreadState *ts, Value self, Obj *name, Value value);
    // Descriptors: obj is VNULL for access through the class.
    Value (*descr_get)(ThreadState *ts, Value descr, Value obj, Type *owner);
    int (*descr_set)(ThreadState *ts, Value descr, Value obj, Value value);
    UnaryFn iter;
    // Returns VNULL with no exception set when the iterator is exhausted.
    UnaryFn iternext;
    // Returns the length, or -1 with an exception set.
    int64_t (*len)(ThreadState *ts, Value self);
    BinaryFn getitem;
    int (*setitem)(ThreadState *ts, Value self, Value key, Value value); // value VNULL: delete
    // Returns 1, 0, or -1 with an exception set.
    int (*contains)(ThreadState *ts, Value self, Value item);
    int (*truth)(ThreadState *ts, Value self);
    // Binary slots take the operands in source order and return
    // NotImplemented when they do not handle this pair of types.
    BinaryFn nb[BINOP__COUNT];
    BinaryFn nb_inplace[BINOP__COUNT];   // NULL: fall back to nb
    UnaryFn neg, pos, invert, abs;
    UnaryFn to_int, to_float, index;
    NewFn new_;
    InitFn init;
};

// The built-in types every file may need.
extern Type TypeType, ObjectType, NoneType, BoolType, IntType, FloatType, StrType, BytesType,
    ListType, TupleType, DictType, SetType, FrozenSetType, RangeType, SliceType,
    FunctionType, CodeType, CellType, NativeType, MethodType, ModuleType,
    NotImplementedType, EllipsisType, PropertyType, StaticMethodType, ClassMethodType,
    SuperType, GeneratorType, CoroutineType, TracebackType;

// The singletons that are objects rather than Value tags.
extern Obj NotImplementedObj, EllipsisObj;
#define VNOTIMPL (val_obj(&NotImplementedObj))

static inline Type *val_type(Value v) {
    switch (v.tag) {
    case VAL_OBJ: return v.as.obj->type;
    case VAL_INT: return &IntType;
    case VAL_FLOAT: return &FloatType;
    case VAL_BOOL: return &BoolType;
    case VAL_NONE: return &NoneType;
    default: return NULL;
    }
}
static inline const char *val_type_name(Value v) {
    Type *t = val_type(v);
    return t ? t->name : "<NULL>";
}
static inline bool val_has_type(Value v, Type *t) {
    return v.tag == VAL_OBJ && v.as.obj->type == t;
}
static inline bool val_is_notimpl(Value v) {
    return v.tag == VAL_OBJ && v.as.obj == &NotImplementedObj;
}

// A static object header for built-in types and singletons.
#define STATIC_OBJ_HEADER(typeptr) {.refcnt = IMMORTAL_REFCNT, .type = (typeptr)}

// --- allocation (memory.c) ------------------------------------------------

// Allocates an object of `size` bytes, zeroed, with count 1; a heap type is
// increfed. Returns NULL with MemoryError set when memory runs out.
Obj *obj_alloc(ThreadState *ts, Type *type, size_t size);
// Frees the memory of an object whose contents are already released.
void obj_free(Obj *obj);

// malloc family used for every non-object buffer. The *_or_raise forms set
// MemoryError (and return NULL) on failure; the plain forms return NULL.
void *cs_malloc(size_t size);
void *cs_calloc(size_t n, size_t size);
void *cs_realloc(void *p, size_t size);
void cs_free(void *p);
void *cs_malloc_or_raise(ThreadState *ts, size_t size);
void *cs_realloc_or_raise(ThreadState *ts, void *p, size_t size);
// strdup into cs_malloc memory; aborts on exhaustion (for short C strings).
char *cs_strdup(const char *s);

// --- the generic protocol (object.c) --------------------------------------

Value obj_repr(ThreadState *ts, Value v);   // str object
Value obj_str(ThreadState *ts, Value v);    // str object
Value obj_ascii(ThreadState *ts, Value v);
// Guards a container's repr against itself: true when o's repr is already
// being built on this thread (print "[...]" then, and do not call
// repr_leave); otherwise o is marked until repr_leave(ts, o).
bool repr_enter(ThreadState *ts, Obj *o);
void repr_leave(ThreadState *ts, Obj *o);
int obj_hash(ThreadState *ts, Value v, int64_t *out);
// Returns a new reference to the comparison's result (usually a bool).
Value obj_richcompare(ThreadState *ts, Value a, Value b, CmpOp op);
// The same, reduced to truth: 1, 0, or -1 with an exception.
int obj_richcompare_bool(ThreadState *ts, Value a, Value b, CmpOp op);
// a == b with the identity shortcut containers use: 1, 0, or -1.
int obj_eq(ThreadState *ts, Value a, Value b);
int obj_truth(ThreadState *ts, Value v);
int64_t obj_len(ThreadState *ts, Value v);
Value obj_getattr(ThreadState *ts, Value v, Obj *name);           // name: str
Value obj_getattr_cstr(ThreadState *ts, Value v, const char *name);
// Like obj_getattr, but a missing attribute returns VNULL with no exception.
Value obj_lookup_attr(ThreadState *ts, Value v, Obj *name);
int obj_setattr(ThreadState *ts, Value v, Obj *name, Value value); // value VNULL: delete
Value obj_getitem(ThreadState *ts, Value v, Value key);
int obj_setitem(ThreadState *ts, Value v, Value key, Value value);   // value VNULL: delete
int obj_contains(ThreadState *ts, Value container, Value item);
Value obj_iter(ThreadState *ts, Value v);
// VNULL with no exception set means exhausted.
Value obj_next(ThreadState *ts, Value iter);
Value obj_call(ThreadState *ts, Value callable, Value *args, int64_t nargs, Obj *kwnames);
Value obj_call0(ThreadState *ts, Value callable);
Value obj_call1(ThreadState *ts, Value callable, Value a);
Value obj_call2(ThreadState *ts, Value callable, Value a, Value b);
// Calls the method `name` of v: v.name(*args).
Value obj_call_method(ThreadState *ts, Value v, const char *name, Value *args, int64_t nargs);
// Calls a method found on a class (function, native method or other
// descriptor) on self, without creating a bound method when avoidable.
// At most 3 args.
Value obj_call_unbound(ThreadState *ts, Value descr, Value self, Value *args, int nargs);
Value obj_binop(ThreadState *ts, Value a, Value b, BinOp op);
Value obj_inplace_binop(ThreadState *ts, Value a, Value b, BinOp op);
Value obj_neg(ThreadState *ts, Value v);
Value obj_pos(ThreadState *ts, Value v);
Value obj_invert(ThreadState *ts, Value v);
Value obj_abs(ThreadState *ts, Value v);
// __index__: returns an int value, or raises TypeError.
Value obj_index(ThreadState *ts, Value v);
// __index__ reduced to int64_t; raises OverflowError/IndexError as CPython
// does for sizes ("cannot fit 'int' into an index-sized integer").
bool obj_index_i64(ThreadState *ts, Value v, int64_t *out);
bool obj_is_callable(Value v);
// isinstance/issubclass without __instancecheck__ hooks.
bool type_is_subtype(Type *a, Type *b);
static inline bool val_isinstance(Value v, Type *t) {
    Type *vt = val_type(v);
    return vt == t || type_is_subtype(vt, t);
}

// Guards reprs of containers that may contain themselves: repr_enter
// returns true when o's repr is already being built on this thread (then
// show "[...]"); otherwise call repr_leave when done.
bool repr_enter(ThreadState *ts, Obj *o);
void repr_leave(ThreadState *ts, Obj *o);

const char *binop_symbol(BinOp op);
const char *binop_dunder(BinOp op);

// The generic attribute access of `object`: type descriptors, then the
// instance dict, then non-data descriptors.
Value generic_getattr(ThreadState *ts, Value self, Obj *name);
int generic_setattr(ThreadState *ts, Value self, Obj *name, Value value);
// Does setting an attribute on instances of t do exactly what
// generic_setattr does (object.__setattr__, not overridden)?
bool type_setattr_is_generic(Type *t);

// An instance field's offset (dict_offset, slots_offset, a member
// descriptor's) with this bit set counts from the end of the instance's
// inline items rather than from its start. Instances of str, tuple and
// bytes keep their items inline after the struct, so a class derived from
// one keeps its own fields (a __dict__ pointer, __slots__ values) after
// the items, where only the instance's length says. Such a class's
// basic_size counts those fields after its built-in base's struct.
// (CPython's negative tp_dictoffset plays this part.)
#define OFFSET_AFTER_ITEMS ((size_t)1 << 62)

// The address of the field at `offset` (which has OFFSET_AFTER_ITEMS) of
// an instance of a class derived from str, tuple or bytes (object.c).
void *obj_after_items(Obj *o, size_t offset);
// The number of bytes to allocate for an instance of `type` (str, tuple,
// bytes or a class derived from one) whose items end `items_end` bytes
// into the object: with room for the class's own fields after them.
size_t obj_var_size(Type *type, size_t items_end);

// The built-in type whose struct starts every instance of t: t itself, or
// its nearest base not defined by a class statement.
static inline Type *type_builtin_base(Type *t) {
    while (t->flags & TYPE_HEAP) {
        t = t->base_type;
    }
    return t;
}

// The address of the field at `offset` in instance o.
static inline void *obj_field_ptr(Obj *o, size_t offset) {
    if (UNLIKELY(offset & OFFSET_AFTER_ITEMS)) {
        return obj_after_items(o, offset);
    }
    return (char *)o + offset;
}

// The address of an instance's __dict__ pointer, or NULL if it has none.
static inline Obj **obj_dict_ptr(Obj *o) {
    size_t off = o->type->dict_offset;
    return off ? (Obj **)obj_field_ptr(o, off) : NULL;
}

#endif
