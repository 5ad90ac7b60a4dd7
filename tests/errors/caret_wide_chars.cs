# Wide characters (CJK, emoji) take two columns: the carets stay under them.
名前 = {"キー": 1}
def 関数(*a):
    return 名前["🐍"]
x = 名前["キー"] + 関数("名前",
                      2)
