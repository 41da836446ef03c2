"""BibTeX as Zotero, Mendeley and JabRef export it, with a small streaming parser.

Entries are cut out of the file line by line (brace counting; a line starting a new
`@type{` inside an unbalanced entry ends that entry as a reject), then parsed: braced and
quoted values, `#` concatenation, numbers, @string macros and the month macros.
@comment and @preamble are skipped. Text is de-LaTeXed (`delatex`). An entry without an
abstract is a reject "missing abstract". The citation key is kept in
source_ids["bibtex"] but is not used as the paper key (it is not stable across exports).
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Iterator

from kg.models import Paper
from kg.rejects import RejectError, RejectSink

from loaders.common import (LATIN1_NOTE, build_paper, find_arxiv_id, iter_lines,
                            normalise_arxiv_id, normalise_doi, to_iso_date)

NAME = "bibtex"
EXTENSIONS = ("bib", "bibtex")
MAX_ENTRY_CHARS = 4 * 1024 * 1024

# --------------------------------------------------------------------------- de-LaTeX

_ACCENTS = {
    "'": "\u0301", "`": "\u0300", "^": "\u0302", '"': "\u0308", "~": "\u0303", "=": "\u0304",
    ".": "\u0307", "u": "\u0306", "v": "\u030c", "H": "\u030b", "c": "\u0327", "k": "\u0328",
    "r": "\u030a", "d": "\u0323", "b": "\u0331",
}
_SPECIAL = {
    "aa": "å", "AA": "Å", "o": "ø", "O": "Ø", "ss": "ß", "ae": "æ", "AE": "Æ", "oe": "œ",
    "OE": "Œ", "l": "ł", "L": "Ł", "i": "ı", "j": "ȷ", "dh": "ð", "DH": "Ð", "th": "þ",
    "TH": "Þ", "ng": "ŋ", "NG": "Ŋ",
}
_SYMBOLS = {
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "varepsilon": "ε",
    "zeta": "ζ", "eta": "η", "theta": "θ", "iota": "ι", "kappa": "κ", "lambda": "λ", "mu": "μ",
    "nu": "ν", "xi": "ξ", "pi": "π", "rho": "ρ", "sigma": "σ", "tau": "τ", "phi": "φ",
    "varphi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω", "Gamma": "Γ", "Delta": "Δ",
    "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π", "Sigma": "Σ", "Phi": "Φ", "Psi": "Ψ",
    "Omega": "Ω", "times": "×", "cdot": "·", "leq": "≤", "le": "≤", "geq": "≥", "ge": "≥",
    "neq": "≠", "approx": "≈", "sim": "~", "pm": "±", "infty": "∞", "rightarrow": "→",
    "to": "→", "leftarrow": "←", "ldots": "…", "dots": "…", "cdots": "⋯", "textendash": "–",
    "textemdash": "—", "LaTeX": "LaTeX", "TeX": "TeX", "textregistered": "®",
    "copyright": "©", "textdegree": "°", "degree": "°", "euro": "€", "pounds": "£",
    "S": "§", "P": "¶", "dag": "†", "textbackslash": "\\", "textasciitilde": "~",
    "textunderscore": "_", "textbar": "|", "textless": "<", "textgreater": ">",
    "quad": " ", "qquad": " ", "newline": " ", "par": " ", "noindent": "", "relax": "",
    "in": "∈", "sum": "∑", "prod": "∏", "partial": "∂", "nabla": "∇", "ell": "ℓ",
    "log": "log", "exp": "exp", "max": "max", "min": "min", "sqrt": "√",
}
_ESCAPES = {"&": "&", "%": "%", "$": "$", "#": "#", "_": "_", "{": "{", "}": "}",
            " ": " ", ",": " ", ";": " ", "!": "", "-": "", "/": "", "@": "@"}

# {\"u} / \"{u} / \"u / \'{\i} — one accent command and its letter
_ACCENT_RE = re.compile(r"""\{?\\([`'^"~=.]|[uvHckrdb](?![A-Za-z]))\s*(?:\{\s*(\\?[A-Za-z])\s*\}|(\\?[A-Za-z]))\}?""")
_SPECIAL_RE = re.compile(r"\\(" + "|".join(sorted(_SPECIAL, key=len, reverse=True)) + r")(?![A-Za-z])\s?")
_CMD_ARG_RE = re.compile(r"\\[A-Za-z]+\*?\s*(?:\[[^\[\]{}]*\])?\s*\{([^{}]*)\}")
_CMD_RE = re.compile(r"\\([A-Za-z]+)\*?")
_ESC_RE = re.compile(r"\\([&%$#_{} ,;!\-/@])")
_MATH_RE = re.compile(r"(?<!\\)\$\$?(.*?)(?<!\\)\$\$?", re.DOTALL)


def _accent(m: re.Match) -> str:
    mark = _ACCENTS.get(m.group(1), "")
    letter = m.group(2) or m.group(3) or ""
    if letter.startswith("\\"):
        letter = {"i": "i", "j": "j"}.get(letter[1:]) or _SPECIAL.get(letter[1:], letter[1:])
    return unicodedata.normalize("NFC", letter + mark)


def _delatex_plain(text: str) -> str:
    text = text.replace("\\\\", " ")  # a LaTeX line break
    text = _ACCENT_RE.sub(_accent, text)
    text = _SPECIAL_RE.sub(lambda m: _SPECIAL[m.group(1)], text)
    for _ in range(20):  # \emph{\textbf{x}} unwraps from the inside out
        new = _CMD_ARG_RE.sub(lambda m: m.group(1), text)
        if new == text:
            break
        text = new
    text = _ESC_RE.sub(lambda m: "\x00" + m.group(1), text)  # protect escaped characters
    text = _CMD_RE.sub(lambda m: _SYMBOLS.get(m.group(1), m.group(1)), text)
    text = text.replace("---", "—").replace("--", "–").replace("``", "“").replace("''", "”")
    text = re.sub(r"(?<!\x00)[{}]", "", text)
    text = text.replace("~", " ").replace("\x00", "")
    return text


def delatex(text: str, keep_math: bool = False) -> str:
    """Plain text from BibTeX/LaTeX: accents to Unicode ({\\"u} -> ü), escapes (\\& -> &),
    `--` -> –, text commands unwrapped (\\emph{x} -> x), braces removed. Math ($...$) loses
    its dollar signs and has its commands rendered (\\alpha -> α) unless `keep_math`, in
    which case it is left exactly as written. Never raises."""
    if not isinstance(text, str) or not text:
        return text if isinstance(text, str) else ""
    if "\\" not in text and "{" not in text and "$" not in text and "-" not in text \
            and "~" not in text and "`" not in text and "'" not in text:
        return text
    if keep_math:
        out, last = [], 0
        for m in _MATH_RE.finditer(text):
            out.append(_delatex_plain(text[last:m.start()]))
            out.append(m.group(0))
            last = m.end()
        out.append(_delatex_plain(text[last:]))
        return "".join(out)
    text = _MATH_RE.sub(lambda m: m.group(1), text)
    return _delatex_plain(text)


# --------------------------------------------------------------------------- entries

_ENTRY_START = re.compile(r"@\s*([A-Za-z][\w:-]*)\s*([{(])")
_LINE_ENTRY_START = re.compile(r"^\s*@\s*[A-Za-z][\w:-]*\s*[{(]")
_MONTHS = {m: m for m in ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
                          "oct", "nov", "dec")}


class Entry:
    __slots__ = ("line", "type", "body", "error", "fallback")

    def __init__(self, line: int, type_: str, body: str, error: str | None, fallback: bool):
        self.line, self.type, self.body, self.error, self.fallback = line, type_, body, error, fallback

    @property
    def raw(self) -> str:
        return f"@{self.type}{{{self.body}"


def iter_entries(path: str | Path, rejects: RejectSink | None = None) -> Iterator[Entry]:
    """The entries of a BibTeX file, cut out as text, one at a time."""
    cur: dict | None = None  # {"line", "type", "closer", "parts", "depth", "size", "fallback"}
    for line in iter_lines(path, rejects):
        text = line.text + "\n"
        if cur is not None and _LINE_ENTRY_START.match(text) and (cur["depth"] > 0 or cur["paren"]):
            yield Entry(cur["line"], cur["type"], "".join(cur["parts"]),
                        "unbalanced braces in entry", cur["fallback"])
            cur = None
        while text:
            if cur is None:
                m = _ENTRY_START.search(text)
                if not m:
                    break
                closer = "}" if m.group(2) == "{" else ")"
                cur = {"line": line.number, "type": m.group(1).lower(), "closer": closer,
                       "parts": [], "depth": 0, "paren": 0, "size": 0, "fallback": False}
                text = text[m.end():]
            cur["fallback"] |= line.fallback
            # where does this entry end within `text`?
            end = _find_end(text, cur)
            if end is None:
                cur["parts"].append(text)
                cur["size"] += len(text)
                if cur["size"] > MAX_ENTRY_CHARS:
                    yield Entry(cur["line"], cur["type"], "".join(cur["parts"])[:4000],
                                "entry too large or unterminated", cur["fallback"])
                    cur = None
                break
            cur["parts"].append(text[:end])
            yield Entry(cur["line"], cur["type"], "".join(cur["parts"]), None, cur["fallback"])
            cur = None
            text = text[end + 1:]
    if cur is not None:
        yield Entry(cur["line"], cur["type"], "".join(cur["parts"]),
                    "truncated entry (no closing brace)", cur["fallback"])


def _find_end(text: str, cur: dict) -> int | None:
    """Index of the entry's closing delimiter in `text` given the running depth, or None."""
    i, n = 0, len(text)
    closer = cur["closer"]
    while i < n:
        ch = text[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "{":
            cur["depth"] += 1
        elif ch == "}":
            if closer == "}" and cur["depth"] == 0:
                return i
            cur["depth"] = max(0, cur["depth"] - 1)
        elif closer == ")" and cur["depth"] == 0:
            if ch == "(":
                cur["paren"] += 1
            elif ch == ")":
                if cur["paren"] == 0:
                    return i
                cur["paren"] -= 1
        i += 1
    return None


class BibError(ValueError):
    pass


class _Parser:
    """Parses the inside of one entry: `key, name = value # value, ...`."""

    def __init__(self, text: str, macros: dict[str, str]):
        self.s, self.i, self.macros = text, 0, macros

    def ws(self) -> None:
        while self.i < len(self.s) and self.s[self.i].isspace():
            self.i += 1

    def name(self) -> str:
        self.ws()
        m = re.compile(r"[^\s=,{}\"#()]+").match(self.s, self.i)
        if not m:
            raise BibError(f"expected a field name at offset {self.i}")
        self.i = m.end()
        return m.group()

    def braced(self) -> str:
        """A `{…}` value (the cursor is on its opening brace); nested braces stay in it."""
        return self._delimited(quote=False)

    def quoted(self) -> str:
        """A `"…"` value; a quote inside braces does not end it."""
        return self._delimited(quote=True)

    def _delimited(self, quote: bool) -> str:
        start = self.i
        depth = 0
        if quote:
            self.i += 1
        while self.i < len(self.s):
            ch = self.s[self.i]
            if ch == "\\":
                self.i += 2
                continue
            if ch == "{":
                depth += 1
            elif ch == "}":
                depth -= 1
                if not quote and depth == 0:
                    self.i += 1
                    return self.s[start + 1:self.i - 1]
            elif quote and ch == '"' and depth <= 0:
                self.i += 1
                return self.s[start + 1:self.i - 1]
            self.i += 1
        raise BibError("unterminated quoted value" if quote else "unbalanced braces in a value")

    def value(self) -> str:
        parts = []
        while True:
            self.ws()
            if self.i >= len(self.s):
                raise BibError("missing value")
            ch = self.s[self.i]
            if ch == "{":
                parts.append(self.braced())
            elif ch == '"':
                parts.append(self.quoted())
            else:
                m = re.compile(r"[^\s,#{}\"]+").match(self.s, self.i)
                if not m:
                    raise BibError(f"unexpected {ch!r} in a value")
                self.i = m.end()
                word = m.group()
                parts.append(word if word.isdigit() else self.macros.get(word.lower(), word))
            self.ws()
            if self.i < len(self.s) and self.s[self.i] == "#":
                self.i += 1
                continue
            return "".join(parts)

    def fields(self) -> dict[str, str]:
        out: dict[str, str] = {}
        while True:
            self.ws()
            while self.i < len(self.s) and self.s[self.i] == ",":
                self.i += 1
                self.ws()
            if self.i >= len(self.s):
                return out
            name = self.name().lower()
            self.ws()
            if self.i >= len(self.s) or self.s[self.i] != "=":
                raise BibError(f"expected '=' after {name!r}")
            self.i += 1
            value = self.value()
            out.setdefault(name, value)
            self.ws()
            if self.i < len(self.s) and self.s[self.i] != ",":
                raise BibError(f"expected ',' after field {name!r}")


def parse_entry(entry: Entry, macros: dict[str, str]) -> tuple[str, dict[str, str]]:
    """(citation key, {field: raw value}) of a regular entry."""
    body = entry.body
    m = re.match(r"\s*([^,=\s{}]*)\s*(,|$)", body)
    key = ""
    start = 0
    if m and "=" not in body[: m.end()]:
        key, start = m.group(1), m.end()
    return key, _Parser(body[start:], macros).fields()


def split_names(value: str) -> list[str]:
    """'Devlin, Jacob and Chang, Ming-Wei' -> ['Jacob Devlin', 'Ming-Wei Chang']."""
    names, depth, last, i = [], 0, 0, 0
    parts: list[str] = []
    while i < len(value):
        ch = value[i]
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        elif depth == 0 and value[i:i + 5].lower() == " and " :
            parts.append(value[last:i])
            last = i + 5
            i += 5
            continue
        i += 1
    parts.append(value[last:])
    for part in parts:
        part = " ".join(part.split())
        if not part or part.lower() == "others":
            continue
        pieces = _split_top(part, ",")
        if len(pieces) == 2:
            part = f"{pieces[1]} {pieces[0]}"
        elif len(pieces) >= 3:
            part = f"{pieces[2]} {pieces[0]} {pieces[1]}"
        name = " ".join(delatex(part).split())
        if name:
            names.append(name)
    return names


def _split_top(text: str, sep: str) -> list[str]:
    out, depth, last = [], 0, 0
    for i, ch in enumerate(text):
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        elif ch == sep and depth == 0:
            out.append(text[last:i].strip())
            last = i + 1
    out.append(text[last:].strip())
    return [p for p in out if p]


def _paper(rejects: RejectSink, path: str | Path, entry: Entry, key: str,
           f: dict[str, str]) -> Paper | None:
    raw = entry.raw
    if not (f.get("abstract") or "").strip():
        rejects.add(str(path), entry.line, "missing abstract", raw)
        return None
    doi = normalise_doi(delatex(f.get("doi", "")).strip())
    url = delatex(f.get("url", "")).strip() or None
    prefix = (f.get("archiveprefix") or f.get("eprinttype") or "").strip().lower()
    eprint = f.get("eprint", "").strip()
    arxiv_id = None
    if eprint and (prefix == "arxiv" or not prefix):
        arxiv_id = normalise_arxiv_id(eprint)
    arxiv_id = arxiv_id or find_arxiv_id(doi, url, f.get("journal"), f.get("note"),
                                         f.get("howpublished"), f.get("journaltitle"))
    year = f.get("year", "").strip()
    month = f.get("month", "").strip()
    date_field = f.get("date", "").strip()
    date = to_iso_date(date_field) if date_field else None
    date_raw = date_field or " ".join(p for p in (month, year) if p) or None
    notes = [LATIN1_NOTE] if entry.fallback else []
    return build_paper(
        rejects, path, entry.line, raw, title=delatex(f.get("title", "")),
        abstract=delatex(f["abstract"]), arxiv_id=arxiv_id, doi=doi, notes=notes,
        date=date, date_raw=date_raw, authors=split_names(f.get("author", "")), url=url,
        source_ids={"bibtex": key} if key else {},
    )


def sniff(path: str | Path, head: str) -> float:
    if re.search(r"^\s*@\s*(article|inproceedings|misc|book|incollection|techreport|phdthesis|"
                 r"mastersthesis|online|preprint|unpublished|conference|report|thesis|string|"
                 r"comment|preamble|inbook|proceedings|manual|electronic|software|dataset)\s*[{(]",
                 head, re.IGNORECASE | re.MULTILINE):
        return 0.95
    if re.search(r"^\s*@\w+\s*\{[^,\s]*,\s*$", head, re.MULTILINE):
        return 0.8
    return 0.0


def read(path: str | Path, rejects: RejectSink, field_map: dict[str, str] | None = None
         ) -> Iterator[Paper]:
    """Papers from the entries of a BibTeX file; `line` is the line of the entry's `@`."""
    source = str(path)
    macros = dict(_MONTHS)
    for entry in iter_entries(path, rejects):
        if entry.error:
            rejects.add(source, entry.line, entry.error, entry.raw)
            continue
        if entry.type in ("comment", "preamble"):
            continue
        try:
            if entry.type == "string":
                macros.update({k.lower(): v for k, v in _Parser(entry.body, macros).fields().items()})
                continue
            key, fields = parse_entry(entry, macros)
            paper = _paper(rejects, path, entry, key, fields)
        except RejectError:
            raise
        except BibError as exc:
            rejects.add(source, entry.line, f"malformed BibTeX entry ({exc})", entry.raw)
            continue
        except Exception as exc:
            rejects.add(source, entry.line, f"bad record ({type(exc).__name__}: {exc})", entry.raw)
            continue
        if paper is not None:
            yield paper
