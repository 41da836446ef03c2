"""Python's cycle collector, paused where kg allocates many short-lived objects.

Extraction, and the build's parent as it unpickles, resolves and writes each batch,
allocate hundreds of thousands of objects that reference counting frees: no cycles.
Yet each time the young generation fills, the collector rescans whatever is alive, and
that grows with the process (docs, candidates, the resolver's entities). Paused, then
run once per batch, it finds the same cycles for a fraction of the cost."""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar

T = TypeVar("T")


@contextmanager
def paused_gc():
    """The collector paused for the block, then run once; the caller's setting is restored."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
            gc.collect()


def collected_after_each(items: Iterable[T]) -> Iterator[T]:
    """`items` with the collector paused while they are made and used, and one full
    collection after each (a batch's garbage never outlives the next batch)."""
    with paused_gc():
        for item in items:
            yield item
            gc.collect()
