# Subscripting the result of a call.
def get():
    return None
get()["key"]
