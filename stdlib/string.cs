"""Character classes as strings, capwords(), and $-substitution templates.

Template does $-substitution: "$name" and "${name}" are replaced by values
from a mapping, "$$" is a literal "$". A subclass may set another
delimiter; identifiers are ASCII letters, digits and underscores that do
not start with a digit (the idpattern and pattern attributes of CPython,
regular expressions, are not supported).
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s into words with s.split(sep), capitalize each word and join
    them with sep (a single space when sep is None)."""
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))


_ID_START = frozenset(ascii_letters + '_')
_ID_CHARS = frozenset(ascii_letters + digits + '_')

_missing = object()


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _scan(self):
        # Yields (kind, start, end, name) for each placeholder, where kind is
        # 'escaped', 'named', 'braced' or 'invalid'; start..end is the text
        # the placeholder spans and name its identifier (or None).
        text = self.template
        delim = self.delimiter
        pos = text.find(delim)
        while pos >= 0:
            after = pos + len(delim)
            if text.startswith(delim, after):
                yield 'escaped', pos, after + len(delim), None
                pos = text.find(delim, after + len(delim))
                continue
            end = _identifier_end(text, after)
            if end > after:
                yield 'named', pos, end, text[after:end]
                pos = text.find(delim, end)
                continue
            if text.startswith('{', after):
                end = _identifier_end(text, after + 1)
                if end > after + 1 and text.startswith('}', end):
                    yield 'braced', pos, end + 1, text[after + 1:end]
                    pos = text.find(delim, end + 1)
                    continue
            yield 'invalid', pos, after, None
            pos = text.find(delim, after)

    def _invalid(self, index):
        lines = self.template[:index].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = index - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _substitute(self, mapping, kws, safe):
        if mapping is _missing:
            lookup = kws
        elif kws:
            lookup = _Overlay(kws, mapping)
        else:
            lookup = mapping
        parts = []
        last = 0
        for kind, start, end, name in self._scan():
            parts.append(self.template[last:start])
            last = end
            if kind == 'escaped':
                parts.append(self.delimiter)
            elif kind == 'invalid':
                if not safe:
                    self._invalid(end)
                parts.append(self.template[start:end])
            elif safe:
                try:
                    parts.append(str(lookup[name]))
                except KeyError:
                    parts.append(self.template[start:end])
            else:
                parts.append(str(lookup[name]))
        parts.append(self.template[last:])
        return ''.join(parts)

    def substitute(self, mapping=_missing, /, **kws):
        """Replace every placeholder by its value; a missing key raises
        KeyError and a malformed placeholder ValueError."""
        return self._substitute(mapping, kws, False)

    def safe_substitute(self, mapping=_missing, /, **kws):
        """Like substitute(), but leaves missing and malformed placeholders
        in the result as they were."""
        return self._substitute(mapping, kws, True)

    def is_valid(self):
        """True when the template has no malformed placeholder."""
        for kind, start, end, name in self._scan():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        """The names of the placeholders, in order of first appearance."""
        ids = []
        for kind, start, end, name in self._scan():
            if name is not None and name not in ids:
                ids.append(name)
        return ids


def _identifier_end(text, start):
    # The end of the identifier starting at text[start], or start if none.
    if start >= len(text) or text[start] not in _ID_START:
        return start
    end = start + 1
    while end < len(text) and text[end] in _ID_CHARS:
        end += 1
    return end


class _Overlay:
    # The keyword arguments shadow the mapping, as a ChainMap would.
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        if key in self.first:
            return self.first[key]
        return self.second[key]
