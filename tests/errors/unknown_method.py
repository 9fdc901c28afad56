# error-at: 6:14
# A method no receiver type pyrs compiles has: reported where the call is lowered.

# export shout(str)
def shout(s):
    return s.casefold() + "!"
