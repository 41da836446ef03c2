"""Where input records kg cannot use go: <data-dir>/rejects.jsonl, one JSON object each."""

from __future__ import annotations

import json
from pathlib import Path

from kg.models import Reject

RAW_LIMIT = 2000  # characters of the raw record kept with a reject


class RejectError(Exception):
    """Raised on the first reject when the run is --strict."""

    def __init__(self, reject: Reject):
        super().__init__(f"{reject.source}:{reject.line}: {reject.reason}")
        self.reject = reject


class RejectSink:
    """Collects rejects: appends them to a JSON lines file and counts them.

    `path=None` keeps them in memory only (tests, `kg extract` without a data dir).
    """

    def __init__(self, path: Path | None = None, strict: bool = False):
        self.path = Path(path) if path else None
        self.strict = strict
        self.count = 0
        self.items: list[Reject] = []
        self._file = None

    def add(self, source: str | Path, line: int | None, reason: str, raw: str | bytes = "") -> None:
        if isinstance(raw, bytes):
            raw = raw.decode("utf-8", "replace")
        reject = Reject(source=str(source), line=line, reason=reason, raw=raw[:RAW_LIMIT])
        self.count += 1
        if self.path is None:
            self.items.append(reject)
        else:
            if self._file is None:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._file = open(self.path, "a", encoding="utf-8")
            self._file.write(reject.model_dump_json() + "\n")
            self._file.flush()
        if self.strict:
            raise RejectError(reject)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

    def __enter__(self) -> "RejectSink":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def read_rejects(path: Path) -> list[Reject]:
    """The rejects recorded in a rejects file (empty when there is none)."""
    if not Path(path).exists():
        return []
    with open(path, encoding="utf-8") as f:
        return [Reject(**json.loads(line)) for line in f if line.strip()]
