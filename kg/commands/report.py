"""`kg report`: a self-contained HTML page about the graph (works offline)."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli import _settings, store_options, user_errors
from kg.config import open_store


@click.command("report")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=Path("report.html"),
              show_default=True, help="HTML file to write.")
@store_options
@user_errors
def command(out, **kwargs):
    """Write one HTML page: corpus summary, top entities, entities over time, leaderboards,
    the neighbourhood of the top entities and the extraction's statistics.

    The page inlines all its CSS and JavaScript (no network needed). It reads the store only;
    run `kg analyze` first to rank the neighbourhood view by PageRank.

    \b
    Examples:
      kg report
      kg report --out /tmp/kg.html --store neo4j
    """
    from kg.report import report

    settings = _settings(kwargs)
    store = open_store(settings)
    try:
        result = report(store, out, data_dir=settings.data_dir)
    finally:
        store.close()
    click.echo(f"wrote {result['out']} ({result['papers']} papers, {result['bytes'] // 1024} KiB)")
