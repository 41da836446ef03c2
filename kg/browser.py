"""The query library in forms Neo4j Browser loads, generated from queries/*.cypher.

- `guide_html()`: a Browser guide (`:play URL` or `:guide URL`): one slide per query with
  click-to-run blocks, first the `:params {…}` that sets its example parameters, then the query.
- `bundle_cypher()`: one `.cypher` file to paste into the Browser editor: for each query its
  `:params {…};` line and the statement, `;`-terminated (the multi-statement editor runs them
  in order; or copy one query at a time).
- `favorites_zip()`: a zip of one `.cypher` file per query, for the Browser's Favorites drawer
  (drop the zip on "Import"); each favorite is named by its first comment line.

Nothing here is hand-written per query: a new file in queries/ shows up on the next
`kg browser-guide`.
"""

from __future__ import annotations

import html
import io
import json
import re
import zipfile
from pathlib import Path

from kg.library import LibraryQuery, library

GUIDE_NAME = "kg-guide.html"
BUNDLE_NAME = "kg-queries.cypher"
FAVORITES_NAME = "kg-favorites.zip"


def cypher_literal(value) -> str:
    """A parameter value as Cypher literal text for a `:params` map."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, (int, float)):
        return json.dumps(value)
    if isinstance(value, list):
        return "[" + ", ".join(cypher_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_key(k)}: {cypher_literal(v)}" for k, v in value.items()) + "}"
    text = str(value).replace("\\", "\\\\").replace("'", "\\'")
    return f"'{text}'"


def _key(name: str) -> str:
    return name if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name) else "`" + name.replace("`", "``") + "`"


def params_command(query: LibraryQuery) -> str:
    """`:params {…}` with the query's example values (replaces the Browser's parameters)."""
    return ":params {" + ", ".join(f"{_key(p.name)}: {cypher_literal(p.example)}" for p in query.params) + "}"


def _queries(queries: list[LibraryQuery] | None) -> list[LibraryQuery]:
    return list(library().values()) if queries is None else list(queries)


def _param_rows(query: LibraryQuery) -> str:
    if not query.params:
        return "<p>No parameters.</p>"
    rows = "".join(
        f"<tr><td><code>${html.escape(p.name)}</code></td><td>{html.escape(p.type)}</td>"
        f"<td><code>{html.escape(cypher_literal(p.example))}</code></td>"
        f"<td>{'required' if p.required else 'optional, default ' + html.escape(cypher_literal(p.default))}</td></tr>"
        for p in query.params
    )
    return ("<table class=\"table table-condensed\"><tr><th>parameter</th><th>type</th><th>example</th><th></th></tr>"
            f"{rows}</table>")


def _runnable(text: str) -> str:
    return f'<pre class="pre-scrollable code runnable">{html.escape(text)}</pre>'


def _slide(title: str, lead: str, body: str) -> str:
    return (
        '<slide class="row-fluid">\n'
        f'  <div class="col-sm-3"><h3>{html.escape(title)}</h3><p class="lead">{html.escape(lead)}</p></div>\n'
        f'  <div class="col-sm-9">\n{body}\n  </div>\n'
        "</slide>"
    )


def guide_html(queries: list[LibraryQuery] | None = None) -> str:
    """A Neo4j Browser guide: an intro slide listing the queries, then one slide per query."""
    queries = _queries(queries)
    items = "".join(f"<li><b>{html.escape(q.name)}</b>: {html.escape(q.description)}</li>" for q in queries)
    intro = _slide(
        "kg query library",
        f"{len(queries)} read-only queries over the kg research-paper graph.",
        "<p>Each slide is one query. Click the first block to set its example parameters "
        "(<code>:params</code>), edit them in the editor if you like, then click the query block "
        "and run it. Parameters are passed to Neo4j as parameters, never pasted into the text.</p>"
        f"<ol>{items}</ol>"
        "<p>The same queries run from the command line (<code>kg query NAME -p key=value</code>) and "
        "from Python (<code>kg.open(...).leaderboard(dataset=..., metric=...)</code>).</p>",
    )
    slides = [intro]
    for q in queries:
        body = [f"<p>{html.escape(q.description)}</p>"]
        if q.row:
            body.append(f"<p><i>Each row:</i> {html.escape(q.row)}</p>")
        body.append(_param_rows(q))
        if q.params:
            body.append(_runnable(params_command(q)))
        body.append(_runnable(q.text))
        slides.append(_slide(q.name, q.description, "\n".join(body)))
    return (
        '<article class="guide">\n'
        '<carousel class="deck container-fluid">\n'
        + "\n".join(slides)
        + "\n</carousel>\n</article>\n"
    )


def bundle_cypher(queries: list[LibraryQuery] | None = None) -> str:
    """Every query as one paste-able script: comment header, `:params {…};`, statement `;`."""
    parts = [
        "// kg query library for Neo4j Browser, generated by `kg browser-guide` from queries/*.cypher.",
        "// Paste one block (its :params line and its query) into the editor and run it; with the",
        "// multi-statement editor on (the default) a pasted block runs its statements in order.",
        "",
    ]
    for q in _queries(queries):
        parts.append(f"// ---- {q.name}: {q.description}")
        if q.row:
            parts.append(f"// row: {q.row}")
        if q.params:
            parts.append(params_command(q) + ";")
        parts.append(q.text.rstrip().rstrip(";") + ";")
        parts.append("")
    return "\n".join(parts)


def favorite_text(query: LibraryQuery) -> str:
    """One favorite: a title comment, the Browser parameter lines as comments, the statement."""
    lines = [f"// kg {query.name}: {query.description}"]
    if query.params:
        lines.append(f"// run first: {params_command(query)}")
    lines.append(query.text.rstrip().rstrip(";"))
    return "\n".join(lines) + "\n"


def favorites_zip(queries: list[LibraryQuery] | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for q in _queries(queries):
            info = zipfile.ZipInfo(f"kg/{q.name}.cypher", date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, favorite_text(q))
    return buffer.getvalue()


def write_browser_files(out_dir: str | Path) -> dict[str, Path]:
    """Write the guide, the bundle and the favorites zip into out_dir; returns their paths."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = {"guide": out / GUIDE_NAME, "bundle": out / BUNDLE_NAME, "favorites": out / FAVORITES_NAME}
    paths["guide"].write_text(guide_html(), encoding="utf-8")
    paths["bundle"].write_text(bundle_cypher(), encoding="utf-8")
    paths["favorites"].write_bytes(favorites_zip())
    return paths
