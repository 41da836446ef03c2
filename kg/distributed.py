"""The Dask engine: extraction batches on a Dask cluster, results back in input order.

`dask_extract` joins the scheduler at `scheduler` (a `tcp://host:8786` address) or, with
none, starts a LocalCluster of `workers` single-threaded processes for the duration of
the call. At most `2 × workers` batches are in flight at once, so memory stays bounded
however long the input is, and results are yielded in the order their batches came in,
which makes the graph identical to the local engine's.

Needs the optional extra: `pip install 'kg[dask]'`.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator

from kg.models import Paper, PaperExtraction
from kg.pipeline import _extract_to_send, _received


def _import_distributed():
    try:
        from dask import distributed
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ValueError("--engine dask needs Dask: pip install 'kg[dask]' "
                         "(or 'dask[distributed]')") from exc
    return distributed


def dask_extract(batches: Iterable[list[Paper]], scheduler: str | None = None,
                 workers: int = 1, in_flight: int | None = None) -> Iterator[list[PaperExtraction]]:
    """Extract each batch on Dask and yield the results in input order."""
    distributed = _import_distributed()
    workers = max(1, int(workers or 1))
    cluster = None
    if scheduler:
        try:
            client = distributed.Client(scheduler, timeout="30s")
        except OSError as exc:
            raise ValueError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
        limit = in_flight or 2 * max(workers, len(client.scheduler_info().get("workers", {})) or 1)
    else:
        cluster = distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                           dashboard_address=None, silence_logs=40)
        client = distributed.Client(cluster)
        limit = in_flight or 2 * workers
    pending: deque = deque()
    try:
        for index, batch in enumerate(batches):
            # Each batch runs as a process pool's worker runs it (its results cross as JSON);
            # the pipeline is built once per worker process (lru_cache). pure=False: two
            # equal batches are still two tasks; key keeps them apart in the dashboard.
            pending.append(client.submit(_extract_to_send, batch, pure=False, key=f"kg-extract-{index}"))
            while len(pending) >= limit:
                future = pending.popleft()
                yield _received(future.result())
                future.release()
        while pending:
            future = pending.popleft()
            yield _received(future.result())
            future.release()
    finally:
        for future in pending:
            future.cancel()
        client.close()
        if cluster is not None:
            cluster.close()
