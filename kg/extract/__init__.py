"""Extraction: Paper -> PaperExtraction with spaCy rules on a blank English pipeline.

`build_nlp()` assembles the registered components (kg.extract.components);
`extract_batch(nlp, papers)` runs them over a batch in two passes: the second pass
recognises names that papers of the batch introduced wherever they recur in the batch,
and a written name a rule found in a paper wherever that paper writes it again.
A batch's result depends only on the batch, so any number of workers produce the
same extractions.
"""

from __future__ import annotations

import gc
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from kg.extract import components  # noqa: F401  (registers the factories)
from kg.extract.arrays import DocInfo, LexemeColumn, doc_info, lean_vocab, lexicon
from kg.extract.components import (
    ABBREVIATIONS, CANDIDATES, INTRODUCED, MENTIONS, SUBJECT_TYPES, Candidate, glued_run_ix, initials_match,
    introducing_words, make_tokenizer_fixes, pattern_doc, title_introduced,
)
from kg.extract.gazetteer import curated_names, generic_terms
from kg.extract.names import SIZE_WORDS, clean_surface, looks_named, readable, slash_variants
from kg.extract.relations import construct, dedupe, evaluated_by_results, evidence, paper_relations, sentence_relations
from kg.extract.results import results_said_again, sentence_results
from kg.gcpause import paused_gc
from kg.models import Mention, Paper, PaperExtraction

PIPELINE = ["kg_sentences", "kg_gazetteer", "kg_patterns", "kg_abbreviations", "kg_names", "kg_introduced", "kg_select"]
RECURRING = "kg_recurring"


@lru_cache(maxsize=2)
def build_nlp(model: str | None = None) -> Language:
    """The extraction pipeline: blank English (default) or a trained pipeline's tokenizer
    and parser when `model` names one (optional; see `kg eval`)."""
    if model:
        nlp = spacy.load(model, exclude=["ner", "lemmatizer"])  # its parser reads shape, prefix, suffix …
    else:
        nlp = spacy.blank("en")
        lean_vocab(nlp.vocab)
    make_tokenizer_fixes(nlp)
    for name in PIPELINE:
        if name == "kg_sentences" and ("parser" in nlp.pipe_names or "senter" in nlp.pipe_names):
            continue
        if name == "kg_select":
            nlp.add_pipe(RECURRING)
        nlp.add_pipe(name)
    # The pipeline's matchers and lexemes live as long as the process: moving them out
    # of the garbage collector's view saves it rescanning them (about 12% of extraction).
    gc.freeze()
    return nlp


@Language.factory(RECURRING)
def make_recurring(nlp: Language, name: str):
    return RecurringNames(nlp)


# a size glued to a name by a hyphen ("CenterMask-Lite", "Foo-7B", "GroupMixFormer-L"; not a flavour such as "-Instruct",
# which may name another thing: "UniCoder-Instruct" is a dataset)
_VARIANT_WORD = re.compile(r"\d+(?:\.\d+)?[BMKT]|" + SIZE_WORDS, re.IGNORECASE)
_VARIANT_LETTERS = re.compile(r"[A-Z]{1,2}")  # "GroupMixFormer-L", "-XL": a size's initial


class RecurringNames:
    """Second pass: names introduced elsewhere in the batch, matched case-sensitively."""

    def __init__(self, nlp: Language):
        self.nlp = nlp
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.types: dict[str, str] = {}

    def set_names(self, names: dict[str, str]) -> None:
        """Replace the known names ({surface: type}) for the next pass."""
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        self.types = dict(names)
        for i, (surface, _) in enumerate(sorted(names.items())):
            self.matcher.add(surface, [pattern_doc(self.nlp, surface)])

    def __call__(self, doc: Doc) -> Doc:
        if not self.types:
            return doc
        found = doc.user_data.setdefault(CANDIDATES, [])
        strings = doc.vocab.strings
        datasets = set()
        n = len(doc)
        for match_id, start, end in self.matcher(doc):
            label = self.types[strings[match_id]]
            if end + 1 < n and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ \
                    and (_VARIANT_WORD.fullmatch(doc[end + 1].text) or _VARIANT_LETTERS.fullmatch(doc[end + 1].text)) \
                    and (end + 2 == n or doc[end + 1].whitespace_ or doc[end + 2].is_punct):
                end += 2  # "CenterMask-Lite" after "CenterMask": a variant of the name, one name
            found.append(Candidate(start, end, label, "recurring-name", 0.8, None, 2))
            if label == "Dataset":
                datasets.add((start, end))
        if datasets:
            # "the simplicity of WhoQA questions": the questions of the dataset WhoQA, no
            # dataset of its own
            found[:] = [c for c in found if not (c.rule == "name-head-noun" and c.label == "Dataset"
                                                 and (c.start, c.end - 1) in datasets)]
        return doc


