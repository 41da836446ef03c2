"""The query library: every query's exact rows on a small hand-made graph, on both stores.

The fixture graph is written through the real writers (kg.store.writer.write_rows) from
hand-made rows, so every node, property and relationship is known here:

    p1 2024-01-10 Attention Is All You Need   (Vaswani, Shazeer)   proposes Transformer
    p2 2024-05-02 BERT                         (Devlin, Vaswani)    proposes BERT
    p3 2024-06-20 RoBERTa                      (Devlin)             proposes RoBERTa
    p4 2023-11-15 Llama 2                      (Touvron)            proposes Llama 2
    p5 (no date)  Alpaca                       (no authors)         proposes Alpaca
"""

from __future__ import annotations

import re

import pytest

from kg import library
from kg.store.rows import GraphRows
from kg.store.writer import refresh_paper_counts, stats, write_rows

# ------------------------------------------------------------------ the fixture graph

PAPERS = {
    "p1": ("Attention Is All You Need", "2024-01-10", ["Ashish Vaswani", "Noam Shazeer"]),
    "p2": ("BERT: Pre-training of Deep Bidirectional Transformers", "2024-05-02", ["Jacob Devlin", "Ashish Vaswani"]),
    "p3": ("RoBERTa: A Robustly Optimized BERT Pretraining Approach", "2024-06-20", ["Jacob Devlin"]),
    "p4": ("Llama 2: Open Foundation and Fine-Tuned Chat Models", "2023-11-15", ["Hugo Touvron"]),
    "p5": ("Alpaca: A Strong Instruction-Following Model", None, []),
}

# key: (name, type, aliases, family, higher_is_better)
ENTITIES = {
    "transformer": ("Transformer", "Method", ["Transformer", "transformers"], None, None),
    "bert": ("BERT", "Model", ["BERT", "Bidirectional Encoder Representations from Transformers"], None, None),
    "roberta": ("RoBERTa", "Model", ["RoBERTa"], None, None),
    "llama-2": ("Llama 2", "Model", ["Llama 2", "LLaMA-2"], None, None),
    "llama-2-7b": ("Llama 2 7B", "Model", ["Llama 2 7B"], "llama-2", None),
    "alpaca": ("Alpaca", "Model", ["Alpaca"], None, None),
    "glue": ("GLUE", "Dataset", ["GLUE", "General Language Understanding Evaluation"], None, None),
    "squad": ("SQuAD", "Dataset", ["SQuAD"], None, None),
    "wikitext-103": ("WikiText-103", "Dataset", ["WikiText-103"], None, None),
    "accuracy": ("accuracy", "Metric", ["accuracy", "acc"], None, True),
    "perplexity": ("perplexity", "Metric", ["perplexity", "PPL"], None, False),
    "f1": ("F1", "Metric", ["F1", "F1 score"], None, None),
    "question-answering": ("question answering", "Task", ["question answering", "QA"], None, None),
}

MENTIONS = {
    "p1": ["transformer", "glue", "accuracy"],
    "p2": ["bert", "transformer", "glue", "squad", "accuracy", "question-answering", "f1"],
    "p3": ["roberta", "bert", "glue", "squad", "accuracy", "question-answering", "f1"],
    "p4": ["llama-2", "llama-2-7b", "perplexity", "transformer", "wikitext-103"],
    "p5": ["alpaca", "llama-2-7b", "perplexity", "squad", "wikitext-103"],
}
PROPOSES = {"p1": "transformer", "p2": "bert", "p3": "roberta", "p4": "llama-2", "p5": "alpaca"}

# (type, source, target, paper); both ends are mentioned by the paper, as kg/store/rows.py ensures
ENTITY_EDGES = [
    ("BASED_ON", "bert", "transformer", "p2"),
    ("BASED_ON", "roberta", "bert", "p3"),
    ("FINE_TUNED_FROM", "alpaca", "llama-2-7b", "p5"),
    ("EVALUATED_ON", "bert", "glue", "p2"),
    ("EVALUATED_ON", "bert", "squad", "p2"),
    ("EVALUATED_ON", "roberta", "glue", "p3"),
    ("EVALUATED_ON", "bert", "glue", "p3"),
    ("TRAINED_ON", "alpaca", "squad", "p5"),
    ("COMPARED_WITH", "roberta", "bert", "p3"),
    ("OUTPERFORMS", "roberta", "bert", "p3"),
    ("USES", "bert", "transformer", "p2"),
    ("ADDRESSES", "bert", "question-answering", "p2"),
    ("ADDRESSES", "squad", "question-answering", "p2"),
    ("ADDRESSES", "squad", "question-answering", "p3"),
    ("ADDRESSES", "roberta", "question-answering", "p3"),
    ("MEASURED_WITH", "question-answering", "f1", "p2"),
    ("MEASURED_WITH", "glue", "accuracy", "p2"),
    ("MEASURED_WITH", "glue", "accuracy", "p3"),
]

