"""Per-doc token arrays and an array-based token matcher.

Iterating a Doc creates a Python `Token` per token, and spaCy's `Matcher` does so twice
per token per call; both dominate extraction time on abstracts. Here every lexeme is
described once (`LexInfo`, cached per vocab) and a doc becomes plain lists read once
with `Doc.to_array` (`DocInfo`, cached in `doc.user_data`). Components use these lists
instead of `doc[i]`.

`ArrayMatcher` accepts spaCy `Matcher` patterns (the lexical subset kg uses) and returns
what spaCy's `Matcher` returns, in the same order: each pattern becomes a regular
expression over one byte per token, the byte telling which of the pattern's token specs
the token's lexeme satisfies, so the scan runs in C.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import partial
from operator import attrgetter, eq, not_

import numpy as np
from spacy.attrs import IDS, IDX, ORTH, SENT_START, SPACY
from spacy.pipeline.sentencizer import Sentencizer
from spacy.tokens import Doc

from kg.extract.names import looks_named, named_pattern

DOC_INFO = "kg_info"
_NAMED = attrgetter("named")
PUNCT_CHARS = frozenset(Sentencizer.default_punct_chars)
_FINAL_MARKS = frozenset(".!?")
# The lexeme attributes kg reads: LexInfo's, the gazetteer's LOWER phrases and the matchers'
# patterns (which may test no other lexeme attribute; see `_attr_getter`)
LEXEME_ATTRS = ("LOWER", "IS_ALPHA", "IS_LOWER", "IS_TITLE", "IS_PUNCT", "LIKE_URL", "IS_STOP")


def lean_vocab(vocab) -> None:
    """Stop `vocab` computing, for each new word, the lexeme attributes kg never reads: a
    blank English vocab computes sixteen more (shape, prefix, suffix, norm, like_num …),
    about a fifth of tokenizing real text, where new words keep coming. Flags added with
    `Vocab.add_flag` are kept."""
    keep = {IDS[name] for name in LEXEME_ATTRS}
    spacy_attrs = {IDS[name] for name in IDS if name.startswith(("IS_", "LIKE_")) or name in (
        "NORM", "SHAPE", "PREFIX", "SUFFIX", "LANG", "LOWER", "CLUSTER", "PROB", "SENTIMENT")}
    for attr in [a for a in vocab.lex_attr_getters if a in spacy_attrs and a not in keep]:
        del vocab.lex_attr_getters[attr]


class LexInfo:
    """What the rules ask of one lexeme, computed once per vocab entry."""

    __slots__ = ("index", "orth", "text", "lower", "is_punct", "is_alpha", "is_lower", "is_title",
                 "like_url", "named", "ends_sentence", "lexeme")

    def __init__(self, index: int, lexeme):
        self.index = index
        self.lexeme = lexeme
        self.orth = lexeme.orth
        self.text = lexeme.orth_
        self.lower = lexeme.lower_
        self.is_punct = lexeme.is_punct
        self.is_alpha = lexeme.is_alpha
        self.is_lower = lexeme.is_lower
        self.is_title = lexeme.is_title
        self.like_url = lexeme.like_url
        self.named = looks_named(self.text)
        # "..", "?!" end a sentence too (an ellipsis "..." may stand inside one)
        self.ends_sentence = self.text in PUNCT_CHARS or (len(self.text) == 2 and set(self.text) <= _FINAL_MARKS)


class LexemeColumn:
    """One value per lexeme of `table` (a Lexicon), `get(LexInfo)`, computed once per lexeme
    and kept in a numpy array, so a batch of tokens is read with one numpy gather instead
    of a Python loop over them. `many(LexInfos)`, when given, computes the values of a run
    of new lexemes at once (an iterable, in order) instead of calling `get` on each."""

    def __init__(self, table: Lexicon, get=None, dtype=object, many=None):
        self.lexicon = table
        self.many = many or partial(map, get)
        self.values = np.empty(0, dtype=dtype)
        self.filled = 0

    def of(self, ids: np.ndarray) -> np.ndarray:
        """The value for each lexeme index in `ids`."""
        items = self.lexicon.items
        if self.filled < len(items):
            if len(self.values) < len(items):  # grown by doubling: new words come all the time
                grown = np.empty(max(2 * len(self.values), len(items), 1024), dtype=self.values.dtype)
                grown[:self.filled] = self.values[:self.filled]
                self.values = grown
            self.values[self.filled:len(items)] = list(self.many(items[self.filled:]))
            self.filled = len(items)
        return self.values[ids]


class LexemeMask(LexemeColumn):
    """Which tokens have a lexeme passing `test` (LexInfo -> bool; or `many`, as for
    LexemeColumn)."""

    def __init__(self, table: Lexicon, test=None, many=None):
        super().__init__(table, test, bool, many)

    def positions(self, info: DocInfo) -> list[int]:
        """The doc's token positions whose lexeme passes the test."""
        return np.flatnonzero(self.of(info.ids)).tolist()


