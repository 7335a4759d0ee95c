"""An overview bar beside a pane: the whole document at a glance, clickable.

Two thin columns: clauses (paired in blue, unpaired in grey) and formula hits in their family's
colour, plus a frame for the part in view. A click asks to show that place
(``position_requested``). The picture is cached and redrawn only when marks or size change.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from widgets import palette
from widgets.marks import OverviewMark

BAR_WIDTH = 18


class OverviewBar(QWidget):
    """A miniature of a document's marks.

    Signals:
        position_requested(float): the user clicked at this fraction of the document's height.
    """

    position_requested = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._marks: list[OverviewMark] = []
        self._view = (0.0, 0.0)
        self._cache: QPixmap | None = None
        self._scheme = palette.LIGHT
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.setFixedWidth(BAR_WIDTH)
        self.setToolTip(self.tr("Vue d’ensemble : cliquer pour aller à cet endroit"))

    def sizeHint(self) -> QSize:
        return QSize(BAR_WIDTH, 400)

    def set_marks(self, marks: Sequence[OverviewMark]) -> None:
        self._marks = list(marks)
        self._cache = None
        self.update()

    def set_dark(self, dark: bool) -> None:
        """Colours for a dark appearance (True) or a light one."""
        self._scheme = palette.scheme(dark)
        self._cache = None
        self.update()

    def set_view(self, top: float, bottom: float) -> None:
        """The part of the document in view, as fractions."""
        self._view = (top, bottom)
        self.update()

    def marks(self) -> list[OverviewMark]:
        return list(self._marks)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.height() > 0:
            self.position_requested.emit(max(0.0, min(1.0, event.position().y() / self.height())))

    def resizeEvent(self, event: object) -> None:
        self._cache = None
        super().resizeEvent(event)  # type: ignore[arg-type]

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._cache is None or self._cache.size() != self.size():
            self._cache = self._draw_marks()
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._cache)
        top, bottom = self._view
        painter.setPen(QPen(QColor(self._scheme.selected_frame), 1))
        painter.drawRect(
            QRectF(
                0.5,
                top * self.height(),
                self.width() - 1.0,
                max(2.0, (bottom - top) * self.height()),
            )
        )
        painter.end()

    def _draw_marks(self) -> QPixmap:
        pixmap = QPixmap(self.size())
        pixmap.fill(QColor(self._scheme.overview_background))
        painter = QPainter(pixmap)
        column_width = self.width() / 2
        for mark in self._marks:
            top = mark.top * self.height()
            height = max(2.0, (mark.bottom - mark.top) * self.height())
            painter.fillRect(
                QRectF(mark.column * column_width + 1, top, column_width - 2, height),
                QColor(mark.colour),
            )
        painter.end()
        return pixmap
