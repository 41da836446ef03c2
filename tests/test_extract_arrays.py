"""kg.extract.arrays: the array matcher finds what spaCy's Matcher finds; the sentence
splitter agrees with spaCy's Sentencizer."""

from __future__ import annotations

from spacy.matcher import Matcher
from spacy.pipeline import Sentencizer

from kg.extract import build_nlp
from kg.extract.arrays import ArrayMatcher, DocInfo, doc_info
from kg.extract.components import compile_pattern
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
        pattern = compile_pattern(rule["pattern"])
        spacy_matcher.add(rule_id, [pattern], greedy=rule.get("greedy"))
        ours.add(rule_id, [pattern], greedy=rule.get("greedy"))
    docs = _docs(nlp)
    for doc in docs:
        assert sorted(ours(doc)) == sorted(spacy_matcher(doc)), doc.text[:80]
    # a batch (empty docs among them) gives each doc exactly its own matches, in order:
    # no match runs across a doc boundary
    batch = [nlp.make_doc(""), *docs[:40], nlp.make_doc(""), nlp.make_doc("ImageNet"), *docs[40:]]
    assert ours.match_docs(batch) == [ours(doc) for doc in batch]
    assert sum(map(len, ours.match_docs(batch))) > 100


def test_sentences_agree_with_sentencizer():
    nlp = build_nlp()
    sentencizer = Sentencizer()
    for doc in _docs(nlp):
        expected = [s.start for s in sentencizer(nlp.make_doc(doc.text)).sents]
        assert DocInfo(doc).sent_starts == expected, doc.text[:80]


def test_a_batch_of_docs_reads_each_docs_own_tokens():
    """doc_infos reads a batch's token columns at once (new words among them, empty docs
    between them); every doc must get exactly its own tokens, offsets and spaces."""
    from kg.extract.arrays import doc_infos

    nlp = build_nlp()
    docs = _docs(nlp)[:30]
    batch = [nlp.make_doc(""), *docs[:15], nlp.make_doc(""), nlp.make_doc("Zqxv-9 and Wvvx-3 are new words."),
             *docs[15:]]
    for doc, info in zip(batch, doc_infos(batch)):
        assert [lx.text for lx in info.lex] == [t.text for t in doc]
        assert info.idx == [t.idx for t in doc]
        assert info.space == [bool(t.whitespace_) for t in doc]
        assert info.ids.tolist() == [lx.index for lx in info.lex]


def test_title_case_is_told_per_doc_within_a_batch():
    from kg.extract.arrays import doc_infos

    nlp = build_nlp()
    texts = ["A Chinese Medical Large Language Model", "", "We train BERT on GLUE and SuperGLUE.",
             "Scaling Laws For Neural Language Models", "LoRA: Low-Rank Adaptation of Large Language Models",
             "12 34"]
    infos = doc_infos([nlp.make_doc(t) for t in texts])
    assert [info.title_case for info in infos] == [True, False, False, True, True, False]


def test_lexicon_maps_every_orth_id_to_its_own_lexeme_through_collisions_and_growth():
    """The lexicon's hash table starts at 65,536 slots and grows past a quarter full;
    70,000 words in batches make it probe past collisions and grow twice. Every token must
    get its own lexeme's index, and a word keeps its index for good."""
    import numpy as np

    from kg.extract.arrays import Lexicon

    nlp = build_nlp()
    table = Lexicon(nlp.vocab)
    words = [f"w{k:05d}x" for k in range(70_000)]
    first: dict[str, int] = {}
    for a in range(0, len(words), 10_000):
        batch = words[a:a + 10_000] + words[:a:7]  # new words, and old ones again
        ids = table.indices(np.array([nlp.vocab.strings.add(w) for w in batch], dtype=np.uint64))
        assert [lx.text for lx in table.infos(ids)] == batch
        for word, index in zip(batch, ids.tolist()):
            assert first.setdefault(word, index) == index
    assert len(table.items) == len(words) and len(table.slot_items) > 4 * len(words)


def test_lexeme_mask_finds_the_tokens_a_loop_finds_as_the_vocabulary_grows():
    from kg.extract.arrays import LexemeMask, lexicon

    nlp = build_nlp()
    mask = LexemeMask(lexicon(nlp.vocab), lambda lx: lx.lower in {"datasets", "models", "qzzv"})
    for doc in [*_docs(nlp)[:20], nlp.make_doc("Two new datasets, Qzzv and QZZV, for models.")]:
        info = doc_info(doc)
        assert mask.positions(info) == [i for i, t in enumerate(doc) if t.lower_ in {"datasets", "models", "qzzv"}]
    assert mask.positions(info) == [2, 4, 6, 9]