def _own_names(paper: Paper, found: PaperMentions) -> dict[tuple[str, ...], str]:
    """Written names (an acronym, camel case, letters with digits) that a rule found in this
    paper and that the paper writes again where no rule found them ("SGD-SaI performs …"
    found, "SGD-SaI consistently matches …" not; "on BTCV and AMOS22 datasets" found, "on
    AMOS22 MRI" not): one name, one type, all through the paper. Keyed by the name's tokens."""
    counted: dict[str, int] = {}
    first_found: dict[str, tuple[tuple[str, ...], str]] = {}  # name -> (its tokens, its type)
    for _, _, info, mentions in found.fields:
        for m in mentions:
            # (or a dataset's code with a digit before the head noun that typed it: "AMOS22" of "AMOS22
            # datasets"; a plain acronym there, "VIS", "DR", is more often a task's or a method's, which
            # the head noun typed for that one place)
            # (and a capitalised word a plural data noun typed in a list: "the CoNSeP, PanNuke, and
            # Kumar datasets" … "0.21% and 0.16% for Kumar")
            data_word = _LISTED_DATA_WORD.fullmatch(m.text) is not None
            head_typed = m.rule == "name-head-noun" and m.type == "Dataset" and m.text.startswith(m.canonical + " ")
            name = m.text if m.text == m.canonical else m.canonical if head_typed and (
                data_word or any(ch.isdigit() for ch in m.canonical)) else None
            if name is None or m.rule.startswith(_NOT_OWN_RULES) or not (looks_named(name) or data_word):
                continue
            counted[name] = counted.get(name, 0) + 1
            if name not in first_found:
                first, last = bisect_left(info.idx, m.start), bisect_left(info.idx, m.start + len(name))
                first_found[name] = (tuple(info.lex[k].text for k in range(first, last)), m.type)
    return dict(first_found[text] for text, n in counted.items()
                if paper.title.count(text) + paper.abstract.count(text) > n)


_NOT_OWN_RULES = ("gazetteer", "recurring", "paper-own-name")  # names already known everywhere
_LISTED_DATA_WORD = re.compile(r"[A-Z][a-z]{2,} (?:datasets|benchmarks)")


def _add_own_names(doc: Doc, own: dict[tuple[str, ...], str]) -> None:
    """Candidates for every place the doc writes one of the paper's own names, as a whole
    token run ("SGD-SaI", not the "SGD" of "SGD-SaIs")."""
    info = doc_info(doc)
    texts = [lex.text for lex in info.lex]
    found = doc.user_data.setdefault(CANDIDATES, [])
    firsts: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for tokens, label in own.items():
        firsts.setdefault(tokens[0], []).append((tokens, label))
    for i, text in enumerate(texts):
        for tokens, label in firsts.get(text, ()):
            end = i + len(tokens)
            if tuple(texts[i:end]) == tokens and glued_run_ix(info, i) == (i, end):
                found.append(Candidate(i, end, label, "paper-own-name", 0.75, None, 2))


def _field_mentions(doc: Doc, field: str, text: str) -> list[Mention]:
    mentions = []
    info = doc_info(doc)
    idx, lex = info.idx, info.lex
    for c in doc.user_data.get(MENTIONS, []):
        start = idx[c.start]
        end = idx[c.end - 1] + len(lex[c.end - 1].text)
        surface = text[start:end]
        canonical = c.canonical or clean_surface(surface)
        if c.label in SUBJECT_TYPES and "/" in canonical and (variants := slash_variants(canonical)) is not None:
            canonical = variants[0]  # "PPMA-T/S/B models" are of the family PPMA
        mentions.append(_mention(surface, c.label, start, end, field, canonical, c.rule, c.confidence))
    return mentions


