"""A real Neo4j 5.26 LTS community server without Docker, built from Maven Central jars.

The Java side lives in ``tools/neo4j-local`` (a pom plus a small launcher class around Neo4j's
own ``CommunityBootstrapper``); this module builds it with Maven, starts it detached, finds it
again, stops it, and runs ``neo4j-admin database import full`` against its data directory.

Command line::

    python -m kg.neo4j_local up [--home DIR] [--bolt-port N] [--http-port N] [--password PW]
    python -m kg.neo4j_local status
    python -m kg.neo4j_local down
    python -m kg.neo4j_local import --nodes Person=nodes.csv --relationships rels.csv

``up`` prints ``NEO4J_URI=…``, ``NEO4J_USER=…``, ``NEO4J_PASSWORD=…``, ``NEO4J_BROWSER=…``
(one per line, ready for ``eval``/``.env``).

Environment: ``KG_NEO4J_HOME`` (default home ``~/.cache/kg/neo4j-local``),
``KG_NEO4J_TEST_HOME`` (home used by :func:`find_neo4j`, default ``~/.cache/kg/neo4j-test``, kept
apart because tests wipe the graph), ``KG_NEO4J_HEAP`` (Java heap, default ``1g``),
``KG_NEO4J_PAGECACHE`` (Neo4j page cache, default ``128m``),
``KG_NEO4J_KEEP=1`` (a server that :func:`find_neo4j` started is left running at exit),
``KG_NEO4J_LOCAL=0`` (:func:`find_neo4j` never starts the Maven server), ``KG_NEO4J_JAVA_OPTS``
(extra JVM flags for the server), ``JAVA_HOME``/``MVN``.
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import fcntl
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kg.processes import pid_alive
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
TOOL_DIR = ROOT / "tools" / "neo4j-local"
TARGET = TOOL_DIR / "target"
ARGFILE = TARGET / "launcher.args"
MAIN_CLASS = "kg.neo4jlocal.Launcher"
DOCKER_IMAGE = "neo4j:5.26-community"
USER = "neo4j"
STATE_FILE = "state.json"
PASSWORD_FILE = "password"
LOG_FILE = "neo4j.log"

_children: dict[int, subprocess.Popen] = {}  # servers this process started (to reap them)


class Neo4jLocalError(RuntimeError):
    """The local server could not be built, started or used; the message says why."""


@dataclass
class Neo4jServer:
    """Where a Neo4j server answers and how to log in.

    ``source`` is ``"local"`` (the Maven-built server, ``pid``/``home`` set), ``"docker"``
    (testcontainers; ``container`` holds the container object that must stay referenced) or
    ``"env"`` (``NEO4J_URI``). :meth:`stop` stops what this process started.
    """

    uri: str
    user: str
    password: str
    http_url: str | None = None
    pid: int | None = None
    home: Path | None = None
    source: str = "local"
    container: Any = field(default=None, repr=False)
    _stop_hook: Callable[[], None] | None = field(default=None, repr=False)

    @property
    def browser_url(self) -> str | None:
        """Neo4j Browser served by the server (``None`` when the HTTP address is unknown)."""
        return f"{self.http_url}/browser/" if self.http_url else None

    def driver(self, **kwargs: Any):
        """A ``neo4j`` driver for this server (close it, or use it as a context manager)."""
        from neo4j import GraphDatabase

        return GraphDatabase.driver(self.uri, auth=(self.user, self.password), **kwargs)

    def stop(self) -> None:
        """Stop the container / local server behind this object (no-op for ``source="env"``)."""
        if self._stop_hook is not None:
            hook, self._stop_hook = self._stop_hook, None
            hook()


# --------------------------------------------------------------------------- build


def _java() -> str:
    java_home = os.environ.get("JAVA_HOME")
    if java_home and (Path(java_home) / "bin" / "java").exists():
        return str(Path(java_home) / "bin" / "java")
    java = shutil.which("java")
    if not java:
        raise Neo4jLocalError("no `java` on PATH (Neo4j 5.26 needs Java 17 or 21; e.g. apt-get install openjdk-17-jre-headless)")
    return java


def _mvn() -> str:
    mvn = os.environ.get("MVN") or shutil.which("mvn")
    if not mvn:
        raise Neo4jLocalError("no `mvn` on PATH (apt-get install maven), needed once to fetch Neo4j's jars from Maven Central")
    return mvn


def _argfile_up_to_date() -> bool:
    if not ARGFILE.exists():
        return False
    built = ARGFILE.stat().st_mtime
    sources = [TOOL_DIR / "pom.xml", *sorted((TOOL_DIR / "src").rglob("*.java"))]
    if any(p.stat().st_mtime > built for p in sources):
        return False
    cp_file = TARGET / "classpath.txt"
    if not cp_file.exists():
        return False
    # a fresh ~/.m2 (or a cleaned one) means the jars must be fetched again
    return all(Path(p).exists() for p in cp_file.read_text().strip().split(os.pathsep) if p)


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def build(force: bool = False, quiet: bool = True) -> Path:
    """Build the launcher with Maven once and return its Java argument file.

    Runs ``mvn -B -DskipTests package`` in ``tools/neo4j-local`` (Neo4j 5.26 jars come from
    Maven Central into ``~/.m2``), then writes ``target/launcher.args`` holding ``-cp …``.
    Skipped while that file is newer than the pom and the Java sources and every jar it names
    still exists. Run the launcher as ``java @<returned path> kg.neo4jlocal.Launcher serve …``.
    Safe to call from several processes at once (a file lock serialises the build).
    """
    if not (TOOL_DIR / "pom.xml").exists():
        raise Neo4jLocalError(f"{TOOL_DIR / 'pom.xml'} is missing (tools/ is not shipped in the wheel; use a source checkout)")
    TARGET.mkdir(parents=True, exist_ok=True)
    with _locked(TARGET / ".build.lock"):
        if not force and _argfile_up_to_date():
            return ARGFILE
        cmd = [_mvn(), "-B", "-DskipTests", "package"]
        if quiet:
            cmd.insert(2, "-q")
        proc = subprocess.run(cmd, cwd=TOOL_DIR, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        if proc.returncode != 0:
            tail = "\n".join(proc.stdout.splitlines()[-40:])
            raise Neo4jLocalError(f"maven build of {TOOL_DIR} failed (exit {proc.returncode}):\n{tail}")
        cp = (TARGET / "classpath.txt").read_text().strip()
        entries = [str(TARGET / "classes"), *[p for p in cp.split(os.pathsep) if p]]
        quoted = os.pathsep.join(entries).replace("\\", "\\\\").replace('"', '\\"')
        ARGFILE.write_text(f'-cp "{quoted}"\n')
        return ARGFILE


# --------------------------------------------------------------------------- helpers


def default_home() -> Path:
    """``$KG_NEO4J_HOME`` or ``~/.cache/kg/neo4j-local``."""
    env = os.environ.get("KG_NEO4J_HOME")
    return Path(env).expanduser() if env else Path.home() / ".cache" / "kg" / "neo4j-local"


def local_test_home() -> Path:
    """The home of the server :func:`find_neo4j` starts or reuses: ``$KG_NEO4J_TEST_HOME`` or
    ``~/.cache/kg/neo4j-test``."""
    return _home(os.environ.get("KG_NEO4J_TEST_HOME") or Path.home() / ".cache" / "kg" / "neo4j-test")


def _home(home: Path | str | None) -> Path:
    return (Path(home).expanduser() if home else default_home()).resolve()


def _write_private(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(text)
    os.chmod(path, 0o600)


def _free_port(avoid: frozenset[int] | set[int] = frozenset()) -> int:
    while True:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        if port not in avoid:
            return port


def _alive(pid: int | None) -> bool:
    if not pid:
        return False
    child = _children.get(pid)
    if child is not None and child.poll() is not None:
        return False
    return pid_alive(pid)


def _is_our_launcher(pid: int, home: Path) -> bool:
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return True  # no /proc: trust the pid
    args = [a.decode(errors="replace") for a in cmdline]
    return MAIN_CLASS in args and str(home) in args


def _bolt_answers(uri: str, user: str, password: str, timeout: float = 5.0) -> bool:
    from neo4j import GraphDatabase

    try:
        with GraphDatabase.driver(uri, auth=(user, password), connection_timeout=timeout) as drv:
            drv.verify_connectivity()
        return True
    except Exception:
        return False


def _log_tail(path: Path, lines: int = 40, start: int = 0) -> str:
    try:
        with open(path, "rb") as fh:
            fh.seek(start)
            text = fh.read().decode(errors="replace")
    except OSError:
        return "(no log)"
    return "\n".join(text.splitlines()[-lines:])


def _read_state(home: Path) -> dict | None:
    try:
        return json.loads((home / STATE_FILE).read_text())
    except (OSError, ValueError):
        return None


def _server_from_state(home: Path, state: dict) -> Neo4jServer:
    return Neo4jServer(
        uri=f"bolt://127.0.0.1:{state['bolt_port']}",
        http_url=f"http://127.0.0.1:{state['http_port']}",
        user=USER,
        password=state["password"],
        pid=state["pid"],
        home=home,
        source="local",
        _stop_hook=lambda: stop(home),
    )


def _db_exists(home: Path) -> bool:
    return (home / "data" / "databases" / "system").exists()


def _password_for(home: Path, password: str | None) -> str:
    pw_file = home / PASSWORD_FILE
    stored = pw_file.read_text().strip() if pw_file.exists() else None
    if password is not None:
        if len(password) < 8:
            raise Neo4jLocalError("Neo4j needs a password of at least 8 characters")
        if stored and stored != password and _db_exists(home):
            raise Neo4jLocalError(
                f"{home} already holds a database whose neo4j password is the one in {pw_file}; "
                "pass that one (or none), or use another home"
            )
        if stored != password:
            _write_private(pw_file, password + "\n")
        return password
    if stored:
        return stored
    if _db_exists(home):
        raise Neo4jLocalError(f"{home} holds a database but no {PASSWORD_FILE} file: pass password=")
    password = _new_password()
    _write_private(pw_file, password + "\n")
    return password


# --------------------------------------------------------------------------- start / stop / status


def status(home: Path | str | None = None) -> Neo4jServer | None:
    """The server recorded in ``home``'s state file if its process lives and Bolt answers, else None."""
    home = _home(home)
    state = _read_state(home)
    if not state or not _alive(state.get("pid")):
        return None
    server = _server_from_state(home, state)
    return server if _bolt_answers(server.uri, server.user, server.password) else None


