"""Guards against a Qt binding that corrupts reference counts (see the pin in pyproject.toml).

PySide6 6.12.0 released one reference to ``True`` on every emission of a signal without
arguments; the reader emits one on every scroll, so the interpreter aborted after a few
thousand. This test fails on such a binding long before a user would.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication


class _Emitter(QObject):
    happened = Signal()
    toggled = Signal(bool)


def test_emitting_signals_keeps_reference_counts(qapp: QApplication) -> None:
    emitter = _Emitter()
    received: list[bool] = []
    emitter.happened.connect(lambda: received.append(True))
    emitter.toggled.connect(lambda value: received.append(value))
    before = (sys.getrefcount(True), sys.getrefcount(False))
    for _ in range(200):
        emitter.happened.emit()
        emitter.toggled.emit(False)
    received.clear()
    assert (sys.getrefcount(True), sys.getrefcount(False)) == before
