"""The embedded store: FalkorDB in kg's own private server (kg.store.falkordb_server)."""

from __future__ import annotations

import contextlib
import os
import signal
import time
from pathlib import Path

from kg.resources import schema_dir
from kg.store import StoreError, split_statements
from kg.store import falkordb_server

GRAPH_NAME = "kg"
PACE_EVERY = 30.0  # seconds between looks at how long the server's snapshots take
# How long a statement may go unanswered. FalkorDB's engine can deadlock (all of its threads
# waiting, no CPU used: FalkorDB/FalkorDB#2129, seen once in kg's CI), and a client with no
# timeout would wait for ever; kg's statements take seconds even on big graphs.
QUERY_TIMEOUT = float(os.environ.get("KG_SERVER_QUERY_TIMEOUT", "900"))
# The deadlock came twice in kg's CI, both times inside setup_schema's index statements, which
# answer in well under a second on any graph kg builds: past this, kg replaces its server and
# runs the statement once more (they are idempotent).
SCHEMA_TIMEOUT = float(os.environ.get("KG_SERVER_SCHEMA_TIMEOUT", "120"))


def cypher_literal(value) -> str:
    """`value` as Cypher literal text, for the parameter header FalkorDB takes in place of
    bound parameters. Equivalent to the falkordb client's `stringify_param_value` (strings
    quoted with backslash and quote escaped, map keys in backticks), written for the
    writers' rows: types are told apart by identity and each distinct set of map keys is
    formatted once, which takes the encoding of a build's rows from about 119 to 74 µs per
    paper of the build command's CPU."""
    kind = type(value)
    if kind is str:
        if '"' in value or "\\" in value:
            value = value.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{value}"'
    if kind is dict:
        keys = _key_prefixes(tuple(value))
        return "{" + ",".join([k + cypher_literal(v) for k, v in zip(keys, value.values())]) + "}"
    if kind is list or kind is tuple:
        return "[" + ",".join(map(cypher_literal, value)) + "]"
    if value is None:
        return "null"
    if kind is bool:
        return "true" if value else "false"
    if isinstance(value, bytes):
        return cypher_literal(value.decode())
    if isinstance(value, dict):
        return cypher_literal(dict(value))
    if isinstance(value, (list, tuple)):
        return cypher_literal(list(value))
    if isinstance(value, str):
        return cypher_literal(str.__str__(value))
    return str(value)


_KEY_PREFIXES: dict[tuple, list[str]] = {}


def _key_prefixes(keys: tuple) -> list[str]:
    """Each key as it opens its map entry ("`name`:"), checked and formatted once per key set."""
    prefixes = _KEY_PREFIXES.get(keys)
    if prefixes is not None:
        return prefixes
    names = [k.decode() if isinstance(k, bytes) else str(k) for k in keys]
    for name in names:
        if not name or "`" in name:  # FalkorDB's parser has no escape for either
            raise ValueError(f"a Cypher map key must be non-empty and hold no backtick: {name!r}")
    prefixes = [f"`{name}`:" for name in names]
    if len(_KEY_PREFIXES) < 10_000:  # rows repeat a few key sets; arbitrary maps need not be kept
        _KEY_PREFIXES[keys] = prefixes
    return prefixes


def with_parameters(statement: str, params: dict | None) -> str:
    """The statement preceded by FalkorDB's parameter header (`CYPHER name=value …`)."""
    if not params:
        return statement
    # a parameter is named as a map key is, with "=" in place of the key's ":"
    return "CYPHER " + "".join(f"{prefix[:-1]}={cypher_literal(value)} "
                               for prefix, value in zip(_key_prefixes(tuple(params)), params.values())) + statement


def _plain(value):
    """FalkorDB returns nodes, edges and OrderedDicts; rows must be plain data."""
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if hasattr(value, "properties") and hasattr(value, "labels"):  # Node
        return dict(value.properties)
    if hasattr(value, "properties") and hasattr(value, "relation"):  # Edge
        return dict(value.properties)
    return value


