"""String methods numeric code uses: split, join, strip, replace, find, case."""

# export words(str)
def words(s):
    parts = s.split()
    return len(parts), "|".join(parts)

#case: words("  the quick  brown\tfox\n")
#case: words("")
#case: words("one")

# export csv_sum(str)
def csv_sum(line):
    total = 0.0
    for field in line.split(","):
        total += float(field)
    return total

#case: csv_sum("1.5,2.25,-3")
#case: csv_sum("1e3, 2 ,3")
#case: csv_sum("1,,2")
#case: csv_sum("nan")

# export tidy(str)
def tidy(s):
    t = s.strip().lower().replace(" ", "_")
    return t, t.upper(), t.startswith("a"), t.endswith("z"), t.find("_"), t.count("a")

#case: tidy("  Alpha Beta Gamma  ")
#case: tidy("")
#case: tidy("a z")

# export split_sep(str, str)
def split_sep(s, sep):
    return s.split(sep)

#case: split_sep("a,b,,c", ",")
#case: split_sep("a<>b<>c", "<>")
#case: split_sep("abc", "")
#case: split_sep("", ",")

# export strip_chars(str)
def strip_chars(s):
    return s.strip("xy"), s.lstrip("x"), s.rstrip("y"), s.isdigit(), s.isalpha()

#case: strip_chars("xxhelloyy")
#case: strip_chars("123")
#case: strip_chars("")