def _mention(text: str, label: str, start: int, end: int, field: str, canonical: str, rule: str,
             confidence: float) -> Mention:
    # built without validation: every value is already of its field's type
    return construct(Mention, {
        "text": text, "type": label, "start": start, "end": end, "field": field, "canonical": canonical,
        "rule": rule, "confidence": float(confidence), "key": "", "sentence": 0})


def _introduced(doc: Doc, field: str, text: str, mentions: list[Mention], abstract: str = "") -> list[Mention]:
    """Introduced names that survived selection. A gazetteer name is not "new" in an abstract
    ("we introduce BERT into …"), but a title that opens with it ("D4RL: Datasets for Deep
    Data-Driven Reinforcement Learning") is the paper that made it, and so are "which we name
    Guanaco" and "We propose HQ-SAM, …"."""
    chosen = {(m.start, m.end): m for m in mentions}
    out = []
    items = list(doc.user_data.get(INTRODUCED, []))
    if field == "title":
        title = title_introduced(doc, abstract)
        if title is not None:
            items.append((title.start, title.end, title.label, title.rule, title.confidence))
        elif len(mentions) == 1 and mentions[0].rule == "gazetteer" and mentions[0].type in SUBJECT_TYPES \
                and mentions[0].start == 0 and not text[mentions[0].end:].strip(" .!") \
                and not _SURVEY_WORDS.search(abstract):
            # a title that is one curated method's name and nothing else ("Denoising Diffusion
            # Probabilistic Models") is the paper that made it, unless the paper surveys it
            return [construct(Mention, {**mentions[0].__dict__, "rule": "introduced-title", "confidence": 0.75})]
    if not items:
        return out
    info = doc_info(doc)
    defined = {m.start: m for m in mentions if m.rule == "abbreviation-definition"}
    for start, end, label, rule, confidence in items:
        start_char, end_char = info.idx[start], info.end_char(end - 1)
        m = chosen.get((start_char, end_char))
        if m is None and start_char in defined and defined[start_char].end > end_char \
                and defined[start_char].canonical not in curated_names():
            # "we introduce a dual policy approach, Diffusion Trusted Q-Learning (DTQL)": the
            # name chosen with its short form (but "we introduced the idea of Mixture-of-Experts
            # (MoE) into …" introduces no curated technique)
            m = defined[start_char]
        if m is None and field == "title":
            # a title name ("ChiMed-GPT: …") is introduced even if no other rule chose it
            surface = text[start_char:end_char]
            m = _mention(surface, label, start_char, end_char, field, clean_surface(surface), rule, confidence)
            if surface.lower() in generic_terms():
                continue
            mentions.append(m)
            chosen[(m.start, m.end)] = m
        if m is not None and (rule in _INTRODUCING_CURATED or not m.rule.startswith("gazetteer") or (
                rule == "introduced-we-propose" and start > 0 and info.lex[start - 1].lower in _PROPOSING_VERBS)
                or (rule in ("introduced-we-propose", "introduced-called") and _named_as_new(info, start, end))):
            out.append(construct(Mention, {**m.__dict__, "rule": rule, "confidence": float(confidence)}))
    return out


def _named_as_new(info: DocInfo, start: int, end: int) -> bool:
    """"We propose a new simple network architecture, the Transformer, …", "We introduce a new
    language representation model called BERT": the name given to what the sentence calls new
    is the paper's, even a curated one."""
    lex = info.lex
    named = start > 1 and ((lex[start - 1].lower == "the" and lex[start - 2].text == ",")
                           or lex[start - 1].lower in introducing_words().naming)
    if named and lex[start - 1].lower == "namely" and end + 1 < info.n and lex[end].text in (",", "and") \
            and (lex[end + 1].named or lex[end + 1].is_title):
        return False  # "propose four new benchmarks …, namely ImageNet-A, ObjectNet, …": known ones listed
    first = max(info.sent_of[start], start - 12)
    return named and any(lex[k].lower in ("new", "novel") for k in range(first, start - 1))


_SURVEY_WORDS = re.compile(r"\b(?:survey|surveys|review|reviews|overview|tutorial)\b", re.IGNORECASE)


