"""The Maven-built local Neo4j 5.26 (kg.neo4j_local): a real server, real auth, real files.

Needs Java 17+ and Maven (jars come from Maven Central into ~/.m2 on the first build). Without
them these tests skip, except under CI=true / KG_REQUIRE_NEO4J=1, where they fail.
"""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from kg import neo4j_local
from kg.neo4j_local import Neo4jServer, admin_import, find_neo4j, start, status, stop

from conftest import local_neo4j_lock_path, skip_or_fail

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _quick_jvm(monkeypatch):
    """C1-only JIT: the server starts ~30% faster on a busy 2-core box; these tests run tiny queries."""
    if "KG_NEO4J_JAVA_OPTS" not in os.environ:
        monkeypatch.setenv("KG_NEO4J_JAVA_OPTS", "-XX:TieredStopAtLevel=1")


def _require_toolchain() -> None:
    missing = [tool for tool in ("java", "mvn") if not shutil.which(tool)]
    if missing:
        skip_or_fail(f"LOCAL NEO4J TESTS NOT RUN: {', '.join(missing)} not on PATH")


def _query(server: Neo4jServer, cypher: str, **params):
    with server.driver() as driver:
        records, _, _ = driver.execute_query(cypher, params, database_="neo4j")
        return [r.data() for r in records]


@pytest.mark.neo4j
def test_local_server_auth_persistence_and_browser(tmp_path):
    _require_toolchain()
    home = tmp_path / "neo4j-home"
    # a password may open with "-" (a random one did, and neo4j-admin took it for an option)
    password = "-kg-test-" + secrets.token_hex(8)
    # `up` as a user runs it: a separate process that exits while the server keeps running
    up = subprocess.run(
        [sys.executable, "-m", "kg.neo4j_local", "--home", str(home), "up", f"--password={password}"],
        cwd=ROOT, capture_output=True, text=True, timeout=900,
    )
    assert up.returncode == 0, up.stderr[-3000:]
    lines = dict(line.split("=", 1) for line in up.stdout.strip().splitlines())
    assert list(lines) == ["NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_BROWSER"]
    assert lines["NEO4J_URI"].startswith("bolt://127.0.0.1:")
    assert lines["NEO4J_USER"] == "neo4j" and lines["NEO4J_PASSWORD"] == password
    try:
        server = status(home)
        assert server is not None and server.uri == lines["NEO4J_URI"] and server.browser_url == lines["NEO4J_BROWSER"]
        assert oct((home / "password").stat().st_mode & 0o777) == "0o600"
        assert oct((home / "state.json").stat().st_mode & 0o777) == "0o600"
        assert start(home).pid == server.pid, "a live server in the same home is reused"

        assert _query(server, "RETURN 1 AS one") == [{"one": 1}]
        token = secrets.token_hex(6)
        _query(server, "CREATE (:KgPersist {token: $token})", token=token)

        from neo4j import GraphDatabase
        from neo4j.exceptions import AuthError

        with pytest.raises(AuthError):
            with GraphDatabase.driver(server.uri, auth=("neo4j", "wrong-password")) as bad:
                bad.verify_connectivity()

        with urllib.request.urlopen(server.browser_url, timeout=30) as resp:
            assert resp.status == 200
            assert "text/html" in resp.headers.get("Content-Type", "")
            assert "<title>Neo4j Browser</title>" in resp.read().decode("utf-8", "replace")

        assert stop(home) is True
        assert status(home) is None and not (home / "state.json").exists()
        assert not neo4j_local._alive(server.pid)

        again = start(home)  # no password: the one kept in home/password
        assert again.password == password and again.pid != server.pid
        assert _query(again, "MATCH (n:KgPersist) RETURN n.token AS token") == [{"token": token}]
    finally:
        stop(home)
    assert status(home) is None


@pytest.mark.neo4j
@pytest.mark.slow
def test_admin_import_then_serve(tmp_path):
    _require_toolchain()
    csv = tmp_path / "csv"
    csv.mkdir()
    (csv / "papers_header.csv").write_text("paperId:ID(Paper),title,year:int\n")
    (csv / "papers.csv").write_text('p1,"Attention Is All You Need",2017\np2,"BERT",2019\n')
    (csv / "methods_header.csv").write_text("methodId:ID(Method),name\n")
    (csv / "methods.csv").write_text("m1,Transformer\n")
    (csv / "proposes_header.csv").write_text(":START_ID(Paper),:END_ID(Method)\n")
    (csv / "proposes.csv").write_text("p1,m1\n")
    (csv / "uses.csv").write_text(":START_ID(Paper),:END_ID(Method)\np2,m1\n")

    home = tmp_path / "imported-home"  # fresh: no system database yet
    out = admin_import(
        nodes=[
            f"Paper={csv / 'papers_header.csv'},{csv / 'papers.csv'}",
            f"Method={csv / 'methods_header.csv'},{csv / 'methods.csv'}",
        ],
        relationships=[
            f"PROPOSES={csv / 'proposes_header.csv'},{csv / 'proposes.csv'}",
            f"USES={csv / 'uses.csv'}",
        ],
        home=home,
    )
    assert "IMPORT DONE" in out
    server = start(home)
    try:
        rows = _query(
            server,
            "MATCH (p:Paper)-[r]->(m:Method {name: 'Transformer'}) RETURN p.title AS title, p.year AS year, type(r) AS rel "
            "ORDER BY year",
        )
        assert rows == [
            {"title": "Attention Is All You Need", "year": 2017, "rel": "PROPOSES"},
            {"title": "BERT", "year": 2019, "rel": "USES"},
        ]
    finally:
        stop(home)


def test_find_neo4j_prefers_neo4j_uri(monkeypatch):
    monkeypatch.setenv("NEO4J_URI", "bolt://127.0.0.1:1")
    monkeypatch.setenv("NEO4J_PASSWORD", "from-env-123")
    monkeypatch.delenv("NEO4J_USER", raising=False)
    server, how = find_neo4j()
    assert server is not None and server.source == "env"
    assert (server.uri, server.user, server.password) == ("bolt://127.0.0.1:1", "neo4j", "from-env-123")
    assert "NEO4J_URI" in how


def test_find_neo4j_reports_what_it_tried(monkeypatch):
    monkeypatch.delenv("NEO4J_URI", raising=False)
    monkeypatch.setenv("KG_NEO4J_LOCAL", "0")
    monkeypatch.setattr(neo4j_local, "_docker_answers", lambda timeout=5.0: (False, "no docker client"))
    server, reason = find_neo4j()
    assert server is None
    assert "NEO4J_URI is not set" in reason and "no Docker engine" in reason and "KG_NEO4J_LOCAL=0" in reason


def test_one_test_session_at_a_time_uses_the_local_neo4j(neo4j_server):
    """While this session uses the Maven-started Neo4j it holds the home's session lock, so a
    second suite run on the same machine waits instead of wiping this one's database."""
    if neo4j_server.source != "local":
        pytest.skip(f"the server is not the Maven-started one ({neo4j_server.source}): no lock to hold")
    probe = ("import fcntl, sys\n"
             "lock = open(sys.argv[1], 'w')\n"
             "try:\n    fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)\nexcept BlockingIOError:\n    sys.exit(3)\n")
    proc = subprocess.run([sys.executable, "-c", probe, str(local_neo4j_lock_path())], capture_output=True, text=True)
    assert proc.returncode == 3, proc.stderr
