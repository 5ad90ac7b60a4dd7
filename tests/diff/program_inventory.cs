# A small program mixing the features a course exercise would: classes
# with properties and class methods, custom exceptions, generators,
# sorting with keys, dict/set bookkeeping, string formatting and a report.

class InventoryError(Exception):
    pass

class OutOfStock(InventoryError):
    def __init__(self, item, wanted, have):
        super().__init__(f"{item}: wanted {wanted}, have {have}")
        self.item = item

class Item:
    _registry = {}

    def __init__(self, sku, name, price, qty=0):
        if sku in Item._registry:
            raise InventoryError(f"duplicate sku {sku!r}")
        self.sku = sku
        self.name = name
        self._price = price
        self.qty = qty
        Item._registry[sku] = self

    @property
    def price(self):
        return self._price

    @price.setter
    def price(self, value):
        if value < 0:
            raise ValueError("negative price")
        self._price = round(value, 2)

    @property
    def value(self):
        return self.price * self.qty

    @classmethod
    def lookup(cls, sku):
        try:
            return cls._registry[sku]
        except KeyError:
            raise InventoryError(f"unknown sku {sku!r}") from None

    def take(self, n):
        if n > self.qty:
            raise OutOfStock(self.name, n, self.qty)
        self.qty -= n
        return n * self.price

    def __repr__(self):
        return f"Item({self.sku!r}, {self.name!r}, {self.price:.2f}, qty={self.qty})"

    def __lt__(self, other):
        return (self.name, self.sku) < (other.name, other.sku)

catalog = [
    ("A1", "widget", 2.50, 10), ("B7", "gadget", 12.99, 3), ("C3", "doohickey", 0.99, 250),
    ("D4", "gizmo", 7.25, 0), ("E5", "widget", 2.75, 4),
]
for row in catalog:
    Item(*row)
try:
    Item("A1", "dup", 1.0)
except InventoryError as e:
    print("error:", e)

orders = [("A1", 3), ("B7", 5), ("C3", 100), ("Z9", 1), ("D4", 1), ("E5", 4), ("A1", 7), ("A1", 1)]
revenue = 0.0
failures = {}
for sku, n in orders:
    try:
        item = Item.lookup(sku)
        revenue += item.take(n)
    except OutOfStock as e:
        failures.setdefault(type(e).__name__, []).append(e.item)
        print("out of stock:", e)
    except InventoryError as e:
        failures.setdefault(type(e).__name__, []).append(sku)
        print("problem:", e, "| cause:", e.__cause__, "| suppressed:", e.__suppress_context__)
print(f"revenue: {revenue:,.2f}", sorted(failures.items()))

def low_stock(threshold):
    for item in sorted(Item._registry.values()):
        if item.qty <= threshold:
            yield item

print([i.sku for i in low_stock(5)])
Item.lookup("C3").price = 1.234
try:
    Item.lookup("C3").price = -1
except ValueError as e:
    print("rejected:", e)
by_name = {}
for item in Item._registry.values():
    by_name.setdefault(item.name, []).append(item)
for name in sorted(by_name):
    group = by_name[name]
    total = sum(i.value for i in group)
    print(f"{name:<10}|{len(group):>2}|{total:>9.2f}|{max(group, key=lambda i: i.price).sku}")
print(sorted(Item._registry.values(), key=lambda i: (-i.value, i.sku)))
print("%-8s %5s %8s" % ("sku", "qty", "value"))
for item in sorted(Item._registry.values(), key=lambda i: i.sku):
    print("%-8s %5d %8.2f" % (item.sku, item.qty, item.value))
names = {i.name for i in Item._registry.values()}
print(len(names), sorted(names), any(i.qty == 0 for i in Item._registry.values()), all(i.price > 0 for i in Item._registry.values()))
