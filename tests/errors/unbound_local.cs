# UnboundLocalError in an augmented assignment: carets under the target.
count = 0
def inc():
    count += 1
inc()
