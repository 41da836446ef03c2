"""Shared fixtures: real stores only.

`store` runs a test on both stores: the embedded FalkorDB (a fresh data dir) and Neo4j,
found in this order: NEO4J_URI, testcontainers when Docker answers, the Maven-started
local server (kg.neo4j_local). Without any, Neo4j tests skip with a loud reason, except
under CI (CI=true) or KG_REQUIRE_NEO4J=1, where they fail: CI must run them for real.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
_NEO4J: dict = {}


def skip_or_fail(message: str) -> None:
    """A test whose tool or server is missing here: skip with a loud banner, but fail under
    CI (CI=true) or KG_REQUIRE_NEO4J=1, where every test must run for real."""
    print("\n" + "!" * 80 + "\n" + message + "\n" + "!" * 80, file=sys.stderr)
    if os.environ.get("CI", "").lower() in {"1", "true"} or os.environ.get("KG_REQUIRE_NEO4J") == "1":
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="session")
def neo4j_server():
    """A running Neo4j (shared by the session); see the module docstring for the order."""
    if "server" not in _NEO4J:
        from kg.neo4j_local import find_neo4j

        _NEO4J["server"], _NEO4J["reason"] = find_neo4j()
    server = _NEO4J["server"]
    if server is None:
        skip_or_fail(f"NEO4J TESTS NOT RUN: {_NEO4J['reason']}")
    return server


def neo4j_store_for(server):
    from kg.store.neo4j_store import Neo4jStore
    from kg.store.writer import delete_all

    store = Neo4jStore(server.uri, server.user, server.password)
    delete_all(store)
    return store


@pytest.fixture
def neo4j_store(neo4j_server):
    store = neo4j_store_for(neo4j_server)
    yield store
    store.close()


@pytest.fixture
def embedded_store(tmp_path):
    from kg.store.falkordb_store import FalkorDBStore

    store = FalkorDBStore(tmp_path / "kg")
    yield store
    store.close()


@pytest.fixture(params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def store(request):
    """The same test on the embedded FalkorDB and on Neo4j, each empty at the start."""
    return request.getfixturevalue(f"{request.param}_store")


@pytest.fixture(scope="session")
def nlp():
    from kg.extract import build_nlp

    return build_nlp()


@pytest.fixture(scope="session")
def sample_papers():
    from kg.rejects import RejectSink
    from loaders import read_papers

    return list(read_papers([SAMPLES], RejectSink()))
