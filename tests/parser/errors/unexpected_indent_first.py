# An indented first line, then a later tokenizer error that does not win.
  x = 1
y = "unterminated
