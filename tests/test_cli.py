"""The `kg` command as a user runs it (a real subprocess, real stores)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT, SAMPLES

KG = [sys.executable, "-m", "kg.cli"]


def kg(*args, cwd=None, env=None, check=True) -> subprocess.CompletedProcess:
    result = subprocess.run([*KG, *map(str, args)], capture_output=True, text=True, cwd=cwd or ROOT,
                            env={**os.environ, **(env or {})}, timeout=300)
    if check and result.returncode != 0:
        raise AssertionError(f"kg {' '.join(map(str, args))} failed: {result.stderr}")
    return result


def test_build_stats_and_query(tmp_path):
    data = tmp_path / "kg"
    out = kg("build", SAMPLES, "--data-dir", data, "-q").stdout
    assert out.strip() == "loaded 308, rejected 0; 266 papers: 266 new, 0 changed, 0 unchanged"
    stats = json.loads(kg("stats", "--data-dir", data, "--format", "json").stdout)
    assert stats["papers"] == 266 and stats["nodes"]["Paper"] == 266
    assert set(stats) == {"papers", "nodes", "relationships"}
    rows = json.loads(kg("query", "methods-evaluated-on", "-p", "dataset=ImageNet", "--data-dir", data,
                         "--format", "json").stdout)
    assert isinstance(rows, list) and rows
    csv_out = kg("query", "top-entities", "-p", "type=Dataset", "-p", "limit=3", "--data-dir", data,
                 "--format", "csv").stdout.splitlines()
    assert csv_out[0] == "name,type,papers" and len(csv_out) == 4


def test_data_dir_from_environment(tmp_path):
    data = tmp_path / "envkg"
    kg("build", SAMPLES / "000_e9346af806350c53.txt", "-q", env={"KG_DATA_DIR": str(data)})
    stats = json.loads(kg("stats", "--format", "json", env={"KG_DATA_DIR": str(data)}).stdout)
    assert stats["papers"] > 50


def test_query_list_describes_parameters():
    items = json.loads(kg("query", "list", "--format", "json").stdout)
    names = {i["name"] for i in items}
    assert "methods-evaluated-on" in names and len(items) >= 8
    for item in items:
        assert set(item) == {"name", "description", "params"}
        for p in item["params"]:
            assert {"name", "type", "example"} <= set(p)


def test_user_errors_are_one_line_without_traceback(tmp_path):
    cases = [
        ("build", tmp_path / "missing.jsonl", "--data-dir", tmp_path / "d"),
        ("query", "no-such-query", "--data-dir", tmp_path / "d"),
        ("query", "methods-evaluated-on", "--data-dir", tmp_path / "d"),
        ("query", "top-entities", "-p", "type=Dataset", "-p", "limit=many", "--data-dir", tmp_path / "d"),
        ("stats", "--store", "neo4j", "--neo4j-uri", "bolt://127.0.0.1:1"),
    ]
    for args in cases:
        result = kg(*args, check=False)
        assert result.returncode != 0, args
        assert "Traceback" not in result.stderr, result.stderr
        lines = [line for line in result.stderr.splitlines() if line.strip()]
        assert len(lines) == 1 and lines[0].startswith("kg: error:"), (args, result.stderr)


def test_extract_then_load(tmp_path):
    out = tmp_path / "ex.jsonl"
    kg("extract", SAMPLES, "--out", out, "-q")
    assert len(out.read_text().splitlines()) == 266
    summary = kg("load", out, "--data-dir", tmp_path / "kg", "-q").stdout
    assert "266 papers: 266 new" in summary


def test_help_shows_examples():
    text = kg("--help").stdout
    assert "Examples:" in text and "kg build" in text
    for command in ("build", "extract", "load", "stats", "query"):
        assert "Usage:" in kg(command, "--help").stdout


def test_installed_wheel_finds_its_files(tmp_path):
    """`pip install .` ships queries, schema, gazetteers and samples inside the package."""
    wheel_dir = tmp_path / "wheel"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", wheel_dir, ROOT],
                   check=True, capture_output=True, timeout=300)
    wheel = next(Path(wheel_dir).glob("kg-*.whl"))
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", target, wheel],
                   check=True, capture_output=True, timeout=300)
    probe = ("import kg, kg.resources as r, kg.library as l, kg.extract.gazetteer as g;"
             "print(kg.__file__); print(len(l.library())); print(r.schema_dir());"
             "print(len(g.load_entries())); print(sorted(p.name for p in r.samples_dir().iterdir()))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=tmp_path,
                            env={**os.environ, "PYTHONPATH": str(target)}, timeout=120)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith(str(target)), "the installed copy, not the source tree, must be imported"
    assert int(lines[1]) >= 8
    assert lines[2].startswith(str(target)) and int(lines[3]) >= 1500
    assert "000_e9346af806350c53.txt" in lines[4]


def test_make_demo(tmp_path):
    result = subprocess.run(["make", "demo", f"DATA={tmp_path / 'demo'}"], cwd=ROOT, capture_output=True,
                            text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    assert "266 papers" in result.stdout and "Nodes" in result.stdout
    assert "methods-evaluated-on" in result.stdout
