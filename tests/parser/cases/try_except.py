# try with except clauses, else and finally.
try:
    pass
except:
    pass
try:
    pass
except ValueError:
    pass
except (TypeError, KeyError) as e:
    pass
except Exception as e:
    pass
else:
    pass
finally:
    pass
try:
    x = 1
except A: pass
else: pass
