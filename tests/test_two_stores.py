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
