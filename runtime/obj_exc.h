// Exception objects, the built-in exception hierarchy, and how C code
// raises, inspects and clears the pending exception.
//
// The pending ("raised, not yet caught") exception lives in the thread
// state (ts->curexc). A C function that fails sets it and returns VNULL or
// -1; its caller passes the failure up; the eval loop unwinds to a handler.
// The exception being *handled* (inside an except block, what a bare
// `raise` re-raises and what becomes __context__) is ts->handled_exc.
#ifndef CS_RUNTIME_OBJ_EXC_H
#define CS_RUNTIME_OBJ_EXC_H

#include "runtime/object.h"

// name, base. The order matters: a base comes before its subclasses.
#define EXC_LIST(X)                                    \
    X(BaseException, NULL)                             \
    X(BaseExceptionGroup, BaseException)               \
    X(GeneratorExit, BaseException)                    \
    X(KeyboardInterrupt, BaseException)                \
    X(SystemExit, BaseException)                       \
    X(Exception, BaseException)                        \
    X(ExceptionGroup, BaseExceptionGroup)              \
    X(ArithmeticError, Exception)                      \
    X(FloatingPointError, ArithmeticError)             \
    X(OverflowError, ArithmeticError)                  \
    X(ZeroDivisionError, ArithmeticError)              \
    X(AssertionError, Exception)                       \
    X(AttributeError, Exception)                       \
    X(BufferError, Exception)                          \
    X(EOFError, Exception)                             \
    X(ImportError, Exception)                          \
    X(ModuleNotFoundError, ImportError)                \
    X(LookupError, Exception)                          \
    X(IndexError, LookupError)                         \
    X(KeyError, LookupError)                           \
    X(MemoryError, Exception)                          \
    X(NameError, Exception)                            \
    X(UnboundLocalError, NameError)                    \
    X(OSError, Exception)                              \
    X(BlockingIOError, OSError)                        \
    X(ChildProcessError, OSError)                      \
    X(ConnectionError, OSError)                        \
    X(BrokenPipeError, ConnectionError)                \
    X(ConnectionAbortedError, ConnectionError)         \
    X(ConnectionRefusedError, ConnectionError)         \
    X(ConnectionResetError, ConnectionError)           \
    X(FileExistsError, OSError)                        \
    X(FileNotFoundError, OSError)                      \
    X(InterruptedError, OSError)                       \
    X(IsADirectoryError, OSError)                      \
    X(NotADirectoryError, OSError)                     \
    X(PermissionError, OSError)                        \
    X(ProcessLookupError, OSError)                     \
    X(TimeoutError, OSError)                           \
    X(ReferenceError, Exception)                       \
    X(RuntimeError, Exception)                         \
    X(NotImplementedError, RuntimeError)               \
    X(RecursionError, RuntimeError)                    \
    X(StopAsyncIteration, Exception)                   \
    X(StopIteration, Exception)                        \
    X(SyntaxError, Exception)                          \
    X(IndentationError, SyntaxError)                   \
    X(TabError, IndentationError)                      \
    X(SystemError, Exception)                          \
    X(TypeError, Exception)                            \
    X(ValueError, Exception)                           \
    X(UnicodeError, ValueError)                        \
    X(UnicodeDecodeError, UnicodeError)                \
    X(UnicodeEncodeError, UnicodeError)                \
    X(UnicodeTranslateError, UnicodeError)             \
    X(Warning, Exception)                              \
    X(BytesWarning, Warning)                           \
    X(DeprecationWarning, Warning)                     \
    X(EncodingWarning, Warning)                        \
    X(FutureWarning, Warning)                          \
    X(ImportWarning, Warning)                          \
    X(PendingDeprecationWarning, Warning)              \
    X(ResourceWarning, Warning)                        \
    X(RuntimeWarning, Warning)                         \
    X(SyntaxWarning, Warning)                          \
    X(UnicodeWarning, Warning)                         \
    X(UserWarning, Warning)

#define X(name, base) extern Type Exc##name;
EXC_LIST(X)
#undef X

typedef struct ObjException {
    Obj base;
    Obj *dict;              // the instance __dict__, or NULL
    Obj *fields;            // the built-in attributes (errno, filename, value, name...), or NULL
    Obj *args;              // tuple
    Obj *traceback;         // ObjTraceback, the outermost frame first; or NULL
    Obj *cause;             // __cause__ or NULL
    Obj *context;           // __context__ or NULL
    bool suppress_context;
} ObjException;

// One frame of a traceback; `next` goes towards where it was raised.
typedef struct ObjTraceback {
    Obj base;
    struct ObjTraceback *next;
    Obj *code;              // ObjCode of the frame
    int line;
    int lasti;              // instruction index, for column ranges
} ObjTraceback;

void exc_init_types(ThreadState *ts);


// Raises a new exception of `type` with a message built from `fmt`
// (printf-like; also %R repr, %S str and %T type name of a Value, %U an
// Obj * str). Always returns VNULL.
Value exc_raise(ThreadState *ts, Type *type, const char *fmt, ...);
Value exc_vraise(ThreadState *ts, Type *type, const char *fmt, va_list ap);
// Raises `type` with args (arg,) or () when arg is VNULL. Returns VNULL.
Value exc_raise_value(ThreadState *ts, Type *type, Value arg);
// Raises an exception instance or class (as the `raise` statement does).
// Steals nothing. Returns VNULL.
Value exc_raise_object(ThreadState *ts, Value exc);
// OSError subclass chosen from errno, as CPython does; filename may be NULL.
Value exc_raise_errno(ThreadState *ts, int err, const char *filename);
Value exc_no_memory(ThreadState *ts);

// Does the pending exception match `type` (an instance of it)?
bool exc_matches(ThreadState *ts, Type *type);
// isinstance-style match used by `except`: `match` may be a class or a
// tuple of classes. Returns 1/0, or -1 with TypeError for a bad `match`.
int exc_given_matches(ThreadState *ts, Value exc, Value match);
// Takes the pending exception (the caller owns the reference) and clears it.
Value exc_fetch(ThreadState *ts);
// Makes `exc` (stolen) the pending exception.
void exc_restore(ThreadState *ts, Value exc);
void exc_clear(ThreadState *ts);

// Creates an instance of an exception class with the given arguments.
Value exc_new(ThreadState *ts, Type *type, Value *args, int64_t nargs);
// The message given to an exception: str(exc).
Value exc_str(ThreadState *ts, Value exc);
// Adds one traceback entry for a frame being unwound.
void exc_add_traceback(ThreadState *ts, Value exc, Obj *code, int line, int lasti);
// Sets exc.__context__ to the exception being handled (implicit chaining).
void exc_set_context_from_handled(ThreadState *ts, Value exc);

// The built-in attributes of an exception (errno, filename, name, value,
// code...), for the C code that creates and prints exceptions. They are
// kept apart from the instance __dict__, as CPython keeps them in C fields.
// The get is borrowed, or VNULL when unset; the set returns -1 on error.
Value exc_get_attr(Value exc, const char *name);
int exc_set_attr(ThreadState *ts, Value exc, const char *name, Value v);

#endif
