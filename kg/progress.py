"""Progress for long commands: a bar with rate and ETA on a terminal, plain periodic
lines (to stderr) when output goes to a file or a pipe.

Both go to stderr, so `kg build … --output json | jq` gets clean JSON on stdout.
"""

from __future__ import annotations

import contextlib
import sys
import time


def _rate(done: int, seconds: float) -> str:
    return f"{done / seconds:,.0f}/s" if seconds > 0 else "–/s"


@contextlib.contextmanager
def progress(description: str, total: int | None = None, every: float = 5.0, enabled: bool = True):
    """Yields `advance(n)`; reports papers done, rate and (with a total) ETA."""
    if not enabled:
        yield lambda n: None
        return
    if sys.stderr.isatty():
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn,
                                   TimeElapsedColumn, TimeRemainingColumn)
        from rich.text import Text

        class RateColumn(ProgressColumn):
            """Papers per second over the whole run (rich's own speed is a short window)."""

            def render(self, task) -> Text:
                elapsed = task.elapsed or 0.0
                return Text(_rate(int(task.completed), elapsed) if task.completed else "–/s")

        columns = [TextColumn("{task.description}"), BarColumn(),
                   MofNCompleteColumn() if total else TextColumn("{task.completed:,.0f} papers"),
                   RateColumn(), TimeRemainingColumn() if total else TimeElapsedColumn()]
        with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
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
            print(f"{description}: {done:,} papers, {rate:,.0f}/s{eta}", file=sys.stderr, flush=True)

    try:
        yield advance
    finally:
        elapsed = time.monotonic() - start
        if done and elapsed >= every:  # a closing line for runs long enough to have shown any
            print(f"{description}: {done:,} papers in {elapsed:,.0f} s, {_rate(done, elapsed)}",
                  file=sys.stderr, flush=True)
