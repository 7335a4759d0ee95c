"""Background work: results come back on the GUI thread, and a newer request wins."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QThread, QThreadPool
from pytestqt.qtbot import QtBot

from app.shell.workers import LatestOnlyWorker
from corpus.errors import DocumentError


def test_a_newer_request_drops_the_older_result(qtbot: QtBot) -> None:
    pool = QThreadPool()
    pool.setMaxThreadCount(2)
    worker = LatestOnlyWorker(pool)
    release = threading.Event()
    results: list[object] = []
    worker.finished.connect(results.append)

    def slow() -> str:
        release.wait(5)
        return "old"

    worker.submit(slow)
    with qtbot.waitSignal(worker.finished, timeout=5000) as blocker:
        worker.submit(lambda: "new")
    assert blocker.args == ["new"]
    release.set()
    assert pool.waitForDone(5000)
    qtbot.wait(50)  # let the old result's queued signal arrive, and be dropped
    assert results == ["new"]


def test_results_arrive_on_the_gui_thread(qtbot: QtBot) -> None:
    worker = LatestOnlyWorker(QThreadPool())
    seen: list[bool] = []
    worker.finished.connect(lambda _: seen.append(QThread.currentThread() is worker.thread()))
    with qtbot.waitSignal(worker.finished, timeout=5000):
        worker.submit(lambda: time.sleep(0.01))
    assert seen == [True]


def test_errors_become_messages_and_busy_goes_off(qtbot: QtBot) -> None:
    worker = LatestOnlyWorker(QThreadPool())
    states: list[bool] = []
    worker.busy_changed.connect(states.append)

    def fail() -> None:
        raise DocumentError("scan.png: is a PNG image, not a text file")

    with qtbot.waitSignal(worker.failed, timeout=5000) as blocker:
        worker.submit(fail)
    [error] = blocker.args  # the exception itself, worded by the window from its reason
    assert isinstance(error, DocumentError)
    assert str(error) == "scan.png: is a PNG image, not a text file"
    assert states == [True, False]
