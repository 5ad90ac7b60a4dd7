# Python 2 exec statement.
exec code
