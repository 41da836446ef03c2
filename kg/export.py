"""`kg export`: the whole graph out of a store, as GraphML, JSON lines or neo4j-admin CSV.

The graph is read in pages (never in one query result) and streamed to disk:

1. `iter_nodes` / `iter_relationships` page through the store by key: nodes of each
   primary label (Paper, Entity, Result, Author: the schema's labels that extend no other)
   ordered by `key`, `PAGE_SIZE` at a time; relationships by their start node, a page of
   start nodes at a time.
2. Every record goes to a temporary JSON lines file while the property types are noted.
3. The chosen format is rendered from that file, now that every property key and type
   is known (GraphML declares its keys before the graph, neo4j-admin wants a header).

Node ids are `<primary label>:<key>` (e.g. `Entity:bert`, `Paper:arxiv:1810.04805`), so keys
of different labels never collide. Lists become JSON strings in GraphML (it has no list
type) and `string[]`/`long[]`/… arrays in neo4j-admin CSV.

neo4j-admin CSV: one header file and one data file per label combination and per
(relationship type, start label, end label). IDs are node keys in one ID space per primary
label (`key:ID(Entity)`, `:START_ID(Paper)`). Array elements are separated by U+001F (the
ASCII unit separator, `--array-delimiter=U+001F`), a control character that cannot occur in
titles, abstracts or sentences (any occurrence is replaced by a space), so a sentence
containing `;` or `,` survives. Every string is double-quoted (`"` doubled), an absent
property is an empty unquoted field, and `--multiline-fields=true` lets abstracts keep
their newlines. Floats are `double` (neo4j-admin's `float` is 32-bit: 79.2 would come back
as 79.19999694824219), integers `long`.
"""

from __future__ import annotations

import json
import shlex
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator
from xml.sax.saxutils import escape, quoteattr

from kg.resources import schema_dir
from kg.store import GraphStore

PAGE_SIZE = 1000  # nodes per read; relationships are read for PAGE_SIZE // 4 start nodes at a time
ARRAY_DELIMITER = "\x1f"  # U+001F unit separator; see the module docstring
ARRAY_DELIMITER_OPTION = "U+001F"
FORMATS = ("graphml", "jsonl", "neo4j-admin")
# neo4j-admin options the CSV files need (besides --nodes/--relationships)
IMPORT_OPTIONS = (f"--array-delimiter={ARRAY_DELIMITER_OPTION}", "--multiline-fields=true", "--id-type=string")

NODES_PAGE = """
MATCH (n:{label})
WHERE n.key > $after
RETURN n.key AS key, labels(n) AS labels, properties(n) AS props
ORDER BY n.key
LIMIT $limit
"""

RELATIONSHIPS_PAGE = """
MATCH (a:{label})
WHERE a.key > $after
WITH a
ORDER BY a.key
LIMIT $limit
OPTIONAL MATCH (a)-[r]->(b)
RETURN a.key AS start, type(r) AS type, labels(b) AS end_labels, b.key AS end, properties(r) AS props
"""

COUNT_NODES = "MATCH (n) RETURN count(n) AS count"
COUNT_RELATIONSHIPS = "MATCH ()-[r]->() RETURN count(r) AS count"


def primary_labels() -> list[str]:
    """Labels every node has exactly one of, each with a unique `key`: from schema/graph.json."""
    nodes = json.loads((schema_dir() / "graph.json").read_text())["nodes"]
    return [label for label, spec in nodes.items() if "extends" not in spec]


def node_id(label: str, key: str) -> str:
    return f"{label}:{key}"


def _primary(labels: list[str], primaries: list[str]) -> str | None:
    return next((label for label in primaries if label in labels), None)


def _ordered_labels(labels: list[str], primaries: list[str]) -> list[str]:
    """The primary label first, then the others sorted (`Entity`, `Model`)."""
    return sorted(labels, key=lambda label: (label not in primaries, label))


def _clean(props: dict) -> dict:
    return {k: v for k, v in sorted(props.items()) if v is not None}


def iter_nodes(store: GraphStore, page_size: int = PAGE_SIZE) -> Iterator[dict]:
    """Every node with a primary label: {id, labels, key, properties}, paged by key."""
    primaries = primary_labels()
    for label in primaries:
        after = ""
        while True:
            rows = store.read(NODES_PAGE.format(label=label), {"after": after, "limit": page_size})
            for row in rows:
                yield {"id": node_id(label, row["key"]), "labels": _ordered_labels(row["labels"], primaries),
                       "key": row["key"], "properties": _clean(row["props"])}
            if len(rows) < page_size:
                break
            after = rows[-1]["key"]


