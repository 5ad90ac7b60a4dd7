# sys.tracebacklimit = 0 prints only the last line.
import sys
sys.tracebacklimit = 0
def a(): 1/0
a()