# (key, paper, subject, dataset, metric, value, unit, kind)
RESULTS = [
    ("r1", "p2", "bert", "glue", "accuracy", 80.5, "%", "score"),
    ("r2", "p3", "roberta", "glue", "accuracy", 88.5, "%", "score"),
    ("r3", "p3", "bert", "glue", "accuracy", 82.1, "%", "score"),
    ("r4", "p3", "roberta", "glue", "accuracy", 8.0, "points", "gain"),
    ("r5", "p4", "llama-2-7b", "wikitext-103", "perplexity", 5.5, "", "score"),
    ("r6", "p5", "alpaca", "wikitext-103", "perplexity", 6.1, "", "score"),
    ("r7", "p5", "llama-2-7b", "wikitext-103", "perplexity", 5.9, "", "score"),
    ("r8", "p2", None, "squad", "f1", 93.2, "", "score"),
    ("r9", "p3", "roberta", "squad", "f1", 94.6, "", "score"),
    ("r10", "p3", "bert", "squad", "f1", 94.6, "", "score"),
    ("r11", "p5", "alpaca", "squad", None, 2.0, "%", "gain"),  # a sentence that names no metric
    ("r12", "p4", "llama-2", "glue", "accuracy", 99.0, "%", "score", "at least"),  # "over 99%": no leaderboard's
]


def sentence(kind: str, *parts: str) -> str:
    return f"{kind} " + " ".join(parts) + "."


def _evidence(paper: str, text: str, confidence: float = 0.9) -> dict:
    return {"paper": paper, "sentence": text, "field": "abstract", "start": 0, "end": len(text),
            "rule": "test", "confidence": confidence, "count": 1}


def fixture_rows() -> GraphRows:
    rows = GraphRows()
    for key, (title, date, authors) in PAPERS.items():
        rows.papers.append({
            "key": key, "title": title, "abstract": f"Abstract of {title}.", "title_norm": title.lower(),
            "date": date, "date_raw": date or "", "url": None, "doi": None, "arxiv_id": None,
            "authors": authors, "source_ids": [], "sources": ["fixture.jsonl"],
        })
        rows.hashes.append({"key": key, "hash": "h-" + key})
        for name in authors:
            rows.authors.append({"paper": key, "key": "a:" + name.lower().replace(" ", "-"), "name": name})
    for key, (name, label, aliases, family, hib) in ENTITIES.items():
        rows.entities.setdefault(label, []).append({
            "key": key, "name": name, "aliases": aliases, "aliases_lower": [a.lower() for a in aliases],
            "family": family, "higher_is_better": hib,
        })
        if family:
            rows.variants.append({"variant": key, "family": family})
    for paper, keys in MENTIONS.items():
        for key in keys:
            rows.paper_edges.setdefault("MENTIONS", []).append(
                {"target": key, **_evidence(paper, sentence("mention", paper, ENTITIES[key][0]))})
    for paper, key in PROPOSES.items():
        rows.paper_edges.setdefault("PROPOSES", []).append(
            {"target": key, **_evidence(paper, sentence("propose", paper, ENTITIES[key][0]), 0.8)})
    for rel, source, target, paper in ENTITY_EDGES:
        rows.entity_edges.setdefault(rel, []).append(
            {"source": source, "target": target,
             **_evidence(paper, sentence(rel.lower(), paper, ENTITIES[source][0], ENTITIES[target][0]))})
    for key, paper, subject, dataset, metric, value, unit, kind, *bounded in RESULTS:
        bound = bounded[0] if bounded else ""
        text = sentence("result", paper, key)
        rows.results.append({
            "key": key, "paper": paper, "value": value, "unit": unit, "kind": kind, "bound": bound,
            "metric": ENTITIES[metric][0] if metric else None, "metric_key": metric,
            "dataset": ENTITIES[dataset][0] if dataset else None, "dataset_key": dataset,
            "subject": ENTITIES[subject][0] if subject else None, "subject_key": subject,
            "sentence": text, "field": "abstract", "start": 0, "end": len(text), "rule": "test", "confidence": 0.7,
        })
    return rows


def write_fixture(store) -> None:
    """The fixture graph, with the paper counts a build ends with, plus PageRank on two
    entities as `kg analyze` would write it."""
    store.setup_schema()
    write_rows(store, fixture_rows())
    refresh_paper_counts(store)
    store.write("UNWIND $rows AS row MATCH (e:Entity {key: row.key}) SET e.pagerank = row.pagerank",
                {"rows": [{"key": "transformer", "pagerank": 0.4}, {"key": "bert", "pagerank": 0.3}]})


def graph_counts(store) -> dict:
    counts = stats(store)
    return {"nodes": counts["nodes"], "relationships": counts["relationships"]}


# ------------------------------------------------------------------ expected rows

T = {k: v[0] for k, v in PAPERS.items()}  # paper titles
MENTION = {(p, k): sentence("mention", p, ENTITIES[k][0]) for p, ks in MENTIONS.items() for k in ks}


def edge_sentence(rel, source, target, paper):
    return sentence(rel.lower(), paper, ENTITIES[source][0], ENTITIES[target][0])


