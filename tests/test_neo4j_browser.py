"""End to end in the real Neo4j Browser: a library query run the way its file tells Browser users.

The bundled samples are built into Neo4j; then `tools/browser-e2e/run.mjs` (playwright-core driving
the system chromium, no browser download) opens the Browser the server serves, logs in, runs the
`:param` lines of `queries/methods-evaluated-on.cypher` one by one, then its query, and checks that
the table's first row is the one the Python driver returns for the same parameters. A screenshot
goes to `test-artifacts/neo4j-browser.png` (also on failure).

Skips loudly when node/npm or chromium is missing, or when the server's Browser address is unknown
(a `NEO4J_URI` server without `NEO4J_BROWSER`); under CI (CI=true) or KG_REQUIRE_NEO4J=1 those
fail instead.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import skip_or_fail

ROOT = Path(__file__).resolve().parent.parent
E2E = ROOT / "tools" / "browser-e2e"
QUERY_FILE = ROOT / "queries" / "methods-evaluated-on.cypher"
SCREENSHOT = ROOT / "test-artifacts" / "neo4j-browser.png"
# the columns compared with the driver's first row (evidence is long free text, left out)
CHECKED_COLUMNS = ("method", "type", "dataset", "papers")
_PARAM = re.compile(r"^:param\s+`?(\w+)`?\s*=>\s*(.+?)\s*;?\s*$")

pytestmark = pytest.mark.neo4j


def _skip_or_fail(reason: str) -> None:
    skip_or_fail(f"NEO4J BROWSER E2E NOT RUN: {reason}")


def _chromium() -> str | None:
    path = os.environ.get("KG_CHROMIUM") or "/usr/bin/chromium"
    return path if os.access(path, os.X_OK) else shutil.which("chromium")


def _browser_parts(text: str) -> tuple[list[str], str]:
    """(the `:param` lines of the header, the query after the header) of a library file."""
    lines = text.splitlines()
    end = next(i for i, line in enumerate(lines) if line.strip() and not line.lstrip().startswith("//"))
    params = [m.group(1) for line in lines[:end] if (m := re.match(r"^//\s*(:param\s.*?)\s*$", line))]
    return params, "\n".join(lines[end:]).strip()


def _ensure_node_modules(npm: str) -> None:
    if (E2E / "node_modules" / "playwright-core" / "package.json").exists():
        return
    proc = subprocess.run(
        [npm, "ci", "--prefix", str(E2E), "--no-audit", "--no-fund"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=600,
    )
    if proc.returncode != 0:
        pytest.fail(f"`npm ci --prefix tools/browser-e2e` failed (exit {proc.returncode}):\n{proc.stdout[-3000:]}")


def test_library_query_in_neo4j_browser(neo4j_server, neo4j_store, sample_papers):
    node, npm, chromium = shutil.which("node"), shutil.which("npm"), _chromium()
    missing = [what for what, found in (("node", node), ("npm", npm), ("chromium", chromium)) if not found]
    if missing:
        _skip_or_fail(f"{' and '.join(missing)} not found (apt-get install nodejs npm chromium; "
                      "or set KG_CHROMIUM to a chromium binary)")
    browser_url = neo4j_server.browser_url or os.environ.get("NEO4J_BROWSER")
    if not browser_url:
        _skip_or_fail(f"the Neo4j Browser address of {neo4j_server.uri} is unknown; set NEO4J_BROWSER "
                      "(printed by `python -m kg.neo4j_local up`) next to NEO4J_URI")
    _ensure_node_modules(npm)

    from kg.pipeline import build

    build(sample_papers, neo4j_store, workers=1)

    param_lines, query = _browser_parts(QUERY_FILE.read_text())
    assert param_lines and query.startswith("MATCH"), (param_lines, query[:80])
    # what the Browser does with `:param name => expr`: evaluate expr on the server
    params = {}
    for line in param_lines:
        m = _PARAM.match(line)
        assert m, f"unexpected :param line in {QUERY_FILE.name}: {line}"
        params[m.group(1)] = neo4j_store.read(f"RETURN {m.group(2)} AS value")[0]["value"]
    rows = neo4j_store.read(query, params)
    assert rows, f"{QUERY_FILE.name} returns nothing on the samples with {params}"
    expected = {column: rows[0][column] for column in CHECKED_COLUMNS}

    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    SCREENSHOT.unlink(missing_ok=True)
    spec = {
        "browserUrl": browser_url,
        "connectUrl": neo4j_server.uri,
        "commands": [*param_lines, query],
        "expectParams": params,
        "expectFirstRow": expected,
        "screenshot": str(SCREENSHOT),
        "timeoutMs": 180_000,
    }
    env = {
        **os.environ,
        "KG_NEO4J_USER": neo4j_server.user,
        "KG_NEO4J_PASSWORD": neo4j_server.password,
        "KG_CHROMIUM": chromium,
    }
    try:
        proc = subprocess.run(
            [node, str(E2E / "run.mjs")], input=json.dumps(spec), cwd=ROOT, env=env,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=900,
        )
    except subprocess.TimeoutExpired as exc:
        pytest.fail(f"tools/browser-e2e/run.mjs did not finish in {exc.timeout}s:\n{exc.stdout or ''}\n{exc.stderr or ''}")
    report = f"--- run.mjs stdout\n{proc.stdout}\n--- run.mjs stderr\n{proc.stderr}"
    assert proc.returncode == 0, f"Neo4j Browser check failed (exit {proc.returncode}; screenshot {SCREENSHOT}):\n{report}"
    assert "browser-e2e: OK" in proc.stdout, report
    assert SCREENSHOT.stat().st_size > 10_000, f"screenshot {SCREENSHOT} is missing or blank\n{report}"
