"""The library search panel: what the user does comes out as signals; the model comes in."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from widgets.librarysearchpanel import HIT_ROLE, LibrarySearchPanel


def type_text(widget: QWidget, text: str) -> None:
    """Key events sent by hand: qtbot.keyClicks with accented letters crashes (PLATFORM.md)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def test_typing_emits_the_query(qtbot: QtBot) -> None:
    panel = LibrarySearchPanel()
    qtbot.addWidget(panel)
    seen: list[str] = []
    panel.query_changed.connect(seen.append)
    type_text(panel.query, "intégrité")
    assert seen[-1] == "intégrité"
    assert len(seen) == len("intégrité")


def test_toggles_and_filters(qtbot: QtBot) -> None:
    panel = LibrarySearchPanel()
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.stemmed_changed) as toggled:
        panel.stemmed.setChecked(True)
    assert toggled.args == [True]
    with qtbot.waitSignal(panel.filters_changed) as changed:
        panel.language.setCurrentIndex(2)
    assert changed.args == ["", "en", "", ""]
    seen: list[tuple[str, ...]] = []
    panel.filters_changed.connect(lambda *args: seen.append(args))
    type_text(panel.date_from, "2022")
    assert seen[-1] == ("", "en", "2022", "")
    with qtbot.waitSignal(panel.export_requested):
        panel.export_button.click()


def test_activating_a_row_hands_back_its_hit(qtbot: QtBot) -> None:
    panel = LibrarySearchPanel()
    qtbot.addWidget(panel)
    model = QStandardItemModel(1, 5)
    item = QStandardItem("Charte")
    hit = object()
    item.setData(hit, HIT_ROLE)
    model.setItem(0, 0, item)
    panel.set_model(model)
    panel.set_status("1 occurrence")
    with qtbot.waitSignal(panel.hit_activated) as activated:
        panel.results.activated.emit(model.index(0, 3))
    assert activated.args == [hit]
    assert panel.status.text() == "1 occurrence"
    panel.resize(800, 300)
    assert not panel.grab().isNull()
