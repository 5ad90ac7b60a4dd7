# Semicolons and one-line compound statements.
a = 1; b = 2; c = 3
a = 1;
if x: a = 1; b = 2
for x in y: print(x); continue
while x: x -= 1; break
def f(): return 1
class C: x = 1; y = 2
try: pass
except: pass
with a: pass
