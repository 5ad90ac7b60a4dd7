#!/usr/bin/env cs
# A comment.

x = 1  # trailing comment


# Comment between statements.
def f():
    # comment in a block

    x = 1
        # oddly indented comment
    return x
  # dedented comment
y = 2
