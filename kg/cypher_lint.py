"""Lint every Cypher statement of the project against Neo4j's own grammar and semantic
analysis (the npm package @neo4j-cypher/language-support, run offline by
tools/cypher-lint/lint.mjs), plus a small check for what FalkorDB cannot run.

    python -m kg.cypher_lint        # exit 1 on any diagnostic

What is linted: queries/*.cypher, the Neo4j DDL schema/neo4j.cypher (the FalkorDB DDL
only if it happens to be valid Neo4j Cypher) and the writers' statements from
kg.store.cypher.all_statements(). Labels, relationship types, property keys and the
relationship directions come from schema/graph.json, so an unknown label, type,
property or $parameter, or a reversed relationship, is reported.
"""

from __future__ import annotations

import importlib
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from kg.resources import queries_dir, schema_dir

LINT_DIR = Path(__file__).resolve().parent.parent / "tools" / "cypher-lint"
LINT_SCRIPT = LINT_DIR / "lint.mjs"
SUMMARY_PREFIX = "cypher-lint:"

# Edge properties that are not in graph.json's "provenance" list.
EXTRA_EDGE_PROPERTIES = ("paper", "count")


# ---------------------------------------------------------------- schema


def schema_for_lint() -> dict:
    """Labels, relationship types, property keys and relationship endpoints from
    schema/graph.json, in the DbSchema shape lint.mjs expects."""
    graph = json.loads((schema_dir() / "graph.json").read_text(encoding="utf-8"))
    nodes: dict[str, dict] = graph.get("nodes", {})
    rels: dict[str, dict] = graph.get("relationships", {})

    labels = list(nodes)
    keys: set[str] = set()
    for spec in nodes.values():
        keys.update(spec.get("properties", {}))
        if spec.get("key"):
            keys.add(spec["key"])
    keys.update(graph.get("provenance", []))
    keys.update(EXTRA_EDGE_PROPERTIES)

    # Label inheritance ("extends"): a node with a sub-label also carries its parent
    # label, so either one may stand at an endpoint declared with the other.
    children: dict[str, set[str]] = {}
    parents: dict[str, set[str]] = {}
    for label, spec in nodes.items():
        if spec.get("extends"):
            children.setdefault(spec["extends"], set()).add(label)
            parents.setdefault(label, set()).add(spec["extends"])

    def expand(endpoints: list[str]) -> set[str]:
        out: set[str] = set()
        for label in endpoints:
            out.add(label)
            out.update(children.get(label, ()))
            out.update(parents.get(label, ()))
        return out

    graph_schema = [
        {"from": src, "to": dst, "relType": rel_type}
        for rel_type, spec in rels.items()
        for src in sorted(expand(spec.get("from", [])))
        for dst in sorted(expand(spec.get("to", [])))
    ]
    return {
        "labels": labels,
        "relationshipTypes": list(rels),
        "propertyKeys": sorted(keys),
        "graphSchema": graph_schema,
    }


# ---------------------------------------------------------------- statements

_PARAM_HEADER = re.compile(
    r"^\s*//\s*@param\s+\$?(?P<name>\w+)\s*(?::\s*(?P<type>[^=]*?))?\s*(?:=\s*(?P<example>.*?))?\s*$"
)
_PARAM_LINE = re.compile(r"^\s*:param\s+(?P<rest>.*?)\s*;?\s*$", re.IGNORECASE)
_PARAM_ARROW = re.compile(r"^`?(?P<name>\w+)`?\s*(?:=>|:)\s*(?P<value>.*)$")


def _cypher_literal(text: str) -> Any:
    """Best-effort value of a Cypher/JSON literal; raises ValueError if unparseable."""
    text = text.strip()
    if not text:
        raise ValueError("empty")
    try:
        return json.loads(text)
    except ValueError:
        pass
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        return text[1:-1]
    low = text.lower()
    if low in ("true", "false"):
        return low == "true"
    if low == "null":
        return None
    if re.fullmatch(r"[-+]?\d+", text):
        return int(text)
    try:
        return float(text)
    except ValueError:
        pass
    # Cypher list/map with single quotes or bare keys: {k: 'v'} -> {"k": "v"}
    jsonish = re.sub(r"'((?:[^'\\]|\\.)*)'", lambda m: json.dumps(m.group(1)), text)
    jsonish = re.sub(r"([{,]\s*)`?(\w+)`?\s*:", r'\1"\2":', jsonish)
    return json.loads(jsonish)


