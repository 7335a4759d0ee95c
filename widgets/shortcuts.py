"""The Keyboard shortcuts window: every action that has a shortcut, read from the actions.

It is given the window's own ``QAction`` objects, grouped by menu, and reads their text and
shortcuts when shown, so the list cannot disagree with what the keys do.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def action_label(action: QAction) -> str:
    """The action's menu text without its mnemonic marker or trailing ellipsis."""
    text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.removesuffix("…").removesuffix("...").strip()


def shortcut_text(action: QAction) -> str:
    """Every shortcut of the action, as the system writes them, separated by " / "."""
    keys = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()]
    return " / ".join(k for k in keys if k)


class ShortcutsDialog(QDialog):
    """A two-column table: what the action does, and its keys."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle(self.tr("Raccourcis clavier"))
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Touches")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        # A list to read, not to edit: no focus frame on a first "current" cell; the
        # Close button takes the keyboard (Escape closes).
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setShowGrid(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 640)

    def set_sections(self, sections: Sequence[tuple[str, Iterable[QAction]]]) -> None:
        """List, under each section's title (a menu's), its actions that have a shortcut, in
        the order given; a section with none is left out."""
        self.table.clearSpans()
        self.table.setRowCount(0)
        bold = QFont(self.font())
        bold.setBold(True)
        for title, actions in sections:
            rows = [(action_label(a), shortcut_text(a)) for a in actions if shortcut_text(a)]
            if not rows:
                continue
            heading = QTableWidgetItem(title.replace("&", ""))
            heading.setFont(bold)
            self._append(heading, QTableWidgetItem(""))
            self.table.setSpan(self.table.rowCount() - 1, 0, 1, 2)
            for label, keys in rows:
                self._append(QTableWidgetItem("    " + label), QTableWidgetItem(keys))
        # Room for the longest keys and a margin: a content-sized column clips the last glyph.
        cells = [self.table.item(r, 1) for r in range(self.table.rowCount())]
        widths = [self.fontMetrics().horizontalAdvance(c.text()) for c in cells if c is not None]
        self.table.setColumnWidth(1, max([80, *widths]) + 24)

    def _append(self, first: QTableWidgetItem, second: QTableWidgetItem) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, item in enumerate((first, second)):
            item.setTextAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
            self.table.setItem(row, column, item)

    def rows(self) -> list[tuple[str, str]]:
        """What the table shows, row by row (a section's title has no keys)."""
        cells = [
            (self.table.item(r, 0), self.table.item(r, 1)) for r in range(self.table.rowCount())
        ]
        return [(a.text().strip(), b.text()) for a, b in cells if a is not None and b is not None]
