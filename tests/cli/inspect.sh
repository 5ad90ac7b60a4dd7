#!/usr/bin/env bash
# -i: the REPL follows the program, in its namespace, even after an
# uncaught exception (SystemExit included: it is only reported); and the
# REPL also reads from a pipe (prompts on stderr, as in CPython). What the
# REPL does in a terminal is tested in tests/repl/.
source "$(dirname "$0")/cli_lib.bash"

cd "$tmp" || exit 1
printf 'x = 5\n' >s.cs
prompts() { printf '>>> %.0s' $(seq "$1"); }
main_tb=$'Traceback (most recent call last):\n  File "<string>", line 1, in <module>\n'
stdin_tb=$'Traceback (most recent call last):\n  File "<stdin>", line 1, in <module>\n'

INPUT=/dev/stdin
check "-i after a script" 0 $'5\n6\n' "$(prompts 3)"$'\n' sh -c 'printf "x\nx + 1\n" | "$0" -i s.cs' "$cs"
check "values, None, _ and blocks" 0 $'1\n7\n7\n' $'>>> >>> >>> ... ... >>> >>> >>> \n' \
    sh -c 'printf "1\nNone\ndef f():\n    return 7\n\nf()\n_\n" | "$0" -i s.cs' "$cs"
check "an exception does not end it" 0 $'after\n' "$(prompts 1)${stdin_tb}ZeroDivisionError: division by zero"$'\n'"$(prompts 2)"$'\n' \
    sh -c 'printf "1/0\nprint(\"after\")\n" | "$0" -i s.cs' "$cs"
check "a SyntaxError does not end it" 0 $'ok\n' "~SyntaxError: invalid syntax" \
    sh -c 'printf "1 +\nprint(\"ok\")\n" | "$0" -i s.cs' "$cs"
check "after an uncaught exception" 0 $'9\n' "${main_tb}ZeroDivisionError: division by zero"$'\n'"$(prompts 2)"$'\n' \
    sh -c 'printf "x\n" | "$0" -i -c "x = 9; 1/0"' "$cs"
check "SystemExit is reported, not obeyed" 0 $'9\n' "${main_tb}SystemExit: 3"$'\n'"$(prompts 2)"$'\n' \
    sh -c 'printf "x\n" | "$0" -i -c "import sys; x = 9; sys.exit(3)"' "$cs"
check "exit(4) in the REPL" 4 "" "$(prompts 1)" sh -c 'printf "exit(4)\nprint(1)\n" | "$0" -i -c "x = 9"' "$cs"
check "sys.exit(message) in the REPL" 1 "" "$(prompts 1)bye"$'\n' sh -c 'printf "import sys; sys.exit(\"bye\")\n" | "$0" -q -i' "$cs"
check "bare exit leaves" 0 "" "$(prompts 1)" sh -c 'printf "exit\nprint(1)\n" | "$0" -q -i' "$cs"
check "exit as a variable" 0 $'3\n' "$(prompts 3)"$'\n' sh -c 'printf "exit = 3\nexit\n" | "$0" -q -i' "$cs"
check "KeyboardInterrupt in the REPL" 0 $'2\n' "$(prompts 1)${stdin_tb}KeyboardInterrupt"$'\n'"$(prompts 2)"$'\n' \
    sh -c 'printf "raise KeyboardInterrupt\nprint(2)\n" | "$0" -q -i' "$cs"
check "-i with no program reads the REPL from the pipe" 0 $'3\n' "~>>> " sh -c 'printf "1 + 2\n" | "$0" -i' "$cs"
check "banner unless -q" 0 $'3\n' "~(Python 3.11 compatible)" sh -c 'printf "1 + 2\n" | "$0" -i' "$cs"
check "end of input inside a block runs it" 0 $'1\n' "*" sh -c 'printf "if 1:\n    print(1)" | "$0" -q -i' "$cs"
check "blank lines inside brackets" 0 $'(1, 2)\n' "*" sh -c 'printf "(1,\n\n2)\n" | "$0" -q -i' "$cs"
check "compound statements wait for an empty line" 0 $'a\nb\n' "*" \
    sh -c 'printf "for c in \"ab\":\n    print(c)\n\n" | "$0" -q -i' "$cs"
check "display of a statement list" 0 $'1\n' "*" sh -c 'printf "x = 1; x\n" | "$0" -q -i' "$cs"
check "globals persist" 0 $'12\n' "*" sh -c 'printf "a = 10\nb = a + 2\nb\n" | "$0" -q -i' "$cs"
check "the program's __main__" 0 $'True\n' "*" sh -c 'printf "import __main__\n__main__.x == x\n" | "$0" -q -i s.cs' "$cs"
printf 'startup_value = 99\n' >startup.cs
check "CS_STARTUP runs before the first prompt" 0 $'99\n' "*" sh -c 'printf "startup_value\n" | CS_STARTUP=startup.cs "$0" -q -i' "$cs"
check "CS_STARTUP is not run for a script" 0 $'False\n' "*" \
    sh -c 'printf "\"startup_value\" in globals()\n" | CS_STARTUP=startup.cs "$0" -q -i s.cs' "$cs"
check "-E ignores CS_STARTUP" 0 $'False\n' "*" \
    sh -c 'printf "\"startup_value\" in globals()\n" | CS_STARTUP=startup.cs "$0" -E -q -i' "$cs"
check "sys.ps1 is what the prompt shows" 0 "" "~>>> :) " sh -c 'printf "import sys; sys.ps1 = \":) \"\n1\n" | "$0" -q -i >/dev/null' "$cs"
unset INPUT
finish
