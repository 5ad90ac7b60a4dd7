# A relative import that climbs above the top-level package.
from ... import nothing
