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

from spacy.attrs import IS_ALPHA, IS_TITLE
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
SHORT_TYPES = "kg_short_types"  # {short form: type} defined in the doc
NAME_MATCHES = "kg_name_matches"  # kg_patterns matches that kg_names types


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
    for label, nouns in config["head_nouns"].items():
        # plurals come for free: "classifier" also types "Bayesian classifiers"
        config["head_nouns"][label] = list(dict.fromkeys(
            [*nouns, *(_plural(n) for n in nouns if n.isalpha() and not n.endswith("s"))]))
    with open(root / "entity_patterns.jsonl", encoding="utf-8") as f:
        config["entity_patterns"] = [json.loads(line) for line in f if line.strip()]
    return config


def _plural(noun: str) -> str:
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    return noun + "s"


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


_FLAG_FIRST, _FLAG_LAST = 40, 63  # spaCy lexeme flags free for applications
_FLAGS: dict[int, tuple[object, "LexemeFlags"]] = {}


class LexemeFlags:
    """Boolean lexeme flags of one vocab: the regexes of rules.json "token_flags" and the
    word lists patterns test ({"LOWER": {"IN": [...]}}). A flag is computed once per
    lexeme, so a pattern that tests it costs no Python per token, unlike REGEX and IN
    predicates, which the Matcher evaluates in Python for every token of every doc."""

    def __init__(self, vocab):
        self.vocab = vocab
        self.names: dict[str, str] = {}
        self.lists: dict[frozenset, str] = {}
        self.next = _FLAG_FIRST
        for name, regex in patterns_config()["token_flags"].items():
            compiled = re.compile(regex)
            self.names[name] = self._add(lambda text, compiled=compiled: bool(compiled.search(text)))

    def _add(self, getter) -> str | None:
        if self.next > _FLAG_LAST:
            return None
        flag = self.next
        self.next += 1
        self.vocab.add_flag(getter, flag_id=flag)
        return f"FLAG{flag}"

    def word_list(self, words) -> str | None:
        """The flag "lower-case form is one of `words`" (None when flags run out)."""
        key = frozenset(w.lower() for w in words)
        if key not in self.lists:
            self.lists[key] = self._add(lambda text, key=key: text.lower() in key)
        return self.lists[key]


def install_flags(vocab) -> LexemeFlags:
    """The LexemeFlags of `vocab`, registering them on first use."""
    entry = _FLAGS.get(id(vocab))
    if entry is None or entry[0] is not vocab:
        entry = (vocab, LexemeFlags(vocab))
        _FLAGS[id(vocab)] = entry
    return entry[1]


def compile_pattern(pattern: list[dict], flags: LexemeFlags) -> list[dict]:
    """Data pattern -> spaCy pattern: {"FLAG:NAMED": true} becomes that lexeme flag; a
    value "@head_nouns.Method" ("@head_nouns.ALL", "@<list in rules.json>") a word list;
    and LOWER IN / NOT_IN word lists become lexeme flags."""
    heads = patterns_config()["head_nouns"]
    out = []
    for token in pattern:
        spec = {}
        for key, value in token.items():
            if key.startswith("FLAG:"):
                key = flags.names[key[5:]]
            if isinstance(value, dict):
                value = {op: _word_list(v, heads) for op, v in value.items()}
                if key == "LOWER" and len(value) == 1 and ("IN" in value or "NOT_IN" in value):
                    op, words = next(iter(value.items()))
                    flag = flags.word_list(words)
                    if flag is not None:
                        key, value = flag, op == "IN"
            spec[key] = value
        out.append(spec)
    return out


def _word_list(value, heads: dict):
    """"@head_nouns.Method" / "@head_nouns.ALL" / "@<list in rules.json>" -> that word list."""
    if not isinstance(value, str) or not value.startswith("@"):
        return value
    if value.startswith("@head_nouns."):
        label = value.split(".", 1)[1]
        return sorted({w for k, ws in heads.items() if label in (k, "ALL") for w in ws if " " not in w})
    return sorted(patterns_config()[value[1:]])