class Lexicon:
    """LexInfo per orth id of one vocab; `items[i].index == i`.

    Orth ids map to indexes through an open-addressing hash table held in two numpy
    arrays, so a whole batch of tokens is looked up with a few numpy calls: the first
    probe finds almost every token, and only the rest probe on. (A binary search over
    sorted ids costs a cache miss per step; it took three times as long.)"""

    def __init__(self, vocab):
        self.vocab = vocab
        self.items: list[LexInfo] = []
        self._resize(1 << 16)
        self.info = LexemeColumn(self, lambda item: item)
        self.lower = LexemeColumn(self, attrgetter("lower"))
        # content words (no stop words: "a", "of", "for"), and those of them capitalised
        self.content = LexemeMask(self, lambda item: item.is_alpha and not item.lexeme.is_stop)
        self.content_title = LexemeMask(self, lambda item: item.is_title and item.is_alpha and not item.lexeme.is_stop)
        self.ends_sentence = LexemeMask(self, attrgetter("ends_sentence"))
        self.named = LexemeMask(self, many=partial(map, _NAMED))

    def _resize(self, size: int) -> None:
        self.mask = np.uint64(size - 1)
        self.slot_orths = np.zeros(size, dtype=np.uint64)
        self.slot_items = np.full(size, -1, dtype=np.intp)  # -1: an empty slot
        for item in self.items:
            self._insert(item.orth, item.index)

    def _insert(self, orth: int, index: int) -> None:
        slot = orth & int(self.mask)
        while self.slot_items[slot] >= 0:
            slot = (slot + 1) & int(self.mask)
        self.slot_orths[slot] = orth
        self.slot_items[slot] = index

    def indices(self, orths: np.ndarray) -> np.ndarray:
        """Index of each orth id's LexInfo (uint64 array in, intp array out), adding the
        lexemes not seen before."""
        out = np.empty(len(orths), dtype=np.intp)
        todo = np.arange(len(orths))
        slots = (orths & self.mask).astype(np.intp)
        new = []
        while len(todo):
            at = slots[todo]
            items = self.slot_items[at]
            hit = (self.slot_orths[at] == orths[todo]) & (items >= 0)
            out[todo[hit]] = items[hit]
            empty = items < 0
            new.append(todo[empty])
            todo = todo[~(hit | empty)]
            slots[todo] = (slots[todo] + 1) & int(self.mask)
        missing = np.concatenate(new) if new else todo
        if len(missing):
            for orth in np.unique(orths[missing]).tolist():
                index = len(self.items)
                self.items.append(LexInfo(index, self.vocab[orth]))
                self._insert(orth, index)
            if 4 * len(self.items) > len(self.slot_items):  # keeps probe runs short
                self._resize(4 * len(self.slot_items))
            out[missing] = self.indices(orths[missing])
        return out

    def infos(self, ids: np.ndarray) -> list[LexInfo]:
        """The LexInfo of each index in `ids`."""
        return self.info.of(ids).tolist()


_LEXICONS: dict[int, tuple[object, Lexicon]] = {}


def per_vocab(cache: dict, vocab, make):
    """One `make(vocab)` per vocab, kept in `cache`; a recycled id of a dead vocab is not trusted."""
    entry = cache.get(id(vocab))
    if entry is None or entry[0] is not vocab:
        entry = (vocab, make(vocab))
        cache[id(vocab)] = entry
    return entry[1]