def start(
    home: Path | str | None = None,
    password: str | None = None,
    bolt_port: int | None = None,
    http_port: int | None = None,
    timeout: float = 180,
) -> Neo4jServer:
    """Start (or reuse) the local Neo4j 5.26 server whose files live in ``home``.

    ``home`` defaults to :func:`default_home`. The password defaults to a random one kept in
    ``home/password`` (mode 0600) so restarts reuse it; the user is ``neo4j``. Ports default to
    free ones. A server already recorded in ``home/state.json`` that is alive and answers Bolt
    is returned as is. Otherwise the launcher is built if needed (:func:`build`), started
    detached (own session), logging to ``home/neo4j.log``, and this waits until
    ``driver.verify_connectivity()`` succeeds, raising :class:`Neo4jLocalError` with the log
    tail if the process dies or ``timeout`` seconds pass.
    """
    home = _home(home)
    home.mkdir(parents=True, exist_ok=True)
    with _locked(home / ".start.lock"):
        state = _read_state(home)
        if state and _alive(state.get("pid")) and _is_our_launcher(state["pid"], home):
            server = _server_from_state(home, state)
            if password is not None and password != server.password:
                raise Neo4jLocalError(f"a server is already running in {home} with another password; stop it first")
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline and _alive(server.pid):
                if _bolt_answers(server.uri, server.user, server.password):
                    return server
                time.sleep(1)
            raise Neo4jLocalError(
                f"the server recorded in {home / STATE_FILE} (pid {server.pid}) does not answer Bolt; "
                f"run `python -m kg.neo4j_local down --home {home}`. Log tail:\n{_log_tail(home / LOG_FILE)}"
            )
        (home / STATE_FILE).unlink(missing_ok=True)

        password = _password_for(home, password)
        argfile = build()
        bolt = bolt_port or _free_port()
        http = http_port or _free_port({bolt})
        heap = os.environ.get("KG_NEO4J_HEAP", "1g")
        cmd = [
            _java(),
            f"-Xmx{heap}",
            "-XX:+ExitOnOutOfMemoryError",
            "-XX:+UseG1GC",
            "-Dfile.encoding=UTF-8",
            *os.environ.get("KG_NEO4J_JAVA_OPTS", "").split(),
            f"@{argfile}",
            MAIN_CLASS,
            "serve",
            "--home",
            str(home),
            "--bolt-port",
            str(bolt),
            "--http-port",
            str(http),
            "--pagecache",
            os.environ.get("KG_NEO4J_PAGECACHE", "128m"),
        ]
        log_path = home / LOG_FILE
        log_start = log_path.stat().st_size if log_path.exists() else 0
        env = {**os.environ, "KG_NEO4J_PASSWORD": password}  # not on the command line (ps)
        t0 = time.monotonic()
        with open(log_path, "ab") as log:
            proc = subprocess.Popen(
                cmd, cwd=home, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                env=env, start_new_session=True,
            )
        _children[proc.pid] = proc
        state = {
            "pid": proc.pid,
            "bolt_port": bolt,
            "http_port": http,
            "password": password,
            "user": USER,
            "home": str(home),
            "started_at": time.time(),
        }
        _write_private(home / STATE_FILE, json.dumps(state, indent=2) + "\n")
        server = _server_from_state(home, state)

        deadline = t0 + timeout
        while True:
            if proc.poll() is not None:
                (home / STATE_FILE).unlink(missing_ok=True)
                raise Neo4jLocalError(
                    f"neo4j exited with code {proc.returncode} while starting; {log_path} says:\n"
                    f"{_log_tail(log_path, start=log_start)}"
                )
            if "READY " in _log_tail(log_path, lines=400, start=log_start) and _bolt_answers(
                server.uri, server.user, server.password
            ):
                state["start_seconds"] = round(time.monotonic() - t0, 2)
                _write_private(home / STATE_FILE, json.dumps(state, indent=2) + "\n")
                return server
            if time.monotonic() > deadline:
                tail = _log_tail(log_path, start=log_start)
                _terminate(proc.pid)
                (home / STATE_FILE).unlink(missing_ok=True)
                raise Neo4jLocalError(f"neo4j did not answer Bolt on {server.uri} within {timeout:.0f}s; log tail:\n{tail}")
            time.sleep(0.5)