# query name -> list of (params, exact rows)
EXPECTED: dict[str, list[tuple[dict, list[dict]]]] = {
    "top-entities": [
        ({"type": "dataset"}, [
            {"name": "GLUE", "type": "Dataset", "papers": 3},
            {"name": "SQuAD", "type": "Dataset", "papers": 3},
            {"name": "WikiText-103", "type": "Dataset", "papers": 2},
        ]),
        ({"type": "Model", "limit": 2}, [
            {"name": "BERT", "type": "Model", "papers": 2},
            {"name": "Llama 2 7B", "type": "Model", "papers": 2},
        ]),
    ],
    "entity-search": [
        ({"text": "BIDIRECTIONAL"}, [
            {"name": "BERT", "type": "Model", "aliases": ["BERT", "Bidirectional Encoder Representations from Transformers"],
             "papers": 2},
        ]),
        ({"text": "llama"}, [
            {"name": "Llama 2 7B", "type": "Model", "aliases": ["Llama 2 7B"], "papers": 2},
            {"name": "Llama 2", "type": "Model", "aliases": ["Llama 2", "LLaMA-2"], "papers": 1},
        ]),
    ],
    "compared-with": [
        ({"entity": "roberta"}, [
            {"entity": "RoBERTa", "counterpart": "BERT", "type": "Model", "papers": 1, "outperforms": 1},
        ]),
        ({"entity": "BERT"}, [
            {"entity": "BERT", "counterpart": "RoBERTa", "type": "Model", "papers": 1, "outperforms": 0},
        ]),
    ],
    "datasets-used-by": [
        ({"entity": "bidirectional encoder representations from transformers"}, [
            {"entity": "BERT", "dataset": "GLUE", "relation": "EVALUATED_ON", "papers": 2},
            {"entity": "BERT", "dataset": "SQuAD", "relation": "EVALUATED_ON", "papers": 1},
        ]),
        ({"entity": "Alpaca"}, [
            {"entity": "Alpaca", "dataset": "SQuAD", "relation": "TRAINED_ON", "papers": 1},
        ]),
    ],
    "evidence": [
        ({"source": "BERT", "target": "glue"}, [
            {"relation": "EVALUATED_ON", "source": "BERT", "target": "GLUE", "paper": "p2", "title": T["p2"],
             "sentence": edge_sentence("EVALUATED_ON", "bert", "glue", "p2"), "rule": "test", "confidence": 0.9},
            {"relation": "EVALUATED_ON", "source": "BERT", "target": "GLUE", "paper": "p3", "title": T["p3"],
             "sentence": edge_sentence("EVALUATED_ON", "bert", "glue", "p3"), "rule": "test", "confidence": 0.9},
        ]),
        ({"source": "Llama 2 7B", "target": "LLaMA-2"}, []),  # VARIANT_OF has no sentence
    ],
    "methods-evaluated-on": [
        ({"dataset": "General Language Understanding Evaluation"}, [
            {"method": "BERT", "type": "Model", "dataset": "GLUE", "papers": 2,
             "evidence": edge_sentence("EVALUATED_ON", "bert", "glue", "p2")},
            {"method": "RoBERTa", "type": "Model", "dataset": "GLUE", "papers": 1,
             "evidence": edge_sentence("EVALUATED_ON", "roberta", "glue", "p3")},
        ]),
    ],
    "new-datasets": [({}, [])],
    "paper-graph": [
        ({"paper": "alpaca: a strong instruction-following model"}, [
            {"paper": "p5", "relation": "FINE_TUNED_FROM", "source": "Alpaca", "source_type": "Model",
             "target": "Llama 2 7B", "target_type": "Model",
             "evidence": edge_sentence("FINE_TUNED_FROM", "alpaca", "llama-2-7b", "p5"), "rule": "test",
             "confidence": 0.9},
            *[{"paper": "p5", "relation": "MENTIONS", "source": "Paper", "source_type": "Paper",
               "target": ENTITIES[k][0], "target_type": ENTITIES[k][1], "evidence": MENTION["p5", k],
               "rule": "test", "confidence": 0.9}
              for k in ["alpaca", "llama-2-7b", "squad", "wikitext-103", "perplexity"]],
            {"paper": "p5", "relation": "PROPOSES", "source": "Paper", "source_type": "Paper", "target": "Alpaca",
             "target_type": "Model", "evidence": sentence("propose", "p5", "Alpaca"), "rule": "test",
             "confidence": 0.8},
            {"paper": "p5", "relation": "TRAINED_ON", "source": "Alpaca", "source_type": "Model", "target": "SQuAD",
             "target_type": "Dataset", "evidence": edge_sentence("TRAINED_ON", "alpaca", "squad", "p5"),
             "rule": "test", "confidence": 0.9},
        ]),
        ({"paper": "p1", "limit": 2}, [
            {"paper": "p1", "relation": "MENTIONS", "source": "Paper", "source_type": "Paper", "target": "GLUE",
             "target_type": "Dataset", "evidence": MENTION["p1", "glue"], "rule": "test", "confidence": 0.9},
            {"paper": "p1", "relation": "MENTIONS", "source": "Paper", "source_type": "Paper",
             "target": "Transformer", "target_type": "Method", "evidence": MENTION["p1", "transformer"],
             "rule": "test", "confidence": 0.9},
        ]),
        ({"paper": "no such paper"}, []),
    ],
    "leaderboard": [
        ({"dataset": "glue", "metric": "ACC"}, [
            {"entity": "RoBERTa", "type": "Model", "value": 88.5, "unit": "%", "metric": "accuracy", "dataset": "GLUE",
             "higher_is_better": True, "papers": 1, "paper": "p3", "title": T["p3"],
             "evidence": sentence("result", "p3", "r2")},
            {"entity": "BERT", "type": "Model", "value": 82.1, "unit": "%", "metric": "accuracy", "dataset": "GLUE",
             "higher_is_better": True, "papers": 2, "paper": "p3", "title": T["p3"],
             "evidence": sentence("result", "p3", "r3")},
        ]),
        ({"dataset": "WikiText-103", "metric": "ppl"}, [  # lower is better
            {"entity": "Llama 2 7B", "type": "Model", "value": 5.5, "unit": "", "metric": "perplexity",
             "dataset": "WikiText-103", "higher_is_better": False, "papers": 2, "paper": "p4", "title": T["p4"],
             "evidence": sentence("result", "p4", "r5")},
            {"entity": "Alpaca", "type": "Model", "value": 6.1, "unit": "", "metric": "perplexity",
             "dataset": "WikiText-103", "higher_is_better": False, "papers": 1, "paper": "p5", "title": T["p5"],
             "evidence": sentence("result", "p5", "r6")},
        ]),
        ({"dataset": "SQuAD", "metric": "F1 score"}, [  # direction unknown: higher; a tie, then by name
            {"entity": "BERT", "type": "Model", "value": 94.6, "unit": "", "metric": "F1", "dataset": "SQuAD",
             "higher_is_better": True, "papers": 1, "paper": "p3", "title": T["p3"],
             "evidence": sentence("result", "p3", "r10")},
            {"entity": "RoBERTa", "type": "Model", "value": 94.6, "unit": "", "metric": "F1", "dataset": "SQuAD",
             "higher_is_better": True, "papers": 1, "paper": "p3", "title": T["p3"],
             "evidence": sentence("result", "p3", "r9")},
        ]),
        ({"dataset": "glue", "metric": "accuracy", "limit": 1}, [
            {"entity": "RoBERTa", "type": "Model", "value": 88.5, "unit": "%", "metric": "accuracy", "dataset": "GLUE",
             "higher_is_better": True, "papers": 1, "paper": "p3", "title": T["p3"],
             "evidence": sentence("result", "p3", "r2")},
        ]),
    ],
    "model-lineage": [
        ({"model": "alpaca"}, [
            {"model": "Alpaca", "direction": "builds on", "entity": "Llama 2 7B", "type": "Model", "distance": 1,
             "chain": "Alpaca -FINE_TUNED_FROM-> Llama 2 7B"},
            {"model": "Alpaca", "direction": "builds on", "entity": "Llama 2", "type": "Model", "distance": 2,
             "chain": "Alpaca -FINE_TUNED_FROM-> Llama 2 7B -VARIANT_OF-> Llama 2"},
        ]),
        ({"model": "llama-2", "depth": 1}, [
            {"model": "Llama 2", "direction": "built on by", "entity": "Llama 2 7B", "type": "Model", "distance": 1,
             "chain": "Llama 2 <-VARIANT_OF- Llama 2 7B"},
        ]),
        ({"model": "BERT"}, [
            {"model": "BERT", "direction": "built on by", "entity": "RoBERTa", "type": "Model", "distance": 1,
             "chain": "BERT <-BASED_ON- RoBERTa"},
            {"model": "BERT", "direction": "builds on", "entity": "Transformer", "type": "Method", "distance": 1,
             "chain": "BERT -BASED_ON-> Transformer"},
        ]),
    ],
    "co-occurring": [
        ({"entity": "RoBERTa"}, [
            {"entity": "RoBERTa", "other": k, "type": t, "papers": 1}
            for k, t in [("BERT", "Model"), ("F1", "Metric"), ("GLUE", "Dataset"), ("SQuAD", "Dataset"),
                         ("accuracy", "Metric"), ("question answering", "Task")]
        ]),
        ({"entity": "transformers", "type": "dataset"}, [
            {"entity": "Transformer", "other": "GLUE", "type": "Dataset", "papers": 2},
            {"entity": "Transformer", "other": "SQuAD", "type": "Dataset", "papers": 1},
            {"entity": "Transformer", "other": "WikiText-103", "type": "Dataset", "papers": 1},
        ]),
    ],
    "tasks-for-dataset": [
        ({"dataset": "squad"}, [
            {"dataset": "SQuAD", "task": "question answering", "stated": 2, "papers": 2},
        ]),
        ({"dataset": "GLUE"}, [
            {"dataset": "GLUE", "task": "question answering", "stated": 0, "papers": 2},
        ]),
    ],
    "metrics-for-task": [
        ({"task": "QA"}, [
            {"task": "question answering", "metric": "F1", "higher_is_better": True, "stated": 1, "papers": 2},
            {"task": "question answering", "metric": "accuracy", "higher_is_better": True, "stated": 0, "papers": 2},
        ]),
    ],
    "dataset-metrics": [
        ({"dataset": "GLUE"}, [
            {"dataset": "GLUE", "metric": "accuracy", "higher_is_better": True, "results": 5, "stated": 2,
             "papers": 3},  # (the bound r12 is a result too)
            {"dataset": "GLUE", "metric": "F1", "higher_is_better": True, "results": 0, "stated": 0, "papers": 2},
        ]),
        ({"dataset": "squad"}, [  # F1 results on SQuAD; perplexity only co-mentioned (p5)
            {"dataset": "SQuAD", "metric": "F1", "higher_is_better": True, "results": 3, "stated": 0, "papers": 2},
            {"dataset": "SQuAD", "metric": "accuracy", "higher_is_better": True, "results": 0, "stated": 0,
             "papers": 2},
            {"dataset": "SQuAD", "metric": "perplexity", "higher_is_better": False, "results": 0, "stated": 0,
             "papers": 1},
        ]),
    ],
    "trending": [
        # newest paper 2024-06: recent window 2024-01..06 (p1, p2, p3), previous 2023-07..12 (p4)
        ({}, [
            {"entity": "GLUE", "type": "Dataset", "recent": 3, "previous": 0, "growth": 3,
             "recent_start": "2024-01", "previous_start": "2023-07"},
            {"entity": "accuracy", "type": "Metric", "recent": 3, "previous": 0, "growth": 3,
             "recent_start": "2024-01", "previous_start": "2023-07"},
            *[{"entity": name, "type": t, "recent": 2, "previous": 0, "growth": 2,
               "recent_start": "2024-01", "previous_start": "2023-07"}
              for name, t in [("BERT", "Model"), ("F1", "Metric"), ("SQuAD", "Dataset"),
                              ("question answering", "Task")]],
            {"entity": "Transformer", "type": "Method", "recent": 2, "previous": 1, "growth": 1,
             "recent_start": "2024-01", "previous_start": "2023-07"},
        ]),
        ({"type": "method", "min_papers": 1}, [
            {"entity": "Transformer", "type": "Method", "recent": 2, "previous": 1, "growth": 1,
             "recent_start": "2024-01", "previous_start": "2023-07"},
        ]),
        ({"type": "Model", "months": 1, "min_papers": 1}, [  # recent 2024-06 (p3), previous 2024-05 (p2)
            {"entity": "RoBERTa", "type": "Model", "recent": 1, "previous": 0, "growth": 1,
             "recent_start": "2024-06", "previous_start": "2024-05"},
            {"entity": "BERT", "type": "Model", "recent": 1, "previous": 1, "growth": 0,
             "recent_start": "2024-06", "previous_start": "2024-05"},
        ]),
        ({"months": 7, "type": "Model", "min_papers": 1}, [  # windows cross a year; Llama 2 (p4, 2023-11) is not recent
            {"entity": "BERT", "type": "Model", "recent": 2, "previous": 0, "growth": 2,
             "recent_start": "2023-12", "previous_start": "2023-05"},
            {"entity": "RoBERTa", "type": "Model", "recent": 1, "previous": 0, "growth": 1,
             "recent_start": "2023-12", "previous_start": "2023-05"},
        ]),
        ({"months": 7, "type": "Model", "min_papers": 0}, [  # shrinking entities too, growth below zero
            {"entity": "BERT", "type": "Model", "recent": 2, "previous": 0, "growth": 2,
             "recent_start": "2023-12", "previous_start": "2023-05"},
            {"entity": "RoBERTa", "type": "Model", "recent": 1, "previous": 0, "growth": 1,
             "recent_start": "2023-12", "previous_start": "2023-05"},
            {"entity": "Llama 2", "type": "Model", "recent": 0, "previous": 1, "growth": -1,
             "recent_start": "2023-12", "previous_start": "2023-05"},
            {"entity": "Llama 2 7B", "type": "Model", "recent": 0, "previous": 1, "growth": -1,
             "recent_start": "2023-12", "previous_start": "2023-05"},
        ]),
    ],
    "results-for": [
        ({"entity": "WikiText-103"}, [
            {"subject": "Alpaca", "dataset": "WikiText-103", "metric": "perplexity", "value": 6.1, "unit": "",
             "kind": "score", "bound": "", "paper": "p5", "title": T["p5"], "evidence": sentence("result", "p5", "r6")},
            {"subject": "Llama 2 7B", "dataset": "WikiText-103", "metric": "perplexity", "value": 5.9, "unit": "",
             "kind": "score", "bound": "", "paper": "p5", "title": T["p5"], "evidence": sentence("result", "p5", "r7")},
            {"subject": "Llama 2 7B", "dataset": "WikiText-103", "metric": "perplexity", "value": 5.5, "unit": "",
             "kind": "score", "bound": "", "paper": "p4", "title": T["p4"], "evidence": sentence("result", "p4", "r5")},
        ]),
        ({"entity": "f1"}, [
            {"subject": "BERT", "dataset": "SQuAD", "metric": "F1", "value": 94.6, "unit": "", "kind": "score", "bound": "",
             "paper": "p3", "title": T["p3"], "evidence": sentence("result", "p3", "r10")},
            {"subject": "RoBERTa", "dataset": "SQuAD", "metric": "F1", "value": 94.6, "unit": "", "kind": "score", "bound": "",
             "paper": "p3", "title": T["p3"], "evidence": sentence("result", "p3", "r9")},
            {"subject": "", "dataset": "SQuAD", "metric": "F1", "value": 93.2, "unit": "", "kind": "score", "bound": "",
             "paper": "p2", "title": T["p2"], "evidence": sentence("result", "p2", "r8")},
        ]),
        ({"entity": "LLaMA-2"}, [  # a bound ("over 99%") says so
            {"subject": "Llama 2", "dataset": "GLUE", "metric": "accuracy", "value": 99.0, "unit": "%", "kind": "score",
             "bound": "at least", "paper": "p4", "title": T["p4"], "evidence": sentence("result", "p4", "r12")},
        ]),
        ({"entity": "Alpaca"}, [  # a result without a metric is still the subject's
            {"subject": "Alpaca", "dataset": "SQuAD", "metric": "", "value": 2.0, "unit": "%", "kind": "gain", "bound": "",
             "paper": "p5", "title": T["p5"], "evidence": sentence("result", "p5", "r11")},
            {"subject": "Alpaca", "dataset": "WikiText-103", "metric": "perplexity", "value": 6.1, "unit": "",
             "kind": "score", "bound": "", "paper": "p5", "title": T["p5"], "evidence": sentence("result", "p5", "r6")},
        ]),
        ({"entity": "RoBERTa"}, [  # metric names in code-point order: 'F1' before 'accuracy'; scores before gains
            {"subject": "RoBERTa", "dataset": "SQuAD", "metric": "F1", "value": 94.6, "unit": "", "kind": "score", "bound": "",
             "paper": "p3", "title": T["p3"], "evidence": sentence("result", "p3", "r9")},
            {"subject": "RoBERTa", "dataset": "GLUE", "metric": "accuracy", "value": 88.5, "unit": "%",
             "kind": "score", "bound": "", "paper": "p3", "title": T["p3"], "evidence": sentence("result", "p3", "r2")},
            {"subject": "RoBERTa", "dataset": "GLUE", "metric": "accuracy", "value": 8.0, "unit": "points",
             "kind": "gain", "bound": "", "paper": "p3", "title": T["p3"], "evidence": sentence("result", "p3", "r4")},
        ]),
    ],
    "papers-mentioning": [
        ({"entity": "BERT"}, [
            {"entity": "BERT", "paper": "p2", "title": T["p2"], "date": "2024-05-02", "proposes": True,
             "evidence": MENTION["p2", "bert"]},
            {"entity": "BERT", "paper": "p3", "title": T["p3"], "date": "2024-06-20", "proposes": False,
             "evidence": MENTION["p3", "bert"]},
        ]),
        ({"entity": "Llama 2 7B"}, [
            {"entity": "Llama 2 7B", "paper": "p4", "title": T["p4"], "date": "2023-11-15", "proposes": False,
             "evidence": MENTION["p4", "llama-2-7b"]},
            {"entity": "Llama 2 7B", "paper": "p5", "title": T["p5"], "date": "", "proposes": False,
             "evidence": MENTION["p5", "llama-2-7b"]},
        ]),
        ({"entity": "squad", "limit": 1}, [
            {"entity": "SQuAD", "paper": "p3", "title": T["p3"], "date": "2024-06-20", "proposes": False,
             "evidence": MENTION["p3", "squad"]},
        ]),
    ],
    "proposed-by": [
        ({"paper": "P3"}, []),  # keys are exact; titles are any case
        ({"paper": "p3"}, [
            {"paper": "p3", "entity": "RoBERTa", "type": "Model", "evidence": sentence("propose", "p3", "RoBERTa"),
             "confidence": 0.8},
        ]),
        ({"paper": "ATTENTION IS ALL YOU NEED"}, [
            {"paper": "p1", "entity": "Transformer", "type": "Method",
             "evidence": sentence("propose", "p1", "Transformer"), "confidence": 0.8},
        ]),
    ],
    "papers-by-author": [
        ({"author": "ashish vaswani"}, [
            {"author": "Ashish Vaswani", "paper": "p2", "title": T["p2"], "date": "2024-05-02", "proposes": 1},
            {"author": "Ashish Vaswani", "paper": "p1", "title": T["p1"], "date": "2024-01-10", "proposes": 1},
        ]),
        ({"author": "a:jacob-devlin", "limit": 1}, [
            {"author": "Jacob Devlin", "paper": "p3", "title": T["p3"], "date": "2024-06-20", "proposes": 1},
        ]),
    ],
    "coauthors": [
        ({"author": "Ashish Vaswani"}, [
            {"author": "Ashish Vaswani", "coauthor": "Jacob Devlin", "papers": 1},
            {"author": "Ashish Vaswani", "coauthor": "Noam Shazeer", "papers": 1},
        ]),
        ({"author": "Hugo Touvron"}, []),
    ],
    "central-methods": [
        ({}, [
            {"name": "Transformer", "type": "Method", "pagerank": 0.4, "papers": 3},
            {"name": "BERT", "type": "Model", "pagerank": 0.3, "papers": 2},
            {"name": "Llama 2 7B", "type": "Model", "pagerank": 0.0, "papers": 2},
            {"name": "Alpaca", "type": "Model", "pagerank": 0.0, "papers": 1},
            {"name": "Llama 2", "type": "Model", "pagerank": 0.0, "papers": 1},
            {"name": "RoBERTa", "type": "Model", "pagerank": 0.0, "papers": 1},
        ]),
        ({"type": "Dataset", "limit": 2}, [
            {"name": "GLUE", "type": "Dataset", "pagerank": 0.0, "papers": 3},
            {"name": "SQuAD", "type": "Dataset", "pagerank": 0.0, "papers": 3},
        ]),
    ],
    "outperforms": [
        ({"entity": "bert"}, [
            {"entity": "BERT", "direction": "outperformed by", "counterpart": "RoBERTa", "type": "Model", "papers": 1,
             "paper": "p3", "evidence": edge_sentence("OUTPERFORMS", "roberta", "bert", "p3")},
        ]),
        ({"entity": "RoBERTa"}, [
            {"entity": "RoBERTa", "direction": "outperforms", "counterpart": "BERT", "type": "Model", "papers": 1,
             "paper": "p3", "evidence": edge_sentence("OUTPERFORMS", "roberta", "bert", "p3")},
        ]),
    ],
    "fine-tuned-from": [
        ({"model": "Alpaca"}, [
            {"model": "Alpaca", "direction": "fine-tuned from", "other": "Llama 2 7B", "type": "Model", "papers": 1,
             "paper": "p5", "evidence": edge_sentence("FINE_TUNED_FROM", "alpaca", "llama-2-7b", "p5")},
        ]),
        ({"model": "llama 2 7b"}, [
            {"model": "Llama 2 7B", "direction": "base of", "other": "Alpaca", "type": "Model", "papers": 1,
             "paper": "p5", "evidence": edge_sentence("FINE_TUNED_FROM", "alpaca", "llama-2-7b", "p5")},
        ]),
        ({"model": "Llama 2"}, []),
    ],
    "entity-aliases": [
        ({"entity": "ppl"}, [
            {"name": "perplexity", "type": "Metric", "key": "perplexity", "alias": "PPL"},
            {"name": "perplexity", "type": "Metric", "key": "perplexity", "alias": "perplexity"},
        ]),
        ({"entity": "nothing"}, []),
    ],
    "entity-profile": [
        ({"entity": "llama 2 7b"}, [
            {"name": "Llama 2 7B", "type": "Model", "key": "llama-2-7b", "aliases": ["Llama 2 7B"],
             "family": "Llama 2", "higher_is_better": None, "pagerank": 0.0, "papers": 2, "proposed_in": 0,
             "results": 2},
        ]),
        ({"entity": "Perplexity"}, [
            {"name": "perplexity", "type": "Metric", "key": "perplexity", "aliases": ["perplexity", "PPL"],
             "family": "", "higher_is_better": False, "pagerank": 0.0, "papers": 2, "proposed_in": 0, "results": 3},
        ]),
        ({"entity": "Transformers"}, [
            {"name": "Transformer", "type": "Method", "key": "transformer", "aliases": ["Transformer", "transformers"],
             "family": "", "higher_is_better": None, "pagerank": 0.4, "papers": 3, "proposed_in": 1, "results": 0},
        ]),
    ],
    "uses": [
        ({"entity": "Transformer"}, [
            {"entity": "Transformer", "direction": "used by", "counterpart": "BERT", "type": "Model", "papers": 1},
        ]),
        ({"entity": "BERT"}, [
            {"entity": "BERT", "direction": "uses", "counterpart": "Transformer", "type": "Method", "papers": 1},
        ]),
    ],
    "methods-for-task": [
        ({"task": "Question Answering"}, [
            {"task": "question answering", "method": "BERT", "type": "Model", "papers": 1},
            {"task": "question answering", "method": "RoBERTa", "type": "Model", "papers": 1},
        ]),
    ],
    "similar-papers": [
        ({"paper": "p2"}, [
            {"paper": "p2", "other": "p3", "title": T["p3"], "shared": 6},
            {"paper": "p2", "other": "p1", "title": T["p1"], "shared": 3},
            {"paper": "p2", "other": "p5", "title": T["p5"], "shared": 1},
            {"paper": "p2", "other": "p4", "title": T["p4"], "shared": 1},
        ]),
    ],
}


