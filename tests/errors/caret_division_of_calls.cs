# Division of two call results.
data = [1, 2, 3]
total = sum(data) / len([])
