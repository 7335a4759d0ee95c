"""The library panel: the documents of the library (title, date, parties), buttons to add files or
a folder, and drops of files and folders.

A thin view: the documents come in through ``set_documents``; intent goes out through signals.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from corpus.model import DocumentMeta

_KEY_ROLE = Qt.ItemDataRole.UserRole


class LibraryPanel(QWidget):
    """The library's documents.

    Signals:
        document_activated(str): a document was activated (double-click or Enter): its key.
        add_files_requested(): the user wants to choose files to add.
        add_folder_requested(): the user wants to choose a folder to add.
        files_dropped(list): local paths (``str``) of files and folders dropped on the panel.
    """

    document_activated = Signal(str)
    add_files_requested = Signal()
    add_folder_requested = Signal()
    files_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.documents = QTreeWidget()
        self.documents.setRootIsDecorated(False)
        self.documents.setHeaderLabels([self.tr("Titre"), self.tr("Date"), self.tr("Parties")])
        self.documents.setSortingEnabled(True)
        self.documents.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.documents.setAcceptDrops(False)  # the panel takes the drops
        self.add_files_button = QPushButton(self.tr("Ajouter des fichiers…"))
        self.add_folder_button = QPushButton(self.tr("Ajouter un dossier…"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_files_button)
        buttons.addWidget(self.add_folder_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.documents, 1)
        layout.addLayout(buttons)
        self.documents.itemActivated.connect(self._on_activated)
        self.add_files_button.clicked.connect(self.add_files_requested)
        self.add_folder_button.clicked.connect(self.add_folder_requested)

    def set_documents(self, documents: Sequence[tuple[str, DocumentMeta]]) -> None:
        """Show the library's documents: (key, metadata) pairs."""
        self.documents.setSortingEnabled(False)
        self.documents.clear()
        for key, meta in documents:
            item = QTreeWidgetItem([meta.title or key, meta.date, ", ".join(meta.parties)])
            item.setData(0, _KEY_ROLE, key)
            item.setToolTip(0, meta.title)
            self.documents.addTopLevelItem(item)
        self.documents.setSortingEnabled(True)

    def keys(self) -> list[str]:
        """The keys of the documents shown, in the order shown."""
        items = (self.documents.topLevelItem(i) for i in range(self.documents.topLevelItemCount()))
        return [str(item.data(0, _KEY_ROLE)) for item in items if item is not None]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(paths)
        else:
            event.ignore()

    @Slot(QTreeWidgetItem, int)
    def _on_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self.document_activated.emit(str(item.data(0, _KEY_ROLE)))
