# A plain module of the lib package.
print("util running as", __name__, __package__)

def double(x):
    return x * 2

public = "public"
_private = "private"

if __name__ == "__main__":
    print("util run as the main program")
