"""kg's spaCy pipeline components, registered by name like spaCy's own.

Each component adds `Candidate`s to `doc.user_data["kg_candidates"]`; `kg_select` picks
the final, non-overlapping mentions into `doc.user_data["kg_mentions"]`. Components hold
only compiled matchers built from the data files in kg/data, so they are cheap per doc.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import NamedTuple

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span
from spacy.util import minibatch

from kg.extract.arrays import (
    DOC_INFO, ArrayMatcher, DocInfo, LexemeMask, doc_info, doc_infos, lexicon, per_vocab,
)
from kg.extract.gazetteer import GazetteerEntry, curated_forms, generic_terms, load_entries, spelled_out
from kg.extract.names import clean_surface, entity_key, looks_named, singular
from kg.resources import data_dir

CANDIDATES = "kg_candidates"
MENTIONS = "kg_mentions"
INTRODUCED = "kg_introduced"
ABBREVIATIONS = "kg_abbreviations"
SHORT_TYPES = "kg_short_types"  # {short form: type} defined in the doc
SHORT_NAMES = "kg_short_names"  # {short form: curated name} of a short form defined by a curated name
SHORT_RUNS = "kg_short_runs"  # {token texts: type} of defined short forms of several tokens (SI-Nets)
NAME_MATCHES = "kg_name_matches"  # kg_patterns matches that kg_names types
# methods and models are one kind where a name's role matters more than which of the two it is:
# what a sentence's subject can be, what a definition's head noun may say of a curated method
SUBJECT_TYPES = frozenset({"Method", "Model"})
DATA_KINDS = "kg_data_kinds"  # short forms the doc defines as a kind of data: "real-world time series (RTS) data"


class Candidate(NamedTuple):  # a named tuple: a quarter of a frozen dataclass's cost to build
    start: int  # token offsets within the doc
    end: int
    label: str
    rule: str
    confidence: float
    canonical: str | None = None  # gazetteer name, when known
    priority: int = 1  # gazetteer 3 > defined/introduced 2 > context pattern 1


def _candidates(doc: Doc) -> list[Candidate]:
    return doc.user_data.setdefault(CANDIDATES, [])


class BatchMatching:
    """A component whose `matcher` is an ArrayMatcher: `nlp.pipe` hands it docs in
    batches, matched in one pass each (ArrayMatcher.match_docs); `apply(doc, matches)`
    is the component's work on one doc."""

    matcher: ArrayMatcher

    def __call__(self, doc: Doc) -> Doc:
        return self.apply(doc, self.matcher(doc))

    def pipe(self, docs, batch_size: int = 128):
        for batch in minibatch(docs, batch_size):
            for doc, matches in zip(batch, self.matcher.match_docs(batch)):
                yield self.apply(doc, matches)

    def apply(self, doc: Doc, matches: list[tuple[int, int, int]]) -> Doc:
        raise NotImplementedError


@lru_cache(maxsize=1)
def patterns_config() -> dict:
    """Context patterns, head nouns and cue words: kg/data/patterns/*.json(l)."""
    root = data_dir() / "patterns"
    config = json.loads((root / "rules.json").read_text(encoding="utf-8"))
    product = set(config["plural_names_product"])
    for label, nouns in config["head_nouns"].items():
        # plurals come for free: "classifier" also types "Bayesian classifiers"; but
        # "phonetic transcriptions" are data, not a task
        config["head_nouns"][label] = list(dict.fromkeys(
            [*nouns, *(_plural(n) for n in nouns if n.isalpha() and not n.endswith("s") and n not in product)]))
    # the verbs a method's name does things with, also those that are plural nouns too ("POS tags")
    config["method_verbs"] = [*config["method_verbs_after_name"], *config["method_verbs_also_nouns"]]
    # a gap inside a name never holds a stop word or a verb that follows names
    config["gap_words_excluded"] = sorted({*config["gap_words_excluded"], *config["stop_words"],
                                           *config["verbs_after_name"], *config["method_verbs"]})
    with open(root / "entity_patterns.jsonl", encoding="utf-8") as f:
        config["entity_patterns"] = [json.loads(line) for line in f if line.strip()]
    return config


def _plural(noun: str) -> str:
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    return noun + "s"


_EVENT_HEADS = frozenset({"Challenge", "Challenges"})


def head_noun_type(words: list[str]) -> str | None:
    """Entity type told by the head noun of a description ("a new NER dataset" -> Dataset)."""
    type_of, modifiers = _head_noun_types()
    for word in reversed(words):
        if word in _EVENT_HEADS:
            return None  # "the VoiceMOS Challenge 2022", "Blizzard Challenges": a competition, no task
        lower = word.lower().strip(",.;:")
        label = type_of.get(lower)
        if label is not None:
            return label
        if lower and lower not in modifiers and not lower.isdigit():
            # the last content word decides; a word we do not know means "no type"
            return None
    return None


@lru_cache(maxsize=1)
def _head_noun_types() -> tuple[dict[str, str], frozenset[str]]:
    """{head noun: type} (a noun listed under two types takes the first) and the modifiers."""
    type_of: dict[str, str] = {}
    for label, nouns in patterns_config()["head_nouns"].items():
        for noun in nouns:
            type_of.setdefault(noun, label)
    return type_of, frozenset(patterns_config()["modifiers"])


class NameHeads(NamedTuple):
    """The head nouns that decide how much of a match is the name (rules.json)."""
    generic: frozenset[str]  # stay out of the name: "ImageNet dataset" names ImageNet
    capitalised: frozenset[str]  # but capitalised after plain words are in it: "the Multifaceted Collection"
    compound: frozenset[str]  # two-word heads in the name: "the CoNLL shared task"


@lru_cache(maxsize=1)
def _name_heads() -> NameHeads:
    cfg = patterns_config()
    return NameHeads(frozenset(cfg["generic_heads"]), frozenset(cfg["capitalised_heads_in_names"]),
                     frozenset(cfg["heads_in_names"]))


def compile_pattern(pattern: list[dict]) -> list[dict]:
    """Data pattern -> spaCy Matcher pattern: {"FLAG:NAMED": true} becomes the regular
    expression of rules.json "token_flags" NAMED on the token's text, and a value
    "@head_nouns.Method" ("@head_nouns.ALL", "@<list in rules.json>") a word list.

    (ArrayMatcher tests each token spec once per word of the vocabulary, so neither a
    regex nor a word list costs anything per token.)"""
    heads = patterns_config()["head_nouns"]
    flags = patterns_config()["token_flags"]
    out = []
    for token in pattern:
        spec = {}
        for key, value in token.items():
            if key.startswith("FLAG:"):
                if value is not True or "TEXT" in token or "TEXT" in spec:
                    raise ValueError(f"a token flag must be true, one per token, without TEXT: {token}")
                key, value = "TEXT", {"REGEX": flags[key[5:]]}
            elif isinstance(value, dict):
                value = {op: _word_list(v, heads) for op, v in value.items()}
            spec[key] = value
        out.append(spec)
    return out


@lru_cache(maxsize=1)
def _name_edge_punctuation() -> frozenset[str]:
    """Punctuation trimmed from the start of a context-pattern mention ("-", "/", "+", "&")."""
    return frozenset(patterns_config()["name_edge_punctuation"])


def _word_list(value, heads: dict):
    """"@head_nouns.Method" / "@head_nouns.ALL" / "@<list in rules.json>" -> that word list."""
    if not isinstance(value, str) or not value.startswith("@"):
        return value
    if value.startswith("@head_nouns."):
        label = value.split(".", 1)[1]
        return sorted({w for k, ws in heads.items() if label in (k, "ALL") for w in ws if " " not in w})
    return sorted(patterns_config()[value[1:]])


# --- sentences ------------------------------------------------------------------------


@Language.factory("kg_sentences")
def make_sentences(nlp: Language, name: str):
    return SentenceSplitter()


class SentenceSplitter:
    """spaCy's Sentencizer rule (default punctuation), read from cached lexeme attributes
    instead of Token objects; also fills the doc's token arrays (kg.extract.arrays), a
    batch of docs at a time.

    The sentences live in the doc's DocInfo, which every later component reads; they are
    not written into the doc: nothing reads them there, and `Doc.from_array` costs several
    µs per doc."""

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs, batch_size: int = 128):
        for batch in minibatch(docs, batch_size):
            for doc, info in zip(batch, doc_infos(batch, has_sentences=False)):
                doc.user_data[DOC_INFO] = info
            yield from batch


# --- gazetteer ------------------------------------------------------------------------


@Language.factory("kg_gazetteer", default_config={"confidence": 0.95})
def make_gazetteer(nlp: Language, name: str, confidence: float):
    return GazetteerMatcher(nlp, confidence)


# symbols a name glues to the word before it ("A*", "C++", "C#"), which a space there leaves no part of it
_GLUED_SYMBOLS = frozenset({"*", "+", "++", "#"})


class GazetteerMatcher:
    """PhraseMatcher (attr LOWER) over every gazetteer name and alias. An entry flagged
    case_sensitive is in it too, and its matches are kept only where the text's tokens
    are the entry's exactly: one pass over each doc, not a second matcher's. So is an
    entry's alias listed in case_sensitive_aliases."""

    def __init__(self, nlp: Language, confidence: float):
        self.confidence = confidence
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exact: dict[int, tuple[int, ...]] = {}  # match id -> the orth ids it must match
        self.likeness = frozenset(patterns_config()["likeness_suffixes"]["words"])
        generic = generic_terms()
        by_surface: dict[str, tuple[str, GazetteerEntry]] = {}
        for entry in load_entries():
            for surface in (entry.name, *entry.aliases):
                lookup = surface if _exact_form(entry, surface) else surface.lower()
                if surface.lower() in generic or lookup in by_surface:
                    continue
                by_surface[lookup] = (surface, entry)
        self._ids: dict[int, GazetteerEntry] = {}
        # match id -> the words that, just before or after the form, tell another meaning
        self.other_senses: dict[int, tuple[frozenset[str], frozenset[str]]] = {}
        self.after_number: set[int] = set()  # match ids of forms that need a number just before
        # Patterns are tokenised as written: lower-casing first can move token boundaries
        # (GSM8K -> GSM8 K, but gsm8k stays one token).
        for index, (surface, entry) in enumerate(by_surface.values()):
            match_id = f"g{index}"
            key = nlp.vocab.strings.add(match_id)
            self._ids[key] = entry
            if surface in entry.after_number_only:
                self.after_number.add(key)
            senses = entry.other_senses.get(surface.lower())
            if senses:
                self.other_senses[key] = (frozenset(senses.get("before", ())), frozenset(senses.get("after", ())))
            if _exact_form(entry, surface):
                pattern = pattern_doc(nlp, surface)
                self.exact[key] = tuple(token.orth for token in pattern)
                self.matcher.add(match_id, [pattern])
                continue
            docs = [pattern_doc(nlp, surface), pattern_doc(nlp, surface.lower())]
            if len(docs[0]) == len(docs[1]):
                docs = docs[:1]
            hyphenated = _hyphenated_name(entry, surface)
            if hyphenated and hyphenated.lower() not in by_surface:
                docs.append(pattern_doc(nlp, hyphenated))
            self.matcher.add(match_id, docs)

    def __call__(self, doc: Doc) -> Doc:
        found = _candidates(doc)
        matches = self.matcher(doc)
        if not matches:
            return doc
        info = doc_info(doc)
        exact = self.exact
        if any(m[0] in exact for m in matches):
            # the case-sensitive ones after the others, as when they had a matcher of their own
            lex = info.lex
            matches = [m for m in matches if m[0] not in exact] + [
                (key, start, end) for key, start, end in matches
                if key in exact and tuple(lx.orth for lx in lex[start:end]) == exact[key]]
        for match_id, start, end in matches:
            entry = self._ids[match_id]
            if info.end_char(end - 1) - info.idx[start] <= 4 and entry.name.isupper() \
                    and info.span_text(start, end).islower():
                continue  # "bert" in running text is rarely BERT
            if _inside_compound(info, start, end):
                variant_end = _variant_end(info, start, end) if entry.type in _VARIANT_TYPES else None
                if variant_end:  # "COCO-OVD", "CIFAR-10-LT": a variant of the curated data or model
                    found.append(Candidate(start, variant_end, entry.type, "gazetteer-variant", self.confidence * 0.9,
                                           None, 1))
                continue  # ChiMed-GPT is a new system, not GPT
            if any(info.space[k] and info.lex[k + 1].text in _GLUED_SYMBOLS for k in range(start, end - 1)):
                continue  # "a *delta repair*": markdown's asterisk after a word, not A* search
            if entry.type == "Dataset" and end + 1 < info.n and info.lex[end].text == "-" and not info.space[end] \
                    and info.lex[end + 1].lower in self.likeness:
                continue  # "ImageNet-scale data" is data like ImageNet (rules.json "likeness_suffixes")
            if match_id in self.after_number and not (start > 0 and _NUMBER_BEFORE.match(info.lex[start - 1].text)) \
                    and not _listed_before_of_number(info, end):
                continue  # "improves over EM" is the EM algorithm, "62.42% EM" and "an EM of 62.42" exact match
                # (and "an accuracy, sensitivity, and specificity of 98.54%, …" each metric of the list)
            senses = self.other_senses.get(match_id)
            if senses and (any(lx.lower in senses[0] for lx in info.lex[max(0, start - 2):start])
                           or any(lx.lower in senses[1] for lx in info.lex[end:end + 2])):
                continue  # "equivariant to translation and rotation", "lower precision": another meaning
            found.append(Candidate(start, end, entry.type, "gazetteer", self.confidence, entry.name, 3))
        metrics = {c.end: c for c in found if c.label == "Metric" and c.rule == "gazetteer"}
        heads = [c for c in found if c.start in metrics and c.label == "Metric" and c.rule == "gazetteer"
                 and c.end - c.start == 1 and info.lex[c.start].lower in _METRIC_HEADS]
        for head in heads:
            # "improves its mIoU accuracy by 14 percentage points": the metric the word qualifies, named
            # with it
            found.remove(head)
            qualified = metrics[head.start]
            found[found.index(qualified)] = qualified._replace(end=head.end)
        return doc


_METRIC_HEADS = frozenset({"accuracy", "score", "scores"})
_DATA_LIST_OPENERS = frozenset({"on", "of", "across", "over", "the"})
_CLOSING_QUOTES = frozenset({"”", "\"", "’", "'"})
_WORDS_AFTER_A_GAIN = frozenset({"on", "over", "in", "of", "for", "with", "across", "compared", "against", "and",
                                 "or", "at", "to", "from", "than", "when", "while", "by", "is", "are", "was", "were"})
_SYSTEM_SHORT_FORM = re.compile(r"[A-Z0-9]{2,}[A-Z][a-z]{3,}")
_RESPECTIVE_DATA_PREPOSITIONS = frozenset({"on", "in", "across", "for"})
_RESULT_NUMBER = re.compile(r"\d{1,4}(?:\.\d+)?")
_TOOL_WORDS = frozenset({"using", "via", "with", "by", "through", "minimizing", "minimising", "minimize", "minimise",
                         "leveraging", "leverage", "leverages"})
_METHODS_OF_A_TASK = frozenset({"methods", "approaches", "techniques", "algorithms"})
_KINDS_OF_A_METHOD = frozenset({"regularization", "regularisation", "augmentation"})
_KINDS_OF_A_MODEL = frozenset({"foundation", "language"})
# and after a defined task's short form, "a Voice Activity Detection (VAD) module": a part doing
# the task, which is named (not "systems": SciERC train labels "word sense disambiguation (WSD)
# systems" and five more such a method, and only "machine translation (MT) systems" a task)
_DOING_A_DEFINED_TASK = _METHODS_OF_A_TASK | {"modules", "module"}
# the task nouns that name what such methods do (not "filtering", "learning": kinds of method too)
_TASK_ACTIVITIES = frozenset({"segmentation", "detection", "classification", "recognition", "tracking", "generation",
                              "estimation", "retrieval", "translation", "summarization", "parsing", "captioning",
                              "forecasting", "localization", "completion", "reconstruction"})


def _hyphenated_name(entry: GazetteerEntry, surface: str) -> str | None:
    """A capitalised two- or three-word name of a dataset or model written with hyphens
    ("Oxford-Flowers", "Stanford-Cars"): the same name, so the same entry."""
    words = surface.split(" ")
    if entry.type in ("Dataset", "Model") and 2 <= len(words) <= 3 \
            and all(w[:1].isupper() and w.isalnum() for w in words):
        return "-".join(words)
    return None


def _exact_form(entry: GazetteerEntry, surface: str) -> bool:
    """Whether the form names the entry only as written: all of a case-sensitive entry's, and
    the listed ones of another ("AP" for average precision, never "ap")."""
    return entry.case_sensitive or surface in entry.case_sensitive_aliases


_NUMBER_BEFORE = re.compile(r"[\d.,]*\d[\d.,]*%?$|%$|\}$")  # "62.42", "62.42%", "%", LaTeX's "{\%}"
_NUMBER = re.compile(r"\d[\d.,]*%?$")
_DETERMINERS = frozenset({"a", "an", "the"})
_SPLIT_WORDS = frozenset({"test", "testing", "dev", "development", "validation", "val", "train", "training", "held-out"})
_DIMENSION = re.compile(r"^\d[Dd]$")  # "2D", "3D"


