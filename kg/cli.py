"""kg's command line. Commands are thin: parse options, call one library function,
format its result. User errors end as one line on stderr and a non-zero exit."""

from __future__ import annotations

import csv
import functools
import io
import json
import re
import sys
from pathlib import Path

import click

from kg.config import StoreSettings, open_store
from kg.store import StoreError

EXIT_USER_ERROR = 2


class UserError(click.ClickException):
    """A problem the user can fix; shown as one line, no traceback."""

    exit_code = EXIT_USER_ERROR

    def show(self, file=None):
        # a driver's message may span lines; the user gets exactly one
        click.echo(f"kg: error: {' '.join(self.format_message().split())}", err=True)


_URI_USERINFO = re.compile(r"(\b[a-z][a-z0-9+.-]*://[^/@\s:]*):[^@\s/]*@", re.IGNORECASE)


def _redact(message: str, kwargs: dict) -> str:
    """Never print a credential: passwords given as option, env or .env, and URI user:password@."""
    from kg.config import setting

    message = _URI_USERINFO.sub(r"\1:****@", message)
    for secret in {kwargs.get("neo4j_password"), setting("NEO4J_PASSWORD")}:
        if secret and len(secret) >= 3:
            message = message.replace(secret, "****")
    return message


def user_errors(fn):
    """Turn the library's expected failures into one-line user errors."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return _run(*args, **kwargs)
        except UserError as exc:
            exc.message = _redact(exc.message, kwargs)
            raise

    def _run(*args, **kwargs):
        from kg.rejects import RejectError
        from kg.store.falkordb_server import ServerError

        try:
            return fn(*args, **kwargs)
        except (StoreError, ServerError, ValueError, KeyError, FileNotFoundError) as exc:
            message = exc.args[0] if isinstance(exc, KeyError) and exc.args else str(exc)
            raise UserError(message) from None
        except RejectError as exc:
            raise UserError(f"--strict: {exc}") from None
        except Exception as exc:
            from loaders.common import LoaderError

            if isinstance(exc, LoaderError):
                raise UserError(str(exc)) from None
            neo4j_errors = sys.modules.get("neo4j.exceptions")
            if neo4j_errors is not None and isinstance(exc, neo4j_errors.ConfigurationError):
                raise UserError(f"Neo4j settings: {exc}".splitlines()[0]) from None  # e.g. a bad URI scheme
            raise

    return wrapper


def store_options(fn):
    """--store, --data-dir and the Neo4j connection options shared by store commands."""
    options = [
        click.option("--store", type=click.Choice(["embedded", "neo4j"]), default=None,
                     help="Where the graph lives [env KG_STORE; default embedded]."),
        click.option("--data-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
                     help="Embedded store directory [env KG_DATA_DIR; default ./.kg]."),
        click.option("--neo4j-uri", default=None, help="Bolt URI [env NEO4J_URI]."),
        click.option("--neo4j-user", default=None, help="[env NEO4J_USER; default neo4j]"),
        click.option("--neo4j-password", default=None, help="[env NEO4J_PASSWORD]"),
        click.option("--neo4j-database", default=None, help="[env NEO4J_DATABASE]"),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


def _settings(kwargs) -> StoreSettings:
    keys = ("store", "data_dir", "neo4j_uri", "neo4j_user", "neo4j_password", "neo4j_database")
    return StoreSettings.resolve(**{k: kwargs.pop(k) for k in keys})


def _rejects_path(settings: StoreSettings) -> Path:
    return settings.data_dir / "rejects.jsonl"


def _print_rows(rows: list[dict], fmt: str, title: str | None = None) -> None:
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False, default=str))
    elif fmt == "csv":
        buffer = io.StringIO()
        columns = list(rows[0]) if rows else []
        writer = csv.DictWriter(buffer, fieldnames=columns)
        writer.writeheader()
        for row in rows:
            writer.writerow({k: json.dumps(v) if isinstance(v, (list, dict)) else v for k, v in row.items()})
        click.echo(buffer.getvalue(), nl=False)
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table(title=title, show_lines=False)
        columns = list(rows[0]) if rows else []
        for column in columns:
            table.add_column(column, overflow="fold")
        for row in rows:
            table.add_row(*[_cell(row.get(c)) for c in columns])
        Console().print(table if rows else f"{title or 'query'}: no rows")


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, (list, dict)):
        text = json.dumps(value, ensure_ascii=False)
        return text if len(text) < 200 else text[:197] + "…"
    text = str(value)
    return text if len(text) < 300 else text[:297] + "…"


def _papers(paths, rejects, fmt=None, field_map=None):
    from loaders import parse_field_map, read_papers

    return read_papers(paths, rejects, fmt=fmt, field_map=parse_field_map(field_map) if field_map else None)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="kg")
def main():
    """kg builds a knowledge graph of research papers: the methods, models, datasets,
    metrics and tasks their abstracts name, and how they relate.

    \b
    Examples:
      kg build samples/                       # embedded store in ./.kg
      kg stats
      kg query methods-evaluated-on -p dataset=ImageNet
      kg build papers.jsonl --store neo4j     # NEO4J_URI/USER/PASSWORD from env or .env
      kg extract papers.jsonl --out ex.jsonl && kg load ex.jsonl
    """


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@store_options
@click.option("--format", "fmt", default=None, help="Force an input format (see `kg formats`).")
@click.option("--map", "field_map", default=None, help="Field names for generic JSON/CSV: title=…,abstract=…,id=…")
@click.option("--workers", type=int, default=None, help="Extraction processes [default: all cores].")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True)
@click.option("--scheduler", default=None, help="Dask scheduler address (default: a LocalCluster).")
@click.option("--strict", is_flag=True, help="Stop with an error at the first rejected record.")
@click.option("--quiet", "-q", is_flag=True, help="No progress output.")
@click.option("--output", "out_format", type=click.Choice(["text", "json"]), default="text")
@user_errors
def build(paths, fmt, field_map, workers, engine, scheduler, strict, quiet, out_format, **kwargs):
    """Load papers from PATHS (files or directories), extract, and write the graph.

    Idempotent and incremental: papers already in the graph with the same title and
    abstract are skipped; changed ones have their edges replaced. Records that cannot
    be read go to <data-dir>/rejects.jsonl with the reason.

    \b
    Examples:
      kg build samples/
      kg build arxiv-metadata-oai-snapshot.json.gz --workers 8
      kg build export.csv --map title=Title,abstract=Summary,id=DOI --strict
    """
    from kg.pipeline import build as run_build, default_workers
    from kg.progress import progress
    from kg.rejects import RejectSink

    settings = _settings(kwargs)
    store = open_store(settings)
    try:
        with RejectSink(_rejects_path(settings), strict=strict) as rejects, \
                progress("building", enabled=not quiet) as advance:
            report = run_build(_papers(paths, rejects, fmt, field_map), store, rejects=rejects,
                               workers=workers or default_workers(), engine=engine, scheduler=scheduler,
                               progress=advance)
    finally:
        store.close()
    if out_format == "json":
        click.echo(report.model_dump_json(indent=2))
    else:
        click.echo(report.summary())


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path), help="JSON lines output.")
@click.option("--format", "fmt", default=None, help="Force an input format.")
@click.option("--map", "field_map", default=None, help="Field names for generic JSON/CSV.")
@click.option("--rejects", "rejects_file", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Rejects file [default: OUT.rejects.jsonl].")
@click.option("--workers", type=int, default=None)
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True)
@click.option("--scheduler", default=None)
@click.option("--strict", is_flag=True)
@click.option("--quiet", "-q", is_flag=True)
@user_errors
def extract(paths, out, fmt, field_map, rejects_file, workers, engine, scheduler, strict, quiet):
    """Extract without a database: one JSON object per paper to --out.

    Load the file later, anywhere, with `kg load OUT`.

    \b
    Example:
      kg extract samples/ --out samples.jsonl
    """
    from kg.pipeline import default_workers, extract_to_file
    from kg.progress import progress
    from kg.rejects import RejectSink

    rejects_path = rejects_file or out.with_suffix(".rejects.jsonl")
    with RejectSink(rejects_path, strict=strict) as rejects, progress("extracting", enabled=not quiet) as advance:
        report = extract_to_file(_papers(paths, rejects, fmt, field_map), out,
                                 workers=workers or default_workers(), engine=engine, scheduler=scheduler,
                                 progress=advance)
        report.rejected = rejects.count
        report.rejects_path = str(rejects_path)
    click.echo(f"loaded {report.loaded}, rejected {report.rejected}"
               + (f" (see {rejects_path})" if report.rejected else "") + f"; wrote {report.new} papers to {out}")


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@store_options
@click.option("--strict", is_flag=True)
@click.option("--quiet", "-q", is_flag=True)
@user_errors
def load(files, strict, quiet, **kwargs):
    """Load `kg extract` output (JSON lines) into the store.

    \b
    Example:
      kg load part-0001.jsonl part-0002.jsonl --store neo4j
    """
    from itertools import chain

    from kg.pipeline import load_extractions, read_extractions
    from kg.progress import progress
    from kg.rejects import RejectSink

    settings = _settings(kwargs)
    store = open_store(settings)
    try:
        with RejectSink(_rejects_path(settings), strict=strict) as rejects, \
                progress("loading", enabled=not quiet) as advance:
            items = chain.from_iterable(read_extractions(f, rejects) for f in files)
            report = load_extractions(items, store, progress=advance)
            report.rejected = rejects.count
            report.rejects_path = str(rejects.path)
    finally:
        store.close()
    click.echo(report.summary())


@main.command()
@store_options
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@user_errors
def stats(fmt, **kwargs):
    """Papers, nodes per label and relationships per type."""
    from kg.store.writer import stats as graph_stats

    store = open_store(_settings(kwargs))
    try:
        result = graph_stats(store)
    finally:
        store.close()
    if fmt == "json":
        click.echo(json.dumps(result, indent=2))
        return
    _print_rows([{"label": k, "nodes": v} for k, v in sorted(result["nodes"].items())], "table", "Nodes")
    _print_rows([{"type": k, "relationships": v} for k, v in sorted(result["relationships"].items())],
                "table", "Relationships")


@main.command(context_settings={"ignore_unknown_options": False})
@click.argument("name")
@click.option("-p", "--param", "params", multiple=True, metavar="KEY=VALUE", help="A query parameter (repeatable).")
@store_options
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@user_errors
def query(name, params, fmt, **kwargs):
    """Run the library query NAME read-only; `kg query list` shows them all.

    \b
    Examples:
      kg query list
      kg query methods-evaluated-on -p dataset=ImageNet
      kg query leaderboard -p dataset=ImageNet -p metric="top-1 accuracy" --format csv
    """
    from kg import library

    if name == "list":
        items = [{"name": q.name, "description": q.description,
                  "params": [{"name": p.name, "type": p.type, "example": p.example,
                              **({"default": p.default} if not p.required else {})} for p in q.params]}
                 for q in library.library().values()]
        if fmt == "json":
            click.echo(json.dumps(items, indent=2))
        else:
            _print_rows([{"name": i["name"], "params": ", ".join(p["name"] for p in i["params"]),
                          "description": i["description"]} for i in items], "table", "Library queries")
        return
    values = {}
    for item in params:
        key, sep, value = item.partition("=")
        if not sep:
            raise UserError(f"-p takes KEY=VALUE, not {item!r}")
        values[key.strip()] = value
    query_def = library.get(name)
    bound = query_def.bind(values)
    store = open_store(_settings(kwargs))
    try:
        rows = store.read(query_def.text, bound)
    finally:
        store.close()
    _print_rows(rows, fmt, name)


from kg.commands import register  # noqa: E402  (commands defined in their own modules)

register(main)

if __name__ == "__main__":  # pragma: no cover
    main()
