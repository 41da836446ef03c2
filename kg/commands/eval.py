"""`kg eval`: score the extractor against an annotated corpus (see kg.evaluate)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from kg.cli import user_errors


@click.command("eval")
@click.option("--gold", "gold", required=True, multiple=True,
              type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Annotated file (repeatable): SciERC JSON lines or TDMSci CoNLL.")
@click.option("--format", "fmt", type=click.Choice(["scierc", "tdmsci"]), default=None,
              help="Gold format [default: guessed from the file].")
@click.option("--output", "out_format", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--model", default=None, help="A trained spaCy pipeline to use instead of blank English.")
@user_errors
def command(gold, fmt, out_format, model):
    """Precision, recall and F1 of extracted mentions against gold annotations.

    Strict (same span and type) and partial (overlapping span, same type) matches,
    per type and micro overall, on all gold mentions and on named ones (acronyms,
    camel-case or alphanumeric words, capitalised words inside a sentence).

    \b
    Examples:
      kg eval --gold scierc/dev.json
      kg eval --gold tdmsci/train_1500_v2.conll --format tdmsci --output json
    """
    from kg.evaluate import evaluate

    reports = [evaluate(path, fmt, model) for path in gold]
    if out_format == "json":
        click.echo(json.dumps(reports if len(reports) > 1 else reports[0], indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    console = Console()
    for report in reports:
        table = Table(title=f"{report['file']} ({report['format']}, {report['documents']} documents, "
                            f"{report['model']}, {report['docs_per_second']:.0f} docs/s)")
        for column in ("mentions", "match", "type", "precision", "recall", "f1", "predicted", "gold"):
            table.add_column(column, justify="right" if column in ("precision", "recall", "f1", "predicted", "gold")
                             else "left")
        previous = None
        for row in report["rows"]:
            group = (row["mentions"], row["match"])
            if previous is not None and group != previous:
                table.add_section()
            previous = group
            style = "bold" if row["type"] == "ALL" else None
            table.add_row(row["mentions"], row["match"], row["type"], f"{row['precision']:.3f}",
                          f"{row['recall']:.3f}", f"{row['f1']:.3f}", str(row["predicted"]), str(row["gold"]),
                          style=style)
        console.print(table)


eval = command  # noqa: A001  (the command is `kg eval`)
