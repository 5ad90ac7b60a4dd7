# sys.exit(3): exit status 3, nothing printed.
import sys
print("before")
sys.exit(3)
