# String literals: quotes, prefixes, escapes, triple quotes.
a = 'single', "double", '''triple single''', """triple double"""
b = 'it\'s', "say \"hi\"", 'mixed " and \'', "it's", 'say "hi"'
c = '\n\t\\\a\b\f\v\r\0\101\x41\u00e9\U0001F600'
d = r'\n raw \d+', R"C:\path", r'''raw
triple''', u'unicode', U"also"
e = 'line\
continued'
f = """multi
line
string"""
g = 'unknown \q escape', '\777', '\x7f\x80\xa0\xad', '\u2028', '\ud800'
h = ''
i = 'é ü 中文 😀'
