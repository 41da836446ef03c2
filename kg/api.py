"""Python access to a graph: `g = kg.open(...)`, then one method per library query.

    import kg
    g = kg.open(data_dir=".kg")                       # the embedded store
    g = kg.open(store="neo4j", uri="bolt://…", user="neo4j", password="…")
    g.methods_evaluated_on(dataset="GLUE")            # rows as dicts
    g.query("leaderboard", dataset="ImageNet", metric="top-1 accuracy")
    help(g.leaderboard)                               # the query's description and parameters

Every query runs read-only with its parameters passed as query parameters.
"""

from __future__ import annotations

import inspect
from pathlib import Path

from kg import library
from kg.config import StoreSettings, open_store
from kg.library import PYTHON_TYPES, LibraryQuery


def _helper(query: LibraryQuery):
    def run(self, **params):
        return self.query(query.name, **params)

    parameters = [inspect.Parameter("self", inspect.Parameter.POSITIONAL_OR_KEYWORD)]
    for p in query.params:
        parameters.append(inspect.Parameter(
            p.name, inspect.Parameter.KEYWORD_ONLY,
            default=inspect.Parameter.empty if p.required else p.default,
            annotation=PYTHON_TYPES[p.type]))
    run.__signature__ = inspect.Signature(parameters, return_annotation=list[dict])
    run.__name__ = query.name.replace("-", "_")
    lines = [query.description, ""]
    if query.params:
        lines.append("Parameters:")
        for p in query.params:
            extra = "required" if p.required else f"default {p.default!r}"
            lines.append(f"    {p.name} ({p.type}, {extra}): e.g. {p.example!r}")
    if query.row:
        lines += ["", f"Returns a list of rows (dicts); a row is {query.row}"]
    lines += ["", f"Cypher: {Path(query.path).name}"]
    run.__doc__ = "\n".join(lines)
    return run


class Graph:
    """A kg graph in a store, with the query library as methods."""

    def __init__(self, store):
        self.store = store

    def query(self, name: str, **params) -> list[dict]:
        """Run library query `name` read-only; parameters as keyword arguments."""
        return library.run(self.store, name, params)

    def queries(self) -> list[str]:
        return sorted(library.library())

    def stats(self) -> dict:
        from kg.store.writer import stats

        return stats(self.store)

    def close(self) -> None:
        self.store.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


for _query in library.library().values():
    setattr(Graph, _query.name.replace("-", "_"), _helper(_query))


def open(store: str | None = None, *, data_dir: str | Path | None = None, uri: str | None = None,
         user: str | None = None, password: str | None = None, database: str | None = None) -> Graph:
    """Open the graph in the embedded store (default) or in Neo4j (`store="neo4j"`)."""
    settings = StoreSettings.resolve(store=store, data_dir=data_dir, neo4j_uri=uri, neo4j_user=user,
                                     neo4j_password=password, neo4j_database=database)
    return Graph(open_store(settings))
