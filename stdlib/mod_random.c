// The random module: the Mersenne Twister generator (MT19937), seeded and
// stepped exactly as CPython 3.11 does, so that a script that calls
// random.seed(42) draws the same numbers under cs as under python3.11.
//
// MT19937 keeps 624 32-bit words of state. Every 624 outputs it
// regenerates the whole state with a linear recurrence ("twist"), and each
// output is one state word passed through a few shifts and masks
// ("tempering"). The algorithm is Matsumoto and Nishimura's (1998).
//
// Seeding follows CPython: an int seeds with the 32-bit words of its
// absolute value (init_by_array); a str, bytes or bytearray (version 2)
// becomes the int whose big-endian bytes are the text's UTF-8 followed by
// its SHA-512 digest; any other hashable seed uses its hash; None reads
// 624 words from the OS's entropy source. random() combines 27 and 26 bits
// of two outputs into a 53-bit float.
//
// Random is a class that scripts may subclass. A subclass that overrides
// random() or getrandbits() gets them called by the other methods, with
// the same rules as CPython (see below_mode in mod_random_choice.c). The
// module-level functions are the bound methods of one hidden instance.
//
// See also: mod_random_choice.c, mod_random_dist.c, runtime/sha512.c.
#include <errno.h>
#include <math.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include "runtime/args.h"
#include "runtime/bignum.h"
#include "runtime/obj_bytes.h"
#include "runtime/obj_class.h"
#include "runtime/obj_dict.h"
#include "runtime/obj_exc.h"
#include "runtime/obj_float.h"
#include "runtime/obj_int.h"
#include "runtime/obj_module.h"
#include "runtime/obj_str.h"
#include "runtime/obj_tuple.h"
#include "runtime/sha512.h"
#include "runtime/state.h"
#include "stdlib/mod_random.h"
#include "stdlib/modules.h"

// An empty argument list: callees copy from it, so it must not be a null pointer.
#define NO_ARGS ((Value[1]){VNULL})

// --- MT19937 ------------------------------------------------------------------------------

#define MT_M 397
#define MATRIX_A 0x9908b0dfU
#define UPPER_MASK 0x80000000U
#define LOWER_MASK 0x7fffffffU

static void init_genrand(ObjRandom *r, uint32_t seed) {
    r->state[0] = seed;
    for (int i = 1; i < MT_N; i++) {
        uint32_t prev = r->state[i - 1];
        r->state[i] = 1812433253U * (prev ^ (prev >> 30)) + (uint32_t)i;
    }
    r->index = MT_N;
}

