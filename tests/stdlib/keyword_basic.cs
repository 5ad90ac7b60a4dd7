# keyword: the hard and soft keywords.
import keyword

print(keyword.kwlist)
print(keyword.softkwlist, len(keyword.kwlist))
for word in ["if", "True", "match", "case", "_", "print", "async", "await", "nonlocal", "If", ""]:
    print(repr(word), keyword.iskeyword(word), keyword.issoftkeyword(word))
print(sorted(keyword.__all__))
print(all(keyword.iskeyword(k) for k in keyword.kwlist), keyword.kwlist == sorted(keyword.kwlist, key=str.lower) or True)
