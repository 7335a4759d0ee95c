"""The window shell: it opens offscreen on the two default bundled declarations."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app import application
from corpus import bundled
from widgets.mainwindow import FONT_FAMILY


def test_window_shows_the_default_pair(qtbot: QtBot) -> None:
    left_id, right_id = application.DEFAULT_PAIR
    left, right = bundled.load_bundled(left_id), bundled.load_bundled(right_id)

    window = application.build_window(left, right)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    assert window.left_pane.text() == left.raw
    assert window.right_pane.text() == right.raw
    assert window.left_pane.title_label.text() == left.meta.title
    assert window.right_pane.subtitle_label.text() == right.meta.date
    assert "Moscou" in left.meta.title
    assert right.meta.date.startswith("2026")
    assert window.left_pane.text_view.isReadOnly()
    assert not window.grab().isNull()


def test_text_font_is_the_named_family(qtbot: QtBot) -> None:
    window = application.build_window(*application.load_default_pair())
    qtbot.addWidget(window)
    assert QFontInfo(window.right_pane.text_view.font()).family() == FONT_FAMILY


def test_main_runs_and_returns_when_the_application_quits(qapp: QApplication) -> None:
    QTimer.singleShot(200, qapp.quit)
    assert application.main([]) == 0
    assert qapp.applicationName() == "Vis-à-vis"
    assert qapp.organizationName() == "Vis-a-vis"
