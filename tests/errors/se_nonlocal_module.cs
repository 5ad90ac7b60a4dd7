# SyntaxError for nonlocal at module level underlines the statement.
nonlocal x