# rules that introduce even a curated name: a title that opens with it, "which we name Guanaco"
_INTRODUCING_CURATED = ("introduced-title", "introduced-we-name")
# verbs right before a name that make even a curated one the paper's ("We propose HQ-SAM, …";
# "we introduce BERT into …" is not)
_PROPOSING_VERBS = frozenset({"propose", "proposes", "present", "presents"})


@dataclass
class PaperMentions:
    """What a paper's selected mentions give before relations: its mentions, in field
    order, each field's (name, text, DocInfo, mentions), the names it introduces and its
    abbreviation pairs."""

    mentions: list[Mention]
    fields: list[tuple[str, str, DocInfo, list[Mention]]]
    introduced: list[Mention]
    abbreviations: list[tuple[str, str]]


def _paper_mentions(paper: Paper, title_doc: Doc, abstract_doc: Doc) -> PaperMentions:
    abbreviations: list[tuple[str, str]] = []
    all_mentions: list[Mention] = []
    introduced: list[Mention] = []
    per_field = []
    for field, text, doc in (("title", paper.title, title_doc), ("abstract", paper.abstract, abstract_doc)):
        info = doc_info(doc)
        mentions = _field_mentions(doc, field, text)
        introduced += _introduced(doc, field, text, mentions, paper.abstract)
        mentions.sort(key=lambda m: m.start)
        abbreviations += _spelled_in_appositive(text, mentions) + _long_form_after_comma(text, mentions)
        all_mentions += mentions
        per_field.append((field, text, info, mentions))
        for ls, le, ss, se in doc.user_data.get(ABBREVIATIONS, []):
            abbreviations.append((clean_surface(text[info.idx[ls]:info.end_char(le - 1)]),
                                     clean_surface(text[info.idx[ss]:info.end_char(se - 1)])))
    inside = _inside_defined_long_forms(abbreviations, per_field)
    if inside:
        all_mentions = [m for m in all_mentions if id(m) not in inside]
        per_field = [(f, t, i, [m for m in ms if id(m) not in inside]) for f, t, i, ms in per_field]
    introduced = _without_kinds_named_after(introduced, paper)
    phrase = _title_phrase(paper, introduced)
    if phrase is not None:
        introduced = [m for m in introduced if m.canonical != phrase]
        all_mentions = [m for m in all_mentions if not (m.field == "title" and m.canonical == phrase)]
        per_field = [(f, t, i, [m for m in ms if not (m.field == "title" and m.canonical == phrase)])
                     for f, t, i, ms in per_field]
    # one introduced entry per name, typed by its surest rule, else its first (most specific)
    seen: dict[str, Mention] = {}
    for m in introduced:
        if m.canonical not in seen or m.confidence > seen[m.canonical].confidence:
            seen[m.canonical] = m
    introduced = list(seen.values())
    type_of_introduced = {m.canonical: m.type for m in introduced}
    for m in all_mentions:
        if m.canonical in type_of_introduced and (not m.rule.startswith("gazetteer") or m.rule == "gazetteer-variant"):
            m.type = type_of_introduced[m.canonical]  # (a variant's name the paper proposes is its own thing:
            # "We propose SAM-Mix, a novel multitask learning framework")
    return PaperMentions(all_mentions, per_field, introduced, abbreviations)


_NAMED_AFTER = re.compile(r",?\s+(?:called|named|dubbed|termed|coined)\s+")


def _without_kinds_named_after(introduced: list[Mention], paper: Paper) -> list[Mention]:
    """"we propose a new local temporal expectation-based PPT, called PLPDP": the name after
    "called" is what the paper proposes; the one before it (PPT, post-processing trackers) is
    its kind."""
    texts = {"title": paper.title, "abstract": paper.abstract}
    kinds = {id(m) for m in introduced for n in introduced
             if m.field == n.field and n.rule == "introduced-called" and m.end < n.start
             and _NAMED_AFTER.fullmatch(texts[m.field], m.end, n.start)}
    return [m for m in introduced if id(m) not in kinds] if kinds else introduced


_PLAIN_WORDS = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)+")