# ------------------------------------------------------------------ tests


def test_every_query_has_expected_rows():
    """Each library query is pinned down here, and nothing here names a missing query."""
    assert set(EXPECTED) == set(library.library())
    assert len(library.library()) >= 20


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_query_rows_on_fixture_graph(store, name):
    write_fixture(store)
    for params, rows in EXPECTED[name]:
        got = library.run(store, name, params)
        assert got == rows, f"{name} {params}"


def test_fixture_graph_is_what_the_writers_make(store):
    write_fixture(store)
    counts = graph_counts(store)
    assert counts["nodes"] == {"Author": 4, "Dataset": 3, "Entity": 13, "Method": 1, "Metric": 3, "Model": 5,
                               "Paper": 5, "Result": 12, "Task": 1}
    assert counts["relationships"]["MENTIONS"] == sum(len(v) for v in MENTIONS.values())
    assert counts["relationships"]["VARIANT_OF"] == 1


# ------------------------------------------------------------------ the files themselves

_BROWSER_PARAM = re.compile(r"^//\s*:param\s+(\w+)\s*=>\s*(.+?)\s*$")


def _browser_params(query) -> dict:
    import ast

    out = {}
    for line in open(query.path, encoding="utf-8"):
        m = _BROWSER_PARAM.match(line.strip())
        if m:
            out[m.group(1)] = ast.literal_eval(m.group(2))
    return out


