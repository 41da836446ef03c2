"""The production store: Neo4j 5 through the official driver.

Writes run in managed write transactions (`execute_write`), which the driver retries on
transient errors; reads run in read access mode, so a library query cannot write.
Connection problems become one StoreError line naming the URI, within seconds.
"""

from __future__ import annotations

import logging
import warnings

from neo4j import GraphDatabase, READ_ACCESS, WRITE_ACCESS
from neo4j import exceptions as neo4j_errors

from kg.resources import schema_dir
from kg.store import StoreError, split_statements

# The driver logs each transient retry as a warning; with no handler of its own, Python's
# last-resort handler would print those to the user's stderr beside kg's one-line error.
logging.getLogger("neo4j").addHandler(logging.NullHandler())

CONNECT_TIMEOUT = 5.0  # seconds to reach the server
RETRY_TIME = 15.0  # seconds the driver keeps retrying transient errors


def _plain(value):
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if hasattr(value, "items") and hasattr(value, "element_id"):  # Node or Relationship
        return {k: _plain(v) for k, v in value.items()}
    if hasattr(value, "iso_format"):  # neo4j temporal types
        return value.iso_format()
    return value


class Neo4jStore:
    name = "neo4j"

    def __init__(self, uri: str, user: str, password: str, database: str | None = None):
        self.location = uri + (f" (database {database})" if database else "")
        self.database = database
        try:
            self._driver = GraphDatabase.driver(
                uri, auth=(user, password), connection_timeout=CONNECT_TIMEOUT,
                max_transaction_retry_time=RETRY_TIME, connection_acquisition_timeout=CONNECT_TIMEOUT + 5,
            )
            with warnings.catch_warnings():  # the driver flags database= here as a preview feature
                warnings.simplefilter("ignore")
                self._driver.verify_connectivity(database=database)
        except neo4j_errors.AuthError as exc:
            raise StoreError(f"Neo4j at {uri} refused the credentials for user {user!r}: check NEO4J_USER "
                             "and NEO4J_PASSWORD") from exc
        except (neo4j_errors.ServiceUnavailable, OSError) as exc:
            raise StoreError(f"cannot reach Neo4j at {uri}: is it running? (`docker compose up -d` or "
                             "`make neo4j-up`)") from exc
        except neo4j_errors.ClientError as exc:
            if "database" in str(exc).lower():
                raise StoreError(f"Neo4j at {uri} has no database {database!r}: check NEO4J_DATABASE") from exc
            raise StoreError(f"Neo4j at {uri}: {exc.message}") from exc
        except ValueError as exc:
            raise StoreError(f"bad Neo4j URI {uri!r}: {exc}") from exc

    def _session(self, mode):
        return self._driver.session(database=self.database, default_access_mode=mode)

    def _execute(self, mode, statement: str, params: dict | None) -> list[dict]:
        def work(tx):
            return [{k: _plain(v) for k, v in record.items()} for record in tx.run(statement, params or {})]

        try:
            with self._session(mode) as session:
                run = session.execute_write if mode == WRITE_ACCESS else session.execute_read
                return run(work)
        except neo4j_errors.ServiceUnavailable as exc:
            raise StoreError(f"lost Neo4j at {self.location}: {exc}; run the command again once it is back") from exc
        except neo4j_errors.Neo4jError as exc:
            raise StoreError(f"Neo4j at {self.location}: {exc.message}") from exc

    def write(self, statement: str, params: dict | None = None) -> list[dict]:
        return self._execute(WRITE_ACCESS, statement, params)

    def read(self, statement: str, params: dict | None = None) -> list[dict]:
        return self._execute(READ_ACCESS, statement, params)

    def setup_schema(self) -> None:
        for statement in split_statements((schema_dir() / "neo4j.cypher").read_text()):
            self.write(statement)

    def close(self) -> None:
        self._driver.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