def iter_relationships(store: GraphStore, page_size: int = PAGE_SIZE // 4) -> Iterator[dict]:
    """Every relationship between nodes with primary labels: {type, start, end, properties}.

    Read by start node: a page holds the outgoing relationships of `page_size` start nodes.
    """
    primaries = primary_labels()
    for label in primaries:
        after = ""
        while True:
            rows = store.read(RELATIONSHIPS_PAGE.format(label=label), {"after": after, "limit": page_size})
            if not rows:
                break
            starts = set()
            for row in rows:
                starts.add(row["start"])
                if row["type"] is None:
                    continue
                end_label = _primary(row["end_labels"], primaries)
                if end_label is None or row["end"] is None:
                    continue
                yield {"type": row["type"], "start": node_id(label, row["start"]),
                       "end": node_id(end_label, row["end"]), "properties": _clean(row["props"] or {})}
            if len(starts) < page_size:
                break
            after = max(starts)


# ---------------------------------------------------------------- property types


def value_type(value) -> str:
    """neo4j-admin type of a value: boolean, long, double, string, or one of those + `[]`."""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "long"
    if isinstance(value, float):
        return "double"
    if isinstance(value, (list, tuple)):
        kinds = {value_type(v) for v in value if v is not None}
        if not kinds:
            return "[]"  # empty list: type decided by other values, else string[]
        item = merge_types(*kinds) if len(kinds) > 1 else kinds.pop()
        return "string[]" if item.endswith("[]") else item + "[]"
    return "string"


def merge_types(a: str, b: str) -> str:
    """One type that holds values of both: long+double -> double, anything else unequal -> string."""
    if a == b:
        return a
    if "[]" in (a, b):
        return b if a == "[]" else a
    if {a, b} == {"long", "double"}:
        return "double"
    if {a, b} == {"long[]", "double[]"}:
        return "double[]"
    if a.endswith("[]") and b.endswith("[]"):
        return "string[]"
    return "string"


def final_type(kind: str) -> str:
    return "string[]" if kind == "[]" else kind


@dataclass
class Group:
    """Records that share a file: a label combination or (type, start label, end label)."""

    name: str
    count: int = 0
    types: dict[str, str] = field(default_factory=dict)
    present: dict[str, int] = field(default_factory=dict)  # property -> records that have it
    empty_lists: dict[str, int] = field(default_factory=dict)  # property -> records where it is []

    def note(self, props: dict) -> None:
        self.count += 1
        for key, value in props.items():
            kind = value_type(value)
            self.types[key] = merge_types(self.types[key], kind) if key in self.types else kind
            self.present[key] = self.present.get(key, 0) + 1
            if kind == "[]":
                self.empty_lists[key] = self.empty_lists.get(key, 0) + 1


@dataclass
class Dump:
    """The graph on disk as JSON lines, with what is known about its property types."""

    path: Path
    nodes: dict[tuple, Group] = field(default_factory=dict)  # tuple(labels) -> group
    relationships: dict[tuple, Group] = field(default_factory=dict)  # (type, start, end label) -> group

    @property
    def node_count(self) -> int:
        return sum(g.count for g in self.nodes.values())

    @property
    def relationship_count(self) -> int:
        return sum(g.count for g in self.relationships.values())

    def records(self) -> Iterator[dict]:
        with open(self.path, encoding="utf-8") as lines:
            for line in lines:
                yield json.loads(line)


def dump(store: GraphStore, path: Path, page_size: int = PAGE_SIZE) -> Dump:
    """Stream the whole graph to `path` (JSON lines), one record per node and relationship."""
    out = Dump(Path(path))
    with open(out.path, "w", encoding="utf-8") as lines:
        for node in iter_nodes(store, page_size):
            group = out.nodes.setdefault(tuple(node["labels"]), Group(":".join(node["labels"])))
            group.note(node["properties"])
            lines.write(json.dumps({"kind": "node", **node}, ensure_ascii=False) + "\n")
        for rel in iter_relationships(store, max(1, page_size // 4)):
            start_label, end_label = rel["start"].split(":", 1)[0], rel["end"].split(":", 1)[0]
            group_key = (rel["type"], start_label, end_label)
            group = out.relationships.setdefault(group_key, Group("_".join(group_key)))
            group.note(rel["properties"])
            lines.write(json.dumps({"kind": "relationship", **rel}, ensure_ascii=False) + "\n")
    return out


# ---------------------------------------------------------------- GraphML

GRAPHML_TYPES = {"boolean": "boolean", "long": "long", "double": "double", "string": "string"}


def _graphml_value(value, kind: str) -> str:
    if kind.endswith("[]"):
        return json.dumps(value, ensure_ascii=False)
    if kind == "boolean":
        return "true" if value else "false"
    if kind == "string" and not isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    return repr(value) if isinstance(value, float) else str(value)


def _xml_text(text: str) -> str:
    """Escape for XML and drop the characters XML 1.0 cannot hold at all."""
    text = "".join(ch for ch in text if ch in "\t\n\r" or ord(ch) >= 0x20)
    return escape(text)


def write_graphml(data: Dump, out: Path) -> dict:
    """One GraphML file; lists are JSON strings, node labels a `labels` attribute like `:Entity:Model`."""
    node_types: dict[str, str] = {"labels": "string"}
    edge_types: dict[str, str] = {"type": "string"}
    for group in data.nodes.values():
        for key, kind in group.types.items():
            node_types[key] = merge_types(node_types[key], kind) if key in node_types else kind
    for group in data.relationships.values():
        for key, kind in group.types.items():
            edge_types[key] = merge_types(edge_types[key], kind) if key in edge_types else kind
    keys: dict[tuple[str, str], str] = {}
    with open(out, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
                'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
                'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
                'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n')
        for domain, types in (("node", node_types), ("edge", edge_types)):
            for name, kind in sorted(types.items()):
                key_id = keys[(domain, name)] = f"{domain[0]}{len(keys)}"
                attr_type = GRAPHML_TYPES.get(final_type(kind), "string")
                f.write(f'  <key id="{key_id}" for="{domain}" attr.name={quoteattr(name)} '
                        f'attr.type="{attr_type}"/>\n')
        f.write('  <graph id="kg" edgedefault="directed">\n')
        edge_number = 0
        for record in data.records():
            if record["kind"] == "node":
                props = {"labels": ":" + ":".join(record["labels"]), **record["properties"]}
                f.write(f'    <node id={quoteattr(record["id"])}>\n')
                types = node_types
                domain = "node"
                closing = "    </node>\n"
            else:
                props = {"type": record["type"], **record["properties"]}
                f.write(f'    <edge id="e{edge_number}" source={quoteattr(record["start"])} '
                        f'target={quoteattr(record["end"])}>\n')
                edge_number += 1
                types = edge_types
                domain = "edge"
                closing = "    </edge>\n"
            for name, value in props.items():
                kind = final_type(types[name])
                f.write(f'      <data key="{keys[(domain, name)]}">{_xml_text(_graphml_value(value, kind))}</data>\n')
            f.write(closing)
        f.write("  </graph>\n</graphml>\n")
    return {"files": [str(out)]}


# ---------------------------------------------------------------- JSON lines


def write_jsonl(data: Dump, out: Path) -> dict:
    """One JSON object per line: nodes {kind, id, labels, key, properties} first, then
    relationships {kind, type, start, end, properties} (start/end are node ids)."""
    with open(out, "w", encoding="utf-8") as f:
        for record in data.records():
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    return {"files": [str(out)]}


# ---------------------------------------------------------------- neo4j-admin CSV


def _csv_string(text: str) -> str:
    text = text.replace(ARRAY_DELIMITER, " ")
    return '"' + text.replace('"', '""') + '"'


def _csv_scalar(value, kind: str) -> str:
    if kind == "boolean":
        return "true" if value else "false"
    if kind in ("long", "double"):
        return repr(float(value)) if kind == "double" else str(int(value))
    return _csv_string(value if isinstance(value, str) else json.dumps(value, ensure_ascii=False))


def csv_field(value, kind: str) -> str:
    """One CSV field of a value of neo4j-admin type `kind`; None is an empty (absent) field."""
    if value is None:
        return ""
    if kind.endswith("[]"):
        item = kind[:-2]
        values = value if isinstance(value, (list, tuple)) else [value]
        parts = []
        for v in values:
            if v is None:
                continue
            if item == "string":
                v = v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)
                parts.append(v.replace(ARRAY_DELIMITER, " "))
            elif item == "boolean":
                parts.append("true" if v else "false")
            elif item == "double":
                parts.append(repr(float(v)))
            else:
                parts.append(str(int(v)))
        return '"' + ARRAY_DELIMITER.join(parts).replace('"', '""') + '"'
    return _csv_scalar(value, kind)


def _cypher_name(name: str) -> str:
    """A property name or type usable in Cypher (backquoted unless plain)."""
    return name if name.isidentifier() else "`" + name.replace("`", "``") + "`"


def _file_stem(name: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in name)


def write_neo4j_admin(data: Dump, out: Path, database: str = "neo4j") -> dict:
    """Header and data CSV files in directory `out`, plus `import.sh` with the exact command."""
    out.mkdir(parents=True, exist_ok=True)
    primaries = primary_labels()
    files: dict[tuple, dict] = {}  # group key -> {header, data, columns, handle}

    def header_field(name: str, kind: str) -> str:
        return f"{name}:{final_type(kind)}"

    for labels, group in sorted(data.nodes.items()):
        space = _primary(list(labels), primaries)
        columns = [c for c in sorted(group.types) if c != "key"]
        stem = "nodes_" + _file_stem("_".join(labels))
        header = [f"key:ID({space})", ":LABEL"] + [header_field(c, group.types[c]) for c in columns]
        files[("node", labels)] = {"stem": stem, "header": header, "columns": columns, "types": group.types,
                                   "kind": "nodes", "count": group.count}
    for (rel_type, start, end), group in sorted(data.relationships.items()):
        columns = sorted(group.types)
        stem = "rels_" + _file_stem(f"{rel_type}_{start}_{end}")
        header = [f":START_ID({start})", f":END_ID({end})", ":TYPE"] + \
                 [header_field(c, group.types[c]) for c in columns]
        files[("rel", rel_type, start, end)] = {"stem": stem, "header": header, "columns": columns,
                                                "types": group.types, "kind": "relationships",
                                                "count": group.count}
    # neo4j-admin cannot create an empty array (an empty field is an absent property): the
    # statements of after-import.cypher set them. Where every record of a group has the
    # property, "absent after import" means "was []"; otherwise the keys are listed.
    partial_empty: dict[tuple, list[str]] = {}  # (labels, property) -> node keys with []
    fixups: list[str] = []
    for labels, group in sorted(data.nodes.items()):
        match = "MATCH (n:" + ":".join(labels) + f") WHERE size(labels(n)) = {len(labels)}"
        for prop in sorted(group.empty_lists):
            if group.present[prop] == group.count:
                fixups.append(f"{match} AND n.{_cypher_name(prop)} IS NULL SET n.{_cypher_name(prop)} = []")
            else:
                partial_empty[(labels, prop)] = []
    for (rel_type, start, end), group in sorted(data.relationships.items()):
        for prop in sorted(group.empty_lists):
            if group.present[prop] == group.count:
                fixups.append(f"MATCH (:{start})-[r:{_cypher_name(rel_type)}]->(:{end}) "
                              f"WHERE r.{_cypher_name(prop)} IS NULL SET r.{_cypher_name(prop)} = []")
    for spec in files.values():
        spec["header_path"] = out / f"{spec['stem']}_header.csv"
        spec["data_path"] = out / f"{spec['stem']}.csv"
        spec["header_path"].write_text(",".join(spec["header"]) + "\n", encoding="utf-8")
        spec["handle"] = open(spec["data_path"], "w", encoding="utf-8", newline="")
    try:
        for record in data.records():
            props = record["properties"]
            if record["kind"] == "node":
                spec = files[("node", tuple(record["labels"]))]
                for prop, value in props.items():
                    if value == [] and (tuple(record["labels"]), prop) in partial_empty:
                        partial_empty[(tuple(record["labels"]), prop)].append(record["key"])
                row = [_csv_string(record["key"]), '"' + ARRAY_DELIMITER.join(record["labels"]) + '"']
            else:
                start_label, start_key = record["start"].split(":", 1)
                end_label, end_key = record["end"].split(":", 1)
                spec = files[("rel", record["type"], start_label, end_label)]
                row = [_csv_string(start_key), _csv_string(end_key), _csv_string(record["type"])]
            row += [csv_field(props.get(c), final_type(spec["types"][c])) for c in spec["columns"]]
            spec["handle"].write(",".join(row) + "\n")
    finally:
        for spec in files.values():
            spec["handle"].close()
    for (labels, prop), keys in sorted(partial_empty.items()):
        for start in range(0, len(keys), 1000):
            fixups.append(f"UNWIND {json.dumps(keys[start:start + 1000])} AS key MATCH (n:{labels[0]} {{key: key}}) "
                          f"SET n.{_cypher_name(prop)} = []")
    fixup_path = out / "after-import.cypher"
    fixup_path.write_text("// Run once on the imported database: neo4j-admin cannot write empty lists.\n"
                          + "".join(f"{statement};\n" for statement in fixups), encoding="utf-8")
    command = import_command(files.values(), database)
    script = out / "import.sh"
    script.write_text("#!/bin/sh\n# Import kg's export into an empty database (stop it first), then run\n"
                      "# `kg` once against it (any store command) or schema/neo4j.cypher to create the\n"
                      "# constraints and indexes.\ncd \"$(dirname \"$0\")\"\n" + shlex.join(command) + "\n",
                      encoding="utf-8")
    script.chmod(0o755)
    listing = [str(s["header_path"]) for s in files.values()] + [str(s["data_path"]) for s in files.values()]
    import_files = {"nodes": [], "relationships": []}
    for spec in files.values():
        import_files[spec["kind"]].append([str(spec["header_path"]), str(spec["data_path"])])
    return {"files": listing + [str(script), str(fixup_path)], "command": command,
            "import_files": import_files, "import_options": list(IMPORT_OPTIONS),
            "after_import": fixups, "after_import_file": str(fixup_path),
            "groups": [{"kind": s["kind"], "header": s["header_path"].name, "data": s["data_path"].name,
                        "rows": s["count"]} for s in files.values()]}


def import_arguments(specs, base: Path | None = None) -> list[str]:
    """The `--nodes=…`/`--relationships=…` and format options for neo4j-admin (paths relative
    to `base` if given, else as stored)."""

    def path(p: Path) -> str:
        return str(p.relative_to(base)) if base else str(p)

    args = list(IMPORT_OPTIONS)
    for spec in specs:
        args.append(f"--{spec['kind']}={path(spec['header_path'])},{path(spec['data_path'])}")
    return args


def import_command(specs, database: str = "neo4j") -> list[str]:
    """`neo4j-admin database import full …` for the files, run from the export directory."""
    specs = list(specs)
    base = specs[0]["header_path"].parent if specs else None
    # the database comes first: --nodes/--relationships take several values and would swallow it
    return ["neo4j-admin", "database", "import", "full", database, "--overwrite-destination=true",
            *import_arguments(specs, base)]


# ---------------------------------------------------------------- entry point


def export(store: GraphStore, fmt: str, out: Path, page_size: int = PAGE_SIZE, database: str = "neo4j") -> dict:
    """Export the whole graph; returns {format, out, nodes, relationships, files[, command]}.

    `out` is a file for graphml and jsonl, a directory for neo4j-admin.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    out = Path(out)
    if fmt != "neo4j-admin":
        out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="kg-export-") as tmp:
        data = dump(store, Path(tmp) / "graph.jsonl", page_size)
        if fmt == "graphml":
            result = write_graphml(data, out)
        elif fmt == "jsonl":
            result = write_jsonl(data, out)
        else:
            result = write_neo4j_admin(data, out, database)
    total_nodes = store.read(COUNT_NODES)[0]["count"]
    total_rels = store.read(COUNT_RELATIONSHIPS)[0]["count"]
    result.update({"format": fmt, "out": str(out), "nodes": data.node_count,
                   "relationships": data.relationship_count})
    if total_nodes != data.node_count or total_rels != data.relationship_count:
        result["warning"] = (f"the store holds {total_nodes} nodes and {total_rels} relationships; "
                             f"{total_nodes - data.node_count} nodes without a keyed primary label "
                             f"({', '.join(primary_labels())}) and their relationships were not exported")
    return result


def all_statements() -> list[tuple[str, str, dict]]:
    """(id, text, example parameters) of every statement of this module, for kg.cypher_lint."""
    page = {"after": "", "limit": PAGE_SIZE}
    out = []
    for label in primary_labels():
        out.append((f"export:nodes_page:{label}", NODES_PAGE.format(label=label).strip(), page))
        out.append((f"export:relationships_page:{label}", RELATIONSHIPS_PAGE.format(label=label).strip(), page))
    out += [("export:count_nodes", COUNT_NODES, {}), ("export:count_relationships", COUNT_RELATIONSHIPS, {})]
    return out