@pytest.mark.parametrize("name", sorted(library.library()))
def test_query_file_header(name):
    query = library.get(name)
    assert query.description and query.row, "every query says what it does and what a row is"
    assert query.text and not query.text.lstrip().startswith("//")
    for p in query.params:
        assert p.example is not None and p.example != [], f"{p.name} has no example"
        if p.type == "string" and p.required:
            assert p.example, f"{p.name} needs a non-empty example"
    # the Browser's `:param` lines set exactly the declared parameters, to their examples
    assert _browser_params(query) == {p.name: p.example for p in query.params}
    # a LIMIT is always a parameter with a default
    if re.search(r"\bLIMIT\b", query.text.split("\n")[-1] + query.text[-200:]):
        limit = {p.name: p for p in query.params}.get("limit")
        assert limit is None or not limit.required
    # every declared parameter is used and every used parameter declared
    used = set(re.findall(r"\$(\w+)", query.text))
    assert used == {p.name for p in query.params}
    # deterministic rows: an ORDER BY in the last clause chain
    assert "ORDER BY" in query.text


def test_helpers_cover_the_library():
    import kg.api

    for name, query in library.library().items():
        helper = getattr(kg.api.Graph, name.replace("-", "_"))
        assert query.description in helper.__doc__
        for p in query.params:
            assert p.name in str(helper.__signature__)


