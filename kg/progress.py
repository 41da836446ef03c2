"""Progress for long commands: a bar with rate and ETA on a terminal, plain periodic
lines (to stderr) when output goes to a file or a pipe."""

from __future__ import annotations

import contextlib
import sys
import time


@contextlib.contextmanager
def progress(description: str, total: int | None = None, every: float = 5.0, enabled: bool = True):
    """Yields `advance(n)`; reports papers done, rate and (with a total) ETA."""
    if not enabled:
        yield lambda n: None
        return
    if sys.stderr.isatty():
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        columns = [TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                   TextColumn("{task.speed}/s"), TimeRemainingColumn()]
        with Progress(*columns, transient=True) as bar:
            task = bar.add_task(description, total=total)
            yield lambda n: bar.advance(task, n)
        return
    start = last = time.monotonic()
    done = 0

    def advance(n: int) -> None:
        nonlocal done, last
        done += n
        now = time.monotonic()
        if now - last >= every:
            last = now
            rate = done / max(now - start, 1e-9)
            eta = f", ETA {int((total - done) / rate)} s" if total and rate else ""
            print(f"{description}: {done} papers, {rate:.0f}/s{eta}", file=sys.stderr, flush=True)

    yield advance
