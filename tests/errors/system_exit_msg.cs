# sys.exit(message): the message goes to stderr, status 1.
import sys
sys.exit("fatal: giving up")
