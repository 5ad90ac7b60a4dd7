# Groups deeper than 10 levels and wider than 15 members are cut short.
import sys
g = ValueError("leaf")
for i in range(12):
    g = ExceptionGroup(f"level {i}", [g])
sys.excepthook(type(g), g, None)
raise ExceptionGroup("wide", [ValueError(i) for i in range(17)])