def lexicon(vocab) -> Lexicon:
    return per_vocab(_LEXICONS, vocab, Lexicon)


class DocInfo:
    """A doc as plain lists: lexemes, trailing spaces, char offsets, sentences."""

    __slots__ = ("n", "lex", "space", "idx", "ids", "title_case", "sent_starts", "sent_of", "_text")

    def __init__(self, doc: Doc, has_sentences: bool | None = None, columns: Columns | None = None):
        """`has_sentences`: whether the doc carries sentence starts already (a parser's),
        when the caller knows; otherwise the doc is asked. `columns`: the doc's columns,
        when `doc_infos` read a batch. Title case: more than half the doc's content words
        (not stop words) are capitalised ("Building a Family of Data Augmentation Models for
        Low-cost LLM Fine-tuning"), so capitals tell no names."""
        self.n = n = len(doc)
        self.lex, self.space, self.idx, self.ids, self.title_case, final = columns or _columns([doc])[0]
        self._text = None
        if has_sentences is None:
            has_sentences = doc.has_annotation("SENT_START")
        if has_sentences:
            flags = doc.to_array(SENT_START).tolist() if n else []
            starts = [i for i, f in enumerate(flags) if f == 1 or i == 0]
        else:
            starts = split_sentences(self.lex, final)
        self.sent_starts = starts
        sent_of = [0] * n
        bounds = starts + [n]
        for a, b in zip(bounds, bounds[1:]):
            sent_of[a:b] = [a] * (b - a)
        self.sent_of = sent_of

    def end_char(self, i: int) -> int:
        """End offset of token i."""
        return self.idx[i] + len(self.lex[i].text)

    def span_text(self, start: int, end: int) -> str:
        if end <= start:
            return ""
        if self._text is not None:
            return self._text[self.idx[start]:self.end_char(end - 1)]
        lex, space = self.lex, self.space
        parts = []
        for i in range(start, end - 1):
            parts.append(lex[i].text)
            if space[i]:
                parts.append(" ")
        parts.append(lex[end - 1].text)
        return "".join(parts)

    def set_text(self, text: str) -> None:
        self._text = text

    def sentences(self) -> list[tuple[int, int]]:
        bounds = self.sent_starts + [self.n]
        return [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]

    def sentence_of_char(self, char: int) -> tuple[int, int]:
        """(start, end) tokens of the sentence holding char offset `char`."""
        if not self.n:
            return 0, 0
        i = max(0, bisect_right(self.idx, char) - 1)
        start = self.sent_of[i]
        k = bisect_right(self.sent_starts, start)
        end = self.sent_starts[k] if k < len(self.sent_starts) else self.n
        return start, end


def split_sentences(lex: list[LexInfo], final: list[int]) -> list[int]:
    """spaCy's Sentencizer rule (default punctuation) over lexeme infos: sentence starts.
    `final`: the positions of sentence-final punctuation, ascending.

    A sentence starts at the first token after sentence-final punctuation that is
    neither punctuation nor sentence-final punctuation itself."""
    if not lex:
        return []
    n = len(lex)
    starts = [0]
    j = 0
    for p in final:
        if p < j:
            continue
        j = p + 1
        while j < n and (lex[j].is_punct or lex[j].ends_sentence):
            j += 1
        if j < n and j != starts[-1]:
            starts.append(j)
    return starts


# a doc's (lexemes, spaces, offsets, lexeme indexes, title case, sentence-final positions)
Columns = tuple[list, list, list, np.ndarray, bool, list]


