"""Scale features: every engine and worker count writes the same graph, and incremental
rebuilds equal clean builds (no stale edges). Embedded store; builds run through the CLI.

No timing assertions here: speed is measured by bench/run.py (`make bench`).
"""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

pytestmark = pytest.mark.slow

EDGES = """
MATCH (a)-[r]->(b)
RETURN a.key AS source, type(r) AS type, b.key AS target, r.paper AS paper
"""

PAPER_EDGES = """
MATCH (a)-[r]->(b)
WHERE r.paper = $key
RETURN a.key AS source, type(r) AS type, b.key AS target
"""


def kg(*args: str) -> str:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def build(paths, data_dir: Path, *options: str) -> str:
    return kg("build", *map(str, paths), "--data-dir", str(data_dir), "--quiet", *options)


def stats(data_dir: Path) -> dict:
    return json.loads(kg("stats", "--data-dir", str(data_dir), "--format", "json"))


def read(data_dir: Path, statement: str, params: dict | None = None) -> list[dict]:
    from kg.store.falkordb_store import FalkorDBStore

    with FalkorDBStore(data_dir) as store:
        return store.read(statement, params)


def edges(data_dir: Path) -> Counter:
    """Every edge as (source key, type, target key, paper), counted (a duplicate shows)."""
    return Counter((r["source"], r["type"], r["target"], r["paper"]) for r in read(data_dir, EDGES))


def edges_of(data_dir: Path, key: str) -> Counter:
    return Counter((r["source"], r["type"], r["target"]) for r in read(data_dir, PAPER_EDGES, {"key": key}))


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    """The samples built with one worker: the graph every other way must equal."""
    data_dir = tmp_path_factory.mktemp("ref") / "kg"
    build([SAMPLES], data_dir, "--workers", "1")
    return data_dir, stats(data_dir), edges(data_dir)


@pytest.mark.parametrize("options", [["--workers", "2"], ["--engine", "dask", "--workers", "2"]],
                         ids=["process-pool", "dask-localcluster"])
def test_engines_write_the_same_graph(tmp_path, reference, options):
    _, ref_stats, ref_edges = reference
    assert ref_stats["papers"] > 200 and sum(ref_edges.values()) > 1000
    data_dir = tmp_path / "kg"
    report = build([SAMPLES], data_dir, *options)
    assert f"{ref_stats['papers']} papers: {ref_stats['papers']} new" in report
    assert stats(data_dir) == ref_stats
    assert edges(data_dir) == ref_edges


def test_worker_results_cross_as_json_and_a_lone_surrogate_crosses_pickled():
    """A worker sends its extractions as JSON; they come back equal to the ones it made. A
    paper built in Python may hold a lone surrogate (in a field spaCy does not read, which
    would refuse it), which JSON cannot carry: that batch goes back pickled, whole."""
    from kg.models import Paper
    from kg.pipeline import _extract_in_worker, _extract_to_send, _received
    from kg.rejects import RejectSink
    from loaders import read_papers

    papers = list(read_papers([SAMPLES], RejectSink()))[:30]
    sent = _extract_to_send(papers)
    assert isinstance(sent, bytes)
    assert _received(sent) == _extract_in_worker(papers)

    odd = Paper(key="odd", title="QuillNet for retrieval", abstract="We propose QuillNet, a retrieval model.",
                authors=["Ann \ud800 Lee"])
    sent = _extract_to_send([*papers[:2], odd])
    assert isinstance(sent, list)
    back = _received(sent)
    assert [ex.paper.key for ex in back] == [papers[0].key, papers[1].key, "odd"]
    assert back[2].paper.authors == odd.authors and "QuillNet" in {m.text for m in back[2].entities}


def test_two_processes_with_different_string_hashing_build_the_same_graph(tmp_path):
    """Every property of every node and edge, lists in their order (alias keys came out in
    a set's order, which each process' string hashing changes)."""
    from kgproc import kg_env, run_kg

    def everything(data_dir: Path) -> list:
        nodes = read(data_dir, "MATCH (n) RETURN labels(n) AS labels, properties(n) AS properties")
        links = read(data_dir, "MATCH (a)-[r]->(b) RETURN a.key AS a, type(r) AS type, b.key AS b, "
                               "properties(r) AS properties")
        return sorted(json.dumps(row, sort_keys=True) for row in nodes + links)

    graphs = []
    for seed in ("1", "2"):
        data_dir = tmp_path / f"kg-{seed}"
        proc = run_kg("build", SAMPLES, "--data-dir", data_dir, "-q", "--workers", "1",
                      cwd=tmp_path, env=kg_env(PYTHONHASHSEED=seed))
        assert proc.returncode == 0, proc.stderr
        graphs.append(everything(data_dir))
    assert len(graphs[0]) > 1000
    assert graphs[0] == graphs[1]


def test_dask_engine_small_batches_keep_input_order():
    """Batches finish out of order on the cluster; results come back in input order."""
    from kg.distributed import dask_extract
    from kg.rejects import RejectSink
    from loaders import read_papers

    papers = list(read_papers([SAMPLES], RejectSink()))[:40]
    batches = [papers[i:i + 3] for i in range(0, len(papers), 3)]
    out = list(dask_extract(iter(batches), workers=2, in_flight=3))
    assert [[ex.paper.key for ex in batch] for batch in out] == [[p.key for p in b] for b in batches]


