"""One document in the reader: its title, and its text with clauses, marks and a selection.

Data in through setters (``set_document``, ``set_clauses``, ``set_marks``, ``set_selection``),
intent out through signals. Offsets in and out are code points of the document's text; the pane
converts them to Qt's UTF-16 positions with ``widgets.textpos``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QMouseEvent,
    QPalette,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QLabel, QTextEdit, QToolTip, QVBoxLayout, QWidget

from widgets import palette
from widgets.drops import accept_local_files, dropped_paths
from widgets.framedtext import FramedTextEdit
from widgets.marks import ClauseSpan, Mark, MarkKind
from widgets.textpos import Utf16Map

# Named explicitly: Qt's default sans-serif changes with the fonts installed (PLATFORM.md).
FONT_FAMILY = "DejaVu Sans"
TEXT_POINT_SIZE = 11
MIN_POINT_SIZE = 7
MAX_POINT_SIZE = 28
#: How much of the text measures its average character width (a few paragraphs).
CHARACTER_SAMPLE = 3000
FRENCH_SAMPLE = (
    "Les Parties réaffirment leur attachement au respect mutuel de la souveraineté, de "
    "l’indépendance et de l’intégrité territoriale des États."
)


class DocumentPane(QWidget):
    """A read-only, word-wrapped document with clickable clauses.

    Signals:
        clause_activated(str): the user clicked inside a clause (its id).
        view_changed(): the visible part moved (scroll, resize, zoom, new text).
        scrolled(): the text was scrolled (not moved by the pane keeping its place on a reflow).
        file_dropped(str): a local file was dropped on the pane (to open it here).

    Attributes:
        title_label: the document's title.
        subtitle_label: date and parties under the title.
        text_view: the text itself.
    """

    clause_activated = Signal(str)
    view_changed = Signal()
    scrolled = Signal()
    file_dropped = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        title_font = QFont(FONT_FAMILY, TEXT_POINT_SIZE + 1)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.subtitle_label = QLabel()
        self.subtitle_label.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle_label.setFont(QFont(FONT_FAMILY, TEXT_POINT_SIZE - 1))
        self.text_view = FramedTextEdit()
        self.text_view.setReadOnly(True)
        self.text_view.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        # Read-only: no caret. Selecting by mouse (to copy) stays; the keys scroll the text.
        self.text_view.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text_view.setCursorWidth(0)
        self.text_view.setFont(_text_font(TEXT_POINT_SIZE))
        self.text_view.setMouseTracking(True)
        self.text_view.setAcceptDrops(False)  # read-only: a dropped file goes to the pane
        self.setAcceptDrops(True)
        self.text_view.viewport().installEventFilter(self)
        self.text_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.text_view.customContextMenuRequested.connect(self._context_menu)
        self._context_actions: list[QAction] = []
        self.text_view.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        # Once the text is laid out at a new width, show again the line that was at the top.
        self.text_view.reflowed.connect(self._keep_place)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title_label)
        layout.addWidget(self.subtitle_label)
        layout.addWidget(self.text_view, 1)
        self._text = ""
        self._utf16 = Utf16Map("")
        self._clauses: list[ClauseSpan] = []
        self._marks: list[Mark] = []
        self._hidden_groups: frozenset[str] = frozenset()
        self._selected: list[str] = []
        self._pair_marks: list[Mark] = []
        # The offset at the top of the view: kept when the text reflows (resize, zoom).
        self._top_offset = 0
        self._restoring = False
        self._scheme = palette.LIGHT

    # -- data in ---------------------------------------------------------------------------

    def set_document(self, title: str, subtitle: str, text: str) -> None:
        """Show a new document; clauses, marks and selection are cleared."""
        self.title_label.setText(title)
        self.subtitle_label.setText(subtitle)
        self._text = text
        self._utf16 = Utf16Map(text)
        self._clauses, self._marks, self._selected, self._pair_marks = [], [], [], []
        self.text_view.setPlainText(text)
        self.text_view.moveCursor(QTextCursor.MoveOperation.Start)
        self._top_offset = 0
        self.view_changed.emit()

    def set_clauses(self, clauses: Sequence[ClauseSpan]) -> None:
        """The clauses a click can activate, in document order."""
        self._clauses = list(clauses)

    def set_marks(self, marks: Sequence[Mark]) -> None:
        """The formula and shared-phrase marks of the text."""
        self._marks = list(marks)
        self._refresh()

    def set_hidden_groups(self, groups: Iterable[str]) -> None:
        """Marks of these groups (formula family ids) are not drawn."""
        self._hidden_groups = frozenset(groups)
        self._refresh()

    def set_selection(self, clause_ids: Sequence[str], pair_marks: Sequence[Mark] = ()) -> None:
        """Emphasise these clauses and draw the selected pair's marks inside them: its word
        diff, or across languages what both of its clauses state (``MarkKind.ANCHOR``)."""
        self._selected = list(clause_ids)
        self._pair_marks = list(pair_marks)
        self._refresh()

    def set_point_size(self, size: int) -> None:
        """The text's font size, kept between sensible bounds."""
        size = max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, size))
        self.text_view.setFont(_text_font(size))
        self._keep_place()

    def set_dark(self, dark: bool) -> None:
        """Light ink on dark paper (True) or the reverse; highlights adapted to stay readable."""
        self._scheme = palette.scheme(dark)
        colours = self.text_view.palette()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            colours.setColor(group, QPalette.ColorRole.Base, QColor(self._scheme.paper))
            colours.setColor(group, QPalette.ColorRole.Text, QColor(self._scheme.ink))
        self.text_view.setPalette(colours)
        self._refresh()

    # -- questions the application may ask ------------------------------------------------

    def text(self) -> str:
        """The document's raw text, exactly as shown."""
        return self._text

    def point_size(self) -> int:
        return self.text_view.font().pointSize()

    def visible_marks(self) -> list[Mark]:
        """The marks currently drawn (hidden groups left out)."""
        return [m for m in self._marks if m.group not in self._hidden_groups]

    def marks_at(self, offset: int) -> list[Mark]:
        """The drawn marks covering code point ``offset``."""
        return [m for m in self.visible_marks() + self._pair_marks if m.start <= offset < m.end]

    def clause_at(self, offset: int) -> ClauseSpan | None:
        """The clause containing code point ``offset``."""
        return next((c for c in self._clauses if c.start <= offset < c.end), None)

    def offset_at(self, point: QPoint) -> int:
        """The code-point offset under a point of the text view's viewport."""
        position = self.text_view.cursorForPosition(point).position()
        return self._utf16.to_code_point(min(position, self._utf16.utf16_length))

    def clause_extents(self, clause_ids: Iterable[str]) -> dict[str, tuple[float, float]]:
        """The top and bottom of each clause, in this pane's viewport coordinates."""
        wanted = set(clause_ids)
        scroll = self.text_view.verticalScrollBar().value()
        extents = {}
        for clause in self._clauses:
            if clause.clause_id in wanted:
                top = self._document_y(clause.start, bottom=False) - scroll
                bottom = self._document_y(max(clause.start, clause.end - 1), bottom=True) - scroll
                extents[clause.clause_id] = (top, bottom)
        return extents

    def map_y_to(self, widget: QWidget, y: float) -> float:
        """A y coordinate of this pane's viewport, in ``widget``'s coordinates."""
        viewport = self.text_view.viewport()
        return float(widget.mapFromGlobal(viewport.mapToGlobal(QPoint(0, int(y)))).y())

    def visible_offsets(self) -> tuple[int, int]:
        """The code-point offsets at the top-left and the bottom-right of the viewport: text
        ending before the first, or starting after the second, is out of view."""
        return self.offsets_between(0, self.text_view.viewport().height() - 1)

    def offsets_between(self, top: int, bottom: int) -> tuple[int, int]:
        """The code-point offsets at the left of viewport height ``top`` and the right of
        ``bottom`` (either may lie outside the viewport, over text scrolled out of it)."""
        right = max(0, self.text_view.viewport().width() - 1)
        return self.offset_at(QPoint(0, top)), self.offset_at(QPoint(right, max(top, bottom)))

    def offset_at_height(self, fraction: float) -> int:
        """The code-point offset at this fraction (0 to 1) of the viewport's height."""
        viewport = self.text_view.viewport()
        return self.offset_at(QPoint(8, int(fraction * viewport.height())))

    def chars_per_line(self) -> float:
        """How many characters of this text a line holds: the viewport's width over the text's
        average advance in the pane's font (its first lines; a French sample when empty)."""
        metrics = QFontMetricsF(self.text_view.font())
        sample = " ".join(self._text[:CHARACTER_SAMPLE].split()) or FRENCH_SAMPLE
        advance = metrics.horizontalAdvance(sample) / len(sample)
        if advance <= 0:  # a text of zero-width characters: no width to divide by
            advance = metrics.horizontalAdvance(FRENCH_SAMPLE) / len(FRENCH_SAMPLE)
        margin = 2 * self.text_view.document().documentMargin()
        return max(0.0, self.text_view.viewport().width() - margin) / advance

    def viewport_height(self) -> int:
        return self.text_view.viewport().height()

    def fraction_of(self, offset: int) -> float:
        """Where code point ``offset`` stands in the document's height, 0 to 1."""
        return self.fractions_of([offset])[0]

    def fractions_of(self, offsets: Iterable[int]) -> list[float]:
        """:meth:`fraction_of` of many offsets (the document's height asked once: each asking
        costs as much as placing an offset)."""
        height = self.text_view.document().size().height() or 1.0
        return [
            max(0.0, min(1.0, self._document_y(offset, bottom=False) / height))
            for offset in offsets
        ]

    def visible_fraction(self) -> tuple[float, float]:
        """The part of the document's height in view, as fractions."""
        height = self.text_view.document().size().height() or 1.0
        top = self.text_view.verticalScrollBar().value()
        return top / height, min(1.0, (top + self.text_view.viewport().height()) / height)

    # -- moving the view -------------------------------------------------------------------

    def scroll_to_offset(self, offset: int, anchor: float = 0.3) -> None:
        """Scroll so that code point ``offset`` stands at ``anchor`` of the view's height."""
        target = (
            self._document_y(offset, bottom=False) - anchor * self.text_view.viewport().height()
        )
        self.text_view.verticalScrollBar().setValue(int(max(0.0, target)))

    def open_at(self, offset: int) -> None:
        """Show the text from code point ``offset``'s line, and keep that line at the top when
        the pane is first shown or resized (the view may not be laid out yet): where a text
        opens is not a scroll of the user's, so no other pane follows it."""
        self._top_offset = max(0, min(offset, len(self._text)))
        # The caret goes there too: Qt scrolls a caret left above into view again when the
        # layout settles, which would show the text's top after all.
        cursor = self.text_view.textCursor()
        cursor.setPosition(self._utf16_of(self._top_offset))
        self.text_view.setTextCursor(cursor)
        self._keep_place()

    def scroll_to_fraction(self, fraction: float) -> None:
        """Scroll so that this fraction of the document's height is in the middle of the view."""
        height = self.text_view.document().size().height()
        target = fraction * height - self.text_view.viewport().height() / 2
        self.text_view.verticalScrollBar().setValue(int(max(0.0, target)))

    def scroll_by_pixels(self, delta: float) -> None:
        bar = self.text_view.verticalScrollBar()
        bar.setValue(int(bar.value() + delta))

    # -- inside ------------------------------------------------------------------------------

    def _document_y(self, offset: int, *, bottom: bool) -> float:
        document = self.text_view.document()
        position = self._utf16.to_utf16(max(0, min(offset, len(self._text))))
        block = document.findBlock(position)
        if not block.isValid():
            return document.size().height()
        rect = document.documentLayout().blockBoundingRect(block)
        layout = block.layout()
        line = layout.lineForTextPosition(position - block.position()) if layout else None
        if line is None or not line.isValid():
            return rect.bottom() if bottom else rect.top()
        return rect.top() + (line.y() + line.height() if bottom else line.y())

    def _refresh(self) -> None:
        selections: list[QTextEdit.ExtraSelection] = []
        for clause in self._clauses:
            if clause.clause_id in self._selected:
                fmt = _selected_format(self._scheme)
                selections.append(self._selection(clause.start, clause.end, fmt))
        frames = []
        for mark in self.visible_marks() + self._pair_marks:
            if mark.kind is MarkKind.ANCHOR:
                frames.append((self._utf16_of(mark.start), self._utf16_of(mark.end)))
                continue
            fmt = _mark_format(mark, self._scheme)
            selections.append(self._selection(mark.start, mark.end, fmt))
        self.text_view.setExtraSelections(selections)
        self.text_view.set_frames(frames, self._scheme.anchor)

    def _utf16_of(self, offset: int) -> int:
        return self._utf16.to_utf16(max(0, min(offset, len(self._text))))

    def _selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        cursor = QTextCursor(self.text_view.document())
        cursor.setPosition(self._utf16.to_utf16(max(0, min(start, len(self._text)))))
        cursor.setPosition(
            self._utf16.to_utf16(max(0, min(end, len(self._text)))),
            QTextCursor.MoveMode.KeepAnchor,
        )
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format = fmt
        return selection

    @Slot()
    def _on_scrolled(self) -> None:
        if not (self._restoring or self.text_view.reflowing):
            self._top_offset = self.offset_at(QPoint(4, 2))
            self.scrolled.emit()
        self.view_changed.emit()

    def _keep_place(self) -> None:
        """After the text reflowed, show again the line that was at the top."""
        self._restoring = True
        try:
            self.scroll_to_offset(self._top_offset, anchor=0.0)
        finally:
            self._restoring = False
        self.view_changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.text_view.viewport():
            if event.type() == QEvent.Type.MouseButtonRelease:
                self._on_click(event)  # type: ignore[arg-type]
            elif event.type() == QEvent.Type.ToolTip:
                self._show_tooltip(event)  # type: ignore[arg-type]
                return True
        return super().eventFilter(watched, event)

    def _on_click(self, event: QMouseEvent) -> None:
        if (
            event.button() != Qt.MouseButton.LeftButton
            or self.text_view.textCursor().hasSelection()
        ):
            return  # a drag that selects text is not a click on a clause
        clause = self.clause_at(self.offset_at(event.position().toPoint()))
        if clause is not None:
            self.clause_activated.emit(clause.clause_id)

    def set_context_actions(self, actions: Sequence[QAction]) -> None:
        """Actions added to the text's context menu (after Copy and Select All)."""
        self._context_actions = list(actions)

    def _context_menu(self, point: QPoint) -> None:
        """A right click on a clause chooses it first (as a left click does), so the menu's
        actions (link, unlink...) act on the clause under the mouse."""
        clause = self.clause_at(self.offset_at(point))
        if clause is not None and not self.text_view.textCursor().hasSelection():
            self.clause_activated.emit(clause.clause_id)
        menu = self.text_view.createStandardContextMenu(point)
        if self._context_actions:
            menu.addSeparator()
            menu.addActions(self._context_actions)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.text_view.viewport().mapToGlobal(point))

    def _show_tooltip(self, event: QHelpEvent) -> None:
        offset = self.offset_at(event.pos())
        tips = list(dict.fromkeys(m.tooltip for m in self.marks_at(offset) if m.tooltip))
        clause = self.clause_at(offset)
        if clause is not None:
            tips.insert(0, clause.label)
        if tips:
            QToolTip.showText(event.globalPos(), "\n".join(tips), self.text_view.viewport())
        else:
            QToolTip.hideText()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        accept_local_files(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_paths(event)
        if paths:
            self.file_dropped.emit(paths[0])  # one pane, one document


def _text_font(size: int) -> QFont:
    font = QFont(FONT_FAMILY, size)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font


def _selected_format(scheme: palette.Scheme) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(scheme.selected_fill))
    return fmt


