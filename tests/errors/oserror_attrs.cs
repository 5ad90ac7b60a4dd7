# OSError with errno, strerror and filename.
raise OSError(2, "No such file", "x.txt")
