"""kg.extract.arrays: the array matcher finds what spaCy's Matcher finds; the sentence
splitter agrees with spaCy's Sentencizer."""

from __future__ import annotations

from spacy.matcher import Matcher
from spacy.pipeline import Sentencizer

from kg.extract import build_nlp
from kg.extract.arrays import ArrayMatcher, DocInfo
from kg.extract.components import compile_pattern, install_flags
from kg.rejects import RejectSink
from loaders import read_papers

from conftest import SAMPLES


def _docs(nlp):
    papers = list(read_papers([str(SAMPLES)], RejectSink()))[:80]
    return [nlp.make_doc(t) for p in papers for t in (p.title, p.abstract)]


def test_array_matcher_matches_spacy_matcher():
    nlp = build_nlp()
    patterns = nlp.get_pipe("kg_patterns")
    spacy_matcher = Matcher(nlp.vocab, validate=False)
    ours = ArrayMatcher(nlp.vocab)
    for rule_id, rule in patterns.rules.items():
        pattern = compile_pattern(rule["pattern"], install_flags(nlp.vocab))
        spacy_matcher.add(rule_id, [pattern], greedy=rule.get("greedy"))
        ours.add(rule_id, [pattern], greedy=rule.get("greedy"))
    for doc in _docs(nlp):
        assert sorted(ours(doc)) == sorted(spacy_matcher(doc)), doc.text[:80]


def test_sentences_agree_with_sentencizer():
    nlp = build_nlp()
    sentencizer = Sentencizer()
    for doc in _docs(nlp):
        expected = [s.start for s in sentencizer(nlp.make_doc(doc.text)).sents]
        assert DocInfo(doc).sent_starts == expected, doc.text[:80]
