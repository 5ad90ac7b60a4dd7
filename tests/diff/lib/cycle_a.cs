# Half of a circular import: cycle_b imports this module while it runs.
import lib.cycle_b as b
name = "a"
def greet():
    return "a greets " + b.name