def _title_phrase(paper: Paper, introduced: list[Mention]) -> str | None:
    """The title's opening phrase read as a name ("Cinematic Mindscapes: High-quality Video
    Reconstruction from Brain Activity") that is only the title's words: plain capitalised
    words the abstract never writes, whose own name for what it proposes is another
    (MinD-Video) that does not spell them ("Vision Mamba" is the abstract's Vim)."""
    titled = next((m for m in introduced if m.rule == "introduced-title"), None)
    if titled is None or not _PLAIN_WORDS.fullmatch(titled.canonical) \
            or titled.canonical.lower() in paper.abstract.lower():
        return None
    words = titled.canonical.split()
    own = [m for m in introduced if m.field == "abstract" and m.type in SUBJECT_TYPES]
    if own and not any(initials_match(m.canonical, words) for m in own):
        return titled.canonical
    return None


_APPOSITIVE_ARTICLE = re.compile(r"[}\"'’”]?,\s+(?:a|an)\s+")  # (after LaTeX's "\\textbf{LHU-Net}" too)


def _spelled_in_appositive(text: str, mentions: list[Mention]) -> list[tuple[str, str]]:
    """"LHU-Net, a Light Hybrid U-Net architecture …": a capitalised name right after a short
    name's article that spells it is its long form, one entity with it. Returns the (long,
    short) pairs, whose mentions now carry the short name's canonical."""
    pairs = []
    for short, long in zip(mentions, mentions[1:]):
        if short.type in SUBJECT_TYPES and long.type in SUBJECT_TYPES and not long.rule.startswith("gazetteer") \
                and _APPOSITIVE_ARTICLE.fullmatch(text, short.end, long.start) and " " in long.canonical \
                and sum(c.isupper() for c in short.canonical) >= 2 \
                and all(w[:1].isupper() for w in long.canonical.split()) \
                and initials_match(short.canonical, long.canonical.split()):
            pairs.append((long.canonical, short.canonical))
            long.canonical = short.canonical
    return pairs


# "DOEI, Dual Optimization of Embedding Information, a novel approach": capitalised words (and the
# small words a long form joins them with) between commas
_LONG_FORM_BETWEEN_COMMAS = re.compile(r",\s+([A-Z][\w-]*(?:\s+(?:of|for|and|with|in|on|to|via|from|by|[A-Z][\w-]*))+)\s*,")


def _long_form_after_comma(text: str, mentions: list[Mention]) -> list[tuple[str, str]]:
    """"DOEI, Dual Optimization of Embedding Information, a novel approach that …": the
    capitalised words between commas whose initials are a short name's letters are its long
    form, one mention of it (the pieces of it other rules found go). Returns the (long, short)
    pairs."""
    pairs = []
    for short in [m for m in mentions if text[m.end:m.end + 1] == "," and m.type in SUBJECT_TYPES]:
        match = _LONG_FORM_BETWEEN_COMMAS.match(text, short.end)
        if match is None or sum(c.isupper() for c in short.canonical) < 2:
            continue
        capitals = [w for w in match.group(1).split() if w[:1].isupper()]
        if "".join(w[0] for w in capitals).lower() != "".join(c for c in short.canonical if c.isalnum()).lower():
            continue
        lo, hi = match.start(1), match.end(1)
        mentions[:] = [m for m in mentions if not (lo <= m.start and m.end <= hi)]
        mentions.append(short.model_copy(update={"text": match.group(1), "start": lo, "end": hi,
                                                 "rule": "abbreviation-appositive"}))
        pairs.append((match.group(1), short.canonical))
    if pairs:
        mentions.sort(key=lambda m: m.start)
    return pairs


def _inside_defined_long_forms(abbreviations: list[tuple[str, str]], per_field) -> set[int]:
    """The curated models, and the names a pattern found, that a paper writes as the end of a long
    form it defines: "Denoising Diffusion Transformer (DDT)" makes "Diffusion Transformer" in "…
    Mask and Denoising Diffusion Transformer for …" no DiT, wherever the paper writes it."""
    long_forms = {long.lower() for long, _ in abbreviations if " " in long}
    if not long_forms:
        return set()
    out = set()
    for _, text, _, mentions in per_field:
        for m in mentions:
            if not (m.type == "Model" and m.rule.startswith("gazetteer") or m.rule == "name-head-noun"):
                continue  # (a task or technique at a name's end is what the named thing is or does; but a
                # pattern's "Registration Toolkit" in a title's "Deformable Anatomy-aware Registration
                # Toolkit" is a piece of DART's long form)
            surface = m.text.lower()
            for long in long_forms:
                prefix = long[:len(long) - len(surface)]
                if prefix and long.endswith(surface) and prefix.endswith(" ") \
                        and text[max(0, m.start - len(prefix)):m.start].lower() == prefix:
                    out.add(id(m))
    return out


