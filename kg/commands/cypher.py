"""`kg cypher`: run one Cypher statement against the store, read-only unless --write."""

from __future__ import annotations

import json

import click

from kg.cli import UserError, _print_rows, _settings, store_options, user_errors


def _value(text: str):
    """A parameter value: JSON when it parses (numbers, lists, true/null, "quoted"), else the text."""
    try:
        return json.loads(text)
    except ValueError:
        return text


@click.command("cypher")
@click.argument("statement")
@click.option("-p", "--param", "params", multiple=True, metavar="KEY=VALUE",
              help="A query parameter, $KEY in the statement (repeatable; JSON values are parsed).")
@click.option("--write", is_flag=True, help="Allow the statement to change the graph.")
@store_options
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@user_errors
def command(statement, params, write, fmt, **kwargs):
    """Run the Cypher STATEMENT; read-only unless --write.

    \b
    Examples:
      kg cypher "MATCH (p:Paper) RETURN count(p) AS papers"
      kg cypher "MATCH (e:Entity {name: \\$name}) RETURN e.key" -p name=BERT --format json
      kg cypher "MATCH (p:Paper {key: \\$key}) DETACH DELETE p" -p key=arxiv:1234 --write
    """
    from kg.config import open_store

    values = {}
    for item in params:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise UserError(f"-p takes KEY=VALUE, not {item!r}")
        values[key.strip()] = _value(value)
    store = open_store(_settings(kwargs))
    try:
        try:
            rows = (store.write if write else store.read)(statement, values)
        except Exception as exc:
            if not write and _refused_write(str(exc)):
                raise UserError("this statement writes to the graph; add --write to allow it") from None
            raise
    finally:
        store.close()
    _print_rows(rows, fmt, "cypher")


def _refused_write(message: str) -> bool:
    message = message.lower()
    return any(s in message for s in ("read-only", "read only", "readonly", "writing in read access mode",
                                      "not allowed in read", "write queries"))
