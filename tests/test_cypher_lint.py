"""kg.cypher_lint: Neo4j's own parser/semantic analysis via node, plus the FalkorDB
dialect check. Statements are made up here; the query library is not read."""

from __future__ import annotations

import shutil

import pytest

from kg.cypher_lint import (
    collect_statements,
    ddl_name_violations,
    dialect_violations,
    lint,
    parse_query_file,
    schema_for_lint,
    split_statements,
)

needs_node = pytest.mark.skipif(
    shutil.which("node") is None or shutil.which("npm") is None, reason="needs Node.js and npm"
)


@pytest.fixture(scope="module")
def schema() -> dict:
    return schema_for_lint()


def test_schema_from_graph_json(schema):
    assert {"Paper", "Entity", "Dataset", "Result", "Author"} <= set(schema["labels"])
    assert {"MENTIONS", "EVALUATED_ON", "AUTHORED"} <= set(schema["relationshipTypes"])
    # node properties, provenance names and the edge's paper/count
    assert {"title", "aliases_lower", "confidence", "rule", "paper", "count"} <= set(schema["propertyKeys"])
    # sub-labels inherit the endpoints of their parent and vice versa
    assert {"from": "Paper", "to": "Dataset", "relType": "MENTIONS"} in schema["graphSchema"]
    assert {"from": "Entity", "to": "Dataset", "relType": "EVALUATED_ON"} in schema["graphSchema"]


def test_parse_query_file_parameters():
    text = (
        "// Leaderboard of a dataset\n"
        "// @param dataset: string = GLUE\n"
        "// @param limit: int = 10\n"
        "// @param names: list<string> = ['a', 'b']\n"
        "// @param weird: string = ?!(\n"
        ":param min => 0.5\n"
        ":param opts => {k: 'v'}\n"
        "MATCH (d:Dataset) RETURN d LIMIT $limit\n"
    )
    body, params = parse_query_file(text)
    assert params == {
        "dataset": "GLUE",
        "limit": 10,
        "names": ["a", "b"],
        "weird": "?!(",
        "min": 0.5,
        "opts": {"k": "v"},
    }
    assert ":param" not in body
    # :param lines become blank lines: line numbers stay the file's
    assert body.splitlines()[7] == "MATCH (d:Dataset) RETURN d LIMIT $limit"


def test_split_statements_keeps_line_numbers():
    script = "// header; not a split\nCREATE INDEX a FOR (p:Paper) ON (p.key);\n\nRETURN 'x;y';\n"
    parts = split_statements(script)
    assert [line for line, _ in parts] == [0, 3]
    assert parts[1][1].splitlines()[3] == "RETURN 'x;y'"


@needs_node
def test_valid_statement_passes(schema):
    text = (
        "// Papers mentioning a dataset\n"
        "MATCH (p:Paper)-[:MENTIONS]->(d:Dataset)\n"
        "WHERE toLower(d.name) = toLower($dataset)\n"
        "RETURN p.title AS title, count(*) AS n, collect(d.key) AS keys,\n"
        "       size(coalesce(p.authors, [])) AS authors\n"
        "ORDER BY n DESC LIMIT 10"
    )
    assert lint([{"id": "q/ok.cypher", "text": text, "parameters": {"dataset": "GLUE"}}], schema) == []


@needs_node
def test_writer_style_statement_passes(schema):
    # `{key: row.x}` must not be taken for a property of the node (package bug worked around)
    text = (
        "UNWIND $rows AS row\n"
        "MATCH (a:Entity {key: row.source})\n"
        "MATCH (b:Entity {key: row.target})\n"
        "MERGE (a)-[r:USES {paper: row.paper}]->(b)\n"
        "SET r.confidence = row.confidence"
    )
    assert lint([{"id": "w", "text": text, "parameters": {"rows": [{}]}}], schema) == []


@needs_node
def test_syntax_error_reported_with_id(schema):
    out = lint([{"id": "queries/broken.cypher", "text": "MATCH (p:Paper RETURN p"}], schema)
    assert out, out
    assert all(line.startswith("queries/broken.cypher:1:") for line in out)
    assert any(": error: " in line and "Invalid input" in line for line in out)


UNKNOWN_NAMES = [
    ("MATCH (x:Papr) RETURN x", "Label Papr is not present"),
    ("MATCH (p:Paper)-[:MENTIONZ]->(e:Entity) RETURN e", "Relationship type MENTIONZ is not present"),
    ("MATCH (p:Paper) WHERE p.key = $nope RETURN p", "Parameter $nope is not defined"),
    ("MATCH (p:Paper) RETURN p.titel", "titel is not present"),
    ("MATCH (p:Paper {titel: 'x'}) RETURN p", "titel is not present"),
    ("RETURN toLowr('A')", "Function toLowr is not present"),
    ("RETURN apoc.coll.sum([1])", "Function apoc.coll.sum is not present"),
    ("CALL db.lables()", "Procedure db.lables is not present"),
    ("MATCH (d:Dataset)-[:EVALUATED_ON]->(m:Model) RETURN m", "has no incoming"),
]


@needs_node
def test_unknown_names_reported(schema):
    # one node run for all cases (each run costs ~1.5 s of start-up)
    statements = [
        {"id": f"s{i}", "text": text, "parameters": {"dataset": "GLUE"}}
        for i, (text, _) in enumerate(UNKNOWN_NAMES)
    ]
    out = lint(statements, schema)
    for i, (text, expected) in enumerate(UNKNOWN_NAMES):
        assert any(line.startswith(f"s{i}:1:") and expected in line for line in out), (text, out)


