# IndexError from str.format with too few arguments.
"{} {}".format(1)
