"""The build pipeline: loaders -> extract -> resolve -> rows -> store.

Stages are plain functions over typed records. Papers stream through in fixed-size
batches; a batch is extracted in one piece (locally, in worker processes, or on a Dask
cluster) and then resolved and written in input order, so every engine and worker
count writes the same graph.
"""

from __future__ import annotations

import json
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from pathlib import Path

from pydantic import BaseModel, TypeAdapter
from pydantic_core import PydanticSerializationError

from kg.gcpause import collected_after_each, paused_gc
from kg.identity import PaperIdentity, merge_row
from kg.models import Paper, PaperExtraction
from kg.rejects import RejectSink
from kg.resolve import Resolver
from kg.store import GraphStore
from kg.store import writer
from kg.store.rows import entity_keys, graph_rows

CHUNK = 2000  # papers per extraction batch; also the scope of the second extraction pass
WORKER_BATCHES = 20  # batches a worker process extracts before it is replaced (bounds its memory)


class BuildReport(BaseModel):
    loaded: int = 0  # records read
    papers: int = 0  # unique papers among them
    duplicates: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    rejected: int = 0
    rows_written: int = 0
    rejects_path: str | None = None

    def summary(self) -> str:
        where = f" (see {self.rejects_path})" if self.rejected and self.rejects_path else ""
        return (f"loaded {self.loaded}, rejected {self.rejected}{where}; "
                f"{self.papers} papers: {self.new} new, {self.changed} changed, {self.unchanged} unchanged")


def unique_papers(papers: Iterable[Paper], report: BuildReport, merges: list[dict] | None = None) -> Iterator[Paper]:
    """Drop later records of a paper already seen in this run (same key, DOI or title;
    kg.identity); the first wins, and what later ones add goes to `merges`."""
    identity = PaperIdentity()
    for paper in papers:
        report.loaded += 1
        known = identity.known_as(paper)
        if known is not None:
            report.duplicates += 1
            if merges is not None:
                merges.append(merge_row(paper, known))
            continue
        identity.add(paper)
        report.papers += 1
        yield paper