def _task_after_name(info: DocInfo, start: int, end: int, gazetteer: dict) -> int | None:
    """Where a name ends when tokens start..end are a name, then in lower case the task it
    serves, then a head noun: a curated Task ("IMDb | text classification | dataset") or
    a task's head noun ("Penn Treebank | parsing | accuracy"). None when they are not."""
    lex = info.lex
    k = end
    while k > start and lex[k - 1].is_lower:
        k -= 1
    if k == start or k >= end - 1 or not (lex[k - 1].named or lex[k - 1].is_title):
        return None
    if gazetteer.get((k, end - 1), ("",))[0] == "Task" or head_noun_type([lex[end - 2].text]) == "Task":
        return k
    return None


_VARIANT_TYPES = frozenset({"Dataset", "Model"})
_VARIANT_PIECE = re.compile(r"(?:[A-Z0-9][A-Za-z0-9]*|v\d[\d.]*)$")


def _variant_end(info: DocInfo, start: int, end: int) -> int | None:
    """Where a curated name's variant ends when capitalised or numbered pieces are glued to
    it with hyphens ("COCO-OVD", "CIFAR-10-LT", "GPT-4-Vision"), or None when a piece glues
    it to the front of another word ("X-GPT") or none follows."""
    lex, space = info.lex, info.space
    if start >= 2 and lex[start - 1].text == "-" and not space[start - 1] and not space[start - 2]:
        return None
    k = end
    while k + 1 < info.n and lex[k].text == "-" and not space[k - 1] and not space[k] \
            and _VARIANT_PIECE.match(lex[k + 1].text) \
            and not (lex[k + 1].lower.endswith("ed") or lex[k + 1].lower in modifier_suffixes()):
        k += 2  # but "CLIP-Guided", "ImageNet-Based" in a title modify what follows
    return k if k > end else None


def _inside_compound(info: DocInfo, start: int, end: int) -> bool:
    """A match glued into a longer hyphenated name: X-GPT, OV-DINO, or GPT-Med (but not BERT-based)."""
    lex, space = info.lex, info.space
    if start >= 2 and lex[start - 1].text == "-" and not space[start - 1] and not space[start - 2]:
        return True
    if end + 1 < info.n and lex[end].text == "-" and not space[end - 1] \
            and not space[end] and lex[end + 1].text[:1].isupper():
        return True
    return False


# --- context patterns -----------------------------------------------------------------


@lru_cache(maxsize=1)
def modifier_suffixes() -> frozenset[str]:
    """The suffixes that make a hyphenated word a modifier ("-based", "-style"; rules.json)."""
    return frozenset(patterns_config()["modifier_suffixes"])


def _appositive_name(info: DocInfo, i: int, limit: int) -> tuple[int, int] | None:
    """The written name set off by commas after the description an article at `i` opens ("a
    LiDAR-based ReID framework, ReID3D, that …"): the name, not a word of the description."""
    lex, n = info.lex, info.n
    for c in range(i + 2, min(n - 2, i + limit + 4)):
        if lex[c].text in {".", ";", "(", "that", "which"}:
            return None
        if lex[c].text != ",":
            continue
        if not (lex[c - 1].is_lower and head_noun_type([lex[c - 1].text]) is not None):
            return None
        rs, re_ = glued_run_ix(info, c + 1)
        if rs == c + 1 and looks_named(info.span_text(rs, re_)) and re_ < n \
                and (lex[re_].text == "," or lex[re_].lower in ("that", "which")):
            return rs, re_
        return None
    return None


def hyphenated_modifier(info: DocInfo, start: int, end: int) -> bool:
    """The words end in a hyphen and a lower-case participle or adjective suffix
    ("WordNet-annotated", "RTE3-derived", "GPT-style", "LSTM-based"; rules.json
    "modifier_suffixes"): they modify the noun after them."""
    lex = info.lex
    last = lex[end - 1]
    return end - start >= 3 and lex[end - 2].text == "-" and last.is_lower and last.is_alpha and (
        last.lower.endswith("ed") or last.lower in modifier_suffixes())


def _counted(info: DocInfo, start: int, counts: frozenset[str]) -> bool:
    """A count stands before token `start`, perhaps with one lower-case word between: "three
    RSI …", "3 public …", "three real-world EHR …"."""
    lex = info.lex
    k = start - 1
    if k >= 0 and lex[k].is_lower and lex[k].lower not in counts:
        while k >= 2 and lex[k - 1].text == "-" and not info.space[k - 2] and not info.space[k - 1]:
            k -= 2  # "real-world"
        k -= 1
    return k >= 0 and (lex[k].lower in counts or lex[k].text.isdigit())


@Language.factory("kg_patterns")
def make_patterns(nlp: Language, name: str):
    return ContextPatterns(nlp)


class ContextPatterns(BatchMatching):
    """Matcher token patterns from kg/data/patterns/entity_patterns.jsonl.

    Each pattern names the entity type ("auto": by the span's head noun, else
    `default_label`; by the match's k-th token with `type_from` k, or by the description
    opening there with `describe_from` k, "X, a parsing and extraction tool"), which slice
    of the match is the mention (`span`) and which slice of the mention is the name
    (`name`: "BLEU score" is a mention of BLEU). Rules with
    `"stage": "names"` run later, in kg_names, once abbreviations are known."""

    def __init__(self, nlp: Language):
        self.matcher = ArrayMatcher(nlp.vocab)
        self.rules: dict[str, dict] = {}
        for rule in patterns_config()["entity_patterns"]:
            self.rules[rule["id"]] = rule
            self.matcher.add(rule["id"], [compile_pattern(rule["pattern"])], greedy=rule.get("greedy"))
        self._read_words()

    def _read_words(self) -> None:
        """The word lists `_span` and `add_candidates` read (rules.json, gazetteers), for
        this component and kg_names alike."""
        self.stop = set(patterns_config()["stop_words"])
        self.generic = generic_terms()
        self.heads = _name_heads()
        self.languages = frozenset(patterns_config()["language_names"])
        self.plain_data_heads = frozenset(patterns_config()["plain_data_heads"])
        self.data_kinds = frozenset(patterns_config()["data_kinds"])
        self.adjectives = frozenset(patterns_config()["adjectives_not_names"])
        self.size = re.compile(patterns_config()["token_flags"]["SIZE"] + r"|^\d+(?:\.\d+)?[kKMTx×]$")  # 10k, 9x
        listed = patterns_config()["listed_names"]
        self.class_heads = frozenset(listed["heads"]["Dataset"])  # "datasets", "benchmarks", "corpora" …
        self.counts = frozenset(listed["counts"])

    def _span(self, info: DocInfo, rule: dict, start: int, end: int) -> tuple[int, int] | None:
        a, b = rule.get("span", [0, None])
        s, e, _ = slice(a, b).indices(end - start)
        s, e = start + s, start + max(s, e)
        lex = info.lex
        if rule.get("glue") and e > s:
            # the whole written name around the matched token: P-CFG, Ant-Q, GNSS/INS
            first, last = glued_run_ix(info, s), glued_run_ix(info, e - 1)
            s, e = min(first[0], s), max(last[1], e)
        # Trim leading stop words ("The ImageNet") and punctuation that a greedy pattern
        # swallowed (name-head-noun never opens on either: same lists, rules.json).
        stop, edge = self.stop, _name_edge_punctuation()
        while e > s and (lex[s].lower in stop or lex[s].text in edge):
            s += 1
        while e > s and lex[e - 1].text in "-/&":
            e -= 1
        if e <= s:
            return None
        if s > 0 and not info.space[s - 1] and lex[s - 1].text[:1].isdigit():
            return None  # "3.5K videos", "a 4TB corpus": a number's unit, no name
        k = s
        while k > 1 and lex[k - 1].text == "-" and not info.space[k - 2] and not info.space[k - 1]:
            k -= 2
        if k < s:
            # the match opened inside a hyphenated word: "Korean-to-English … system" is
            # a name from its start, "non-IID client data" and "pre-BERT models" are none
            if lex[k].is_lower:
                return None
            s = k
        if rule.get("whole_phrase") and not lex[s].named and e < info.n and (lex[e].is_title or lex[e].named):
            return None  # "termed Metadata Conditioning then Cooldown", "extends Gated DeltaNet": a
            # word of a longer phrase
        if opens_clause(info, s) and not lex[s].named:
            # a capital that only opens the sentence (or a list item) is no evidence of a name
            if e - s == 1 or not any(lex[i].named or lex[i].is_title for i in range(s + 1, e)):
                return None
        if not any(lex[i].named or lex[i].is_title for i in range(s, e)):
            return None
        return s, e

    def label(self, info: DocInfo, rule: dict, start: int, end: int) -> str | None:
        label = rule["label"]
        if label == "auto":
            label = head_noun_type([info.lex[end - 1].text]) or rule.get("default_label")
        return label

    def apply(self, doc: Doc, matches) -> Doc:
        # one matcher pass for both stages; "names" matches wait for kg_names
        later = doc.user_data.setdefault(NAME_MATCHES, [])
        now = []
        strings = doc.vocab.strings
        for match_id, start, end in matches:
            rule = self.rules[strings[match_id]]
            (later if rule.get("stage") == "names" else now).append((rule, start, end))
        self.add_candidates(doc, now)
        return doc

    def add_candidates(self, doc: Doc, matches) -> None:
        found = _candidates(doc)
        if not matches:
            return
        info = doc_info(doc)
        lex = info.lex
        # a benchmark or model named before a head noun keeps its curated type ("GLUE tasks"),
        # and so does a task or method before a dataset noun ("NER datasets", "RL benchmarks":
        # data for them, no dataset named NER); but a task's name before "system" or "model"
        # names a system for it ("MT system")
        gazetteer = {(c.start, c.end): (c.label, c.canonical) for c in found if c.rule == "gazetteer"}
        # where curated names end, by start token ("ImageNet" 0 -> 1, "top-1 accuracy" 1 -> 4)
        curated_ends: dict[int, set[int]] = {}
        curated_at = set()  # tokens inside a curated name
        for c in found:
            if c.rule == "gazetteer":
                curated_ends.setdefault(c.start, set()).add(c.end)
                curated_at.update(range(c.start, c.end))
        for rule, start, end in matches:
            if rule.get("case_sensitive_text") and info.title_case:
                continue  # capitals tell no names in a title-cased text
            span = self._span(info, rule, start, end)
            if span is None:
                continue
            s, e = span
            if _unit_after_number(lex, s):
                continue  # "with only a 0.028 dB PSNR loss": a number's unit opens no name
            if rule["label"] == "auto" and e < info.n and lex[e].lower in _DETERMINERS:
                continue  # "ULIP-2 sets a new record": a head noun before an article is a verb
            if end < info.n and (lex[end].text[:1].isdigit() or lex[end].text == "+") and lex[end - 1].is_lower \
                    and lex[end - 1].lower.endswith("s") and head_noun_type([lex[end - 1].lower[:-1]]) == "Metric":
                continue  # and so is a metric's head with a verb's -s before a number: "the GLUE
                # benchmark gains 2%", "ZetaNet scores 85.3 on MMLU" (but "KoalaNet models 4 times
                # faster", "the Webis text reuse corpus 2012")
            if e - 1 in curated_at and all(i in curated_at or lex[i].lower in _SPLIT_WORDS for i in range(s, e - 1)) \
                    and any(lex[i].lower in _SPLIT_WORDS for i in range(s, e - 1)):
                continue  # "SQuAD v2.0 Test F1": a curated dataset, its split and a curated metric
            if _curated_side_by_side(curated_ends, s, e):
                continue  # curated names side by side name nothing more: "ImageNet top-1 accuracy",
                # "top-1 ImageNet-1K accuracy"
            if any(lex[k].text == "/" and curated_ends.get(k + 1, set()) & {e - 1, e}
                   for k in curated_ends.get(s, ()) if k < e - 1):
                continue  # nor two joined by a slash: "BLEU/TER score" is BLEU and TER
            if "describe_from" in rule:
                label = description_type(info, start + rule["describe_from"])  # "X, a … tool"
            elif "type_from" in rule:
                label = head_noun_type([lex[start + rule["type_from"]].text]) or rule.get("default_label")
            else:
                label = self.label(info, rule, s, e)
            if label is None:
                continue
            if label in SUBJECT_TYPES and rule["id"] == "name-head-noun" and lex[e - 1].lower in _METHODS_OF_A_TASK \
                    and e - s > 2 and lex[e - 2].is_lower and lex[e - 2].lower in _TASK_ACTIVITIES:
                label = "Task"  # "Existing RGB-T segmentation methods": a task's methods, the task named
            if label == "Dataset" and rule["id"] == "name-head-noun" and lex[s].is_title and lex[s].lower.endswith("ing") \
                    and s > 0 and lex[s - 1].lower in ("by", "for", "with", "via", "through", "from", "when", "while"):
                continue  # a title's "… by Registering MR Images and CT Annotations": a verb's object, no dataset
            tool = s - 1 if s > 1 and lex[s - 1].lower in ("the", "a", "an") else s
            if label == "Metric" and rule["id"] == "name-head-noun" and lex[e - 1].lower in ("distance", "divergence") \
                    and tool > 0 and lex[tool - 1].lower in _TOOL_WORDS \
                    and not (tool > 1 and lex[tool - 2].lower in patterns_config()["relation_cues"]["EVALUATION_VERBS"]):
                continue  # "assigns semantic labels using Mahalanobis distance", "Leveraging the Mahalanobis
                # Distance to enhance …": a tool of the method's (but "evaluated using JS divergence" is a metric)
            if label == "Task" and gazetteer.get((s, e - 1), ("",))[0] == "Dataset" and e < info.n \
                    and lex[e].lower in ("and", "/") and any(lex[k].lower in self.class_heads
                                                             for k in range(e + 1, min(info.n, e + 4))):
                continue  # "the nuScenes detection and tracking benchmarks": the dataset's benchmarks (but
                # "ImageNet classification" on its own is a task)
            if label == "Metric" and lex[e - 1].lower in ("gain", "gains") and e < info.n and lex[e].is_alpha \
                    and lex[e].is_lower and lex[e].lower not in _WORDS_AFTER_A_GAIN:
                continue  # "MOT trackers gain increasing attention": a verb, no metric
            if label == "Metric" and lex[e - 1].lower in ("gain", "gains") and e - s > 1 and lex[e - 2].named:
                # "5% absolute F1 gain", "+1.14% ND-CG gains": a gain in the metric named before
                if gazetteer.get((s, e - 1), ("",))[0] == "Metric":
                    continue  # (a curated one is a mention of its own)
                e -= 1
            canonical, rule_id = None, rule["id"]
            if "name" in rule:
                a, b = rule["name"]
                if b == -1 and (lex[e - 1].lower not in self.heads.generic or (
                        e - s > 2 and f"{lex[e - 2].lower} {lex[e - 1].lower}" in self.heads.compound) or (
                        lex[e - 1].lower in self.heads.capitalised and lex[e - 1].is_title and not info.title_case
                        and (s + a, e - 1) not in gazetteer and e - s - a > 1 and not lex[e - 2].named)):
                    # "L2 regularization" names a method, "the CoNLL shared task" a task;
                    # "ImageNet dataset" and "the Gaokao Benchmark" name ImageNet and Gaokao,
                    # but a capitalised "Collection" or "Corpus" after a plain capitalised word
                    # is part of the name ("the Multifaceted Collection", "a Route Choice Encoder",
                    # "an EncoderDecoder Language Model", rules.json "capitalised_heads_in_names")
                    b = None
                ns, ne, _ = slice(a, b).indices(e - s)
                ns, ne = s + ns, s + max(ns, ne)
                if ne - ns > 1 and lex[ne - 1].text in ("learning", "training") and lex[e - 1].lower in (
                        "objective", "objectives"):
                    ne -= 1  # "our CoIFNet learning objective": CoIFNet's objective, a mention of CoIFNet
                if lex[ne - 1].text == "-" or info.span_text(ns, ne).lower() in self.adjectives:
                    # a head glued on is part of the name ("an EM-algorithm", "the F3-score"), and
                    # so is the head an adjective describes ("a Bayesian framework")
                    ne = e
                if ne - ns > 1 and lex[ne - 1].lower in self.heads.generic and (ns, ne - 1) in gazetteer:
                    ne -= 1  # "three HAR benchmark datasets": a curated name before two head nouns
                elif label in SUBJECT_TYPES:
                    # "CLIP vision encoders", "BERT language models", "Transformer backbones": a
                    # curated model's or method's parts or kind, in lower-case words after its name,
                    # are it; and so is a method written as a curated name, the curated task it does
                    # and a generic head ("the RetinaNet object detection framework"), or as a curated
                    # name and the kind of method it is ("CutMix regularization"; but "GAN
                    # inversion", "Gaussian process regression" are methods of their own)
                    k = max((k for k in curated_ends.get(ns, ()) if k < ne and gazetteer[(ns, k)][0] in SUBJECT_TYPES
                             and all(lex[i].is_lower for i in range(k, ne))), default=None)
                    if k is not None and (label == "Model" or (
                            ne < e and gazetteer.get((k, ne), ("",))[0] == "Task") or (
                            ne - k == 1 and lex[k].lower in _KINDS_OF_A_METHOD)):
                        ne = k
                if label == "Task" and ne - ns > 1 and head_noun_type([lex[ne - 1].text]) == "Dataset" \
                        and lex[ne - 1].lower in self.heads.generic:
                    # "the D4RL benchmark tasks" are the tasks of the benchmark D4RL: data
                    ne, label = ne - 1, "Dataset"
                if hyphenated_modifier(info, ns, ne):
                    # "BERT-style LLMs", "T5 & GPT-like models" name no model, but "the
                    # WordNet-annotated datasets" are data of the paper's: the whole phrase is
                    # their name ("WordNet-annotated" is none)
                    if label != "Dataset":
                        continue
                    ne = e
                if ne <= ns:
                    continue
                if label == "Model" and ne < e and lex[ne - 1].lower in _KINDS_OF_A_MODEL and lex[ne - 1].is_lower \
                        and ne - ns == 2 and (ns, ne - 1) not in gazetteer:
                    continue  # "EEG foundation models", "RNA language models": a kind of model for the data, no name
                if label == "Model" and ne < e and (ns, ne) not in gazetteer \
                        and head_noun_type([lex[ne - 1].text]) == "Task" and lex[ne - 1].is_lower:
                    # "3D LiDAR scene completion models": models for a task, which the name is
                    label, e = "Task", ne
                k = _task_after_name(info, ns, e, gazetteer) if label in ("Dataset", "Metric") else None
                if k is not None:
                    # "the IMDb text classification dataset", "Message Passing PDE Solver
                    # prediction accuracy": a name, then the task its data or score is for;
                    # a curated name is found on its own, a written one ending in a head noun
                    # of another type is cut there
                    if (ns, k) in gazetteer:
                        continue
                    own = head_noun_type([lex[k - 1].text])
                    if own is not None and own != label:
                        s, e, ne, label, rule_id = ns, k, k, own, "name-before-task"
                    elif own is None and label == "Dataset" and any(lex[i].named for i in range(ns, k)):
                        # "the TAO tracking benchmark", "the nuScenes 3D tracking benchmark": TAO, nuScenes
                        ne = k - 1 if k - ns > 1 and _DIMENSION.match(lex[k - 1].text) else k
                elif label == "Dataset" and rule_id == "name-head-noun" and ne - ns > 1 and lex[ne - 1].is_lower:
                    # "the MSD_Task08 liver tumor datasets": what the data are of, in plain words after
                    # a written name, is no part of it
                    k = ne
                    while k > ns and lex[k - 1].is_lower and lex[k - 1].is_alpha:
                        k -= 1
                    if ns < k < ne and lex[k - 1].named and (ns, ne) not in gazetteer:
                        ne = k
                if label == "Dataset" and e - ns == 2 and lex[ns].text.isupper() \
                        and lex[e - 1].lower in _DATA_NOUNS_AFTER_TASK and (
                            gazetteer.get((ns, ns + 1), ("",))[0] == "Task" or lex[ns].text in _task_initials(info, gazetteer)):
                    continue  # "standard FSS datasets" after "Few-shot segmentation …": data of the task its
                    # initials write, no dataset named FSS; "manual and ASR transcripts": the curated task's
                name_text = info.span_text(ns, ne)
                if clean_surface(name_text).lower() in self.generic:
                    continue
                if e - s > 2 and opens_clause(info, s) and info.span_text(s + 1, e).lower() in self.generic:
                    continue  # an opening word, then a generic phrase: "Training Large Language Models (LLMs)
                    # presents …"
                if not any((lex[i].named or (lex[i].is_title and not opens_clause(info, i)))
                           and not self.size.match(lex[i].text)
                           and not (label in SUBJECT_TYPES and _DIMENSION.match(lex[i].text))
                           and (len(lex[i].text) > 1 or (not info.space[i] and i + 1 < ne and lex[i + 1].text == "-"))
                           and not (lex[i].is_alpha and lex[i].lower in self.generic) for i in range(ns, ne)):
                    continue  # "When applying LLMs": the capital only opened the sentence; "a 1.6B
                    # language model", "9x less training", "3D generative models": a size, a factor
                    # or a dimension names nothing (but "3D detection" is a task), nor
                    # do "SOTA image representations" or a variable ("N individual models"; but
                    # "F-measures")
                if label in rule.get("gap_needs_acronym_for", ()) and any(lex[i].is_lower for i in range(ns, ne)) \
                        and not any(lex[i].named for i in range(ns, ne)):
                    continue  # "Chinese legal tasks", "English understanding system"
                if label == "Dataset" and all(lex[i].lower in self.languages for i in range(ns, ne)):
                    continue  # "a Chinese dataset", "a Polish benchmark": a language names no dataset
                if label == "Dataset" and lex[e - 1].lower in self.plain_data_heads and all(
                        lex[i].lower in self.languages or lex[i].lower in self.data_kinds or lex[i].text in "-/"
                        or (lex[i].is_lower and not lex[i].named) for i in range(ns, e)):
                    continue  # nor texts in a language: "English texts", "30 English document sets",
                    # "Chinese summary sentences" (but "a Korean-to-English dictionary" is a resource),
                    # nor data of a kind: "JPEG images", "structural MRI data" (rules.json "data_kinds")
                if label == "Metric" and all(lex[i].lower in self.languages for i in range(ns, e - 1)):
                    continue  # nor a metric: "English and Spanish accuracy" is accuracy
                if lex[ns].lower in self.languages and " ".join(
                        lex[i].lower for i in range(ns, ne) if lex[i].lower not in self.languages) in self.generic:
                    continue  # "54 Chinese NLP tasks": NLP in Chinese names nothing
                known = gazetteer.get((ns, ne))
                if known is not None and known[0] == "Model" and label == "Dataset":
                    # "the Vicuna benchmark": data named after a model, with its head noun
                    # (an entity of one type each: schema/RESOLUTION.md §3)
                    canonical = clean_surface(info.span_text(ns, e))
                elif known is not None and (known[0] in ("Dataset", "Model") or label in ("Dataset", known[0])
                                            or (known[0] == "Method" and label in ("Model", "Task"))):
                    label, canonical = known  # "GLUE tasks" is a mention of the GLUE benchmark, and
                    # "Bayesian optimisation models" and "SFT tasks" of the method
                else:
                    if label == "Dataset" and lex[e - 1].lower in self.class_heads and _counted(info, s, self.counts):
                        continue  # "three RSI semantic segmentation datasets", "three real-world EHR
                        # datasets": a number of datasets of a kind, none named (but "two GLUE benchmarks")
                    canonical = clean_surface(name_text)
                    if label == "Metric":
                        canonical = curated_forms("Metric").get(canonical, canonical)  # "MAE score": mean absolute error
            bracketed = _bracketed_dataset_name(info, e) if label == "Dataset" and rule_id == "name-head-noun" \
                and any(lex[i].is_lower for i in range(s, e - 1)) else None
            if bracketed is not None and initials_match(info.span_text(*bracketed), info.span_text(s, e).replace("-", " ").split()):
                bracketed = None  # "H&E-stained images (HSIs)": the bracket is the words' short form
            if bracketed is not None:
                # "the largest 2D+time echocardiography dataset (EchoNet-Dynamic)": the bracket names the
                # dataset the words before it describe (a curated one is found on its own)
                if not curated_at.intersection(range(*bracketed)):
                    found.append(Candidate(*bracketed, "Dataset", "name-bracketed", rule["confidence"], None, 2))
                continue
            found.append(Candidate(s, e, label, rule_id, rule["confidence"], canonical,
                                   rule.get("priority", 1)))


