"""`kg report`: the data it collects (both stores) and the page rendered by headless Chromium.

Chromium: `apt-get install -y chromium chromium-driver` (Debian). Without it the rendering
tests skip with a loud reason, and fail under CI (which installs it). The screenshot is kept in test-artifacts/.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from kg.report import collect, read_rejects, render, report

from conftest import skip_or_fail

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not found:
        skip_or_fail("REPORT RENDERING NOT TESTED: chromium is not installed; install it with "
                     "`apt-get update && apt-get install -y chromium chromium-driver`")
    return found


def _run_chromium(page: Path, tmp_path: Path, *args: str) -> str:
    profile = tmp_path / "chromium-profile"
    proc = subprocess.run([_chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args, page.as_uri()],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout


def _fill(store, dated: bool) -> None:
    """Two papers, entities of every type, edges with rules, a leaderboard."""
    date1, date2 = ("2021-05-01", "2023-02-10") if dated else (None, None)
    store.write("""
    CREATE (p1:Paper {key: 'p1', title: 'Paper </script> one', date: $d1, date_raw: 'Mar 14'})
    CREATE (p2:Paper {key: 'p2', title: 'Paper two', date: $d2, date_raw: 'Mar 14'})
    CREATE (bert:Entity:Model {key: 'bert', name: 'BERT', type: 'Model'})
    CREATE (gpt:Entity:Model {key: 'gpt', name: 'GPT', type: 'Model'})
    CREATE (squad:Entity:Dataset {key: 'squad', name: 'SQuAD', type: 'Dataset'})
    CREATE (f1:Entity:Metric {key: 'f1', name: 'F1', type: 'Metric', higher_is_better: true})
    CREATE (qa:Entity:Task {key: 'qa', name: 'question answering', type: 'Task'})
    CREATE (ft:Entity:Method {key: 'ft', name: 'fine-tuning', type: 'Method'})
    CREATE (p1)-[:MENTIONS {rule: 'mention:gazetteer'}]->(bert)
    CREATE (p2)-[:MENTIONS {rule: 'mention:gazetteer'}]->(bert)
    CREATE (p1)-[:MENTIONS {rule: 'mention:gazetteer'}]->(squad)
    CREATE (p1)-[:MENTIONS {rule: 'mention:gazetteer'}]->(f1)
    CREATE (p2)-[:MENTIONS {rule: 'mention:gazetteer'}]->(qa)
    CREATE (p2)-[:MENTIONS {rule: 'mention:pattern'}]->(ft)
    CREATE (p2)-[:MENTIONS {rule: 'mention:pattern'}]->(gpt)
    CREATE (bert)-[:EVALUATED_ON {paper: 'p1', rule: 'rel:evaluated-on'}]->(squad)
    CREATE (bert)-[:OUTPERFORMS {paper: 'p2', rule: 'rel:outperforms'}]->(gpt)
    CREATE (r1:Result {key: 'r1', paper: 'p1', value: 91.5, unit: '%', kind: 'score', metric: 'F1', dataset: 'SQuAD',
                       subject: 'BERT', rule: 'result-number-metric', sentence: 'BERT gets 91.5 F1 on SQuAD.'})
    CREATE (r2:Result {key: 'r2', paper: 'p2', value: 88.0, unit: '%', kind: 'score', metric: 'F1', dataset: 'SQuAD',
                       subject: 'GPT', rule: 'result-number-metric', sentence: 'GPT gets 88.0 F1.'})
    CREATE (p1)-[:REPORTS]->(r1) CREATE (p2)-[:REPORTS]->(r2)
    CREATE (r1)-[:IN_METRIC]->(f1) CREATE (r2)-[:IN_METRIC]->(f1)
    CREATE (r1)-[:ON_DATASET]->(squad) CREATE (r2)-[:ON_DATASET]->(squad)
    CREATE (r1)-[:ACHIEVED_BY]->(bert) CREATE (r2)-[:ACHIEVED_BY]->(gpt)
    """, {"d1": date1, "d2": date2})


def test_collect(store, tmp_path):
    _fill(store, dated=False)
    (tmp_path / "rejects.jsonl").write_text(
        json.dumps({"source": "a.csv", "line": 3, "reason": "no title", "raw": "x"}) + "\n"
        + json.dumps({"source": "a.csv", "line": 9, "reason": "no title", "raw": "y"}) + "\n")
    data = collect(store, tmp_path)
    assert data["summary"]["papers"] == 2
    assert data["summary"]["entities"] == {"Method": 1, "Model": 2, "Dataset": 1, "Metric": 1, "Task": 1}
    assert data["top"]["Model"][0] == {"key": "bert", "name": "BERT", "papers": 2}
    assert data["timeline"]["dated"] == 0 and data["timeline"]["raw_examples"] == [{"raw": "Mar 14", "papers": 2}]
    [board] = data["leaderboards"]
    assert (board["dataset"], board["metric"], board["higher_is_better"]) == ("SQuAD", "F1", True)
    assert [r["subject"] for r in board["rows"]] == ["BERT", "GPT"]
    hubs = {n["key"] for n in data["neighbourhood"]["nodes"] if n["hub"]}
    assert "bert" in hubs
    assert {(l["source"], l["target"], l["type"]) for l in data["neighbourhood"]["links"]} >= {
        ("bert", "squad", "EVALUATED_ON"), ("bert", "gpt", "OUTPERFORMS")}
    rules = {r["rule"]: 0 for r in data["rules"]}
    for r in data["rules"]:
        rules[r["rule"]] += r["edges"]
    assert rules == {"mention:gazetteer": 5, "mention:pattern": 2, "rel:evaluated-on": 1, "rel:outperforms": 1,
                     "result-number-metric": 2}
    assert data["rejects"]["total"] == 2 and data["rejects"]["reasons"] == [{"reason": "no title", "count": 2}]


def test_read_rejects_missing(tmp_path):
    assert read_rejects(tmp_path / "rejects.jsonl")["present"] is False


def test_page_is_self_contained(embedded_store, tmp_path):
    _fill(embedded_store, dated=False)
    page = render(collect(embedded_store, tmp_path))
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page), "the page must not load anything"
    assert "</script> one" not in page  # a title cannot end the data script


@pytest.mark.slow
def test_report_renders_in_chromium(embedded_store, tmp_path):
    _fill(embedded_store, dated=False)
    out = tmp_path / "report.html"
    report(embedded_store, out, data_dir=tmp_path)
    dom = _run_chromium(out, tmp_path, "--dump-dom")
    assert 'data-rendered="true"' in dom
    assert '<pre class="render-error"' not in dom
    assert dom.count('class="bar"') >= 6 + 5 + 12  # entity types, top entities, edge types
    assert 'id="no-dates"' in dom and "No dated papers" in dom and "Mar 14" in dom
    assert 'class="leaderboard"' in dom and "SQuAD · F1" in dom
    assert dom.count('class="node"') == 6 and dom.count('class="link"') >= 2  # the force layout drew the graph
    assert 'id="no-rejects"' in dom


@pytest.mark.slow
def test_report_of_the_samples_screenshot(tmp_path, sample_papers):
    """The sample corpus, rendered; the screenshot is kept as test-artifacts/report.png."""
    from kg.analytics import analyze
    from kg.pipeline import build
    from kg.store.falkordb_store import FalkorDBStore

    store = FalkorDBStore(tmp_path / "kg")
    try:
        build(sample_papers, store, workers=1)
        analyze(store)
        out = ARTIFACTS / "report.html"
        report(store, out, data_dir=tmp_path / "kg")
    finally:
        store.close()
    dom = _run_chromium(out, tmp_path, "--dump-dom")
    assert 'data-rendered="true"' in dom and '<pre class="render-error"' not in dom
    assert "PageRank" in dom and dom.count('class="node"') > 8
    assert "No dated papers" in dom  # the samples only have date_raw such as "Mar 14"
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "report.png"
    shot.unlink(missing_ok=True)
    _run_chromium(out, tmp_path, f"--screenshot={shot}", "--window-size=1280,2000")
    assert shot.stat().st_size > 10_000


@pytest.mark.slow
def test_timeline_with_dates_renders(embedded_store, tmp_path):
    _fill(embedded_store, dated=True)
    data = collect(embedded_store, None)
    assert data["timeline"]["dated"] == 2 and [y["year"] for y in data["timeline"]["years"]] == ["2021", "2023"]
    out = tmp_path / "dated.html"
    out.write_text(render(data))
    dom = _run_chromium(out, tmp_path, "--dump-dom")
    assert '<pre class="render-error"' not in dom and 'id="no-dates"' not in dom
    assert dom.count('class="series"') >= 2  # all papers + at least one entity line
