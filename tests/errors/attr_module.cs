# AttributeError on a module suggests a near module attribute.
import sys
sys.argvv
