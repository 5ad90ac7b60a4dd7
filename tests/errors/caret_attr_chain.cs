# AttributeError in the middle of an attribute chain.
obj = object()
print(obj.attr.other)
