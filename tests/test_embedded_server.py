"""The embedded FalkorDB server kg runs itself: persistence, sharing, recovery."""

from __future__ import annotations

import contextlib
import os
import signal
import stat
import time

from kg.store import falkordb_server
from kg.store.falkordb_store import FalkorDBStore


def test_data_persists_across_commands(tmp_path):
    with FalkorDBStore(tmp_path) as store:
        store.write("CREATE (:Paper {key: 'p1', title: 'T'})")
    assert not (tmp_path / falkordb_server.PID_NAME).exists(), "last client should stop the server"
    with FalkorDBStore(tmp_path) as store:
        assert store.read("MATCH (p:Paper) RETURN p.key AS key") == [{"key": "p1"}]


def test_two_clients_share_one_server(tmp_path):
    a = FalkorDBStore(tmp_path)
    b = FalkorDBStore(tmp_path)
    try:
        assert a._server.pid == b._server.pid
        a.write("CREATE (:Paper {key: 'p1'})")
        assert b.read("MATCH (p:Paper) RETURN count(p) AS n") == [{"n": 1}]
    finally:
        a.close()
        assert b.read("RETURN 1 AS one") == [{"one": 1}], "server must live while a client remains"
        b.close()


def test_only_a_private_unix_socket(tmp_path):
    with FalkorDBStore(tmp_path) as store:
        assert stat.S_IMODE(os.stat(tmp_path).st_mode) == 0o700
        assert stat.S_ISSOCK(os.stat(tmp_path / falkordb_server.SOCKET_NAME).st_mode)
        listening = open("/proc/net/tcp").read() + open("/proc/net/tcp6").read()
        pid = store._server.pid
        inodes = {os.readlink(f"/proc/{pid}/fd/{fd}") for fd in os.listdir(f"/proc/{pid}/fd")}
        socket_inodes = {i[len("socket:["):-1] for i in inodes if i.startswith("socket:[")}
        tcp_inodes = {line.split()[9] for line in listening.splitlines()[1:] if len(line.split()) > 9}
        assert not socket_inodes & tcp_inodes, "the embedded server must not listen on TCP"


def test_stale_server_files_are_recovered(tmp_path):
    store = FalkorDBStore(tmp_path)
    store.write("CREATE (:Paper {key: 'p1'})")
    pid = store._server.pid
    os.kill(pid, signal.SIGKILL)  # the server dies; socket, pid file and client file stay
    store._server = None
    (tmp_path / "clients" / "999999").touch()  # a client that no longer exists
    with FalkorDBStore(tmp_path) as again:
        assert again._server.pid != pid
        # a server killed before its first snapshot loses the write; the server must answer
        assert again.read("MATCH (p:Paper) RETURN count(p) AS n")[0]["n"] in (0, 1)


def test_a_sentence_that_many_edges_repeat_is_stored_once(tmp_path):
    """The writer interns evidence strings on the embedded store: a thousand edges citing
    one 4 kB sentence cost far less than a thousand copies of it, also once the graph is
    reloaded from disk. (Memory is read after a restart, so the server's buffers for the
    4 MB write are not counted.)"""
    from kg.store import writer
    from kg.store.rows import GraphRows

    def used_memory():
        with FalkorDBStore(tmp_path) as store:
            store.read("RETURN 1 AS one")  # the graph is loaded
            return store._db.connection.info("memory")["used_memory"]

    sentence = "A long sentence that many edges cite as their evidence. " * 72  # ~4 kB
    rows = [{"paper": "p1", "target": f"e{i}", "sentence": sentence, "field": "abstract", "start": 0,
             "end": len(sentence), "rule": "gazetteer", "confidence": 0.9, "count": 1} for i in range(1000)]
    with FalkorDBStore(tmp_path) as store:
        store.setup_schema()
        store.write("CREATE (:Paper {key: 'p1'}) WITH 1 AS one UNWIND range(0, 999) AS i "
                    "CREATE (:Entity:Method {key: 'e' + toString(i)})")
    before = used_memory()
    with FalkorDBStore(tmp_path) as store:
        writer.write_rows(store, GraphRows(paper_edges={"MENTIONS": rows}))
    grown = used_memory() - before
    with FalkorDBStore(tmp_path) as store:
        stored = store.read("MATCH (:Paper)-[r:MENTIONS]->() RETURN count(DISTINCT r.sentence) AS n, "
                            "count(r) AS edges, min(r.sentence) = $s AS same", {"s": sentence})
    assert stored == [{"n": 1, "edges": 1000, "same": True}]
    assert grown < len(rows) * len(sentence) / 4, f"{grown} bytes for {len(rows)} edges"


