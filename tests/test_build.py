"""The whole path on the bundled samples: load, extract, resolve, write, query."""

from __future__ import annotations

import json

import pytest

from kg import library
from kg.models import Paper, PaperExtraction
from kg.pipeline import build, extract_to_file, load_extractions, read_extractions
from kg.rejects import RejectSink
from kg.resolve import entity_key
from kg.store import writer
from tests.conftest import SAMPLES
from kgproc import assert_same_graph, entity_counts, snapshot


def edge_set(store) -> set[tuple]:
    rows = store.read("MATCH (a)-[r]->(b) RETURN a.key AS a, type(r) AS t, b.key AS b, r.paper AS paper")
    return {(r["a"], r["t"], r["b"], r["paper"]) for r in rows}


def test_samples_build_into_the_expected_graph(store, sample_papers):
    report = build(sample_papers, store, workers=1)
    assert (report.loaded, report.papers, report.new) == (308, 266, 266)
    stats = writer.stats(store)
    assert stats["papers"] == 266
    for label in ("Method", "Model", "Dataset", "Metric", "Task"):
        assert stats["nodes"].get(label, 0) >= 12, (label, stats)
    for rel in ("MENTIONS", "PROPOSES", "EVALUATED_ON", "MEASURED_WITH"):
        assert stats["relationships"].get(rel, 0) > 0, (rel, stats)
    rows = library.run(store, "methods-evaluated-on", {"dataset": "ImageNet"})
    assert rows and all(r["dataset"] == "ImageNet" for r in rows)


def test_building_twice_leaves_the_graph_identical(store, sample_papers):
    build(sample_papers, store, workers=1)
    first, edges = writer.stats(store), edge_set(store)
    again = build(sample_papers, store, workers=1)
    assert (again.new, again.changed, again.unchanged) == (0, 0, 266)
    assert writer.stats(store) == first
    assert edge_set(store) == edges


def test_changed_abstract_replaces_its_edges(store, sample_papers):
    papers = sample_papers[:40]
    build(papers, store, workers=1)
    target = papers[0]
    changed = target.model_copy(update={"abstract": "We evaluate ResNet-50 on the CIFAR-10 dataset."})
    report = build([changed, *papers[1:]], store, workers=1)
    assert (report.changed, report.unchanged) == (1, len(set(p.key for p in papers)) - 1)
    rows = store.read("MATCH (p:Paper {key: $k})-[:MENTIONS]->(e) RETURN e.name AS name ORDER BY name",
                      {"k": target.key})
    names = {r["name"] for r in rows}
    assert {"ResNet-50", "CIFAR-10"} <= names
    stale = store.read("MATCH ()-[r]->() WHERE r.paper = $k AND NOT r.sentence CONTAINS 'CIFAR-10' "
                       "AND r.field = 'abstract' RETURN count(r) AS n", {"k": target.key})
    assert stale[0]["n"] == 0


def test_a_family_of_a_family_survives_an_incremental_build(store, sample_papers):
    """"FLAN-PaLM 62B" -> FLAN-PaLM -> PaLM: a clean build writes the whole chain of families,
    so removing orphans after a changed paper must keep it (it kept only the first family)."""
    mentioning = Paper(key="t:flan", title="", abstract="It beats FLAN-PaLM 62B on MMLU.")
    build([mentioning, *sample_papers[:5]], store, workers=1)
    chain = ("MATCH (v:Entity {key: 'flanpalm62b'})-[:VARIANT_OF]->(f:Entity)-[:VARIANT_OF]->(g:Entity) "
             "RETURN f.key AS family, g.key AS grand")
    assert store.read(chain) == [{"family": "flanpalm", "grand": "palm"}]
    changed = sample_papers[0].model_copy(update={"abstract": "We evaluate ResNet-50 on the CIFAR-10 dataset."})
    report = build([mentioning, changed, *sample_papers[1:5]], store, workers=1)
    assert report.changed == 1
    assert store.read(chain) == [{"family": "flanpalm", "grand": "palm"}]


def test_paper_counts_after_incremental_builds_equal_a_clean_builds(store, sample_papers):
    """top-entities and trending read the paper counts kept on each entity. A changed
    abstract moves counts from its old entities to its new ones, and a later record of a
    paper that brings the date the first lacked puts the paper in that month."""
    papers = [p.model_copy(update={"date": f"2024-{i % 12 + 1:02d}-15"}) for i, p in enumerate(sample_papers[:40])]
    papers[0] = papers[0].model_copy(update={"date": "2020-01-01"})
    undated = papers[1].model_copy(update={"date": None})
    build([papers[0], undated, *papers[2:]], store, workers=1)
    old = {k for k, c in entity_counts(store).items() if "2020-01" in c["months"]}  # papers[0]'s entities
    changed = papers[0].model_copy(update={"abstract": "We evaluate ResNet-50 on the CIFAR-10 dataset.",
                                           "date": "2031-02-03"})
    dated_record = undated.model_copy(update={"key": undated.key + "-again", "date": "2031-05-06"})
    second = [changed, undated, *papers[2:], dated_record]
    report = build(second, store, workers=1)
    assert (report.changed, report.duplicates) == (1, 1)
    got = entity_counts(store)
    writer.delete_all(store)
    build(second, store, workers=1)
    want = entity_counts(store)
    assert got == want
    assert all(c["stale"] is None and c["papers"] == sum(c["per_month"]) for c in want.values())
    assert got[entity_key("ResNet-50")]["last"] == "2031-02"
    assert any("2031-05" in c["months"] for c in want.values())
    assert old and not any("2020-01" in got[k]["months"] for k in old if k in got)
    rows = library.run(store, "trending", {"months": 6, "min_papers": 1, "limit": 100})
    assert {r["entity"] for r in rows} >= {"ResNet-50", "CIFAR-10"}
    assert {r["recent_start"] for r in rows} == {"2030-12"}


