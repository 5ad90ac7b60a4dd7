# pickle.dump and pickle.load with files (several objects in one file, then
# EOFError), and the errors loads gives for bad data.
import os
import pickle

path = "pickle_file.tmp"
with open(path, "wb") as f:
    pickle.dump({"a": [1, 2]}, f)
    pickle.dump("second", f, protocol=2)
    pickle.dump(list(range(1000)), f)
with open(path, "rb") as f:
    print(pickle.load(f), pickle.load(f), sum(pickle.load(f)))
    try:
        pickle.load(f)
    except EOFError:
        print("EOFError")
os.remove(path)

for bad in (b"", b"garbage", b"\x00"):
    try:
        pickle.loads(bad)
    except EOFError:
        print("EOFError")
    except pickle.UnpicklingError:
        print("UnpicklingError")
