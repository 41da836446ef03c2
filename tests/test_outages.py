"""Outages and privilege: Neo4j unreachable, refusing the password, missing the database,
restarted mid-build; read-only by default; the embedded server only on its unix socket;
no credential ever printed."""

from __future__ import annotations

import json
import os
import socket
import stat
import time
from pathlib import Path

import pytest

from kg.store.writer import delete_all
from kgproc import (assert_one_line_error, assert_same_graph, kg_env, run_kg, snapshot, start_kg,
                    synthetic_corpus)

CORPUS = Path(__file__).resolve().parent / "data" / "loaders" / "generic.jsonl"
SECRET = "s3cr3t-Pa55word-never-shown"


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _neo4j_env(server, **over):
    values = dict(KG_STORE="neo4j", NEO4J_URI=server.uri, NEO4J_USER=server.user, NEO4J_PASSWORD=server.password)
    values.update(over)
    return kg_env(**values)


def test_unreachable_neo4j_is_one_line_naming_the_uri_quickly(tmp_path):
    uri = f"bolt://127.0.0.1:{_closed_port()}"
    started = time.monotonic()
    proc = run_kg("build", CORPUS, "-q", cwd=tmp_path, env=kg_env(KG_STORE="neo4j", NEO4J_URI=uri,
                                                                     NEO4J_PASSWORD=SECRET))
    assert time.monotonic() - started < 30
    assert_one_line_error(proc, uri)
    assert SECRET not in proc.stdout + proc.stderr


def test_bad_uri_never_prints_the_password(tmp_path):
    for uri in ("nonsense://host:7687", "bolt://", f"bolt://user:{SECRET}@127.0.0.1:{_closed_port()}"):
        proc = run_kg("build", CORPUS, "-q", "--store", "neo4j", "--neo4j-uri", uri, "--neo4j-password", SECRET,
                      cwd=tmp_path, env=kg_env())
        assert_one_line_error(proc)
        assert SECRET not in proc.stdout + proc.stderr, uri


def test_driver_retry_warnings_never_reach_the_user(tmp_path):
    """The driver logs each transient retry ("Transaction failed and will be retried in 1.1s
    (...)") as a warning; a server lost mid-build must still end in kg's one line only."""
    import subprocess
    import sys

    code = ("import kg.store.neo4j_store, logging; "
            "logging.getLogger('neo4j.io').warning('Transaction failed and will be retried in 1.1s')")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=kg_env(), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""


def test_a_multi_line_store_message_is_one_error_line(capsys):
    from kg.cli import UserError

    UserError("lost Neo4j at bolt://127.0.0.1:1: Couldn't connect\nFailed to establish connection").show()
    err = capsys.readouterr().err
    assert err == "kg: error: lost Neo4j at bolt://127.0.0.1:1: Couldn't connect Failed to establish connection\n"


@pytest.mark.neo4j
def test_wrong_password_is_one_line_without_the_password(tmp_path, neo4j_server):
    proc = run_kg("build", CORPUS, "-q", cwd=tmp_path, env=_neo4j_env(neo4j_server, NEO4J_PASSWORD=SECRET))
    assert_one_line_error(proc, neo4j_server.uri)
    assert SECRET not in proc.stdout + proc.stderr
    assert neo4j_server.password not in proc.stdout + proc.stderr


@pytest.mark.neo4j
def test_unknown_database_is_one_line(tmp_path, neo4j_server):
    proc = run_kg("stats", cwd=tmp_path, env=_neo4j_env(neo4j_server, NEO4J_DATABASE="nosuchdb"))
    assert_one_line_error(proc, "nosuchdb")


@pytest.mark.neo4j
def test_neo4j_write_without_write_flag_is_refused(tmp_path, neo4j_server):
    env = _neo4j_env(neo4j_server)
    proc = run_kg("cypher", "CREATE (:KgCypherProbe {x: 1})", cwd=tmp_path, env=env)
    assert_one_line_error(proc, "--write")
    count = run_kg("cypher", "MATCH (n:KgCypherProbe) RETURN count(n) AS n", "--format", "json", cwd=tmp_path, env=env)
    assert count.returncode == 0, count.stderr
    assert json.loads(count.stdout) == [{"n": 0}]
    ok = run_kg("cypher", "CREATE (n:KgCypherProbe {x: $x}) DELETE n RETURN 1 AS done", "-p", "x=1", "--write",
                "--format", "json", cwd=tmp_path, env=env)
    assert ok.returncode == 0 and json.loads(ok.stdout) == [{"done": 1}], ok.stderr
    assert neo4j_server.password not in ok.stdout + ok.stderr


