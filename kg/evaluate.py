"""Score the extractor against annotated corpora: SciERC (dygiepp JSON lines) and TDMSci (CoNLL).

Each gold document is rebuilt as plain text with character offsets for every token,
extracted as a paper abstract (empty title), and predicted mentions are compared with
gold mentions by character span:

* strict: same span and same (mapped) type;
* partial: overlapping spans and the same type (each side counted on its own: a
  prediction is correct when it overlaps a gold mention of its type, a gold mention is
  found when a prediction of its type overlaps it).

"Named" restricts both sides to spans that hold a name (see `is_named`): an acronym, a
camel-case or alphanumeric token, or a capitalised word that does not open its sentence.
A named prediction is scored against all gold mentions; a named gold mention is found
by any prediction.
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

from kg.extract.names import looks_named
from kg.models import Paper

PTB = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}",
       "``": '"', "''": '"'}
NO_SPACE_BEFORE = {",", ".", ";", ":", ")", "]", "}", "'s", "n't", "%", "?", "!", "'"}
NO_SPACE_AFTER = {"(", "[", "{"}

# gold label -> predicted kg types that count for it
SCIERC_TYPES = {"Method": ("Method", "Model"), "Material": ("Dataset",), "Metric": ("Metric",), "Task": ("Task",)}
TDMSCI_TYPES = {"TASK": ("Task",), "DATASET": ("Dataset",), "METRIC": ("Metric",)}
FORMATS = ("scierc", "tdmsci")


@dataclass
class GoldDoc:
    key: str
    text: str
    spans: list[tuple[int, int, str]]  # (start char, end char, gold label)
    sentence_starts: set[int] = field(default_factory=set)  # char offsets where sentences open


def _detokenize(tokens: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """Text from PTB tokens and the (start, end) character offsets of each token."""
    parts: list[str] = []
    offsets = []
    position = 0
    quote_open = False
    for i, raw in enumerate(tokens):
        token = PTB.get(raw, raw)
        space = i > 0
        if token in NO_SPACE_BEFORE:
            space = False
        if i > 0 and PTB.get(tokens[i - 1], tokens[i - 1]) in NO_SPACE_AFTER:
            space = False
        if token == '"':
            if quote_open:
                space = False
            quote_open = not quote_open
        if i > 0 and PTB.get(tokens[i - 1], tokens[i - 1]) == '"' and quote_open and token != '"':
            space = False
        if space:
            parts.append(" ")
            position += 1
        offsets.append((position, position + len(token)))
        parts.append(token)
        position += len(token)
    return "".join(parts), offsets


def load_scierc(path: str | Path) -> list[GoldDoc]:
    docs = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                docs.append(_scierc_doc(json.loads(line), number))
            except (ValueError, KeyError, TypeError, IndexError) as exc:
                raise ValueError(f"{path}:{number}: not a SciERC (dygiepp) document: "
                                 f"{type(exc).__name__}: {exc}") from None
    return docs


def _scierc_doc(record: dict, number: int) -> GoldDoc:
    tokens = [t for sent in record["sentences"] for t in sent]
    text, offsets = _detokenize(tokens)
    starts, index = set(), 0
    for sent in record["sentences"]:
        if sent:
            starts.add(offsets[index][0])
        index += len(sent)
    spans = []
    for sent_spans in record.get("ner", []):
        for first, last, label in sent_spans:
            if not 0 <= first <= last < len(offsets):
                raise IndexError(f"span [{first}, {last}] outside the document's {len(offsets)} tokens")
            spans.append((offsets[first][0], offsets[last][1], label))
    return GoldDoc(record.get("doc_key", f"doc{number}"), text, spans, starts)


def load_tdmsci(path: str | Path, sentences_per_doc: int = 10) -> list[GoldDoc]:
    """CoNLL lines "token<TAB>char offset<TAB>BIO tag", a blank line between sentences.

    Offsets run on through the file (restarting now and then), so consecutive sentences
    are grouped into abstract-sized documents of `sentences_per_doc` sentences."""
    sentences: list[list[tuple[str, int, str]]] = [[]]
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 3:
                if line.strip():
                    raise ValueError(f"{path}:{number}: expected token<TAB>offset<TAB>tag, got {line.strip()[:60]!r}")
                if sentences[-1]:
                    sentences.append([])
                continue
            if not parts[1].isdigit() or not (parts[2] == "O" or parts[2][:2] in ("B-", "I-")):
                raise ValueError(f"{path}:{number}: expected a character offset and a BIO tag, "
                                 f"got {parts[1]!r} and {parts[2]!r}")
            sentences[-1].append((parts[0], int(parts[1]), parts[2]))
    sentences = [s for s in sentences if s]
    docs: list[GoldDoc] = []
    for first in range(0, len(sentences), sentences_per_doc):
        chunk = sentences[first:first + sentences_per_doc]
        text, spans, starts, open_span = "", [], set(), None
        for sentence in chunk:
            base = sentence[0][1] - len(text) - (1 if text else 0)
            for index, (token, offset, tag) in enumerate(sentence):
                offset = max(offset - base, len(text) + (1 if text and index == 0 else 0))
                text += " " * (offset - len(text)) + token
                if index == 0:
                    starts.add(offset)
                end = offset + len(token)
                if tag.startswith("B-") or (tag.startswith("I-") and (open_span is None or open_span[2] != tag[2:])):
                    if open_span:
                        spans.append(tuple(open_span))
                    open_span = [offset, end, tag[2:]]
                elif tag.startswith("I-"):
                    open_span[1] = end
                else:
                    if open_span:
                        spans.append(tuple(open_span))
                    open_span = None
            if open_span:
                spans.append(tuple(open_span))
                open_span = None
        docs.append(GoldDoc(f"tdmsci-{first // sentences_per_doc}", text, spans, starts))
    return docs


def load_gold(path: str | Path, fmt: str) -> list[GoldDoc]:
    if fmt == "scierc":
        return load_scierc(path)
    if fmt == "tdmsci":
        return load_tdmsci(path)
    raise ValueError(f"unknown gold format {fmt!r} (choose from {', '.join(FORMATS)})")


def guess_format(path: str | Path) -> str:
    with open(path, encoding="utf-8") as f:
        head = f.read(200).lstrip()
    return "scierc" if head.startswith("{") else "tdmsci"


_CAPITALISED = re.compile(r"^[A-Z][a-z]")


def is_named(text: str, opens_sentence: bool) -> bool:
    """A span holds a name: an acronym, camel-case or alphanumeric word, or a capitalised
    word that is not the first word of its sentence."""
    for i, word in enumerate(re.split(r"[\s/]+", text.strip())):
        if looks_named(word):
            return True
        if _CAPITALISED.match(word) and not (i == 0 and opens_sentence):
            return True
    return False


def _prf(tp_pred: int, n_pred: int, tp_gold: int, n_gold: int) -> dict:
    p = tp_pred / n_pred if n_pred else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "predicted": n_pred, "gold": n_gold}


def predict(docs: list[GoldDoc], model: str | None = None, batch: int = 2000):
    """Predicted (start, end, kg type) per document, and extraction throughput (docs/s)."""
    from kg.extract import build_nlp, extract_batch

    nlp = build_nlp(model)
    papers = [Paper(key=d.key, title="", abstract=d.text) for d in docs]
    began = time.perf_counter()
    out = []
    for i in range(0, len(papers), batch):
        for ex in extract_batch(nlp, papers[i:i + batch]):
            out.append([(m.start, m.end, m.type) for m in ex.entities if m.field == "abstract"])
    elapsed = time.perf_counter() - began
    return out, (len(docs) / elapsed if elapsed else 0.0)


def score(docs: list[GoldDoc], predictions: list[list[tuple[int, int, str]]], type_map: dict) -> dict:
    """Precision/recall/F1 per gold type and micro overall, strict and partial, all and named."""
    to_gold = {kg: gold for gold, kgs in type_map.items() for kg in kgs}
    counts: dict = {}

    def bump(scope, match, label, key, n=1):
        row = counts.setdefault((scope, match, label), [0, 0, 0, 0])
        row[key] += n

    for doc, preds in zip(docs, predictions):
        gold = [(s, e, t) for s, e, t in doc.spans if t in type_map]
        pred = [(s, e, to_gold[t]) for s, e, t in preds if t in to_gold]
        exact = {(s, e, t) for s, e, t in gold}
        exact_pred = {(s, e, t) for s, e, t in pred}
        for scope in ("all", "named"):
            for s, e, t in pred:
                if scope == "named" and not is_named(doc.text[s:e], s in doc.sentence_starts):
                    continue
                strict_ok = (s, e, t) in exact
                partial_ok = strict_ok or any(gt == t and gs < e and s < ge for gs, ge, gt in gold)
                for match, ok in (("strict", strict_ok), ("partial", partial_ok)):
                    for label in (t, "ALL"):
                        bump(scope, match, label, 1)
                        bump(scope, match, label, 0, int(ok))
            for s, e, t in gold:
                if scope == "named" and not is_named(doc.text[s:e], s in doc.sentence_starts):
                    continue
                strict_ok = (s, e, t) in exact_pred
                partial_ok = strict_ok or any(pt == t and ps < e and s < pe for ps, pe, pt in pred)
                for match, ok in (("strict", strict_ok), ("partial", partial_ok)):
                    for label in (t, "ALL"):
                        bump(scope, match, label, 3)
                        bump(scope, match, label, 2, int(ok))
    rows = []
    for scope in ("all", "named"):
        for match in ("strict", "partial"):
            for label in [*type_map, "ALL"]:
                tp_pred, n_pred, tp_gold, n_gold = counts.get((scope, match, label), [0, 0, 0, 0])
                rows.append({"mentions": scope, "match": match, "type": label,
                             **_prf(tp_pred, n_pred, tp_gold, n_gold)})
    return {"rows": rows}


def evaluate(path: str | Path, fmt: str | None = None, model: str | None = None) -> dict:
    """Score the extractor on one gold file; returns {"file", "format", "documents", "rows", ...}."""
    fmt = fmt or guess_format(path)
    docs = load_gold(path, fmt)
    type_map = SCIERC_TYPES if fmt == "scierc" else TDMSCI_TYPES
    predictions, speed = predict(docs, model)
    report = score(docs, predictions, type_map)
    headline = next(r for r in report["rows"] if r["mentions"] == "named" and r["match"] == "strict"
                    and r["type"] == "ALL")
    return {"file": str(path), "format": fmt, "model": model or "blank:en", "documents": len(docs),
            "docs_per_second": round(speed, 1), "named_strict": headline, **report}


def errors(path: str | Path, fmt: str | None = None, model: str | None = None, named: bool = True):
    """False positives and false negatives (strict), for error analysis while tuning."""
    fmt = fmt or guess_format(path)
    docs = load_gold(path, fmt)
    type_map = SCIERC_TYPES if fmt == "scierc" else TDMSCI_TYPES
    to_gold = {kg: gold for gold, kgs in type_map.items() for kg in kgs}
    predictions, _ = predict(docs, model)
    fps, fns = [], []
    for doc, preds in zip(docs, predictions):
        gold = {(s, e, t) for s, e, t in doc.spans if t in type_map}
        all_gold = {(s, e): t for s, e, t in doc.spans}
        pred = {(s, e, to_gold[t]) for s, e, t in preds if t in to_gold}
        for s, e, t in pred - gold:
            if not named or is_named(doc.text[s:e], s in doc.sentence_starts):
                fps.append((doc.text[s:e], t, all_gold.get((s, e)), doc.key))
        for s, e, t in gold - pred:
            if not named or is_named(doc.text[s:e], s in doc.sentence_starts):
                got = [(doc.text[ps:pe], pt) for ps, pe, pt in pred if ps < e and s < pe]
                fns.append((doc.text[s:e], t, got, doc.key))
    return fps, fns
