"""Text processing: word frequencies, longest word, title case."""

# export top_words(str, int)
def top_words(text, k):
    counts = {}
    for w in text.lower().split():
        w = w.strip(".,;!?")
        if w:
            counts[w] = counts.get(w, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return [w for w, c in ranked[:k]]

#case: top_words("The cat. The dog! the END, cat?", 2)
#case: top_words("", 3)

# export title(str)
def title(s):
    return " ".join([w[0].upper() + w[1:].lower() for w in s.split() if len(w) > 0])

#case: title("hello WORLD from  pyrs")

# export longest(str)
def longest(s):
    best = ""
    for w in s.split():
        if len(w) > len(best):
            best = w
    return best, len(best)

#case: longest("a bb ccc dd")
#case: longest("")
