"""The G-table: runs the GIL benchmarks (gilbench) with cs and with
CPython in the same sitting, interleaved, and prints each target's
figures side by side as a markdown table.

    python3 tests/bench/gil_table.py [--runs N] [--cs ./cs] [--vs /usr/bin/python3.11]
                                     [--gilbench DIR]

Medians over the runs. Timing-sensitive: run it on a quiet machine.
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def parse(line):
    out = {}
    for tok in line.split()[1:]:
        k, _, v = tok.partition("=")
        try:
            out[k] = float(v)
        except ValueError:
            out[k] = v
    return out


def run(cmd, timeout=180):
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    for line in p.stdout.splitlines():
        if line.startswith("RESULT"):
            return parse(line)
    raise RuntimeError("no RESULT from %s: %s" % (" ".join(cmd), p.stderr[-800:]))


def idle_thread_memory(interp, script, n):
    """VmRSS and VmSize (kB) while n threads are parked on an Event."""
    p = subprocess.Popen([interp, script, str(n), "1.0"], stdout=subprocess.PIPE, text=True)
    p.stdout.readline()
    status = {}
    with open("/proc/%d/status" % p.pid) as f:
        for line in f:
            k, _, v = line.partition(":")
            if k in ("VmRSS", "VmSize"):
                status[k] = float(v.split()[0])
    p.wait(timeout=60)
    return status


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--cs", default="./cs")
    ap.add_argument("--vs", default="/usr/bin/python3.11")
    ap.add_argument("--gilbench", default=os.path.join(HERE, "..", "..", "..", "shared", "gilbench"))
    a = ap.parse_args()
    g = os.path.abspath(a.gilbench)
    if not os.path.isdir(g):
        sys.exit("gil_table: no gilbench directory at %s (use --gilbench DIR)" % g)
    b = lambda name: os.path.join(g, name)
    interps = {"cs": os.path.abspath(a.cs) if os.sep in a.cs else a.cs, "CPython": a.vs}

    # (key, command builder) pairs; each run of each is one dict of fields.
    jobs = {
        "cpu": lambda i: [i, os.path.join(HERE, "cpu_threads_only.py"), "0.5"],
        "io": lambda i: [i, b("bench2_io_sleep_threads.py"), "100", "0.5"],
        "switch": lambda i: [i, b("bench3_switch_latency.py")],
        "convoy": lambda i: [i, b("bench4_convoy.py")],
        "race": lambda i: [i, b("bench5_race.py"), "4", "200000"],
        "fair": lambda i: [i, b("bench8_fairness.py"), "4", "2.0"],
    }
    results = {(who, job): [] for who in interps for job in list(jobs) + ["chaos", "mem0", "mem200"]}
    t0 = time.time()
    for r in range(a.runs):
        for job, cmd in jobs.items():
            for who, interp in interps.items():
                results[(who, job)].append(run(cmd(interp)))
        results[("cs", "chaos")].append(run([interps["cs"], "-X", "gilswitch=always", b("bench5_race.py"), "4", "200000"]))
        for who, interp in interps.items():
            results[(who, "mem0")].append(idle_thread_memory(interp, b("bench7_thread_memory.py"), 0))
            results[(who, "mem200")].append(idle_thread_memory(interp, b("bench7_thread_memory.py"), 200))

    def med(who, job, key):
        vals = [row[key] for row in results[(who, job)] if isinstance(row.get(key), float)]
        return statistics.median(vals) if vals else float("nan")

    def mem(who, key):
        return (med(who, "mem200", key) - med(who, "mem0", key)) / 200

    rows = [
        ("G1", "fairness: min_over_max (bench8)", "fair", "min_over_max", ">= 0.95"),
        ("G1", "fairness: worst_wait_ms (bench8)", "fair", "worst_wait_ms", "<= 17"),
        ("G2", "sleep0_alone_us (bench4)", "convoy", "sleep0_alone_us", ""),
        ("G2", "sleep0_cpu1_us (bench4)", "convoy", "sleep0_cpu1_us", "<= 2 x alone + 100"),
        ("G3", "wake_med_ms at 5 ms (bench3)", "switch", "wake_med_ms@5ms", "<= 0.5"),
        ("G3", "pingpong_slowdown_cpu1 (bench4)", "convoy", "pingpong_slowdown_cpu1", "<= 2"),
        ("G3", "pingpong_slowdown_cpu2 (bench4)", "convoy", "pingpong_slowdown_cpu2", "<= 3"),
        ("G4", "slice_mean_ms at 1 ms (bench3)", "switch", "slice_mean_ms@1ms", "0.8 - 1.2"),
        ("G4", "slice_mean_ms at 5 ms (bench3)", "switch", "slice_mean_ms@5ms", "4 - 6"),
        ("G4", "slice_mean_ms at 20 ms (bench3)", "switch", "slice_mean_ms@20ms", "16 - 24"),
        ("G4", "wake_max_ms at 5 ms (bench3)", "switch", "wake_max_ms@5ms", "<= 7"),
        ("G5", "lost_plain, default (bench5)", "race", "lost_plain@default", "= 0"),
        ("G5", "lost_call, default (bench5)", "race", "lost_call@default", "> 0"),
        ("G7", "t1_over_seq (bench1, threads part)", "cpu", "t1_over_seq", "<= 1.02"),
        ("G12", "100 x sleep(0.5): wall_s (bench2)", "io", "wall_s", "<= 0.55"),
    ]
    print("| | what | cs | CPython 3.11 | target |")
    print("|---|---|---|---|---|")
    fmt = lambda v: "%.3g" % v if v == v else "n/a"
    for g_id, what, job, key, target in rows:
        print("| %s | %s | %s | %s | %s |" % (g_id, what, fmt(med("cs", job, key)), fmt(med("CPython", job, key)), target))
    print("| G5 | chaos mode lost_pct_plain (-X gilswitch=always) | %s | n/a | >= 10 |" % fmt(med("cs", "chaos", "lost_pct_plain@default")))
    print("| G10 | idle thread: RSS kB (bench7) | %s | %s | <= 32 |" % (fmt(mem("cs", "VmRSS")), fmt(mem("CPython", "VmRSS"))))
    print("| G10 | idle thread: virtual kB (bench7) | %s | %s | <= 1536 |" % (fmt(mem("cs", "VmSize")), fmt(mem("CPython", "VmSize"))))
    with open("/proc/loadavg") as f:
        load = f.read().split()[0]
    print("\n%d runs each, medians; %.0f s; load average at the end %s" % (a.runs, time.time() - t0, load))


if __name__ == "__main__":
    main()