def mostly_title_case(doc: Doc) -> bool:
    """A title-cased text ("A Chinese Medical Large Language Model") tells no names by case."""
    alpha = doc.to_array([IS_ALPHA, IS_TITLE])
    words = alpha[:, 0].sum()
    return words > 0 and alpha[:, 1].sum() > 0.5 * words


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

    Each pattern names the entity type ("auto": by the span's head noun, else
    `default_label`), which slice of the match is the mention (`span`) and which slice of
    the mention is the name (`name`: "BLEU score" is a mention of BLEU). Rules with
    `"stage": "names"` run later, in kg_names, once abbreviations are known."""

    def __init__(self, nlp: Language):
        flags = install_flags(nlp.vocab)
        self.matcher = Matcher(nlp.vocab, validate=False)
        self.rules: dict[str, dict] = {}
        self.generic_heads = set(patterns_config()["generic_heads"])
        for rule in patterns_config()["entity_patterns"]:
            self.rules[rule["id"]] = rule
            self.matcher.add(rule["id"], [compile_pattern(rule["pattern"], flags)], greedy=rule.get("greedy"))
        self.stop = set(patterns_config()["stop_words"])
        self.generic = generic_terms()

    def _span(self, doc: Doc, rule: dict, start: int, end: int) -> Span | None:
        a, b = rule.get("span", [0, None])
        span = doc[start:end][a:b]
        if rule.get("glue") and len(span):
            # the whole written name around the matched token: P-CFG, Ant-Q, GNSS/INS
            first, last = glued_run(doc, span.start), glued_run(doc, span.end - 1)
            span = doc[min(first.start, span.start):max(last.end, span.end)]
        # Trim leading stop words ("The ImageNet") that a greedy pattern swallowed.
        while len(span) and (span[0].lower_ in self.stop or span[0].text in "-/+&"):
            span = span[1:]
        while len(span) and span[-1].text in "-/&":
            span = span[:-1]
        if not len(span):
            return None
        if span.start == span.sent.start and not looks_named(span[0].text):
            # a capital that only opens the sentence is no evidence of a name
            if len(span) == 1 or not any(looks_named(t.text) or t.is_title for t in span[1:]):
                return None
        if not any(looks_named(t.text) or t.is_title for t in span):
            return None
        return span

    def label(self, doc: Doc, rule: dict, span: Span) -> str | None:
        label = rule["label"]
        if label == "auto":
            label = head_noun_type([span[-1].text]) or rule.get("default_label")
        return label

    def __call__(self, doc: Doc) -> Doc:
        # one matcher pass for both stages; "names" matches wait for kg_names
        later = doc.user_data.setdefault(NAME_MATCHES, [])
        now = []
        strings = doc.vocab.strings
        for match_id, start, end in self.matcher(doc):
            rule = self.rules[strings[match_id]]
            (later if rule.get("stage") == "names" else now).append((rule, start, end))
        self.add_candidates(doc, now)
        return doc

    def add_candidates(self, doc: Doc, matches) -> None:
        found = _candidates(doc)
        # a benchmark or model named before a head noun keeps its curated type ("GLUE tasks");
        # a task's name before "system" or "model" names a system for it ("MT system")
        gazetteer = {(c.start, c.end): (c.label, c.canonical) for c in found
                     if c.rule == "gazetteer" and c.label in ("Dataset", "Model")}
        title_case = None
        for rule, start, end in matches:
            if rule.get("case_sensitive_text"):
                if title_case is None:
                    title_case = mostly_title_case(doc)
                if title_case:
                    continue
            span = self._span(doc, rule, start, end)
            if span is None:
                continue
            if "type_from" in rule:
                label = head_noun_type([doc[start:end][rule["type_from"]].text]) or rule.get("default_label")
            else:
                label = self.label(doc, rule, span)
            if label is None:
                continue
            canonical = None
            if "name" in rule:
                a, b = rule["name"]
                if b == -1 and span[-1].lower_ not in self.generic_heads:
                    b = None  # "L2 regularization" names a method; "ImageNet dataset" names ImageNet
                name = span[a:b]
                if not len(name) or clean_surface(name.text).lower() in self.generic:
                    continue
                sent_start = span.sent.start
                if not any(looks_named(t.text) or (t.is_title and t.i != sent_start) for t in name):
                    continue  # "When applying LLMs": the capital only opened the sentence
                if label in rule.get("gap_needs_acronym_for", ()) and any(t.is_lower for t in name) \
                        and not any(looks_named(t.text) for t in name):
                    continue  # "Chinese legal tasks", "English understanding system"
                known = gazetteer.get((name.start, name.end))
                if known is not None:
                    label, canonical = known  # "GLUE tasks" is a mention of the GLUE benchmark
                else:
                    canonical = clean_surface(name.text)
            found.append(Candidate(span.start, span.end, label, rule["id"], rule["confidence"], canonical,
                                   rule.get("priority", 1)))


@Language.factory("kg_names")
def make_names(nlp: Language, name: str):
    return NamePatterns(nlp)


class NamePatterns(ContextPatterns):
    """Name-shaped words with no other evidence (an acronym, a camel-case or alphanumeric
    word, a run of capitalised words): the weakest candidates. A short form defined in
    the text ("... (TEA)") takes the type of its definition. Its patterns (`"stage":
    "names"`) are matched in kg_patterns' single pass and typed here, after kg_abbreviations."""

    def __init__(self, nlp: Language):
        self.stop = set(patterns_config()["stop_words"])
        self.generic = generic_terms()
        self.generic_heads = set(patterns_config()["generic_heads"])

    def __call__(self, doc: Doc) -> Doc:
        self.add_candidates(doc, doc.user_data.pop(NAME_MATCHES, []))
        return doc

    def label(self, doc: Doc, rule: dict, span: Span) -> str | None:
        defined = doc.user_data.get(SHORT_TYPES)
        if defined and span.text in defined:
            return defined[span.text]
        if rule.get("defined_only"):
            return None
        return super().label(doc, rule, span)


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
        self.default_label = patterns_config()["abbreviation"]["default_label"]
        self.default_confidence = patterns_config()["abbreviation"]["default_confidence"]

    def __call__(self, doc: Doc) -> Doc:
        pairs = doc.user_data.setdefault(ABBREVIATIONS, [])
        short_types = doc.user_data.setdefault(SHORT_TYPES, {})
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
            confidence = 0.8
            if label is None and self.default_label:
                label, confidence = self.default_label, self.default_confidence
            if label is not None:
                found.append(Candidate(long_span.start, long_span.end, label, "abbreviation-long", confidence, None, 2))
                found.append(Candidate(short.i, short.i + 1, label, "abbreviation-short", confidence + 0.05, None, 2))
                short_types[short.text] = label
            # the definition as one mention, "conditional random fields (CRFs)", and with a
            # head noun after it, "natural language processing (NLP) systems"
            end = start + 3
            if doc[end - 1].text != ")":
                continue
            head = head_noun_type([doc[end].text]) if end < len(doc) and doc[end].lower_ not in self.stop else None
            if head is not None:
                found.append(Candidate(long_span.start, end + 1, head, "abbreviation-definition", confidence,
                                       clean_surface(short.text), 2))
            elif label is not None:
                found.append(Candidate(long_span.start, end, label, "abbreviation-definition", confidence,
                                       clean_surface(short.text), 2))
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
        self.verbs_after = set(cfg["verbs_after_name"])
        flags = install_flags(nlp.vocab)
        self.matcher = Matcher(nlp.vocab, validate=False)
        for key, pattern in (
            ("we-verb", [{"LOWER": {"IN": ["we", "this", "paper", "work"]}}, {"LOWER": {"IN": sorted(self.verbs)}}]),
            ("called", [{"LOWER": {"IN": sorted(self.naming)}}]),
            ("appositive", [{"ORTH": ","}, {"LOWER": {"IN": ["a", "an"]}},
                            {"LOWER": {"IN": sorted(cfg["appositive_words"])}}]),
        ):
            self.matcher.add(key, [compile_pattern(pattern, flags)])

    def _name_after(self, doc: Doc, i: int, limit: int = 8) -> Span | None:
        """First name-like token within `limit` tokens after i, on the same clause."""
        for j in range(i, min(len(doc), i + limit)):
            token = doc[j]
            if token.text in {".", ";"} or token.lower_ in {"that", "which", "to"}:
                return None
            if token.like_url or "/" in token.text or "@" in token.text:
                return None
            if looks_named(token.text) and token.lower_ not in self.generic:
                run = glued_run(doc, j)
                if run.text.lower() in self.generic:
                    continue
                if run.start > 0 and doc[run.start - 1].text == "(":
                    return None  # a short form: its definition tells what it is (kg_abbreviations)
                after = doc[run.end] if run.end < len(doc) else None
                if after is not None and (after.is_title or (
                        after.is_alpha and after.is_lower and after.lower_ not in self.stop
                        and after.lower_ not in self.verbs_after and head_noun_type([after.text]) is None)):
                    # part of a longer capitalised phrase ("dubbed Aligning TeacheR with …") or
                    # a modifier ("we release T5X checkpoints")
                    return None
                if run.start > i and doc[run.start - 1].is_title and doc[run.start - 1].i != doc[run.start - 1].sent.start:
                    return None
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
        label = head_noun_type(words)
        if label is None:
            # "a Chinese dataset for full-text error correction, named ChFT": the nearest
            # head noun of the phrase the name is given to
            for token in reversed(doc[max(doc[start].sent.start, start - 12):start]):
                if token.text in {".", ";"}:
                    break
                found = head_noun_type([token.text])
                if found in ("Dataset", "Model", "Method"):
                    return found
        return label

    def __call__(self, doc: Doc) -> Doc:
        introduced = doc.user_data.setdefault(INTRODUCED, [])
        found = _candidates(doc)
        strings = doc.vocab.strings
        seen = set()

        def add(span: Span, label: str | None, rule: str, confidence: float) -> None:
            if span is None or (span.start, span.end) in seen:
                return
            seen.add((span.start, span.end))
            label = label or name_type_hint(span.text) or "Method"
            found.append(Candidate(span.start, span.end, label, rule, confidence, None, 2))
            introduced.append((span.start, span.end, label, rule, confidence))

        for match_id, start, end in self.matcher(doc):
            kind = strings[match_id]
            if kind == "appositive":
                # "X, a new benchmark …"
                if start == 0:
                    continue
                before = start - 1
                if doc[before].text == ")" and before >= 2 and doc[before - 2].text == "(":
                    before -= 1  # "Image-to-Entities (I2E), a new dataset": the short form
                run = glued_run(doc, before)
                if looks_named(run.text) and run.text.lower() not in self.generic:
                    add(run, self._type_after(doc, start), "introduced-appositive", 0.8)
                continue
            name = self._name_after(doc, end)
            if name is None:
                continue
            if kind == "called":
                add(name, self._type_before(doc, start) or self._type_after(doc, name.end), "introduced-called", 0.85)
            else:
                label = self._type_after(doc, name.end) or self._type_before(doc, name.start)
                add(name, label, "introduced-we-propose", 0.8)
        return doc


