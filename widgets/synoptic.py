"""The synoptic view: rows of paired clauses side by side, as a printed parallel edition.

Rows come in the left text's order; a clause without counterpart has a row of its own with an
empty cell opposite. Each cell shows the clause's label (bold) and text with the panes' marks:
formula colours, shared phrases, the pair's word diff (``_CellDelegate`` draws them with the
panes' formats). Cells are top-aligned; the selected row gets a pale tint and a frame, never a
fill that hides the text. Headers are elided in the middle, the full title in their tooltip.
Clicking a row selects its pair (``row_activated``).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPen,
    QResizeEvent,
    QShowEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from widgets import palette
from widgets.documentpane import FONT_FAMILY, TEXT_POINT_SIZE, mark_format
from widgets.marks import Mark
from widgets.textpos import Utf16Map

# Where a cell's marks are kept, for the delegate.
MARKS_ROLE = Qt.ItemDataRole.UserRole + 1
CELL_MARGIN = 4


@dataclass(frozen=True, slots=True)
class SynopticRow:
    """One row: the left clause(s) and the right clause(s) it pairs with (either may be empty)."""

    left_ids: tuple[str, ...]
    left_text: str
    right_ids: tuple[str, ...]
    right_text: str
    score: float | None
    # Marks in offsets of each cell's text: formulas, shared phrases, the pair's word diff.
    left_marks: tuple[Mark, ...] = ()
    right_marks: tuple[Mark, ...] = ()
    # The analyst decided a pair of this row.
    decided: bool = False
    # Under the right cell: pairs shown in another row, clauses moved (already in right_text).
    note: str = ""


#: Rows measured per turn of the event loop (about 20 ms on this machine's long treaty).
MEASURED_AT_ONCE = 24


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
        self._hidden: frozenset[str] = frozenset()
        self._stale = False
        self._pending_select = ""
        self._make_rows: Callable[[], Sequence[SynopticRow]] | None = None
        self.setWordWrap(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setFont(QFont(FONT_FAMILY, TEXT_POINT_SIZE - 1))
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setItemDelegate(_CellDelegate(self))
        self.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # Row heights follow the column widths, so no clause text is ever cut. They are measured
        # a few rows at a time from the event loop, the rows in view first: laying out a
        # thousand wrapped rows at once held the window for seconds.
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._unmeasured: deque[int] = deque()
        self._measure = QTimer(self)
        self._measure.setInterval(0)
        self._measure.timeout.connect(self._measure_some)
        # Once the columns have their final widths (a resize comes in several steps).
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(0)
        self._relayout.timeout.connect(self._start_measuring)
        self.horizontalHeader().sectionResized.connect(lambda *_: self._relayout.start())
        self.currentCellChanged.connect(self._on_current)

    def set_titles(self, left: str, right: str) -> None:
        """The column headers: each title, elided in the middle, whole in its tooltip."""
        for column, title in enumerate((left, right)):
            item = QTableWidgetItem(title)
            item.setToolTip(title)
            self.setHorizontalHeaderItem(column, item)

    def set_rows(self, rows: Sequence[SynopticRow]) -> None:
        """The rows to show. A hidden view keeps them and builds its table when first shown:
        laying out a thousand wrapped rows takes seconds, and most readers never open it."""
        self._make_rows = None
        self._rows = list(rows)
        self._stale = True
        if self.isVisible():
            self._fill()

    def set_row_source(self, make_rows: Callable[[], Sequence[SynopticRow]]) -> None:
        """Like :meth:`set_rows`, with the rows made only when first needed (shown, or asked
        for): a long treaty's rows hold a word diff per pair, costly to make for nothing."""
        self._make_rows = make_rows
        self._rows = []
        self._stale = True
        if self.isVisible():
            self._fill()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._fill()
        super().showEvent(event)

    def _fill(self) -> None:
        self._stale = False
        self.rows()  # made now, if given as a source
        self.setUpdatesEnabled(False)
        try:
            self.setRowCount(len(self._rows))
            for index, row in enumerate(self._rows):
                cells = ((row.left_text, row.left_marks), (row.right_text, row.right_marks))
                for column, (text, marks) in enumerate(cells):
                    item = QTableWidgetItem(text)
                    item.setData(MARKS_ROLE, list(marks))
                    item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                    if not text:
                        item.setBackground(QColor(self._scheme.overview_background))
                    self.setItem(index, column, item)
                score = f"{row.score:.2f}" if row.score is not None else "—"
                header = QTableWidgetItem(f"{score} ✓" if row.decided else score)
                header.setToolTip(
                    self.tr("paire décidée par l’analyste")
                    if row.decided
                    else self.tr("paire proposée par le programme")
                    if row.score is not None
                    else ""
                )
                self.setVerticalHeaderItem(index, header)
        finally:
            self.setUpdatesEnabled(True)
        self._start_measuring()
        if self._pending_select:
            clause, self._pending_select = self._pending_select, ""
            self.select_clause(clause)

    def measured(self) -> bool:
        """Whether every row has its height for the current column widths."""
        return not self._unmeasured

    def _start_measuring(self) -> None:
        rows = range(self.rowCount())
        top = max(self.rowAt(0), 0)
        bottom = self.rowAt(self.viewport().height() - 1)
        bottom = self.rowCount() - 1 if bottom < 0 else bottom
        seen = [r for r in rows if top <= r <= bottom]
        self._unmeasured = deque([*seen, *(r for r in rows if not top <= r <= bottom)])
        self._measure_some()  # the rows in view at once: the reader sees them whole
        if self._unmeasured:
            self._measure.start()

    def _measure_some(self) -> None:
        for _ in range(min(MEASURED_AT_ONCE, len(self._unmeasured))):
            row = self._unmeasured.popleft()
            if row < self.rowCount():
                self.setRowHeight(row, self.sizeHintForRow(row))
        if not self._unmeasured:
            self._measure.stop()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout.start()

    def set_hidden_groups(self, groups: Iterable[str]) -> None:
        """Marks of these groups (formula families switched off in the legend) are not drawn."""
        self._hidden = frozenset(groups)
        self.viewport().update()

    def hidden_groups(self) -> frozenset[str]:
        return self._hidden

    def scheme(self) -> palette.Scheme:
        """The colours the view draws with (light or dark appearance)."""
        return self._scheme

    def set_dark(self, dark: bool) -> None:
        """Colours for a dark appearance (True) or a light one (the empty cells' shade)."""
        self._scheme = palette.scheme(dark)
        if self._make_rows is None:  # rows not made yet will be made in the new colours
            self.set_rows(self._rows)

    def rows(self) -> list[SynopticRow]:
        """The rows given, made now if they were given as a source."""
        if self._make_rows is not None:
            self._rows, self._make_rows = list(self._make_rows()), None
        return list(self._rows)

    def select_clause(self, clause_id: str) -> None:
        """Select the row holding this clause (on either side), without emitting."""
        if self._stale:  # not built yet: selected once it is
            self._pending_select = clause_id
            return
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


