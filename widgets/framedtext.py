"""A read-only text view that can draw a frame around spans of its text.

A selected pair across languages shows what both of its clauses state (a formula, a name, a
date) framed on both sides. ``QTextEdit``'s extra selections change only how text is painted,
never its layout (they cannot make it bold), and their lines are thin: a frame, drawn over the
text after it is painted, stands out without moving a character, and leaves the formula's
colour and the selection's shade visible inside it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QResizeEvent, QTextLine
from PySide6.QtWidgets import QTextEdit, QWidget

#: The frame's line width and corner radius, in pixels.
FRAME_WIDTH = 1.6
FRAME_RADIUS = 3.0


class FramedTextEdit(QTextEdit):
    """A ``QTextEdit`` that frames some spans (UTF-16 positions of its document), and says
    when its text was laid out again at a new width (``reflowed``)."""

    reflowed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: True while the text is laid out again at a new width: the scroll bar's moves then
        #: are the layout's, not the user's.
        self.reflowing = False
        self._frames: list[tuple[int, int]] = []
        self._frame_colour = QColor("#000000")

    def set_frames(self, spans: Sequence[tuple[int, int]], colour: str) -> None:
        """Frame these spans (``[start, end)`` in UTF-16 positions) in ``colour``; ``()`` for
        none."""
        self._frames = [(start, end) for start, end in spans if end > start]
        self._frame_colour = QColor(colour)
        self.viewport().update()

    def frame_rects(self) -> list[QRectF]:
        """Each framed span's rectangles, one per line it runs over, in viewport coordinates."""
        dx = -self.horizontalScrollBar().value()
        dy = -self.verticalScrollBar().value()
        return [
            rect.translated(dx, dy)
            for start, end in self._frames
            for rect in self._rects(start, end)
        ]

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.reflowing = True
        try:
            super().resizeEvent(event)
        finally:
            self.reflowing = False
        self.reflowed.emit()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._frames:
            return
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self._frame_colour, FRAME_WIDTH)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        visible = QRectF(event.rect())
        for rect in self.frame_rects():
            if rect.intersects(visible):
                painter.drawRoundedRect(rect.adjusted(-1, 0, 1, 0), FRAME_RADIUS, FRAME_RADIUS)
        painter.end()

    def _rects(self, start: int, end: int) -> list[QRectF]:
        """The span's rectangle on each line it covers, in document coordinates."""
        document = self.document()
        layout = document.documentLayout()
        rects: list[QRectF] = []
        position = start
        while position < end:
            block = document.findBlock(position)
            if not block.isValid() or block.layout() is None:
                break
            text_layout = block.layout()
            origin = layout.blockBoundingRect(block).topLeft()
            inside = position - block.position()
            line = text_layout.lineForTextPosition(inside)
            if not line.isValid():
                break
            line_end = min(end, block.position() + line.textStart() + line.textLength())
            if line_end <= position:  # at a block's end: go on with the next block
                position = block.position() + block.length()
                continue
            last = line_end - block.position()
            if last > inside and block.text()[last - 1 : last].isspace():
                last -= 1  # a line broken after the span's word: frame the word, not the gap
            left, right = _x(line, inside), _x(line, last)
            rects.append(
                QRectF(origin.x() + left, origin.y() + line.y(), right - left, line.height())
            )
            position = line_end
        return rects


def _x(line: QTextLine, position: int) -> float:
    """Where a cursor at ``position`` (of the line's block) stands on the line."""
    # PySide6 types the result "object": it is (x, position).
    found: tuple[float, int] = line.cursorToX(position)  # type: ignore[assignment]
    return found[0]
