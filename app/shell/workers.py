"""Run slow work off the GUI thread and bring the result back as a signal: the one background
runner of the application, in two kinds.

:class:`LatestOnlyWorker` (comparisons, searches, rows): newest request only.

Every submission gets an id; a result whose id is not the latest is dropped, so a newer request
always wins and a slow old one can never overwrite it. Qt queues signals emitted from the pool's
threads onto the GUI thread, where the relay object lives. Once closed (the window is closing and
what the results would be shown in is going away), a worker starts nothing and drops every result
still on its way, so none reaches a closed library or a window being torn down.

:class:`InOrderWorker` (imports into the library): every job runs, one at a time, in the order
given, and every outcome is reported; a job can tell how it goes (progress, waiting for another
program) through :meth:`InOrderWorker.tell`, from its thread.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

from corpus.errors import CorpusError


class _Relay(QObject):
    done = Signal(int, object)
    error = Signal(int, object)
    told = Signal(object)


def _job(request_id: int, work: Callable[[], Any], relay: _Relay) -> Callable[[], None]:
    """The function the pool runs: the work, then its outcome sent back through the relay."""

    def run() -> None:
        try:
            result = work()
        except CorpusError as exc:
            outcome: tuple[bool, object] = (False, exc)
        except Exception as exc:
            traceback.print_exc()
            outcome = (False, exc)  # a fault of the program, told as such
        else:
            outcome = (True, result)
        try:
            if outcome[0]:
                relay.done.emit(request_id, outcome[1])
            else:
                relay.error.emit(request_id, outcome[1])
        except RuntimeError:
            pass  # the window closed meanwhile: nobody is waiting for the result

    return run


class LatestOnlyWorker(QObject):
    """Runs one kind of job in a thread pool; only the latest submission's outcome is reported.

    Signals:
        finished(object): the latest job's result.
        failed(object): the latest job's exception (a :class:`corpus.errors.CorpusError`, or
            another exception: a fault of the program).
        busy_changed(bool): whether a job is under way.
    """

    finished = Signal(object)
    failed = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self._relay.error.connect(self._on_error)
        self._latest = 0
        self._running: set[int] = set()
        self._closed = False

    def submit(self, work: Callable[[], Any]) -> int:
        """Start ``work`` in the pool; returns its request id (nothing starts once closed)."""
        if self._closed:
            return self._latest
        self._latest += 1
        self._running.add(self._latest)
        self.busy_changed.emit(True)
        self._pool.start(_job(self._latest, work, self._relay))
        return self._latest

    @property
    def latest(self) -> int:
        return self._latest

    def wait(self, milliseconds: int = 30000) -> bool:
        """Wait for the pool's jobs (tests and shutdown)."""
        return self._pool.waitForDone(milliseconds)

    def close(self, milliseconds: int = 30000) -> bool:
        """Wait for the jobs under way, then report nothing more: a result already queued on
        its way to the GUI thread is dropped when it arrives."""
        self._closed = True
        return self.wait(milliseconds)

    def _finish(self, request_id: int) -> bool:
        self._running.discard(request_id)
        if self._closed:
            return False  # the window is closing: nobody is left to be told
        if request_id == self._latest:
            self.busy_changed.emit(False)
            return True
        return False  # stale: a newer request was made meanwhile

    def _on_done(self, request_id: int, result: object) -> None:
        if self._finish(request_id):
            self.finished.emit(result)

    def _on_error(self, request_id: int, error: object) -> None:
        if self._finish(request_id):
            self.failed.emit(error)


class InOrderWorker(QObject):
    """Runs jobs one at a time, in the order submitted; every outcome is reported.

    Signals:
        finished(object): a job's result.
        failed(object): a job's exception (a :class:`corpus.errors.CorpusError`, or another
            exception: a fault of the program).
        told(object): what a running job said through :meth:`tell`, on the GUI thread.
        busy_changed(bool): whether jobs are under way.
    """

    finished = Signal(object)
    failed = Signal(object)
    told = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # in order, one at a time
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self._relay.error.connect(self._on_error)
        self._relay.told.connect(self.told)
        self._submitted = 0
        self._pending = 0
        self._closed = False

    def submit(self, work: Callable[[], Any]) -> None:
        """Queue ``work`` after the jobs already given (nothing starts once closed)."""
        if self._closed:
            return
        self._submitted += 1
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self._pool.start(_job(self._submitted, work, self._relay))

    def tell(self, news: object) -> None:
        """Say something from a running job (any thread); ``told`` brings it to the GUI thread."""
        self._relay.told.emit(news)

    def wait(self, milliseconds: int = 60000) -> bool:
        """Wait for the jobs under way and queued (tests and shutdown)."""
        return self._pool.waitForDone(milliseconds)

    def close(self, milliseconds: int = -1) -> bool:
        """Finish the jobs given (never cut short), then report nothing more."""
        done = self.wait(milliseconds)
        self._closed = True
        return done

    def _finish(self) -> bool:
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)
        return not self._closed

    def _on_done(self, _request_id: int, result: object) -> None:
        if self._finish():
            self.finished.emit(result)

    def _on_error(self, _request_id: int, error: object) -> None:
        if self._finish():
            self.failed.emit(error)
