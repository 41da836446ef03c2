"""Library queries are safe by construction: values travel as query parameters (never
pasted into Cypher text) and run read-only, so a hostile value cannot change the graph."""

from __future__ import annotations

import pytest

from kg import library
from kg.store import StoreError
from test_queries import graph_counts, write_fixture

PAYLOADS = [
    "x'}) MATCH (n) DETACH DELETE n //",
    '"}) DETACH DELETE n //',
    "x' OR 1=1 WITH 1 AS one MATCH (n) DETACH DELETE n //",
    "') DETACH DELETE e RETURN 1 AS name //",
    "`) DETACH DELETE n //",
    "x\\' }) CREATE (:Paper {key: 'evil'}) //",
    "x\nMATCH (n) DETACH DELETE n",
    "$limit; MATCH (n) DETACH DELETE n",
    "*/ MATCH (n) DETACH DELETE n /*",
]

WRITES = [
    "MATCH (n) DETACH DELETE n",
    "CREATE (:Paper {key: 'evil'})",
    "MATCH (e:Entity) SET e.name = 'evil'",
    "MERGE (a:Author {key: 'evil'}) RETURN a.key AS key",
]


def _string_params(query) -> list[str]:
    return [p.name for p in query.params if p.type == "string"]


def test_every_query_has_a_string_parameter_or_none():
    """The injection test below covers every string parameter of the library."""
    assert any(_string_params(q) for q in library.library().values())


def test_hostile_values_leave_the_graph_unchanged(store):
    write_fixture(store)
    before = graph_counts(store)
    runs = 0
    for query in library.library().values():
        examples = {p.name: p.example for p in query.params}
        for name in _string_params(query):
            for payload in PAYLOADS:
                rows = library.run(store, query.name, {**examples, name: payload})
                assert isinstance(rows, list)
                runs += 1
    assert runs >= len(PAYLOADS) * 20
    assert graph_counts(store) == before
    # and the payloads were taken literally: nothing matches them
    assert library.run(store, "entity-search", {"text": PAYLOADS[0]}) == []


def test_hostile_integer_values_are_refused_before_the_store():
    query = library.get("top-entities")
    with pytest.raises(ValueError):
        query.bind({"type": "Dataset", "limit": "1 MATCH (n) DETACH DELETE n"})


def test_unknown_parameter_names_are_refused():
    with pytest.raises(ValueError, match="no parameter"):
        library.get("top-entities").bind({"type": "Dataset", "type}) DETACH DELETE n //": 1})


@pytest.mark.parametrize("statement", WRITES)
def test_read_refuses_writes(store, statement):
    write_fixture(store)
    before = graph_counts(store)
    with pytest.raises(StoreError):
        store.read(statement)
    assert graph_counts(store) == before


def test_python_helpers_are_read_only(embedded_store):
    """g.<query>() goes through store.read: a store whose writes fail still answers."""
    from kg.api import Graph

    write_fixture(embedded_store)

    class ReadOnly:
        def __init__(self, inner):
            self.inner = inner

        def read(self, statement, params=None):
            return self.inner.read(statement, params)

        def write(self, statement, params=None):  # pragma: no cover - must not be called
            raise AssertionError("a library query wrote")

    g = Graph(ReadOnly(embedded_store))
    assert g.entity_aliases(entity="PPL")[0]["name"] == "perplexity"
    for query in library.library().values():
        g.query(query.name, **{p.name: p.example for p in query.params})
