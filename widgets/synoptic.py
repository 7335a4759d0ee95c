"""The synoptic view: rows of paired clauses side by side, as a printed parallel edition.

Rows come in the left text's order; a clause without counterpart has a row of its own with an
empty cell opposite. Each cell shows the clause's label (bold) and text with the panes' marks:
formula colours, shared phrases, the pair's word diff (``_CellDelegate`` draws them with the
panes' formats). Cells are top-aligned; the selected row gets a pale tint and a frame, never a
fill that hides the text. Headers are elided in the middle, the full title in their tooltip.
Clicking a row, or moving to it with the keyboard, selects its pair (``row_activated``).

The rows (a word diff per pair) are costly to make for a long treaty, so the view does not make
them: told that rows are coming (:meth:`SynopticView.expect_rows`), it asks for them when it is
first shown (``rows_wanted``), says "preparing" meanwhile, and takes them when they are given
(:meth:`SynopticView.set_rows`). A model serves the rows to the table: no item per cell is made,
and only the rows in view are laid out at once.
"""

from __future__ import annotations

import time
from collections import OrderedDict, deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
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
    QPaintEvent,
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
    QTableView,
    QWidget,
)

from widgets import palette
from widgets.documentpane import FONT_FAMILY, TEXT_POINT_SIZE, mark_format
from widgets.marks import Mark
from widgets.textpos import Utf16Map

# Where a cell's marks are kept, for the delegate.
MARKS_ROLE = Qt.ItemDataRole.UserRole + 1
CELL_MARGIN = 4

_Index = QModelIndex | QPersistentModelIndex


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


#: How long a turn of the event loop measures rows for: the window answers between turns, even
#: on a busy machine (a fixed count of rows took from 20 ms to over 100 ms).
MEASURE_SECONDS = 0.015
#: Cells laid out and kept to be drawn: more than a screen of rows holds.
KEPT_DOCUMENTS = 64


