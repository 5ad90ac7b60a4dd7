# A child that raises: "Process NAME:" and the traceback go to stderr, the
# exit code is 1; sys.exit with a string prints it and exits 1. The target
# is a lambda of a script without a __main__ guard.
import multiprocessing as mp
import sys


def check(value):
    if value < 0:
        raise ValueError(f"negative: {value}")
    return value


p = mp.Process(target=lambda: check(-2), name="checker")
p.start()
p.join()
print("checker exitcode", p.exitcode)

p = mp.Process(target=sys.exit, args=("bye from the child",))
p.start()
p.join()
print("sys.exit(str) exitcode", p.exitcode)


class Job(mp.Process):
    def run(self):
        {}["missing"]


j = Job()
j.start()
j.join()
print("Job exitcode", j.exitcode)
sys.exit(p.exitcode + j.exitcode)
