# A binary operation over two lines: carets to the end of the first.
x = (1 +
     None)
