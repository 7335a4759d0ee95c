"""The pairs dock's view: every pair and unpaired clause of the comparison, to walk and tick off.

As Draftable's and Litera's change lists: one row per pair (both labels, the first words of each
side, score, strength, who made it, the decision) and per unpaired clause; sortable by any
column, filtered to what is left to review, what is decided, the weak pairs or the unpaired
clauses; walked with the arrow keys. "12 of 35 reviewed" stands above it.

A thin view over a model the application gives it (:meth:`PairsPanel.set_model`). The model
answers two roles besides the text, :data:`KEY_ROLE` (the row's left and right clause ids, ``""``
for a missing side) and :data:`TAGS_ROLE` (the :class:`PairFilter` values the row passes), and
sorts itself (``QAbstractItemModel.sort``), keeping its order when its rows are replaced. The
row the user moves to goes out through ``pair_chosen``; the application selects a row with
:meth:`PairsPanel.select` (no signal then).
"""

from __future__ import annotations

import enum

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

KEY_ROLE = Qt.ItemDataRole.UserRole
TAGS_ROLE = Qt.ItemDataRole.UserRole + 2

# How many rows the columns' widths are measured on (Qt's default is 1,000).
CONTENTS_SAMPLE = 60
# Columns whose text takes the room left (the first words of each side).
WORDS_COLUMNS = (1, 3)


class PairFilter(enum.Enum):
    """Which rows the dock shows."""

    ALL = "all"
    TO_REVIEW = "to-review"
    DECIDED = "decided"
    WEAK = "weak"
    UNPAIRED = "unpaired"


class _FilterProxy(QSortFilterProxyModel):
    """Keeps the rows whose tags hold the chosen filter; sorting is the model's own (sorting
    here asked the model for two values per comparison, in Python: a quarter of a second for
    a long treaty's 1,200 rows at every decision)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.wanted = PairFilter.ALL

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if model is not None:
            model.sort(column, order)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if self.wanted is PairFilter.ALL:
            return True
        model = self.sourceModel()
        tags = model.index(source_row, 0, source_parent).data(TAGS_ROLE) or ()
        return self.wanted.value in tags


class PairsPanel(QWidget):
    """The list of pairs, with its filter and its progress line.

    Signals:
        pair_chosen(str, str): the user moved to a row: its left and right clause ids (one of
            them ``""`` for an unpaired clause).
    """

    pair_chosen = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress = QLabel()
        self.filter = QComboBox()
        self.filter.setObjectName("pairs_filter")
        for choice, text in (
            (PairFilter.ALL, self.tr("Toutes")),
            (PairFilter.TO_REVIEW, self.tr("À revoir")),
            (PairFilter.DECIDED, self.tr("Décidées")),
            (PairFilter.WEAK, self.tr("Faibles")),
            (PairFilter.UNPAIRED, self.tr("Sans correspondant")),
        ):
            self.filter.addItem(text, choice.value)
        self.filter.currentIndexChanged.connect(self._filter_changed)
        self.proxy = _FilterProxy(self)
        self.table = QTableView()
        self.table.setObjectName("pairs_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.table.horizontalHeader().setHighlightSections(False)
        # Columns fit their contents as measured on a sample of rows: measuring each of a long
        # treaty's 1,200 rows took 0.8 s at every decision.
        self.table.horizontalHeader().setResizeContentsPrecision(CONTENTS_SAMPLE)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self._quiet = False
        top = QHBoxLayout()
        top.setContentsMargins(4, 2, 4, 0)
        top.addWidget(self.progress, 1)
        shown = QLabel(self.tr("&Afficher :"))
        shown.setBuddy(self.filter)
        top.addWidget(shown)
        top.addWidget(self.filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def set_model(self, model: QAbstractItemModel) -> None:
        """The rows to show (a model answering :data:`KEY_ROLE` and :data:`TAGS_ROLE`)."""
        self.proxy.setSourceModel(model)
        header = self.table.horizontalHeader()
        model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        model.modelReset.connect(self._fit_columns)
        self._fit_columns()

    @Slot()
    def _fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        for column in range(self.proxy.columnCount()):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column in WORDS_COLUMNS
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, mode)

    def set_progress(self, reviewed: int, total: int) -> None:
        """ "12 of 35 reviewed" above the list."""
        self.progress.setText(self.tr("{0} sur {1} revues").format(reviewed, total))

    def choose_filter(self, choice: PairFilter) -> None:
        """Show only the rows that pass ``choice``."""
        self.filter.setCurrentIndex(self.filter.findData(choice.value))

    def shown_keys(self) -> list[tuple[str, str]]:
        """The rows shown, in their order: each one's left and right clause ids."""
        return [
            tuple(self.proxy.index(row, 0).data(KEY_ROLE)) for row in range(self.proxy.rowCount())
        ]

    def current_key(self) -> tuple[str, str] | None:
        """The row the cursor is on, if any."""
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        left, right = index.data(KEY_ROLE)
        return (left, right)

    def select(self, left_id: str, right_id: str) -> None:
        """Put the cursor on the row of this pair (or unpaired clause), scrolled into view;
        none if it is not shown. No signal."""
        target = (left_id, right_id)
        self._quiet = True
        try:
            for row in range(self.proxy.rowCount()):
                index = self.proxy.index(row, 0)
                if tuple(index.data(KEY_ROLE)) == target:
                    self.table.selectionModel().setCurrentIndex(
                        index,
                        QItemSelectionModel.SelectionFlag.ClearAndSelect
                        | QItemSelectionModel.SelectionFlag.Rows,
                    )
                    # Out of view, the row comes to the middle, with its neighbours
                    # around it; in view, the list stays still (walking it with the keys).
                    if not self.table.viewport().rect().contains(self.table.visualRect(index)):
                        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
                    return
            self.table.selectionModel().clear()
        finally:
            self._quiet = False

    @Slot(int)
    def _filter_changed(self, _index: int) -> None:
        self.proxy.beginFilterChange()
        self.proxy.wanted = PairFilter(self.filter.currentData())
        self.proxy.endFilterChange()

    @Slot(QModelIndex, QModelIndex)
    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet or not current.isValid():
            return
        left, right = current.data(KEY_ROLE)
        self.pair_chosen.emit(left, right)
