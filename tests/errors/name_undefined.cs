# NameError with nothing near to suggest.
print(undefined_thing)