def _typed_example(type_: str | None, example: str | None) -> Any:
    """Example value of a `// @param name: type = example` header."""
    t = (type_ or "").strip().lower()
    if example is not None and example.strip():
        try:
            value = _cypher_literal(example)
        except ValueError:
            value = example.strip()  # bare word: a string example (`= GLUE`)
        if t.startswith(("int", "integer")) and not isinstance(value, int):
            try:
                return int(value)
            except (TypeError, ValueError):
                return 1
        if t.startswith("float") and not isinstance(value, (int, float)):
            try:
                return float(value)
            except (TypeError, ValueError):
                return 1.0
        return value
    defaults = {"int": 1, "integer": 1, "float": 1.0, "bool": True, "boolean": True, "map": {}}
    if t.startswith("list"):
        return []
    return defaults.get(t, "x")


def parse_query_file(text: str) -> tuple[str, dict]:
    """(lintable text, parameters) of a query file. `:param` lines become blank lines
    so that diagnostics keep the file's line numbers."""
    params: dict[str, Any] = {}
    out_lines = []
    for line in text.splitlines():
        m = _PARAM_HEADER.match(line)
        if m:
            params[m["name"]] = _typed_example(m["type"], m["example"])
        m = _PARAM_LINE.match(line)
        if m:
            rest = m["rest"]
            if rest.startswith("{"):  # :param {a: 1, b: 'x'}
                try:
                    value = _cypher_literal(rest)
                    if isinstance(value, dict):
                        params.update(value)
                except ValueError:
                    pass
            else:
                a = _PARAM_ARROW.match(rest)
                if a:
                    try:
                        params[a["name"]] = _cypher_literal(a["value"])
                    except ValueError:
                        params[a["name"]] = "x"
            out_lines.append("")
            continue
        out_lines.append(line)
    return "\n".join(out_lines), params