def _bracketed_dataset_name(info: DocInfo, end: int) -> tuple[int, int] | None:
    """The written name in brackets right after `end` ("… dataset (EchoNet-Dynamic)"), if it is all the
    bracket holds."""
    lex = info.lex
    if end + 2 >= info.n or lex[end].text != "(" or not lex[end + 1].named:
        return None
    run = glued_run_ix(info, end + 1)
    return run if run[0] == end + 1 and run[1] < info.n and lex[run[1]].text == ")" else None


@lru_cache(maxsize=1)
def _curated_models() -> frozenset[str]:
    """Curated model names of one word, as written (SegFormer, LLaMA, DeBERTa)."""
    return frozenset(e.name for e in load_entries() if e.type == "Model" and " " not in e.name and "-" not in e.name)


def _curated_side_by_side(curated_ends: dict[int, set[int]], start: int, end: int) -> bool:
    """Two or more curated names fill start..end, one after another (`curated_ends`: where
    curated names end, by start token)."""
    reached = {k for k in curated_ends.get(start, ()) if k < end}
    while reached:
        if any(end in curated_ends.get(k, ()) for k in reached):
            return True
        reached = {j for k in reached for j in curated_ends.get(k, ()) if j < end}
    return False


@Language.factory("kg_names")
def make_names(nlp: Language, name: str):
    return NamePatterns(nlp)


# prepositions after an object that make what follows its topic, not its name ("a
# perspective from ResNets", "a study of scaling BTM"; but "this proposal with EntiGraph")
_TOPIC_PREPOSITIONS = frozenset({"from", "of", "on", "about", "between", "across"})
# the small words inside a long capitalised name ("Data Augmentation Optimized for GAN")
_PHRASE_LINKS = frozenset({"for", "of", "and", "the", "to", "in", "on", "with", "via"})
# prepositions that open a sentence's introductory phrase ("On GSM8K, …")
_OPENING_PREPOSITIONS = frozenset({"on", "in", "for", "across", "with", "from", "using", "over", "under"})


def _defined(by_short_form: dict, text: str):
    """What the doc defined for a short form, its singular or its plural: "(LMs)" ... "a
    different LM"."""
    return by_short_form.get(text) or by_short_form.get(text + "s") or (
        by_short_form.get(text[:-1]) if text.endswith("s") else None)