@pytest.fixture(scope="module")
def samples_store(tmp_path_factory, sample_papers):
    from kg.pipeline import build
    from kg.store.falkordb_store import FalkorDBStore

    store = FalkorDBStore(tmp_path_factory.mktemp("samples") / "kg")
    build(sample_papers, store, workers=1)
    yield store
    store.close()


@pytest.mark.parametrize("name", sorted(library.library()))
def test_query_runs_on_samples_embedded(samples_store, name):
    query = library.get(name)
    rows = library.run(samples_store, name, {p.name: p.example for p in query.params})
    assert isinstance(rows, list)
    again = library.run(samples_store, name, {p.name: p.example for p in query.params})
    assert rows == again


_LOOKUP = re.compile(r"toLower\(\$\w+\) IN (\w+)\.aliases_lower")


def test_entity_lookups_start_from_the_alias_index(samples_store):
    """A query that looks an entity up by name or alias starts from the embedded store's
    index on aliases_lower instead of scanning every entity (19k at 100k papers); one that
    looks an author up, from the index on name_lower."""
    lookups = {name: _LOOKUP.search(q.text) for name, q in library.library().items()}
    lookups = {name: m.group(1) for name, m in lookups.items() if m}
    assert len(lookups) >= 15
    expected = {name: f"({var}:Entity)" for name, var in lookups.items()}
    expected.update({"coauthors": "(a:Author)", "papers-by-author": "(a:Author)"})
    for name, start in expected.items():
        query = library.get(name)
        plan = str(samples_store._graph.explain(query.text, query.bind({p.name: p.example for p in query.params})))
        assert f"Node By Index Scan | {start}" in plan, (name, plan)


