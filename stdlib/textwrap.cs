"""Breaking paragraphs into lines, and indenting blocks of text.

wrap(text, width) breaks a paragraph into lines of at most width
characters and returns them as a list; fill() joins them with newlines;
shorten() squeezes text into one line, ending in ' [...]' if it had to cut.
dedent() removes the indentation common to all lines, indent() adds a
prefix to lines. TextWrapper holds the options (see its docstring).

How wrapping works: the text is first cut into chunks, words and runs
of whitespace (_split); with break_on_hyphens a hyphenated word is also
cut after its hyphens ("Time-" "based"). Then lines are filled greedily
with whole chunks (_wrap_chunks); a chunk longer than a whole line is
broken where it must be (_handle_long_word). The rules follow CPython's
textwrap exactly, so that the same text gives the same lines.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '
_WHITESPACE = frozenset(_whitespace)


def _is_word_char(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    # A word character that is not a digit.
    return (c.isalnum() or c == '_') and not c.isdecimal()


def _is_word_punct(c):
    # What may stand before an em-dash ("--") between two words.
    return _is_word_char(c) or c in '!"\'&.,?'


class TextWrapper:
    """Wraps paragraphs into lines of a given width.

    The options, set as keyword arguments or as attributes:
      width (default: 70)
        the maximum length of the wrapped lines.
      initial_indent, subsequent_indent (default: "")
        strings put at the start of the first line and of the others;
        they count in the width.
      expand_tabs (default: true)
        expand tabs (with tabsize, default 8) to spaces first.
      replace_whitespace (default: true)
        turn every other whitespace character into a space first (after
        tab expansion). So newlines do not survive wrapping: wrap
        paragraphs separately.
      drop_whitespace (default: true)
        drop the whitespace at the start and end of each line (not the
        indentation at the start of the text).
      fix_sentence_endings (default: false)
        put two spaces after the end of a sentence ("a lowercase letter,
        then '.', '!' or '?', maybe a quote" is taken as one).
      break_long_words (default: true)
        break words longer than width; if false, they get a line of
        their own, longer than width.
      break_on_hyphens (default: true)
        allow breaking a hyphenated word after its hyphens.
      max_lines (default: None)
        at most this many lines; the last one then ends with placeholder
        (default: ' [...]').
    """

    unicode_whitespace_trans = {ord(c): ord(' ') for c in _whitespace}

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *,
                 max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # Preparing the text.

    def _munge_whitespace(self, text):
        """Expand tabs and turn the other whitespace into spaces, as the
        options say."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Cut text into chunks: runs of whitespace, and words. With
        break_on_hyphens, 'a well-known -- fact' gives 'a', ' ', 'well-',
        'known', ' ', '--', ' ', 'fact'; without, hyphens do not cut words."""
        if self.break_on_hyphens:
            return _split_words_and_hyphens(text)
        return _split_words(text)

    def _fix_sentence_endings(self, chunks):
        """Make the single space after the end of a sentence two spaces."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    # Filling lines.

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Deal with the next chunk (reversed_chunks[-1]) when it is too long
        for a line of its own: put as much of it as fits on the current
        line (after its last fitting hyphen if possible), or, when long
        words are not broken, put it whole on a line of its own."""
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                # Break after a hyphen if one fits, unless the chunk is all
                # hyphens up to there.
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())
        # Otherwise the long word starts the next line.

    def _wrap_chunks(self, chunks):
        """Fill lines greedily with the chunks and return the lines. The
        chunk list is consumed."""
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        lines = []
        # Reversed, so that taking the next chunk is a cheap pop().
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            # Whitespace at the start of a line goes, except on the first.
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                length = len(chunks[-1])
                if cur_len + length > width:
                    break
                cur_line.append(chunks.pop())
                cur_len += length
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            # Whitespace at the end of a line goes too.
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            if (self.max_lines is None or len(lines) + 1 < self.max_lines
                    or (not chunks or self.drop_whitespace and len(chunks) == 1
                        and not chunks[0].strip()) and cur_len <= width):
                lines.append(indent + ''.join(cur_line))
                continue
            # The last line allowed, and text remains: end with the
            # placeholder, dropping chunks until it fits.
            self._add_placeholder(lines, cur_line, cur_len, width, indent)
            break
        return lines

    def _add_placeholder(self, lines, cur_line, cur_len, width, indent):
        while cur_line:
            if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                cur_line.append(self.placeholder)
                lines.append(indent + ''.join(cur_line))
                return
            cur_len -= len(cur_line[-1])
            del cur_line[-1]
        if lines:
            prev_line = lines[-1].rstrip()
            if len(prev_line) + len(self.placeholder) <= self.width:
                lines[-1] = prev_line + self.placeholder
                return
        lines.append(indent + self.placeholder.lstrip())

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    # The public interface.

    def wrap(self, text):
        """Wrap the single paragraph text; return its lines, without final
        newlines (an empty list for text that is all whitespace)."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Wrap the single paragraph text and return it as one string."""
        return "\n".join(self.wrap(text))


def _ends_sentence(chunk):
    # A lowercase ASCII letter, then '.', '!' or '?', maybe then a quote.
    if chunk and chunk[-1] in '"\'':
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in '.!?' and 'a' <= chunk[-2] <= 'z'


def _split_words(text):
    # Alternating runs of whitespace and of other characters.
    chunks = []
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or (text[i] in _WHITESPACE) != (text[start] in _WHITESPACE):
            chunks.append(text[start:i])
            start = i
    return chunks


def _split_words_and_hyphens(text):
    # Like _split_words, but a word may also end:
    #  - after a hyphen between letters, when letters follow ("Time-based"
    #    gives "Time-", "based"; the hyphen must follow two letters, or a
    #    letter-hyphen-letter, so "x-ray" and "-option" are not cut);
    #  - before an em-dash ("--") followed by a word character, and such a
    #    dash run after a word is a chunk of its own.
    chunks = []
    n = len(text)
    pos = 0
    while pos < n:
        if text[pos] in _WHITESPACE:
            end = pos + 1
            while end < n and text[end] in _WHITESPACE:
                end += 1
        elif pos > 0 and _is_word_punct(text[pos - 1]) and _em_dash_at(text, pos):
            end = pos + 2
            while text[end] == '-':
                end += 1
        else:
            end = _word_end(text, pos)
        chunks.append(text[pos:end])
        pos = end
    return chunks


def _em_dash_at(text, pos):
    # Two or more hyphens at pos, followed by a word character.
    end = pos
    while end < len(text) and text[end] == '-':
        end += 1
    return end - pos >= 2 and end < len(text) and _is_word_char(text[end])


def _word_end(text, start):
    # The end of the word chunk starting at text[start]: the shortest run
    # of non-whitespace after which the word may end.
    n = len(text)
    end = start + 1
    while True:
        if end == n or text[end] in _WHITESPACE:
            return end
        if text[end] == '-' and _hyphen_breaks(text, end):
            return end + 1
        if _is_word_punct(text[end - 1]) and _em_dash_at(text, end):
            return end
        end += 1


def _hyphen_breaks(text, i):
    # Whether a word may be cut after the hyphen text[i].
    def letter(j):
        return 0 <= j < len(text) and _is_letter(text[j])
    after_letters = (letter(i - 2) and letter(i - 1)) or (
        letter(i - 3) and text[i - 2] == '-' and letter(i - 1))
    if not after_letters:
        return False
    return letter(i + 1) and (letter(i + 2) or (
        i + 2 < len(text) and text[i + 2] == '-' and letter(i + 3)))


# Convenience interface.

def wrap(text, width=70, **kwargs):
    """The lines (at most width characters long) of the paragraph text.

    The keyword arguments are TextWrapper's options.
    """
    w = TextWrapper(width=width, **kwargs)
    return w.wrap(text)


def fill(text, width=70, **kwargs):
    """The paragraph text wrapped into lines (see wrap), joined with newlines."""
    w = TextWrapper(width=width, **kwargs)
    return w.fill(text)


def shorten(text, width, **kwargs):
    """text on one line of at most width characters.

    The whitespace is collapsed to single spaces; if the result is still
    too long, words are dropped from the end to make room for the
    placeholder:

        >>> textwrap.shorten("Hello  world!", width=12)
        'Hello world!'
        >>> textwrap.shorten("Hello  world!", width=11)
        'Hello [...]'
    """
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


# Indentation.

def dedent(text):
    """text without the indentation all its lines share.

    Tabs and spaces are both whitespace but are not equal: "  hello" and
    "\\thello" have nothing in common. Lines of whitespace only are made
    empty and do not count.
    """
    lines = text.split('\n')
    margin = None
    for i, line in enumerate(lines):
        stripped = line.lstrip(' \t')
        if not stripped:
            # Whitespace only: emptied, and no say in the margin.
            lines[i] = ''
            continue
        indent = line[:len(line) - len(stripped)]
        if margin is None or indent.startswith(margin):
            margin = indent if margin is None else margin
        elif margin.startswith(indent):
            margin = indent
        else:
            common = 0
            for a, b in zip(margin, indent):
                if a != b:
                    break
                common += 1
            margin = margin[:common]
    if margin:
        lines = [line[len(margin):] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """text with prefix put at the start of lines.

    By default, the prefix goes on every line that is not whitespace
    only; predicate(line), when given, chooses the lines instead. Line
    endings are kept.
    """
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