class _CellDelegate(QStyledItemDelegate):
    """Draws a cell as the panes draw text: the label in bold, marks in the panes' formats,
    top-aligned; a selected row is tinted and framed, its text untouched."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        rect = option.rect
        document = self._document(index, rect.width())
        painter.save()
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        if background is not None:
            painter.fillRect(rect, background)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        scheme = self._scheme()
        if selected:
            painter.fillRect(rect, QColor(scheme.selected_fill))
        painter.translate(rect.left() + CELL_MARGIN, rect.top() + CELL_MARGIN)
        document.drawContents(painter, QRectF(0, 0, rect.width(), rect.height()))
        painter.restore()
        if selected:
            painter.save()
            painter.setPen(QPen(QColor(scheme.selected_frame), 2))
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
            painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        # The column's width, whatever the option says: row heights follow the columns.
        view = self.parent()
        width = (
            view.columnWidth(index.column())
            if isinstance(view, QTableWidget)
            else option.rect.width()
        )
        document = self._document(index, width if width > 0 else 400)
        return QSize(width, int(document.size().height()) + 2 * CELL_MARGIN)

    def _document(self, index: QModelIndex | QPersistentModelIndex, width: int) -> QTextDocument:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        view = self.parent()
        hidden = view.hidden_groups() if isinstance(view, SynopticView) else frozenset()
        marks = [m for m in index.data(MARKS_ROLE) or [] if not (m.group and m.group in hidden)]
        scheme = self._scheme()
        document = QTextDocument()
        document.setDefaultFont(QFont(FONT_FAMILY, TEXT_POINT_SIZE - 1))
        document.setDocumentMargin(0)
        document.setTextWidth(max(20, width - 2 * CELL_MARGIN))
        document.setPlainText(text)
        positions = Utf16Map(text)
        cursor = QTextCursor(document)
        # The scheme's ink, light on a dark appearance (a document draws black by default).
        cursor.select(QTextCursor.SelectionType.Document)
        ink = QTextCharFormat()
        ink.setForeground(QColor(scheme.ink))
        cursor.mergeCharFormat(ink)
        for mark in marks:
            cursor.setPosition(positions.to_utf16(mark.start))
            cursor.setPosition(positions.to_utf16(mark.end), QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(mark_format(mark, scheme))
        return document

    def _scheme(self) -> palette.Scheme:
        view = self.parent()
        return view.scheme() if isinstance(view, SynopticView) else palette.LIGHT
