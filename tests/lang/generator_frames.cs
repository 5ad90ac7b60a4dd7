# gi_frame and cr_frame are frame objects; they keep their last line and
# variables once the generator has finished.
def g():
    x = 1
    yield x
    x = 2
    yield x
it = g()
print(it.gi_frame.f_lineno, it.gi_frame.f_code.co_name, it.gi_frame.f_locals)
next(it)
fr = it.gi_frame
print(fr.f_lineno, fr.f_locals, fr.f_back)
next(it)
print(fr.f_lineno, fr.f_locals)
list(it)
print(it.gi_frame, fr.f_lineno, fr.f_locals)
async def c():
    pass
co = c()
print(co.cr_frame.f_code.co_name)
co.close()
print(co.cr_frame)
