# A user exception class defined in __main__ has no module prefix.
class AppError(Exception):
    pass
def run():
    raise AppError("it broke")
run()