class NamePatterns(ContextPatterns):
    """Name-shaped words with no other evidence (an acronym, a camel-case or alphanumeric
    word, a run of capitalised words): the weakest candidates. A short form defined in
    the text ("... (TEA)") takes the type of its definition. Its patterns (`"stage":
    "names"`) are matched in kg_patterns' single pass and typed here, after kg_abbreviations."""

    def __init__(self, nlp: Language):
        self._read_words()
        self.coordination = patterns_config()["coordination"]
        listed = patterns_config()["listed_names"]
        self.list_heads = {tuple(head.split()): label for label, heads in listed["heads"].items() for head in heads}
        self.bracket_heads = {head: label for label, heads in listed["bracket_heads"].items() if label != "_doc"
                              for head in heads}
        head_words = frozenset(head[-1] for head in self.list_heads) | frozenset(self.bracket_heads)
        self.list_head_words = LexemeMask(lexicon(nlp.vocab), lambda lx: lx.lower in head_words)
        self.respectively = LexemeMask(lexicon(nlp.vocab), lambda lx: lx.lower == "respectively")
        self.list_cues = sorted((tuple(c) for c in listed["cues"]), key=len, reverse=True)
        self.counted_cues = [tuple(c) for c in listed["counted_cues"]]
        self.cue_openers = frozenset(c[0] for c in [*self.list_cues, *self.counted_cues])
        self.counts = set(listed["counts"])
        self.listed_confidence = listed["confidence"]

    def __call__(self, doc: Doc) -> Doc:
        self.defined = doc.user_data.get(SHORT_TYPES)
        self.add_candidates(doc, doc.user_data.pop(NAME_MATCHES, []))
        kinds = doc.user_data.get(DATA_KINDS)
        if kinds:
            # "four RTS datasets", "RTS data" after "real-world time series (RTS) data": datasets
            # of the kind, none named RTS
            lex = doc_info(doc).lex
            _candidates(doc)[:] = [c for c in _candidates(doc) if not (
                c.label == "Dataset" and c.rule == "name-head-noun" and c.end - c.start == 2
                and lex[c.start].text in kinds)]
        if self.defined:
            self.add_defined(doc)
        self.add_listed(doc)
        self.add_respective_data(doc)
        self.add_parallel_data(doc)
        self.add_coordinated(doc)
        return doc

    def add_defined(self, doc: Doc) -> None:
        """The uses of a short form the doc defines, typed as its definition: "(TEA)" …
        "TEA", "(LMs)" … "LM", and, of several tokens, "(SI-Nets)" … "SI-Nets". Looked up
        here, only in a doc that defines one, rather than by a pattern matching every
        name-shaped word of every doc."""
        found = _candidates(doc)
        info = doc_info(doc)
        lex = info.lex
        names = doc.user_data.get(SHORT_NAMES, {})
        for i in lexicon(doc.vocab).named.positions(info):
            label = self._defined_type(lex[i].text)
            if label is not None:
                run = glued_run_ix(info, i)
                if run != (i, i + 1) and any(lex[k].named for k in range(run[0], run[1]) if k != i):
                    continue  # "compared to GAN-GRU" after "Generative Adversarial Networks (GANs)": a
                    # name of its own, with the short form as its piece
                found.append(Candidate(i, i + 1, label, "name-acronym", 0.55,
                                       _defined(names, lex[i].text), 0))
        if "Task" in self.defined.values():
            # "the standard OSR benchmarks" after "open-set recognition (OSR)": benchmarks for
            # the task, no dataset named OSR
            found[:] = [c for c in found if not (
                c.label == "Dataset" and c.rule == "name-head-noun" and c.end - c.start == 2
                and self._defined_type(lex[c.start].text) == "Task")]
        runs = doc.user_data.get(SHORT_RUNS)
        if not runs:
            return
        texts = [lx.text for lx in lex]
        for run, (label, defined_at) in runs.items():
            k = len(run)
            for i in range(defined_at + k, info.n - k + 1):
                if texts[i] == run[0] and tuple(texts[i:i + k]) == run and glued_run_ix(info, i) == (i, i + k):
                    found.append(Candidate(i, i + k, label, "name-acronym", 0.55, None, 0))

    def pipe(self, docs, batch_size: int = 128):
        # no matcher of its own: kg_patterns already matched its patterns
        return map(self, docs)

    def add_listed(self, doc: Doc) -> None:
        """"datasets such as im2gps, …", "two challenging datasets, MSRII and UCF 101": the
        first written name after a plural class noun and a list cue takes the noun's type
        (rules.json "listed_names"); add_coordinated then carries it along the list."""
        info = doc_info(doc)
        lex, n = info.lex, info.n
        found = None
        for i in self.list_head_words.positions(info):
            if i >= n - 2:
                break
            bare = lex[i + 1].named
            if not bare and lex[i + 1].lower not in self.cue_openers:
                continue
            label = self.list_heads.get((lex[i].lower,)) or (
                i and self.list_heads.get((lex[i - 1].lower, lex[i].lower)))
            if not label:
                label = self.bracket_heads.get(lex[i].lower)
                if label and lex[i + 1].text == "(" and lex[i + 2].named:
                    item = self._list_item(info, i + 2)
                    if item is not None and item[0] == i + 2 and item[1] < n and lex[item[1]].text == ",":
                        # "a fully supervised 3D baseline (DynUNet, 0.224)": one name, in the bracket
                        found = _candidates(doc) if found is None else found
                        if not any(c.start < item[1] and item[0] < c.end and c.priority >= 1 for c in found):
                            found.append(Candidate(*item, label, "name-listed", self.listed_confidence, None, 1))
                continue
            if bare:
                # "the benchmarks ZetaQA and FooBench": no cue, but a list of names follows
                cue = () if self._list_follows(info, i + 1) else None
            else:
                after = tuple(lx.lower for lx in lex[i + 1:i + 5])
                cue = next((c for c in self.list_cues if after[:len(c)] == c), None)
                if cue is None and any(lex[k].lower in self.counts or lex[k].text.isdigit()
                                       for k in range(max(0, i - 3), i)):
                    cue = next((c for c in self.counted_cues if after[:len(c)] == c), None)
            if cue is None:
                continue
            j = i + 1 + len(cue)
            if j >= n or not (lex[j].named or (cue and lex[j].is_title and self._list_follows(info, j))):
                continue  # (a capitalised first member of a list of names: "three benchmark
                # datasets, Credit Card, MNIST-5, and FMNIST-4")
            item = self._list_item(info, j)
            if item is None or item[0] != j:
                continue
            s, e = item
            if found is None:
                found = _candidates(doc)
            if any(c.start < e and s < c.end and c.priority >= 1 for c in found):
                continue  # evidence of its own wins; a bare name-shaped match does not
            found.append(Candidate(s, e, label, "name-listed", self.listed_confidence, None, 1))

    def add_respective_data(self, doc: Doc) -> None:
        """"PLPDP improves the F1 score for beat tracking in Maz-5 and ASAP by 21.9% and 3.1%,
        respectively", "achieves 80.1% and 75.2% accuracy on FooQA and BarQA, respectively": names
        listed after "on" or "in", in a sentence with a metric and as many scores, that
        "respectively" pairs with those scores are where they were measured, datasets. A list with
        a member typed otherwise is left alone ("on BERT and RoBERTa by 2% and 3%, respectively")."""
        info = doc_info(doc)
        lex, n = info.lex, info.n
        found = _candidates(doc)
        joiners = self.coordination["joiners"]
        for k in self.respectively.positions(info):
            start = info.sent_of[k]
            if not any(c.label == "Metric" and start <= c.start < k for c in found):
                continue
            scores = sum(1 for i in range(start, k) if _RESULT_NUMBER.fullmatch(lex[i].text)
                         and (i + 1 < n and lex[i + 1].text == "%" or "." in lex[i].text))
            for p in range(start, k - 3):
                if lex[p].lower not in _RESPECTIVE_DATA_PREPOSITIONS or not lex[p + 1].named:
                    continue
                members, i = [], p + 1
                while i < k:
                    item = self._list_item(info, i)
                    if item is None or item[0] != i:
                        break
                    members.append(item)
                    i = item[1]
                    gap = 0
                    while i < k and lex[i].text in joiners and gap < 2:
                        i, gap = i + 1, gap + 1
                    if not gap or not lex[i].named:
                        break
                if len(members) < 2 or len(members) > scores or any(
                        lex[j].named or lex[j].is_title for j in range(members[-1][1], k)) or k - members[-1][1] > 8:
                    continue
                typed = [c for c in found if c.priority >= 1 and any(c.start < e and s < c.end for s, e in members)]
                if any(c.label != "Dataset" for c in typed):
                    continue
                found.extend(Candidate(s, e, "Dataset", "name-respective", self.listed_confidence, None, 1)
                             for s, e in members if not any(c.start < e and s < c.end for c in typed))
                break

    def add_parallel_data(self, doc: Doc) -> None:
        """"achieving F1 scores of 0.873 on ArchiveII and 0.641 on bpRNA-TS0 dataset": a written
        name in the slot of a number, "on" it, beside a like slot that holds a dataset, is a dataset."""
        found = _candidates(doc)
        starts = [c.start for c in found if c.label == "Dataset" and c.priority >= 1]
        if not starts:
            return
        info = doc_info(doc)
        lex = info.lex
        for start in starts:
            # the dataset's slot: a number, maybe "%", "on", maybe "the", then the dataset
            k = start - 1 - (lex[start - 1].lower == "the")
            if k < 2 or lex[k].lower != "on":
                continue
            k -= 1 + (lex[k - 1].text == "%")
            if k < 4 or not _RESULT_NUMBER.fullmatch(lex[k].text) or lex[k - 1].lower not in ("and", ","):
                continue
            # the slot before it: "<number> on NAME and"
            s, e = glued_run_ix(info, k - 2)
            if e != k - 1 or s < 3 or not lex[s].named or lex[s - 1].lower != "on" \
                    or any(c.start < e and s < c.end and c.priority >= 1 for c in found):
                continue
            j = s - 2 - (lex[s - 2].text == "%")
            if j >= 0 and _RESULT_NUMBER.fullmatch(lex[j].text):
                found.append(Candidate(s, e, "Dataset", "name-parallel", self.listed_confidence, None, 1))

    def _list_follows(self, info: DocInfo, i: int) -> bool:
        """Whether the name at token i is the first member of a list of names: "ZetaQA and
        FooBench", "KoalaNet, ZorbNet and FooGAN"."""
        item = self._list_item(info, i)
        if item is None or item[0] != i:
            return False
        lex, n, k = info.lex, info.n, item[1]
        joiners = self.coordination["joiners"]
        gap = 0
        while k < n and lex[k].text in joiners and gap < 2:
            k += 1
            gap += 1
        return 0 < gap and k < n and lex[k].named

    def _list_item(self, info: DocInfo, i: int) -> tuple[int, int] | None:
        """The list member whose name starts at token i, with a number written apart
        ("UCF 101"); None when it is not a whole member but runs on into a longer phrase
        ("BERT-based encoders", "Mistral 7B Instruct v0.2") or is a generic word."""
        lex, n = info.lex, info.n
        joiners = self.coordination["joiners"]
        s, e = glued_run_ix(info, i)
        while not lex[i].named and e < n and e - s < 3 and lex[e].is_title and not lex[e].named:
            e = glued_run_ix(info, e)[1]  # plain capitalised words: "Credit Card"
        if e + 1 < n and lex[e].text.isdigit() and (lex[e + 1].text in joiners or lex[e + 1].is_punct):
            e += 1
        if e < n and not (lex[e].text in joiners or lex[e].is_punct or lex[e].lower in _words_after_a_name()):
            return None  # but "ZetaQA and FooBench are …", "… and HAGGISGAC that exploit …" end the list
        if _suspended_hyphen(info, e) or clean_surface(info.span_text(s, e)).lower() in self.generic:
            return None  # "GPT- and BERT-style LLMs", or a generic word
        return s, e

    def add_coordinated(self, doc: Doc) -> None:
        """"im2gps, San Francisco and MediaEval2010", "SHORTGAC and HAGGISGAC": a written
        name (acronym, camel case, digits) listed beside a typed mention shares its type.
        Only mentions with evidence of their own (gazetteer, definitions, context
        patterns) pass their type on; names found that way pass it further along the list."""
        found = _candidates(doc)
        if not found:
            return
        info = doc_info(doc)
        lex, n = info.lex, info.n
        covered = bytearray(n)
        for c in found:
            covered[c.start:c.end] = b"\x01" * (c.end - c.start)
        joiners = self.coordination["joiners"]
        queue = [c for c in found if c.priority >= 1]
        while queue:
            c = queue.pop()
            for step in (1, -1):
                i = c.end if step == 1 else c.start - 1
                if step == 1 and c.label == "Dataset" and i < n and lex[i].lower == "for":
                    # "LongBench for language, VideoMME for video understanding, and VBench …":
                    # what a benchmark of a list is for, in plain words, ends at the next joiner
                    k = i + 1
                    while k < n and k - i <= 4 and lex[k].is_lower and lex[k].text not in joiners:
                        k += 1
                    if k < n and lex[k].text in joiners:
                        i = k
                gap = 0
                while 0 <= i < n and lex[i].text in joiners and gap < 2:
                    i += step
                    gap += 1
                if step == -1 and gap and i >= 0 and not lex[i].named and not lex[i].is_punct:
                    i = glued_run_ix(info, i)[0]  # "XLMR-base, mBERT": the name before starts at XLMR
                if gap == 0 or not 0 <= i < n or covered[i] or not (
                        lex[i].named or (step == -1 and c.label == "Dataset" and self._opens_data_list(info, i, c.end))):
                    continue
                if c.label == "Task" and c.start > 0 and lex[c.start - 1].lower == "for":
                    continue  # "VideoMME for video understanding, and VBench": what a member is
                    # for is no member
                if step == 1 and lex[c.end].text == "," and c.start > 0 and info.sent_of[c.start] == c.start - 1 \
                        and lex[c.start - 1].lower in _OPENING_PREPOSITIONS:
                    continue  # "On GSM8K, SLoRA and NLoRA achieve …": the comma closes an opening phrase
                item = self._list_item(info, i)
                if item is None or any(covered[item[0]:item[1]]):
                    continue
                s, e = item
                if s > 0 and (lex[s - 1].named or lex[s - 1].is_title):
                    continue  # part of a longer name ("OpenAI's WIT")
                if _unit_after_number(lex, s):
                    continue  # a unit: "improves PSNR by 0.5 dB and SSIM by 0.02"
                new = Candidate(s, e, c.label, "name-coordinated", self.coordination["confidence"], None, 1)
                found.append(new)
                covered[s:e] = b"\x01" * (e - s)
                queue.append(new)

    def _opens_data_list(self, info: DocInfo, i: int, end: int) -> bool:
        """A capitalised word opening a list of names that a plural data noun closes: "on Digits,
        Office31 and Office-Home datasets" (a dataset after it ends at `end`)."""
        lex, n = info.lex, info.n
        if not (lex[i].is_title and i > 0 and lex[i - 1].lower in _DATA_LIST_OPENERS and i + 1 < n
                and lex[i + 1].text == ","):
            return False
        k = end
        while k < n and k - end < 8 and (lex[k].named or lex[k].is_title or lex[k].text == "-"
                                          or lex[k].text in self.coordination["joiners"]):
            k += 1
        return k < n and lex[k].lower in ("datasets", "benchmarks")

    def _defined_type(self, text: str) -> str | None:
        return _defined(self.defined, text)

    def label(self, info: DocInfo, rule: dict, start: int, end: int) -> str | None:
        if self.defined:
            label = self._defined_type(info.span_text(start, end))
            if label is not None:
                return label
        if end - start > 2 and info.lex[start + 1].text == "-" and info.lex[start].text in _curated_models():
            return "Model"  # "SegFormer-B4 achieves …": a size or flavour of a curated model
        return super().label(info, rule, start, end)


# --- abbreviation definitions ---------------------------------------------------------


@Language.factory("kg_abbreviations")
def make_abbreviations(nlp: Language, name: str):
    return AbbreviationFinder(nlp)


_DATA_NOUNS_AFTER_TASK = frozenset({"dataset", "datasets", "benchmark", "benchmarks", "data", "corpora", "transcripts"})


def _task_initials(info: DocInfo, gazetteer: dict[tuple[int, int], tuple[str, str | None]]) -> set[str]:
    """The initials of the curated tasks the doc names ("FSS" of "few-shot segmentation")."""
    return {"".join(word[0] for word in re.split(r"[\s-]+", info.span_text(a, b)) if word).upper()
            for (a, b), (label, _) in gazetteer.items() if label == "Task" and b - a > 1}


def initials_match(short: str, words: list[str]) -> bool:
    """Schwartz & Hearst: the short form's letters appear in order in the long form,
    its first letter opening the long form's first word. A plural short form may spell a
    singular long form: "Structured Inheritance Network (SI-Nets)", and a 2 or 4 the word
    it sounds like: "Image-to-Entities (I2E)"."""
    letters = [_SOUNDED.get(c, c) for c in short.lower() if c.isalnum()]
    text = " ".join(words).lower()
    if not letters or not text or text[0] != letters[0]:
        return False
    if _letters_in_order(letters, text):
        return True
    # a digit after a letter counts it: "Sparse Sobolev GNN (S2-GNN)"
    repeated = re.sub(r"([a-z])([23])", lambda m: m.group(1) * int(m.group(2)), short.lower())
    if repeated != short.lower() and _letters_in_order([c for c in repeated if c.isalnum()], text):
        return True
    return len(letters) > 2 and short.endswith("s") and _letters_in_order(letters[:-1], text)


_SOUNDED = {"2": "t", "4": "f"}  # "to", "for"
_LONG_FORM_JOINS = frozenset({"of", "from", "by", "for", "with", "on", "in", "to", "and"})


def _spells(short: str, words: list[str]) -> bool:
    """Whether a short form's letters are in order in the words, from the start of one of them
    ("CLPM" in "continual learning on a pre-trained model"; not "PPSNet" in "a novel depth
    refinement network")."""
    letters = [c for c in short.lower() if c.isalpha()]
    return bool(letters) and any(
        word[:1].lower() == letters[0] and _letters_in_order(letters, " ".join(words[i:]).lower())
        for i, word in enumerate(words))


def _spelled_by_initials(short: str, words: list[str]) -> bool:
    """The short form is the initials of the words, or the capitals of one camel-case word:
    "Whole slide image (WSI)", "CausalTimeBank (CTB)" (not "City University of Hong Kong (CITYU)")."""
    letters = "".join(c for c in short.lower() if c.isalpha())
    if len(words) == 1:
        return "".join(c for c in words[0] if c.isupper()).lower() == letters
    return "".join(w[:1] for w in words).lower() == letters


def _letters_in_order(letters: list[str], text: str) -> bool:
    position = len(text)
    for char in reversed(letters):
        position = text.rfind(char, 0, position)
        if position < 0:
            return False
    return True


_SHORT_FORM = re.compile(r"^[A-Za-z][\w\-.]*[A-Z][\w\-.]*\+*$")  # "(MST++)" too
# a stop word written with a capital inside spells a letter of a name: "Translate thEn Adapt (TEA)"
_MIXED_CASE = re.compile(r"^[a-z]+[A-Z]")


