"""The library sidebar: the declarations at hand, to open on either side."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True, slots=True)
class LibraryEntry:
    """A declaration the user can open: its id, title, date and parties."""

    doc_id: str
    title: str
    date: str
    parties: tuple[str, ...]


class LibrarySidebar(QWidget):
    """A list of declarations with "open left" and "open right" buttons.

    Signals:
        open_requested(str, str): open this document id on this side ("left" or "right").
    """

    open_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("Bibliothèque"))
        self.left_button = QPushButton(self.tr("◀ À gauche"))
        self.right_button = QPushButton(self.tr("À droite ▶"))
        self.left_button.setToolTip(self.tr("Ouvrir la déclaration choisie dans le volet gauche"))
        self.right_button.setToolTip(self.tr("Ouvrir la déclaration choisie dans le volet droit"))
        self.left_button.clicked.connect(lambda: self._request("left"))
        self.right_button.clicked.connect(lambda: self._request("right"))
        self.list.itemActivated.connect(lambda _item: self._request("right"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.left_button)
        buttons.addWidget(self.right_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    def set_entries(self, entries: Sequence[LibraryEntry]) -> None:
        self.list.clear()
        for entry in entries:
            parties = ", ".join(entry.parties)
            item = QListWidgetItem(f"{entry.title}\n{entry.date} · {parties}")
            item.setData(Qt.ItemDataRole.UserRole, entry.doc_id)
            item.setToolTip(entry.title)
            self.list.addItem(item)

    def select(self, doc_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == doc_id:
                self.list.setCurrentRow(row)

    def _request(self, side: str) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.open_requested.emit(str(item.data(Qt.ItemDataRole.UserRole)), side)
