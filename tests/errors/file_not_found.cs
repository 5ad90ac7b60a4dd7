# FileNotFoundError from open().
open("/nonexistent/file.txt")