def _columns(docs: list[Doc]) -> list[Columns]:
    """The columns of each doc, read for the whole batch at once: one lexicon lookup and
    one list conversion per column instead of one per doc."""
    if not docs:
        return []
    table = lexicon(docs[0].vocab)
    arrays = [doc.to_array([ORTH, SPACY, IDX]) if len(doc) else _NO_TOKENS for doc in docs]
    batch = np.concatenate(arrays) if len(arrays) > 1 else arrays[0]
    ids = table.indices(batch[:, 0])
    lex = table.infos(ids)
    space, idx = batch[:, 1].tolist(), batch[:, 2].tolist()
    bounds = np.cumsum([0] + [len(doc) for doc in docs])

    def per_doc(mask: LexemeMask) -> list[int]:
        counts = np.concatenate([[0], np.cumsum(mask.of(ids))])
        return (counts[bounds[1:]] - counts[bounds[:-1]]).tolist()

    # each doc's content words and capitalised ones, for its title-case test
    words, titles = per_doc(table.content), per_doc(table.content_title)
    final = np.flatnonzero(table.ends_sentence.of(ids)).tolist()
    out = []
    a = f = 0
    for k, doc in enumerate(docs):
        b = a + len(doc)
        title_case = words[k] > 0 and titles[k] > 0.5 * words[k]
        g = bisect_left(final, b, f)
        out.append((lex[a:b], space[a:b], idx[a:b], ids[a:b], title_case, [p - a for p in final[f:g]]))
        a, f = b, g
    return out


_NO_TOKENS = np.zeros((0, 3), dtype=np.uint64)


def doc_infos(docs: list[Doc], has_sentences: bool | None = None) -> list[DocInfo]:
    """DocInfo of each doc of a batch (see `_columns`)."""
    return [DocInfo(doc, has_sentences, columns) for doc, columns in zip(docs, _columns(docs))]


def doc_info(doc: Doc) -> DocInfo:
    """The doc's DocInfo, computed on first use."""
    info = doc.user_data.get(DOC_INFO)
    if info is None or info.n != len(doc):
        info = DocInfo(doc)
        doc.user_data[DOC_INFO] = info
    return info


# --- matcher --------------------------------------------------------------------------

_QUANTIFIERS = {"?": (0, 1), "+": (1, None), "*": (0, None), "1": (1, 1)}
_RANGE = re.compile(r"^\{(\d*)(,?)(\d*)\}$")


def _quantifier(op: str | None) -> tuple[int, int | None]:
    if op is None:
        return 1, 1
    if op in _QUANTIFIERS:
        return _QUANTIFIERS[op]
    m = _RANGE.match(op)
    if not m:
        raise ValueError(f"unsupported matcher operator {op!r}")
    lo, comma, hi = m.groups()
    lo = int(lo) if lo else 0
    if not comma:
        return lo, lo
    return lo, int(hi) if hi else None


def _attr_getter(key: str):
    """LexInfo -> the value of matcher attribute `key`, chosen once per token spec. What
    LexInfo holds is read from it; the rest from the spaCy lexeme."""
    if key in ("ORTH", "TEXT"):
        return attrgetter("text")
    if key == "LOWER":
        return attrgetter("lower")
    if key == "LENGTH":
        return lambda info: len(info.text)
    if key.startswith("FLAG"):
        flag = int(key[4:])
        return lambda info: info.lexeme.check_flag(flag)
    name = key.lower()
    if name in LexInfo.__slots__:
        return attrgetter(name)
    if key not in LEXEME_ATTRS:
        raise ValueError(f"unsupported matcher attribute {key!r}: a pattern tests only {', '.join(LEXEME_ATTRS)}"
                         " (the lexeme attributes kg computes), ORTH, TEXT, LENGTH and flags")
    get = attrgetter(name)
    return lambda info: get(info.lexeme)


def _spec_tests(spec: dict) -> list[tuple[str, object]]:
    """One token spec's tests (without its OP): (marker, test) for each attribute
    predicate, where test(LexInfos) gives each one's truth, in order (C-level `map`s: no
    Python call per word for the common attributes). A spec holds when all of its tests
    do. Equal markers are equal tests, whichever spec or matcher they come from."""
    tests = []
    for key, value in spec.items():
        if key == "OP":
            continue
        key = key.upper()
        get = _attr_getter(key)
        if isinstance(value, dict):
            for op, arg in value.items():
                if op == "IN":
                    arg = frozenset(arg)
                    test = lambda infos, get=get, w=arg: map(w.__contains__, map(get, infos))  # noqa: E731
                elif op == "NOT_IN":
                    arg = frozenset(arg)
                    test = lambda infos, get=get, w=arg: map(not_, map(w.__contains__, map(get, infos)))  # noqa: E731
                elif op == "REGEX" and key in ("ORTH", "TEXT") and arg == named_pattern():
                    test = partial(map, _NAMED)  # LexInfo.named already ran this regex (the NAMED flag)
                elif op == "REGEX":
                    test = lambda infos, get=get, rx=re.compile(arg): map(  # noqa: E731
                        bool, map(rx.search, map(str, map(get, infos))))
                else:
                    raise ValueError(f"unsupported matcher predicate {op!r}")
                tests.append((repr((key, op, sorted(arg) if isinstance(arg, frozenset) else arg)), test))
        else:
            test = lambda infos, get=get, v=value: map(partial(eq, v), map(get, infos))  # noqa: E731
            tests.append((repr((key, "==", value)), test))
    return tests


