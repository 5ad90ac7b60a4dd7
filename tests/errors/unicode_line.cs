# A non-ASCII string in a failing binary operation.
nom = "café"
x = nom + 1