class _RowsModel(QAbstractTableModel):
    """The rows as a table of two columns: the table asks for the cells it draws, and only
    those, instead of holding an item per cell (a thousand rows took a tenth of a second to
    fill, the window frozen meanwhile)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[SynopticRow] = []
        # Marks laid over the rows' own (a find's matches): row -> (left cell's, right cell's).
        self.extra: dict[int, tuple[tuple[Mark, ...], tuple[Mark, ...]]] = {}
        self.titles = ("", "")
        self.empty_shade = QColor(palette.LIGHT.overview_background)
        # The rows' header tooltips, in the interface's language (given by the view).
        self.decided_tip = ""
        self.proposed_tip = ""

    def replace(self, rows: Sequence[SynopticRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def set_titles(self, left: str, right: str) -> None:
        self.titles = (left, right)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 1)

    def set_extra(self, extra: Mapping[int, tuple[Sequence[Mark], Sequence[Mark]]]) -> None:
        changed = set(self.extra) | set(extra)
        self.extra = {row: (tuple(left), tuple(right)) for row, (left, right) in extra.items()}
        for row in sorted(r for r in changed if 0 <= r < len(self.rows)):
            self.dataChanged.emit(self.index(row, 0), self.index(row, 1), [MARKS_ROLE])

    def set_empty_shade(self, colour: str) -> None:
        self.empty_shade = QColor(colour)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 1))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else 2

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        left = index.column() == 0
        if role == Qt.ItemDataRole.DisplayRole:
            return row.left_text if left else row.right_text
        if role == MARKS_ROLE:
            extra = self.extra.get(index.row(), ((), ()))
            return [*(row.left_marks + extra[0] if left else row.right_marks + extra[1])]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
        if role == Qt.ItemDataRole.BackgroundRole:
            return None if (row.left_text if left else row.right_text) else self.empty_shade
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return self.titles[section] if 0 <= section < 2 else None
            return None
        if not 0 <= section < len(self.rows):
            return None
        row = self.rows[section]
        if role == Qt.ItemDataRole.DisplayRole:
            score = f"{row.score:.2f}" if row.score is not None else "—"
            return f"{score} ✓" if row.decided else score
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.decided:
                return self.decided_tip
            return self.proposed_tip if row.score is not None else ""
        return None


class SynopticView(QTableView):
    """Two columns of clause texts, one row per pair or unpaired clause.

    Signals:
        row_activated(str, str): a row was clicked or reached with the keyboard: its first left
            and first right clause ids (either may be empty).
        rows_wanted(): rows are expected (:meth:`expect_rows`) and the view is shown: make them
            and give them with :meth:`set_rows`. Asked once per :meth:`expect_rows`.
        preparing_changed(bool): the view started or stopped waiting for its rows.
    """

    row_activated = Signal(str, str)
    rows_wanted = Signal()
    preparing_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = _RowsModel(self)
        self._model.decided_tip = self.tr("paire décidée par l’analyste")
        self._model.proposed_tip = self.tr("paire proposée par le programme")
        self.setModel(self._model)
        self._given: list[SynopticRow] = []
        self._scheme = palette.LIGHT
        self._hidden: frozenset[str] = frozenset()
        self._stale = False  # rows given, not yet in the table (the view was hidden)
        self._pending = False  # rows expected, not given yet
        self._asked = False  # rows_wanted emitted for the rows expected
        self._quiet = False  # a selection made by the program: not the reader's intent
        self._pending_select = ""
        self.setWordWrap(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setFont(QFont(FONT_FAMILY, TEXT_POINT_SIZE - 1))
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self._delegate = _CellDelegate(self)
        self.setItemDelegate(self._delegate)
        self._model.modelReset.connect(self._delegate.forget)
        self._model.dataChanged.connect(lambda *_: self._delegate.forget())
        self.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # Always there: the columns keep their widths when the rows arrive (else every row in
        # view is laid out again to the narrower columns).
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # Row heights follow the column widths, so no clause text is ever cut. They are measured
        # from the event loop, a few milliseconds at a time, the rows in view first: laying out
        # a thousand wrapped rows at once held the window for seconds.
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Wide enough for any score ("1.00 ✓"), so that it does not widen when the rows arrive
        # (every row in view would be laid out again to the narrower columns).
        header = self.verticalHeader()
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
        header.setMinimumWidth(header.fontMetrics().horizontalAdvance("1.00 ✓") + 2 * margin)
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
        selection = self.selectionModel()
        selection.currentRowChanged.connect(self._on_current)

    def set_titles(self, left: str, right: str) -> None:
        """The column headers: each title, elided in the middle, whole in its tooltip."""
        self._model.set_titles(left, right)

    def expect_rows(self, *, keep_shown: bool = False) -> None:
        """Rows are coming: ask for them when shown (``rows_wanted``, now if shown already) and
        say "preparing" until :meth:`set_rows` gives them. With ``keep_shown`` the rows in the
        table stay until then (the same texts with other pairs); else the table is emptied."""
        self._given = [] if not keep_shown else self._given
        if not keep_shown:
            self._stale = False
            self._unmeasured.clear()
            self._measure.stop()
            self._model.extra = {}
            self._model.replace([])
        self._asked = False
        self._set_pending(True)
        if self.isVisible():
            self._ask()

    def is_preparing(self) -> bool:
        """Whether the view waits for the rows it expects."""
        return self._pending

    def set_rows(self, rows: Sequence[SynopticRow]) -> None:
        """The rows to show. A hidden view keeps them and lays its table out when first shown:
        most readers never open it."""
        self._given = list(rows)
        self._stale = True
        self._model.extra = {}  # the previous rows' (given again for these once they are in)
        self._set_pending(False)
        if self.isVisible():
            self._fill()

    def _set_pending(self, pending: bool) -> None:
        if pending != self._pending:
            self._pending = pending
            self.viewport().update()
            self.preparing_changed.emit(pending)

    def _ask(self) -> None:
        if self._pending and not self._asked:
            self._asked = True
            self.rows_wanted.emit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._fill()
        self._ask()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._pending and not self._model.rows:
            # Say why the table is empty while its rows are made.
            painter = QPainter(self.viewport())
            painter.setPen(QColor(self._scheme.dim_ink))
            painter.drawText(
                self.viewport().rect(),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("Préparation de la vue synoptique…"),
            )
            painter.end()

    def _fill(self) -> None:
        self._stale = False
        self._model.replace(self._given)
        self._start_measuring()
        if self._pending_select:
            clause, self._pending_select = self._pending_select, ""
            self.select_clause(clause)

    def measured(self) -> bool:
        """Whether every row has its height for the current column widths."""
        return not self._unmeasured

    def _start_measuring(self) -> None:
        rows = range(self._model.rowCount())
        top = max(self.rowAt(0), 0)
        bottom = self.rowAt(self.viewport().height() - 1)
        bottom = self._model.rowCount() - 1 if bottom < 0 else bottom
        seen = [r for r in rows if top <= r <= bottom]
        self._unmeasured = deque([*seen, *(r for r in rows if not top <= r <= bottom)])
        # The rows in view at once, so that the reader sees them whole: from the top row down
        # until they fill the view (measured, a treaty's rows are few to a screen).
        filled = 0
        while self._unmeasured and filled < self.viewport().height():
            row = self._unmeasured.popleft()
            height = self.sizeHintForRow(row)
            self.setRowHeight(row, height)
            filled += height
        if self._unmeasured:
            self._measure.start()

    def _measure_some(self) -> None:
        deadline = time.perf_counter() + MEASURE_SECONDS
        while self._unmeasured and time.perf_counter() < deadline:
            row = self._unmeasured.popleft()
            if row < self._model.rowCount():
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
        self._model.set_empty_shade(self._scheme.overview_background)

    def rows(self) -> list[SynopticRow]:
        """The rows given last (none while a new comparison's are prepared)."""
        return list(self._given)

    def set_extra_marks(self, marks: Mapping[int, tuple[Sequence[Mark], Sequence[Mark]]]) -> None:
        """Lay marks (a find's matches) over the cells of the rows given last (:meth:`rows`):
        row index -> (the left cell's, the right cell's), in offsets of each cell's text. They
        go when other rows are expected."""
        self._model.set_extra(marks)

    def select_clause(self, clause_id: str) -> None:
        """Select the row holding this clause (on either side), without emitting."""
        if self._stale or self._pending:  # not in the table yet: selected once it is
            self._pending_select = clause_id
            return
        for index, row in enumerate(self._model.rows):
            if clause_id in row.left_ids or clause_id in row.right_ids:
                self._quiet = True
                try:
                    self.selectRow(index)
                finally:
                    self._quiet = False
                self.scrollTo(self._model.index(index, 0))
                return

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.row()
        if self._quiet or not 0 <= row < len(self._model.rows):
            return
        entry = self._model.rows[row]
        self.row_activated.emit(
            entry.left_ids[0] if entry.left_ids else "",
            entry.right_ids[0] if entry.right_ids else "",
        )


class _CellDelegate(QStyledItemDelegate):
    """Draws a cell as the panes draw text: the label in bold, marks in the panes' formats,
    top-aligned; a selected row is tinted and framed, its text untouched.

    A cell's text laid out to measure its row is kept to draw it: laying out a long clause
    twice held the window when the rows arrived.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._documents: OrderedDict[tuple[object, ...], QTextDocument] = OrderedDict()

    def forget(self) -> None:
        """The cells changed: what was laid out is no longer theirs."""
        self._documents.clear()

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        rect = option.rect
        document = self._document(index, self._width(option, index))
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
        width = self._width(option, index)
        document = self._document(index, width)
        return QSize(width, int(document.size().height()) + 2 * CELL_MARGIN)

    def _width(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> int:
        """The column's width, whatever the option says: row heights follow the columns, and
        a cell is drawn as it was measured (the same layout, kept)."""
        view = self.parent()
        width = option.rect.width()
        if isinstance(view, QTableView):
            width = view.columnWidth(index.column())
        return width if width > 0 else 400

    def _document(self, index: QModelIndex | QPersistentModelIndex, width: int) -> QTextDocument:
        view = self.parent()
        hidden = view.hidden_groups() if isinstance(view, SynopticView) else frozenset()
        scheme = self._scheme()
        key = (index.row(), index.column(), width, hidden, scheme)
        kept = self._documents.get(key)
        if kept is not None:
            self._documents.move_to_end(key)
            return kept
        document = self._lay_out(index, width, hidden, scheme)
        self._documents[key] = document
        if len(self._documents) > KEPT_DOCUMENTS:
            self._documents.popitem(last=False)
        return document

    def _lay_out(
        self,
        index: QModelIndex | QPersistentModelIndex,
        width: int,
        hidden: frozenset[str],
        scheme: palette.Scheme,
    ) -> QTextDocument:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        marks = [m for m in index.data(MARKS_ROLE) or [] if not (m.group and m.group in hidden)]
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
