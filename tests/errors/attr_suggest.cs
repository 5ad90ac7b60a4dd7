# AttributeError on a list suggests a near method name.
items = []
items.apend(3)
