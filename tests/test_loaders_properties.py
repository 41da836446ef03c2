"""Property tests: loaders never raise on any input and never lose a record."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.models import normalise_title
from kg.rejects import RejectSink
from loaders import FORMATS, read_papers
from loaders.bibtex import delatex
from loaders.common import clean_text

SETTINGS = settings(max_examples=200, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

any_text = st.text(alphabet=st.characters(codec="utf-8"), max_size=200)
json_value = st.one_of(any_text, st.none(), st.integers(), st.lists(st.integers(), max_size=3))


def _write(data: bytes, suffix: str) -> Path:
    f = tempfile.NamedTemporaryFile(delete=False, suffix=suffix)
    f.write(data)
    f.close()
    return Path(f.name)


@SETTINGS
@given(st.lists(st.tuples(json_value, json_value), min_size=1, max_size=8))
def test_jsonl_every_line_is_a_paper_or_a_reject(records):
    lines = [json.dumps({"id": f"r{i}", "title": t, "abstract": a}) for i, (t, a) in enumerate(records)]
    path = _write(("\n".join(lines) + "\n").encode(), ".jsonl")
    try:
        rejects = RejectSink()
        papers = list(read_papers([path], rejects))
        assert len(papers) + rejects.count == len(lines)
        for p in papers:
            assert p.title == clean_text(p.title) and p.abstract and p.line is not None
        for r in rejects.items:
            assert r.source == str(path) and 1 <= r.line <= len(lines)
    finally:
        path.unlink()


@SETTINGS
@given(st.lists(st.tuples(any_text, any_text), min_size=1, max_size=6))
def test_json_array_every_element_is_a_paper_or_a_reject(records):
    data = json.dumps([{"title": t, "abstract": a} for t, a in records], ensure_ascii=False, indent=1)
    path = _write(data.encode("utf-8", "surrogatepass"), ".json")
    try:
        rejects = RejectSink()
        papers = list(read_papers([path], rejects))
        assert len(papers) + rejects.count == len(records)
    finally:
        path.unlink()


@settings(max_examples=300, deadline=None)
@given(any_text)
def test_normalise_title_idempotent(title):
    once = normalise_title(title)
    assert normalise_title(once) == once


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("\\{}$#%&_^~'\"`=.-ucvHkrdbaoeiOLl ")) , max_size=60)
       | any_text, st.booleans())
def test_delatex_never_raises(text, keep_math):
    out = delatex(text, keep_math=keep_math)
    assert isinstance(out, str)


@settings(max_examples=200, deadline=None)
@given(any_text)
def test_clean_text_output_is_clean(text):
    out = clean_text(text)
    assert out == out.strip() and "  " not in out
    assert not any(ord(ch) < 32 or 0xD800 <= ord(ch) <= 0xDFFF for ch in out)


MODULE_NAMES = sorted(set(FORMATS))
SUFFIXES = [".jsonl", ".json", ".csv", ".tsv", ".bib", ".txt", ".gz", ".bz2", ""]
structured = st.sampled_from([b"{", b"[", b"}", b"]", b",", b'"', b"\n", b"@article{", b"title",
                              b"abstract", b"=", b"\t", b"\\", b"\x00", b"\xff", b"\xc3", b"Mar 14\n\n",
                              b'{"title": "T", "abstract": "A"}\n', b"\x1f\x8b", b"BZh9"])
fuzz_bytes = st.one_of(st.binary(max_size=400),
                       st.lists(structured, max_size=40).map(b"".join))


@settings(max_examples=200, deadline=None)
@given(fuzz_bytes, st.sampled_from(SUFFIXES), st.sampled_from([None] + MODULE_NAMES))
def test_fuzz_random_bytes_never_raise(data, suffix, fmt):
    path = _write(data, suffix)
    try:
        rejects = RejectSink()
        for _ in read_papers([path], rejects, fmt=fmt):
            pass
        if fmt is not None:  # the module on its own, without read_papers' file checks
            rejects = RejectSink()
            for _ in FORMATS[fmt].read(path, rejects):
                pass
    finally:
        path.unlink()
