# try / finally without handlers.
try:
    pass
finally:
    cleanup()
try: a()
finally: b()
