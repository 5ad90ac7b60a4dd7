# AttributeError in an augmented assignment suggests a near attribute.
class Account:
    def __init__(self):
        self.balance = 0
acct = Account()
acct.balanse += 1