@lru_cache(maxsize=1)
def _name_hints() -> list[tuple[str, re.Pattern]]:
    return [(label, re.compile(regex)) for label, regex in patterns_config()["name_type_hints"].items()]


def name_type_hint(name: str) -> str | None:
    """The type a new name's own words suggest when nothing around it does (ONEBench -> Dataset)."""
    for label, regex in _name_hints():
        if regex.search(name):
            return label
    return None


def title_introduced(doc: Doc) -> Candidate | None:
    """"ChiMed-GPT: A Chinese Medical Large Language Model with …" -> (ChiMed-GPT, Model)."""
    for token in doc[:8]:
        if token.text == ":" and token.i > 0:
            name = doc[:token.i]
            if len(name) > 6 or not looks_named(name.text) or name.text.lower() in generic_terms():
                return None
            # a name, not a catchy phrase ("Text Is All You Need: …", "Learning from Future: …"):
            # one written name, or at most three capitalised words
            words_of_name = [t for t in name if t.is_alpha or any(c.isalnum() for c in t.text)]
            if not any(looks_named(t.text) for t in name) and (
                    len(words_of_name) > 3 or any(not t.text[:1].isupper() for t in words_of_name)):
                return None
            if any(t.is_lower and t.is_alpha for t in name):
                return None
            if len(name.text.split()) > 3 or name[0].lower_ in patterns_config()["title_phrase_openers"]:
                return None  # "Long-Context LLMs Meet RAG: …", "Beyond Self-Supervision: …"
            words = []
            for t in doc[token.i + 1:token.i + 14]:
                if t.lower_ in {"for", "with", "via", "of", "in", "on", "from", "to", "using", "through",
                                "by", "and", ","}:
                    break
                words.append(t.text)
            label = head_noun_type(words) or name_type_hint(name.text) or "Method"
            if label == "Task":
                label = "Method"  # "X: Open-Vocabulary Detection with …" names a method for the task
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
        cfg = patterns_config()
        self.generic = generic_terms()
        self.stop = set(cfg["stop_words"])
        self.verbs = set(cfg["verbs_after_name"])
        self.not_a_name = re.compile(cfg["not_a_name"])
        self.trusted = tuple(cfg["modifier_check"]["skip_rules_prefix"])

    def _modifier(self, doc: Doc, end: int) -> bool:
        """A name written as a modifier of a following noun ("PTZ cameras", "ASR output",
        "MT system design") names something else; a verb, a stop word or punctuation after
        it leaves it a name."""
        if end >= len(doc):
            return False
        nxt = doc[end]
        lower = nxt.lower_
        return (nxt.is_alpha and nxt.is_lower and lower not in self.stop and lower not in self.verbs
                and not lower.endswith(("ed", "ly", "ing")))

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
            if c.canonical and c.canonical.lower() in self.generic:
                continue
            if self.not_a_name.match(c.canonical or lower):
                continue  # "7B models", "(A)": a size or a letter is no name
            if c.priority < 3 and not c.rule.startswith(self.trusted) and self._modifier(doc, c.end):
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
