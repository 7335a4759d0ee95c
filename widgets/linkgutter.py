"""The connector strip between the two panes: one band from each clause to its counterpart.

Bands cross where the two texts put the same topic in a different order, which is the point of
the reader. Their opacity grows with the pair's score; the selected pair is drawn framed; a pair
the analyst decided has a solid outline, a weak proposal of the engine a dashed one. The strip only
paints what it is given (``set_bands``), in its own coordinates. Clicking a band asks for its pair
(``band_activated``); hovering it shows the band's tooltip (both labels and the score).

Signals:
    band_activated(str, str): a band was clicked: its left and right clause ids.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QHelpEvent, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from widgets import palette
from widgets.marks import Band

STRIP_WIDTH = 56


class LinkGutter(QWidget):
    """Paints connector bands between two text views."""

    band_activated = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bands: list[Band] = []
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.setMinimumWidth(STRIP_WIDTH)
        self.setAccessibleName(self.tr("Connecteurs entre clauses appariées"))

    def sizeHint(self) -> QSize:
        return QSize(STRIP_WIDTH, 400)

    def set_bands(self, bands: Sequence[Band]) -> None:
        """The bands to draw, in this widget's coordinates; repaints."""
        self._bands = list(bands)
        self.update()

    def bands(self) -> list[Band]:
        return list(self._bands)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().window())
        width = float(self.width())
        height = float(self.height())
        # Unselected first, so the selected band is drawn on top.
        for band in sorted(self._bands, key=lambda b: b.selected):
            if (
                max(band.left_bottom, band.right_bottom) < 0
                or min(band.left_top, band.right_top) > height
            ):
                continue
            path = _band_path(band, width)
            colour = QColor(palette.SELECTED_FRAME if band.selected else palette.BAND)
            colour.setAlpha(palette.band_alpha(band.score) if not band.selected else 200)
            painter.fillPath(path, colour)
            if band.selected:
                painter.setPen(QPen(QColor(palette.SELECTED_FRAME), 1.5))
                painter.drawPath(path)
            elif (pen := _outline_pen(band)) is not None:
                painter.setPen(pen)
                painter.drawPath(path)
        painter.end()

    # -- the pair under the mouse: a click selects it, hovering names it ---------------------

    def band_at(self, point: QPointF) -> Band | None:
        """The band under a point of this widget (the selected one, then the narrowest)."""
        width = float(self.width())
        hits = [band for band in self._bands if _band_path(band, width).contains(point)]
        hits.sort(key=lambda b: (not b.selected, b.left_bottom - b.left_top))
        return hits[0] if hits else None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        band = self.band_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and band is not None and band.left_id:
            self.band_activated.emit(band.left_id, band.right_id)
        else:
            super().mousePressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            band = self.band_at(QPointF(event.pos()))
            if band is not None and band.tooltip:
                QToolTip.showText(event.globalPos(), band.tooltip, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)


def _outline_pen(band: Band) -> QPen | None:
    """Solid and dark for a pair the analyst decided, dashed for a weak proposal of the engine;
    none for a proposal the engine is confident of (its opacity says so already)."""
    if band.decided:
        return QPen(QColor(palette.DECIDED), 1.6)
    if band.score < palette.WEAK_SCORE:
        return QPen(QColor(palette.BAND), 1.0, Qt.PenStyle.DashLine)
    return None


def _band_path(band: Band, width: float) -> QPainterPath:
    """A ribbon from the left clause's extent to the right clause's, with curved sides."""
    middle = width / 2
    path = QPainterPath(QPointF(0, band.left_top))
    path.cubicTo(
        QPointF(middle, band.left_top),
        QPointF(middle, band.right_top),
        QPointF(width, band.right_top),
    )
    path.lineTo(QPointF(width, band.right_bottom))
    path.cubicTo(
        QPointF(middle, band.right_bottom),
        QPointF(middle, band.left_bottom),
        QPointF(0, band.left_bottom),
    )
    path.closeSubpath()
    path.setFillRule(Qt.FillRule.WindingFill)
    return path