class AbbreviationFinder(BatchMatching):
    """"Low-Rank Adaptation (LoRA)": records (long, short) pairs and typed candidates."""

    def __init__(self, nlp: Language):
        self.matcher = ArrayMatcher(nlp.vocab)
        short = {"TEXT": {"REGEX": _SHORT_FORM.pattern}}
        # a hyphenated short form is several tokens: "(SI-Nets)", "(H-CORF)", "(S-KDR)"
        part = {"TEXT": {"REGEX": r"^[A-Za-z0-9][\w.]*$"}}
        hyphen = {"ORTH": "-"}
        self.matcher.add("paren", [[{"ORTH": "("}, short, {"ORTH": {"IN": [")", ";", ","]}}],
                                   [{"ORTH": "("}, part, hyphen, part, {"ORTH": ")"}],
                                   [{"ORTH": "("}, part, hyphen, part, hyphen, part, {"ORTH": ")"}]])
        # "Translate thEn Adapt (abbr. TEA)", "(abbreviated as TEA)"
        self.matcher.add("paren-abbr", [[{"ORTH": "("}, {"LOWER": {"IN": ["abbr", "abbreviated", "short"]}},
                                         {"LOWER": {"IN": [".", "as", "for"]}}, short, {"ORTH": ")"}]])
        # a word blended from a capitalised long form: "Histogram Transformer (Histoformer)"
        self.matcher.add("paren-blend", [[{"ORTH": "("}, {"TEXT": {"REGEX": r"^[A-Z][a-z]{3,}$"}}, {"ORTH": ")"}]])
        # the other order, "KDS (Knowledge Delivery System)", "BERT (Bidirectional Encoder ...)"
        self.matcher.add("short-first", [[short, {"ORTH": "("}, {"IS_TITLE": True}]])
        self.stop = set(patterns_config()["stop_words"])
        self.verbs = introducing_words().verbs | frozenset(patterns_config()["method_verbs"])
        self.before_name = introducing_words().before_name
        self.past = introducing_words().past
        self.generic = generic_terms()
        self.heads_naming_a_definition = _name_heads().generic - frozenset(
            patterns_config()["introduced_definition"]["heads_not_named"])
        self.spelled_out = spelled_out()
        self.languages = frozenset(patterns_config()["language_names"])
        self.event_nouns = frozenset(patterns_config()["event_names"]["nouns"])
        self.default_label = patterns_config()["abbreviation"]["default_label"]
        self.plain_data_heads = frozenset(patterns_config()["plain_data_heads"])
        self.no_entity_heads = frozenset(patterns_config()["heads_naming_no_entity"])
        self.default_confidence = patterns_config()["abbreviation"]["default_confidence"]

    def _drop_another_sense(self, info: DocInfo, found: list[Candidate], form: str, curated: str,
                            long_start: int, long_end: int) -> None:
        """Drop the gazetteer's matches of `form` when the paper's long form (long_start..long_end)
        spells out something else than the curated entry `curated` does: "hierarchical label
        expansion (HLE)" is not Humanity's Last Exam (a dataset), nor "ADapt And Merge (ADAM)" the
        Adam optimizer, nor "CausalTimeBank (CTB)" the Chinese Treebank."""
        spelled = self.spelled_out.get(curated)
        long_key = entity_key(info.span_text(long_start, long_end).lower())
        if spelled and not any(long_key.endswith(k) for k in spelled):
            found[:] = [c for c in found if c.rule != "gazetteer" or info.span_text(c.start, c.end) != form]

    def apply(self, doc: Doc, matches) -> Doc:
        pairs = doc.user_data.setdefault(ABBREVIATIONS, [])
        short_types = doc.user_data.setdefault(SHORT_TYPES, {})
        found = _candidates(doc)
        if not matches:
            return doc
        info = doc_info(doc)
        lex = info.lex
        short_first = doc.vocab.strings["short-first"]
        blend = doc.vocab.strings["paren-blend"]
        labelled = doc.vocab.strings["paren-abbr"]
        # a long form the gazetteer lists as a whole and no head noun types keeps its curated
        # type: "Motion History Image (MHI)", "morphological analysis (MA)"
        # (the definition as a whole is then a mention of that entity: "Mixture-of-Experts (MoE)"
        # is mixture of experts; otherwise of its short form, "conditional random fields (CRFs)")
        curated = {(c.start, c.end): (c.label, c.canonical) for c in found if c.rule == "gazetteer"}
        for key, start, end in matches:
            if key == short_first:
                self._short_first(info, start, pairs, short_types, found, curated)
                continue
            short_i, short_end = (end - 2 if key == labelled else start + 1), end - 1
            short_text = info.span_text(short_i, short_end)
            if len(short_text) > 12:
                continue
            if lex[end - 1].text == "," and end < info.n and (lex[end].named or lex[end].lower == "and"):
                continue  # "the three most widely used GNN backbones (GCN, GAT, and GraphSAGE)": a list of names
            if short_end - short_i > 1 and (any(info.space[short_i:short_end - 1]) or not _SHORT_FORM.match(short_text)):
                continue  # "(Wh-S)" is a short form, "(non-PTB)" and "(a - b)" are not
            limit = min(len(short_text) + 5, len(short_text) * 2)  # words, a hyphen is none
            words = 0
            best = None
            crossed = False
            for i in range(start - 1, info.sent_of[start] - 1, -1):
                token = lex[i]
                words += token.text != "-"
                if words > limit or (token.is_punct and token.text not in "-/") or token.lower in self.verbs or (
                        token.is_lower and token.lower in self.past):
                    break  # "we propose …", "LoLDU leverages …": a verb opens no long form
                    # (but "Metadata-Curated Language-Image Pre-training" is one)
                if token.lower in self.stop and i < start - 1 and not _MIXED_CASE.match(token.text) and not (
                        i > 1 and lex[i - 1].text == "-" and not info.space[i - 2] and not info.space[i - 1]) and not (
                        # "the Large Selective Kernel Network (LSKNet)": a capitalised word, common
                        # elsewhere, that the short form's first letter spells opens the name
                        token.is_title and len(token.text) > 3 and lex[i + 1].is_title
                        and token.text[0] == short_text[0] and token.lower not in _LONG_FORM_JOINS):
                    if best is None and token.lower in _LONG_FORM_JOINS and (lex[start - 1].is_title or (
                            lex[start - 1].is_lower and start >= 2 and lex[start - 2].is_title)):
                        # (and "Aligned Language Model with Synthetic Training dataset (ALMoST)": a plain
                        # head after capitalised words)
                        crossed = True  # "Unlearning from Logit Difference (ULD)": a capitalised
                        continue  # long form may join its words with a preposition
                    if best is None and token.lower == "the" and i > 0 and lex[i - 1].lower in _LONG_FORM_JOINS \
                            and lex[i + 1].is_title:
                        continue  # (and its article: "Video Depth in the Wild (VDW)")
                    break  # but "part-of-speech (POS)", "Prompt-based …": a stop word inside a hyphenated word
                if (not crossed or token.text[:1].isupper()) and initials_match(short_text,
                                                                       [lex[k].text for k in range(i, start)]):
                    if best is not None and (token.lower in self.before_name or (
                            token.is_lower and lex[best].is_title)):
                        break  # "we introduce a novel natural scene statistics (NSS) …", "modern
                        # Machine Learning (ML)": the word describes it (but "novel view synthesis
                        # (NVS)" needs it)
                    best = i
            if best is None or (crossed and lex[best].text in self.event_nouns):
                continue  # "The Workshop on Statistical Machine Translation (WMT)" names an event
            if key == blend and not (2 <= start - best <= 4 and all(lex[k].is_title for k in range(best, start))):
                continue  # a blend spells a short capitalised name, not any words before a "(Word)"
            if all(lex[k].lower in self.languages or lex[k].lower in ("-", "to", "and") for k in range(best, start)):
                continue  # "English to Japanese (EnJa)": a language pair names nothing
            long_start, long_end = best, start
            pairs.append((long_start, long_end, short_i, short_end))
            if info.span_text(long_start, long_end).lower() in self.generic:
                continue  # "learning rate (LR)", "out-of-distribution (OOD) data": no entity
            if (lex[long_end - 1].lower in self.plain_data_heads or (
                    end < info.n and lex[end - 1].text == ")" and lex[end].lower in self.plain_data_heads)) \
                    and (long_start, long_end) not in curated and all(
                    lex[k].is_lower or lex[k].text == "-" or k == info.sent_of[k] for k in range(long_start, long_end)) \
                    and not introduced_by(info, long_start):
                doc.user_data.setdefault(DATA_KINDS, set()).add(short_text)
                continue  # "hyperspectral image (HSI)", "multispectral images (MSIs)", "real-world time
                # series (RTS) data": a kind of data (but "this paper proposes document oriented
                # preference sets (DoPS)")
            # (a long form joined by a preposition has its head before it: "Aligned Language Model with
            # Synthetic Training dataset (ALMoST)" is a model)
            joined_at = next((k for k in range(long_start + 1, long_end) if crossed and lex[long_end - 1].is_lower
                              and lex[k].lower in _LONG_FORM_JOINS), long_end)
            label = head_noun_type([lex[k].text for k in range(long_start, joined_at)]) \
                or head_noun_type([lex[k].text for k in range(long_start, long_end)])
            name = clean_surface(short_text)
            known = curated.get((long_start, long_end))
            if label == "Task" and known is None and _SYSTEM_SHORT_FORM.fullmatch(short_text):
                label = "Method"  # "Quasi-Dense Tracking (QDTrack)": initials glued to a word name a
                # system doing the task, as task short forms (MOT, NER, ReID) are not
            if known is not None and (label is None or known[0] in ("Task", label)
                                      or {known[0], label} <= SUBJECT_TYPES):
                # a curated task is one whatever its head noun says: "natural language
                # inference (NLI)"; a curated name of the head noun's type is that entity,
                # whatever its short form: "self-supervised learning (SSL)", "… SSL" are
                # self-supervised learning, "Vision transformers (ViTs)" ViT; a method and
                # a model are one kind here: "Graph Neural Networks (GNNs)" are the curated
                # graph neural network (a method), whatever "Networks" says
                label, name = known
                doc.user_data.setdefault(SHORT_NAMES, {})[short_text] = name
            if label is None and lex[long_end - 1].lower not in self.no_entity_heads and not (
                    end < info.n and head_noun_type([lex[end].text])) and all(
                    lex[k].is_title or lex[k].text == "-" or (k > long_start and lex[k - 1].text == "-"
                                                              and not info.space[k - 1])
                    for k in range(long_start, long_end)):
                # "a Modality Feature Representation Head (MFRH)", "Spectral-wise Attention Block
                # (SAB)": a pattern's match of its first words ("… Representation") types the
                # whole capitalised name (a head noun after it says more: "the proposed
                # Gradient-free Classifier Guidance (GFCG) method")
                piece = next((c for c in found if c.start == long_start and c.end < long_end
                              and c.rule != "gazetteer" and c.priority <= 1), None)
                if piece is not None:
                    label = piece.label
                    found.remove(piece)
            confidence = 0.8
            closed = lex[end - 1].text == ")"
            introduced = closed and introduced_by(info, long_start)
            if introduced == "naming" and known is not None and long_start and lex[long_start - 1].lower == "namely":
                introduced = None  # "three distinct architectures – namely Long Short-Term Memory (LSTM)
                # …": curated ones the paper studies, listed by name
            if introduced == "verb" and end + 1 < info.n and lex[end].lower in ("into", "to") \
                    and lex[end + 1].lower in ("the", "a", "an") and (known is not None or label == "Task"):
                introduced = None  # "we try to introduce open-vocabulary semantic segmentation (OVSS) into the
                # remote sensing context": a known task or technique brought to a new setting
            if introduced:
                # "a natural scene statistics (NSS) based scheme" (but "… (FN) based on X")
                modifier = modifies_next(info, end) or (end + 1 < info.n and lex[end].lower == "based"
                                                        and lex[end + 1].lower not in ("on", "upon"))
                named_after = end + 2 < info.n and lex[end + 1].text == "," \
                    and lex[end + 2].lower in introducing_words().naming
                if modifier and (lex[end].lower not in self.heads_naming_a_definition or known is not None
                                 or named_after):
                    # "we introduce the Reasoning-augmented Continual Learning (RCL) approach"
                    # introduces RCL, but "we construct a Finite Time Lyapunov Exponent (FTLE)
                    # field" a field (rules.json "introduced_definition"), "we propose a
                    # mixed-integer programming (MIP) approach" an approach using a known one,
                    # and "a novel graph representation learning (GRL) model, called Two-Level
                    # GRL …" the model named after "called"
                    introduced = None
                elif label is None and not modifier:
                    # "we propose Gradient Low-Rank Projection (GaLore), a training strategy",
                    # "a new benchmark called …": a name the paper introduces, typed by the
                    # words around it
                    label = (appositive_type(info, end)
                             or (introduced == "naming" and type_before(info, long_start))
                             or name_type_hint(info.span_text(long_start, end)) or "Method")
            if label is None and self.default_label:
                label, confidence = self.default_label, self.default_confidence
            listed = curated.get((short_i, short_end))
            meant = curated.get((long_start, long_end))
            if meant is not None:
                # in this paper the short form means its definition: "Bayesian Networks (BNs) …
                # in using BN" is no batch normalization
                # (and so is a name its curated sense gave a canonical: "FFT approaches" after "full
                # fine-tuning (FFT)" are no Fourier transform)
                forms = {short_text, singular(short_text)}
                other = listed[1] if listed is not None and listed[1] != meant[1] else None
                found[:] = [c._replace(label=meant[0], canonical=meant[1])
                            if c.canonical != meant[1] and (
                                (c.rule == "gazetteer" and info.span_text(c.start, c.end) in forms)
                                or (other is not None and c.rule != "gazetteer" and c.canonical == other))
                            else c for c in found
                            # "a 15-task CL benchmark" after "continual learning (CL)": data for it, no dataset
                            if not (c.label == "Dataset" and c.rule == "name-head-noun" and c.canonical in forms
                                    and meant[0] in ("Task", "Method"))]
            elif listed is not None and (label is not None or _spelled_by_initials(
                    short_text, [lex[k].text for k in range(long_start, long_end) if lex[k].text != "-"])):
                self._drop_another_sense(info, found, short_text, listed[1], long_start, long_end)
            elif listed is None and short_text.endswith("s") and (one := short_text[:-1]).isupper() and len(one) > 1:
                # "Whole Slide Images (WSIs) … within a WSI": the plural short form's singular is this
                # paper's too, not the gazetteer's (word sense induction)
                curated_one = next((c for c in found if c.rule == "gazetteer" and info.span_text(c.start, c.end) == one),
                                   None)
                if curated_one is not None:
                    self._drop_another_sense(info, found, one, curated_one.canonical, long_start, long_end)
            if label is not None:
                found.append(Candidate(long_start, long_end, label, "abbreviation-long", confidence, None, 2))
                found.append(Candidate(short_i, short_end, label, "abbreviation-short", confidence + 0.05, None, 2))
                short_types[short_text] = label
                if short_end - short_i > 1:
                    runs = doc.user_data.setdefault(SHORT_RUNS, {})
                    runs[tuple(lex[k].text for k in range(short_i, short_end))] = (label, short_i)
            # the definition as one mention, "conditional random fields (CRFs)", and with a
            # head noun after it, "natural language processing (NLP) systems"
            if not closed:
                continue
            head = head_noun_type([lex[end].text]) if end < info.n and lex[end].lower not in self.stop else None
            if label == "Task" and lex[end].lower in ("dataset", "datasets", "data", "benchmarks"):
                head = None  # "6 natural language understanding (NLU) datasets": data for the task
                # NLU (but "the … evaluation (BLUE) benchmark" names a benchmark)
            elif known is not None and known[0] == "Task" and head in SUBJECT_TYPES and lex[end].lower in _DOING_A_DEFINED_TASK:
                head = label  # "Multi-Object Tracking (MOT) methods": the task's methods, the task named
                # (not an unknown task's: SciERC labels such "… methods" a method, and a framework
                # may be named after its task: "an Event-driven … Video Super-Resolution (EBVSR)
                # framework", so "a … Novel Object Detection (NOD) framework" stays a method)
            elif known is not None and ({head, label} <= SUBJECT_TYPES or (head == "Task" and label in SUBJECT_TYPES)):
                head = label  # "Graph Neural Network (GNN) architectures" are the curated method, and
                # "Chain of Thought (CoT) reasoning" the curated prompting method, not a task
            if head is not None:
                # a task's head is part of its name: "facial Action Unit (AU) recognition" is AU
                # recognition (but "natural language processing (NLP) systems" names NLP)
                named = name if head != "Task" or label == "Task" else f"{short_text} {lex[end].text}"
                definition = Candidate(long_start, end + 1, head, "abbreviation-definition", confidence,
                                       clean_surface(named), 2)
                if label is None and head == "Dataset" and short_text not in short_types:
                    short_types[short_text] = head  # "Depressive Indicators during Casual Talks (DEPTALK)
                    # dataset": the head noun types the short form, which names the dataset where written
            elif label is not None:
                definition = Candidate(long_start, end, label, "abbreviation-definition", confidence, name, 2)
            else:
                continue
            found.append(definition)
            if introduced:
                doc.user_data.setdefault(INTRODUCED, []).append(
                    (definition.start, definition.end, definition.label, "introduced-definition", 0.8))
        # a pattern's match that opens a defined long form whose head names no entity is a piece
        # of that name: "the Superficial Alignment Hypothesis (SAH)" named a method
        # "Superficial Alignment" (rules.json "heads_naming_no_entity"; a curated name inside stays)
        pieces = [(ls, le) for ls, le, _, _ in pairs if le - ls > 1 and lex[le - 1].lower in self.no_entity_heads]
        if pieces:
            found[:] = [c for c in found if c.rule == "gazetteer" or c.priority > 1
                        or not any(ls == c.start and c.end < le for ls, le in pieces)]
        return doc

    def _short_first(self, info: DocInfo, short_i: int, pairs, short_types, found, curated) -> None:
        """"KDS (Knowledge Delivery System)": capitalised words up to ")" spelling the short form."""
        lex = info.lex
        short_text = lex[short_i].text
        if len(short_text) > 12:
            return
        first = short_i + 2
        limit = min(len(short_text) + 5, len(short_text) * 2)  # words, a hyphen is none
        close, words_seen = None, 0
        for k in range(first, info.n):
            if lex[k].text == ")":
                close = k
                break
            words_seen += lex[k].text != "-"
            if words_seen > limit:
                break
        if close is None or any(lex[k].is_punct and lex[k].text not in "-/" for k in range(first, close)):
            return
        words = [lex[k].text for k in range(first, close)]
        # (a word glued after a hyphen may be in lower case: "Intra- and Inter-modal Side …")
        if not initials_match(short_text, words) or not all(
                w[:1].isupper() or w.lower() in self.stop or not w[:1].isalpha()
                or (lex[k - 1].text == "-" and not info.space[k - 1]) for k, w in zip(range(first, close), words)):
            return
        pairs.append((first, close, short_i, short_i + 1))
        # the head before a preposition: "Side Adapted Network for Multimodal Representation"
        cut = next((j for j, w in enumerate(words) if j and w.lower() in ("for", "of", "with", "via")), len(words))
        label = head_noun_type(words[:cut]) if cut < len(words) else None
        if label not in ("Model", "Method", "Dataset"):
            label = head_noun_type(words)
        name = clean_surface(short_text)
        if label is None and (first, close) in curated:
            label, name = curated[(first, close)]
        if label is None:
            return
        short_types[short_text] = label
        found.append(Candidate(first, close, label, "abbreviation-long", 0.8, None, 2))
        found.append(Candidate(short_i, close + 1, label, "abbreviation-definition", 0.8, name, 2))


# --- names a paper introduces ---------------------------------------------------------


@Language.factory("kg_introduced")
def make_introduced(nlp: Language, name: str):
    return IntroducedNames(nlp)


def glued_run(doc: Doc, i: int) -> Span:
    """The run of tokens around i written without spaces (ChiMed - GPT -> ChiMed-GPT)."""
    start, end = glued_run_ix(doc_info(doc), i)
    return doc[start:end]


_ENUMERATOR = re.compile(r"^(?:\d{1,2}|[a-h]|i{1,3}|iv|vi{0,3})$")


def opens_clause(info: DocInfo, i: int) -> bool:
    """Whether a capital at token i may only open a sentence or a list item ("(2) Training
    methodologies: …", "b) Model evaluation"): no evidence of a name."""
    if i == info.sent_of[i]:
        return True
    lex = info.lex
    return i >= 2 and lex[i - 1].text == ")" and bool(_ENUMERATOR.match(lex[i - 2].lower)) and (
        i - 2 == info.sent_of[i] or (i >= 3 and (lex[i - 3].text in {"(", ".", ";", ":", ","} or lex[i - 3].is_punct)))


def _suspended_hyphen(info: DocInfo, end: int) -> bool:
    """A name cut off by a suspended hyphen ("GPT- and BERT-style"): it ends in "-", or a
    "-" follows it unspaced that glued_run_ix trimmed off (a spaced one is a dash: "which we
    call AlphaCodium - a test-based … flow")."""
    lex = info.lex
    return lex[end - 1].text.endswith("-") or (end < info.n and lex[end].text == "-" and not info.space[end - 1])


def glued_run_ix(info: DocInfo, i: int) -> tuple[int, int]:
    """glued_run as (start, end) token offsets."""
    lex, space, n = info.lex, info.space, info.n
    start = i
    while start > 0 and not space[start - 1] and lex[start - 1].text not in "([{\"'" \
            and not lex[start - 1].text.endswith("{"):  # (nor LaTeX's "\textbf{")
        if lex[start - 1].is_punct and lex[start - 1].text not in "-/.":
            break
        start -= 1
    end = i + 1
    while end < n and not space[end - 1] and lex[end].text not in ")]},;:\"'":
        if lex[end].is_punct and lex[end].text not in "-/.":
            break
        end += 1
    while end - 1 > start and lex[end - 1].text in "-/.":
        end -= 1
    return start, end


