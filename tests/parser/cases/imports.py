# import statements.
import os
import os.path
import a.b.c as d
import x, y as z, w.v
import  a . b
