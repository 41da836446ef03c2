"""Python's cycle collector, paused where kg allocates many short-lived objects.

Extraction, and the build's parent as it unpickles, resolves and writes each batch,
allocate hundreds of thousands of objects that reference counting frees: no cycles.
Yet the collector runs every 700 allocations, and every tenth run walks its middle
generation, which fills with whatever a batch keeps alive (docs, candidates, unpickled
results). Paused, and run on what a batch left behind once it is done, it finds the same
cycles for a fraction of the cost: unpickling a batch of results took a third of the time."""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar

T = TypeVar("T")


@contextmanager
def paused_gc(collect: bool = True):
    """The collector paused for the block, then run once (unless `collect` is false: for a
    block that leaves no cycles, where a collection would only walk what it returns); the
    caller's setting is restored."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
            if collect:
                gc.collect()


def collected_after_each(items: Iterable[T]) -> Iterator[T]:
    """`items` with the collector paused while they are made and used, and a collection of
    the young generations after each, so a batch's garbage never outlives the next batch.

    Objects that survive go to the oldest generation, which is collected in full only after
    batches 1, 2, 4, 8, …: a full collection costs time in proportion to everything alive
    (about 0.2 s for the resolver of a 100k-paper graph), so one per batch would make a long
    build quadratic; doubling keeps the total below twice the last one."""
    with paused_gc():
        done = 0
        # not enumerate(), whose reused result tuple would keep the last item alive
        for item in items:
            yield item
            # Let go of first: when the consumer has too, reference counting frees the item
            # now, and the collector does not walk its objects (walking the batch just
            # written took a seventh of a build's command CPU).
            del item
            done += 1
            gc.collect(2 if done & (done - 1) == 0 else 1)
