# AttributeError on a class suggests a near class attribute.
class Config:
    debug = False
print(Config.debg)
