"""Bad input never crashes a load and is never lost: every bad record is a reject with
its file and line, and loading goes on."""

from __future__ import annotations

import bz2
import gzip
import json
from pathlib import Path

import pytest

from kg.rejects import RejectError, RejectSink
from loaders import read_papers
from loaders.common import LATIN1_NOTE, MAX_ABSTRACT_CHARS


def load(path, **kw):
    rejects = RejectSink()
    papers = list(read_papers([Path(path)], rejects, **kw))
    return papers, rejects.items


def rec(**kw):
    return json.dumps(kw)


GOOD = rec(id="ok", title="Good", abstract="Fine.")


def test_malformed_json_lines(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_text("\n".join([GOOD, '{"id": "b", "title": "Bad", abstract: nope}', "not json",
                               rec(id="ok2", title="Good 2", abstract="Fine.")]) + "\n")
    papers, rejects = load(path)
    assert [p.key for p in papers] == ["ok", "ok2"]
    assert [r.line for r in rejects] == [2, 3]
    assert all(r.reason.startswith("malformed JSON") and r.source == str(path) for r in rejects)
    assert rejects[1].raw == "not json"


@pytest.mark.parametrize("title,reason", [
    (123, "title is not text (int)"), (["a", "b"], "title is not text (list)"),
    (None, "missing title"), ("", "missing title"), ("   ", "missing title"),
    ({"x": 1}, "title is not text (dict)"), ("<b></b>", "empty title after cleaning"),
])
def test_wrong_or_missing_title(tmp_path, title, reason):
    path = tmp_path / "x.jsonl"
    path.write_text(GOOD + "\n" + json.dumps({"id": "b", "title": title, "abstract": "A."}) + "\n")
    papers, rejects = load(path)
    assert len(papers) == 1
    assert [(r.line, r.reason) for r in rejects] == [(2, reason)]


def test_missing_abstract_and_missing_key(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_text("\n".join([rec(id="a", title="T"), rec(id="b", title="T", abstract=""),
                               rec(id="c", title="T", abstract=7), "[1, 2]", "null"]) + "\n")
    papers, rejects = load(path)
    assert papers == []
    assert [(r.line, r.reason) for r in rejects] == [
        (2 - 1, "missing abstract"), (2, "missing abstract"), (3, "abstract is not text (int)"),
        (1, "not a JSON object (int)"), (2, "not a JSON object (int)"), (5, "not a JSON object (null)")]


def test_non_utf8_falls_back_to_latin1(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_bytes(GOOD.encode() + b"\n" + '{"id": "l", "title": "Caf\u00e9 na\u00efve", "abstract": "R\u00e9sum\u00e9."}'
                     .encode("latin-1") + b"\n")
    papers, rejects = load(path)
    assert rejects == []
    assert papers[0].notes == []
    assert papers[1].title == "Café naïve" and papers[1].notes == [LATIN1_NOTE]


def test_non_utf8_in_csv_and_bibtex(tmp_path):
    path = tmp_path / "x.csv"
    path.write_bytes("id,title,abstract\n1,Caf\u00e9,R\u00e9sum\u00e9.\n".encode("cp1252"))
    (p,), rejects = load(path)
    assert p.title == "Café" and p.notes == [LATIN1_NOTE] and rejects == []
    path = tmp_path / "x.bib"
    path.write_bytes("@article{k, title={Caf\u00e9}, abstract={R\u00e9sum\u00e9.}}\n".encode("latin-1"))
    (p,), rejects = load(path)
    assert p.abstract == "Résumé." and p.notes == [LATIN1_NOTE]


def test_html_and_control_characters(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_text(rec(id="h", title="A <i>Title</i>\u0007 with\tcontrol\u200b chars",
                        abstract="<jats:p>Text &amp; more &#8212; done.\u0000\u001b</jats:p>") + "\n")
    (p,), rejects = load(path)
    assert p.title == "A Title with control chars"
    assert p.abstract == "Text & more — done."


def test_enormous_abstract_is_rejected(tmp_path):
    path = tmp_path / "x.jsonl"
    huge = "word " * (MAX_ABSTRACT_CHARS // 4)
    path.write_text(rec(id="big", title="Big", abstract=huge) + "\n" + GOOD + "\n")
    papers, rejects = load(path)
    assert [p.key for p in papers] == ["ok"]
    assert rejects[0].line == 1
    assert rejects[0].reason == f"abstract too long ({len(huge.strip())} characters)"
    csv_path = tmp_path / "x.csv"
    csv_path.write_text(f"id,title,abstract\n1,Big,{'a' * 200_000}\n2,Fine,Ok.\n")
    papers, rejects = load(csv_path)
    assert [p.key for p in papers] == ["2"]
    assert [(r.line, r.reason) for r in rejects] == [(2, "abstract too long (200000 characters)")]


def test_binary_file(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_bytes(b"\x00\x01\x02PK\x03\x04" + bytes(range(256)) * 4)
    papers, rejects = load(path)
    assert papers == [] and [(r.source, r.line, r.reason) for r in rejects] == [(str(path), None, "binary file")]


@pytest.mark.parametrize("name,content", [("e.jsonl", b""), ("e.csv", b"  \n\n"), ("e.bib", b"\xef\xbb\xbf")])
def test_empty_file(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    papers, rejects = load(path)
    assert papers == [] and [r.reason for r in rejects] == ["empty file"]


def test_empty_compressed_file(tmp_path):
    path = tmp_path / "e.jsonl.gz"
    path.write_bytes(gzip.compress(b""))
    assert [r.reason for r in load(path)[1]] == ["empty file"]


def test_truncated_last_json_line(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_text(GOOD + "\n" + GOOD[:25])
    papers, rejects = load(path)
    assert len(papers) == 1 and [r.line for r in rejects] == [2]
    assert rejects[0].reason.startswith("malformed JSON")


def test_truncated_json_array(tmp_path):
    path = tmp_path / "x.json"
    path.write_text("[\n" + GOOD + ",\n" + rec(id="ok2", title="T", abstract="A.") + ",\n" + GOOD[:30])
    papers, rejects = load(path)
    assert [p.key for p in papers] == ["ok", "ok2"]
    assert [(r.line, r.reason) for r in rejects] == [(3, "truncated JSON (unclosed brackets)")]


def test_malformed_array_element_is_one_reject(tmp_path):
    path = tmp_path / "x.json"
    path.write_text('[{"id": "a", "title": "A", "abstract": "x."}, {"id": "b", "title": oops},'
                    ' 17, {"id": "c", "title": "C", "abstract": "y."}]')
    papers, rejects = load(path)
    assert [p.key for p in papers] == ["a", "c"]
    assert [(r.line, r.reason.split(":")[0]) for r in rejects] == [(2, "malformed JSON"),
                                                                     (3, "not a JSON object (int)")]


def test_truncated_compressed_file(tmp_path):
    data = gzip.compress(("\n".join([GOOD] * 2000) + "\n").encode())
    path = tmp_path / "x.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    papers, rejects = load(path)
    assert len(papers) > 0
    assert len(rejects) >= 1
    assert any("corrupt or truncated compressed file" in r.reason for r in rejects)


def test_corrupt_bz2_header(tmp_path):
    path = tmp_path / "x.jsonl.bz2"
    path.write_bytes(b"BZh9" + b"garbage" * 10)
    papers, rejects = load(path)
    assert papers == [] and len(rejects) == 1
    assert rejects[0].source == str(path)


def test_csv_missing_and_extra_columns(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("id,title,abstract,year\n1,T1,A1.,2020\n2,T2\n3,T3,A3.,2021,extra\n"
                    '4,"T4","unterminated quote\n')
    papers, rejects = load(path)
    assert [p.key for p in papers] == ["1"]
    assert [(r.line, r.reason) for r in rejects][:2] == [
        (3, "row has 2 fields, header has 4"), (4, "row has 5 fields, header has 4")]
    assert rejects[2].line == 5


def test_bibtex_bad_entries(tmp_path):
    path = tmp_path / "x.bib"
    path.write_text(
        "@article{a, title={Unbalanced {brace}, abstract={x}\n"
        "@article{b, title={Fine}, abstract={An abstract.}}\n"
        "@article{c, title {no equals}, abstract={y}}\n"
        "@article{d, title={No abstract}}\n"
        "@article{e, title={Truncated}, abstract={z\n")
    papers, rejects = load(path)
    assert [p.title for p in papers] == ["Fine"]
    assert [(r.line, r.reason.split(" (")[0]) for r in rejects] == [
        (1, "unbalanced braces in entry"), (3, "malformed BibTeX entry"), (4, "missing abstract"),
        (5, "truncated entry")]


def test_openalex_malformed_inverted_index(tmp_path):
    path = tmp_path / "w.jsonl"
    path.write_text("\n".join([
        json.dumps({"id": "https://openalex.org/W1", "title": "T", "abstract_inverted_index": {"a": "zero"}}),
        json.dumps({"id": "https://openalex.org/W2", "title": "T", "abstract_inverted_index": [1]}),
        json.dumps({"id": "https://openalex.org/W3", "title": "T", "abstract_inverted_index": {"ok": [0]}}),
    ]) + "\n")
    papers, rejects = load(path)
    assert [p.key for p in papers] == ["openalex:W3"]
    assert [r.line for r in rejects] == [1, 2]
    assert all(r.reason.startswith("malformed abstract_inverted_index") for r in rejects)


def test_unrecognised_explicit_file(tmp_path):
    path = tmp_path / "x.dat"
    path.write_text("just a line without structure")
    papers, rejects = load(path)
    assert [r.reason for r in rejects] == ["unrecognised format"]


def test_strict_mode_raises_on_first_reject(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_text(GOOD + "\nnot json\n" + GOOD + "\n")
    it = read_papers([path], RejectSink(strict=True))
    assert next(it).key == "ok"
    with pytest.raises(RejectError):
        next(it)


def test_rejects_written_to_file(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_text("not json\n")
    out = tmp_path / "rejects.jsonl"
    with RejectSink(out) as rejects:
        assert list(read_papers([path], rejects)) == []
    (line,) = out.read_text().splitlines()
    assert json.loads(line)["line"] == 1


def test_deeply_nested_json_line(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_text(GOOD + "\n" + "[" * 100_000 + "]" * 100_000 + "\n" + GOOD + "\n")
    papers, rejects = load(path, fmt="jsonl")
    assert [p.key for p in papers] == ["ok", "ok"] and [r.line for r in rejects] == [2]


def test_bz2_roundtrip_with_bad_line(tmp_path):
    path = tmp_path / "x.jsonl.bz2"
    path.write_bytes(bz2.compress((GOOD + "\n{broken\n").encode()))
    papers, rejects = load(path)
    assert len(papers) == 1 and [r.line for r in rejects] == [2]
