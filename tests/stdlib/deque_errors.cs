# collections.deque: every error message, as CPython 3.11 words it.
from _collections import deque


def attempt(label, f):
    try:
        print(label, 'ok', f())
    except Exception as e:
        print(label, type(e).__name__ + ':', e)


class Index:
    def __index__(self):
        return 2


# The constructor and maxlen.
attempt('args', lambda: deque(1, 2, 3))
attempt('kw', lambda: deque(foo=1))
attempt('twice', lambda: deque([1], iterable=[1]))
attempt('negative', lambda: deque([], maxlen=-1))
attempt('float', lambda: deque([], maxlen=1.5))
attempt('str', lambda: deque([], 'a'))
attempt('index', lambda: deque([], Index()))
attempt('bool', lambda: deque([1, 2], maxlen=True))
attempt('huge', lambda: deque([], 2 ** 70))
attempt('not iterable', lambda: deque(5))
attempt('not iterable 0', lambda: deque(5, 0))
attempt('maxlen write', lambda: setattr(deque(), 'maxlen', 3))
attempt('other attr', lambda: setattr(deque(), 'foo', 3))

# Popping from an empty deque.
attempt('pop', lambda: deque().pop())
attempt('popleft', lambda: deque().popleft())

# Arity and keywords.
attempt('pop(1)', lambda: deque().pop(1))
attempt('append()', lambda: deque().append())
attempt('append(1, 2)', lambda: deque().append(1, 2))
attempt('append(x=1)', lambda: deque().append(x=1))
attempt('appendleft()', lambda: deque().appendleft())
attempt('extend()', lambda: deque().extend())
attempt('count()', lambda: deque().count())
attempt('remove()', lambda: deque().remove())
attempt('clear(1)', lambda: deque().clear(1))
attempt('copy(1)', lambda: deque().copy(1))
attempt('reverse(1)', lambda: deque().reverse(1))
attempt('index()', lambda: deque().index())
attempt('index(1, 0, 1, 2)', lambda: deque([1]).index(1, 0, 1, 2))
attempt('index(stop=1)', lambda: deque([1]).index(1, stop=1))
attempt('insert(1)', lambda: deque().insert(1))
attempt('insert(i=1)', lambda: deque().insert(1, i=2))
attempt('rotate(1, 2)', lambda: deque().rotate(1, 2))
attempt('rotate(n=1)', lambda: deque().rotate(n=1))

# Bad argument values.
attempt('extend int', lambda: deque().extend(1))
attempt('extendleft int', lambda: deque().extendleft(1))
attempt('index missing', lambda: deque([1, 2]).index(3))
attempt('index range', lambda: deque([1, 2, 3]).index(3, 0, 2))
attempt('index str', lambda: deque([1]).index(1, 'a'))
attempt('index None', lambda: deque([1]).index(1, None))
attempt('index Index', lambda: deque([1, 2, 3]).index(3, Index()))
attempt('index huge', lambda: deque([1, 2, 3]).index(3, -2 ** 80, 2 ** 80))
attempt('remove missing', lambda: deque([1]).remove(2))
attempt('remove repr', lambda: deque(['a']).remove('b'))
attempt('insert str', lambda: deque([1]).insert('a', 1))
attempt('insert huge', lambda: deque([1]).insert(2 ** 70, 1))
attempt('insert full', lambda: deque([1], maxlen=1).insert(0, 1))
attempt('insert maxlen 0', lambda: deque(maxlen=0).insert(0, 1))
attempt('rotate str', lambda: deque([1]).rotate('a'))
attempt('rotate float', lambda: deque([1]).rotate(1.0))
attempt('rotate huge', lambda: deque([1]).rotate(2 ** 70))
attempt('rotate Index', lambda: deque([1, 2, 3]).rotate(Index()))


# Indexing.
def setitem(d, k, v):
    d[k] = v


def delitem(d, k):
    del d[k]


attempt('get slice', lambda: deque([1])[0:1])
attempt('get range', lambda: deque([1])[5])
attempt('get -range', lambda: deque([1])[-2])
attempt('get empty', lambda: deque()[0])
attempt('get str', lambda: deque([1])['a'])
attempt('get float', lambda: deque([1])[1.0])
attempt('get None', lambda: deque([1])[None])
attempt('get huge', lambda: deque([1])[2 ** 70])
attempt('get Index', lambda: deque([1, 2, 3])[Index()])
attempt('set slice', lambda: setitem(deque([1]), slice(0, 1), 5))
attempt('set range', lambda: setitem(deque([1]), 1, 5))
attempt('set str', lambda: setitem(deque([1]), 'a', 5))
attempt('del slice', lambda: delitem(deque([1]), slice(0, 1)))
attempt('del range', lambda: delitem(deque([1]), -2))
attempt('del str', lambda: delitem(deque([1]), 'a'))

# Operators.
attempt('+ list', lambda: deque([1]) + [1])
attempt('list +', lambda: [1] + deque([1]))
attempt('+ int', lambda: deque([1]) + 1)
attempt('int +', lambda: 1 + deque([1]))
attempt('* str', lambda: deque([1]) * 'a')
attempt('* float', lambda: deque([1]) * 2.0)
attempt('* huge', lambda: deque([1]) * 2 ** 70)
attempt('* too much', lambda: deque([1, 2]) * 2 ** 62)
attempt('< list', lambda: deque([1]) < [1])
attempt('>= tuple', lambda: deque([1]) >= (1,))
attempt('< mixed', lambda: deque([1, 'a']) < deque([1, 2]))
attempt('hash', lambda: hash(deque()))
attempt('hash attr', lambda: deque.__hash__)
attempt('dict key', lambda: {deque(): 1})


def iadd_int():
    d = deque([1])
    d += 5


def imul_str():
    d = deque([1])
    d *= 'x'


attempt('+= int', iadd_int)
attempt('*= str', imul_str)

# Descriptors applied to the wrong object.
attempt('unbound append', lambda: deque.append(5, 1))
attempt('unbound len', lambda: deque.__len__(5))
attempt('new int', lambda: deque.__new__(int))
attempt('iter next', lambda: next(iter(deque())))
attempt('reversed next', lambda: next(reversed(deque())))
