# Raising something that is not an exception.
raise 42