NEW_PAPERS = [
    ("QuillNet: Sparse Routing for Long-Context Retrieval",
     "We propose QuillNet, a sparse routing method for long-context retrieval. QuillNet is based on "
     "BERT and is trained on MS MARCO. On Natural Questions, QuillNet achieves 61.2% accuracy and "
     "outperforms ColBERT and DPR. We evaluate QuillNet on HotpotQA with F1."),
    ("Tessera-7B: An Open Model for Table Question Answering",
     "We introduce Tessera-7B, a large language model for table question answering fine-tuned from "
     "LLaMA-2 on WikiTableQuestions. Tessera-7B reaches 68.4% accuracy on WikiTableQuestions and "
     "outperforms TAPAS on TabFact."),
    ("LumenSeg: Promptable Segmentation of Medical Images",
     "We present LumenSeg, a promptable segmentation model based on SAM. LumenSeg is trained on "
     "BraTS and evaluated on ISIC 2018, where it improves Dice by 3.1 points over U-Net."),
    ("A New Benchmark for Multilingual Code Generation: PolyCode",
     "We release PolyCode, a new dataset for multilingual code generation with 12,000 problems. "
     "We evaluate StarCoder and CodeT5 on PolyCode using pass@1; StarCoder achieves 71.5% pass@1."),
    ("Orbit-RL: Reinforcement Learning from Verifier Feedback",
     "We propose Orbit-RL, a reinforcement learning method that uses PPO with verifier feedback. "
     "Orbit-RL is applied to Mistral-7B and evaluated on GSM8K and MATH, improving accuracy to 58.3% on GSM8K."),
]


def _make_changed_copy(tmp_path: Path) -> tuple[Path, list[str]]:
    """A copy of the samples with five papers appended and two abstracts changed."""
    from kg.rejects import RejectSink
    from loaders import read_papers

    copy = tmp_path / "samples"
    shutil.copytree(SAMPLES, copy)
    target = sorted(copy.glob("*.txt"))[-1]
    papers = [p for p in read_papers([target], RejectSink())]
    # two papers with entity-rich abstracts, replaced by different text in place
    chosen = [p for p in papers if p.abstract.count(",") > 3 and p.abstract in target.read_text()][:2]
    assert len(chosen) == 2
    text = target.read_text(encoding="utf-8")
    replacements = [
        "We propose a retrieval method that improves ResNet-50 on ImageNet and outperforms ViT. "
        "It is trained on COCO and reaches 80.1% top-1 accuracy on ImageNet.",
        "This paper studies BERT and RoBERTa on SQuAD and GLUE. RoBERTa outperforms BERT on GLUE "
        "with an F1 of 91.2 on SQuAD.",
    ]
    for paper, new_abstract in zip(chosen, replacements):
        assert text.count(paper.abstract) == 1
        text = text.replace(paper.abstract, new_abstract)
    text = text.rstrip("\n") + "\n\n" + "\n\n".join(f"{t}\n\n{a}" for t, a in NEW_PAPERS) + "\n"
    target.write_text(text, encoding="utf-8")
    return copy, [p.key for p in chosen]


def test_incremental_rebuild_equals_clean_build(tmp_path, reference):
    ref_dir, ref_stats, _ = reference
    copy, changed_keys = _make_changed_copy(tmp_path)

    data_dir = tmp_path / "incremental"
    shutil.copytree(ref_dir, data_dir, ignore=shutil.ignore_patterns("*.sock", "*.pid", "clients", "*.lock"))
    report = build([copy], data_dir, "--workers", "1")
    unchanged = ref_stats["papers"] - 2
    assert f"{ref_stats['papers'] + 5} papers: 5 new, 2 changed, {unchanged} unchanged" in report

    clean_dir = tmp_path / "clean"
    build([copy], clean_dir, "--workers", "1")

    for key in changed_keys:  # no stale edge: exactly the edges a clean build gives the paper
        assert edges_of(data_dir, key) == edges_of(clean_dir, key)
    assert stats(data_dir) == stats(clean_dir)
    assert edges(data_dir) == edges(clean_dir)

    again = build([copy], data_dir, "--workers", "1")  # and a third build changes nothing
    assert f"0 new, 0 changed, {ref_stats['papers'] + 5} unchanged" in again
    assert stats(data_dir) == stats(clean_dir)


def test_model_family_does_not_depend_on_resolution_order():
    from kg.extract import build_nlp, extract_batch
    from kg.models import Paper
    from kg.resolve import Resolver

    def family_of_gpt4(*abstracts: str) -> str | None:
        resolver = Resolver()
        for i, abstract in enumerate(abstracts):
            paper = Paper(key=f"p{i}", title=f"Paper {i}", abstract=abstract)
            resolver.resolve(extract_batch(build_nlp(), [paper]))
        return resolver.entities["gpt4"].family

    alone = family_of_gpt4("We compare our method with GPT-4 on GSM8K.")
    after_variant = family_of_gpt4("We compare our method with GPT-4o on GSM8K.",
                                   "We compare our method with GPT-4 on GSM8K.")
    assert alone == after_variant
