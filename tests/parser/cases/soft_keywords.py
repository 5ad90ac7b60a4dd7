# match, case and _ are ordinary names outside a match statement.
match = 1
case = 2
_ = 3
print(match, case, _)
match.x = case[_]
def match(case): return case
