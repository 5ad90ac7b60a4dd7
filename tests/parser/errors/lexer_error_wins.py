# An error the tokenizer raises later in the file wins.
x y
z = "unterminated
