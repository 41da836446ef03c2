"""Shared fixtures: real stores only.

`store` runs a test on both stores: the embedded FalkorDB (a fresh data dir) and Neo4j,
found in this order: NEO4J_URI, testcontainers when Docker answers, the Maven-started
local server (kg.neo4j_local). Without any, Neo4j tests skip with a loud reason, except
under CI (CI=true) or KG_REQUIRE_NEO4J=1, where they fail: CI must run them for real. A
session using the Maven-started server holds a lock beside its home, so two suites run at
once on one machine take turns rather than wipe each other's database.
"""

from __future__ import annotations

import fcntl
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


def local_neo4j_lock_path() -> Path:
    """The lock a test session holds while it uses the Maven-started Neo4j of its home."""
    from kg.neo4j_local import local_test_home

    home = local_test_home()
    return home.parent / f"{home.name}.session.lock"


def _hold_local_neo4j() -> None:
    """One test session at a time uses the Maven-started Neo4j: two would wipe and fill the
    same database under each other. A session that finds another holding it waits."""
    if os.environ.get("NEO4J_URI"):
        return
    path = local_neo4j_lock_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = open(path, "w")  # held (and closed) with the session
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        print(f"\nanother test session is using the local Neo4j ({path}); waiting for it", file=sys.stderr)
        fcntl.flock(lock, fcntl.LOCK_EX)
    _NEO4J["lock"] = lock


@pytest.fixture(scope="session")
def neo4j_server():
    """A running Neo4j (shared by the session); see the module docstring for the order."""
    if "server" not in _NEO4J:
        from kg.neo4j_local import find_neo4j

        _hold_local_neo4j()

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
