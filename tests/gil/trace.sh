#!/usr/bin/env bash
# -X giltrace=FILE: a .json trace is valid trace-event JSON in which the
# "GIL holder" row never has two slices at once; a .txt trace draws one
# row per thread. -X gilstats prints the per-thread table at exit.
set -u
cs=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
ex=$(cd "$(dirname "$0")/../../examples" && pwd)
fail=0
"$cs" -X giltrace="$dir/t.txt" "$ex/gil_trace.cs" >/dev/null || fail=1
for row in MainThread cpu-1 cpu-2 io; do
    grep -qE "^$row +[ #|._]+$" "$dir/t.txt" || { echo "FAIL: no row for $row in the .txt trace"; fail=1; }
done
grep -q '^GIL timeline: ' "$dir/t.txt" || { echo "FAIL: no heading in the .txt trace"; fail=1; }
"$cs" -X giltrace="$dir/t.json" "$ex/gil_trace.cs" >/dev/null || fail=1
# The JSON is checked with the interpreter itself when it has a json
# module, else with python3; skipped when neither is there.
checker='
import json, sys
events = json.load(open(sys.argv[1]))["traceEvents"]
names = {e["tid"]: e["args"]["name"] for e in events if e.get("name") == "thread_name"}
assert names.get(0) == "GIL holder", names
for want in ("MainThread", "cpu-1", "cpu-2", "io"):
    assert want in names.values(), (want, names)
held = sorted((e["ts"], e["ts"] + e["dur"]) for e in events if e["ph"] == "X" and e["tid"] == 0)
assert len(held) > 10, len(held)
for (s1, e1), (s2, e2) in zip(held, held[1:]):
    assert s2 >= e1 - 0.002, ("two holders at once", s1, e1, s2, e2)
print("ok")
'
py=$(command -v python3 || true)
if "$cs" -c 'import json' 2>/dev/null; then
    out=$("$cs" -c "$checker" "$dir/t.json" 2>&1)
elif [ -n "$py" ]; then
    out=$("$py" -c "$checker" "$dir/t.json" 2>&1)
else
    out=ok
fi
[ "$out" = ok ] || { echo "FAIL: the .json trace: $out"; fail=1; }
stats=$("$cs" -X gilstats "$ex/gil_trace.cs" 2>&1 >/dev/null)
grep -qE '^GIL statistics \(switch interval 5\.0 ms, [0-9]+ hand-overs\)$' <<<"$stats" || { echo "FAIL: gilstats heading: $stats"; fail=1; }
for row in MainThread cpu-1 cpu-2 io; do
    grep -qE "^$row +[0-9]+ " <<<"$stats" || { echo "FAIL: no gilstats row for $row"; fail=1; }
done
exit $fail
