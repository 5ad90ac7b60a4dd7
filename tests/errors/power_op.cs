# TypeError from ** between an int and a str.
x = 2 ** "3"
