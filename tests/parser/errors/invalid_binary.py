# A binary literal ending in an underscore.
x = 0b1_
