"""`kg analyze`: PageRank, degree and communities written back onto Entity nodes (both stores)."""

from __future__ import annotations

import networkx as nx
from click.testing import CliRunner

from kg.analytics import Mentions, all_statements, analyze, pagerank, read_mentions

# Hand-made: the hub 'transformer' is mentioned by every paper; two clusters otherwise
# (vision papers p1-p3: vit, imagenet; language papers p4-p6: bert, squad) and one lonely entity.
MENTIONS = {
    "p1": ["transformer", "vit", "imagenet"],
    "p2": ["transformer", "vit", "imagenet"],
    "p3": ["transformer", "imagenet"],
    "p4": ["transformer", "bert", "squad"],
    "p5": ["transformer", "bert", "squad"],
    "p6": ["transformer", "bert"],
}
TYPES = {"transformer": "Method", "vit": "Model", "imagenet": "Dataset", "bert": "Model", "squad": "Dataset",
         "lonely": "Task"}


def _fill(store) -> None:
    store.write("UNWIND $rows AS row CREATE (p:Paper {key: row})", {"rows": sorted(MENTIONS)})
    for key, label in TYPES.items():
        store.write(f"CREATE (e:Entity:{label} {{key: $key, name: $key, type: '{label}'}})", {"key": key})
    rows = [{"paper": p, "entity": e} for p, entities in MENTIONS.items() for e in entities]
    store.write("UNWIND $rows AS row MATCH (p:Paper {key: row.paper}) MATCH (e:Entity {key: row.entity}) "
                "CREATE (p)-[:MENTIONS]->(e)", {"rows": rows})


def _written(store) -> dict:
    rows = store.read("MATCH (e:Entity) RETURN e.key AS key, e.pagerank AS pagerank, e.degree AS degree, "
                      "e.community AS community ORDER BY key")
    return {r["key"]: (r["pagerank"], r["degree"], r["community"]) for r in rows}


def test_analyze_writes_values(store):
    _fill(store)
    result = analyze(store, page_size=2)  # small pages: several reads
    assert result["papers"] == 6 and result["entities"] == 6 and result["mentions"] == 16
    assert result["top"][0]["key"] == "transformer"
    written = _written(store)
    assert set(written) == set(TYPES)
    for key, (rank, degree, community) in written.items():
        assert isinstance(rank, float) and rank > 0
        assert isinstance(degree, int) and isinstance(community, int)
    assert written["transformer"][1] == 6 and written["imagenet"][1] == 3 and written["lonely"][1] == 0
    assert written["transformer"][0] == max(r for r, _, _ in written.values())
    # co-occurrence communities: vision and language apart, the lonely entity alone; 0 is the largest
    assert written["vit"][2] == written["imagenet"][2]
    assert written["bert"][2] == written["squad"][2]
    assert written["vit"][2] != written["bert"][2]
    sizes = {}
    for _, _, c in written.values():
        sizes[c] = sizes.get(c, 0) + 1
    assert sizes[0] == max(sizes.values())
    assert written["lonely"][2] == max(sizes)  # a singleton comes last


def test_central_methods_reads_the_paper_counts_analyze_wrote(store):
    """After kg analyze, the query takes `papers` from e.degree instead of counting edges
    (hubs have tens of thousands); before it, from the edges."""
    from kg import library

    _fill(store)
    live = library.run(store, "central-methods", {"type": "Model"})
    assert {r["name"]: r["papers"] for r in live} == {"bert": 3, "vit": 2}
    analyze(store)
    store.write("MATCH (e:Entity {key: 'vit'}) SET e.degree = 7")  # a stale count shows it is read
    rows = library.run(store, "central-methods", {"type": "Model"})
    assert {r["name"]: r["papers"] for r in rows} == {"bert": 3, "vit": 7}


def test_analyze_is_deterministic(store):
    _fill(store)
    analyze(store)
    first = _written(store)
    analyze(store, page_size=1)
    assert _written(store) == first


def test_pagerank_matches_networkx(embedded_store):
    _fill(embedded_store)
    from kg.analytics import bipartite_graph

    graph = bipartite_graph(read_mentions(embedded_store))
    ours = pagerank(graph)
    try:
        from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python
    except ImportError:  # networkx moved it: compare with the scipy version if present
        expected = nx.pagerank(graph, tol=1e-12, max_iter=500)
    else:
        expected = _pagerank_python(graph, tol=1e-12, max_iter=500)
    assert max(abs(ours[n] - expected[n]) for n in graph) < 1e-9
    assert abs(sum(ours.values()) - 1) < 1e-9


def test_entity_projection_matches_networkx():
    """kg counts co-mentions paper by paper; networkx's own projection is the reference,
    weights and the (sorted) order in which Louvain sees nodes and edges included."""
    import random

    from networkx.algorithms import bipartite

    from kg.analytics import bipartite_graph, entity_projection

    rng = random.Random(7)
    entities = [f"e{i:02d}" for i in range(40)]
    mentions = Mentions(papers={f"p{i:03d}" for i in range(150)}, entities={e: {} for e in entities})
    # a hub most papers mention, a few popular entities, a long tail, and entities never mentioned
    for paper in sorted(mentions.papers):
        chosen = {"e00"} if rng.random() < 0.8 else set()
        chosen |= set(rng.sample(entities[1:6], rng.randint(0, 2)) + rng.sample(entities[6:35], rng.randint(0, 4)))
        mentions.edges |= {(paper, e) for e in chosen}
    graph = bipartite_graph(mentions)
    ours = entity_projection(graph)
    expected = bipartite.weighted_projected_graph(graph, [n for n in graph if n[0] == "entity"])
    assert list(ours.nodes) == sorted(expected.nodes)
    assert list(ours.edges(data="weight")) == sorted((min(a, b), max(a, b), w)
                                                      for a, b, w in expected.edges(data="weight"))
    assert ours.number_of_edges() > 100 and ("entity", "e39") in ours  # dense enough; isolated kept


def test_analyze_cli(embedded_store, tmp_path):
    from kg.cli import main

    _fill(embedded_store)
    embedded_store.close()
    result = CliRunner().invoke(main, ["analyze", "--data-dir", str(tmp_path / "kg")])
    assert result.exit_code == 0, result.output
    assert "6 papers, 6 entities, 16 mentions" in result.output and "transformer" in result.output
    result = CliRunner().invoke(main, ["analyze", "--data-dir", str(tmp_path / "kg"), "--dry-run"])
    assert "nothing written" in result.output


def test_statements_listed_for_lint():
    ids = [s[0] for s in all_statements()]
    assert "analytics:set_entity_metrics" in ids
    assert all(text.strip() and isinstance(params, dict) for _, text, params in all_statements())
