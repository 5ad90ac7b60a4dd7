# A subscript that is the whole line still gets its ~ and ^ marks.
t = (1,)
t[1]
