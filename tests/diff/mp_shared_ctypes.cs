# multiprocessing Value/Array: reprs name the ctypes type, and a 'c' Array
# is initialised from bytes, with .value and .raw.
import multiprocessing as mp


def shout(a):
    a.value = a.value.upper()


if __name__ == "__main__":
    print(repr(mp.RawValue("i", 3)), repr(mp.RawValue("d", 1.0)), repr(mp.RawValue("q", -2)))
    print(repr(mp.Value("i", 3)).split(" at ")[0].split(" wrapper")[0])
    a = mp.Array("c", b"hi")
    print(a[:], a.value, a.raw, len(a))
    p = mp.Process(target=shout, args=(a,))
    p.start()
    p.join()
    print(a.value)
    z = mp.Array("c", 4)
    z.value = b"ab"
    print(z.raw, z.value)
