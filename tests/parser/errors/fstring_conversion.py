# An unknown conversion.
x = f"{y!x}"