def test_authors_written_before_name_lower_are_found_after_setup(store):
    """An older graph's authors lack name_lower; the next build's schema setup adds it."""
    store.write("CREATE (:Author {key: 'a:ada-lovelace', name: 'Ada Lovelace'})-[:AUTHORED]->"
                "(:Paper {key: 'p:old', title: 'Notes'})")
    params = {"author": "ADA LOVELACE", "limit": 10}
    assert library.run(store, "papers-by-author", params) == []
    store.setup_schema()
    assert [r["paper"] for r in library.run(store, "papers-by-author", params)] == ["p:old"]


def test_every_entity_lists_its_own_name_among_its_lowercased_aliases(samples_store):
    """The lookups above ask only aliases_lower, so it must hold the lowercased name."""
    assert samples_store.read("MATCH (e:Entity) RETURN count(e) AS n")[0]["n"] > 100
    missing = samples_store.read(
        "MATCH (e:Entity) WHERE NOT toLower(e.name) IN e.aliases_lower RETURN e.name AS name")
    assert missing == []


# ------------------------------------------------------------------ Neo4j Browser forms


def _bundle_blocks(text: str) -> list[tuple[str, str | None, str]]:
    """(name, ':params {…}' map text or None, statement) of each block of the bundle."""
    blocks = []
    for chunk in text.split("// ---- ")[1:]:
        name = chunk.split(":", 1)[0]
        lines = [line for line in chunk.splitlines()[1:] if not line.startswith("//")]
        body = "\n".join(lines).strip()
        params = None
        if body.startswith(":params "):
            first, _, body = body.partition(";\n")
            params = first[len(":params "):]
        blocks.append((name, params, body.strip().rstrip(";")))
    return blocks


