# An exception whose str() is empty: no colon.
class MyErr(Exception):
    def __str__(self):
        return ""
raise MyErr("x")