def test_extract_writes_one_object_per_paper_with_offsets(tmp_path, sample_papers):
    out = tmp_path / "ex.jsonl"
    report = extract_to_file(sample_papers, out, workers=1)
    lines = out.read_text().splitlines()
    assert len(lines) == report.papers == 266
    by_key = {p.key: p for p in sample_papers}
    for line in lines:
        record = json.loads(line)
        assert {"paper_id", "title", "entities", "relations"} <= set(record)
        paper = by_key[record["paper_id"]]
        for e in record["entities"]:
            assert {"text", "type", "start", "end", "field", "canonical", "rule", "confidence"} <= set(e)
            assert getattr(paper, e["field"])[e["start"]:e["end"]] == e["text"]


def test_load_of_extract_output_equals_build(tmp_path, sample_papers, embedded_store):
    from kg.store.falkordb_store import FalkorDBStore

    out = tmp_path / "ex.jsonl"
    extract_to_file(sample_papers, out, workers=1)
    load_extractions(read_extractions(out, RejectSink()), embedded_store)
    with FalkorDBStore(tmp_path / "built") as built:
        build(sample_papers, built, workers=1)
        assert writer.stats(built) == writer.stats(embedded_store)
        assert edge_set(built) == edge_set(embedded_store)


def test_a_bad_extract_line_is_a_reject(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"paper_id": 1}\nnot json\n')
    rejects = RejectSink()
    assert list(read_extractions(path, rejects)) == []
    assert [r.line for r in rejects.items] == [1, 2]
    assert all(r.source == str(path) for r in rejects.items)


@pytest.mark.parametrize("field", ["title", "abstract"])
def test_extraction_records_validate(field, sample_papers, nlp):
    from kg.extract import extract_batch

    for ex in extract_batch(nlp, sample_papers[:20]):
        PaperExtraction.model_validate_json(ex.model_dump_json())
        for m in ex.entities:
            if m.field == field:
                assert getattr(ex.paper, field)[m.start:m.end] == m.text


class _Killed(Exception):
    pass


class _DiesAfter:
    """A real store that stops taking writes after its n-th, as a build killed between two
    statements leaves it (the store is real; only the moment of death is chosen)."""

    def __init__(self, store, writes: int):
        self.store, self.left, self.statements = store, writes, []

    def write(self, statement, params=None):
        if self.left == 0:
            raise _Killed
        self.left -= 1
        self.statements.append(statement)
        return self.store.write(statement, params)

    def __getattr__(self, name):
        return getattr(self.store, name)


def test_a_build_killed_between_any_two_writes_then_rebuilt_equals_an_uninterrupted_one(store, sample_papers):
    """What the resolver carries from batch to batch is what the store holds, so a resumed
    build decides every name as the uninterrupted build did, wherever the first one died
    (several batches; deaths inside entity, edge and hash writes)."""
    import random

    def wipe():
        writer.delete_all(store)

    counting = _DiesAfter(store, -1)
    build(sample_papers, counting, workers=1, chunk=50)
    want = snapshot(store)
    rng = random.Random(5)
    for deaths in sorted(rng.sample(range(1, len(counting.statements)), 6)):
        wipe()
        with pytest.raises(_Killed):
            build(sample_papers, _DiesAfter(store, deaths), workers=1, chunk=50)
        build(sample_papers, store, workers=1, chunk=50)
        try:
            assert_same_graph(snapshot(store), want)
        except AssertionError as exc:
            raise AssertionError(f"rebuilt after dying at write {deaths}: {exc}") from exc


@pytest.mark.slow
def test_a_batch_larger_than_a_write_is_complete_all_together_or_not_at_all(embedded_store, tmp_path):
    """One extraction batch of more papers than a write holds. Its papers' hashes were once
    set 1,000 at a time: a build killed between two of those writes left part of the batch
    complete, the next build extracted the rest as a smaller batch, and that batch's second
    pass (names the batch introduced) found less. The Neo4j restart test met it once."""
    from kg.store import cypher
    from kgproc import synthetic_corpus
    from loaders import read_papers

    papers = list(read_papers([synthetic_corpus(tmp_path / "c.jsonl", writer.BATCH_SIZE + 100, seed=11)],
                              RejectSink()))
    counting = _DiesAfter(embedded_store, -1)
    build(papers, counting)
    want = snapshot(embedded_store)
    # right after each write that marks papers complete, and a sample of the others
    deaths = sorted({k + 1 for k, s in enumerate(counting.statements) if s == cypher.SET_PAPER_HASHES}
                    | set(range(3, len(counting.statements), 6)))
    for writes in deaths:
        writer.delete_all(embedded_store)
        with pytest.raises(_Killed):
            build(papers, _DiesAfter(embedded_store, writes))
        build(papers, embedded_store)
        try:
            assert_same_graph(snapshot(embedded_store), want)
        except AssertionError as exc:
            raise AssertionError(f"rebuilt after dying at write {writes}: {exc}") from exc
