# Carets under a line with non-ASCII characters count characters.
héllo = {"é": 1}
x = héllo["é"] + héllo["ü"]
