"""Graph stores behind one small interface.

A store runs Cypher: `write(statement, params)` in a write transaction and
`read(statement, params)` read-only; `setup_schema()` applies its DDL from `schema/`.
Everything else (batching, incremental clears, stats) is plain functions in
kg.store.writer over that interface, so both stores write the same graph.
"""

from __future__ import annotations

from typing import Protocol


class StoreError(RuntimeError):
    """A store could not be reached or refused a statement; the message says what to do."""


class GraphStore(Protocol):
    name: str
    location: str  # what to tell a user: a data dir or a URI (never a password)

    def write(self, statement: str, params: dict | None = None) -> list[dict]: ...

    def read(self, statement: str, params: dict | None = None) -> list[dict]: ...

    def setup_schema(self) -> None: ...

    def close(self) -> None: ...


def split_statements(text: str) -> list[str]:
    """Statements of a DDL file: `;`-separated, `//` comment lines dropped."""
    lines = [line for line in text.splitlines() if not line.strip().startswith("//")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]