def _mark_format(mark: Mark, scheme: palette.Scheme) -> QTextCharFormat:
    """How a mark is drawn in this scheme: fills are adapted to the ink (7:1), the colours the
    palette owns (phrases, diff, dim text) are the scheme's."""
    fmt = QTextCharFormat()
    if mark.kind is MarkKind.FORMULA:
        fmt.setBackground(QColor(scheme.fill(mark.colour)))
        fmt.setForeground(QColor(scheme.ink))
    elif mark.kind in (MarkKind.PHRASE, MarkKind.NEAR_PHRASE):
        fmt.setFontUnderline(True)
        fmt.setUnderlineColor(QColor(scheme.shared_phrase))
        fmt.setUnderlineStyle(
            QTextCharFormat.UnderlineStyle.SingleUnderline
            if mark.kind is MarkKind.PHRASE
            else QTextCharFormat.UnderlineStyle.DotLine
        )
    elif mark.kind is MarkKind.DELETE:
        # Ink only, so formula colours stay visible under the diff.
        fmt.setForeground(QColor(scheme.diff_delete_ink))
        fmt.setFontStrikeOut(True)
    elif mark.kind is MarkKind.INSERT:
        fmt.setForeground(QColor(scheme.diff_insert_ink))
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(QColor(scheme.diff_insert_ink))
    elif mark.kind is MarkKind.ANCHOR:
        # Where a format is laid out (the synoptic view): bold over a dashed line, which no
        # other mark draws; ink and fill left as they are (a formula's colour shows through).
        # The pane frames these spans instead (an extra selection cannot make text bold).
        fmt.setFontWeight(QFont.Weight.Bold)
        fmt.setFontUnderline(True)
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
        fmt.setUnderlineColor(QColor(scheme.anchor))
    elif mark.kind is MarkKind.DIM:
        fmt.setForeground(QColor(scheme.dim_ink))
    elif mark.kind is MarkKind.LABEL:
        fmt.setFontWeight(QFont.Weight.Bold)
    else:  # a search hit, a match of a find
        fmt.setBackground(QColor(scheme.fill(mark.colour)))
        fmt.setForeground(QColor(scheme.ink))
        fmt.setFontWeight(QFont.Weight.Bold)
        if mark.kind is MarkKind.FIND:  # told apart from a formula's fill of a like colour
            fmt.setFontUnderline(True)
            fmt.setUnderlineColor(QColor(scheme.ink))
    return fmt


#: How a mark looks; the synoptic view draws its cells' marks the same way.
mark_format = _mark_format
