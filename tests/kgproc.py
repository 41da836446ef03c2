"""Helpers for the end-to-end tests that run `kg` as a real subprocess (crash safety,
concurrency, outages, bad input): a synthetic corpus, running and killing `kg`, and
reading a whole graph back for comparison."""

from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_SCRIPT = Path(sys.executable).parent / "kg"
KG = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-c", "from kg.cli import main; main()"]
SAMPLES = ROOT / "samples"


_FROZEN: list[Path] = []


def frozen_code() -> Path:
    """A copy of the code taken once per test session, which every `kg` subprocess runs:
    a clean build and a resumed one must run the same extraction rules even while
    someone edits the working tree."""
    if not _FROZEN:
        import atexit
        import shutil
        import tempfile

        snap = Path(tempfile.mkdtemp(prefix="kg-code-"))
        atexit.register(shutil.rmtree, snap, True)
        for name in ("kg", "loaders", "schema", "queries", "samples"):
            if (ROOT / name).exists():
                shutil.copytree(ROOT / name, snap / name, ignore=shutil.ignore_patterns("__pycache__"))
        _FROZEN.append(snap)
    return _FROZEN[0]


def kg_env(**extra) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "KG_"))}
    env.update({"PYTHONPATH": f"{frozen_code()}{os.pathsep}{ROOT}", "KG_NEO4J_LOCAL": "0", **extra})
    return env


def run_kg(*args, cwd: Path, env: dict | None = None, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run([*KG, *map(str, args)], cwd=cwd, env=env or kg_env(), capture_output=True,
                          text=True, timeout=timeout)


def start_kg(*args, cwd: Path, env: dict | None = None) -> subprocess.Popen:
    return subprocess.Popen([*KG, *map(str, args)], cwd=cwd, env=env or kg_env(), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def assert_one_line_error(proc: subprocess.CompletedProcess, *needles: str) -> str:
    """A user error: non-zero exit, no traceback, exactly one `kg: error:` line."""
    err = proc.stderr
    assert proc.returncode != 0, (proc.stdout, err)
    assert "Traceback" not in err, err
    lines = [line for line in err.splitlines() if line.strip() and not line.startswith("kg: loading")]
    assert len(lines) == 1 and lines[0].startswith("kg: error: "), err
    for needle in needles:
        assert needle in lines[0], (needle, lines[0])
    return lines[0]


def synthetic_corpus(path: Path, n: int, seed: int = 7) -> Path:
    """n abstracts recombined from the sample pages' sentences, under new titles (JSON lines)."""
    from kg.rejects import RejectSink
    from loaders import read_papers

    papers = list(read_papers([SAMPLES], RejectSink()))
    sentences = [s for p in papers for s in re.split(r"(?<=[.!?])\s+", p.abstract) if len(s) > 20]
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            abstract = " ".join(rng.sample(sentences, rng.randint(3, 7)))
            title = f"Synthetic study {i}: {rng.choice(papers).title}"
            f.write(json.dumps({"id": f"syn-{i}", "title": title, "abstract": abstract}) + "\n")
    return path


def entity_counts(store) -> dict:
    """Each entity's paper counts, as the refresh that ends a build or load leaves them."""
    rows = store.read("MATCH (e:Entity) RETURN e.key AS key, e.papers AS papers, e.paper_months AS months, "
                      "e.papers_per_month AS per_month, e.last_month AS last, e.counts_stale AS stale")
    return {r.pop("key"): {**r, "months": tuple(r["months"] or ()), "per_month": tuple(r["per_month"] or ())}
            for r in rows}


def snapshot(store) -> dict:
    """Everything the equality checks compare: stats, papers with hashes, nodes with their
    names and types, edges with their evidence, and entity counts."""
    from kg.store.writer import stats

    papers = {r["key"]: r["hash"] for r in store.read("MATCH (p:Paper) RETURN p.key AS key, p.content_hash AS hash")}
    nodes = {(tuple(sorted(r["labels"])), r["key"], r["name"], r["type"], r["family"]) for r in store.read(
        "MATCH (n) RETURN labels(n) AS labels, n.key AS key, n.name AS name, n.type AS type, n.family AS family")}
    edges = {(r["s"], r["t"], r["o"], r["paper"], r["sentence"], r["rule"]) for r in store.read(
        "MATCH (a)-[r]->(b) RETURN a.key AS s, type(r) AS t, b.key AS o, r.paper AS paper, r.sentence AS sentence, "
        "r.rule AS rule")}
    return {"stats": stats(store), "papers": papers, "nodes": nodes, "edges": edges, "counts": entity_counts(store)}


def embedded_snapshot(data_dir: Path) -> dict:
    from kg.store.falkordb_store import FalkorDBStore

    with FalkorDBStore(data_dir) as store:
        return snapshot(store)


def assert_same_graph(got: dict, want: dict) -> None:
    assert [k for k, h in got["papers"].items() if not h] == [], "papers left without content_hash"
    assert got["papers"] == want["papers"]
    assert got["stats"] == want["stats"], {key: (got["stats"].get(key), want["stats"].get(key))
                                           for key in {*got["stats"], *want["stats"]}
                                           if got["stats"].get(key) != want["stats"].get(key)}
    missing, extra = want["nodes"] - got["nodes"], got["nodes"] - want["nodes"]
    assert not missing and not extra, (sorted(missing)[:10], sorted(extra)[:10])
    missing, extra = want["edges"] - got["edges"], got["edges"] - want["edges"]
    assert not missing and not extra, (sorted(missing, key=str)[:10], sorted(extra, key=str)[:10])
    assert got["counts"] == want["counts"]


def server_pid(data_dir: Path) -> int | None:
    try:
        return int((data_dir / "falkordb.pid").read_text().strip())
    except (OSError, ValueError):
        return None


def redis_running(data_dir: Path) -> list[int]:
    """pids of live redis-servers serving this data dir (from /proc, not only the pid file)."""
    sock = str(Path(data_dir).resolve() / "falkordb.sock").encode()
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes()
            state = (entry / "stat").read_text().rsplit(") ", 1)[1][:1]
        except OSError:
            continue
        if b"redis-server" in cmdline and sock in cmdline and state != "Z":
            pids.append(int(entry.name))
    return pids


def wait_for(predicate, timeout: float, interval: float = 0.05) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return predicate()
