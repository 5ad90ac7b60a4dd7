# sys.exit with a message from inside a function.
import sys
def quit_now():
    sys.exit("bye from func")
quit_now()
