"""Empty list literals typed from later use."""

# export evens(int)
def evens(n):
    out = []
    for i in range(n):
        if i % 2 == 0:
            out.append(i)
    return out

#case: evens(9)
#case: evens(0)

# export halves(int)
def halves(n):
    out = []
    for i in range(n):
        out.append(i / 2)
    return out

#case: halves(4)

# export words_of(str)
def words_of(s):
    out = []
    cur = ""
    for c in s:
        if c == " ":
            if cur != "":
                out.append(cur)
            cur = ""
        else:
            cur += c
    if cur != "":
        out.append(cur)
    return out

#case: words_of("ab  cd e")
#case: words_of("")
