"""`kg doctor`: check what kg needs and explain what is missing."""

from __future__ import annotations

import json
import sys

import click

from kg.cli import _settings, store_options, user_errors

STYLE = {"ok": "green", "warn": "yellow", "fail": "bold red", "skip": "dim"}


@click.command("doctor")
@store_options
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--no-embedded", is_flag=True, help="Do not start a throwaway embedded server.")
@user_errors
def command(fmt, no_embedded, **kwargs):
    """Check Python, packages, the embedded store, the data dir, Neo4j (when configured),
    Java/Maven, Node and Chromium, and say what to do about anything missing.

    Passwords are shown as ****. Exit status 1 when a check fails.

    \b
    Examples:
      kg doctor
      kg doctor --format json --store neo4j
    """
    from kg.doctor import as_json, run_checks, summary

    checks = run_checks(_settings(kwargs), embedded=not no_embedded)
    if fmt == "json":
        click.echo(json.dumps(as_json(checks), indent=2))
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table(title="kg doctor")
        for column in ("check", "status", "detail", "what to do"):
            table.add_column(column, overflow="fold")
        for c in checks:
            table.add_row(c.name, f"[{STYLE[c.status]}]{c.status}[/]", c.detail, c.hint)
        console = Console()
        console.print(table)
        s = summary(checks)
        console.print(f"{'ready' if s['ready'] else 'NOT ready'}: {s['ok']} ok, {s['warn']} warnings, "
                      f"{s['fail']} failed, {s['skip']} skipped")
    if not summary(checks)["ready"]:
        sys.exit(1)