// Seeds from an array of words, mixing every word into the whole state.
static void init_by_array(ObjRandom *r, const uint32_t *key, size_t len) {
    uint32_t *mt = r->state;
    init_genrand(r, 19650218U);
    size_t i = 1, j = 0;
    for (size_t k = len > MT_N ? len : MT_N; k > 0; k--) {
        uint32_t prev = mt[i - 1];
        mt[i] = (mt[i] ^ ((prev ^ (prev >> 30)) * 1664525U)) + key[j] + (uint32_t)j;
        i++;
        j++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
        if (j >= len) {
            j = 0;
        }
    }
    for (size_t k = MT_N - 1; k > 0; k--) {
        uint32_t prev = mt[i - 1];
        mt[i] = (mt[i] ^ ((prev ^ (prev >> 30)) * 1566083941U)) - (uint32_t)i;
        i++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000U;   // the state is never all zero
}

// One step of the recurrence for word i, with the words that follow it.
static inline uint32_t twist(uint32_t here, uint32_t next, uint32_t far) {
    uint32_t y = (here & UPPER_MASK) | (next & LOWER_MASK);
    return far ^ (y >> 1) ^ ((y & 1) ? MATRIX_A : 0);
}

uint32_t mod_random_genrand(ObjRandom *r) {
    uint32_t *mt = r->state;
    if (r->index >= MT_N) {
        int i = 0;
        for (; i < MT_N - MT_M; i++) {
            mt[i] = twist(mt[i], mt[i + 1], mt[i + MT_M]);
        }
        for (; i < MT_N - 1; i++) {
            mt[i] = twist(mt[i], mt[i + 1], mt[i + MT_M - MT_N]);
        }
        mt[MT_N - 1] = twist(mt[MT_N - 1], mt[0], mt[MT_M - 1]);
        r->index = 0;
    }
    uint32_t y = mt[r->index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= y >> 18;
    return y;
}

// A float in [0, 1) with 53 random bits: 27 from one output, 26 from the next.
static double genrand_double(ObjRandom *r) {
    uint32_t a = mod_random_genrand(r) >> 5;
    uint32_t b = mod_random_genrand(r) >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

// --- seeding ------------------------------------------------------------------------------

// Fills buf from the OS's entropy source. false when there is none.
static bool os_entropy(void *buf, size_t len) {
    char *p = buf;
    while (len > 0) {
        ssize_t n = getrandom(p, len, 0);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return false;
        }
        p += n;
        len -= (size_t)n;
    }
    return true;
}

static void seed_from_entropy(ObjRandom *r) {
    uint32_t key[MT_N];
    if (!os_entropy(key, sizeof key)) {
        // No entropy source: the clock and the process id are better than nothing.
        struct timespec t;
        clock_gettime(CLOCK_REALTIME, &t);
        uint32_t k[4] = {(uint32_t)t.tv_sec, (uint32_t)t.tv_nsec, (uint32_t)getpid(),
                         (uint32_t)((uint64_t)t.tv_sec >> 32)};
        init_by_array(r, k, 4);
        return;
    }
    init_by_array(r, key, MT_N);
}

// Seeds with a number given as little-endian bytes (leading zeros allowed).
static void seed_from_le_bytes(ObjRandom *r, const uint8_t *bytes, size_t len) {
    while (len > 0 && bytes[len - 1] == 0) {
        len--;
    }
    size_t nwords = len == 0 ? 1 : (len + 3) / 4;
    uint32_t small[8];
    uint32_t *key = nwords <= 8 ? small : cs_malloc(nwords * sizeof(uint32_t));
    if (!key) {
        cs_fatal("out of memory seeding a random generator");
    }
    memset(key, 0, nwords * sizeof(uint32_t));
    for (size_t i = 0; i < len; i++) {
        key[i / 4] |= (uint32_t)bytes[i] << (8 * (i % 4));
    }
    init_by_array(r, key, nwords);
    if (key != small) {
        cs_free(key);
    }
}

static void seed_from_u64(ObjRandom *r, uint64_t v) {
    uint8_t bytes[8];
    for (int i = 0; i < 8; i++) {
        bytes[i] = (uint8_t)(v >> (8 * i));
    }
    seed_from_le_bytes(r, bytes, 8);
}

// Seeds with |n| for an int n of any size.
static bool seed_from_int(ThreadState *ts, ObjRandom *r, Value n) {
    int64_t small;
    if (int_to_i64(n, &small)) {
        seed_from_u64(r, small < 0 ? -(uint64_t)small : (uint64_t)small);
        return true;
    }
    BigNum *b = int_as_bignum(ts, n);
    BigNum *magnitude = b ? bignum_abs(b) : NULL;
    bignum_free(b);
    if (!magnitude) {
        exc_no_memory(ts);
        return false;
    }
    size_t len = (size_t)(bignum_bit_length(magnitude) + 7) / 8;
    uint8_t *bytes = cs_malloc_or_raise(ts, len);
    if (!bytes) {
        bignum_free(magnitude);
        return false;
    }
    bignum_to_bytes(magnitude, bytes, len, true, false);
    bignum_free(magnitude);
    seed_from_le_bytes(r, bytes, len);
    cs_free(bytes);
    return true;
}

// Version 2 seeding of text: the int whose big-endian bytes are the text
// followed by its SHA-512 digest.
static bool seed_from_text(ThreadState *ts, ObjRandom *r, const char *data, size_t len) {
    size_t total = len + SHA512_DIGEST_SIZE;
    uint8_t *buf = cs_malloc_or_raise(ts, total);
    if (!buf) {
        return false;
    }
    // Reversed, so that the buffer holds the number little-endian.
    uint8_t digest[SHA512_DIGEST_SIZE];
    sha512_digest(data, len, digest);
    for (size_t i = 0; i < SHA512_DIGEST_SIZE; i++) {
        buf[i] = digest[SHA512_DIGEST_SIZE - 1 - i];
    }
    for (size_t i = 0; i < len; i++) {
        buf[SHA512_DIGEST_SIZE + i] = (uint8_t)data[len - 1 - i];
    }
    seed_from_le_bytes(r, buf, total);
    cs_free(buf);
    return true;
}

// Version 1 seeding of text: the string hash of Python 2's random module.
static void seed_from_text_v1(ObjRandom *r, const char *data, size_t len, bool is_str, int64_t ncodepoints) {
    uint64_t x = 0;
    const char *p = data, *end = data + len;
    bool first = true;
    while (p < end) {
        uint32_t c = is_str ? utf8_next(&p) : (uint8_t)*p++;
        if (first) {
            x = (uint64_t)c << 7;
            first = false;
        }
        x = (1000003ULL * x) ^ c;
    }
    x ^= (uint64_t)ncodepoints;
    // The result is a non-negative int below 2**64 (the -1 check of the
    // original never fires on one).
    seed_from_u64(r, x);
}

static bool is_seed_type(Value a) {
    return val_is_none(a) || val_is_int_subclass(a) || val_isinstance(a, &FloatType) ||
           val_is_str_like(a) || val_isinstance(a, &BytesType) || val_is_bytearray(a);
}

// Random.seed(a, version) for the generator of r.
static bool seed_object(ThreadState *ts, ObjRandom *r, Value a, int64_t version) {
    r->has_gauss = false;
    if (version == 1 && (val_is_str_like(a) || val_isinstance(a, &BytesType))) {
        const char *data;
        int64_t len;
        if (val_is_str_like(a)) {
            seed_from_text_v1(r, as_str(a)->data, (size_t)as_str(a)->nbytes, true, as_str(a)->len);
        } else if (bytes_view(ts, a, &data, &len)) {
            seed_from_text_v1(r, data, (size_t)len, false, len);
        } else {
            return false;
        }
        return true;
    }
    if (version == 2 && (val_is_str_like(a) || val_isinstance(a, &BytesType) || val_is_bytearray(a))) {
        if (val_is_str_like(a)) {
            return seed_from_text(ts, r, as_str(a)->data, (size_t)as_str(a)->nbytes);
        }
        const char *data;
        int64_t len;
        return bytes_view(ts, a, &data, &len) && seed_from_text(ts, r, data, (size_t)len);
    }
    if (!is_seed_type(a)) {
        exc_raise(ts, &ExcTypeError,
                  "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
        return false;
    }
    if (val_is_none(a)) {
        seed_from_entropy(r);
        return true;
    }
    if (val_is_int_subclass(a)) {
        Value n = int_exact(ts, a);
        bool ok = !val_is_null(n) && seed_from_int(ts, r, n);
        val_decref(n);
        return ok;
    }
    // Any other seed goes by its hash, read as an unsigned word.
    int64_t h;
    if (obj_hash(ts, a, &h) < 0) {
        return false;
    }
    seed_from_u64(r, (uint64_t)h);
    return true;
}

// --- dispatch to overrides ----------------------------------------------------------------

// Is `name` on the class of self something other than Random's own method?
static bool overridden(Value self, const char *name) {
    Type *t = val_type(self);
    if (t == &RandomType) {
        return false;
    }
    return !val_is(type_lookup_cstr(t, name), dict_get_cstr(RandomType.dict, name));
}

bool mod_random_float(ThreadState *ts, Value self, double *out) {
    if (!overridden(self, "random")) {
        *out = genrand_double((ObjRandom *)self.as.obj);
        return true;
    }
    Value r = obj_call_method(ts, self, "random", NO_ARGS, 0);
    if (val_is_null(r)) {
        return false;
    }
    bool ok = val_to_double(ts, r, out);
    val_decref(r);
    return ok;
}

// --- the methods of the generator ---------------------------------------------------------

static Value m_random(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)args;
    if (!args_check(ts, "Random", "random", nargs, kwnames, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    return val_float(genrand_double((ObjRandom *)self.as.obj));
}

// k random bits as an int: whole 32-bit outputs from the least significant
// word up, the last one cut down to the bits still wanted.
static Value getrandbits_value(ThreadState *ts, ObjRandom *r, int64_t k) {
    if (k <= 32) {
        return val_int(k == 0 ? 0 : (int64_t)(mod_random_genrand(r) >> (32 - k)));
    }
    int64_t nwords = (k - 1) / 32 + 1;
    uint8_t *bytes = cs_malloc_or_raise(ts, (size_t)nwords * 4);
    if (!bytes) {
        return VNULL;
    }
    for (int64_t i = 0; i < nwords; i++, k -= 32) {
        uint32_t w = mod_random_genrand(r);
        if (k < 32) {
            w >>= 32 - k;
        }
        for (int b = 0; b < 4; b++) {
            bytes[4 * i + b] = (uint8_t)(w >> (8 * b));
        }
    }
    BigNum *n = bignum_from_bytes(bytes, (size_t)nwords * 4, true, false);
    cs_free(bytes);
    if (!n) {
        return exc_no_memory(ts);
    }
    return int_from_bignum(ts, n);
}

static Value m_getrandbits(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    if (!args_check(ts, "Random", "getrandbits", nargs, kwnames, 1, 1, ARGS_FIXED)) {
        return VNULL;
    }
    int64_t k;
    if (!obj_index_i64(ts, args[0], &k)) {
        return VNULL;
    }
    if (k < 0) {
        return exc_raise(ts, &ExcValueError, "number of bits must be non-negative");
    }
    if (k > INT32_MAX) {
        return exc_raise(ts, &ExcOverflowError, "Python int too large to convert to C int");
    }
    return getrandbits_value(ts, (ObjRandom *)self.as.obj, k);
}

// A uniform int in [0, n) for 0 < n <= 2**62 from the generator itself:
// draw bit_length(n) bits until the number is below n.
static int64_t native_below(ObjRandom *r, int64_t n) {
    int k = 64 - __builtin_clzll((uint64_t)n);
    for (;;) {
        uint64_t v;
        if (k <= 32) {
            v = mod_random_genrand(r) >> (32 - k);
        } else {
            uint64_t low = mod_random_genrand(r);
            uint64_t high = mod_random_genrand(r) >> (64 - k);
            v = low | (high << 32);
        }
        if (v < (uint64_t)n) {
            return (int64_t)v;
        }
    }
}

// How self._randbelow works for the class of self, as CPython's
// Random.__init_subclass__ decides: the first class along the MRO that
// defines _randbelow, getrandbits or random settles it.
typedef enum BelowMode { BELOW_NATIVE, BELOW_CUSTOM, BELOW_GETRANDBITS, BELOW_RANDOM } BelowMode;

static BelowMode below_mode(Value self) {
    Type *t = val_type(self);
    if (t == &RandomType) {
        return BELOW_NATIVE;
    }
    ObjTuple *mro = (ObjTuple *)t->mro;
    for (int64_t i = 0; i < mro->len; i++) {
        Type *c = (Type *)mro->items[i].as.obj;
        if (c == &RandomType) {
            break;
        }
        if (!c->dict) {
            continue;
        }
        if (!val_is_null(dict_get_cstr(c->dict, "_randbelow"))) {
            return BELOW_CUSTOM;
        }
        if (!val_is_null(dict_get_cstr(c->dict, "getrandbits"))) {
            return BELOW_GETRANDBITS;
        }
        if (!val_is_null(dict_get_cstr(c->dict, "random"))) {
            return BELOW_RANDOM;
        }
    }
    return BELOW_NATIVE;
}

static Value int_bit_length(ThreadState *ts, Value n) {
    int64_t small;
    if (int_to_i64(n, &small)) {
        uint64_t m = small < 0 ? -(uint64_t)small : (uint64_t)small;
        return val_int(m ? 64 - __builtin_clzll(m) : 0);
    }
    return obj_call_method(ts, n, "bit_length", NO_ARGS, 0);
}

// _randbelow_with_getrandbits through a method call (an override, or n
// too large for the native loop).
static Value below_with_getrandbits(ThreadState *ts, Value self, Value n, bool native) {
    Value k = int_bit_length(ts, n);
    if (val_is_null(k)) {
        return VNULL;
    }
    for (;;) {
        Value r;
        if (native) {
            int64_t bits;
            r = int_to_i64(k, &bits) ? getrandbits_value(ts, (ObjRandom *)self.as.obj, bits) : VNULL;
        } else {
            r = obj_call_method(ts, self, "getrandbits", &k, 1);
        }
        if (val_is_null(r)) {
            val_decref(k);
            return VNULL;
        }
        int below = obj_richcompare_bool(ts, r, n, CMP_LT);
        if (below != 0) {
            val_decref(k);
            if (below < 0) {
                val_decref(r);
                return VNULL;
            }
            return r;
        }
        val_decref(r);
    }
}

// _randbelow_without_getrandbits: for classes that only provide random().
static Value below_with_random(ThreadState *ts, Value self, Value n) {
    double maxsize = 9007199254740992.0;   // 2**53
    double nd;
    if (!val_to_double(ts, n, &nd)) {
        return VNULL;
    }
    double u;
    if (nd >= maxsize) {
        // Too large to be uniform with 53 bits; CPython warns and goes on.
        if (!mod_random_float(ts, self, &u)) {
            return VNULL;
        }
        return int_from_double(ts, floor(u * nd));
    }
    int64_t ni = (int64_t)nd;
    int64_t rem = (int64_t)maxsize % ni;
    double limit = (maxsize - (double)rem) / maxsize;
    do {
        if (!mod_random_float(ts, self, &u)) {
            return VNULL;
        }
    } while (u >= limit);
    return val_int((int64_t)floor(u * maxsize) % ni);
}

Value mod_random_below(ThreadState *ts, Value self, Value n) {
    int64_t small;
    switch (below_mode(self)) {
    case BELOW_NATIVE:
        if (int_to_i64(n, &small) && small <= ((int64_t)1 << 62)) {
            return val_int(native_below((ObjRandom *)self.as.obj, small));
        }
        return below_with_getrandbits(ts, self, n, true);
    case BELOW_CUSTOM: return obj_call_method(ts, self, "_randbelow", &n, 1);
    case BELOW_GETRANDBITS: return below_with_getrandbits(ts, self, n, false);
    default: return below_with_random(ts, self, n);
    }
}

bool mod_random_below_i64(ThreadState *ts, Value self, int64_t n, int64_t *out) {
    if (below_mode(self) == BELOW_NATIVE) {
        *out = native_below((ObjRandom *)self.as.obj, n);
        return true;
    }
    Value r = mod_random_below(ts, self, val_int(n));
    if (val_is_null(r)) {
        return false;
    }
    bool ok = obj_index_i64(ts, r, out);
    val_decref(r);
    return ok;
}

// --- seed, state, construction ------------------------------------------------------------

static Value m_seed(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    static const char *const names[] = {"a", "version"};
    static const PySignature sig = {"Random.seed", names, 2, 0, 0, true};
    Value a[2];
    if (!py_signature_bind(ts, &sig, args, nargs, kwnames, a)) {
        return VNULL;
    }
    // Only version == 1 and version == 2 mean something; 2.0 == 2 counts.
    int64_t version = 2;
    if (!val_is_null(a[1])) {
        if (val_is_intlike(a[1])) {
            version = int_to_i64(a[1], &version) ? version : -1;
        } else if (val_is_float(a[1]) && a[1].as.f == floor(a[1].as.f) && fabs(a[1].as.f) < 3) {
            version = (int64_t)a[1].as.f;
        } else {
            version = -1;
        }
    }
    if (!seed_object(ts, (ObjRandom *)self.as.obj, val_is_null(a[0]) ? VNONE : a[0], version)) {
        return VNULL;
    }
    return VNONE;
}

#define STATE_VERSION 3

static Value m_getstate(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    static const PySignature sig = {"Random.getstate", NULL, 0, 0, 0, true};
    if (!py_signature_bind(ts, &sig, args, nargs, kwnames, NULL)) {
        return VNULL;
    }
    ObjRandom *r = (ObjRandom *)self.as.obj;
    Obj *words = tuple_new(ts, MT_N + 1);
    if (!words) {
        return VNULL;
    }
    for (int i = 0; i < MT_N; i++) {
        ((ObjTuple *)words)->items[i] = val_int(r->state[i]);
    }
    ((ObjTuple *)words)->items[MT_N] = val_int(r->index);
    Value gauss = r->has_gauss ? val_float(r->gauss_next) : VNONE;
    Obj *t = tuple_pack(ts, 3, val_int(STATE_VERSION), val_obj(words), gauss);
    obj_decref(words);
    return t ? val_obj(t) : VNULL;
}

// Loads the 625 words of a version 2 or 3 state; version 2 states may
// hold words of any size and are reduced modulo 2**32.
static bool load_state(ThreadState *ts, ObjRandom *r, Value words, bool reduce) {
    if (!val_is_tuple(words)) {
        exc_raise(ts, &ExcTypeError, "state vector must be a tuple");
        return false;
    }
    if (tuple_len(words.as.obj) != MT_N + 1) {
        exc_raise(ts, &ExcValueError, "state vector is the wrong size");
        return false;
    }
    uint32_t loaded[MT_N];
    for (int i = 0; i < MT_N; i++) {
        Value w = tuple_get(words.as.obj, i);
        int64_t v;
        if (!val_is_int_subclass(w)) {
            exc_raise(ts, &ExcTypeError, "'%s' object cannot be interpreted as an integer", val_type_name(w));
            return false;
        }
        if (reduce) {
            Value m = int_and(ts, int_exact(ts, w), val_int(0xffffffff));
            if (val_is_null(m)) {
                return false;
            }
            int_to_i64(m, &v);
        } else if (!int_to_i64(w, &v) || v < 0 || v > (int64_t)UINT32_MAX) {
            exc_raise(ts, &ExcOverflowError, "Python int too large to convert to C unsigned long");
            return false;
        }
        loaded[i] = (uint32_t)v;
    }
    int64_t index;
    if (!obj_index_i64(ts, tuple_get(words.as.obj, MT_N), &index)) {
        return false;
    }
    if (index < 0 || index > MT_N) {
        exc_raise(ts, &ExcValueError, "invalid state");
        return false;
    }
    memcpy(r->state, loaded, sizeof loaded);
    r->index = (int)index;
    return true;
}

static Value m_setstate(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    static const char *const names[] = {"state"};
    static const PySignature sig = {"Random.setstate", names, 1, 0, 1, true};
    Value a[1];
    if (!py_signature_bind(ts, &sig, args, nargs, kwnames, a)) {
        return VNULL;
    }
    Value version = obj_getitem(ts, a[0], val_int(0));
    if (val_is_null(version)) {
        return VNULL;
    }
    int64_t v = -1;
    bool known = val_is_intlike(version) && int_to_i64(version, &v) && (v == 2 || v == 3);
    if (!known) {
        exc_raise(ts, &ExcValueError, "state with version %S passed to Random.setstate() of version %d",
                  version, STATE_VERSION);
        val_decref(version);
        return VNULL;
    }
    val_decref(version);
    Value parts = tuple_from_iterable(ts, a[0]);
    if (val_is_null(parts)) {
        return VNULL;
    }
    Value result = VNULL;
    int64_t n = tuple_len(parts.as.obj);
    if (n != 3) {
        if (n < 3) {
            exc_raise(ts, &ExcValueError, "not enough values to unpack (expected 3, got %lld)", (long long)n);
        } else {
            exc_raise(ts, &ExcValueError, "too many values to unpack (expected 3)");
        }
        goto done;
    }
    ObjRandom *r = (ObjRandom *)self.as.obj;
    Value gauss = tuple_get(parts.as.obj, 2);
    double g = 0.0;
    if (!val_is_none(gauss) && !val_to_double(ts, gauss, &g)) {
        goto done;
    }
    if (!load_state(ts, r, tuple_get(parts.as.obj, 1), v == 2)) {
        goto done;
    }
    r->has_gauss = !val_is_none(gauss);
    r->gauss_next = g;
    result = VNONE;
done:
    val_decref(parts);
    return result;
}

// Pickling and copying go through the state: (class, (), getstate()).
static Value m_reduce(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    static const PySignature sig = {"Random.__reduce__", NULL, 0, 0, 0, true};
    if (!py_signature_bind(ts, &sig, args, nargs, kwnames, NULL)) {
        return VNULL;
    }
    Value state = obj_call_method(ts, self, "getstate", NO_ARGS, 0);
    if (val_is_null(state)) {
        return VNULL;
    }
    Obj *empty = tuple_new(ts, 0);
    Obj *t = empty ? tuple_pack(ts, 3, val_obj(&val_type(self)->base), val_obj(empty), state) : NULL;
    obj_xdecref(empty);
    val_decref(state);
    return t ? val_obj(t) : VNULL;
}

static Value m_getstate_dunder(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    static const PySignature sig = {"Random.__getstate__", NULL, 0, 0, 0, true};
    if (!py_signature_bind(ts, &sig, args, nargs, kwnames, NULL)) {
        return VNULL;
    }
    return obj_call_method(ts, self, "getstate", NO_ARGS, 0);
}

static Value m_setstate_dunder(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    static const char *const names[] = {"state"};
    static const PySignature sig = {"Random.__setstate__", names, 1, 0, 1, true};
    Value a[1];
    if (!py_signature_bind(ts, &sig, args, nargs, kwnames, a)) {
        return VNULL;
    }
    return obj_call_method(ts, self, "setstate", a, 1);
}

static Value random_new(ThreadState *ts, Type *type, Value *args, int64_t nargs, Obj *kwnames) {
    (void)args;
    (void)nargs;
    (void)kwnames;
    ObjRandom *r = (ObjRandom *)obj_alloc(ts, type, type->basic_size);
    if (!r) {
        return VNULL;
    }
    // __init__ seeds; a subclass whose __init__ does not call ours still
    // gets a generator that works.
    if (type == &RandomType) {
        init_genrand(r, 19650218U);
    } else {
        seed_from_entropy(r);
    }
    return val_obj(&r->base);
}

static int random_init(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    static const char *const names[] = {"x"};
    static const PySignature sig = {"Random.__init__", names, 1, 0, 0, true};
    Value a[1];
    if (!py_signature_bind(ts, &sig, args, nargs, kwnames, a)) {
        return -1;
    }
    Value x = val_is_null(a[0]) ? VNONE : a[0];
    if (!overridden(self, "seed")) {
        return seed_object(ts, (ObjRandom *)self.as.obj, x, 2) ? 0 : -1;
    }
    Value r = obj_call_method(ts, self, "seed", &x, 1);
    if (val_is_null(r)) {
        return -1;
    }
    val_decref(r);
    return 0;
}

static void random_dealloc(Obj *o) {
    ObjRandom *r = (ObjRandom *)o;
    obj_xdecref(r->dict);
    obj_free(o);
}

static const MethodDef random_methods[] = {
    {"random", m_random, NATIVE_METHOD, "random() -> x in the interval [0, 1)."},
    {"getrandbits", m_getrandbits, NATIVE_METHOD, "getrandbits(k) -> x.  Generates an int with k random bits."},
    {"seed", m_seed, NATIVE_METHOD, "Initialize internal state from a seed."},
    {"getstate", m_getstate, NATIVE_METHOD, "Return internal state; can be passed to setstate() later."},
    {"setstate", m_setstate, NATIVE_METHOD, "Restore internal state from object returned by getstate()."},
    {"__reduce__", m_reduce, NATIVE_METHOD, "Helper for pickle."},
    {"__getstate__", m_getstate_dunder, NATIVE_METHOD, "Helper for pickle."},
    {"__setstate__", m_setstate_dunder, NATIVE_METHOD, "Helper for pickle."},
    {NULL, NULL, 0, NULL},
};

Type RandomType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "Random",
    .flags = TYPE_BASETYPE,
    .basic_size = sizeof(ObjRandom),
    .dict_offset = offsetof(ObjRandom, dict),
    .doc = "Random number generator base class used by bound module functions.",
    .dealloc = random_dealloc,
    .getattr = generic_getattr,
    .setattr = generic_setattr,
    .new_ = random_new,
    .init = random_init,
};

// --- SystemRandom: the same methods over the OS's entropy source --------------------------

static Value sys_random(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    (void)args;
    if (!args_check(ts, "SystemRandom", "random", nargs, kwnames, 0, 0, ARGS_FIXED)) {
        return VNULL;
    }
    uint64_t bits;
    if (!os_entropy(&bits, sizeof bits)) {
        return exc_raise_errno(ts, errno, NULL);
    }
    return val_float((double)(bits >> 11) * (1.0 / 9007199254740992.0));
}

static Value sys_getrandbits(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    if (!args_check(ts, "SystemRandom", "getrandbits", nargs, kwnames, 1, 1, ARGS_FIXED)) {
        return VNULL;
    }
    int64_t k;
    if (!obj_index_i64(ts, args[0], &k)) {
        return VNULL;
    }
    if (k < 0) {
        return exc_raise(ts, &ExcValueError, "number of bits must be non-negative");
    }
    size_t nbytes = (size_t)(k + 7) / 8;
    uint8_t *bytes = cs_malloc_or_raise(ts, nbytes ? nbytes : 1);
    if (!bytes) {
        return VNULL;
    }
    if (!os_entropy(bytes, nbytes)) {
        cs_free(bytes);
        return exc_raise_errno(ts, errno, NULL);
    }
    if (k % 8) {
        bytes[nbytes - 1] &= (uint8_t)((1u << (k % 8)) - 1);
    }
    BigNum *n = bignum_from_bytes(bytes, nbytes, true, false);
    cs_free(bytes);
    return n ? int_from_bignum(ts, n) : exc_no_memory(ts);
}

static Value sys_seed(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)ts;
    (void)self;
    (void)args;
    (void)nargs;
    (void)kwnames;
    return VNONE;   // the OS's entropy cannot be seeded: ignored, as in CPython
}

static Value sys_nostate(ThreadState *ts, Value self, Value *args, int64_t nargs, Obj *kwnames) {
    (void)self;
    (void)args;
    (void)nargs;
    (void)kwnames;
    return exc_raise(ts, &ExcNotImplementedError, "System entropy source does not have state.");
}

static const MethodDef system_random_methods[] = {
    {"random", sys_random, NATIVE_METHOD, "Get the next random number in the range 0.0 <= X < 1.0."},
    {"getrandbits", sys_getrandbits, NATIVE_METHOD, "getrandbits(k) -> x.  Generates an int with k random bits."},
    {"seed", sys_seed, NATIVE_METHOD, "Stub method.  Not used for a system random number generator."},
    {"getstate", sys_nostate, NATIVE_METHOD, "Method should not be called for a system random number generator."},
    {"setstate", sys_nostate, NATIVE_METHOD, "Method should not be called for a system random number generator."},
    {NULL, NULL, 0, NULL},
};

static Type SystemRandomType = {
    .base = STATIC_OBJ_HEADER(&TypeType),
    .name = "SystemRandom",
    .base_type = &RandomType,
    .flags = TYPE_BASETYPE,
    .basic_size = sizeof(ObjRandom),
    .dict_offset = offsetof(ObjRandom, dict),
    .doc = "Alternate random number generator using sources provided by the operating system.",
    .dealloc = random_dealloc,
    .getattr = generic_getattr,
    .setattr = generic_setattr,
    .new_ = random_new,
    .init = random_init,
};

// --- the module ---------------------------------------------------------------------------

// The module-level functions: bound methods of the hidden instance.
static const char *const module_functions[] = {
    "seed", "random", "getrandbits", "getstate", "setstate", "randrange", "randint", "choice",
    "choices", "shuffle", "sample", "randbytes", "uniform", "triangular", "gauss", "normalvariate",
    "lognormvariate", "expovariate", "vonmisesvariate", "gammavariate", "betavariate",
    "paretovariate", "weibullvariate", NULL,
};

static void ready_types(ThreadState *ts) {
    if (RandomType.flags & TYPE_READY) {
        return;
    }
    type_ready(ts, &RandomType);
    type_add_methods(ts, &RandomType, random_methods);
    type_add_methods(ts, &RandomType, mod_random_choice_methods);
    type_add_methods(ts, &RandomType, mod_random_dist_methods);
    RandomType.module = str_intern_cstr("random");
    type_ready(ts, &SystemRandomType);
    type_add_methods(ts, &SystemRandomType, system_random_methods);
    SystemRandomType.module = str_intern_cstr("random");
}

Value random_module_create(ThreadState *ts) {
    ready_types(ts);
    Obj *m = module_new(ts, "random");
    if (!m) {
        return VNULL;
    }
    Value inst = obj_call0(ts, val_obj(&RandomType.base));
    if (val_is_null(inst)) {
        obj_decref(m);
        return VNULL;
    }
    for (int i = 0; module_functions[i]; i++) {
        Value bound = obj_getattr_cstr(ts, inst, module_functions[i]);
        if (val_is_null(bound) || module_set_steal(ts, m, module_functions[i], bound) < 0) {
            val_decref(inst);
            obj_decref(m);
            return VNULL;
        }
    }
    module_set_steal(ts, m, "_inst", inst);
    module_set(ts, m, "Random", val_obj(&RandomType.base));
    module_set(ts, m, "SystemRandom", val_obj(&SystemRandomType.base));
    module_set(ts, m, "BPF", val_int(53));
    module_set(ts, m, "RECIP_BPF", val_float(1.0 / 9007199254740992.0));
    module_set(ts, m, "TWOPI", val_float(2.0 * M_PI));
    module_set(ts, m, "LOG4", val_float(log(4.0)));
    module_set(ts, m, "NV_MAGICCONST", val_float(4.0 * exp(-0.5) / sqrt(2.0)));
    module_set(ts, m, "SG_MAGICCONST", val_float(1.0 + log(4.5)));
    return val_obj(m);
}
