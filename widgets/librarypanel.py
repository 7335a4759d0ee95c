"""The library panel: the documents of the library (title, date, parties), buttons to open one on
either side or to add files or a folder, a context menu, and drops of files and folders.

A thin view: the documents come in through ``set_documents``; intent goes out through signals.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from PySide6.QtCore import QPoint, Qt, Signal, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from corpus.model import DocumentMeta, MetaOrigin, Side
from widgets import origins
from widgets.drops import accept_local_files, dropped_paths

_KEY_ROLE = Qt.ItemDataRole.UserRole
_SIDES = (Side.LEFT, Side.RIGHT)


class LibraryPanel(QWidget):
    """The library's documents.

    Signals:
        document_activated(str): a document was activated (double-click or Enter): its key.
        open_requested(str, str): open this document (key) on this side (a :class:`Side`).
        edit_requested(str): the user wants to edit this document's metadata.
        confirm_requested(str): the user confirms the title, date and parties guessed for this
            document (they become the user's).
        remove_requested(str): the user wants this document out of the library.
        add_files_requested(): the user wants to choose files to add.
        add_folder_requested(): the user wants to choose a folder to add.
        files_dropped(list): local paths (``str``) of files and folders dropped on the panel.
    """

    document_activated = Signal(str)
    open_requested = Signal(str, str)
    edit_requested = Signal(str)
    confirm_requested = Signal(str)
    remove_requested = Signal(str)
    add_files_requested = Signal()
    add_folder_requested = Signal()
    files_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self._fixed: frozenset[str] = frozenset()
        self._guessed: set[str] = set()  # documents with a guessed title, date or parties
        self.documents = QTreeWidget()
        self.documents.setRootIsDecorated(False)
        self.documents.setHeaderLabels([self.tr("Titre"), self.tr("Date"), self.tr("Parties")])
        self.documents.setSortingEnabled(True)
        self.documents.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.documents.setAcceptDrops(False)  # the panel takes the drops
        self.documents.setAccessibleName(self.tr("Bibliothèque"))
        self.documents.setColumnWidth(0, 230)  # the title first: it is what the user looks for
        self.documents.setColumnWidth(1, 86)
        self.documents.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.documents.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.documents.setToolTip(self.tr("Déposez ici des fichiers ou des dossiers à ajouter"))
        self.left_button = QPushButton(self.tr("◀ À gauche"))
        self.right_button = QPushButton(self.tr("À droite ▶"))
        self.left_button.setToolTip(self.tr("Ouvrir le document choisi dans le volet gauche"))
        self.right_button.setToolTip(self.tr("Ouvrir le document choisi dans le volet droit"))
        self.add_files_button = QPushButton(self.tr("Ajouter des fichiers…"))
        self.add_folder_button = QPushButton(self.tr("Ajouter un dossier…"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self._lay_out()
        self.documents.itemActivated.connect(self._on_activated)
        self.documents.customContextMenuRequested.connect(self._show_menu)
        self.left_button.clicked.connect(lambda: self._request_open(Side.LEFT))
        self.right_button.clicked.connect(lambda: self._request_open(Side.RIGHT))
        self.add_files_button.clicked.connect(self.add_files_requested)
        self.add_folder_button.clicked.connect(self.add_folder_requested)

    def _lay_out(self) -> None:
        sides = QHBoxLayout()
        sides.addWidget(self.left_button)
        sides.addWidget(self.right_button)
        adding = QHBoxLayout()
        adding.addWidget(self.add_files_button)
        adding.addWidget(self.add_folder_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.documents, 1)
        layout.addLayout(sides)
        layout.addLayout(adding)
        layout.addWidget(self.status)

    def set_documents(
        self, documents: Sequence[tuple[str, DocumentMeta]], fixed: Collection[str] = ()
    ) -> None:
        """Show the library's documents: (key, metadata) pairs; ``fixed`` keys cannot be removed
        (the bundled declarations). The selected document stays selected."""
        current = self.current_key()
        self._fixed = frozenset(fixed)
        self._guessed.clear()
        self.documents.setSortingEnabled(False)
        self.documents.clear()
        for key, meta in documents:
            item = QTreeWidgetItem([meta.title or key, meta.date, ", ".join(meta.parties)])
            item.setData(0, _KEY_ROLE, key)
            item.setToolTip(0, meta.title)
            self._mark_guesses(item, meta)
            self.documents.addTopLevelItem(item)
            if key == current:
                self.documents.setCurrentItem(item)
        self.documents.setSortingEnabled(True)
        if self._guessed:  # "2022-07-15 (déduit)" whole: a cut date would lose its day
            wanted = self.documents.sizeHintForColumn(1)
            self.documents.setColumnWidth(1, max(self.documents.columnWidth(1), wanted))

    def _mark_guesses(self, item: QTreeWidgetItem, meta: DocumentMeta) -> None:
        """A title, date or party list a rule read in the text is shown in italics, the date
        followed by "(déduit)", its tooltip saying where it was read."""
        for column, origin, value in (
            (0, meta.origins.title, meta.title),
            (1, meta.origins.date, meta.date),
            (2, meta.origins.parties, meta.parties),
        ):
            if column == 1 and not value and origin is MetaOrigin.UNKNOWN and meta.origins.title:
                # Read by the rules (its title has an origin), and no date of its own found.
                item.setToolTip(1, self.tr("Le texte ne donne pas sa propre date"))
            if not value or not origin.guessed:
                continue
            self._guessed.add(str(item.data(0, _KEY_ROLE)))
            item.setFont(column, origins.marked_font(item.font(column), True))
            tip = origins.guessed_tip(origin)
            item.setToolTip(column, f"{meta.title}\n{tip}" if column == 0 else tip)
            if column == 1:
                item.setText(1, meta.date + origins.guessed_mark())

    def has_guesses(self, key: str) -> bool:
        """Whether the document ``key`` shows a guessed title, date or party list."""
        return key in self._guessed

    def set_status(self, text: str) -> None:
        """A line under the buttons: an import under way, its outcome."""
        self.status.setText(text)

    def keys(self) -> list[str]:
        """The keys of the documents shown, in the order shown."""
        items = (self.documents.topLevelItem(i) for i in range(self.documents.topLevelItemCount()))
        return [str(item.data(0, _KEY_ROLE)) for item in items if item is not None]

    def current_key(self) -> str:
        """The key of the selected document ('' when none)."""
        item = self.documents.currentItem()
        return "" if item is None else str(item.data(0, _KEY_ROLE))

    def select(self, key: str) -> None:
        """Select the document ``key`` if it is listed."""
        for row in range(self.documents.topLevelItemCount()):
            item = self.documents.topLevelItem(row)
            if item is not None and item.data(0, _KEY_ROLE) == key:
                self.documents.setCurrentItem(item)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        accept_local_files(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_paths(event)
        if paths:
            self.files_dropped.emit(paths)

    def context_menu(self, key: str) -> QMenu:
        """The menu of one document: open on either side, edit its metadata, remove it."""
        menu = QMenu(self)
        menu.addAction(self.tr("Ouvrir à gauche"), lambda: self.open_requested.emit(key, Side.LEFT))
        menu.addAction(
            self.tr("Ouvrir à droite"), lambda: self.open_requested.emit(key, Side.RIGHT)
        )
        menu.addSeparator()
        menu.addAction(self.tr("Modifier les métadonnées…"), lambda: self.edit_requested.emit(key))
        confirm = menu.addAction(
            self.tr("Confirmer les métadonnées déduites"),
            lambda: self.confirm_requested.emit(key),
        )
        confirm.setEnabled(key in self._guessed)
        remove = menu.addAction(
            self.tr("Retirer de la bibliothèque"), lambda: self.remove_requested.emit(key)
        )
        remove.setEnabled(key not in self._fixed)
        return menu

    @Slot(QPoint)
    def _show_menu(self, position: QPoint) -> None:
        item = self.documents.itemAt(position)
        if item is not None:
            self.context_menu(str(item.data(0, _KEY_ROLE))).popup(
                self.documents.viewport().mapToGlobal(position)
            )

    def _request_open(self, side: Side) -> None:
        key = self.current_key()
        if key and side in _SIDES:
            self.open_requested.emit(key, side)

    @Slot(QTreeWidgetItem, int)
    def _on_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self.document_activated.emit(str(item.data(0, _KEY_ROLE)))
