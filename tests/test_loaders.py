"""The loaders package: every format's fixture, detection, walking, streaming."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

import loaders
from kg.models import normalise_title, paper_key
from kg.rejects import RejectSink
from loaders import FORMATS, LoaderError, parse_field_map, read_papers
from loaders.common import read_head
from loaders.detect import detect_format

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "loaders"
SAMPLES = ROOT / "samples"


def load(*paths, **kw):
    rejects = RejectSink()
    papers = list(read_papers([Path(p) for p in paths], rejects, **kw))
    return papers, rejects.items


# --------------------------------------------------------------------------- seed pages


def test_seed_pages_counts():
    papers, rejects = load(SAMPLES)
    assert len(papers) == 308
    assert len({normalise_title(p.title) for p in papers}) == 266
    assert rejects == []


def test_seed_pages_fields():
    papers, _ = load(SAMPLES)
    first = papers[0]
    assert first.title.startswith("ChiMed-GPT: A Chinese Medical Large Language Model")
    assert first.abstract.startswith("Recently, the increasing demand")
    assert first.key == paper_key(title=first.title)
    assert first.date_raw == "Mar 14" and first.date is None
    assert first.line == 11 and first.source.endswith("000_e9346af806350c53.txt")
    assert {p.date_raw for p in papers} == {"Mar 13", "Mar 14", "Mar 17"}
    assert not any(p.title.lower() in ("new", "subscribe") for p in papers)
    assert all(len(p.abstract) > 1000 for p in papers)


def test_seed_pages_irregular(tmp_path):
    text = "\n\n".join([
        "new", "Get trending papers in your email inbox!", "Subscribe",
        "byAK and the research community",
        "Orphan abstract that has no title before it. It has several sentences. "
        "It should be rejected rather than silently dropped. " * 3,
        "Mar 14",
        "First Paper: A Title",
        "First abstract paragraph one. It is long enough to be an abstract. " * 5,
        "Second paragraph of the same abstract. It continues the text. " * 5,
        "A Title Without Abstract",
        "Second Paper Title",
        "Second abstract. " * 30,
        "Mar 15, 2024",
        "Third Paper Title\nThird abstract on the next line without a blank line. "
        "More sentences follow here. " * 3,
        "Last Title Without Abstract",
        "Previous", "Next", "Load more", "12",
    ]) + "\n"
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    rejects = RejectSink()
    papers = list(read_papers([path], rejects))
    assert [p.title for p in papers] == ["First Paper: A Title", "Second Paper Title",
                                         "Third Paper Title"]
    assert "Second paragraph of the same abstract" in papers[0].abstract
    assert [p.date_raw for p in papers] == ["Mar 14", "Mar 14", "Mar 15, 2024"]
    assert papers[2].date == "2024-03-15" and papers[0].date is None
    reasons = sorted((r.reason, r.raw[:30]) for r in rejects.items)
    assert reasons == [
        ("abstract without title", "Orphan abstract that has no ti"),
        ("missing abstract", "A Title Without Abstract"),
        ("missing abstract", "Last Title Without Abstract"),
    ]
    assert all(r.line for r in rejects.items)


# --------------------------------------------------------------------------- formats


def test_generic_jsonl():
    papers, rejects = load(DATA / "generic.jsonl")
    assert rejects == []
    a, b, c = papers
    assert a.key == "arxiv:1706.03762" and a.arxiv_id == "1706.03762"  # arXiv id from the url
    assert a.authors == ["Ashish Vaswani", "Noam Shazeer"] and a.date == "2017-06-12"
    assert b.key == "doi:10.1109/cvpr.2016.90" and b.doi == "10.1109/CVPR.2016.90"
    assert b.authors == ["Kaiming He", "Xiangyu Zhang"]
    assert c.title == "A paper with HTML & entities"
    assert c.abstract == 'We use <tags> and "quotes" in x < y.'
    assert c.key == paper_key(title=c.title)
    assert [p.line for p in papers] == [1, 2, 4]


def test_generic_json_array():
    papers, rejects = load(DATA / "generic_array.json")
    assert rejects == []
    assert [p.key for p in papers] == ["a1", "a2"]
    assert [p.line for p in papers] == [1, 2]  # record index in the array
    assert "Braces } and brackets ]" in papers[1].abstract


def test_field_map():
    papers, rejects = load(DATA / "fieldmap.jsonl",
                           field_map=parse_field_map("title=paper_title,abstract=summary,id=doc_id"))
    assert rejects == []
    assert [(p.key, p.title) for p in papers] == [("d-1", "Mapped Title One"), ("d-2", "Mapped Title Two")]


def test_parse_field_map():
    assert parse_field_map("title=paper_title, abstract = summary") == {
        "title": "paper_title", "abstract": "summary"}
    assert parse_field_map("") == {}
    with pytest.raises(LoaderError):
        parse_field_map("title")


def test_csv_and_tsv():
    papers, rejects = load(DATA / "papers.csv")
    assert rejects == []
    assert [p.key for p in papers] == ["doi:10.18653/v1/n19-1423", "c2"]
    assert papers[0].authors == ["Jacob Devlin", "Ming-Wei Chang"]
    assert papers[1].abstract.endswith("This second line is part of the same quoted field.")
    assert papers[1].date_raw == "2019" and papers[1].date is None
    assert [p.line for p in papers] == [2, 3]
    tsv, rejects = load(DATA / "papers.tsv")
    assert rejects == []
    assert [p.key for p in tsv] == ["t1", "t2"]
    assert tsv[0].title.startswith("XLNet")


def test_arxiv_snapshot():
    papers, rejects = load(DATA / "arxiv-metadata-oai-snapshot.json")
    assert rejects == []
    a, b, c = papers
    assert a.key == "arxiv:0704.0001" and a.arxiv_id == "0704.0001"
    assert a.title == "Calculation of prompt diphoton production cross sections at Tevatron and LHC energies"
    assert a.abstract.startswith("A fully differential calculation") and "\n" not in a.abstract
    assert a.date == "2007-04-02" and a.doi == "10.1103/PhysRevD.76.013009"
    assert a.authors[0] == "C. Balázs"
    assert a.source_ids == {"arxiv": "0704.0001"}
    assert "80.5% (7.7% point absolute improvement)" in b.abstract
    assert c.key == "arxiv:hep-th/9901001" and c.date == "2008-02-03"  # no versions: update_date
    assert "$\\alpha$" in c.abstract  # inline math kept as written


def test_openalex():
    papers, rejects = load(DATA / "openalex_works.jsonl")
    a, b = papers
    assert a.abstract == "The dominant sequence transduction models are based on attention."
    assert a.key == "arxiv:1706.03762" and a.source_ids == {"openalex": "W2963403868"}
    assert a.authors == ["Ashish Vaswani", "Noam Shazeer"] and a.date == "2017-06-12"
    assert b.abstract == "Deeper networks are hard to networks to train."
    assert b.key == "doi:10.1109/cvpr.2016.90"
    assert [(r.line, r.reason) for r in rejects] == [(3, "missing abstract")]
    page, rejects = load(DATA / "openalex_page.json")
    assert rejects == []
    assert [p.key for p in page] == ["arxiv:1710.10903", "doi:10.1000/xyz"]
    assert page[0].title == "Graph Attention Networks"  # display_name
    assert page[0].authors == ["Petar Veličković"]


def test_openalex_key_without_doi(tmp_path):
    path = tmp_path / "w.jsonl"
    path.write_text(json.dumps({"id": "https://openalex.org/W123", "title": "T",
                                "abstract_inverted_index": {"A": [0]}}) + "\n")
    (p,), _ = load(path)
    assert p.key == "openalex:W123"


def test_semantic_scholar():
    papers, rejects = load(DATA / "s2_papers.json")
    assert [p.key for p in papers] == ["arxiv:1810.04805", "doi:10.1000/s2doi"]
    assert papers[0].source_ids["s2"] == "df2b0e26d0599ce3e70df8a9da02e51594e0e992"
    assert papers[0].date == "2018-10-11" and papers[1].date_raw == "2020"
    assert [(r.line, r.reason) for r in rejects] == [(3, "missing abstract")]
    search, rejects = load(DATA / "s2_search.json")
    assert rejects == []
    assert [p.key for p in search] == ["s2:s2only", "s2:s2two"]
    assert search[0].authors == ["A. Writer"]


def test_bibtex_zotero():
    papers, rejects = load(DATA / "zotero.bib")
    bert, muller = papers
    assert bert.title == "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding"
    assert bert.key == "arxiv:1810.04805" and bert.doi == "10.18653/v1/N19-1423"
    assert bert.authors == ["Jacob Devlin", "Ming-Wei Chang", "Kenton Lee", "Kristina Toutanova"]
    assert bert.abstract == ("We introduce a new language representation model called BERT, which "
                             "stands for Bidirectional Encoder Representations from Transformers. "
                             "It obtains 80.5% on GLUE & more – with α tuning.")
    assert bert.date_raw == "jun 2019" and bert.line == 6
    assert bert.source_ids == {"bibtex": "devlin_bert_2019"}
    assert muller.title == "Über Models and the Schrödinger Equation"
    assert muller.authors == ["Jörg Müller", "Google Research"]
    assert muller.abstract == "A quoted abstract with braces and a café."
    assert muller.arxiv_id == "2001.00001"  # from journal = {arXiv preprint arXiv:…}
    assert [(r.line, r.reason) for r in rejects] == [(30, "missing abstract")]


def test_bibtex_mendeley_and_macros(tmp_path):
    papers, rejects = load(DATA / "mendeley.bib")
    assert rejects == [] and papers[0].key == "arxiv:1706.03762"
    assert papers[0].title == "Attention is all you need"
    path = tmp_path / "m.bib"
    path.write_text('@STRING{ pre = "Big" }\n@Article(k1,\n  title = pre # " Models",\n'
                    '  abstract = "An " # {abstract} # " here",\n  year = 2020)\n')
    (p,), rejects = load(path)
    assert rejects == []
    assert p.title == "Big Models" and p.abstract == "An abstract here"


def test_huggingface_daily_papers():
    papers, rejects = load(DATA / "hf_daily_papers.json")
    assert rejects == []
    a, b = papers
    assert a.key == "arxiv:2401.12345" and a.arxiv_id == "2401.12345"
    assert a.title == "A Daily Paper About Things" and a.abstract == "We present a method. It works well."
    assert a.date == "2024-01-22" and a.authors == ["Alice Smith", "Bob Jones"]
    assert a.url == "https://huggingface.co/papers/2401.12345"
    assert b.key == "arxiv:2401.99999"


@pytest.mark.parametrize("plain,packed", [
    ("arxiv-metadata-oai-snapshot.json", "arxiv-metadata-oai-snapshot.json.gz"),
    ("generic.jsonl", "generic.jsonl.bz2"),
    ("zotero.bib", "zotero.bib.gz"),
    ("papers.csv", "papers.csv.bz2"),
])
def test_compressed_variants(plain, packed):
    a, ra = load(DATA / plain)
    b, rb = load(DATA / packed)
    assert a and [p.model_dump(exclude={"source"}) for p in a] == [
        p.model_dump(exclude={"source"}) for p in b]
    assert len(ra) == len(rb)


# --------------------------------------------------------------------------- detection and walking


@pytest.mark.parametrize("name,fmt", [
    ("generic.jsonl", "jsonl"), ("generic_array.json", "jsonl"), ("papers.csv", "csv"),
    ("papers.tsv", "csv"), ("arxiv-metadata-oai-snapshot.json", "arxiv"),
    ("arxiv-metadata-oai-snapshot.json.gz", "arxiv"), ("openalex_works.jsonl", "openalex"),
    ("openalex_page.json", "openalex"), ("s2_papers.json", "semantic_scholar"),
    ("s2_search.json", "semantic_scholar"), ("zotero.bib", "bibtex"), ("mendeley.bib", "bibtex"),
    ("hf_daily_papers.json", "huggingface"),
])
def test_detect_format(name, fmt):
    assert detect_format(DATA / name, read_head(DATA / name)) == fmt


def test_detect_by_content_not_extension(tmp_path):
    path = tmp_path / "export.txt"
    path.write_bytes((DATA / "zotero.bib").read_bytes())
    assert detect_format(path, read_head(path)) == "bibtex"
    path = tmp_path / "noext"
    path.write_bytes((DATA / "s2_papers.json").read_bytes())
    assert detect_format(path, read_head(path)) == "semantic_scholar"
    for sample in SAMPLES.iterdir():
        assert detect_format(sample, read_head(sample)) == "seed_pages"


def test_formats_registry():
    for name in ("seed_pages", "jsonl", "csv", "tsv", "arxiv", "openalex", "semantic_scholar",
                 "bibtex", "huggingface"):
        module = FORMATS[name]
        assert callable(module.sniff) and callable(module.read) and module.NAME


def test_forced_format_and_errors(tmp_path):
    papers, rejects = load(DATA / "papers.tsv", fmt="tsv")
    assert len(papers) == 2 and rejects == []
    papers, rejects = load(DATA / "generic.jsonl", fmt="json")
    assert len(papers) == 3
    with pytest.raises(LoaderError, match="unknown format"):
        read_papers([DATA / "generic.jsonl"], RejectSink(), fmt="parquet")
    with pytest.raises(LoaderError, match="nope.jsonl"):
        read_papers([tmp_path / "nope.jsonl"], RejectSink())


def test_directory_walk(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.jsonl").write_text('{"id": "b2", "title": "B2", "abstract": "x"}\n')
    (tmp_path / "a.jsonl").write_text('{"id": "a1", "title": "A1", "abstract": "x"}\n')
    (tmp_path / "c.jsonl.gz").write_bytes(gzip.compress(b'{"id": "c1", "title": "C1", "abstract": "x"}\n'))
    (tmp_path / ".hidden.jsonl").write_text('{"id": "h", "title": "H", "abstract": "x"}\n')
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.jsonl").write_text('{"id": "g", "title": "G", "abstract": "x"}\n')
    (tmp_path / "notes.xyz").write_text("just some words\n")
    papers, rejects = load(tmp_path)
    assert [p.key for p in papers] == ["a1", "b2", "c1"]
    assert [(Path(r.source).name, r.reason) for r in rejects] == [("notes.xyz", "unrecognised format")]


# --------------------------------------------------------------------------- streaming


class CountingReader:
    """Wraps a binary file and records how far it has been read."""

    def __init__(self, f, log):
        self.f, self.log = f, log

    def readline(self, *a):
        data = self.f.readline(*a)
        self.log.append(self.f.tell())
        return data

    def read(self, *a):
        data = self.f.read(*a)
        self.log.append(self.f.tell())
        return data

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.f.close()


@pytest.fixture()
def counting_open(monkeypatch):
    from loaders import common

    positions: list[int] = []
    real = common.open_binary

    def fake(path):
        return CountingReader(real(path), positions)

    monkeypatch.setattr(common, "open_binary", fake)
    return positions


def test_streaming_jsonl(tmp_path, counting_open):
    path = tmp_path / "big.jsonl"
    with open(path, "w") as f:
        for i in range(200_000):
            f.write(json.dumps({"id": f"p{i}", "title": f"Paper {i}", "abstract": f"Abstract {i}."}) + "\n")
    size = path.stat().st_size
    it = read_papers([path], RejectSink())
    assert isinstance(it, Iterator)
    assert counting_open == []  # nothing opened before the first next()
    first = next(it)
    assert first.key == "p0"
    assert 0 < max(counting_open) < size // 20
    second = next(it)
    assert second.key == "p1" and max(counting_open) < size // 20


def test_streaming_json_array(tmp_path, counting_open):
    path = tmp_path / "big.json"
    with open(path, "w") as f:
        f.write("[\n")
        for i in range(100_000):
            sep = "," if i else ""
            f.write(sep + json.dumps({"id": f"p{i}", "title": f"Paper {i}", "abstract": f"Abstract {i}."}) + "\n")
        f.write("]\n")
    size = path.stat().st_size
    it = read_papers([path], RejectSink())
    assert [next(it).key for _ in range(3)] == ["p0", "p1", "p2"]
    assert max(counting_open) < size // 10
    rest = sum(1 for _ in it)
    assert rest == 100_000 - 3


def test_public_api():
    assert set(["read_papers", "parse_field_map", "FORMATS", "LoaderError"]) <= set(loaders.__all__)
