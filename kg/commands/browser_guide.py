"""`kg browser-guide`: the query library as a Neo4j Browser guide, a paste-able script and a
favorites zip (kg.browser), optionally served on localhost so `:play` can load the guide."""

from __future__ import annotations

from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import click


class _CorsHandler(SimpleHTTPRequestHandler):
    """Static files with the CORS header Neo4j Browser needs to fetch a guide."""

    def end_headers(self):
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass


@click.command("browser-guide")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("kg-browser"),
              show_default=True, help="Directory to write kg-guide.html, kg-queries.cypher and kg-favorites.zip.")
@click.option("--serve", is_flag=True, help="Then serve the directory on localhost (with CORS) for `:play`.")
@click.option("--port", type=int, default=8001, show_default=True, help="Port for --serve.")
def command(out_dir: Path, serve: bool, port: int):
    """Write the query library for Neo4j Browser: a guide, a script and favorites.

    \b
    Load it in Neo4j Browser:
      kg browser-guide --serve          # then, in Browser:  :play http://localhost:8001/kg-guide.html
      (Browser fetches guides from allow-listed hosts only; localhost is allowed by default,
      otherwise set browser.remote_content_hostname_whitelist in neo4j.conf.)
      kg-queries.cypher   paste a block (its :params line and query) into the editor
      kg-favorites.zip    Favorites drawer -> drop the zip to import one favorite per query
    """
    from kg.browser import write_browser_files

    paths = write_browser_files(out_dir)
    for kind, path in paths.items():
        click.echo(f"{kind:9} {path}")
    url = f"http://localhost:{port}/{paths['guide'].name}"
    if not serve:
        click.echo(f"Serve it (`kg browser-guide --serve`) and run in Neo4j Browser:  :play {url}")
        return
    handler = partial(_CorsHandler, directory=str(out_dir.resolve()))
    try:
        server = ThreadingHTTPServer(("127.0.0.1", port), handler)
    except OSError as exc:
        raise click.ClickException(f"cannot serve on port {port}: {exc}; pick another with --port") from exc
    click.echo(f"Serving {out_dir} on http://localhost:{port}/ (Ctrl-C to stop). In Neo4j Browser run:  :play {url}")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
