"""One paper, one node, whichever sources it comes from."""

from __future__ import annotations

import json

from kg.pipeline import build
from kg.rejects import RejectSink
from loaders import read_papers

ABSTRACT = "We propose the Transformer, evaluated on the WMT 2014 English-German dataset with BLEU."


def test_same_paper_from_three_sources_is_one_node(tmp_path, store):
    arxiv = tmp_path / "arxiv.jsonl"
    arxiv.write_text(json.dumps({"id": "1706.03762", "title": "Attention Is All You Need",
                                 "abstract": ABSTRACT, "authors": "Ashish Vaswani, Noam Shazeer",
                                 "doi": "10.48550/arXiv.1706.03762", "update_date": "2017-06-12",
                                 "versions": [{"version": "v1", "created": "Mon, 12 Jun 2017 17:57:34 GMT"}]})
                     + "\n")
    generic = tmp_path / "other.jsonl"
    generic.write_text(
        json.dumps({"id": "s2-abc", "title": "Attention is all you need!", "abstract": ABSTRACT + " Again.",
                    "url": "https://example.org/attention"}) + "\n"
        + json.dumps({"id": "s2-abc", "title": "Attention is all you need", "abstract": ABSTRACT}) + "\n")
    rejects = RejectSink()
    report = build(read_papers([generic, arxiv], rejects), store, workers=1)
    assert rejects.count == 0
    assert (report.loaded, report.papers, report.duplicates) == (3, 1, 2)
    rows = store.read("MATCH (p:Paper) RETURN p.key AS key, p.arxiv_id AS arxiv, p.date AS date, "
                      "p.sources AS sources, p.source_ids AS ids, p.authors AS authors")
    assert len(rows) == 1
    paper = rows[0]
    assert paper["key"] == "s2-abc", "the first record read keeps its key"
    assert (paper["arxiv"], paper["date"]) == ("1706.03762", "2017-06-12"), "later sources fill what it lacked"
    assert sorted(paper["sources"]) == sorted([str(arxiv), str(generic)])
    assert "key:arxiv:1706.03762" in paper["ids"]
    authors = store.read("MATCH (a:Author)-[:AUTHORED]->(:Paper) RETURN a.name AS name ORDER BY name")
    assert [a["name"] for a in authors] == ["Ashish Vaswani", "Noam Shazeer"]


def test_short_generic_titles_never_merge(tmp_path, store):
    data = tmp_path / "p.jsonl"
    data.write_text(json.dumps({"id": "a", "title": "Introduction", "abstract": "One."}) + "\n"
                    + json.dumps({"id": "b", "title": "Introduction", "abstract": "Two."}) + "\n")
    report = build(read_papers([data], RejectSink()), store, workers=1)
    assert report.papers == 2
