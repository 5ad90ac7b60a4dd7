# SystemExit with two arguments prints their tuple.
raise SystemExit(1, 2)
