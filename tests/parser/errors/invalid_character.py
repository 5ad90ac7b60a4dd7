# A currency sign outside a string.
price = 5 €
