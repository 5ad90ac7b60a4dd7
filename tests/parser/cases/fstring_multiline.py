# Triple-quoted f-strings spanning lines.
a = f"""first {x}
second {y}
  third {
z} end"""
b = (f'a {x}'
     f'b {y}')
c = f'''
{a +
 b}
'''