class FalkorDBStore:
    """A graph in the data dir's embedded FalkorDB server, joined or started on open."""

    name = "embedded"

    def __init__(self, data_dir: str | Path, graph: str = GRAPH_NAME, query_timeout: float = QUERY_TIMEOUT,
                 schema_timeout: float = SCHEMA_TIMEOUT):
        self.data_dir = Path(data_dir).resolve()
        self.location = str(self.data_dir)
        try:
            self._server = falkordb_server.acquire(self.data_dir)
        except falkordb_server.ServerError as exc:
            raise StoreError(str(exc)) from exc
        self.query_timeout = query_timeout
        self.schema_timeout = schema_timeout
        self._graph_name = graph
        self._connect()
        self._paced_at: float | None = None

    def _connect(self) -> None:
        from falkordb import FalkorDB

        self._db = FalkorDB(unix_socket_path=str(self._server.socket_path), socket_timeout=self.query_timeout)
        self._graph = self._db.select_graph(self._graph_name)

    def _replace_server(self) -> None:
        """Kill a server that left a statement unanswered (deadlocked) and start another on the
        same data dir; what it wrote since its last snapshot is lost, which a build redoes."""
        pid = self._server.pid
        self._close_client(self._db)
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        falkordb_server.wait_gone(pid, 10)
        falkordb_server.release(self._server)
        try:
            self._server = falkordb_server.acquire(self.data_dir)
        except falkordb_server.ServerError as exc:
            raise StoreError(str(exc)) from exc
        self._connect()

    def _unanswered(self, exc: Exception, timeout: float | None = None,
                    setting: str = "KG_SERVER_QUERY_TIMEOUT") -> StoreError | None:
        """The error to raise when the server left a statement unanswered past the timeout
        (the query timeout unless another is named)."""
        from redis.exceptions import TimeoutError as SocketTimeout

        if not isinstance(exc, SocketTimeout):
            return None
        return StoreError(
            f"embedded store ({self.location}): the server (pid {self._server.pid}) did not answer within "
            f"{timeout or self.query_timeout:g} s ({setting}). If that process uses no CPU, FalkorDB has "
            f"deadlocked: kill it (kill -9 {self._server.pid}) and run the command again; a build redoes "
            "what it wrote since the server's last snapshot")

    def _run(self, fn, statement: str, params: dict | None) -> list[dict]:
        try:
            result = fn(with_parameters(statement, params))
        except Exception as exc:  # the client raises redis' ResponseError and friends
            raise self._unanswered(exc) or StoreError(f"embedded store ({self.location}): {exc}") from exc
        header = [h[1] if isinstance(h, (list, tuple)) else h for h in (result.header or [])]
        return [dict(zip(header, (_plain(v) for v in row))) for row in result.result_set]

    def write(self, statement: str, params: dict | None = None) -> list[dict]:
        return self._run(self._paced_query, statement, params)

    def _paced_query(self, query: str):
        """A write; first, at most every PACE_EVERY seconds, the server's snapshot pace is
        set from how long its last snapshot took (falkordb_server.pace_snapshots)."""
        now = time.monotonic()
        if self._paced_at is None or now - self._paced_at >= PACE_EVERY:
            self._paced_at = now
            falkordb_server.pace_snapshots(self._db.connection)
        return self._graph.query(query)

    def read(self, statement: str, params: dict | None = None) -> list[dict]:
        try:
            return self._run(self._graph.ro_query, statement, params)
        except StoreError as exc:
            if "empty key" not in str(exc):
                raise
            # A graph nothing was written to yet does not exist for FalkorDB, which refuses
            # reads on it: create it empty (a read-only statement) and ask again.
            self._graph.query("RETURN 0")
            return self._run(self._graph.ro_query, statement, params)

    def setup_schema(self) -> None:
        """Apply schema/falkordb.cypher. A statement unanswered within schema_timeout (FalkorDB's
        deadlock) replaces the server and runs again, once."""
        from falkordb import FalkorDB
        from redis.exceptions import TimeoutError as SocketTimeout

        timeout = min(self.schema_timeout, self.query_timeout)
        schema = None  # a client of the current server that waits `timeout` at most
        replaced = False
        try:
            for statement in split_statements((schema_dir() / "falkordb.cypher").read_text()):
                while True:
                    try:
                        if schema is None:  # (its constructor asks the server something too)
                            schema = FalkorDB(unix_socket_path=str(self._server.socket_path), socket_timeout=timeout)
                        schema.select_graph(self._graph_name).query(statement)
                        break
                    except SocketTimeout as exc:
                        if replaced:
                            raise self._unanswered(exc, timeout, "KG_SERVER_SCHEMA_TIMEOUT") from exc
                        replaced = True
                        self._close_client(schema)
                        schema = None
                        self._replace_server()
                    except Exception as exc:
                        if "already indexed" in str(exc):
                            break
                        raise StoreError(f"embedded store: schema statement failed: {statement}: {exc}") from exc
        finally:
            self._close_client(schema)

    @staticmethod
    def _close_client(client) -> None:
        if client is not None:
            with contextlib.suppress(Exception):
                client.connection.close()

    def close(self) -> None:
        if self._server is not None:
            self._close_client(self._db)
            falkordb_server.release(self._server)
            self._server = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
