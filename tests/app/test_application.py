"""The application starts offscreen on the default pair, with the named font."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app import application
from app.application import WindowAssembly
from corpus.text import bundled
from widgets.documentpane import FONT_FAMILY


def test_window_shows_the_default_pair(reading: WindowAssembly) -> None:
    left_id, right_id = application.DEFAULT_PAIR
    left, right = bundled.load_bundled(left_id), bundled.load_bundled(right_id)
    window = reading.window
    # The panes show the raw text; line breaks inside a clause are shown as spaces.
    shown = window.left_pane.text()
    assert len(shown) == len(left.raw)
    changed = {(a, b) for a, b in zip(left.raw, shown, strict=True) if a != b}
    assert changed == {("\n", " ")}
    assert window.right_pane.title_label.text() == right.meta.title
    # The parties in the interface's language (French here), though stored in English.
    assert right.meta.parties == ("Azerbaijan", "United States")
    assert window.right_pane.subtitle_label.text() == "2026-02-10 · Azerbaïdjan, États-Unis"
    assert window.left_pane.text_view.isReadOnly()
    assert window.width() >= 1400
    assert not window.grab().isNull()


def test_text_font_is_the_named_family(reading: WindowAssembly) -> None:
    assert QFontInfo(reading.window.right_pane.text_view.font()).family() == FONT_FAMILY


def test_a_comparison_arriving_after_the_window_closed_is_dropped(
    qtbot: QtBot, reading: WindowAssembly
) -> None:
    shown = reading.controller.current
    told: list[object] = []
    reading.controller.failed.connect(told.append)
    reading.review.failed.connect(told.append)
    reading.controller.swap()
    # Computed, its result queued for the GUI thread: the event loop has not delivered it yet.
    assert reading.controller.wait()
    reading.window.close()  # the library closes with the window
    qtbot.wait(200)  # the queued result arrives now, after the close
    assert reading.controller.current is shown
    assert told == []
    assert not [b for b in reading.window.findChildren(QMessageBox) if b.isVisible()]


def test_main_runs_and_returns_when_the_application_quits(
    qapp: QApplication, settings_path: Path
) -> None:
    def close_windows() -> None:
        for widget in qapp.topLevelWidgets():
            widget.close()  # the last window closed ends the application, as a user would

    QTimer.singleShot(500, close_windows)
    assert application.main([]) == 0
    assert (settings_path.read_text(encoding="utf-8").count("left=")) == 1  # saved on close
    assert qapp.applicationName() == "Vis-à-vis"