_CLAUSE_OPENERS = frozenset({"that", "which", "where", "whereby", "who", "whose", "to", "as"})
_PREPOSITIONS = frozenset({"for", "of", "on", "in", "with", "from", "by", "via", "using", "over", "against",
                           "across", "under", "between", "among"})


class IntroducingWords(NamedTuple):
    verbs: frozenset[str]  # "propose", "introduces"
    naming: frozenset[str]  # "called", "dubbed"
    kind_of: frozenset[str]  # "X, a family of algorithms"
    before_name: frozenset[str]  # what may stand between the two: "we propose a novel …"
    past: frozenset[str]  # "we (have) developed X": past forms, only after "we"
    after_we: frozenset[str]  # what may stand between "we" and the verb: "we instead present"


@lru_cache(maxsize=1)
def introducing_words() -> IntroducingWords:
    """The words that introduce a name (rules.json)."""
    cfg = patterns_config()
    past = cfg["introduce_verbs_past"]
    before_name = frozenset({"a", "an", "the", *cfg["appositive_words"], *cfg["words_before_introduced_name"]})
    return IntroducingWords(frozenset(cfg["introduce_verbs"]), frozenset(cfg["naming_words"]),
                            frozenset(cfg["kind_of_words"]), before_name,
                            frozenset(past["verbs"]), frozenset(cfg["adverbs_after_we"]))


def _after_we(info: DocInfo, k: int) -> bool:
    """Whether "we" opens the verb at k: "we developed", "we have recently introduced"."""
    between = introducing_words().after_we
    first = info.sent_of[k]
    for j in range(k - 1, max(first, k - 3) - 1, -1):
        lower = info.lex[j].lower
        if lower == "we":
            return True
        if lower not in between:
            return False
    return False


def _kind_of(word: str) -> bool:
    """"variant", "variants", "family": a word whose "of" names what the new thing is a kind of."""
    kind_of = introducing_words().kind_of
    return word in kind_of or (word.endswith("s") and word[:-1] in kind_of) or (
        word.endswith("ies") and word[:-3] + "y" in kind_of)


def introduced_by(info: DocInfo, start: int) -> str | None:
    """How the words before `start` introduce what starts there: "verb" ("we propose (a
    new) X"), "naming" ("a technique called X", "dubbed as X") or None."""
    verbs, naming, _, before_name, past, _ = introducing_words()
    lex = info.lex
    first = info.sent_of[start]
    k = glued_run_ix(info, start)[0] - 1  # "we propose a training-Free Zero-shot … (FreeZAD)"
    while k >= first and k > start - 4 and (lex[k].lower in before_name or (
            # (and a plain word after an article: "a classifier called the deep Pattern Recognition
            # Network (PRN)")
            k - 1 >= first and lex[k - 1].lower in ("the", "a", "an") and lex[k].is_lower and lex[k].is_alpha)):
        k -= 1
    if k < first:
        return None
    word = lex[k].lower
    referred = word == "as" and k - 2 >= first and lex[k - 1].lower == "to" and lex[k - 2].lower == "referred"
    if word in naming or referred or (word == "as" and k > first and lex[k - 1].lower in naming):  # "dubbed as X"
        naming_at = k - 2 if referred else k if word in naming else k - 1
        if naming_at > first and lex[naming_at - 1].lower in _BE_FORMS and not _authorial_sentence(info, start):
            return None  # "This task is termed open-set recognition (OSR)": a name others gave
        return "naming"
    if word in verbs or (word in past and _after_we(info, k)):
        return "verb"
    if (word == ":" and _our_noun(info, k - 1)) or (
            word == "as" and k - 3 >= first and lex[k - 1].lower == "known" and lex[k - 2].lower in (",", "is")
            and _our_noun(info, k - 3)):
        return "naming"  # "… motivate our method: Low-rank Informed Sparse Fine-Tuning (LIFT)",
        # "Our approach, known as Dynamic Token Merging (DTM), …", "Our corpus is known as the Causal
        # News Corpus (CNC)"
    if word == ",":
        # "we also introduce a large-scale dataset, Video Depth in the Wild (VDW)": the name given
        # to the thing the verb introduces
        article = next((j for j in range(k - 1, max(first, k - 8) - 1, -1) if lex[j].lower in ("a", "an")), None)
        if article is not None and article > first and (lex[article - 1].lower in verbs or (
                lex[article - 1].lower in past and _after_we(info, article - 1))) \
                and head_noun_type([lex[j].text for j in range(article + 1, k)]) is not None:
            return "naming"
        return None
    if k - 2 >= first and lex[k - 1].lower == "and" and lex[k].is_lower:
        k -= 2  # "we have developed and evaluated a …"
        word = lex[k].lower
        return "verb" if word in verbs or (word in past and _after_we(info, k)) else None
    return None


_BE_FORMS = frozenset({"is", "are", "was", "were", "been", "be"})


_CONTAINING = frozenset({"contains", "contain", "containing"})  # (a method "consists of 2 modules")


def _counted_contents_after(info: DocInfo, end: int) -> str | None:
    """"We introduce ChEMBL3D, which contains over 250 million molecular geometries": a name
    whose contents are counted in figures names data."""
    lex, n = info.lex, info.n
    k = end + (end < n and lex[end].text == ",")
    k += k < n and lex[k].lower in ("which", "that")
    if k >= n or lex[k].lower not in _CONTAINING:
        return None
    return "Dataset" if any(any(c.isdigit() for c in lex[j].text) for j in range(k + 1, min(n, k + 5))) else None


def _our_noun(info: DocInfo, k: int) -> bool:
    """Whether token k is the noun of "our (proposed) method" (rules.json "our_nouns")."""
    lex = info.lex
    if k < 1 or lex[k].lower not in _our_nouns():
        return False
    before = k - 1 if lex[k - 1].lower not in ("proposed", "new", "novel") else k - 2
    return before >= info.sent_of[k] and lex[before].lower == "our"


@lru_cache(maxsize=1)
def _our_nouns() -> frozenset[str]:
    return frozenset(patterns_config()["our_nouns"])


@lru_cache(maxsize=1)
def _authorial_words() -> tuple[frozenset[str], frozenset[str]]:
    cfg = patterns_config()
    return frozenset(cfg["authorial_words"]), frozenset(cfg["authorial_this"])


def _authorial_sentence(info: DocInfo, i: int) -> bool:
    """Whether token i's sentence speaks of the paper's own work: "we", "our", "this paper",
    "a novel …", "is proposed" (rules.json "authorial_words")."""
    words, this_words = _authorial_words()
    lex = info.lex
    start, end = info.sentence_of_char(info.idx[i])
    return any(lex[k].lower in words or (lex[k].lower == "this" and k + 1 < info.n and lex[k + 1].lower in this_words)
               for k in range(start, end))


def _recent_work(info: DocInfo, i: int) -> bool:
    """Whether token i's sentence tells of recent work, not the paper's: "Recently, … a new
    benchmark … called FAIR1M has been proposed" (no "we" or "our" in it)."""
    lex = info.lex
    start, end = info.sentence_of_char(info.idx[i])
    return lex[start].lower in ("recently", "recent") and not any(
        lex[k].lower in ("we", "our", "us") for k in range(start, end))


def _short_name_after(info: DocInfo, start: int) -> tuple[int, int] | None:
    """"termed Pooling LLaVA, or PLLaVA in short", "called Two-Level GRL with Subgraph-as-a-Node
    (SaaN 2L-GRL in short)": the short name a phrase opening at `start` is given right after it."""
    lex, n = info.lex, info.n
    for k in range(start + 1, min(n - 4, start + 14)):
        opened = 2 if lex[k].text == "," and lex[k + 1].lower == "or" else 1 if lex[k].text == "(" else 0
        if not opened:
            continue
        first = k + opened
        end = first  # "(SaaN 2L-GRL in short)": a name of up to three written words
        while end < n and end - first < 3 and (lex[end].named or lex[end].is_title):
            end = glued_run_ix(info, end)[1]
        if end > first and any(lex[j].named for j in range(first, end)) and end + 1 < n \
                and lex[end].lower in ("in", "for") and lex[end + 1].lower == "short":
            return first, end
    return None


_APPOSITIVE_DASHES = ("--", "—", "–")  # "RefEdit -- an instruction-based editing model"


def appositive_type(info: DocInfo, end: int) -> str | None:
    """"X, a new benchmark for …" / "X, a two-stage strategy": the type the appositive
    after a name (ending at `end`) tells, or the head noun right after it."""
    lex, n = info.lex, info.n
    if end + 3 < n and lex[end].text == "(" and lex[end + 2].text == ")" and lex[end + 3].text == ",":
        end += 3  # "Image-to-Entities (I2E), a new dataset": past the short form
    if end < n and (lex[end].text in {",", ":", "("} or lex[end].text in _APPOSITIVE_DASHES):
        return description_type(info, end + 1)
    if end < n:
        return head_noun_type([lex[end].text])
    return None


_DESCRIPTION_ENDS = frozenset({"for", "that", "which", "with", "to", "of", "in", "on", "from"})


def description_type(info: DocInfo, start: int) -> str | None:
    """The type the head noun of the description opening at `start` tells ("a new
    benchmark for …" -> Dataset): the phrase's last content word decides, so "a
    combinatorial sports prediction market" names no task and "a parsing and extraction
    tool" a method. A phrase that a verb follows ("PASCAL, a challenge was organized")
    is a subject, not a description: no type."""
    kind_of = introducing_words().kind_of
    verbs = verbs_after_name()
    lex, n = info.lex, info.n
    words: list[str] = []
    for k in range(start, min(n, start + 10)):
        token = lex[k]
        lower = token.lower
        if lower == "of" and words and words[-1].lower() in kind_of:
            words.pop()  # "X, a family of algorithms": the algorithms tell the type
            continue
        if token.text in {",", ".", ";", ")"} or lower in _DESCRIPTION_ENDS:
            break
        if head_noun_type([lower]) is None:
            if lower in verbs:
                return None  # (but "models", "tests" are nouns here)
            if lower.endswith(("ing", "ed", "ly")) and head_noun_type(words):
                break  # "a benchmark containing …", "a model trained on …", "… framework specifically …"
        words.append(token.text)
    return head_noun_type(words)


@lru_cache(maxsize=1)
def units() -> frozenset[str]:
    """Units a number is written with ("0.5 dB", "45 FPS"): never a name (rules.json)."""
    return frozenset(patterns_config()["coordination"]["units"])


def _listed_before_of_number(info: DocInfo, end: int) -> bool:
    """"of" and a number follow the word ending at `end`, or a list of words it opens does: "an EM of
    62.42", "an accuracy, sensitivity, and specificity of 98.54%, 98.27%, and 98.73%"."""
    lex = info.lex
    for k in range(end, min(info.n - 1, end + 8)):
        if lex[k].lower == "of":
            return _NUMBER.match(lex[k + 1].text) is not None
        if not (lex[k].text == "," or lex[k].lower in ("and", "or") or (lex[k].is_alpha and k > end)):
            return False
    return False


def _unit_after_number(lex, i: int) -> bool:
    """Token i is a unit written after a number ("0.5 dB", "45 FPS")."""
    return i > 0 and lex[i].text in units() and _NUMBER.match(lex[i - 1].text) is not None


@lru_cache(maxsize=1)
def verbs_after_name() -> frozenset[str]:
    return frozenset(patterns_config()["verbs_after_name"])


def type_before(info: DocInfo, start: int) -> str | None:
    """"a new benchmark called X", "a Chinese dataset for …, named X": the type the words
    before a name (starting at `start`) tell. A name given to an activity is a method for it
    ("an anchor-free instance segmentation, called CenterMask"); only a task or problem named
    as one is a task ("a new task called X")."""
    label = _type_before(info, start)
    if label == "Task" and not any(info.lex[k].lower in _TASK_WORDS
                                   for k in range(max(info.sent_of[start], start - 12), start)):
        return "Method"
    return label


_TASK_WORDS = frozenset({"task", "tasks", "problem", "problems", "setting", "settings", "challenge", "challenges"})
_SETTING_WORDS = frozenset({"setting", "settings", "scenario", "scenarios", "paradigm"})


def _type_before(info: DocInfo, start: int) -> str | None:
    naming = introducing_words().naming
    lex = info.lex
    words = [lex[k].text for k in range(max(0, start - 6), start) if lex[k].lower not in naming]
    cut = max((k for k, word in enumerate(words) if word.lower() in _PREPOSITIONS), default=0)
    # "a new plug-and-play training framework for LLMs called Fira": the phrase's head, not
    # what it is for; "a new approach to code generation by LLMs, which we call AlphaCodium":
    # the head of the phrase its article opens
    opened = [lex[k].text for k in range(max(info.sent_of[start], start - 20), start)]
    article = max((k for k, word in enumerate(opened) if word.lower() in ("a", "an")), default=None)
    if article is not None:
        first_cut = next((k for k in range(article + 1, len(opened))
                          if opened[k].lower() in _PREPOSITIONS or opened[k].lower() == "to"), None)
        if first_cut is not None and (head := head_noun_type(opened[article:first_cut])) is not None:
            return head
    label = (cut and head_noun_type(words[:cut])) or head_noun_type(words)
    if label is None and words and words[-1].lower() in _SETTING_WORDS and lex[start].lower == "we":
        return "Task"  # "a setting we term One-to-Many Temporal Grounding (OMTG)"
    if label is None:
        # "a Chinese dataset for full-text error correction, named ChFT": the nearest
        # head noun of the phrase the name is given to
        for k in range(start - 1, max(info.sent_of[start], start - 12) - 1, -1):
            token = lex[k]
            if token.text in {".", ";"}:
                break
            found = head_noun_type([token.text])
            if found in ("Dataset", "Model", "Method"):
                return found
    return label


