# Operators written without spaces.
a=b+c-d*e/f//g%h**i@j
a<<=b>>c|d^e&~f
x=-1;y=+1;z=~1
f(a,b,*c,**d)
a[1:2,::3]