_TEST_MASKS: dict[int, tuple[object, dict[str, LexemeMask]]] = {}


def _test_mask(vocab, marker: str, test) -> LexemeMask:
    """The LexemeMask of a token test, shared by all matchers of the vocab: each test is
    computed once per word, however many specs and matchers use it."""
    masks = per_vocab(_TEST_MASKS, vocab, lambda v: {})
    mask = masks.get(marker)
    if mask is None:
        mask = masks[marker] = LexemeMask(lexicon(vocab), many=test)
    return mask


class _Pattern:
    __slots__ = ("key", "order", "specs", "steps", "regex", "scan", "fixed", "length", "greedy", "required")

    def __init__(self, key: int, order: int, pattern: list[dict], greedy: str | None):
        if greedy not in (None, "LONGEST", "FIRST"):
            raise ValueError(f"unsupported greedy {greedy!r}")
        self.key, self.order, self.greedy = key, order, greedy
        specs: list[str] = []
        self.specs: list[tuple[str, dict]] = []  # (marker, spec) of each bit
        self.steps = []  # (bit, min, max)
        for token in pattern:
            lo, hi = _quantifier(token.get("OP"))
            body = {k: v for k, v in token.items() if k != "OP"}
            marker = repr(sorted(body.items(), key=lambda kv: kv[0]))
            if marker not in specs:
                specs.append(marker)
                self.specs.append((marker, body))
            self.steps.append((specs.index(marker), lo, hi))
        if len(specs) > 7:
            raise ValueError("a pattern may use at most 7 distinct token specs")
        classes = []
        for bit, _, _ in self.steps:
            values = bytes(v for v in range(1 << len(specs)) if v >> bit & 1)
            classes.append(b"[" + b"".join(re.escape(bytes([v])) for v in values) + b"]")
        parts = [_repeat(cls, lo, hi) for cls, (_, lo, hi) in zip(classes, self.steps)]
        # every start of a match, overlapping ones too: the pattern as a lookahead
        self.regex = re.compile(b"(?=" + b"".join(parts) + b")", re.DOTALL)
        # the same starts, found faster: when the first token is required, it is consumed
        # outside the lookahead, so the regex engine skips ahead to bytes of its class
        # instead of trying the whole lookahead at every position
        _, lo, hi = self.steps[0]
        self.scan = self.regex
        if lo >= 1:
            rest = _repeat(classes[0], lo - 1, None if hi is None else hi - 1) + b"".join(parts[1:])
            self.scan = re.compile(classes[0] + (b"(?=" + rest + b")" if rest else b""), re.DOTALL)
        self.fixed = all(lo == hi for _, lo, hi in self.steps)
        self.length = sum(lo for _, lo, _ in self.steps)
        # bits some token of every match must have (its non-optional specs)
        self.required = sum({1 << bit for bit, lo, _ in self.steps if lo >= 1})

    def starts(self, buf: bytes, base: int, n: int) -> list[int]:
        """Every start of a match in buf[base:base + n] (relative to base)."""
        return [m.start() - base for m in self.scan.finditer(buf, base, base + n)]

    def ends(self, buf: bytes, base: int, n: int, start: int) -> list[int]:
        """Every end of a match starting at `start` (buf[base + i] is token i's byte)."""
        return sorted(e for e in self._ends(buf, base, n, start, self.steps) if e > start)

    def all_ends(self, buf: bytes, base: int, n: int, starts: list[int]) -> list[list[int]]:
        """`ends` for each of `starts` (ascending). A pattern opening with "X+" shares the
        work within a run of X: the ends from s are the ends of the rest of the pattern
        from s+1 plus, if token s+1 is an X, the ends from s+1."""
        first_bit, lo, hi = self.steps[0]
        if (lo, hi) != (1, None):
            return [self.ends(buf, base, n, s) for s in starts]
        rest = self.steps[1:]
        cache: dict[int, list[int]] = {}
        out = []
        for s in starts:
            if s not in cache:
                r = s + 1  # tokens s..r-1 are X
                while r < n and buf[base + r] >> first_bit & 1:
                    r += 1
                acc: set[int] = set()
                for p in range(r - 1, s - 1, -1):
                    acc |= self._ends(buf, base, n, p + 1, rest)
                    cache[p] = sorted(acc)
            out.append(cache[s])
        return out

    @staticmethod
    def _ends(buf: bytes, base: int, n: int, start: int, steps) -> set[int]:
        """Positions where `steps` can end when begun at `start`."""
        positions = {start}
        for bit, lo, hi in steps:
            reached = set()
            for pos in positions:
                j, p = 0, pos
                while True:
                    if j >= lo:
                        reached.add(p)
                    if (hi is not None and j >= hi) or p >= n or not (buf[base + p] >> bit & 1):
                        break
                    p += 1
                    j += 1
            positions = reached
            if not positions:
                return positions
        return positions


