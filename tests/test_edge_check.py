"""Regression fixture from a hand check of extracted edges.

tests/data/edge_check.jsonl holds 50 edges (no MENTIONS) sampled with a fixed seed from
the bundled samples, mixing relation types, each judged by hand as correct or wrong
with a short note. Every edge judged correct must still be extracted; the fixture's
precision is reported (and must stay at or above 90%).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.extract import build_nlp, extract_batch
from kg.rejects import RejectSink

from conftest import SAMPLES

FIXTURE = Path(__file__).parent / "data" / "edge_check.jsonl"


def _rows() -> list[dict]:
    with open(FIXTURE, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@pytest.fixture(scope="module")
def extracted_edges() -> set[tuple[str, str, str, str]]:
    from loaders import read_papers

    papers = list(read_papers([SAMPLES], RejectSink()))
    edges = set()
    for ex in extract_batch(build_nlp(), papers):
        for r in ex.relations:
            edges.add((ex.paper_id, r.type, r.source, r.target))
    return edges


def test_fixture_is_a_mixed_hand_checked_sample():
    rows = _rows()
    assert len(rows) == 50
    assert len({r["relation"] for r in rows}) >= 6
    assert not any(r["relation"] == "MENTIONS" for r in rows)
    for row in rows:
        assert row["verdict"] in {"correct", "wrong"}
        assert row["sentence"] and row["rule"]
        if row["verdict"] == "wrong":
            assert row["note"], "a wrong edge says why"


def test_fixture_precision(capsys):
    rows = _rows()
    correct = sum(r["verdict"] == "correct" for r in rows)
    precision = correct / len(rows)
    with capsys.disabled():
        print(f"\nedge check: {correct}/{len(rows)} correct, precision {precision:.2f}")
    assert precision >= 0.9


def test_every_edge_judged_correct_is_still_extracted(extracted_edges):
    missing = [(r["paper"], r["relation"], r["source"], r["target"]) for r in _rows()
               if r["verdict"] == "correct"
               and (r["paper"], r["relation"], r["source"], r["target"]) not in extracted_edges]
    assert not missing, missing