def test_embedded_write_without_write_flag_is_refused(tmp_path):
    data = tmp_path / "kg"
    proc = run_kg("cypher", "CREATE (:Probe {x: $x})", "-p", "x=1", "--data-dir", data, cwd=tmp_path)
    assert_one_line_error(proc, "--write")
    ok = run_kg("cypher", "CREATE (:Probe {x: $x})", "-p", "x=[1, 2]", "--data-dir", data, "--write", cwd=tmp_path)
    assert ok.returncode == 0, ok.stderr
    rows = run_kg("cypher", "MATCH (n:Probe) RETURN n.x AS x", "--data-dir", data, "--format", "json", cwd=tmp_path)
    assert json.loads(rows.stdout) == [{"x": [1, 2]}]


def test_embedded_server_is_unix_socket_only_and_private(tmp_path):
    import redis

    from kg.store.falkordb_store import FalkorDBStore

    data = tmp_path / "kg"
    with FalkorDBStore(data) as store:
        server = store._server
        assert stat.S_IMODE(os.stat(data).st_mode) == 0o700
        assert stat.S_IMODE(os.stat(server.socket_path).st_mode) & 0o077 == 0
        client = redis.Redis(unix_socket_path=str(server.socket_path))
        try:
            assert client.config_get("port") == {"port": "0"}
        finally:
            client.close()
        # no TCP socket among the server's open files
        inodes = set()
        for fd in Path(f"/proc/{server.pid}/fd").iterdir():
            target = os.readlink(fd)
            if target.startswith("socket:["):
                inodes.add(target[8:-1])
        listening = set()
        for table in ("/proc/net/tcp", "/proc/net/tcp6"):
            with open(table) as f:
                for line in f.readlines()[1:]:
                    fields = line.split()
                    if fields[3] == "0A":  # LISTEN
                        listening.add(fields[9])
        assert not inodes & listening


@pytest.mark.slow
@pytest.mark.neo4j
def test_neo4j_restarted_mid_build_then_rebuild_equals_clean(tmp_path, neo4j_server):
    """Our own Maven-started server (the shared fixture server is never stopped): stop it
    during a build, start it again with the same home, build again."""
    from kg import neo4j_local
    from kg.store.neo4j_store import Neo4jStore

    if neo4j_server.source != "local":
        pytest.skip("needs the Maven-built local Neo4j (kg.neo4j_local)")
    home = tmp_path / "neo4j-home"
    server = neo4j_local.start(home)
    try:
        corpus = synthetic_corpus(tmp_path / "c.jsonl", 1500, seed=11)
        env = _neo4j_env(server)
        started = time.monotonic()
        assert run_kg("build", corpus, "-q", "--workers", "2", cwd=tmp_path, env=env).returncode == 0
        took = time.monotonic() - started
        with Neo4jStore(server.uri, server.user, server.password) as store:
            want = snapshot(store)
            delete_all(store)
        build = start_kg("build", corpus, "-q", "--workers", "2", cwd=tmp_path, env=env)
        time.sleep(0.6 * took)
        neo4j_local.stop(home)
        out, err = build.communicate(timeout=600)
        if build.returncode != 0:
            import subprocess

            assert_one_line_error(subprocess.CompletedProcess(build.args, build.returncode, out, err))
        server = neo4j_local.start(home, password=server.password, bolt_port=int(server.uri.rsplit(":", 1)[1]))
        proc = run_kg("build", corpus, "-q", "--workers", "2", cwd=tmp_path, env=_neo4j_env(server))
        assert proc.returncode == 0, proc.stderr
        with Neo4jStore(server.uri, server.user, server.password) as store:
            assert_same_graph(snapshot(store), want)
    finally:
        neo4j_local.stop(home)
