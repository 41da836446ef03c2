"""`kg export`: the whole graph as GraphML, JSON lines or neo4j-admin CSV files."""

from __future__ import annotations

import json
import shlex
from pathlib import Path

import click

from kg.cli import _settings, store_options, user_errors
from kg.config import open_store


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(["graphml", "jsonl", "neo4j-admin"]), required=True,
              help="graphml (networkx, Gephi), jsonl (one object per node/relationship) or neo4j-admin "
                   "(CSV files for `neo4j-admin database import full`).")
@click.option("--out", required=True, type=click.Path(path_type=Path),
              help="Output file (graphml, jsonl) or directory (neo4j-admin).")
@click.option("--page-size", type=int, default=1000, show_default=True, help="Nodes read per query.")
@click.option("--database", default="neo4j", show_default=True, help="neo4j-admin: the database to import into.")
@store_options
@click.option("--output", "out_format", type=click.Choice(["text", "json"]), default="text")
@user_errors
def command(fmt, out, page_size, database, out_format, **kwargs):
    """Export every node (all labels and properties) and relationship (type and properties).

    \b
    Examples:
      kg export --format graphml --out kg.graphml
      kg export --format jsonl --out kg.jsonl --store neo4j
      kg export --format neo4j-admin --out import/    # prints the neo4j-admin command
    """
    from kg.export import export

    store = open_store(_settings(kwargs))
    try:
        result = export(store, fmt, out, page_size=page_size, database=database)
    finally:
        store.close()
    if out_format == "json":
        click.echo(json.dumps(result, indent=2))
        return
    click.echo(f"exported {result['nodes']} nodes and {result['relationships']} relationships to {result['out']}")
    if result.get("warning"):
        click.echo(f"kg: warning: {result['warning']}", err=True)
    if fmt == "neo4j-admin":
        click.echo("import into a stopped database (it is replaced: --overwrite-destination):")
        click.echo(f"  cd {shlex.quote(str(Path(out).resolve()))} && {shlex.join(result['command'])}")
        click.echo(f"  (same command in {Path(out) / 'import.sh'}; the array delimiter is U+001F)")
        click.echo("then start the database and run once, e.g. with cypher-shell -f, "
                   f"{result['after_import_file']} ({len(result['after_import'])} statements: empty lists, "
                   "which neo4j-admin cannot write); `kg build`/`kg load` create the constraints and indexes "
                   "of schema/neo4j.cypher")
