// The bridge between C slots and dunder methods, in both directions:
// slot wrappers expose a built-in type's C slots as __add__, __len__...
// (slot_wrappers.c), and a class written in the language gets C slots that
// call its dunder methods (slot_dispatch.c).
#ifndef CS_RUNTIME_SLOTS_H
#define CS_RUNTIME_SLOTS_H

#include "runtime/object.h"

typedef enum SlotKind {
    SLOT_REPR, SLOT_STR, SLOT_HASH, SLOT_RICHCMP, SLOT_CALL, SLOT_GETATTRIBUTE, SLOT_SETATTR,
    SLOT_DELATTR, SLOT_ITER, SLOT_NEXT, SLOT_LEN, SLOT_GETITEM, SLOT_SETITEM, SLOT_DELITEM,
    SLOT_CONTAINS, SLOT_BOOL, SLOT_BINOP, SLOT_RBINOP, SLOT_IBINOP, SLOT_NEG, SLOT_POS,
    SLOT_INVERT, SLOT_ABS, SLOT_INT, SLOT_FLOAT, SLOT_INDEX, SLOT_INIT, SLOT_NEW, SLOT_GET,
    SLOT_SET, SLOT_DELETE,
} SlotKind;

typedef struct ObjSlotWrapper {
    Obj base;
    Type *owner;             // the built-in type whose C slot this calls
    const char *name;        // "__add__"
    SlotKind kind;
    int op;                  // BinOp or CmpOp, for the operator kinds
} ObjSlotWrapper;

extern Type SlotWrapperType;

// Adds a wrapper for every slot a static type defines itself.
void slots_add_wrappers(ThreadState *ts, Type *type);

#endif
