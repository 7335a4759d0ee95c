"""The "where else?" view: the clauses of the library most like the selected one, best first.

Its own view rather than the concordance's columns: a precedent is a whole clause with a
similarity, not an occurrence with contexts. Columns: document, date, parties, clause label,
similarity, the clause's text. A minimum similarity the user can change hides the weak ones at
once (no new search: the rows are kept and filtered). A thin view: rows come in through
:meth:`WhereElsePanel.set_precedents`; an activated row goes out through ``precedent_activated``
with the object the row was given.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

#: The least similarity shown by default: below it, shared words are mostly chance.
DEFAULT_MINIMUM = 0.25


@dataclass(frozen=True, slots=True)
class PrecedentRow:
    """What a row shows of one precedent; ``key`` is handed back when the row is activated."""

    key: object
    title: str
    date: str
    parties: str
    label: str
    similarity: float
    text: str


class WhereElsePanel(QWidget):
    """The precedents of one clause, by similarity.

    Signals:
        precedent_activated(object): a row was activated (double-click or Enter): its ``key``.
        minimum_changed(float): the user changed the least similarity shown.
    """

    precedent_activated = Signal(object)
    minimum_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PrecedentRow] = []
        self._shown: list[PrecedentRow] = []
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.minimum = QDoubleSpinBox()
        self.minimum.setObjectName("where_else_minimum")
        self.minimum.setRange(0.0, 1.0)
        self.minimum.setSingleStep(0.05)
        self.minimum.setDecimals(2)
        self.minimum.setValue(DEFAULT_MINIMUM)
        self.minimum.setToolTip(self.tr("Les clauses moins semblables ne sont pas montrées."))
        self.minimum.valueChanged.connect(self._on_minimum)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("where_else_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Document"),
                self.tr("Date"),
                self.tr("Parties"),
                self.tr("Clause"),
                self.tr("Similarité"),
                self.tr("Texte de la clause"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.activated.connect(self._on_activated)
        self.table.doubleClicked.connect(self._on_activated)
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(QLabel(self.tr("Similarité minimale :")))
        top.addWidget(self.minimum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.table)

    def set_status(self, text: str) -> None:
        """The line above the table (what was asked, how many were found)."""
        self.status.setText(text)

    def set_floor(self, value: float) -> None:
        """The least similarity the engine reports: the minimum cannot go below it."""
        self.minimum.setMinimum(value)

    def set_minimum(self, value: float) -> None:
        """Set the least similarity shown (a remembered setting), without emitting."""
        self.minimum.blockSignals(True)
        self.minimum.setValue(value)
        self.minimum.blockSignals(False)
        self._fill()

    def set_precedents(self, rows: Sequence[PrecedentRow]) -> None:
        """Show these precedents, best first, those under the minimum left out."""
        self._rows = sorted(rows, key=lambda row: -row.similarity)
        self._fill()

    def shown(self) -> list[PrecedentRow]:
        """The rows on screen, in order."""
        return list(self._shown)

    def _fill(self) -> None:
        least = self.minimum.value()
        self._shown = [row for row in self._rows if row.similarity >= least - 1e-9]
        self.table.setRowCount(len(self._shown))
        for index, row in enumerate(self._shown):
            cells = (
                row.title,
                row.date,
                row.parties,
                row.label,
                f"{row.similarity:.2f}",
                " ".join(row.text.split()),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 5:
                    item.setToolTip(row.text)
                if column == 4:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(index, column, item)
        self.table.resizeColumnsToContents()
        # The clause's text takes the rest; a long title must not push it out of sight.
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), 260))

    @Slot(float)
    def _on_minimum(self, value: float) -> None:
        self._fill()
        self.minimum_changed.emit(value)

    def _on_activated(self, index: object) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self._shown):
            self.precedent_activated.emit(self._shown[row].key)
