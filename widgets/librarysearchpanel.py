"""The library search panel: query, inflection toggle, filters, the documents found with their
counts, the concordance, "Export CSV…" and "Report…" (the search report).

A thin view: the results model is set from outside (``set_model``), the status line too; what the
user asks for goes out through signals.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

#: Where the results model keeps each row's hit object (``Qt.UserRole``).
HIT_ROLE = Qt.ItemDataRole.UserRole


class _ElideLeft(QStyledItemDelegate):
    """Cuts a left context on its left, so the words next to the match stay visible."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideLeft


class LibrarySearchPanel(QWidget):
    """Search as you type over the whole library.

    Signals:
        query_changed(str): the query text changed.
        stemmed_changed(bool): the "inflected forms" toggle changed.
        filters_changed(str, str, str, str): party, language, date from, date to.
        hit_activated(object): a row was activated (double-click or Enter): the model's
            ``Qt.UserRole`` data of that row, a hit.
        export_requested(): the user asked to save the results as CSV.
        report_requested(): the user asked for the search report (PDF or Word).
        document_chosen(str): show the occurrences of this document only ('' for all).
    """

    query_changed = Signal(str)
    stemmed_changed = Signal(bool)
    filters_changed = Signal(str, str, str, str)
    hit_activated = Signal(object)
    export_requested = Signal()
    report_requested = Signal()
    document_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.query = QLineEdit()
        self.query.setClearButtonEnabled(True)
        self.query.setPlaceholderText(
            self.tr(
                "intégrité territoriale · souverain* · NEAR(souveraineté frontières, 5) · "
                "family:territorial-integrity"
            )
        )
        self.stemmed = QCheckBox(self.tr("Formes fléchies"))
        self.stemmed.setToolTip(self.tr("Trouver aussi les pluriels et les autres formes"))
        self.party = QLineEdit()
        self.party.setPlaceholderText(self.tr("Partie"))
        self.language = QComboBox()
        for label, code in ((self.tr("Toutes langues"), ""), ("français", "fr"), ("English", "en")):
            self.language.addItem(label, code)
        self.date_from = QLineEdit()
        self.date_from.setPlaceholderText(self.tr("depuis AAAA[-MM[-JJ]]"))
        self.date_to = QLineEdit()
        self.date_to.setPlaceholderText(self.tr("jusqu’à AAAA[-MM[-JJ]]"))
        self.export_button = QPushButton(self.tr("Exporter en CSV…"))
        self.report_button = QPushButton(self.tr("Rapport…"))
        self.report_button.setToolTip(
            self.tr("La requête, sa chronologie et ses occurrences, en PDF ou en Word")
        )
        self.status = QLabel()
        self.results = QTableView()
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSortingEnabled(True)
        self.results.setWordWrap(False)
        self.results.verticalHeader().setVisible(False)
        self.results.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self._left_context = _ElideLeft(self.results)
        self.groups = QListWidget()
        self.groups.setAccessibleName(self.tr("Documents trouvés"))
        self.groups.setToolTip(self.tr("Les documents où la recherche a trouvé des occurrences"))
        self._lay_out()
        self.query.textChanged.connect(self.query_changed)
        self.stemmed.toggled.connect(self.stemmed_changed)
        for edit in (self.party, self.date_from, self.date_to):
            edit.textChanged.connect(self._emit_filters)
        self.language.currentIndexChanged.connect(self._emit_filters)
        self.results.activated.connect(self._on_activated)
        self.export_button.clicked.connect(self.export_requested)
        self.report_button.clicked.connect(self.report_requested)
        self.groups.currentItemChanged.connect(self._on_group)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.query, 1)
        top.addWidget(self.stemmed)
        top.addWidget(self.export_button)
        filters = QHBoxLayout()
        for widget in (self.party, self.language, self.date_from, self.date_to):
            filters.addWidget(widget)
        # Under the CSV export, on the filters' row: beside it, the row would widen the panel
        # past what a 1024-pixel screen leaves it.
        filters.addWidget(self.report_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.status)
        split = QSplitter()
        split.addWidget(self.groups)
        split.addWidget(self.results)
        split.setStretchFactor(1, 1)
        split.setSizes([260, 900])
        layout.addWidget(split, 1)

    def set_model(self, model: QAbstractItemModel) -> None:
        """Show a results model: rows are hits, columns document, date, left context, match,
        right context; ``Qt.UserRole`` gives a row's hit."""
        self.results.setModel(model)
        header = self.results.horizontalHeader()
        modes = (
            QHeaderView.ResizeMode.Interactive,
            QHeaderView.ResizeMode.ResizeToContents,
            QHeaderView.ResizeMode.Stretch,
            QHeaderView.ResizeMode.ResizeToContents,
            QHeaderView.ResizeMode.Stretch,
        )
        for column, mode in enumerate(modes[: model.columnCount()]):
            header.setSectionResizeMode(column, mode)
        header.resizeSection(0, 220)
        self.results.setItemDelegateForColumn(2, self._left_context)
        self.results.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # by date, oldest first

    def set_context_actions(self, actions: Sequence[QAction]) -> None:
        """The actions the results' context menu offers (the window's own)."""
        self.results.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in actions:
            self.results.addAction(action)

    def set_status(self, text: str) -> None:
        self.status.setText(text)

    def narrow(self, date_from: str, date_to: str, party: str = "", language: str = "") -> None:
        """Fill in the filters, as the user would (the timeline's bar chosen): the dates, and
        the party or the language when given; the others are left as they are. Announced once
        (``filters_changed``)."""
        edits = [(self.date_from, date_from), (self.date_to, date_to)]
        if party:
            edits.append((self.party, party))
        for edit, _value in edits:
            edit.blockSignals(True)
        for edit, value in edits:
            edit.setText(value)
        for edit, _value in edits:
            edit.blockSignals(False)
        if language:
            self.language.blockSignals(True)
            self.language.setCurrentIndex(max(0, self.language.findData(language)))
            self.language.blockSignals(False)
        self._emit_filters()

    def set_documents(self, documents: Sequence[tuple[str, str, int]]) -> None:
        """List the documents found: (key, label, count), with "all documents" first."""
        self.groups.blockSignals(True)  # refilling is not the user choosing
        self.groups.clear()
        total = sum(count for _key, _label, count in documents)
        every = QListWidgetItem(self.tr("Tous les documents ({0})").format(total))
        every.setData(Qt.ItemDataRole.UserRole, "")
        self.groups.addItem(every)
        for key, label, count in documents:
            item = QListWidgetItem(f"{count} · {label}")  # the count first: labels get cut
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(label)
            self.groups.addItem(item)
        self.groups.setCurrentRow(0)
        self.groups.blockSignals(False)

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_group(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is not None:
            self.document_chosen.emit(str(current.data(Qt.ItemDataRole.UserRole) or ""))

    @Slot()
    def _emit_filters(self) -> None:
        self.filters_changed.emit(
            self.party.text(),
            str(self.language.currentData() or ""),
            self.date_from.text(),
            self.date_to.text(),
        )

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        hit = index.siblingAtColumn(0).data(HIT_ROLE)
        if hit is not None:
            self.hit_activated.emit(hit)
