"""Generic JSON: JSON lines, JSON arrays, wrapper objects ({"results": [...]}, {"data": [...]}),
and pretty-printed or concatenated JSON documents.

`iter_records` is the reader every JSON-based format shares (arXiv, OpenAlex, Semantic
Scholar, Hugging Face): it streams. JSON lines are parsed line by line; a top-level array is
split into its elements by a small incremental scanner (string- and bracket-aware, regex
driven) and each element is decoded on its own, so a malformed element is one reject and
the rest of the array still loads. A wrapper object or a pretty-printed document is held in
memory one top-level value at a time (an API page, not a corpus).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Iterable, Iterator

from kg.models import Paper
from kg.rejects import RejectSink

from loaders.common import LATIN1_NOTE, Line, generic_paper, iter_lines, safe_records, text_of

NAME = "jsonl"
EXTENSIONS = ("jsonl", "ndjson", "json", "jsonlines")
WRAPPER_KEYS = ("results", "data", "papers", "items", "records", "works", "hits")
RECORD_HINTS = ("title", "display_name", "paperId", "paper", "abstract", "summary")
MAX_VALUE_CHARS = 64 * 1024 * 1024  # one JSON value larger than this is rejected


class Record:
    """One JSON value read from a file: where it was, the value, its raw text (lazily)."""

    __slots__ = ("line", "value", "_raw", "notes")

    def __init__(self, line: int | None, value: Any, raw: str | None, notes: tuple[str, ...] = ()):
        self.line = line
        self.value = value
        self._raw = raw
        self.notes = notes

    @property
    def raw(self) -> str:
        if self._raw is None:
            self._raw = text_of(self.value)[:4000]
        return self._raw


def json_layout(head: str) -> str:
    """'array', 'lines', 'document' or 'none' for the first bytes of a JSON file."""
    text = head.lstrip("\ufeff \t\r\n")
    if not text:
        return "none"
    if text[0] == "[":
        return "array"
    if text[0] != "{":
        return "none"
    lines = [l.strip() for l in text.splitlines() if l.strip()][:2]
    first = lines[0]
    if first == "{":
        return "document"
    if _parses(first):
        return "lines"
    if len(lines) > 1 and not first.endswith("}") and not lines[1].startswith("{") \
            and not _parses(lines[1]):
        return "document"
    return "lines"


def _parses(text: str) -> bool:
    try:
        json.loads(text)
        return True
    except (ValueError, RecursionError):
        return False


# --------------------------------------------------------------------------- the scanner

_STRUCT = re.compile(r'[\[\]{}"]')
_IN_STRING = re.compile(r'["\\]')
_SCALAR = re.compile(r"[^,\]\}\s]+")
_NONWS = re.compile(r"\S")


class _Splitter:
    """Splits a stream of lines into the raw text of top-level JSON values.

    `array=True`: the stream is one JSON array; yields its elements. Otherwise the stream
    is a sequence of JSON values (pretty-printed or concatenated documents).
    Yields ("value", raw, fallback) or ("error", reason, raw).
    """

    def __init__(self, lines: Iterable[Line], array: bool):
        self.lines = iter(lines)
        self.array = array
        self.buf = ""
        self.pos = 0
        self.eof = False
        self.fallback = False

    def _more(self) -> bool:
        """Append more text: at least as much as is buffered (amortised linear growth)."""
        if self.eof:
            return False
        want = max(65_536, len(self.buf))
        parts: list[str] = []
        got = 0
        for line in self.lines:
            parts.append(line.text + "\n")
            got += len(line.text) + 1
            self.fallback |= line.fallback
            if got >= want:
                break
        else:
            self.eof = True
        if not parts:
            return False
        self.buf += "".join(parts)
        return True

    def _next_char(self) -> str | None:
        while True:
            m = _NONWS.search(self.buf, self.pos)
            if m:
                self.pos = m.start()
                return m.group()
            self.buf, self.pos = "", 0
            if not self._more():
                return None

    def _scan(self, start: int) -> tuple[int, str | None]:
        """End index of the value starting at `start`, or (index, error reason)."""
        c = self.buf[start]
        if c not in "{[\"":
            while True:
                m = _SCALAR.match(self.buf, start)
                end = m.end() if m else start + 1
                if end < len(self.buf) or not self._more():
                    return end, None
        depth = 0
        i = start
        in_string = False
        while True:
            if len(self.buf) - start > MAX_VALUE_CHARS:
                return len(self.buf), "JSON value too large or unterminated"
            if in_string:
                m = _IN_STRING.search(self.buf, i)
                if m is None or (m.group() == "\\" and m.end() >= len(self.buf)):
                    if not self._more():
                        return len(self.buf), "truncated JSON (unterminated string)"
                    continue
                if m.group() == "\\":
                    i = m.end() + 1
                    continue
                i = m.end()
                in_string = False
                if depth == 0:
                    return i, None
                continue
            m = _STRUCT.search(self.buf, i)
            if m is None:
                if not self._more():
                    return len(self.buf), "truncated JSON (unclosed brackets)"
                continue
            ch = m.group()
            i = m.end()
            if ch == '"':
                in_string = True
            elif ch in "{[":
                depth += 1
            else:
                depth -= 1
                if depth <= 0:
                    return i, None

    def __iter__(self) -> Iterator[tuple[str, str, bool]]:
        if self.array:
            c = self._next_char()
            if c != "[":
                yield "error", "not a JSON array", self.buf[:200]
                return
            self.pos += 1
        while True:
            c = self._next_char()
            if c is None:
                if self.array:
                    yield "error", "truncated JSON array (no closing ])", ""
                return
            if self.array and c == ",":
                self.pos += 1
                continue
            if self.array and c == "]":
                self.pos += 1
                rest = self._next_char()
                if rest is not None:
                    yield "error", "data after the end of the JSON array", self.buf[self.pos:self.pos + 2000]
                return
            start = self.pos
            end, error = self._scan(start)
            raw = self.buf[start:end]
            fallback = self.fallback
            self.fallback = False
            self.buf, self.pos = self.buf[end:], 0
            if error:
                yield "error", error, raw[:4000]
                if error.startswith(("JSON value too large", "truncated")):
                    return  # the rest of the file is inside the broken value
                continue
            yield "value", raw, fallback


# --------------------------------------------------------------------------- records


def _looks_like_record(value: dict) -> bool:
    return any(k in value for k in RECORD_HINTS)


def _expand(value: Any, line: int | None, raw: str | None, notes: tuple[str, ...],
            wrapper_keys: tuple[str, ...]) -> Iterator[Record]:
    """A wrapper object or an array becomes its elements (numbered from 1)."""
    items = None
    if isinstance(value, dict) and not _looks_like_record(value):
        for key in wrapper_keys:
            if isinstance(value.get(key), list):
                items = value[key]
                break
    elif isinstance(value, list):
        items = value
    if items is None:
        yield Record(line, value, raw, notes)
        return
    for index, item in enumerate(items, 1):
        yield Record(index, item, None, notes)


def _decode(raw: str) -> tuple[Any, str | None]:
    try:
        return json.loads(raw), None
    except RecursionError:
        return None, "JSON nested too deeply"
    except ValueError as exc:
        msg = getattr(exc, "msg", str(exc))
        col = getattr(exc, "colno", None)
        return None, f"malformed JSON: {msg}" + (f" (column {col})" if col else "")


def iter_records(path: str | Path, rejects: RejectSink,
                 wrapper_keys: tuple[str, ...] = WRAPPER_KEYS) -> Iterator[Record]:
    """Every JSON value of a file as a Record; unparseable ones go to `rejects`.

    JSON lines: `line` is the line number. Arrays and wrapper objects: `line` is the
    1-based record index.
    """
    source = str(path)
    lines = iter_lines(path, rejects)
    head: list[Line] = []
    for line in lines:
        head.append(line)
        if sum(1 for l in head if l.text.strip()) >= 2:
            break
    layout = json_layout("\n".join(l.text for l in head))

    def all_lines() -> Iterator[Line]:
        yield from head
        yield from lines

    if layout in ("array", "document"):
        index = 0
        for kind, text, extra in _Splitter(all_lines(), array=layout == "array"):
            index += 1
            if kind == "error":
                rejects.add(source, index, text, extra)
                continue
            fallback = extra
            value, error = _decode(text)
            if error:
                rejects.add(source, index, error, text)
                continue
            notes = (LATIN1_NOTE,) if fallback else ()
            if layout == "array":
                yield Record(index, value, text, notes)
            else:
                yield from _expand(value, index, text, notes, wrapper_keys)
        return

    for line in all_lines():
        if not line.text.strip():
            continue
        value, error = _decode(line.text)
        if error:
            rejects.add(source, line.number, error, line.text)
            continue
        notes = (LATIN1_NOTE,) if line.fallback else ()
        yield from _expand(value, line.number, line.text, notes, wrapper_keys)


def objects(path: str | Path, rejects: RejectSink,
            wrapper_keys: tuple[str, ...] = WRAPPER_KEYS) -> Iterator[Record]:
    """Like `iter_records`, with values that are not JSON objects rejected."""
    for rec in iter_records(path, rejects, wrapper_keys):
        if isinstance(rec.value, dict):
            yield rec
        else:
            kind = "null" if rec.value is None else type(rec.value).__name__
            rejects.add(str(path), rec.line, f"not a JSON object ({kind})", rec.raw)


# --------------------------------------------------------------------------- the format


def sniff(path: str | Path, head: str) -> float:
    """Any JSON object or array: the generic fallback of the JSON family."""
    layout = json_layout(head)
    if layout == "none":
        return 0.0
    return 0.5 if re.search(r'"(title|paper_title)"\s*:', head, re.IGNORECASE) else 0.3


def read(path: str | Path, rejects: RejectSink, field_map: dict[str, str] | None = None
         ) -> Iterator[Paper]:
    """Papers from generic JSON records with `id`, `title`, `abstract` (and optional
    `date`, `authors`, `url`, `doi`); `field_map` renames fields."""
    return safe_records(path, rejects, objects(path, rejects),
                        lambda rec: generic_paper(rejects, path, rec.line, rec.raw, rec.value,
                                                  field_map, rec.notes))