def _repeat(cls: bytes, lo: int, hi: int | None) -> bytes:
    """Regex for `cls` repeated lo..hi times (hi None: unbounded)."""
    if (lo, hi) == (1, 1):
        return cls
    if (lo, hi) == (0, 0):
        return b""
    return cls + b"{%d,%s}" % (lo, b"" if hi is None else str(hi).encode())


class ArrayMatcher:
    """A drop-in for spaCy's Matcher over lexical token patterns (see the module doc).

    `match_docs` matches a whole batch of docs at once: their token bytes are laid end to
    end with a zero byte after each doc (a byte no token spec accepts, so no match crosses
    a doc boundary), and each pattern is one regex scan over the batch instead of one per
    doc."""

    def __init__(self, vocab):
        self.vocab = vocab
        self.patterns: list[_Pattern] = []
        self.greedy_kind: dict[int, str] = {}
        self.required = np.zeros(0, dtype=np.uint8)
        # each distinct token spec of all patterns, as the masks of its tests; bits[s, j]
        # is the bit spec s sets in pattern j's byte
        self.spec_index: dict[str, int] = {}
        self.spec_masks: list[list[LexemeMask]] = []
        self.bits = np.zeros((0, 0), dtype=np.int32)
        self._reset_table()

    def add(self, key: str, patterns: list[list[dict]], greedy: str | None = None) -> None:
        key_id = self.vocab.strings.add(key)
        for pattern in patterns:
            compiled = _Pattern(key_id, len(self.patterns), pattern, greedy)
            self.patterns.append(compiled)
            for marker, spec in compiled.specs:
                if marker not in self.spec_index:
                    self.spec_index[marker] = len(self.spec_masks)
                    self.spec_masks.append([_test_mask(self.vocab, *test) for test in _spec_tests(spec)])
        if greedy:
            self.greedy_kind[key_id] = greedy
        self.required = np.array([p.required for p in self.patterns], dtype=np.uint8)
        self.bits = np.zeros((len(self.spec_masks), len(self.patterns)), dtype=np.int32)
        for j, p in enumerate(self.patterns):
            for bit, (marker, _) in enumerate(p.specs):
                self.bits[self.spec_index[marker], j] = 1 << bit
        self._reset_table()

    def _reset_table(self) -> None:
        # row i + 1 holds lexeme i's bits; row 0 stays zero and separates docs
        self.table = np.zeros((1024, len(self.patterns)), dtype=np.uint8)
        self.filled = 0

    def _rows(self, size: int) -> np.ndarray:
        """The table, with rows for the first `size` lexemes. It grows by doubling: a corpus
        brings new words (names, numbers) all the time, and copying the whole table for
        each would cost time quadratic in the vocabulary."""
        if self.filled < size:
            if size + 1 > self.table.shape[0]:
                grown = np.zeros((max(2 * self.table.shape[0], size + 1), len(self.patterns)), dtype=np.uint8)
                grown[:self.filled + 1] = self.table[:self.filled + 1]
                self.table = grown
            new = np.arange(self.filled, size)
            truth = np.ones((len(new), len(self.spec_masks)), dtype=np.int32)
            for s, masks in enumerate(self.spec_masks):
                for mask in masks:
                    truth[:, s] &= mask.of(new)
            self.table[self.filled + 1:size + 1] = truth @ self.bits
            self.filled = size
        return self.table

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        return self.match_docs([doc])[0]

    def match_docs(self, docs: list[Doc]) -> list[list[tuple[int, int, int]]]:
        """spaCy Matcher output (key, start, end), in its order, for each doc."""
        out: list[list[tuple[int, int, int]]] = [[] for _ in docs]
        infos = [doc_info(doc) for doc in docs]
        if not self.patterns or not any(info.n for info in infos):
            return out
        bases = []  # where each doc's tokens start in the batch
        parts = []
        position = 0
        for info in infos:
            bases.append(position)
            parts.append(info.ids)
            parts.append(_SEPARATOR)
            position += info.n + 1
        total = position
        ids = np.concatenate(parts) + 1  # lexeme i -> row i + 1; a separator -> row 0
        rows = self._rows(len(lexicon(self.vocab).items))[ids]
        buf = rows.T.tobytes()
        # Most patterns need a word the batch lacks ("dataset", "fine-tuned"): skip them
        # without scanning. A pattern can match only if each of its required specs holds
        # for some token of the batch.
        present = np.bitwise_or.reduce(rows, axis=0)
        possible = np.flatnonzero((present & self.required) == self.required)
        plain: dict[int, list[tuple[int, int, int, int]]] = {}  # doc -> [(end, start, order, key)]
        greedy: dict[int, dict[int, list[tuple[int, int, int]]]] = {}  # doc -> key -> [(start, end, order)]
        patterns = self.patterns
        for order in possible.tolist():
            p = patterns[order]
            base = p.order * total
            starts = p.starts(buf, base, total)
            if not starts:
                continue
            if p.fixed:
                pairs = [(s, s + p.length) for s in starts]
            else:
                pairs = [(s, e) for s, ends in zip(starts, p.all_ends(buf, base, total, starts)) for e in ends]
            for s, e in pairs:
                d = bisect_right(bases, s) - 1
                b = bases[d]
                if p.greedy:
                    greedy.setdefault(d, {}).setdefault(p.key, []).append((s - b, e - b, p.order))
                else:
                    plain.setdefault(d, []).append((e - b, s - b, p.order, p.key))
        for d in plain.keys() | greedy.keys():
            out[d] = self._in_spacy_order(plain.get(d, []), greedy.get(d, {}), infos[d].n)
        return out

    def _in_spacy_order(self, plain: list[tuple[int, int, int, int]],
                        greedy: dict[int, list[tuple[int, int, int]]], n: int) -> list[tuple[int, int, int]]:
        """One doc's matches as spaCy's Matcher orders them: non-greedy ones by end, start
        and pattern; then each greedy key's filtered matches, keys by their first match."""
        plain.sort()
        out = []
        seen = set()
        for end, start, _, key in plain:
            if (key, start, end) not in seen:
                seen.add((key, start, end))
                out.append((key, start, end))
        first_seen = {key: min((end, start, order) for start, end, order in found) for key, found in greedy.items()}
        for key in sorted(greedy, key=lambda k: first_seen[k]):
            pairs = sorted({(start, end) for start, end, _ in greedy[key]})
            if self.greedy_kind[key] == "FIRST":
                pairs.sort(key=lambda x: (x[0], -x[1]))
            else:
                pairs.sort(key=lambda x: (x[1] - x[0], -x[0]), reverse=True)
            taken = bytearray(n)
            for start, end in pairs:
                if not any(taken[start:end]):
                    out.append((key, start, end))
                    taken[start:end] = b"\x01" * (end - start)
        return out


_SEPARATOR = np.full(1, -1, dtype=np.intp)  # the id after each doc of a batch
