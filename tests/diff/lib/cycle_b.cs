# The other half: it sees cycle_a only partially initialized.
import lib.cycle_a as a
name = "b"
print("cycle_b sees a has name:", hasattr(a, "name"))
