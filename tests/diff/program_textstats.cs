# A text-processing program: tokenizing with str methods, counting with
# dicts, ranking with sorted and tuples, a generator pipeline, a class-based
# state machine, and formatted tables.

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was
the epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair."""

def tokens(text):
    word = []
    for ch in text:
        if ch.isalpha() or ch == "'":
            word.append(ch.lower())
        elif word:
            yield "".join(word)
            word = []
    if word:
        yield "".join(word)

def bigrams(words):
    it = iter(words)
    prev = next(it, None)
    for w in it:
        yield prev, w
        prev = w

counts = {}
for w in tokens(TEXT):
    counts[w] = counts.get(w, 0) + 1
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print(len(counts), sum(counts.values()), ranked[:6])
pairs = {}
for a, b in bigrams(tokens(TEXT)):
    pairs[(a, b)] = pairs.get((a, b), 0) + 1
top_pairs = sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for (a, b), n in top_pairs:
    print(f"{a + ' ' + b:<16}{n:>3}{'*' * n:>12}")
lengths = {}
for w in counts:
    lengths.setdefault(len(w), []).append(w)
for n in sorted(lengths):
    print(n, sorted(lengths[n]))

class Sentence:
    START, WORD, PUNCT = range(3)
    def __init__(self):
        self.state = self.START
        self.sentences = 0
        self.clauses = 0
    def feed(self, ch):
        if ch in ".!?":
            self.sentences += 1
            self.state = self.PUNCT
        elif ch in ",;":
            self.clauses += 1
            self.state = self.PUNCT
        elif ch.isalpha():
            self.state = self.WORD
        return self
sm = Sentence()
for ch in TEXT:
    sm.feed(ch)
print(sm.sentences, sm.clauses, sm.state)

lines = TEXT.splitlines()
widest = max(lines, key=len)
print(len(lines), len(widest), widest.split()[-1], [l.count("it") for l in lines])
print(TEXT.title()[:40], TEXT.upper().count("WAS"), TEXT.replace("it was", "IT WAS", 2)[:45])
print(" | ".join(f"{w[:4]:>4}" for w, _ in ranked[:8]))
caps = [w for w in TEXT.split() if w[:1].isupper()]
print(caps, "".join(w[0] for w in caps))
vowels = sum(TEXT.lower().count(v) for v in "aeiou")
print(vowels, f"{vowels / len(TEXT):.3%}", f"{len(TEXT):,} chars", f"{len(set(TEXT.lower())) - 1} distinct")
