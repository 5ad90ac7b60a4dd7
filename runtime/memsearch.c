// mem_search: see memsearch.h. glibc's memmem and memrchr (the build
// defines _GNU_SOURCE) do the work; memchr first for a single byte.
#include "runtime/memsearch.h"

int64_t mem_search(const char *hay, int64_t lo, int64_t hi, const char *needle, int64_t m, bool reverse) {
    if (hi - lo < m) {
        return -1;
    }
    if (m == 0) {
        return reverse ? hi : lo;
    }
    const char *p;
    if (!reverse) {
        p = m == 1 ? memchr(hay + lo, needle[0], (size_t)(hi - lo))
                   : memmem(hay + lo, (size_t)(hi - lo), needle, (size_t)m);
        return p ? p - hay : -1;
    }
    if (m == 1) {
        p = memrchr(hay + lo, needle[0], (size_t)(hi - lo));
        return p ? p - hay : -1;
    }
    for (int64_t i = hi - m; i >= lo; i--) {
        if (hay[i] == needle[0] && memcmp(hay + i, needle, (size_t)m) == 0) {
            return i;
        }
    }
    return -1;
}
