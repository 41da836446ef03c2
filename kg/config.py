"""Where kg writes: the store chosen by options, environment variables and `.env`.

Precedence: command-line option, then environment, then a `.env` file in the current
directory, then defaults (embedded store in ./.kg).
"""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import BaseModel

from kg.store import GraphStore, StoreError


def read_dotenv(path: Path = Path(".env")) -> dict[str, str]:
    """KEY=VALUE lines of a .env file (quotes stripped, comments skipped)."""
    values = {}
    if not path.is_file():
        return values
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, _, value = line.removeprefix("export ").partition("=")
        values[key.strip()] = value.strip().strip("'\"")
    return values


def setting(name: str, default: str | None = None) -> str | None:
    if name in os.environ:
        return os.environ[name]
    return read_dotenv().get(name, default)


class StoreSettings(BaseModel):
    store: str = "embedded"
    data_dir: Path = Path(".kg")
    neo4j_uri: str | None = None
    neo4j_user: str = "neo4j"
    neo4j_password: str | None = None
    neo4j_database: str | None = None

    @classmethod
    def resolve(cls, store=None, data_dir=None, neo4j_uri=None, neo4j_user=None, neo4j_password=None,
                neo4j_database=None) -> "StoreSettings":
        return cls(
            store=store or setting("KG_STORE", "embedded"),
            data_dir=Path(data_dir or setting("KG_DATA_DIR", ".kg")),
            neo4j_uri=neo4j_uri or setting("NEO4J_URI"),
            neo4j_user=neo4j_user or setting("NEO4J_USER", "neo4j"),
            neo4j_password=neo4j_password or setting("NEO4J_PASSWORD"),
            neo4j_database=neo4j_database or setting("NEO4J_DATABASE"),
        )

    def redacted(self) -> dict:
        """For messages and `kg doctor`: never the password."""
        data = self.model_dump(mode="json")
        if data.get("neo4j_password"):
            data["neo4j_password"] = "****"
        return data


def open_store(settings: StoreSettings) -> GraphStore:
    """Open the configured store; a StoreError says what is wrong and what to do."""
    if settings.store == "embedded":
        from kg.store.falkordb_store import FalkorDBStore

        return FalkorDBStore(settings.data_dir)
    if settings.store == "neo4j":
        from kg.store.neo4j_store import Neo4jStore

        if not settings.neo4j_uri:
            raise StoreError("--store neo4j needs a server: set NEO4J_URI (or --neo4j-uri); "
                             "`make neo4j-up` starts a local one")
        return Neo4jStore(settings.neo4j_uri, settings.neo4j_user, settings.neo4j_password or "",
                          settings.neo4j_database)
    raise StoreError(f"unknown store {settings.store!r}: use embedded or neo4j")
