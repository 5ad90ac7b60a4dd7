# textwrap: wrap, fill, shorten, dedent, indent and the TextWrapper options.
import textwrap
from textwrap import TextWrapper, wrap, fill, shorten, dedent, indent

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen "
        "liquor jugs. How vexingly quick daft zebras jump!")
for width in (10, 20, 33, 70, 200):
    print(width, wrap(text, width))
print(fill(text, 30))
print(fill(text, 25, initial_indent="* ", subsequent_indent="  "))
print(wrap("", 10), wrap("   ", 10), wrap("a", 1), fill("one two", 3))
print(wrap("Time-based well-known self-evident x-ray e-mail A-B-C-D", 12))
print(wrap("Time-based well-known self-evident x-ray e-mail", 12, break_on_hyphens=False))
print(wrap("Look, goof-ball -- use the -b option!", 8))
print(TextWrapper()._split("Look, goof-ball -- use the -b option!"))
print(TextWrapper(break_on_hyphens=False)._split("Look, goof-ball -- use the -b option!"))
print(TextWrapper()._split("hello---world don't-stop a--b --x -- 1-2-3 ab-cd-ef-gh re-re-re"))
print(wrap("supercalifragilisticexpialidocious is long", 10))
print(wrap("supercalifragilisticexpialidocious is long", 10, break_long_words=False))
print(wrap("a-very-long-hyphenated-compound-word here", 10))
print(wrap("----------- dashes", 5))
print(wrap("tabs\there\tand\tthere", 12), wrap("tabs\there", 30, expand_tabs=False), wrap("a\tb", 20, tabsize=4))
print(wrap("line one\nline two\n\nthree", 40), wrap("keep\nnewlines", 40, replace_whitespace=False))
print(wrap("   leading and trailing   ", 10), wrap("   leading and trailing   ", 10, drop_whitespace=False))
print(wrap("Hello there. How are you? Fine! \"Quoted.\" End.", 80, fix_sentence_endings=True))
print(wrap("Mr. Smith went. to Washington. yes", 80, fix_sentence_endings=True))
print(wrap(text, 20, max_lines=2), wrap(text, 20, max_lines=3, placeholder="..."))
print(wrap("short text", 20, max_lines=1), wrap("a b c d e f g h", 5, max_lines=2, placeholder=" ~"))
print(wrap("word " * 10, 12, max_lines=2, initial_indent="> ", subsequent_indent=">> "))
print(shorten("Hello  world!", width=12), shorten("Hello  world!", width=11), shorten("Hello world", 11))
print(shorten("The quick brown fox jumps over the lazy dog", 20), shorten("  lots   of    spaces  ", 100))
print(shorten("The quick brown fox", 15, placeholder="..."))
for bad in [lambda: wrap("x", 0), lambda: wrap("x y", 5, max_lines=1, placeholder=" [........]"),
            lambda: shorten("hello world", 3)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)

w = TextWrapper(width=15, initial_indent="- ", subsequent_indent="  ")
print(w.wrap("alpha beta gamma delta epsilon zeta eta theta"))
w.width = 25
print(w.fill("alpha beta gamma delta epsilon zeta eta theta"))
print(w.width, w.expand_tabs, w.replace_whitespace, w.fix_sentence_endings, w.break_long_words,
      w.drop_whitespace, w.break_on_hyphens, w.tabsize, w.max_lines, repr(w.placeholder))

print(repr(dedent("""\
    def f():
        return 1
    """)))
print(repr(dedent("  a\n    b\n\n  c\n")), repr(dedent("\ta\n\t\tb")), repr(dedent("  a\n\tb")))
print(repr(dedent("   \n  x\n   \n")), repr(dedent("no indent\n  here")), repr(dedent("")))
print(repr(dedent("  hello\r\n  world\r\n")), repr(dedent("    a\n  b\n      c")), repr(dedent(" \t x\n \t\ty")))
print(repr(indent("a\nb\n\nc", "> ")), repr(indent("a\n  \nb\r\nc", "+")))
print(repr(indent("a\nb", "# ", lambda line: line.startswith("b"))), repr(indent("", "x")))
print(repr(indent("one\ntwo\n", "    ", predicate=lambda line: True)))

# Many paragraphs and widths, compared line by line.
seed = 12345
def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
vocab = ["a", "an", "the", "well-known", "self-aware", "x", "--", "e-mail", "word.", "End!",
         "supercalifragilistic", "re-entry", "co-op", "tab\t", "it's", "(paren)", "3-4", "A-B"]
checks = []
for trial in range(60):
    words = [vocab[rand(len(vocab))] for _ in range(rand(30) + 1)]
    para = " ".join(words)
    width = rand(25) + 1
    opts = {}
    if rand(3) == 0:
        opts["break_long_words"] = False
    if rand(3) == 0:
        opts["break_on_hyphens"] = False
    if rand(4) == 0:
        opts["max_lines"] = rand(3) + 1
        opts["placeholder"] = "~"
    try:
        lines = wrap(para, width, **opts)
        checks.append(len(lines))
        print(trial, width, lines)
    except ValueError as e:
        print(trial, "ValueError", e)
print(sum(checks))
