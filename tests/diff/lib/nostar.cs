# Without __all__, `import *` takes every name without a leading underscore.
visible = "v"
_hidden = "h"