class IntroducedNames(BatchMatching):
    """Names the paper defines: "we propose X", "X, a new benchmark", "a framework called X",
    and titles of the form "X: A … Dataset for …". Typed by the head noun around them."""

    def __init__(self, nlp: Language):
        cfg = patterns_config()
        words = introducing_words()
        self.stop = set(cfg["stop_words"])
        self.generic = generic_terms()
        self.verbs_after = verbs_after_name()
        self.before_name = words.before_name
        self.heads = _name_heads()
        self.version = re.compile(cfg["token_flags"]["VERSION"])
        self.languages = frozenset(cfg["language_names"])
        self.others_before_namely = frozenset(cfg["others_before_namely"])
        self.matcher = ArrayMatcher(nlp.vocab)
        for key, pattern in (
            # ("we propose", "this paper introduces", "this study presents")
            ("we-verb", [{"LOWER": {"IN": ["we", "this", *sorted(cfg["authorial_this"])]}},
                         {"LOWER": {"IN": sorted(words.after_we)}, "OP": "?"}, {"LOWER": {"IN": sorted(words.verbs)}}]),
            ("we-verb", [{"LOWER": "we"}, {"LOWER": {"IN": sorted(words.after_we)}, "OP": "?"},
                         {"LOWER": {"IN": sorted(words.past)}}]),
            # "we first freeze the parameters … and then propose the Dynamic Adapter"
            ("and-verb", [{"LOWER": "and"}, {"LOWER": {"IN": sorted(words.after_we)}, "OP": "?"},
                          {"LOWER": {"IN": sorted(words.verbs)}}]),
            ("called", [{"LOWER": {"IN": sorted(words.naming)}}]),
            ("called", [{"LOWER": "referred"}, {"LOWER": "to"}, {"LOWER": "as"}]),  # "a method referred to as X"
            # "our best model family, which we name Guanaco, …", "we call it ZetaNet"
            ("called", [{"LOWER": "we"}, {"LOWER": {"IN": sorted(words.after_we)}, "OP": "?"},
                        {"LOWER": {"IN": ["name", "call", "dub", "term"]}}]),
            ("appositive", [{"ORTH": {"IN": [",", *_APPOSITIVE_DASHES]}}, {"LOWER": {"IN": ["a", "an"]}},
                            {"LOWER": {"IN": sorted(cfg["appositive_words"])}}]),
            # "our proposed approach, Loki, gains …"
            ("our-noun", [{"LOWER": "our"}, {"LOWER": {"IN": ["proposed", "new", "novel"]}, "OP": "?"},
                          {"LOWER": {"IN": sorted(cfg["our_nouns"])}}, {"ORTH": ","}]),
            # "our proposed TS-TCC performs …"
            ("our-proposed", [{"LOWER": "our"}, {"LOWER": "proposed"}, {"FLAG:NAMED": True}]),
        ):
            self.matcher.add(key, [compile_pattern(pattern)])

    def _name_after(self, info: DocInfo, i: int, limit: int = 8, naming: bool = False) -> tuple[int, int] | None:
        """First name-like token within `limit` words after i (a hyphenated word counts
        once: "a generic image-to-image translation framework, Pixel2Style2Pixel"), on the
        same clause. After a naming word (`naming`: "which we name Guanaco") a capitalised
        word right there is a name too."""
        lex, n = info.lex, info.n
        if naming and i < n and lex[i].lower in ("a", "an"):
            return None  # "a corpus of bracketed sentences, called a Treebank": a kind, no name
        if not naming and i < n and lex[i].lower in ("a", "an"):
            appositive = _appositive_name(info, i, limit)
            if appositive is not None:
                return appositive  # "we propose a LiDAR-based ReID framework, ReID3D, that …"
        object_noun = content_word = False
        first = i
        while first < n and lex[first].lower in self.before_name:
            first += 1
        if naming and first > i and first + 1 < n and lex[first].is_lower \
                and head_noun_type([lex[first].text]) is not None:
            first += 1  # "we therefore call the network Pose Refinement Graph Convolutional Network"
        words = 0
        for j in range(i, n):
            token = lex[j]
            glued_on = token.text == "-" or (j > i and lex[j - 1].text == "-" and not info.space[j - 1])
            words += not glued_on
            if words > limit:
                return None
            if token.text in {".", ";"} or (token.lower in {"that", "which", "to"} and not glued_on):
                return None  # (but "image-to-image" is one word)
            if (object_noun and token.lower in _PREPOSITIONS) or (content_word and token.lower in _TOPIC_PREPOSITIONS):
                return None  # "we develop a model for instance-level SBIR": SBIR is what it is for;
                # "we present a unifying perspective from ResNets …": the object is the perspective
            if token.lower == "of" and j > i and _kind_of(lex[j - 1].lower):
                return None  # "we develop several variants of MI": MI is what they vary
            object_noun = object_noun or (token.is_lower and head_noun_type([token.text]) is not None)
            content_word = content_word or (token.is_lower and token.is_alpha and token.lower not in self.stop
                                            and token.lower not in self.before_name and not glued_on)
            if token.like_url or "/" in token.text or "@" in token.text:
                return None
            if j == first and token.is_title and not token.named:
                short = self._short_form_after_phrase(info, j)
                if short is not None:
                    return short
            if not (token.named or token.is_title) or token.lower in self.generic:
                continue
            rs, re_ = glued_run_ix(info, j)
            if all(lex[k].lower in self.languages or lex[k].lower in ("-", "to") for k in range(rs, re_)):
                continue  # "we present our experiments on Chinese-to-English translation"
            # a name glued from plain words reads as one ("Ant-Q"), unless it modifies the
            # next word ("a novel End-to-End GPT-based model")
            glued = not token.named
            # right after the verb or the description it names, capitalised words may be one
            # name ("we present In-Context Pretraining, a new approach", "we present
            # Photogeometric Structured Light whereby", "we propose a new pooling strategy,
            # Multi-Layers Trainable Pooling, which")
            # (and "a new … architecture, the Transformer, …")
            named_after_comma = object_noun and (lex[j - 1].text == "," or (
                j >= 2 and lex[j - 1].lower == "the" and lex[j - 2].text == ","))
            opens_name = j == first or named_after_comma
            phrase = self._title_phrase(info, rs, named=naming and j == first) \
                if opens_name and re_ < n and lex[re_].is_title else None
            if phrase is not None:
                return phrase
            if glued and not looks_named(info.span_text(rs, re_)) and not (naming and j == first) \
                    and not (named_after_comma and lex[j - 1].lower == "the" and re_ < n and lex[re_].text == ",") \
                    and not (
                    token.is_title and re_ + 2 < n and lex[re_].text == "," and lex[re_ + 1].lower in ("a", "an")
                    and description_type(info, re_ + 1) is not None) \
                    and not (j == first and token.is_title and re_ + 1 < n and lex[re_].lower == "as"
                             and lex[re_ + 1].lower in ("a", "an")):
                continue  # but "we introduce Hippo, a family of 7B models" names Hippo, and so does "we
                # propose Dynaphish as a remedy for …" the word right after the verb
            if glued and re_ < n and not (lex[re_].is_punct or lex[re_].is_lower):
                return None
            if _suspended_hyphen(info, re_):
                return None  # "current GPT- and BERT-style LLMs"
            if hyphenated_modifier(info, rs, re_) and re_ < n and lex[re_].is_lower and lex[re_].is_alpha:
                return None  # "we devise an LSTM-based method": what it is built on, not its name
            if info.span_text(rs, re_).lower() in self.generic:
                continue
            if rs > 0 and lex[rs - 1].text == "(":
                return None  # a short form: its definition tells what it is (kg_abbreviations)
            after = lex[re_] if re_ < n else None
            if after is not None and self.version.match(after.text) and not (
                    re_ + 1 < n and lex[re_ + 1].text == "%"):
                re_ += 1  # "we propose SteerLM 2.0": the version is part of the name
                after = lex[re_] if re_ < n else None
            if after is not None and after.text in _CLOSING_QUOTES and re_ + 1 < n and (
                    lex[re_ + 1].named or lex[re_ + 1].is_title):
                return None  # "a novel residual “Enhancement-Calibration” U-Net architecture, termed
                # REC-UNet": a quoted word describing what the phrase names
            if after is not None and (after.is_title or (
                    after.is_alpha and after.is_lower and after.lower not in self.stop
                    and after.lower not in self.verbs_after and head_noun_type([after.text]) is None)):
                # part of a longer capitalised phrase ("dubbed Aligning TeacheR with …") or
                # a modifier ("we release T5X checkpoints")
                return None
            if rs > i and lex[rs - 1].is_title and rs - 1 != info.sent_of[rs - 1]:
                return None
            if naming and rs == first + 1 and lex[first].is_lower and lex[first].is_alpha \
                    and lex[first].lower not in self.stop and head_noun_type([lex[first].text]) is None:
                return first, re_  # "a new framework, called correlated MIL": all the words the naming
                # word gives are the name
            return rs, re_
        return None

    def _short_form_after_phrase(self, info: DocInfo, start: int) -> tuple[int, int] | None:
        """The short form in brackets after a capitalised phrase from `start`, which names
        the thing: "termed Data Augmentation Optimized for GAN (DAG)" introduces DAG, not the
        GAN inside the phrase."""
        lex, n = info.lex, info.n
        k = start
        while k < n and k - start < 10 and (lex[k].is_title or lex[k].named or lex[k].text == "-"
                                             or lex[k].lower in _PHRASE_LINKS):
            k += 1
        if not (k + 2 < n and k - start >= 2 and lex[k].text == "(" and lex[k + 2].text == ")"
                and looks_named(lex[k + 1].text)):
            return None
        after = lex[k + 3] if k + 3 < n else None
        if after is not None and after.is_alpha and after.is_lower and after.lower not in _CLAUSE_OPENERS \
                and after.lower not in self.verbs_after:
            return None  # "construct a Finite Time Lyapunov Exponent (FTLE) field": a field
        return k + 1, k + 2

    def _title_phrase(self, info: DocInfo, start: int, named: bool = False) -> tuple[int, int] | None:
        """A name of two to five capitalised words from `start` ("we present Photogeometric
        Structured Light whereby …", "In-Context Pretraining, a new approach"), ended by
        punctuation or a plain word; not one that a preposition goes on ("dubbed Aligning
        TeacheR with StudenT PreferencEs") nor a generic phrase ("Large Language Models").
        Right after a naming word (`named`) a generic head is part of the name ("we call the
        network Pose Refinement Graph Convolutional Network")."""
        lex, n = info.lex, info.n
        end, words = start, 0
        while end < n and words < 6 and (lex[end].is_title or lex[end].named):
            end = glued_run_ix(info, end)[1]
            words += 1
        if not 2 <= words <= 5 or end >= n:
            return None
        after = lex[end]
        if not (after.text in {",", "(", ".", ";", ":"} or after.lower in _CLAUSE_OPENERS
                or after.lower in self.verbs_after):
            return None  # (a plain noun after it is what it modifies: "Flax-based T5X checkpoints")
        if after.text == "(":
            close = next((k for k in range(end + 1, min(n, end + 5)) if lex[k].text == ")"), None)
            if close is not None and close + 1 < n and lex[close + 1].is_alpha and lex[close + 1].is_lower \
                    and lex[close + 1].lower not in _CLAUSE_OPENERS and lex[close + 1].lower not in self.verbs_after:
                return None  # "construct a Finite Time Lyapunov Exponent (FTLE) field": a field
        last = lex[end - 1].lower
        if last in self.heads.generic and last not in self.heads.capitalised and not named:
            return None  # "the Zorb Benchmark" is Zorb, a benchmark (kg_patterns)
        if clean_surface(info.span_text(start, end)).lower() in self.generic:
            return None
        return start, end

    def _names_anothers(self, info: DocInfo, i: int) -> bool:
        """Whether the phrase before naming word i speaks of others' work ("the best existing
        … models, which we call", "against the best systems, namely"), back to an introducing
        verb ("Unlike previous methods, we propose a framework called X" introduces X)."""
        words = introducing_words()
        lex = info.lex
        for k in range(i - 1, info.sent_of[i] - 1, -1):
            if lex[k].lower in words.verbs or lex[k].lower in words.past:
                return False
            if lex[k].lower in self.others_before_namely:
                return True
        return False

    def apply(self, doc: Doc, matches) -> Doc:
        introduced = doc.user_data.setdefault(INTRODUCED, [])
        found = _candidates(doc)
        if not matches:
            return doc
        info = doc_info(doc)
        lex = info.lex
        strings = doc.vocab.strings
        seen = set()

        def add(span: tuple[int, int] | None, label: str | None, rule: str, confidence: float) -> None:
            if span is None or span in seen:
                return
            seen.add(span)
            start, end = span
            label = label or name_type_hint(info.span_text(start, end)) or "Method"
            found.append(Candidate(start, end, label, rule, confidence, None, 2))
            introduced.append((start, end, label, rule, confidence))

        for match_id, start, end in matches:
            kind = strings[match_id]
            if kind == "appositive":
                # "X, a new benchmark …"
                if start == 0:
                    continue
                before = start - 1
                if lex[before].text == ")" and before >= 2 and lex[before - 2].text == "(":
                    before -= 1  # "Image-to-Entities (I2E), a new dataset": the short form
                elif lex[before].text == "*" and before >= 1:
                    before -= 1  # "We propose *LightReasoner*, a novel framework": markdown's emphasis
                run = glued_run_ix(info, before)
                text = info.span_text(*run)
                if looks_named(text) and text.lower() not in self.generic:
                    add(run, appositive_type(info, start), "introduced-appositive", 0.8)
                continue
            if kind == "our-noun":
                run = glued_run_ix(info, end) if end < info.n else None
                while run is not None and run[1] < info.n and run[1] - end < 3 and lex[run[1]].is_title:
                    run = (run[0], glued_run_ix(info, run[1])[1])  # "Our model, Depth Pro, synthesizes"
                if run is not None and run[1] < info.n and lex[run[1]].text == "," and (
                        lex[end].named or lex[end].is_title) and info.span_text(*run).lower() not in self.generic:
                    add(run, head_noun_type([lex[end - 2].text]), "introduced-our-noun", 0.8)
                continue
            if kind == "our-proposed":
                run = glued_run_ix(info, end - 1)
                if run[0] == end - 1 and info.span_text(*run).lower() not in self.generic and (
                        run[1] >= info.n or not lex[run[1]].is_alpha or not lex[run[1]].is_lower
                        or lex[run[1]].lower in self.verbs_after):
                    add(run, None, "introduced-our-proposed", 0.75)
                continue  # (but "our proposed LSTM-based model" names no LSTM of its own)
            if lex[start].lower == "referred" and not _authorial_sentence(info, start):
                continue  # "all other heads …, referred to as Streaming Heads": a term for things, in a
                # sentence that introduces nothing of the paper's
            if kind == "and-verb" and not any(lex[k].lower == "we" for k in range(info.sent_of[start], start)):
                continue  # (the verb's subject must be "we")
            name = (kind == "called" and _short_name_after(info, end)) or \
                self._name_after(info, end, naming=kind == "called")
            if name is None:
                if kind != "called":
                    # "propose a new generic vision backbone with bidirectional Mamba blocks (Vim)"
                    bracketed = self._bracketed_name(info, end, doc.user_data.get(ABBREVIATIONS, ()), found)
                    add(bracketed, bracketed and type_before(info, bracketed[0] - 1), "introduced-we-propose", 0.75)
                    if bracketed is None:
                        # "We propose new benchmarks (MiniPS2SLURP, VoxPopuli2SLUE)": a list of names in
                        # the bracket that closes the phrase, each of the phrase's type
                        runs = self._bracketed_list(info, end, found)
                        for run in runs:
                            add(run, type_before(info, runs[0][0] - 1), "introduced-we-propose", 0.75)
                continue
            if kind == "called":
                if lex[start].lower == "namely" and name[1] < info.n and lex[name[1]].is_alpha \
                        and lex[name[1]].is_lower and lex[name[1]].lower not in self.stop:
                    continue  # "two stages, namely BEV map reconstruction and …": a member named
                    # by a phrase, of which the acronym is a word
                label = type_before(info, start) or appositive_type(info, name[1])
                if label is None and name[0] > end and lex[name[0] - 1].is_lower:
                    label = head_noun_type([lex[name[0] - 1].text])  # "we call the network …"
                if self._names_anothers(info, start) or _recent_work(info, start) or (
                        start > 0 and lex[start - 1].text == "(" and not _authorial_sentence(info, start)):
                    # "we benchmark our API against the best systems, namely SUSSX-FR", "one of
                    # the best existing … parsing models, which we call P-CFG": a name, but of
                    # another's system; "… can enable transferable recommendations (called
                    # TransRec)": a remark naming what the background describes (but "… with a
                    # module, termed TabUnit" and "a new method (called X)" introduce a name)
                    found.append(Candidate(*name, label or name_type_hint(info.span_text(*name)) or "Method",
                                           "named-called", 0.75, None, 2))
                    continue
                add(name, label, "introduced-we-name" if lex[start].lower == "we" else "introduced-called", 0.85)
            else:
                written = name
                if name[1] + 2 < info.n and lex[name[1]].text == "(" and lex[name[1] + 2].text == ")" \
                        and lex[name[1] + 1].named and lex[name[0]].named and info.span_text(*name) in info.span_text(
                            name[1] + 1, name[1] + 2) and name[0] > end and lex[name[0] - 1].is_lower:
                    # "we devised a Transformer based MIL (TransMIL)": the bracket names the thing the
                    # phrase describes, of which the written name is a part
                    name = (name[1] + 1, name[1] + 2)
                if name[1] < info.n and lex[name[1]].lower == "and" and (bracketed := self._bracketed_name(
                        info, name[1], doc.user_data.get(ABBREVIATIONS, ()), found)) is not None:
                    # "we propose an H&E and RGB dual attention module (HDA)": a written name that
                    # opens a phrase the bracket names is a word of it
                    add(bracketed, type_before(info, bracketed[0] - 1), "introduced-we-propose", 0.75)
                    continue
                # (a name right after the verb takes no type from words before the verb)
                label = appositive_type(info, name[1]) or (type_before(info, name[0]) if name == written and name[0] > end else None) \
                    or _counted_contents_after(info, name[1])
                add(name, label, "introduced-we-propose", 0.8)
                add(self._second_name(info, name[1], found), label, "introduced-we-propose", 0.8)
        return doc

    def _bracketed_name(self, info: DocInfo, end: int, pairs, found: list[Candidate]) -> tuple[int, int] | None:
        """A name in brackets, or after a spaced dash, that closes the phrase an introducing verb
        (ending at `end`) describes: "we propose a new generic vision backbone with bidirectional
        Mamba blocks (Vim), which …", "a novel depth refinement network (PPSNet)", "a novel
        generative framework for RTS data - RTSGAN to tackle …" (but a bracketed acronym of the
        phrase's words is its short form, kg_abbreviations', and a curated name an example)."""
        lex, n = info.lex, info.n
        for j in range(end, min(n - 2, end + 16)):
            token = lex[j]
            if token.text in {".", ";", ":"} or token.lower in _CLAUSE_OPENERS:
                return None
            dashed = token.text in {"-", "–", "—"} and info.space[j - 1] and info.space[j]
            if token.text != "(" and not dashed:
                continue
            described = any(lex[k].is_lower and head_noun_type([lex[k].text]) is not None for k in range(end, j))
            word = lex[j + 1]
            run = glued_run_ix(info, j + 1)
            if dashed:
                closed = run[1] >= n or lex[run[1]].is_punct or lex[run[1]].lower in _CLAUSE_OPENERS
            else:
                closed = run[1] < n and lex[run[1]].text == ")"
            if not described or not closed or len(word.text) < 3 or not (word.named or (word.is_title and word.is_alpha)) \
                    or word.lower in self.generic or word.lower in self.languages \
                    or any(short == j + 1 for _, _, short, _ in pairs) \
                    or any(c.start <= j + 1 < c.end and c.rule == "gazetteer" for c in found) \
                    or (word.named and _spells(info.span_text(*run), [lex[k].text for k in range(end, j)])):
                return None
            return run
        return None

    def _bracketed_list(self, info: DocInfo, end: int, found: list[Candidate]) -> list[tuple[int, int]]:
        """Two or more written names listed in the bracket that closes the phrase an introducing
        verb (ending at `end`) describes, after a plural head noun: "We propose new benchmarks
        (MiniPS2SLURP, VoxPopuli2SLUE)" (not curated names: those are examples)."""
        lex, n = info.lex, info.n
        j = next((j for j in range(end, min(n - 3, end + 8)) if lex[j].text == "("), None)
        if j is None or any(lex[k].text in {".", ";", ":", ","} or lex[k].lower in _CLAUSE_OPENERS
                            for k in range(end, j)) \
                or not (lex[j - 1].is_lower and lex[j - 1].lower.endswith("s") and head_noun_type([lex[j - 1].text])):
            return []
        runs, k = [], j + 1
        while k < n:
            run = glued_run_ix(info, k)
            if not lex[k].named or any(c.start <= k < c.end and c.rule == "gazetteer" for c in found):
                return []
            runs.append(run)
            k = run[1]
            if k < n and lex[k].text == ")":
                return runs if len(runs) > 1 else []
            while k < n and (lex[k].text == "," or lex[k].lower == "and"):
                k += 1
            if k >= n or k == run[1]:
                return []
        return []

    def _second_name(self, info: DocInfo, end: int, found: list[Candidate]) -> tuple[int, int] | None:
        """A second written name the verb introduces, joined by "and" to the name ending at
        `end`: "We propose SLoRA and NLoRA, two …", "We introduce FooBench and BarQA." (but not
        "… and BERT-based baselines", nor a curated name)."""
        lex, n = info.lex, info.n
        if end + 1 >= n or lex[end].lower != "and" or not lex[end + 1].named:
            return None
        rs, re_ = glued_run_ix(info, end + 1)
        if re_ < n and not (lex[re_].is_punct or lex[re_].lower in _CLAUSE_OPENERS or lex[re_].lower in self.verbs_after):
            return None
        text = info.span_text(rs, re_)
        if not looks_named(text) or text.lower() in self.generic \
                or any(c.rule == "gazetteer" and c.start < re_ and rs < c.end for c in found):
            return None
        return rs, re_


