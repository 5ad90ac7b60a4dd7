# Counts how often its body runs, in an attribute of the sys module.
import sys
runs = getattr(sys, "_counter_runs", 0) + 1
sys._counter_runs = runs
