# ImportError for a missing name in a module.
from sys import no_such_name