def split_statements(text: str) -> list[tuple[int, str]]:
    """Split a script on `;` outside strings, backticks and comments. Returns
    (0-based line where the statement starts, statement text padded with blank lines
    and spaces so that the linter's positions are the script's); blank and
    comment-only statements are dropped."""
    out: list[tuple[int, str]] = []
    start = 0
    i, n = 0, len(text)
    quote: str | None = None
    while i < n:
        c = text[i]
        if quote:
            if c == "\\" and quote != "`":
                i += 2
                continue
            if c == quote:
                quote = None
        elif c in "'\"`":
            quote = c
        elif text.startswith("//", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
            continue
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            i = n if j < 0 else j + 2
            continue
        elif c == ";":
            out.append((start, text[start:i]))
            start = i + 1
        i += 1
    out.append((start, text[start:]))
    result = []
    for offset, chunk in out:
        if not _strip_comments_and_strings(chunk).strip():
            continue
        stripped = len(chunk) - len(chunk.lstrip())
        offset, chunk = offset + stripped, chunk[stripped:]
        # Pad with newlines so the linter's line numbers are the file's.
        line = text.count("\n", 0, offset)
        col_pad = offset - (text.rfind("\n", 0, offset) + 1)
        result.append((line, "\n" * line + " " * col_pad + chunk))
    return result


def _note(message: str) -> None:
    print(f"note: {message}", file=sys.stderr)


STATEMENT_MODULES = ("kg.store.cypher", "kg.analytics", "kg.export", "kg.report")


def collect_statements() -> list[dict]:
    """Every Cypher statement of the project as {"id", "text", "parameters"} (and
    "optionalGroup" for the FalkorDB DDL, which is linted only if it is valid Neo4j)."""
    statements: list[dict] = []

    qdir = queries_dir()
    for path in sorted(qdir.glob("*.cypher")) if qdir.is_dir() else []:
        text, params = parse_query_file(path.read_text(encoding="utf-8"))
        statements.append({"id": f"queries/{path.name}", "text": text, "parameters": params})

    sdir = schema_dir()
    for name, group in (("neo4j.cypher", None), ("falkordb.cypher", "schema/falkordb.cypher")):
        path = sdir / name
        if not path.is_file():
            _note(f"schema/{name} not found, not linted")
            continue
        for k, (_line, text) in enumerate(split_statements(path.read_text(encoding="utf-8")), 1):
            stmt = {"id": f"schema/{name}#{k}", "text": text, "parameters": {}}
            if group:
                stmt["optionalGroup"] = group
            statements.append(stmt)

    # Every module that runs Cypher of its own lists it through all_statements().
    for module_name in STATEMENT_MODULES:
        module = importlib.import_module(module_name)
        for stmt_id, text, params in module.all_statements():
            statements.append({"id": stmt_id, "text": text, "parameters": dict(params or {})})
    return statements


# ---------------------------------------------------------------- linting


def _ensure_node_modules() -> None:
    if (LINT_DIR / "node_modules" / "@neo4j-cypher" / "language-support").is_dir():
        return
    npm = shutil.which("npm")
    if npm is None:
        raise RuntimeError("npm not found: install Node.js >= 20 to lint Cypher")
    subprocess.run(
        [npm, "ci", "--prefix", str(LINT_DIR), "--no-audit", "--no-fund", "--loglevel=error"],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def _run(statements: list[dict], schema: dict) -> tuple[list[str], int]:
    node = shutil.which("node")
    if node is None:
        raise RuntimeError("node not found: install Node.js >= 20 to lint Cypher")
    _ensure_node_modules()
    proc = subprocess.run(
        [node, str(LINT_SCRIPT)],
        input=json.dumps({"schema": schema, "statements": statements}),
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    if proc.stderr:
        sys.stderr.write(proc.stderr)
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"lint.mjs failed (exit {proc.returncode}): {proc.stderr.strip()}")
    lines = proc.stdout.splitlines()
    linted = len(statements)
    for line in lines:
        m = re.match(re.escape(SUMMARY_PREFIX) + r" linted (\d+) statements", line)
        if m:
            linted = int(m.group(1))
    return [line for line in lines if line and not line.startswith(SUMMARY_PREFIX)], linted


def lint(statements: list[dict], schema: dict | None = None) -> list[str]:
    """Diagnostics `id:line:col: severity: message` for the statements (dicts with
    "id", "text", optional "parameters"). Notes (skipped groups) go to stderr."""
    return _run(statements, schema_for_lint() if schema is None else schema)[0]


# ---------------------------------------------------------------- FalkorDB dialect


def _strip_comments_and_strings(text: str) -> str:
    """Same length as text: comments and string-literal contents blanked out (newlines
    kept), so positions still line up."""
    out = list(text)
    i, n = 0, len(text)

    def blank(a: int, b: int) -> None:
        for k in range(a, b):
            if out[k] != "\n":
                out[k] = " "

    while i < n:
        c = text[i]
        if c in "'\"":
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == "\\" else 1
            blank(i + 1, min(j, n))
            i = j + 1
        elif c == "`":
            j = text.find("`", i + 1)
            j = n if j < 0 else j
            blank(i + 1, j)
            i = j + 1
        elif text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            blank(i, j)
            i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            blank(i, j)
            i = j
        else:
            i += 1
    return "".join(out)


_DIALECT_RULES = [
    (re.compile(r"\bEXISTS\s*\{", re.I), "EXISTS { } subquery"),
    (re.compile(r"\bCOUNT\s*\{", re.I), "COUNT { } subquery"),
    (re.compile(r"\bCOLLECT\s*\{", re.I), "COLLECT { } subquery"),
    (re.compile(r"=~"), "regular-expression match =~"),
    (re.compile(r"\bCALL\s*(?:\([^()]*\)\s*)?\{", re.I), "CALL { } subquery"),
    (re.compile(r"\bapoc\s*\.", re.I), "APOC procedure/function"),
]
_SHORTEST = re.compile(r"\b(allShortestPaths|shortestPath)\s*\(", re.I)
_CLAUSE = re.compile(
    r"\b(MATCH|WITH|RETURN|UNWIND|CREATE|MERGE|SET|DELETE|REMOVE|CALL|FOREACH|UNION|LOAD)\b",
    re.I,
)


def dialect_violations(text: str) -> list[str]:
    """What FalkorDB cannot run, as `line:col: message` (1-based): EXISTS/COUNT/COLLECT
    subqueries, `=~`, shortestPath/allShortestPaths inside a MATCH (FalkorDB only
    evaluates them in WITH/RETURN), CALL { } subqueries and apoc.*."""
    clean = _strip_comments_and_strings(text)

    def where(pos: int) -> str:
        line = clean.count("\n", 0, pos) + 1
        col = pos - (clean.rfind("\n", 0, pos) + 1) + 1
        return f"{line}:{col}"

    found: list[tuple[int, str]] = []
    for pattern, what in _DIALECT_RULES:
        for m in pattern.finditer(clean):
            found.append((m.start(), f"{what} (FalkorDB cannot run it)"))
    for m in _SHORTEST.finditer(clean):
        clauses = list(_CLAUSE.finditer(clean, 0, m.start()))
        if clauses and clauses[-1].group(1).upper() == "MATCH":
            found.append(
                (m.start(), f"{m.group(1)}() in a MATCH clause (FalkorDB: only in WITH/RETURN)")
            )
    return [f"{where(pos)}: {msg}" for pos, msg in sorted(found)]


# ---------------------------------------------------------------- DDL names

_DDL_NODE = re.compile(r"\bFOR\s*\(\s*(?P<var>\w*)\s*:\s*`?(?P<name>\w+)`?\s*\)", re.I)
_DDL_REL = re.compile(
    r"\bFOR\s*\(\s*\)\s*<?-\s*\[\s*(?P<var>\w*)\s*:\s*`?(?P<name>\w+)`?\s*\]\s*->?\s*\(\s*\)", re.I
)


def ddl_name_violations(text: str, schema: dict) -> list[str]:
    """Unknown labels, relationship types and property keys in index/constraint DDL
    (`CREATE INDEX ... FOR (p:Label) ON (p.prop)`), as `line:col: message`. Neo4j's
    linter does not check names inside schema commands, and a misspelt name there
    silently creates a useless index."""
    clean = _strip_comments_and_strings(text)
    labels, types = set(schema["labels"]), set(schema["relationshipTypes"])
    keys = set(schema["propertyKeys"])

    def where(pos: int) -> str:
        line = clean.count("\n", 0, pos) + 1
        return f"{line}:{pos - (clean.rfind(chr(10), 0, pos) + 1) + 1}"

    found: list[tuple[int, str]] = []
    for pattern, known, what in ((_DDL_NODE, labels, "Label"), (_DDL_REL, types, "Relationship type")):
        for m in pattern.finditer(clean):
            if m["name"] not in known:
                found.append((m.start("name"), f"{what} {m['name']} is not in schema/graph.json"))
            if m["var"]:
                prop = re.compile(r"\b" + re.escape(m["var"]) + r"\s*\.\s*`?(\w+)`?")
                stop = clean.find(";", m.end())
                for p in prop.finditer(clean, m.end(), len(clean) if stop < 0 else stop):
                    if p.group(1) not in keys:
                        found.append((p.start(1), f"property {p.group(1)} is not in schema/graph.json"))
    return [f"{where(pos)}: {msg}" for pos, msg in sorted(found)]


# ---------------------------------------------------------------- CLI


def main(argv: list[str] | None = None) -> int:
    statements = collect_statements()
    schema = schema_for_lint()
    try:
        diagnostics, linted = _run(statements, schema)
    except (RuntimeError, subprocess.CalledProcessError) as exc:
        print(f"cypher lint could not run: {exc}", file=sys.stderr)
        return 2
    for stmt in statements:
        # schema/*.cypher are per-backend DDL by design; everything else must run on both.
        if stmt["id"].startswith("schema/"):
            for violation in ddl_name_violations(stmt["text"], schema):
                position, message = violation.split(": ", 1)
                diagnostics.append(f"{stmt['id']}:{position}: warning: {message}")
            continue
        for violation in dialect_violations(stmt["text"]):
            position, message = violation.split(": ", 1)
            diagnostics.append(f"{stmt['id']}:{position}: dialect: {message}")
    for line in diagnostics:
        print(line)
    print(f"linted {linted} statements, {len(diagnostics)} diagnostics")
    return 1 if diagnostics else 0


if __name__ == "__main__":
    sys.exit(main())