def test_snapshots_are_spaced_by_how_long_they_take():
    """A snapshot forks the server and writes the whole graph, so once one takes long the
    next waits ten times as long; small graphs keep the 5-minute and 1-minute rule."""
    assert falkordb_server.snapshot_rule(-1) == falkordb_server.snapshot_rule(0) == "300 1 60 10000"
    assert falkordb_server.snapshot_rule(6) == "300 1 60 10000"
    assert falkordb_server.snapshot_rule(30) == "300 1 300 10000"
    assert falkordb_server.snapshot_rule(90) == "900 1 900 10000"


def test_writes_set_the_servers_snapshot_pace(tmp_path):
    """The store sets the pace on the live server from its last real background snapshot."""
    with FalkorDBStore(tmp_path) as store:
        connection = store._db.connection
        store.write("CREATE (:Paper {key: 'p1'})")
        connection.bgsave()
        deadline = time.monotonic() + 60
        while connection.info("persistence")["rdb_bgsave_in_progress"]:
            assert time.monotonic() < deadline, "the background snapshot did not finish"
            time.sleep(0.01)
        took = connection.info("persistence")["rdb_last_bgsave_time_sec"]
        assert took >= 0
        connection.config_set("save", "1 1")
        store._paced_at = None  # as if PACE_EVERY had passed
        store.write("CREATE (:Paper {key: 'p2'})")
        assert connection.config_get("save")["save"] == falkordb_server.snapshot_rule(took)


def test_parameters_of_other_python_types_reach_the_server_as_their_plain_values(embedded_store):
    """The embedded store writes parameters as Cypher text itself (falkordb_store.cypher_literal):
    tuples, bytes, dict and str subclasses arrive as lists, strings, maps and strings; a map
    key Cypher cannot spell is refused with the key named, before anything is sent."""
    import enum
    from collections import OrderedDict

    from kg.store import StoreError

    class Kind(enum.StrEnum):
        METHOD = "Method"

    value = {"t": (1, "two", None), "b": b"by\"tes", "o": OrderedDict(z=1, a=[True, False]), "e": Kind.METHOD,
             "f": 1e-05}
    assert embedded_store.read("RETURN $v AS v", {"v": value}) == [
        {"v": {"t": [1, "two", None], "b": 'by"tes', "o": {"z": 1, "a": [True, False]}, "e": "Method", "f": 1e-05}}]
    for key in ("a`b", ""):
        try:
            embedded_store.read("RETURN $v AS v", {"v": {key: 1}})
        except StoreError as exc:
            assert repr(key) in str(exc)
        else:
            raise AssertionError(f"map key {key!r} was accepted")


def test_a_server_that_stops_answering_is_a_clear_error_not_a_hang(tmp_path):
    """FalkorDB can deadlock (all its threads waiting, no CPU: it happened twice in CI, inside
    setup_schema); a statement left unanswered past the timeout is an error naming the server's
    pid and what to do, not a command that waits for ever. A stopped server stands in for a
    deadlocked one."""
    import pytest

    from kg.store import StoreError

    with _stopped_server(FalkorDBStore(tmp_path / "db", query_timeout=1.0)) as (store, pid):
        started = time.monotonic()
        with pytest.raises(StoreError, match=rf"pid {pid}\) did not answer within 1 s .*kill -9 {pid}"):
            store.read("MATCH (n:Entity) RETURN count(n) AS n")
        assert time.monotonic() - started < 30
    with FalkorDBStore(tmp_path / "db") as again:  # the server, running again, kept the data
        assert again.read("MATCH (n:Entity) RETURN count(n) AS n") == [{"n": 1}]


def test_a_server_that_stops_answering_schema_statements_is_replaced(tmp_path):
    """setup_schema's statements answer in well under a second; one left unanswered past
    schema_timeout (FalkorDB's deadlock, stood in for by a stopped server) makes kg kill its
    server, start another on the same data dir and run the statement again: the command goes on."""
    from kg.processes import pid_alive

    with _stopped_server(FalkorDBStore(tmp_path / "db", schema_timeout=1.0)) as (store, pid):
        started = time.monotonic()
        store.setup_schema()
        assert store._server.pid != pid and not pid_alive(pid)
        assert store.read("RETURN 1 AS one") == [{"one": 1}]
        assert time.monotonic() - started < 60


@contextlib.contextmanager
def _stopped_server(store: FalkorDBStore):
    """The store, after a write, with its server stopped by SIGSTOP (a stand-in for FalkorDB's
    deadlock), and the stopped server's pid; the server goes on (if still there) and the store
    closes after."""
    pid = store._server.pid
    try:
        store.write("CREATE (:Entity {key: 'a'})")
        os.kill(pid, signal.SIGSTOP)
        yield store, pid
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGCONT)
        store.close()