@needs_node
def test_several_statements_each_with_its_parameters(schema):
    out = lint(
        [
            {"id": "a", "text": "MATCH (p:Paper {key: $k}) RETURN p", "parameters": {"k": "x"}},
            {"id": "b", "text": "MATCH (p:Paper {key: $k}) RETURN p", "parameters": {}},
        ],
        schema,
    )
    assert len(out) == 1 and out[0].startswith("b:1:") and "$k" in out[0]


@needs_node
def test_optional_group_skipped_when_not_neo4j(schema, capsys):
    falkor = "CALL db.idx.fulltext.createNodeIndex('Paper', 'title')"
    out = lint([{"id": "f#1", "text": falkor, "optionalGroup": "schema/falkordb.cypher"}], schema)
    assert out == []
    assert "schema/falkordb.cypher: skipped" in capsys.readouterr().err
    # ...but a valid-Neo4j group is linted like anything else
    out = lint([{"id": "f#1", "text": "MATCH (p:Papr) RETURN p", "optionalGroup": "g"}], schema)
    assert any("Papr" in line for line in out), out


@needs_node
def test_query_files_are_collected_and_linted(schema, tmp_path, monkeypatch):
    import kg.cypher_lint as cl

    (tmp_path / "good.cypher").write_text(
        "// Papers of a dataset\n// @param dataset: string = GLUE\n"
        "MATCH (p:Paper)-[:MENTIONS]->(d:Dataset {key: $dataset}) RETURN p.title\n"
    )
    (tmp_path / "bad.cypher").write_text(
        ":param dataset => 'GLUE'\n\nMATCH (d:Dataset {key: $dataset})\nRETURN d.nmae, $limit\n"
    )
    monkeypatch.setattr(cl, "queries_dir", lambda: tmp_path)
    statements = [s for s in collect_statements() if s["id"].startswith("queries/")]
    assert [s["id"] for s in statements] == ["queries/bad.cypher", "queries/good.cypher"]
    out = lint(statements, schema)
    assert len(out) == 2, out
    assert out[0].startswith("queries/bad.cypher:4:10: warning: nmae is not present")
    assert out[1].startswith("queries/bad.cypher:4:16: error: Parameter $limit is not defined")


@needs_node
def test_collect_statements_lints(schema):
    # Whatever the project holds today must at least be collectable and lintable.
    statements = collect_statements()
    assert all({"id", "text", "parameters"} <= set(s) for s in statements)
    lint(statements, schema)


def test_ddl_name_violations(schema):
    ok = (
        "CREATE CONSTRAINT paper_key IF NOT EXISTS FOR (p:Paper) REQUIRE p.key IS UNIQUE\n"
        "CREATE INDEX rel_paper IF NOT EXISTS FOR ()-[r:EVALUATED_ON]-() ON (r.paper)\n"
        "CREATE FULLTEXT INDEX paper_text IF NOT EXISTS FOR (p:Paper) ON EACH [p.title, p.abstract]"
    )
    assert ddl_name_violations(ok, schema) == []
    bad = "CREATE INDEX x FOR (p:Papr) ON (p.titel);\nCREATE INDEX y FOR ()-[r:USED]-() ON (r.paper)"
    assert ddl_name_violations(bad, schema) == [
        "1:23: Label Papr is not in schema/graph.json",
        "1:35: property titel is not in schema/graph.json",
        "2:26: Relationship type USED is not in schema/graph.json",
    ]


def test_dialect_violations():
    assert dialect_violations("MATCH (p:Paper) RETURN p.title") == []
    text = (
        "MATCH (p:Paper)\n"
        "WHERE EXISTS { (p)-[:MENTIONS]->() } AND p.title =~ '.*x'\n"
        "CALL { WITH p RETURN 1 AS one }\n"
        "MATCH path = shortestPath((p)-[*]-(q:Paper))\n"
        "RETURN COUNT { (p)--() } AS n, apoc.coll.sum([1])"
    )
    found = dialect_violations(text)
    joined = "\n".join(found)
    assert "2:7: EXISTS" in joined
    assert "2:50: regular-expression" in joined
    assert "3:1: CALL { } subquery" in joined
    assert "4:14: shortestPath() in a MATCH" in joined
    assert "5:8: COUNT { } subquery" in joined
    assert "APOC" in joined
    assert len(found) == 6


def test_dialect_allows_shortest_path_in_with_return_and_ignores_strings_comments():
    text = (
        "// EXISTS { } and =~ in a comment; apoc.x too\n"
        "MATCH (a:Entity {key: $a}), (b:Entity {key: $b})\n"
        "WITH a, b, shortestPath((a)-[*..4]-(b)) AS p\n"
        "RETURN p, allShortestPaths((a)-[*..4]-(b)) AS q, 'COUNT { x }' AS s, a.`=~` AS t"
    )
    assert dialect_violations(text) == []
    assert dialect_violations("MATCH p = allShortestPaths((a)-[*]-(b)) RETURN p") == [
        "1:11: allShortestPaths() in a MATCH clause (FalkorDB: only in WITH/RETURN)"
    ]
    assert dialect_violations("CALL (p) { RETURN 1 AS x } RETURN x")[0].startswith("1:1: CALL")
