# raise SystemExit with no argument: silent exit 0.
raise SystemExit