@lru_cache(maxsize=1)
def _name_hints() -> list[tuple[str, re.Pattern]]:
    return [(label, re.compile(regex)) for label, regex in patterns_config()["name_type_hints"].items()]


def name_type_hint(name: str) -> str | None:
    """The type a new name's own words suggest when nothing around it does (ONEBench -> Dataset)."""
    for label, regex in _name_hints():
        if regex.search(name):
            return label
    return None


_TITLE_NAME_ENDS = frozenset({"for", "with", "via", "of", "in", "on", "from", "to", "using", "through", "by",
                              "and", ","})


# what an abstract says of a name others made: "The DAIC-WOZ dataset, …, has been widely used"
_USED_BEFORE = re.compile(r"\b(?:has|have) been (?:widely |extensively |commonly |frequently )?"
                          r"(?:used|adopted|studied|employed)\b")


def _used_before(name: str, abstract: str) -> bool:
    """Whether the abstract says `name` has been used (studied, adopted) before, in the 80
    characters of its sentence that lead up to it."""
    if " been " not in abstract:
        return False  # (most abstracts: no need to scan)
    for match in _USED_BEFORE.finditer(abstract):
        lead = abstract[max(0, match.start() - 80):match.start()]
        if name in lead[max(lead.rfind("."), lead.rfind(";")) + 1:]:
            return True
    return False


def title_introduced(doc: Doc, abstract: str = "") -> Candidate | None:
    """"ChiMed-GPT: A Chinese Medical Large Language Model with …" -> (ChiMed-GPT, Model).
    A plain capitalised word before the colon is a name too when the `abstract` writes it
    capitalised inside a sentence and never in lower case ("Quantune: Post-training
    Quantization of …", "Alloprof: a new French question-answer education dataset"), unlike
    a topic ("Pooling And Attention: …", "pooling strategies")."""
    info = doc_info(doc)
    lex = info.lex
    colon = next((i for i in range(1, min(8, info.n)) if lex[i].text == ":" or (
        lex[i].text in ("-", "–", "—") and info.space[i - 1] and info.space[i])), None)  # (or "TEZARNet - …")
    if colon is None:
        return None  # most titles: no "Name:" opening
    name = lex[:colon]
    name_text = info.span_text(0, colon)
    if colon > 6 or name_text.lower() in generic_terms() or not (
            looks_named(name_text) or (colon == 1 and _written_as_a_name(name_text, abstract))):
        return None
    # a name, not a catchy phrase ("Text Is All You Need: …", "Learning from Future: …"):
    # one written name, or at most three capitalised words
    words_of_name = [t for t in name if t.is_alpha or any(c.isalnum() for c in t.text)]
    if not any(t.named for t in name) and (
            len(words_of_name) > 3 or any(not (t.text[:1].isupper() or t.text[:1].isdigit())
                                          for t in words_of_name)):  # ("Llama 2: …" is a name)
        return None
    if any(t.is_lower and t.is_alpha for t in name) or any(t.text == "," for t in name):
        return None  # (nor a list: "Sensitivity, Performance, Robustness: Deconstructing …")
    if not any(t.named for t in name) and head_noun_type([name[-1].text]) == "Task":
        return None  # a task's name in plain words is the paper's topic ("Open-Set Recognition: A Good …")
    cfg = patterns_config()
    opener = name[0].lower in cfg["title_phrase_openers"] and (colon == 1 or info.space[0])  # not "In-Context"
    if len(name_text.split()) > 3 or opener or any(
            t.lower in cfg["title_phrase_verbs"] or t.lower in cfg["title_phrase_pronouns"]
            or t.lower in cfg["title_phrase_prepositions"] for t in name):
        return None  # "Long-Context LLMs Meet RAG: …", "Beyond Self-Supervision: …", "Stacking Your …",
        # "Time Will Tell: …", "Songs Across Borders: …"
    if colon + 1 < info.n and not any(t.named for t in name) and (
            lex[colon + 1].lower in cfg["title_question_words"]["words"] or lex[info.n - 1].text == "?"
            or name[0].lower == "the"
            or any(t.lower in cfg["title_analysis_words"]["words"] for t in lex[colon + 1:colon + 4])) \
            and not _written_as_a_name(name_text, abstract):
        return None  # "Guiding Through Complexity: What Makes Good Supervision …?", "The Validation
        # Gap: A Mechanistic Analysis of …", "Circuit Compositions: Exploring Modular Structures …"
    if abstract and _used_before(name_text, abstract):
        return None  # "DAIC-WOZ: On the Validity of …" after "The DAIC-WOZ dataset … has been widely used"
    words = []
    end = colon + 1
    for end in range(colon + 1, min(info.n, colon + 14)):
        if lex[end].lower in _TITLE_NAME_ENDS:
            break
        words.append(lex[end].text)
    label = head_noun_type(words) or name_type_hint(name_text)
    if label is not None and end + 1 < info.n and lex[end].lower == "and" and \
            head_noun_type([lex[end + 1].text]) not in (None, label):
        label = None  # "RefEdit: A Benchmark and Method for …": which of the two the name is, the abstract says
    # "X: A Large-Scale Dataset for …" says what X is; "X: Get Instructions into … Learning"
    # only what the paper is about, and a type no word tells is a guess: there the
    # abstract's "a unified model termed X" or "we introduce X, a … encoder" says more
    described = colon + 1 < info.n and lex[colon + 1].lower in ("a", "an", "the")
    confidence = 0.85 if label is not None and described else 0.75 if label is not None else 0.7
    if label is None or label == "Task":
        # "X: Open-Vocabulary Detection with …" names a method for the task, unless its own
        # words say more ("TOD-BERT: Pre-trained Natural Language Understanding for …")
        label = name_type_hint(name_text) or "Method"
    return Candidate(0, colon, label, "introduced-title", confidence, None, 2)


def _written_as_a_name(word: str, text: str) -> bool:
    """`text` writes `word` capitalised after a sentence's first word, and never in lower case."""
    if not word.isalpha() or not word[:1].isupper() or word.upper() == word or word.lower() in text:
        return False
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        before = text[:at].rstrip()
        if len(before) < at and before and before[-1] not in ".!?" and (end == len(text) or not text[end].isalnum()):
            return True  # a whole word, after a space, and not a sentence's first
        at = text.find(word, end)
    return False


# --- selection ------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _words_after_a_name() -> frozenset[str]:
    # a verb after a name leaves it a name ("RAREAS draws on ..."), and so does a stop or
    # function word ("Statistical Machine Translation (SMT) but ...")
    cfg = patterns_config()
    return frozenset([*cfg["stop_words"], *cfg["verbs_after_name"], *cfg["method_verbs"],
                      *cfg["modifier_check"]["function_words"]])


def modifies_next(info: DocInfo, end: int) -> bool:
    """A name written as a modifier of a following noun ("PTZ cameras", "ASR output",
    "MT system design") names something else; a verb, a stop word or punctuation after
    it leaves it a name."""
    if end >= info.n:
        return False
    nxt = info.lex[end]
    lower = nxt.lower
    return (nxt.is_alpha and nxt.is_lower and lower not in _words_after_a_name()
            and not lower.endswith(("ed", "ly", "ing")))


def _names_an_owner(info: DocInfo, end: int) -> bool:
    """A possessive before a name ("Chiang's HPB", "Ott's Chicago-hotel dataset") writes its
    author or owner."""
    lex = info.lex
    if end < info.n and lex[end].lower == "'s":
        end += 1
    elif lex[end - 1].lower != "'s":
        return False
    return end < info.n and (lex[end].named or lex[end].is_title)


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
        self.not_a_name = re.compile(cfg["not_a_name"])
        self.not_a_dataset_name = re.compile(cfg["not_a_dataset_name"])
        self.trusted = tuple(cfg["modifier_check"]["skip_rules_prefix"])
        self.adjectives = frozenset(cfg["adjectives_not_names"])
        self.event_nouns = frozenset(cfg["event_names"]["nouns"])
        self.event_prepositions = frozenset(cfg["event_names"]["prepositions"])

    def in_event_name(self, info: DocInfo, start: int) -> bool:
        """A capitalised name after "Workshop on", "Conference on" … is part of an event's or
        an organisation's name ("the Workshop on Statistical Machine Translation (WMT)"): no
        method or model of its own, though it may name the task the event is about ("the
        PASCAL Challenge on Grammar Induction")."""
        lex = info.lex
        return start >= 2 and lex[start].is_title and lex[start - 1].lower in self.event_prepositions \
            and lex[start - 2].text in self.event_nouns

    def __call__(self, doc: Doc) -> Doc:
        candidates = _candidates(doc)
        if not candidates:
            doc.user_data[MENTIONS] = []
            return doc
        info = doc_info(doc)
        ranked = sorted(candidates, key=lambda c: (-(c.end - c.start), -c.priority, -c.confidence, c.start))
        taken = [False] * len(doc)
        chosen = []
        for c in ranked:
            if any(taken[c.start:c.end]):
                continue
            text = info.span_text(c.start, c.end)
            lower = clean_surface(text).lower()
            if not lower or lower in self.generic or lower in self.stop:
                continue
            if c.canonical and (c.canonical.lower() in self.generic or c.canonical.lower() in self.adjectives):
                continue  # "LLMs"; "a novel Bayesian framework" names no "Bayesian"
            if c.end < info.n and f"{lower} {info.lex[c.end].lower}" in self.generic:
                continue  # a generic phrase goes on after it: "the Application Programming Interface"
            if self.not_a_name.match(c.canonical or lower):
                continue  # "7B models", "(A)", "~2x unknown recall": a size, a letter or a factor is no name
            if c.label == "Dataset" and self.not_a_dataset_name.match(c.canonical or lower):
                continue  # "pretrained with 2D images", "3D skeleton data": data of a kind, no dataset
            if "{" in text or "}" in text or text.count("(") != text.count(")"):
                continue  # a piece cut out of LaTeX or a remark: "CIFAR-{10", "LLM)-based speech synthesis"
            if c.priority < 3 and not c.rule.startswith(self.trusted) and modifies_next(info, c.end):
                continue
            if c.end - c.start > 2 and c.rule != "gazetteer" and info.lex[c.end - 2].text == "-" \
                    and info.lex[c.end - 1].lower in modifier_suffixes():
                continue  # "we apply BEV-based NMS": a modifier, no name
            if c.rule != "gazetteer" and _names_an_owner(info, c.end):
                continue  # "outperforms Chiang's HPB": the author, not the system
            if c.end + 1 < info.n and info.lex[c.end + 1].lower == "free" and info.lex[c.end].text == "-" \
                    and not info.space[c.end - 1] and not info.space[c.end]:
                continue  # "RL-free baselines", "rehearsal-free continual learning": without it
            if c.rule != "gazetteer" and (c.end < info.n and info.lex[c.end].text in self.event_nouns or any(
                    info.lex[k].text in self.event_nouns and all(info.lex[j].is_title or not info.lex[j].is_alpha
                                                                 for j in range(k + 1, c.end))
                    for k in range(c.start + 1, c.end - 1))):
                continue  # "the Greater Bay Area International Algorithm Competition", "the iFood Competition
                # Fine-Grained Visual Recognition": an event's name
            if c.label != "Task" and self.in_event_name(info, c.start):
                taken[c.start:c.end] = [True] * (c.end - c.start)  # nor any name inside it
                continue
            chosen.append(c)
            for i in range(c.start, c.end):
                taken[i] = True
        doc.user_data[MENTIONS] = sorted(chosen, key=lambda c: c.start)
        return doc


_UPPER_DOT_SUFFIX = r"(?<=[A-Z0-9]{2}|[a-z][A-Z]|-[A-Z])\.$"


# "3.5AP", "62.1mIoU": a metric's short name glued to a decimal score (but "2D", "7B" stay whole)
GLUED_METRICS = "AP|mAP|mIoU|IoU|NDS|FID|PSNR|SSIM|BLEU|AUC|HOTA|MOTA|IDF1"
_METRIC_AFTER_DECIMAL_SUFFIX = r"(?:(?<=\.\d)|(?<=\.\d\d))(?:" + GLUED_METRICS + ")$"
_GLUED_PAREN_INFIX = r"(?<=[A-Za-z0-9])\((?=[%A-Za-z0-9])"
_LATEX_DOLLAR_INFIX = r"(?<=[A-Za-z0-9-])\$(?=[-A-Za-z0-9])"  # "ROC$-$AUC": LaTeX math inside a word
_HYPHEN_BEFORE_ACRONYM_PREFIX = r"-(?=[A-Z]{2})"
# "F1=0.70": a metric set equal to its score (but "recall@K=1" names the metric)
_EQUALS_BEFORE_NUMBER_INFIX = r"(?<!@[A-Za-z])(?<=[A-Za-z0-9])=(?=[0-9.])"
_LATEX_COMMAND_PREFIX = r"\\(?:textbf|textit|texttt|textsc|emph|underline|mathrm|mathbf)\{"  # "\textbf{LHU-Net}"
# "benchmarks—DynamicEarthNet, …", "results—(HumanEval": an em dash, and a bracket after it
_EM_DASH_INFIX = r"(?<=[A-Za-z0-9)])—(?=[A-Za-z0-9(])|(?<=[A-Za-z0-9)]—)\((?=[A-Za-z0-9])"


_PATTERN_TOKENIZERS: dict[int, tuple[object, Tokenizer]] = {}


def pattern_doc(nlp: Language, text: str) -> Doc:
    """A matcher pattern's doc, tokenized as the pipeline tokenizes text but by a twin tokenizer
    sharing its vocab: the thousands of names the gazetteer adds would fill the pipeline
    tokenizer's cache, and once they were flushed out again its cache kept slowing every later
    text (from about 8,000 to 1,200 abstracts/s on a warm pass, after a few aliases more)."""
    def twin(vocab):
        t = nlp.tokenizer
        return Tokenizer(vocab, rules=t.rules, prefix_search=t.prefix_search, suffix_search=t.suffix_search,
                         infix_finditer=t.infix_finditer, token_match=t.token_match, url_match=t.url_match,
                         faster_heuristics=t.faster_heuristics)
    return per_vocab(_PATTERN_TOKENIZERS, nlp.vocab, twin)(text)


def make_tokenizer_fixes(nlp: Language) -> None:
    """Split a full stop after an upper-case, digit or camel-case name ("ImageNet-1K.",
    "NormQ." and "ROUGE-L." end a sentence), a metric glued to a decimal score ("3.5AP"), a
    bracket glued to a name ("BLEU(%)", "Transformers(ViT)"), an equals sign between a metric
    and its score ("F1=0.70") and a hyphen a line break left
    before an acronym ("-BLEU"), LaTeX's math dollars inside a word
    ("ROC$-$AUC" is ROC - AUC), an em dash between words ("benchmarks—DynamicEarthNet") and
    a LaTeX command opening a name ("\\textbf{LHU-Net}")."""
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    nlp.tokenizer.suffix_search = compile_suffix_regex(
        [*nlp.Defaults.suffixes, _UPPER_DOT_SUFFIX, _METRIC_AFTER_DECIMAL_SUFFIX]).search
    nlp.tokenizer.infix_finditer = compile_infix_regex(
        [*nlp.Defaults.infixes, _GLUED_PAREN_INFIX, _LATEX_DOLLAR_INFIX, _EM_DASH_INFIX,
         _EQUALS_BEFORE_NUMBER_INFIX]).finditer
    nlp.tokenizer.prefix_search = compile_prefix_regex(
        [*nlp.Defaults.prefixes, _HYPHEN_BEFORE_ACRONYM_PREFIX, _LATEX_COMMAND_PREFIX]).search

