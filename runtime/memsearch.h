// Searching bytes for bytes: the one search behind str.find/index/count/
// split/replace and their bytes and bytearray twins, and `in`.
#ifndef CS_RUNTIME_MEMSEARCH_H
#define CS_RUNTIME_MEMSEARCH_H

#include "runtime/common.h"

// The byte position of the first (or, with `reverse`, the last) occurrence
// of needle (m bytes) within hay[lo, hi), or -1. An empty needle is found
// at lo (or hi).
int64_t mem_search(const char *hay, int64_t lo, int64_t hi, const char *needle, int64_t m, bool reverse);

#endif