def test_all_ends_shares_runs_and_agrees_with_ends():
    """A pattern opening with "X+" computes the ends of a run's starts together; they
    must be exactly the ends `ends` finds start by start."""
    import random

    from kg.extract.arrays import _Pattern

    pattern = _Pattern(0, 0, [{"IS_TITLE": True, "OP": "+"}, {"IS_LOWER": True, "OP": "{0,2}"},
                              {"LOWER": {"IN": ["model", "models"]}}], "LONGEST")
    rng = random.Random(7)
    for _ in range(300):
        n = rng.randint(1, 30)
        buf = bytes(rng.choice([0, 1, 2, 3, 4, 5, 6, 7]) for _ in range(n))
        starts = [m.start() for m in pattern.regex.finditer(buf, 0, n)]
        assert pattern.starts(buf, 0, n) == starts  # the faster scan finds the same starts
        assert pattern.all_ends(buf, 0, n, starts) == [pattern.ends(buf, 0, n, s) for s in starts]
        assert all(pattern.ends(buf, 0, n, s) for s in starts)


def test_unvalidated_models_dump_like_validated_ones():
    from kg.extract.relations import construct
    from kg.models import Evidence, Relation

    values = dict(paper="p", sentence="A uses B.", field="abstract", start=0, end=9, rule="uses", confidence=0.7)
    ev = construct(Evidence, dict(values))
    assert ev == Evidence(**values)
    rel = dict(type="USES", source="A", source_type="Method", target="B", target_type="Model")
    built = construct(Relation, {**rel, "evidence": ev, "source_key": "", "target_key": ""})
    assert built.model_dump_json() == Relation(**rel, evidence=Evidence(**values)).model_dump_json()


def test_matchers_sharing_token_tests_agree_with_spacy_as_new_words_arrive():
    """ArrayMatchers of one vocab share each token test's per-word results (one mask per
    test): one matcher may have filled a test for words another has not seen yet, and new
    words arrive between their calls. Each must still find what spaCy's Matcher finds."""
    nlp = build_nlp()
    named = compile_pattern([{"FLAG:NAMED": True}])
    pairs = compile_pattern([{"FLAG:NAMED": True}, {"LOWER": {"IN": ["model", "dataset"]}}])
    first, second = ArrayMatcher(nlp.vocab), ArrayMatcher(nlp.vocab)
    first.add("named", [named])
    second.add("pair", [pairs])
    second.add("named", [named])
    reference = Matcher(nlp.vocab, validate=False)
    reference.add("named", [named])
    reference.add("pair", [pairs])

    def spacy_matches(doc, keys):
        wanted = {nlp.vocab.strings[k] for k in keys}
        return sorted(m for m in reference(doc) if m[0] in wanted)

    texts = ["We train Qv7Zr model on XkcdNet-9 dataset.", "The Wq3pL and zzTop4 model beat Qv7Zr.",
             "Nothing named here at all.", "Fresh Pp9Qq dataset and QQRRS model."]
    for i, text in enumerate(texts):
        doc = nlp.make_doc(text)  # new words: the lexicon grows between the calls
        matcher_order = (first, second) if i % 2 else (second, first)
        for matcher in matcher_order:
            keys = ["named"] if matcher is first else ["pair", "named"]
            assert sorted(matcher(doc)) == spacy_matches(doc, keys), (text, keys)


def test_the_pipelines_vocab_computes_only_the_lexeme_attributes_kg_reads():
    """spaCy computes some twenty attributes for each new word; the blank pipeline computes
    only those kg reads, and a pattern testing another is refused rather than read as false."""
    import pytest
    import spacy

    nlp = build_nlp()
    word = nlp.vocab["Frobnicated"]  # a word neither vocab has seen
    assert (word.lower_, word.is_title, word.is_alpha, word.is_lower, word.is_punct) == (
        "frobnicated", True, True, False, False)
    assert nlp.vocab["the"].is_stop and nlp.vocab["https://example.org"].like_url and nlp.vocab[","].is_punct
    assert word.shape_ == "" and spacy.blank("en").vocab["Frobnicated"].shape_ == "Xxxxx"
    with pytest.raises(ValueError, match="IS_DIGIT"):
        ArrayMatcher(nlp.vocab).add("digits", [[{"IS_DIGIT": True}]])
