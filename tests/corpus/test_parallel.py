"""Preparing in worker processes (corpus.library.parallel): the same results, in order."""

from __future__ import annotations

import multiprocessing
import os

import pytest

from corpus.library import parallel


def _fold(text: str) -> str:
    from corpus.text.reading import folded_view

    return folded_view(text).text


def _fold_or_die(text: str) -> str:
    if text.startswith("Article 7") and multiprocessing.parent_process() is not None:
        os._exit(3)  # a worker killed while it prepares this one
    return _fold(text)


@pytest.fixture(scope="module")
def paragraphs() -> list[str]:
    from pathlib import Path

    treaty = Path(__file__).resolve().parent.parent / "data" / "texts"
    texts = [p.read_text(encoding="utf-8") for p in sorted(treaty.glob("*.txt"))]
    found = [part for text in texts for part in text.split("\n\n") if part.strip()][:150]
    return [*found, "Article 7. Les Hautes Parties contractantes s'engagent..."]


def test_workers_give_the_results_of_one_process_in_order(paragraphs: list[str]) -> None:
    alone = list(parallel.map_in_order(_fold, paragraphs, 0))
    assert alone == [_fold(p) for p in paragraphs]
    assert list(parallel.map_in_order(_fold, paragraphs, 2)) == alone


def test_when_a_worker_dies_this_process_finishes_the_work(paragraphs: list[str]) -> None:
    assert list(parallel.map_in_order(_fold_or_die, paragraphs, 2)) == [
        _fold(p) for p in paragraphs
    ]


def test_a_few_documents_are_prepared_here_and_many_by_every_core(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(parallel, "available_cores", lambda: 4)
    assert parallel.worker_count(parallel.PARALLEL_MINIMUM - 1) == 0
    assert parallel.worker_count(parallel.PARALLEL_MINIMUM) == 4
    monkeypatch.setattr(parallel, "available_cores", lambda: 1)
    assert parallel.worker_count(10_000) == 0


def test_a_consumer_that_stops_early_leaves_no_worker(paragraphs: list[str]) -> None:
    results = parallel.map_in_order(_fold, paragraphs * 4, 2)
    assert next(results) == _fold(paragraphs[0])
    results.close()  # the pool is shut down, its pending batches cancelled
    assert multiprocessing.active_children() == []


_STARTED = multiprocessing.get_context("fork").Value("i", 0)


def _counted(text: str) -> str:
    with _STARTED.get_lock():
        _STARTED.value += 1
    return text


def _started_while_waiting(items: list[str], ahead: int) -> int:
    """How many items the workers took up while the consumer held the first result."""
    import time

    _STARTED.value = 0
    results = parallel.map_in_order(_counted, items, 2, ahead=ahead)
    assert next(results) == items[0]
    for _ in range(100):  # the workers settle: every batch handed to them is done
        before = _STARTED.value
        time.sleep(0.1)
        if _STARTED.value == before and before > 1:
            break
    started = _STARTED.value
    assert list(results) == items[1:]
    return started


def test_workers_prepare_as_far_ahead_as_the_consumer_asks(paragraphs: list[str]) -> None:
    items = paragraphs * 4
    few = parallel.BATCH * (2 * parallel.AHEAD + 1)  # the batches under way, and one more
    assert _started_while_waiting(items, 0) <= few
    assert _started_while_waiting(items, 200) >= 200
