"""Bad input end to end through the CLI: `kg build DIR` on every kind of bad record loads
the good ones, rejects the rest (each in rejects.jsonl with source, line, reason, raw),
prints one summary line, and never shows a traceback for a user error."""

from __future__ import annotations

import json
import re

import pytest

from kgproc import assert_one_line_error, kg_env, run_kg

GOOD_ABSTRACT = "We propose BERT-X, which outperforms ResNet-50 on ImageNet with 80.1% top-1 accuracy."


def good(i):
    return json.dumps({"id": f"g{i}", "title": f"Good paper {i}", "abstract": GOOD_ABSTRACT})


@pytest.fixture
def bad_dir(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    mixed = [good(1), '{"id": "b1", "title": "Bad", abstract: nope}', "not json",
             json.dumps({"id": "b2", "title": 123, "abstract": "x"}),
             json.dumps({"id": "b3", "title": "", "abstract": "x"}),
             json.dumps({"id": "b4", "title": "T"}),
             json.dumps({"id": "b5", "title": "T", "abstract": ""}),
             json.dumps({"id": "b6", "title": ["a"], "abstract": {"x": 1}}),
             json.dumps({"id": "g2", "title": "<b>Good</b> &amp; HTML", "abstract": "An <i>abstract</i> &lt;x&gt; &eacute;."}),
             json.dumps({"id": "g3", "title": "Control\x07 chars\x00", "abstract": "Text with \x01\x02 controls."}),
             json.dumps({"id": "b7", "title": "Huge", "abstract": "word " * 30000}),
             good(4)]
    (d / "mixed.jsonl").write_text("\n".join(mixed) + "\n")
    (d / "latin.jsonl").write_bytes((good(5) + "\n").encode()
                                    + b'{"id":"g6","title":"Caf\xe9 \xff","abstract":"Non UTF-8 \xc3\x28 bytes."}\n')
    (d / "binary.bin").write_bytes(bytes(range(256)) * 10)
    (d / "empty.jsonl").write_text("")
    (d / "trunc.jsonl").write_text(good(7) + "\n" + good(8)[:40])
    (d / "rows.csv").write_text("id,title,abstract\nc1,CSV good,We use GPT-4 on MMLU.\nc2,Missing columns\nc3,,\n")
    # records: mixed 12 (4 good), latin 2 good, binary 1, empty 1, trunc 2 (1 good), csv 3 (1 good)
    return d, 8, 13


def test_build_mixed_bad_input(tmp_path, bad_dir):
    d, n_good, n_bad = bad_dir
    data = tmp_path / "kg"
    proc = run_kg("build", d, "--data-dir", data, "-q", "--workers", "1", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = proc.stdout.strip().splitlines()
    assert len(lines) == 1, proc.stdout
    rejects_path = data.resolve() / "rejects.jsonl"
    m = re.match(r"loaded (\d+), rejected (\d+) \(see (.+?)\)", lines[0])
    assert m, lines[0]
    assert (int(m.group(1)), int(m.group(2))) == (n_good, n_bad)
    assert m.group(3).endswith("rejects.jsonl") and (tmp_path / m.group(3)).resolve() == rejects_path
    rejects = [json.loads(line) for line in rejects_path.read_text().splitlines()]
    assert len(rejects) == n_bad
    for r in rejects:
        assert set(r) >= {"source", "line", "reason", "raw"} and r["reason"] and r["source"]
    by_file = {}
    for r in rejects:
        by_file.setdefault(r["source"].rsplit("/", 1)[-1], []).append(r["line"])
    assert by_file == {"binary.bin": [None], "empty.jsonl": [None], "mixed.jsonl": [2, 3, 4, 5, 6, 7, 8, 11],
                       "rows.csv": [3, 4], "trunc.jsonl": [2]}
    stats = run_kg("stats", "--data-dir", data, "--format", "json", cwd=tmp_path)
    assert json.loads(stats.stdout)["papers"] == n_good


def test_strict_stops_at_first_reject(tmp_path, bad_dir):
    d, _, _ = bad_dir
    proc = run_kg("build", d, "--data-dir", tmp_path / "kg", "-q", "--strict", "--workers", "1", cwd=tmp_path)
    line = assert_one_line_error(proc, "--strict")
    assert "binary.bin" in line  # the first file in sorted order, and its first bad record


@pytest.mark.parametrize("args,needle", [
    (("build", "/nonexistent/path"), "/nonexistent/path"),
    (("build", "{corpus}", "--format", "nosuchformat"), "nosuchformat"),
    (("extract", "/nonexistent/path", "--out", "x.jsonl"), "/nonexistent/path"),
    (("build", "{corpus}", "--map", "title"), "title"),
    (("query", "methods-evaluated-on", "-p", "dataset"), "KEY=VALUE"),
    (("query", "no-such-query"), "no-such-query"),
    (("cypher", "RETURN 1", "-p", "novalue"), "KEY=VALUE"),
    (("build", "{corpus}", "--store", "neo4j", "--neo4j-uri", "bolt://127.0.0.1:1"), "bolt://127.0.0.1:1"),
    (("build", "{corpus}", "--store", "neo4j"), "NEO4J_URI"),
    (("build", "{corpus}", "--store", "neo4j", "--neo4j-uri", "nonsense://x"), "nonsense"),
])
def test_user_errors_are_one_line(tmp_path, args, needle):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(good(1) + "\n")
    args = [a.replace("{corpus}", str(corpus)) for a in args]
    proc = run_kg(*args, "--data-dir", tmp_path / "kg", cwd=tmp_path, env=kg_env(), timeout=120) \
        if args[0] != "extract" else run_kg(*args, cwd=tmp_path, timeout=120)
    assert_one_line_error(proc, needle)
