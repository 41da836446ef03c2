"""FalkorDB and Neo4j hold the same graph and answer every library query alike."""

from __future__ import annotations

import math

import pytest

from kg import library
from kg.pipeline import build
from kg.store import writer

pytestmark = pytest.mark.neo4j


def _normal(value):
    if isinstance(value, float):
        return round(value, 6) if math.isfinite(value) else value
    if isinstance(value, list):
        return [_normal(v) for v in value]
    if isinstance(value, dict):
        return {k: _normal(v) for k, v in value.items()}
    return value


def test_samples_give_identical_stats_and_query_rows(sample_papers, embedded_store, neo4j_store):
    build(sample_papers, embedded_store, workers=1)
    build(sample_papers, neo4j_store, workers=1)
    assert writer.stats(embedded_store) == writer.stats(neo4j_store)
    for query in library.library().values():
        params = query.bind({p.name: p.example for p in query.params})
        a = _normal(embedded_store.read(query.text, params))
        b = _normal(neo4j_store.read(query.text, params))
        assert a == b, f"{query.name} differs between stores"


AWKWARD_VALUES = [
    "plain", 'a "quoted" word', "back\\slash", "ends with \\", '\\"', "new\nline\ttab\rcr", "bell\x07 unit\x1f",
    "\\u0041 is not A", 'looks like JSON {"a":"b","c":1}', "[1,2]", "ünïcødé, 中文, 😀", "", "it's", "/", "`tick`",
]


def test_parameters_round_trip_exactly(store):
    """Whatever a row holds reaches the store unchanged: strings with quotes, backslashes,
    control characters and JSON-looking text; nested maps, keys that are not identifiers,
    numbers, booleans and nulls (the embedded store writes parameters as Cypher text)."""
    rows = [{"v": v, "l": [v, v[::-1]], "i": i, "f": -i / 7, "b": i % 2 == 0, "n": None,
             "m": {"inner": v, "a-b": [i], "@type": "x"}} for i, v in enumerate(AWKWARD_VALUES)]
    got = store.read("UNWIND $rows AS row RETURN row.v AS v, row.l AS l, row.i AS i, row.f AS f, row.b AS b, "
                     "row.n AS n, row.m AS m", {"rows": rows})
    assert [{**r, "f": round(r["f"], 9)} for r in got] == [{**r, "f": round(r["f"], 9)} for r in rows]


def test_an_entity_row_that_adds_nothing_leaves_its_node_untouched(store):
    """A hub such as ImageNet is in every batch. Its node is written only when a batch adds
    an alias, an alias key, a family or a direction, or when it is first flagged for the
    count refresh: FalkorDB re-indexes every node it writes, and the index garbage of a
    rewritten hub costs the server a fork to collect."""
    from kg.store import cypher
    from kg.store.rows import GraphRows

    def row(**changes):
        return {"key": "lora", "name": "LoRA", "aliases": ["LoRA"], "alias_keys": ["lora"], "family": None,
                "higher_is_better": None, "aliases_lower": ["lora"], **changes}

    def updated(entity_row) -> int:
        return store.write(cypher.UPDATE_ENTITIES + "\nRETURN count(e) AS n", {"rows": [entity_row]})[0]["n"]

    writer.write_rows(store, GraphRows(entities={"Method": [row()]}))
    assert updated(row()) == 0  # created flagged, and nothing new
    assert updated(row(aliases=["LoRA", "Low-Rank Adaptation"], aliases_lower=["lora", "low-rank adaptation"])) == 1
    assert updated(row(alias_keys=["lora", "low-rank-adaptation"])) == 1
    assert updated(row(family="adapters")) == 1
    assert updated(row(family="adapters")) == 0
    writer.refresh_paper_counts(store)  # clears the flags
    assert updated(row()) == 1  # flagged again: its counts wait for the next refresh
    assert updated(row()) == 0
    assert store.read("MATCH (e:Entity {key: 'lora'}) RETURN e.aliases AS aliases, e.alias_keys AS keys, "
                      "e.family AS family, e.counts_stale AS stale") == [
        {"aliases": ["LoRA", "Low-Rank Adaptation"], "keys": ["lora", "low-rank-adaptation"], "family": "adapters",
         "stale": True}]