# a sentence that opens on what the one before said: "This saves almost half of the parameters … while
# achieving 0.7% higher accuracy compared to distilled EfficientFormer"
_BACK_REFERENCE = re.compile(r"\s*(?:This|These|It)\s+(?!is\b|was\b|paper\b|work\b|study\b)")


def _said_of_the_results_before(sentence: str, said: list, before: list) -> list:
    """The results of a sentence that opens on "This", "These" or "It" and names no dataset (or
    subject), in the dataset (and of the subject) every result of the sentence before shares: "… our
    FcaFormer achieves 83.1% top-1 accuracy on Imagenet … This saves … while achieving 0.7% higher
    accuracy" is FcaFormer's, on ImageNet."""
    if not said or not before or not _BACK_REFERENCE.match(sentence):
        return said
    datasets = {r.dataset for r in before}
    subjects = {(r.subject, r.subject_type) for r in before}
    dataset = next(iter(datasets)) if len(datasets) == 1 else None
    subject, subject_type = next(iter(subjects)) if len(subjects) == 1 else (None, None)
    return [r.model_copy(update={"dataset": r.dataset or dataset,
                                 **({"subject": subject, "subject_type": subject_type} if r.subject is None else {})})
            for r in said]


def _as_tasks(mentions: list[Mention], tasks: set[str]) -> list[Mention]:
    """The mentions, those of a name the paper also writes as a task read as the task: "WSSS models"
    after "Weakly supervised semantic segmentation (WSSS)" are the task's models, no subject of a
    result."""
    if not any(m.type in SUBJECT_TYPES and m.canonical in tasks for m in mentions):
        return mentions
    return [m.model_copy(update={"type": "Task"}) if m.type in SUBJECT_TYPES and m.canonical in tasks else m
            for m in mentions]


def _paper_extraction(paper: Paper, found: PaperMentions, lower_column: LexemeColumn) -> PaperExtraction:
    """Relations and results of a paper's mentions, sentence by sentence (`lower_column`:
    the lexicon's lower-case forms)."""
    introduced = found.introduced
    relations = []
    results = []
    key = paper.key
    # (field, mention start) -> its sentence's (start, end, text), for MENTIONS/PROPOSES evidence
    spans: dict[tuple[str, int], tuple[int, int, str]] = {}
    tasks = {m.canonical for m in found.mentions if m.type == "Task"}
    for field, text, info, mentions in found.fields:
        if not mentions:
            continue
        idx = info.idx
        lowers = lower_column.of(info.ids).tolist()
        starts = [m.start for m in mentions]  # ascending
        before: list[Mention] = []  # the dataset mentions of the sentence before, in order
        results_before: list = []  # and its results
        for index, (a, b) in enumerate(info.sentences()):
            s_start, s_end = idx[a], info.end_char(b - 1)
            lo = bisect_left(starts, s_start)
            hi = bisect_left(starts, s_end, lo)
            if lo == hi:
                continue
            in_sentence = mentions[lo:hi]
            sentence = text[s_start:s_end]
            for m in in_sentence:
                _set_dict(m)["sentence"] = index
                spans[(field, m.start)] = (s_start, s_end, sentence)

            # (a lone metric may still hold a result: "achieving 80% success rate on average")
            if len(in_sentence) >= 2 or introduced or in_sentence[0].type == "Metric":
                def make_evidence(rule, confidence, s_start=s_start, s_end=s_end, field=field, text=text,
                                  sentence=sentence):
                    return evidence(key, field, text, s_start, s_end, rule, confidence, sentence)

                tokens = (idx[a:b], lowers[a:b])
                relations += sentence_relations(in_sentence, tokens, make_evidence, introduced)
                said = sentence_results(sentence, s_start, _as_tasks(in_sentence, tasks), introduced,
                                        make_evidence, before) or results_said_again(sentence, results_before,
                                                                                     make_evidence)
                said = _said_of_the_results_before(sentence, said, results_before)
                results += said
                relations += evaluated_by_results(said)
                results_before = said
            before = [m for m in in_sentence if m.type == "Dataset"]

    infos = {field: (info, text) for field, text, info, _ in found.fields}

    def evidence_for(m: Mention, rule: str, confidence: float):
        info, text = infos[m.field]
        span = spans.get((m.field, m.start))
        if span is None:
            a, b = info.sentence_of_char(m.start)
            if b > a:
                start, end = info.idx[a], info.end_char(b - 1)
            else:
                start, end = 0, len(text)
            span = spans[(m.field, m.start)] = (start, end, text[start:end])
        start, end, sentence = span
        return evidence(key, m.field, text, start, end, rule, confidence, sentence)

    relations = paper_relations(paper.key, found.mentions, introduced, evidence_for) + relations
    return construct(PaperExtraction, {
        "paper_id": paper.key, "title": paper.title, "paper": paper, "entities": found.mentions,
        "relations": dedupe(relations), "results": results, "introduced": introduced,
        "abbreviations": found.abbreviations})


