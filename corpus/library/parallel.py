"""Preparing many documents in worker processes, the results handed back in order.

Preparing a document for the index (folding, blocks, metadata, formulas, stems) is pure Python,
about 10 ms per 20 KB of text, and needs no database: a folder of hundreds of files is prepared by
as many processes as the machine gives this one, while the calling process stores each result as
it comes. The results come back in the order of the work given, so the index is the one a
single process would have made (the same row ids, the same everything).

A few files are prepared in the calling process: starting workers would cost more than it saves.
At most a few batches wait in the pipes at any time (or as many documents as the caller asks
for: a database's batch), so a folder of 100,000 files does not pile its prepared documents up
in memory while the database takes them in.
"""

from __future__ import annotations

import os
import sys
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:  # the process machinery is imported only when workers are started (~50 ms)
    import multiprocessing.context
    from concurrent.futures import Future

#: Below this many documents, one process prepares them (workers take ~50 ms to start).
PARALLEL_MINIMUM = 40
#: Documents per batch sent to a worker: enough to keep the pipes' costs small, few enough that
#: the progress moves and the last batches share out evenly.
BATCH = 4
#: How many batches per worker may be under way or waiting to be stored.
AHEAD = 3

_Item = TypeVar("_Item")
_Result = TypeVar("_Result")


def available_cores() -> int:
    """How many processors this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def worker_count(documents: int) -> int:
    """How many worker processes to prepare ``documents`` documents (0: do it in this one)."""
    cores = available_cores()
    return cores if cores > 1 and documents >= PARALLEL_MINIMUM else 0


def map_in_order(
    function: Callable[[_Item], _Result],
    items: Sequence[_Item],
    workers: int,
    *,
    ahead: int = 0,
) -> Iterator[_Result]:
    """``map(function, items)``, computed by ``workers`` processes (none: in this one).

    ``function`` must be a module-level function and the items and results picklable. The
    workers ignore Ctrl-C: the calling process decides, and on leaving (an error, an
    interruption, a consumer that stops early) the batches not yet started are cancelled. If a
    worker dies, the items not yet handed back are done in this process.

    ``ahead`` is how many items at least may be under way or waiting beyond the one handed
    back (besides :data:`AHEAD` batches a worker): a caller that takes results in bursts (a
    database batch of them, then a wait for the database) keeps the workers busy meanwhile.

    On Linux the workers are forked: call this from a process that runs no other threads (the
    command line), never from the window's.
    """
    if workers <= 0:
        yield from map(function, items)
        return
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    batches = [items[i : i + BATCH] for i in range(0, len(items), BATCH)]
    under_way = max(workers * AHEAD, -(-ahead // BATCH))
    handed = 0  # batches handed back
    pool = ProcessPoolExecutor(workers, mp_context=_context(), initializer=_ignore_interrupts)
    try:
        pending: deque[Future[list[_Result]]] = deque(
            pool.submit(_run_batch, function, batch) for batch in batches[:under_way]
        )
        following = under_way
        while pending:
            try:
                done = pending.popleft().result()
            except BrokenProcessPool:
                break  # a worker died (killed, out of memory): this process does the rest
            if following < len(batches):
                pending.append(pool.submit(_run_batch, function, batches[following]))
                following += 1
            handed += 1
            yield from done
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    for batch in batches[handed:]:
        yield from map(function, batch)


def _run_batch(function: Callable[[_Item], _Result], batch: Sequence[_Item]) -> list[_Result]:
    return [function(item) for item in batch]


def _context() -> multiprocessing.context.BaseContext:
    """Forked workers on Linux (they start at once, with the modules and the compiled formula
    catalogue already loaded); elsewhere, where forking is unsafe or absent, spawned ones."""
    import multiprocessing

    if sys.platform == "linux":
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _ignore_interrupts() -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
