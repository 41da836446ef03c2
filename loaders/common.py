"""Shared pieces of the loaders: opening (gz/bz2/xz), decoding, text cleaning, dates, ids.

Every format module reads its file through `iter_lines`, which yields one decoded line
at a time (UTF-8, falling back per line to cp1252/latin-1), so nothing reads a whole
corpus into memory. Every record becomes a Paper through `build_paper`, which applies
the same checks everywhere and sends what fails them to the reject sink.
"""

from __future__ import annotations

import bz2
import datetime as _dt
import gzip
import html
import lzma
import re
import unicodedata
import zlib
from pathlib import Path
from typing import Any, BinaryIO, Iterable, Iterator, NamedTuple

from kg.models import Paper, paper_key
from kg.rejects import RejectError, RejectSink

MAX_ABSTRACT_CHARS = 100_000  # longer abstracts are rejected, not truncated
MAX_TITLE_CHARS = 2_000
HEAD_BYTES = 65_536  # bytes sniffed for format detection
LATIN1_NOTE = "decoded with latin-1 fallback"


class LoaderError(Exception):
    """A path that does not exist or a forced format nobody knows. Bad records are rejects."""


# --------------------------------------------------------------------------- opening

_GZIP_MAGIC = b"\x1f\x8b"
_BZ2_MAGIC = b"BZh"
_XZ_MAGIC = b"\xfd7zXZ\x00"
COMPRESSED_SUFFIXES = (".gz", ".bz2", ".xz")


def compression(path: str | Path) -> str | None:
    """'gz', 'bz2', 'xz' or None, from the file's magic bytes (extension only as a tie-break)."""
    with open(path, "rb") as f:
        magic = f.read(6)
    if magic.startswith(_GZIP_MAGIC):
        return "gz"
    if magic.startswith(_BZ2_MAGIC) and str(path).lower().endswith(".bz2"):
        return "bz2"
    if magic.startswith(_BZ2_MAGIC) and len(magic) >= 4 and magic[3:4].isdigit():
        return "bz2"
    if magic.startswith(_XZ_MAGIC):
        return "xz"
    return None


def open_binary(path: str | Path) -> BinaryIO:
    """The file's bytes, decompressed transparently when it is gzip, bzip2 or xz."""
    kind = compression(path)
    if kind == "gz":
        return gzip.open(path, "rb")  # type: ignore[return-value]
    if kind == "bz2":
        return bz2.open(path, "rb")  # type: ignore[return-value]
    if kind == "xz":
        return lzma.open(path, "rb")  # type: ignore[return-value]
    return open(path, "rb")


def inner_name(path: str | Path) -> str:
    """File name without a compression suffix: 'x.jsonl.gz' -> 'x.jsonl'."""
    name = Path(path).name
    for suffix in COMPRESSED_SUFFIXES:
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return name


def extension(path: str | Path) -> str:
    """Lower-case extension of the inner file name, without the dot ('' when none)."""
    name = inner_name(path)
    return name.rsplit(".", 1)[1].lower() if "." in name.lstrip(".") else ""


DECOMPRESS_ERRORS = (OSError, EOFError, zlib.error, lzma.LZMAError, ValueError)


def read_head(path: str | Path, n: int = HEAD_BYTES) -> bytes:
    """The first `n` (decompressed) bytes; raises OSError/EOFError on an unreadable file."""
    parts: list[bytes] = []
    got = 0
    with open_binary(path) as f:
        while got < n:
            try:
                chunk = f.read(min(8192, n - got))
            except DECOMPRESS_ERRORS:
                if not parts:
                    raise
                break  # a truncated stream: sniff what was readable, iter_lines reports it
            if not chunk:
                break
            parts.append(chunk)
            got += len(chunk)
    return b"".join(parts)


def is_binary(head: bytes) -> bool:
    """NUL bytes, or mostly control bytes, in the head: not a text file."""
    if not head:
        return False
    if b"\x00" in head:
        return True
    sample = head[:8192]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls / len(sample) > 0.10


# --------------------------------------------------------------------------- decoding


def decode_bytes(data: bytes) -> tuple[str, bool]:
    """UTF-8, else cp1252, else latin-1 (which never fails). Returns (text, used_fallback)."""
    try:
        return data.decode("utf-8"), False
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), True
    except UnicodeDecodeError:
        return data.decode("latin-1"), True


class Line(NamedTuple):
    number: int  # 1-based
    text: str  # without the line ending
    fallback: bool  # decoded with the latin-1/cp1252 fallback