def _terminate(pid: int, grace: float = 90) -> None:
    """SIGTERM, wait up to ``grace`` seconds (Neo4j checkpoints on the way down), then SIGKILL."""
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline:
        if not _alive(pid):
            break
        time.sleep(0.2)
    else:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        for _ in range(50):
            if not _alive(pid):
                break
            time.sleep(0.1)
    child = _children.pop(pid, None)
    if child is not None:
        with contextlib.suppress(Exception):
            child.wait(timeout=5)


def stop(home: Path | str | None = None) -> bool:
    """Stop the server recorded in ``home`` (SIGTERM, wait, SIGKILL) and remove the state file.

    Returns True if a live server was stopped.
    """
    home = _home(home)
    state = _read_state(home)
    stopped = False
    if state and _alive(state.get("pid")) and _is_our_launcher(state["pid"], home):
        _terminate(state["pid"])
        stopped = True
    (home / STATE_FILE).unlink(missing_ok=True)
    return stopped


# --------------------------------------------------------------------------- find_neo4j


def _docker_answers(timeout: float = 5.0) -> tuple[bool, str]:
    docker = shutil.which("docker")
    if not docker:
        return False, "no docker client"
    try:
        proc = subprocess.run([docker, "info"], capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return False, f"`docker info` did not answer in {timeout:.0f}s"
    if proc.returncode != 0:
        first = (proc.stderr or proc.stdout).strip().splitlines()
        return False, f"`docker info` failed: {first[-1] if first else proc.returncode}"
    return True, "docker engine answers"


def _new_password() -> str:
    """A random password that does not open with "-": neo4j-admin, which the Docker image
    runs with the password as an argument, would take it for an option."""
    return "kg" + secrets.token_urlsafe(18)


def _from_docker() -> Neo4jServer:
    try:  # testcontainers >= 4.10 moved it; the old path still works but warns
        from testcontainers.community.neo4j import Neo4jContainer
    except ImportError:
        from testcontainers.neo4j import Neo4jContainer

    password = _new_password()
    container = Neo4jContainer(DOCKER_IMAGE, password=password).with_exposed_ports(7474)
    container.start()
    http = f"http://{container.get_container_host_ip()}:{container.get_exposed_port(7474)}"

    def _stop() -> None:
        with contextlib.suppress(Exception):
            container.stop()

    atexit.register(_stop)
    return Neo4jServer(
        uri=container.get_connection_url(), user=container.username, password=password, http_url=http,
        source="docker", container=container, _stop_hook=_stop,
    )


def find_neo4j() -> tuple[Neo4jServer | None, str]:
    """Find or start a Neo4j for tests: ``(server, how)`` or ``(None, why not)``.

    Order: (a) ``NEO4J_URI`` set → that server, with ``NEO4J_USER`` (default ``neo4j``) and
    ``NEO4J_PASSWORD``; (b) a Docker engine answers → testcontainers ``neo4j:5.26-community``
    (stopped at exit); (c) the Maven-built local server via :func:`start` in
    ``$KG_NEO4J_TEST_HOME`` (default ``~/.cache/kg/neo4j-test``; stopped at exit if started here,
    unless ``KG_NEO4J_KEEP=1``; skipped when ``KG_NEO4J_LOCAL=0``); (d) none → ``(None, reason)``.
    """
    uri = os.environ.get("NEO4J_URI")
    if uri:
        server = Neo4jServer(
            uri=uri, user=os.environ.get("NEO4J_USER", USER), password=os.environ.get("NEO4J_PASSWORD", ""),
            source="env",
        )
        return server, f"NEO4J_URI={uri}"

    tried: list[str] = ["NEO4J_URI is not set"]
    ok, why = _docker_answers()
    if ok:
        try:
            return _from_docker(), f"testcontainers {DOCKER_IMAGE}"
        except Exception as exc:  # fall through to the local server
            tried.append(f"docker answers but testcontainers {DOCKER_IMAGE} failed: {type(exc).__name__}: {exc}")
    else:
        tried.append(f"no Docker engine ({why})")

    if os.environ.get("KG_NEO4J_LOCAL", "1") == "0":
        tried.append("the Maven-built local server is disabled (KG_NEO4J_LOCAL=0)")
    else:
        home = local_test_home()
        try:
            running = status(home)
            server = running or start(home)
            if running is None and os.environ.get("KG_NEO4J_KEEP") != "1":
                atexit.register(server.stop)
            how = "reused" if running else "started"
            return server, f"{how} the Maven-built local Neo4j 5.26 in {home} ({server.uri})"
        except Exception as exc:
            tried.append(f"the Maven-built local server failed: {type(exc).__name__}: {exc}")

    reason = (
        "no Neo4j found. Tried: " + "; ".join(tried) + ". Fix one of: export NEO4J_URI/NEO4J_USER/"
        "NEO4J_PASSWORD for a running server; start a Docker engine (testcontainers runs "
        f"{DOCKER_IMAGE}); or install Java 17+ and Maven so `python -m kg.neo4j_local up` can build "
        "and start Neo4j from Maven Central jars."
    )
    return None, reason


# --------------------------------------------------------------------------- neo4j-admin import


def _files_arg(item: Path | str | Sequence[Path | str]) -> str:
    """One --nodes/--relationships value: a path, "Label=a.csv,b.csv" as is, or [header, data...]."""
    if isinstance(item, (str, Path)):
        return str(item)
    return ",".join(str(Path(p).resolve()) for p in item)


def admin(home: Path | str | None, *args: str, timeout: float = 1800) -> str:
    """Run ``neo4j-admin ARGS`` (org.neo4j.cli.AdminTool) against ``home``; return its output.

    Raises :class:`Neo4jLocalError` with the output tail on a non-zero exit.
    """
    home = _home(home)
    home.mkdir(parents=True, exist_ok=True)
    heap = os.environ.get("KG_NEO4J_HEAP", "1g")
    cmd = [_java(), f"-Xmx{heap}", "-XX:+UseG1GC", f"@{build()}", MAIN_CLASS, "admin", "--home", str(home), *args]
    proc = subprocess.run(cmd, cwd=home, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=timeout)
    if proc.returncode != 0:
        tail = "\n".join(proc.stdout.splitlines()[-40:])
        raise Neo4jLocalError(f"neo4j-admin {' '.join(args[:3])} failed (exit {proc.returncode}):\n{tail}")
    return proc.stdout


def admin_import(
    nodes: Sequence[Path | str | Sequence[Path | str]],
    relationships: Sequence[Path | str | Sequence[Path | str]] = (),
    home: Path | str | None = None,
    database: str = "neo4j",
    overwrite: bool = True,
    extra_args: Sequence[str] = (),
    timeout: float = 1800,
) -> str:
    """``neo4j-admin database import full`` of CSV files into ``database`` of a stopped local server.

    Each entry of ``nodes``/``relationships`` is a CSV path, a list ``[header.csv, data.csv, …]``
    (header file first, joined with commas as neo4j-admin expects), or a raw neo4j-admin value
    such as ``"Person=header.csv,data.csv"``. ``home`` may be a fresh directory: afterwards
    :func:`start` creates the system database (with the password) and serves the imported graph.
    The community edition serves one user database, ``neo4j``, so keep the default ``database``.
    ``overwrite`` replaces an existing database of that name. Refuses while the server in ``home``
    runs (the store must not be open). Returns neo4j-admin's output (``IMPORT DONE …``).
    """
    home = _home(home)
    state = _read_state(home)
    if state and _alive(state.get("pid")):
        raise Neo4jLocalError(f"the server in {home} is running (pid {state['pid']}); stop() it before importing")
    args = ["database", "import", "full"]
    args += [f"--nodes={_files_arg(n)}" for n in nodes]
    args += [f"--relationships={_files_arg(r)}" for r in relationships]
    if overwrite:
        args.append("--overwrite-destination=true")
    args += [*extra_args, database]
    return admin(home, *args, timeout=timeout)


# --------------------------------------------------------------------------- CLI


def main(argv: Sequence[str] | None = None) -> int:
    """``up`` / ``down`` / ``status`` / ``import`` for the local server (see the module docstring)."""
    parser = argparse.ArgumentParser(prog="python -m kg.neo4j_local", description="A local Neo4j 5.26 from Maven Central jars.")
    parser.add_argument("--home", type=Path, default=None, help="server directory (default $KG_NEO4J_HOME or ~/.cache/kg/neo4j-local)")
    sub = parser.add_subparsers(dest="cmd", required=True)
    up = sub.add_parser("up", help="build if needed, start (or reuse) and print NEO4J_* lines")
    up.add_argument("--bolt-port", type=int, default=None)
    up.add_argument("--http-port", type=int, default=None)
    up.add_argument("--password", default=None)
    up.add_argument("--timeout", type=float, default=180)
    sub.add_parser("down", help="stop the server")
    sub.add_parser("status", help="print the NEO4J_* lines if it runs (exit 1 if not)")
    sub.add_parser("build", help="only build the launcher")
    imp = sub.add_parser("import", help="neo4j-admin database import full (server must be down)")
    imp.add_argument("--nodes", action="append", default=[], help="CSV, or Label=header.csv,data.csv (repeatable)")
    imp.add_argument("--relationships", action="append", default=[], help="CSV, or TYPE=header.csv,data.csv (repeatable)")
    imp.add_argument("--database", default="neo4j")
    args = parser.parse_args(argv)

    def _print(server: Neo4jServer) -> None:
        print(f"NEO4J_URI={server.uri}")
        print(f"NEO4J_USER={server.user}")
        print(f"NEO4J_PASSWORD={server.password}")
        print(f"NEO4J_BROWSER={server.browser_url}")

    try:
        if args.cmd == "up":
            _print(start(args.home, password=args.password, bolt_port=args.bolt_port, http_port=args.http_port, timeout=args.timeout))
        elif args.cmd == "down":
            print("stopped" if stop(args.home) else "not running", file=sys.stderr)
        elif args.cmd == "status":
            server = status(args.home)
            if server is None:
                print("not running", file=sys.stderr)
                return 1
            _print(server)
        elif args.cmd == "build":
            print(build())
        elif args.cmd == "import":
            print(admin_import(args.nodes, args.relationships, home=args.home, database=args.database))
    except Neo4jLocalError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
