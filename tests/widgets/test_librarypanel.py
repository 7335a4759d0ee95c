"""The library panel: documents in, activation, add buttons and drops out."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot

from corpus.model import DocumentMeta
from widgets.librarypanel import LibraryPanel

DOCUMENTS = [
    ("b", DocumentMeta(title="Charte", date="2026-02-10", parties=("Azerbaijan", "United States"))),
    ("a", DocumentMeta(title="Déclaration de Moscou", date="2004-02-06", parties=("Russia",))),
]


def test_documents_are_listed_by_date_and_activated(qtbot: QtBot) -> None:
    panel = LibraryPanel()
    qtbot.addWidget(panel)
    panel.set_documents(DOCUMENTS)
    assert panel.keys() == ["a", "b"]
    first = panel.documents.topLevelItem(0)
    assert first is not None
    assert first.text(2) == "Russia"
    with qtbot.waitSignal(panel.document_activated) as activated:
        panel.documents.itemActivated.emit(first, 0)
    assert activated.args == ["a"]
    with qtbot.waitSignal(panel.add_files_requested):
        panel.add_files_button.click()
    with qtbot.waitSignal(panel.add_folder_requested):
        panel.add_folder_button.click()


def test_dropped_files_and_folders_are_emitted(qtbot: QtBot, tmp_path: Path) -> None:
    panel = LibraryPanel()
    qtbot.addWidget(panel)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(tmp_path)), QUrl("https://example.invalid/x.txt")])
    event = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(panel.files_dropped) as dropped:
        panel.dropEvent(event)
    assert dropped.args == [[str(tmp_path)]]
    assert panel.acceptDrops()
