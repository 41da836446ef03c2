"""kg's spaCy pipeline components, registered by name like spaCy's own.

Each component adds `Candidate`s to `doc.user_data["kg_candidates"]`; `kg_select` picks
the final, non-overlapping mentions into `doc.user_data["kg_mentions"]`. Components hold
only compiled matchers built from the data files in kg/data, so they are cheap per doc.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span

from kg.extract.gazetteer import GazetteerEntry, generic_terms, load_entries
from kg.extract.names import clean_surface, looks_named
from kg.resources import data_dir

CANDIDATES = "kg_candidates"
MENTIONS = "kg_mentions"
INTRODUCED = "kg_introduced"
ABBREVIATIONS = "kg_abbreviations"


@dataclass(frozen=True)
class Candidate:
    start: int  # token offsets within the doc
    end: int
    label: str
    rule: str
    confidence: float
    canonical: str | None = None  # gazetteer name, when known
    priority: int = 1  # gazetteer 3 > defined/introduced 2 > context pattern 1


def _candidates(doc: Doc) -> list[Candidate]:
    return doc.user_data.setdefault(CANDIDATES, [])


@lru_cache(maxsize=1)
def patterns_config() -> dict:
    """Context patterns, head nouns and cue words: kg/data/patterns/*.json(l)."""
    root = data_dir() / "patterns"
    config = json.loads((root / "rules.json").read_text(encoding="utf-8"))
    with open(root / "entity_patterns.jsonl", encoding="utf-8") as f:
        config["entity_patterns"] = [json.loads(line) for line in f if line.strip()]
    return config


def head_noun_type(words: list[str]) -> str | None:
    """Entity type told by the head noun of a description ("a new NER dataset" -> Dataset)."""
    heads = patterns_config()["head_nouns"]
    for word in reversed(words):
        lower = word.lower().strip(",.;:")
        for label, nouns in heads.items():
            if lower in nouns:
                return label
        if lower and lower not in patterns_config()["modifiers"] and not lower.isdigit():
            # the last content word decides; a word we do not know means "no type"
            return None
    return None


# --- gazetteer ------------------------------------------------------------------------


@Language.factory("kg_gazetteer", default_config={"confidence": 0.95})
def make_gazetteer(nlp: Language, name: str, confidence: float):
    return GazetteerMatcher(nlp, confidence)


class GazetteerMatcher:
    """PhraseMatcher (attr LOWER) over every gazetteer name and alias."""

    def __init__(self, nlp: Language, confidence: float):
        self.confidence = confidence
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")  # entries flagged case_sensitive
        generic = generic_terms()
        by_surface: dict[str, tuple[str, GazetteerEntry]] = {}
        for entry in load_entries():
            for surface in (entry.name, *entry.aliases):
                lookup = surface if entry.case_sensitive else surface.lower()
                if surface.lower() in generic or lookup in by_surface:
                    continue
                by_surface[lookup] = (surface, entry)
        self._ids: dict[int, GazetteerEntry] = {}
        # Patterns are tokenised as written: lower-casing first can move token boundaries
        # (GSM8K -> GSM8 K, but gsm8k stays one token).
        for index, (surface, entry) in enumerate(by_surface.values()):
            match_id = f"g{index}"
            self._ids[nlp.vocab.strings.add(match_id)] = entry
            if entry.case_sensitive:
                self.exact.add(match_id, [nlp.make_doc(surface)])
                continue
            docs = [nlp.make_doc(surface), nlp.make_doc(surface.lower())]
            if len(docs[0]) == len(docs[1]):
                docs = docs[:1]
            self.matcher.add(match_id, docs)

    def __call__(self, doc: Doc) -> Doc:
        found = _candidates(doc)
        for match_id, start, end in [*self.matcher(doc), *self.exact(doc)]:
            entry = self._ids[match_id]
            span = doc[start:end]
            if len(span.text) <= 4 and span.text.islower() and entry.name.isupper():
                continue  # "bert" in running text is rarely BERT
            if _inside_compound(doc, start, end):
                continue  # ChiMed-GPT is a new system, not GPT
            found.append(Candidate(start, end, entry.type, "gazetteer", self.confidence, entry.name, 3))
        return doc


def _inside_compound(doc: Doc, start: int, end: int) -> bool:
    """A match glued into a longer hyphenated name: X-GPT, OV-DINO, or GPT-Med (but not BERT-based)."""
    if start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
            and not doc[start - 2].whitespace_:
        return True
    if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and doc[end + 1].text[:1].isupper():
        return True
    return False


# --- context patterns -----------------------------------------------------------------


@Language.factory("kg_patterns")
def make_patterns(nlp: Language, name: str):
    return ContextPatterns(nlp)


class ContextPatterns:
    """Matcher token patterns from kg/data/patterns/entity_patterns.jsonl.

    Each pattern names the entity type and which slice of the match is the entity
    (`"span": [0, -1]` drops a trailing head noun such as "dataset")."""

    def __init__(self, nlp: Language):
        self.matcher = Matcher(nlp.vocab)
        self.rules: dict[str, dict] = {}
        for rule in patterns_config()["entity_patterns"]:
            self.rules[rule["id"]] = rule
            self.matcher.add(rule["id"], [rule["pattern"]])
        self.stop = set(patterns_config()["stop_words"])

    def __call__(self, doc: Doc) -> Doc:
        found = _candidates(doc)
        strings = doc.vocab.strings
        for match_id, start, end in self.matcher(doc):
            rule = self.rules[strings[match_id]]
            a, b = rule.get("span", [0, None])
            span = doc[start:end][a:b]
            # Trim leading stop words ("The ImageNet") that a greedy pattern swallowed.
            while len(span) and span[0].lower_ in self.stop:
                span = span[1:]
            if not len(span) or not any(looks_named(t.text) or t.is_title for t in span):
                continue
            if span.start == span.sent.start and len(span) == 1 and not looks_named(span.text):
                continue
            found.append(Candidate(span.start, span.end, rule["label"], rule["id"], rule["confidence"]))
        return doc


# --- abbreviation definitions ---------------------------------------------------------


@Language.factory("kg_abbreviations")
def make_abbreviations(nlp: Language, name: str):
    return AbbreviationFinder(nlp)


def _initials_match(short: str, words: list[str]) -> bool:
    """Schwartz & Hearst: the short form's letters appear in order in the long form,
    its first letter opening the long form's first word."""
    letters = [c.lower() for c in short if c.isalnum()]
    text = " ".join(words).lower()
    if not letters or not text or text[0] != letters[0]:
        return False
    position = len(text)
    for char in reversed(letters):
        position = text.rfind(char, 0, position)
        if position < 0:
            return False
    return True


class AbbreviationFinder:
    """"Low-Rank Adaptation (LoRA)": records (long, short) pairs and typed candidates."""

    def __init__(self, nlp: Language):
        self.matcher = Matcher(nlp.vocab)
        self.matcher.add("paren", [[{"ORTH": "("}, {"TEXT": {"REGEX": r"^[A-Za-z][\w\-.]*[A-Z][\w\-.]*$"}},
                                    {"ORTH": {"IN": [")", ";", ","]}}]])
        self.stop = set(patterns_config()["stop_words"])

    def __call__(self, doc: Doc) -> Doc:
        pairs = doc.user_data.setdefault(ABBREVIATIONS, [])
        found = _candidates(doc)
        for _, start, end in self.matcher(doc):
            short = doc[start + 1]
            if len(short.text) > 12:
                continue
            limit = min(len(short.text) + 5, len(short.text) * 2)
            sent_start = doc[start].sent.start
            first = max(sent_start, start - limit)
            words = doc[first:start]
            best = None
            for i in range(len(words) - 1, -1, -1):
                token = words[i]
                if token.is_punct and token.text not in "-/":
                    break
                if token.lower_ in self.stop and i < len(words) - 1:
                    break
                if _initials_match(short.text, [t.text for t in words[i:]]):
                    best = words[i:]
            if best is None:
                continue
            long_span = doc[best.start:best.end]
            pairs.append((long_span.start, long_span.end, short.i, short.i + 1))
            label = head_noun_type([t.text for t in long_span])
            if label:
                found.append(Candidate(long_span.start, long_span.end, label, "abbreviation-long", 0.8, None, 2))
                found.append(Candidate(short.i, short.i + 1, label, "abbreviation-short", 0.85, None, 2))
        return doc


# --- names a paper introduces ---------------------------------------------------------


@Language.factory("kg_introduced")
def make_introduced(nlp: Language, name: str):
    return IntroducedNames(nlp)


def glued_run(doc: Doc, i: int) -> Span:
    """The run of tokens around i written without spaces (ChiMed - GPT -> ChiMed-GPT)."""
    start = i
    while start > 0 and not doc[start - 1].whitespace_ and doc[start - 1].text not in "([{\"'":
        if doc[start - 1].is_punct and doc[start - 1].text not in "-/.":
            break
        start -= 1
    end = i + 1
    while end < len(doc) and not doc[end - 1].whitespace_ and doc[end].text not in ")]},;:\"'":
        if doc[end].is_punct and doc[end].text not in "-/.":
            break
        end += 1
    while end - 1 > start and doc[end - 1].text in "-/.":
        end -= 1
    return doc[start:end]


class IntroducedNames:
    """Names the paper defines: "we propose X", "X, a new benchmark", "a framework called X",
    and titles of the form "X: A … Dataset for …". Typed by the head noun around them."""

    def __init__(self, nlp: Language):
        cfg = patterns_config()
        self.verbs = set(cfg["introduce_verbs"])
        self.naming = set(cfg["naming_words"])
        self.stop = set(cfg["stop_words"])
        self.generic = generic_terms()
        self.matcher = Matcher(nlp.vocab)
        self.matcher.add("we-verb", [[{"LOWER": {"IN": ["we", "this", "paper", "work"]}},
                                      {"LOWER": {"IN": sorted(self.verbs)}}]])
        self.matcher.add("called", [[{"LOWER": {"IN": sorted(self.naming)}}]])

    def _name_after(self, doc: Doc, i: int, limit: int = 8) -> Span | None:
        """First name-like token within `limit` tokens after i, on the same clause."""
        for j in range(i, min(len(doc), i + limit)):
            token = doc[j]
            if token.text in {".", ";"} or token.lower_ in {"that", "which", "to"}:
                return None
            if looks_named(token.text) and token.lower_ not in self.generic:
                run = glued_run(doc, j)
                if run.text.lower() not in self.generic:
                    return run
        return None

    def _type_after(self, doc: Doc, end: int) -> str | None:
        """"X, a new benchmark for …" / "X, a two-stage strategy": type by the appositive."""
        if end < len(doc) and doc[end].text in {",", ":", "("}:
            words = []
            for token in doc[end + 1:end + 10]:
                if token.text in {",", ".", ";", ")"} or token.lower_ in {"for", "that", "which", "with",
                                                                           "to", "of", "in", "on", "from"}:
                    break
                words.append(token.text)
            return head_noun_type(words)
        if end < len(doc):
            return head_noun_type([doc[end].text])
        return None

    def _type_before(self, doc: Doc, start: int) -> str | None:
        words = [t.text for t in doc[max(0, start - 6):start] if t.lower_ not in self.naming]
        return head_noun_type(words)

    def __call__(self, doc: Doc) -> Doc:
        introduced = doc.user_data.setdefault(INTRODUCED, [])
        found = _candidates(doc)
        strings = doc.vocab.strings
        seen = set()

        def add(span: Span, label: str | None, rule: str, confidence: float) -> None:
            if span is None or (span.start, span.end) in seen:
                return
            seen.add((span.start, span.end))
            label = label or "Method"
            found.append(Candidate(span.start, span.end, label, rule, confidence, None, 2))
            introduced.append((span.start, span.end, label, rule, confidence))

        for match_id, start, end in self.matcher(doc):
            kind = strings[match_id]
            name = self._name_after(doc, end)
            if name is None:
                continue
            if kind == "called":
                add(name, self._type_before(doc, start) or self._type_after(doc, name.end), "introduced-called", 0.85)
            else:
                label = self._type_after(doc, name.end) or self._type_before(doc, name.start)
                add(name, label, "introduced-we-propose", 0.8)
        # "X, a new benchmark …" anywhere
        for token in doc:
            if token.text == "," and token.i > 0 and token.i + 2 < len(doc) \
                    and doc[token.i + 1].lower_ in {"a", "an"} \
                    and doc[token.i + 2].lower_ in {"new", "novel", "large-scale", "challenging", "comprehensive"}:
                run = glued_run(doc, token.i - 1)
                if looks_named(run.text) and run.text.lower() not in self.generic:
                    add(run, self._type_after(doc, run.end), "introduced-appositive", 0.8)
        return doc


def title_introduced(doc: Doc) -> Candidate | None:
    """"ChiMed-GPT: A Chinese Medical Large Language Model with …" -> (ChiMed-GPT, Model)."""
    for token in doc[:8]:
        if token.text == ":" and token.i > 0:
            name = doc[:token.i]
            if len(name) > 6 or not looks_named(name.text) or name.text.lower() in generic_terms():
                return None
            words = []
            for t in doc[token.i + 1:token.i + 14]:
                if t.lower_ in {"for", "with", "via", "of", "in", "on", "from", "to", "using", "through",
                                "by", "and", ","}:
                    break
                words.append(t.text)
            label = head_noun_type(words) or "Method"
            return Candidate(0, token.i, label, "introduced-title", 0.85, None, 2)
    return None


# --- selection ------------------------------------------------------------------------


@Language.factory("kg_select")
def make_select(nlp: Language, name: str):
    return SelectMentions()


class SelectMentions:
    """Keep the best non-overlapping candidates: longest first, then by priority;
    drop generic words ("LLMs", "our method") and bare stop words."""

    def __init__(self):
        self.generic = generic_terms()
        self.stop = set(patterns_config()["stop_words"])

    def __call__(self, doc: Doc) -> Doc:
        candidates = _candidates(doc)
        ranked = sorted(candidates, key=lambda c: (-(c.end - c.start), -c.priority, -c.confidence, c.start))
        taken = [False] * len(doc)
        chosen = []
        for c in ranked:
            if any(taken[c.start:c.end]):
                continue
            text = doc[c.start:c.end].text
            lower = clean_surface(text).lower()
            if not lower or lower in self.generic or lower in self.stop:
                continue
            chosen.append(c)
            for i in range(c.start, c.end):
                taken[i] = True
        doc.user_data[MENTIONS] = sorted(chosen, key=lambda c: c.start)
        return doc


_UPPER_DOT_SUFFIX = r"(?<=[A-Z0-9]{2})\.$"


def make_tokenizer_fixes(nlp: Language) -> None:
    """Split a sentence-final period after an upper-case or digit name (ImageNet-1K. -> ImageNet-1K .)."""
    from spacy.util import compile_suffix_regex

    suffixes = list(nlp.Defaults.suffixes) + [_UPPER_DOT_SUFFIX]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search


def entity_pattern_ids() -> list[str]:
    return [rule["id"] for rule in patterns_config()["entity_patterns"]]


def compile_regex(pattern: str) -> re.Pattern:
    return re.compile(pattern)