def batches(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


# --- extraction engines ---------------------------------------------------------------

def _extract_in_worker(papers: list[Paper]) -> list[PaperExtraction]:
    from kg.extract import build_nlp, extract_batch

    return extract_batch(build_nlp(), papers)


_EXTRACTIONS = TypeAdapter(list[PaperExtraction])


def _extract_to_send(papers: list[Paper]) -> bytes | list[PaperExtraction]:
    """`_extract_in_worker` in a worker process: the extractions as JSON, which pydantic
    writes about three times faster than pickle does (43 against 135 µs per paper) and
    reads back as fast as pickle (`_received`). Text that JSON cannot carry (a lone
    surrogate) goes back pickled.

    The cycle collector runs once the extractions are written out and let go of: run while
    they lived (as extract_batch does), it walked all of them, about 40 µs per paper, and
    extraction leaves no cycles for it to find."""
    with paused_gc():
        extractions = _extract_in_worker(papers)
        try:
            sent = _EXTRACTIONS.dump_json(extractions)
        except PydanticSerializationError:
            sent = extractions
        del extractions
    return sent


def _received(sent: bytes | list[PaperExtraction]) -> list[PaperExtraction]:
    return _EXTRACTIONS.validate_json(sent) if isinstance(sent, bytes) else sent


def extract_batches(batches_in: Iterable[list[Paper]], workers: int = 1, engine: str = "local",
                    scheduler: str | None = None) -> Iterator[list[PaperExtraction]]:
    """Extract each batch, in order, with the chosen engine."""
    if engine == "dask":
        from kg.distributed import dask_extract

        yield from dask_extract(batches_in, scheduler=scheduler, workers=workers)
        return
    if workers <= 1:
        for batch in batches_in:
            yield _extract_in_worker(batch)
        return
    import multiprocessing as mp

    ctx = mp.get_context("forkserver" if hasattr(os, "fork") else "spawn")
    # Not pool.imap: its feeder thread would pull input batches (and run _pending's store
    # reads) in a background thread, and finished results pile up unboundedly when writing
    # is slower than extraction. Here at most 2 x workers batches are in flight and the
    # input is consumed in this thread, in order.
    # maxtasksperchild: a worker's spaCy vocab (StringStore) only grows with the new token
    # strings it sees; a fresh worker every WORKER_BATCHES batches caps that at any input size.
    with ctx.Pool(workers, maxtasksperchild=WORKER_BATCHES) as pool:
        pending: deque = deque()
        for batch in batches_in:
            pending.append(pool.apply_async(_extract_to_send, (batch,)))
            while len(pending) >= 2 * workers:
                yield _received(pending.popleft().get())
        while pending:
            yield _received(pending.popleft().get())


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


# --- build ----------------------------------------------------------------------------

def _pending(store: GraphStore, paper_batches: Iterable[list[Paper]], report: BuildReport) -> Iterator[list[Paper]]:
    """Only new or changed papers go on to extraction; changed ones are cleared first."""
    for batch in paper_batches:
        stored = writer.paper_hashes(store, [p.key for p in batch])
        todo, changed, unchanged = [], [], []
        for paper in batch:
            if paper.key not in stored:
                report.new += 1
                todo.append(paper)
            elif stored[paper.key] != paper.content_hash():
                report.changed += 1
                changed.append(paper.key)
                todo.append(paper)
            else:
                report.unchanged += 1
                unchanged.append({"key": paper.key, "sources": [paper.source] if paper.source else []})
        if changed:
            writer.clear_papers(store, changed)
        if unchanged:
            writer.add_sources(store, unchanged)
        if todo:
            yield todo


def _resolve_and_write(store: GraphStore, resolver: Resolver, extracted: list[PaperExtraction]) -> int:
    """Resolve one batch, write it, and let the resolver keep only what was written."""
    resolver.resolve(extracted)
    rows = graph_rows(extracted, resolver.entities, resolver.grown)
    written = writer.write_rows(store, rows)
    resolver.commit(entity_keys(rows))
    return written


def build(papers: Iterable[Paper], store: GraphStore, *, rejects: RejectSink | None = None,
          workers: int = 1, engine: str = "local", scheduler: str | None = None, chunk: int = CHUNK,
          progress: Callable[[int], None] | None = None, resolver: Resolver | None = None) -> BuildReport:
    """Build or update the graph in `store` from a stream of papers; idempotent and incremental."""
    report = BuildReport()
    store.setup_schema()
    if resolver is None:
        resolver = Resolver()
        resolver.seed(writer.stored_entities(store))
    merges: list[dict] = []
    todo = _pending(store, batches(unique_papers(papers, report, merges), chunk), report)
    # the collector is paused while results are unpickled, resolved and written (see kg.gcpause)
    for extracted in collected_after_each(extract_batches(todo, workers=workers, engine=engine, scheduler=scheduler)):
        report.rows_written += _resolve_and_write(store, resolver, extracted)
        if progress:
            progress(len(extracted))
        del extracted  # freed before the collector runs (collected_after_each)
    writer.merge_duplicates(store, merges)
    if report.changed:
        writer.remove_orphans(store)
    writer.refresh_paper_counts(store)
    if rejects is not None:
        report.rejected = rejects.count
        report.rejects_path = str(rejects.path) if rejects.path else None
    return report


def extract_to_file(papers: Iterable[Paper], out: Path, *, workers: int = 1, engine: str = "local",
                    scheduler: str | None = None, chunk: int = CHUNK,
                    progress: Callable[[int], None] | None = None) -> BuildReport:
    """`kg extract`: one JSON object per input paper, resolved, no database."""
    report = BuildReport()
    resolver = Resolver()
    with open(out, "w", encoding="utf-8") as f:
        paper_batches = batches(unique_papers(papers, report), chunk)
        for extracted in collected_after_each(extract_batches(paper_batches, workers=workers, engine=engine,
                                                              scheduler=scheduler)):
            for ex in resolver.resolve(extracted):
                f.write(ex.model_dump_json() + "\n")
            resolver.commit(entity_keys(graph_rows(extracted, resolver.entities, resolver.grown)))
            report.new += len(extracted)
            if progress:
                progress(len(extracted))
    return report


def read_extractions(path: Path, rejects: RejectSink) -> Iterator[PaperExtraction]:
    """`kg load`: read `kg extract` output back; a bad line is a reject, not a crash."""
    with open(path, encoding="utf-8", errors="replace") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                yield PaperExtraction.model_validate(json.loads(line))
            except Exception as exc:
                rejects.add(path, number, f"not a kg extract record: {str(exc).splitlines()[0]}", line)


def load_extractions(extractions: Iterable[PaperExtraction], store: GraphStore, *, chunk: int = CHUNK,
                     progress: Callable[[int], None] | None = None) -> BuildReport:
    """Write extractions made elsewhere (`kg extract`), re-resolving them as one corpus."""
    report = BuildReport()
    store.setup_schema()
    resolver = Resolver()
    resolver.seed(writer.stored_entities(store))
    by_key = {}

    def papers_of(items):
        for ex in items:
            by_key.setdefault(ex.paper.key, ex)
            yield ex.paper

    for batch in collected_after_each(_pending(store, batches(unique_papers(papers_of(extractions), report), chunk),
                                               report)):
        extracted = [by_key.pop(p.key) for p in batch]
        report.rows_written += _resolve_and_write(store, resolver, extracted)
        if progress:
            progress(len(extracted))
        by_key.clear()
        del batch, extracted  # freed before the collector runs (collected_after_each)
    if report.changed:
        writer.remove_orphans(store)
    writer.refresh_paper_counts(store)
    return report