def _set_dict(m: Mention) -> dict:
    return m.__dict__


def _docs(nlp: Language, papers: list[Paper], batch_size: int) -> list[tuple[Doc, Doc]]:
    texts = []
    for p in papers:
        texts += [readable(p.title), readable(p.abstract)]
    docs = list(nlp.pipe(texts, batch_size=batch_size))
    return [(docs[i], docs[i + 1]) for i in range(0, len(docs), 2)]


def extract_batch(nlp: Language, papers: list[Paper], batch_size: int = 256) -> list[PaperExtraction]:
    """Extract a batch of papers: a first pass, then a second pass over papers in which a
    name introduced by any paper of the batch recurs, or a written name found in the paper
    itself ("SGD-SaI") recurs where no rule found it.

    The second pass reuses the first pass's docs: it only adds the recurring names as
    candidates and selects again, so a paper is never tokenised or matched twice, and
    its relations are found once, after both passes.

    The cycle collector is paused meanwhile, and not run after: extraction leaves no
    cycles (tests/test_gcpause.py), so a collection would only walk the results."""
    with paused_gc(collect=False):
        return _extract_batch(nlp, papers, batch_size)


def _extract_batch(nlp: Language, papers: list[Paper], batch_size: int) -> list[PaperExtraction]:
    recurring: RecurringNames = nlp.get_pipe(RECURRING)
    recurring.set_names({})
    docs = _docs(nlp, papers, batch_size)
    found = [_paper_mentions(p, t, a) for p, (t, a) in zip(papers, docs)]
    names: dict[str, str] = {}
    for f in found:
        for m in f.introduced:
            names.setdefault(m.text, m.type)
            if m.canonical != m.text and m.canonical in m.text and looks_named(m.canonical):
                # the short form of a definition: "Gradient Low-Rank Projection (GaLore)"
                names.setdefault(m.canonical, m.type)
    select = nlp.get_pipe("kg_select")
    recurring.set_names(names)
    try:
        for i, pair in enumerate(docs):
            own = _own_names(papers[i], found[i])
            if not names and not own:
                continue
            changed = False
            for doc in pair:
                candidates = doc.user_data.setdefault(CANDIDATES, [])
                before = len(candidates)
                recurring(doc)
                if own:
                    _add_own_names(doc, own)
                if len(candidates) == before:
                    continue
                chosen = {(c.start, c.end) for c in doc.user_data.get(MENTIONS, [])}
                if any((c.start, c.end) not in chosen for c in candidates[before:]):
                    select(doc)
                    changed = True
            if changed:
                found[i] = _paper_mentions(papers[i], *pair)
    finally:
        recurring.set_names({})
    lower_column = lexicon(nlp.vocab).lower
    return [_paper_extraction(p, f, lower_column) for p, f in zip(papers, found)]


def extract_papers(papers: Iterable[Paper], nlp: Language | None = None, chunk: int = 2000) -> Iterable[PaperExtraction]:
    """Stream extractions for any number of papers, one fixed-size batch at a time."""
    nlp = nlp or build_nlp()
    batch: list[Paper] = []
    for paper in papers:
        batch.append(paper)
        if len(batch) >= chunk:
            yield from extract_batch(nlp, batch)
            batch = []
    if batch:
        yield from extract_batch(nlp, batch)
