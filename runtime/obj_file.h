// File objects: what open() returns and what sys.stdin/stdout/stderr are.
//
// One type per mode family, as in CPython's io module: text files
// (_io.TextIOWrapper: str in and out, UTF-8, universal newlines when
// reading) and binary files (_io.BufferedReader/Writer/Random: bytes). Both
// sit directly on a file descriptor with a read buffer and a write buffer;
// the GIL is released around every read and write system call.
#ifndef CS_RUNTIME_OBJ_FILE_H
#define CS_RUNTIME_OBJ_FILE_H

#include "runtime/object.h"

typedef struct ObjFile {
    Obj base;
    int fd;
    Value name;              // str path, or the int descriptor
    Obj *mode;               // str as given to open()
    bool readable, writable, appending, binary, closed, closefd;
    bool line_buffered;      // flush at each newline (terminals, stderr)
    bool unbuffered;         // flush at each write (-u)
    bool at_eof;
    bool pending_cr;         // text reading: a '\r' ended the last chunk
    char *rbuf;              // read buffer: bytes [rpos, rlen) not yet consumed
    size_t rpos, rlen, rcap;
    char *wbuf;              // write buffer
    size_t wlen, wcap;
    struct ObjFile *next_open, *prev_open;   // all open files, flushed at exit
    Obj *dict;
} ObjFile;

extern Type TextFileType, BinaryFileType;

// Opens `path` (as open() does). New reference, or VNULL with OSError.
Value file_open(ThreadState *ts, Value path, const char *mode, int buffering);
// Wraps an existing descriptor (sys.stdin/stdout/stderr).
Value file_from_fd(ThreadState *ts, int fd, const char *name, const char *mode, bool line_buffered,
                   bool unbuffered);
// Writes UTF-8 text to a text file (print's fast path). -1 on error.
int file_write_text(ThreadState *ts, ObjFile *f, const char *data, size_t len);
int file_flush(ThreadState *ts, ObjFile *f);
// Reads one line including its '\n' ("" at end of file). New str, or VNULL.
Value file_readline(ThreadState *ts, ObjFile *f, int64_t limit);
// Flushes every open file (at exit).
void file_flush_all(ThreadState *ts);
static inline bool val_is_file(Value v) {
    return v.tag == VAL_OBJ && (v.as.obj->type == &TextFileType || v.as.obj->type == &BinaryFileType);
}

#endif