def iter_lines(path: str | Path, rejects: RejectSink | None = None) -> Iterator[Line]:
    """Decoded lines of a (possibly compressed) file, one at a time.

    A corrupt or truncated compressed stream ends the file with a reject at the line
    where it broke (when `rejects` is given) instead of an exception.
    """
    number = 0
    with open_binary(path) as f:
        while True:
            try:
                raw = f.readline()
            except DECOMPRESS_ERRORS as exc:
                if rejects is None:
                    raise
                rejects.add(str(path), number + 1, f"corrupt or truncated compressed file ({exc})", "")
                return
            if not raw:
                return
            number += 1
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            text, fallback = decode_bytes(raw)
            yield Line(number, text.rstrip("\r\n"), fallback)


# --------------------------------------------------------------------------- text cleaning

_TAG_NAMES = (
    r"p|br|hr|i|b|u|em|strong|sub|sup|span|div|a|font|small|big|tt|code|pre|img|li|ul|ol|"
    r"h[1-6]|table|tr|td|th|tbody|thead|section|article|abstract|title|sec|label|italic|bold|"
    r"sc|inline-formula|disp-formula|underline|monospace|math|mi|mo|mn|mrow|msub|msup|mfrac|"
    r"semantics|annotation|blockquote|cite|q|s|strike|del|ins|mark|figure|caption|"
    r"(?:jats|mml|xlink|html):[a-z][\w-]*"
)
_TAG = re.compile(r"</?(?:" + _TAG_NAMES + r")\b[^<>]*/?>|<!--.*?-->", re.IGNORECASE | re.DOTALL)
# Zero-width and formatting characters that only get in the way of matching.
_INVISIBLE = {"\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"}


def strip_html(text: str) -> str:
    """Remove HTML/JATS/MathML tags and unescape entities (twice, for doubly-escaped input)."""
    text = _TAG.sub(" ", text)
    if "&" in text:
        text = html.unescape(text)
        text = _TAG.sub(" ", text)
    return text


_WS_CONTROL = re.compile(r"[\t\n\r\f\v]")
_DROP = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff"
                   + "".join(sorted(_INVISIBLE)) + "]")


def remove_control(text: str) -> str:
    """Drop control, surrogate and invisible characters; whitespace controls become spaces."""
    return _DROP.sub("", _WS_CONTROL.sub(" ", text))


def clean_text(value: str) -> str:
    """Tags out, entities unescaped, controls removed, NFC, whitespace collapsed."""
    text = strip_html(value)
    text = _DROP.sub("", text)  # whitespace controls go with the other whitespace below
    text = unicodedata.normalize("NFC", text)
    # str.split() and re's \s agree on every code point; split runs in one C pass
    return " ".join(text.split())


# --------------------------------------------------------------------------- ids and dates

_ARXIV_NEW = r"\d{4}\.\d{4,5}"
_ARXIV_OLD = r"[a-z][a-z\-]+(?:\.[A-Z]{2})?/\d{7}"
ARXIV_ID = re.compile(rf"^(?:arxiv:)?({_ARXIV_NEW}|{_ARXIV_OLD})(?:v\d+)?$", re.IGNORECASE)
_ARXIV_IN_TEXT = re.compile(
    rf"(?:arxiv\.org/(?:abs|pdf)/|arxiv[:\s.]\s*|10\.48550/arxiv\.)({_ARXIV_NEW}|{_ARXIV_OLD})(?:v\d+)?",
    re.IGNORECASE,
)


def normalise_arxiv_id(value: Any) -> str | None:
    """'arXiv:1810.04805v2' -> '1810.04805'; None for anything that is not an arXiv id."""
    if not isinstance(value, str):
        return None
    m = ARXIV_ID.match(value.strip())
    return m.group(1) if m else None


def find_arxiv_id(*texts: Any) -> str | None:
    """An arXiv id mentioned in urls, DOIs (10.48550/arXiv.…) or 'arXiv:…' notes."""
    for text in texts:
        if isinstance(text, str) and text:
            m = _ARXIV_IN_TEXT.search(text)
            if m:
                return m.group(1)
    return None


