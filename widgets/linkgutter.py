"""The connector strip between the two panes: one band from each clause to its counterpart.

Bands cross where the two texts put the same topic in a different order, which is the point of
the reader. Their opacity grows with the pair's score; the selected pair is drawn framed; a pair
the analyst decided has a solid outline, a weak proposal of the engine a dashed one. The strip only
paints what it is given (``set_bands``), in its own coordinates. Clicking a band asks for its pair
(``band_activated``); hovering it shows the band's tooltip (both labels and the score).

So that it reads as pairs rather than a blob: a band whose two ends are both out of view is not
drawn (it would only be a diagonal across the strip, linking nothing the reader sees), a band
with one end out of view fades towards that end (it leads elsewhere), and the band under the
mouse and the selected pair are drawn on top in stronger colours, the others fading meanwhile.

Signals:
    band_activated(str, str): a band was clicked: its left and right clause ids.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPointF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QHelpEvent,
    QLinearGradient,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from widgets import palette
from widgets.marks import Band

STRIP_WIDTH = 56
# While a band is hovered or selected, the others keep this share of their opacity.
FADED = 0.45
# A band with one end out of view keeps this share of its opacity at that end.
LEADS_ELSEWHERE = 0.12


class LinkGutter(QWidget):
    """Paints connector bands between two text views."""

    band_activated = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bands: list[Band] = []
        self._scheme = palette.LIGHT
        self._hovered: Band | None = None
        self._mouse: QPointF | None = None
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.setMinimumWidth(STRIP_WIDTH)
        self.setAccessibleName(self.tr("Connecteurs entre clauses appariées"))

    def sizeHint(self) -> QSize:
        return QSize(STRIP_WIDTH, 400)

    def set_bands(self, bands: Sequence[Band]) -> None:
        """The bands to draw, in this widget's coordinates; repaints."""
        self._bands = list(bands)
        self._update_hover()
        self.update()

    def set_dark(self, dark: bool) -> None:
        """Colours for a dark appearance (True) or a light one."""
        self._scheme = palette.scheme(dark)
        self.update()

    def hovered_band(self) -> Band | None:
        """The band under the mouse, if any."""
        return self._hovered

    def bands(self) -> list[Band]:
        return list(self._bands)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().window())
        width = float(self.width())
        height = float(self.height())
        # Unselected first, so the selected and the hovered bands are drawn on top.
        for band in sorted(self._bands, key=self._stacking):
            if not in_view(band, height):
                continue
            path = _band_path(band, width)
            painter.fillPath(path, self._band_brush(band, width, height))
            if band.selected or band == self._hovered:
                painter.setPen(QPen(self._frame_colour(band), 1.5))
                painter.drawPath(path)
            elif (pen := _outline_pen(band, self._scheme, height)) is not None:
                painter.setPen(pen)
                painter.drawPath(path)
        painter.end()

    # -- standing out: the hovered band and the selected pair ------------------------------

    def _stacking(self, band: Band) -> int:
        return 2 if band == self._hovered else int(band.selected)

    def _band_colour(self, band: Band) -> QColor:
        scheme = self._scheme
        if band == self._hovered:
            colour = QColor(scheme.hovered_band)
            colour.setAlpha(230)
        elif band.selected:
            colour = QColor(scheme.band)  # the band's own colour at full strength, framed
            colour.setAlpha(235)
        else:
            colour = QColor(scheme.band)
            alpha = palette.band_alpha(band.score)
            if self._hovered is not None or any(b.selected for b in self._bands):
                alpha = int(alpha * FADED)
            colour.setAlpha(alpha)
        return colour

    def _band_brush(self, band: Band, width: float, height: float) -> QBrush:
        """The band's colour, fading towards an end that is out of view."""
        colour = self._band_colour(band)
        left_seen = band.left_bottom >= 0 and band.left_top <= height
        right_seen = band.right_bottom >= 0 and band.right_top <= height
        if left_seen == right_seen or band.selected or band == self._hovered:
            return QBrush(colour)
        faint = QColor(colour)
        faint.setAlpha(int(colour.alpha() * LEADS_ELSEWHERE))
        gradient = QLinearGradient(0.0, 0.0, width, 0.0)
        gradient.setColorAt(0.0, colour if left_seen else faint)
        gradient.setColorAt(1.0, faint if left_seen else colour)
        return QBrush(gradient)

    def _frame_colour(self, band: Band) -> QColor:
        return QColor(
            self._scheme.hovered_band if band == self._hovered else self._scheme.selected_frame
        )

    def band_at(self, point: QPointF) -> Band | None:
        """The band drawn on top at ``point`` (in this widget's coordinates), if any."""
        width, height = float(self.width()), float(self.height())
        for band in sorted(self._bands, key=lambda b: b.selected, reverse=True):
            if in_view(band, height) and _band_path(band, width).contains(point):
                return band
        return None

    def _update_hover(self) -> None:
        hovered = self.band_at(self._mouse) if self._mouse is not None else None
        if hovered != self._hovered:
            self._hovered = hovered
            self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._mouse = event.position()
        self._update_hover()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._mouse = None
        self._update_hover()
        super().leaveEvent(event)

    # -- the pair under the mouse: a click selects it, hovering names it ---------------------

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


def _outline_pen(band: Band, scheme: palette.Scheme, height: float) -> QPen | None:
    """Solid and dark for a pair the analyst decided, dashed for a weak proposal of the engine
    whose both ends are in view; none for a proposal the engine is confident of (its opacity
    says so already), nor for a weak one leading out of view (its outline, drawn at full
    strength, would undo the fade that says it leads elsewhere)."""
    if band.decided:
        return QPen(QColor(scheme.decided), 1.6)
    both_seen = all(
        bottom >= 0 and top <= height
        for top, bottom in ((band.left_top, band.left_bottom), (band.right_top, band.right_bottom))
    )
    if band.score < palette.WEAK_SCORE and both_seen:
        return QPen(QColor(scheme.band), 1.0, Qt.PenStyle.DashLine)
    return None


def in_view(band: Band, height: float) -> bool:
    """Whether at least one end of the band is in view (its clause's extent meets the strip)."""
    left = band.left_bottom >= 0 and band.left_top <= height
    right = band.right_bottom >= 0 and band.right_top <= height
    return left or right


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