def test_browser_bundle_sets_the_examples_and_runs(store):
    from kg.browser import bundle_cypher

    write_fixture(store)
    blocks = _bundle_blocks(bundle_cypher())
    assert [b[0] for b in blocks] == sorted(library.library())
    for name, params_map, statement in blocks:
        query = library.get(name)
        assert statement == query.text
        params = store.read(f"RETURN {params_map} AS p")[0]["p"] if params_map else {}
        assert params == {p.name: p.example for p in query.params}
        assert store.read(statement, params) == library.run(store, name, params)


def test_browser_guide_has_a_runnable_slide_per_query():
    from html.parser import HTMLParser

    from kg.browser import guide_html, params_command

    class Collect(HTMLParser):
        def __init__(self):
            super().__init__()
            self.slides, self.runnables, self._in_pre, self._text = 0, [], False, []

        def handle_starttag(self, tag, attrs):
            if tag == "slide":
                self.slides += 1
            if tag == "pre" and "runnable" in dict(attrs).get("class", ""):
                self._in_pre, self._text = True, []

        def handle_endtag(self, tag):
            if tag == "pre" and self._in_pre:
                self.runnables.append("".join(self._text))
                self._in_pre = False

        def handle_data(self, data):
            if self._in_pre:
                self._text.append(data)

    text = guide_html()
    assert text.startswith('<article class="guide">') and "<carousel" in text
    parser = Collect()
    parser.feed(text)
    queries = list(library.library().values())
    assert parser.slides == len(queries) + 1
    expected = []
    for q in queries:
        if q.params:
            expected.append(params_command(q))
        expected.append(q.text)
    assert parser.runnables == expected
    assert "<script" not in text.lower()


def test_browser_guide_command_writes_the_files(tmp_path):
    import zipfile

    from click.testing import CliRunner

    from kg.cli import main

    result = CliRunner().invoke(main, ["browser-guide", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert ":play http://localhost:8001/kg-guide.html" in result.output
    assert (tmp_path / "kg-guide.html").read_text().count("<slide") == len(library.library()) + 1
    assert (tmp_path / "kg-queries.cypher").read_text().count("// ---- ") == len(library.library())
    with zipfile.ZipFile(tmp_path / "kg-favorites.zip") as archive:
        names = archive.namelist()
        assert names == [f"kg/{name}.cypher" for name in library.library()]
        first = archive.read(names[0]).decode()
        assert first.startswith(f"// kg {list(library.library())[0]}: ")
