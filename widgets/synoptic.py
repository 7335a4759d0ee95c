"""The synoptic view: rows of paired clauses side by side, as a printed parallel edition.

Rows come in the left text's order; a clause without counterpart has a row of its own with an
empty cell opposite. Each cell shows the clause's label and text. Clicking a row selects its
pair (``row_activated``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from widgets import palette
from widgets.documentpane import FONT_FAMILY, TEXT_POINT_SIZE


@dataclass(frozen=True, slots=True)
class SynopticRow:
    """One row: the left clause(s) and the right clause(s) it pairs with (either may be empty)."""

    left_ids: tuple[str, ...]
    left_text: str
    right_ids: tuple[str, ...]
    right_text: str
    score: float | None


class SynopticView(QTableWidget):
    """Two columns of clause texts, one row per pair or unpaired clause.

    Signals:
        row_activated(str, str): a row was clicked: its first left and first right clause ids
            (either may be empty).
    """

    row_activated = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 2, parent)
        self._rows: list[SynopticRow] = []
        self._scheme = palette.LIGHT
        self.setWordWrap(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setFont(QFont(FONT_FAMILY, TEXT_POINT_SIZE - 1))
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # Row heights follow the column widths, so no clause text is ever cut.
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().sectionResized.connect(lambda *_: self.resizeRowsToContents())
        self.currentCellChanged.connect(self._on_current)

    def set_titles(self, left: str, right: str) -> None:
        self.setHorizontalHeaderLabels([_short(left), _short(right)])

    def set_rows(self, rows: Sequence[SynopticRow]) -> None:
        self._rows = list(rows)
        self.setRowCount(len(rows))
        for index, row in enumerate(rows):
            for column, text in enumerate((row.left_text, row.right_text)):
                item = QTableWidgetItem(text)
                if not text:
                    item.setBackground(QColor(self._scheme.overview_background))
                self.setItem(index, column, item)
            if row.score is not None:
                self.setVerticalHeaderItem(index, QTableWidgetItem(f"{row.score:.2f}"))
            else:
                self.setVerticalHeaderItem(index, QTableWidgetItem("—"))

    def set_dark(self, dark: bool) -> None:
        """Colours for a dark appearance (True) or a light one (the empty cells' shade)."""
        self._scheme = palette.scheme(dark)
        self.set_rows(self._rows)

    def rows(self) -> list[SynopticRow]:
        return list(self._rows)

    def select_clause(self, clause_id: str) -> None:
        """Select the row holding this clause (on either side), without emitting."""
        for index, row in enumerate(self._rows):
            if clause_id in row.left_ids or clause_id in row.right_ids:
                self.blockSignals(True)
                self.selectRow(index)
                self.blockSignals(False)
                item = self.item(index, 0)
                if item is not None:
                    self.scrollToItem(item)
                return

    def _on_current(self, row: int, *_: int) -> None:
        if 0 <= row < len(self._rows):
            entry = self._rows[row]
            self.row_activated.emit(
                entry.left_ids[0] if entry.left_ids else "",
                entry.right_ids[0] if entry.right_ids else "",
            )


def _short(title: str, limit: int = 70) -> str:
    return title if len(title) <= limit else title[: limit - 1].rsplit(" ", 1)[0] + "…"