def normalise_doi(value: Any) -> str | None:
    """Bare DOI ('10.1000/x'), without a resolver prefix; None when it is not a DOI."""
    if not isinstance(value, str):
        return None
    doi = re.sub(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", "", value.strip(), flags=re.IGNORECASE)
    return doi if re.match(r"^10\.\d{3,9}/\S+$", doi) else None


_MONTH_NUM = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december")
_ISO = re.compile(r"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:$|[T ])")
_DAY_MONTH_YEAR = re.compile(r"^(?:[A-Za-z]{3},?\s*)?(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})\b")
_MONTH_DAY_YEAR = re.compile(r"^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")


def _month(name: str) -> int | None:
    name = name.lower()
    num = _MONTH_NUM.get(name[:3])
    if num and (len(name) == 3 or (name == "sept") or _MONTH_NAMES[num - 1] == name):
        return num
    return None


def _date(year: int, month: int | None, day: int) -> str | None:
    if month is None:
        return None
    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def to_iso_date(value: Any) -> str | None:
    """YYYY-MM-DD from ISO dates/datetimes, RFC 2822 ('Mon, 2 Apr 2007 19:18:42 GMT'),
    '2 Apr 2007' and 'Mar 14, 2024'. None when no full date is given (a bare year, 'Mar 14')."""
    if not isinstance(value, str):
        return None
    s = value.strip()
    m = _ISO.match(s)
    if m:
        return _date(int(m[1]), int(m[2]), int(m[3]))
    m = _DAY_MONTH_YEAR.match(s)
    if m:
        return _date(int(m[3]), _month(m[2]), int(m[1]))
    m = _MONTH_DAY_YEAR.match(s)
    if m:
        return _date(int(m[3]), _month(m[1]), int(m[2]))
    return None


def scalar_text(value: Any) -> str | None:
    """A str or int/float id or date as text; None for anything else (lists, dicts, bools)."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return None


def split_authors(text: str) -> list[str]:
    """An author string: 'A and B', 'A; B', 'A | B' or 'A, B'."""
    text = text.strip()
    if not text:
        return []
    for sep in (";", "|"):
        if sep in text:
            parts = text.split(sep)
            break
    else:
        parts = re.split(r",\s*(?:and\s+)?|\s+and\s+", text)
    return [p.strip() for p in parts if p.strip()]


def author_names(value: Any) -> list[str]:
    """Author names from a list of strings, of {"name"/"display_name"} dicts, or a string."""
    if isinstance(value, str):
        names = split_authors(value)
    elif isinstance(value, list):
        names = []
        for item in value:
            if isinstance(item, str):
                names.append(item)
            elif isinstance(item, dict):
                name = item.get("name") or item.get("display_name") or item.get("fullName")
                if not name and isinstance(item.get("author"), dict):
                    name = item["author"].get("display_name") or item["author"].get("name")
                if not name and (item.get("given") or item.get("family")):
                    name = f"{item.get('given') or ''} {item.get('family') or ''}"
                if isinstance(name, str):
                    names.append(name)
    else:
        return []
    out = []
    for name in names:
        name = clean_text(name)
        if name:
            out.append(name)
    return out


# --------------------------------------------------------------------------- papers


def _type_name(value: Any) -> str:
    return "null" if value is None else type(value).__name__


def check_text(value: Any, field: str) -> tuple[str | None, str | None]:
    """(cleaned text, None) or (None, reject reason) for a title or abstract value."""
    if value is None:
        return None, f"missing {field}"
    if not isinstance(value, str):
        return None, f"{field} is not text ({_type_name(value)})"
    text = clean_text(value)
    if not text:
        return None, f"missing {field}" if not value.strip() else f"empty {field} after cleaning"
    limit = MAX_ABSTRACT_CHARS if field == "abstract" else MAX_TITLE_CHARS
    if len(text) > limit:
        return None, f"{field} too long ({len(text)} characters)"
    return text, None


def build_paper(
    rejects: RejectSink,
    source: str | Path,
    line: int | None,
    raw: str,
    *,
    title: Any,
    abstract: Any,
    arxiv_id: str | None = None,
    doi: str | None = None,
    source_id: str | None = None,
    notes: Iterable[str] = (),
    **fields: Any,
) -> Paper | None:
    """A Paper, or None after a reject when the title or abstract is unusable.

    Title and abstract are cleaned (tags, entities, control characters, whitespace);
    the key follows kg's policy: arXiv id, else DOI, else the source's id, else title hash.
    """
    clean_title, reason = check_text(title, "title")
    if reason is None:
        clean_abstract, reason = check_text(abstract, "abstract")
    if reason is not None:
        rejects.add(str(source), line, reason, raw)
        return None
    arxiv_id = normalise_arxiv_id(arxiv_id) if arxiv_id else None
    doi = normalise_doi(doi) if doi else None
    key = paper_key(arxiv_id=arxiv_id, doi=doi, source_id=source_id, title=clean_title or "")
    try:
        return Paper(key=key, title=clean_title, abstract=clean_abstract, arxiv_id=arxiv_id,
                     doi=doi, source=str(source), line=line, notes=list(dict.fromkeys(notes)),
                     **fields)
    except RejectError:
        raise
    except Exception as exc:  # a field of the wrong shape; never crash the run
        rejects.add(str(source), line, f"invalid record ({type(exc).__name__})", raw)
        return None


def safe_records(path: str | Path, rejects: RejectSink, records: Iterable[Any],
                 convert) -> Iterator[Paper]:
    """Apply `convert(record)` -> Paper | None to each (line, raw, ...) record; an unexpected
    exception in one record becomes a reject for that record and loading goes on."""
    for record in records:
        try:
            paper = convert(record)
        except RejectError:
            raise
        except Exception as exc:
            line = getattr(record, "line", None)
            raw = getattr(record, "raw", "")
            rejects.add(str(path), line, f"bad record ({type(exc).__name__}: {exc})", raw)
            continue
        if paper is not None:
            yield paper


def text_of(value: Any) -> str:
    """A value as raw text for a reject."""
    if isinstance(value, str):
        return value
    try:
        import json

        return json.dumps(value, ensure_ascii=False, default=str)
    except Exception:  # pragma: no cover - defensive
        return repr(value)


__all__ = [
    "LoaderError", "MAX_ABSTRACT_CHARS", "MAX_TITLE_CHARS", "HEAD_BYTES", "LATIN1_NOTE",
    "Line", "open_binary", "read_head", "is_binary", "decode_bytes", "iter_lines",
    "inner_name", "extension", "compression", "strip_html", "remove_control", "clean_text",
    "normalise_arxiv_id", "find_arxiv_id", "normalise_doi", "to_iso_date", "scalar_text",
    "split_authors", "author_names", "check_text", "build_paper", "safe_records", "text_of",
    "GENERIC_ALIASES", "pick_fields", "generic_paper",
]


# --------------------------------------------------------------------------- generic records

GENERIC_ALIASES: dict[str, tuple[str, ...]] = {
    "title": ("title", "paper_title", "papertitle", "display_name"),
    "abstract": ("abstract", "summary", "abstract_text", "abstracttext", "paper_abstract"),
    "id": ("id", "paper_id", "paperid", "doc_id", "docid", "uid"),
    "date": ("date", "publication_date", "publicationdate", "published", "publishedat",
             "pub_date", "created", "year"),
    "authors": ("authors", "author", "creators"),
    "url": ("url", "link", "landing_page_url"),
    "doi": ("doi",),
    "arxiv_id": ("arxiv_id", "arxivid", "arxiv", "eprint"),
}


def pick_fields(record: dict, field_map: dict[str, str] | None = None) -> dict[str, Any]:
    """Canonical fields (title, abstract, id, date, authors, url, doi, arxiv_id) of a generic
    record, matching names case-insensitively; `field_map` {canonical: source name} wins."""
    lowered: dict[str, Any] = {}
    for k, v in record.items():
        if isinstance(k, str):
            lowered.setdefault(k.strip().lower().lstrip("\ufeff"), v)
    out: dict[str, Any] = {}
    for canon, aliases in GENERIC_ALIASES.items():
        names = aliases
        if field_map and canon in field_map:
            names = (field_map[canon],)
        for name in names:
            if name in record:
                out[canon] = record[name]
                break
            if name.lower() in lowered:
                out[canon] = lowered[name.lower()]
                break
    return out


def generic_paper(rejects: RejectSink, source: str | Path, line: int | None, raw: str,
                  record: dict, field_map: dict[str, str] | None = None,
                  notes: Iterable[str] = ()) -> Paper | None:
    """A Paper from a generic JSON object or CSV row with `id`, `title`, `abstract`, ..."""
    f = pick_fields(record, field_map)
    notes = list(notes)
    source_id = scalar_text(f.get("id"))
    if f.get("id") is not None and source_id is None:
        notes.append("ignored an id that is not text or a number")
    date_value = f.get("date")
    date_raw = scalar_text(date_value)
    url = f.get("url") if isinstance(f.get("url"), str) and f.get("url").strip() else None
    doi = normalise_doi(f.get("doi"))
    arxiv_id = normalise_arxiv_id(f.get("arxiv_id")) or find_arxiv_id(doi, url)
    return build_paper(
        rejects, source, line, raw, title=f.get("title"), abstract=f.get("abstract"),
        arxiv_id=arxiv_id, doi=doi, source_id=source_id, notes=notes,
        date=to_iso_date(date_raw), date_raw=date_raw,
        authors=author_names(f.get("authors")), url=url.strip() if url else None,
    )
