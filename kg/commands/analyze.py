"""`kg analyze`: PageRank, degree and community of every entity, written onto the nodes."""

from __future__ import annotations

import json

import click

from kg.cli import _print_rows, _settings, store_options, user_errors
from kg.config import open_store


@click.command("analyze")
@store_options
@click.option("--seed", type=int, default=42, show_default=True, help="Louvain's random seed.")
@click.option("--top", type=int, default=10, show_default=True, help="Entities to show.")
@click.option("--dry-run", is_flag=True, help="Compute and show, write nothing.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@user_errors
def command(seed, top, dry_run, fmt, **kwargs):
    """Rank entities and find communities of co-occurring ones (networkx).

    Sets `pagerank` (float), `degree` (papers mentioning it) and `community` (0 = the largest)
    on every Entity node; `kg query` and `kg report` can then use them.

    \b
    Examples:
      kg analyze
      kg analyze --store neo4j --top 20
    """
    from kg.analytics import analyze

    store = open_store(_settings(kwargs))
    try:
        result = analyze(store, seed=seed, write=not dry_run)
    finally:
        store.close()
    result["top"] = result["top"][:top]
    if fmt == "json":
        click.echo(json.dumps(result, indent=2))
        return
    click.echo(f"{result['papers']} papers, {result['entities']} entities, {result['mentions']} mentions, "
               f"{result['communities']} communities; "
               + ("nothing written (--dry-run)" if dry_run else f"wrote {result['written']} entities"))
    _print_rows([{"name": r["name"], "type": r["type"], "pagerank": round(r["pagerank"], 5),
                  "degree": r["degree"], "community": r["community"]} for r in result["top"]],
                "table", "Top entities by PageRank")
