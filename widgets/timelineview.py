"""The timeline chart on screen: drawn in the palette's colours, its bars clicked or walked by keys.

The drawing is :func:`widgets.timelinechart.draw_timeline`'s, the same as the command line's
image; this view gives it the widget's palette (light or dark, whichever the application set),
marks the years the search is narrowed to, and turns a click on a bar, or Enter on the bar
chosen with the arrow keys, into a signal. It knows nothing of searches.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from widgets.timelinechart import (
    GROUP_COLOURS,
    BarPlace,
    ChartColours,
    ChartPlaces,
    TimelineChart,
    draw_timeline,
    figure_text,
)

#: How far the grid lines go from the paper's colour towards the ink's.
GRID_SHARE = 0.18
#: The chosen years' band: the palette's highlight at this opacity (0-255).
BAND_ALPHA = 40
#: The height in pixels of the strip under the chosen years, on the axis.
STRIP = 4.0
#: Up to this many chosen years get their label shown in the highlight.
LABELLED_CHOICE = 3


def mixed(first: QColor, second: QColor, share: float) -> QColor:
    """``first`` moved ``share`` of the way towards ``second``."""
    return QColor.fromRgbF(
        first.redF() + (second.redF() - first.redF()) * share,
        first.greenF() + (second.greenF() - first.greenF()) * share,
        first.blueF() + (second.blueF() - first.blueF()) * share,
    )


def palette_colours(palette: QPalette) -> ChartColours:
    """The chart's colours from a widget's palette: its base as paper, its text as ink, the
    grid between them; the groups keep the colour-blind-safe colours, which read on both."""
    paper = palette.color(QPalette.ColorRole.Base)
    ink = palette.color(QPalette.ColorRole.Text)
    return ChartColours(
        paper.name(), ink.name(), mixed(paper, ink, GRID_SHARE).name(), GROUP_COLOURS
    )


class TimelineChartView(QWidget):
    """A search's timeline, drawn to fill the widget.

    Signals:
        bar_chosen(int, int): the user clicked a bar, or pressed Enter on it: the year's index
            in the chart and the group's index in its series, or -1 for the whole year (a click
            in the year's column, off its bar).
    """

    bar_chosen = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chart: TimelineChart | None = None
        self._empty_text = ""
        self._places = ChartPlaces(QRectF(), 0.0, ())
        self._chosen: tuple[str, str] = ("", "")
        self._current: tuple[int, int] | None = None  # the bar walked to by keys
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(320, 220)  # room for the title, a legend row and a plot
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Chronologie de la recherche"))

    # -- data in -----------------------------------------------------------------------------

    def set_chart(self, chart: TimelineChart | None, empty_text: str = "") -> None:
        """Show ``chart``; with none, ``empty_text`` instead (what to do to get one)."""
        self._chart = chart
        self._empty_text = empty_text
        self._current = None
        self._places = ChartPlaces(QRectF(), 0.0, ())
        self._describe()
        self.update()

    def set_chosen_years(self, first: str, last: str) -> None:
        """Mark the years from ``first`` to ``last`` (``YYYY…``, either empty for no bound; both
        empty: none), those the search's results are narrowed to."""
        self._chosen = (first[:4], last[:4])
        self.update()

    def chart(self) -> TimelineChart | None:
        return self._chart

    def places(self) -> ChartPlaces:
        """Where the bars were drawn last (empty before the first paint)."""
        return self._places

    def current(self) -> tuple[int, int] | None:
        """The bar walked to by keys: the year's index and the group's."""
        return self._current

    # -- drawing ------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        area = QRectF(self.rect())
        if self._chart is None or not self._chart.years:
            painter.fillRect(area, palette.color(QPalette.ColorRole.Base))
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                area.adjusted(12, 12, -12, -12),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self._empty_text,
            )
            painter.end()
            return
        self._places = draw_timeline(painter, area, self._chart, palette_colours(palette))
        self._draw_chosen_years(painter, palette)
        self._draw_current(painter, palette)
        painter.end()

    def _draw_chosen_years(self, painter: QPainter, palette: QPalette) -> None:
        """A light tint over the chosen years' columns, and a solid strip under them on the
        axis, in the palette's highlight: seen in a long span of thin bars too."""
        assert self._chart is not None
        first, last = self._chosen
        if not (first or last):
            return
        highlight = palette.color(QPalette.ColorRole.Highlight)
        tint = QColor(highlight)
        tint.setAlpha(BAND_ALPHA)
        plot, slot = self._places.plot, self._places.slot
        chosen = [
            index
            for index, year in enumerate(self._chart.years)
            if (not first or year >= first) and (not last or year <= last)
        ]
        for index in chosen:
            left = plot.left() + index * slot
            painter.fillRect(QRectF(left, plot.top(), slot, plot.height()), tint)
            width = max(slot, 3.0)
            strip = QRectF(left + (slot - width) / 2, plot.bottom() + 1, width, STRIP)
            painter.fillRect(strip, highlight)
        if 0 < len(chosen) <= LABELLED_CHOICE:
            # A year or two chosen among many thin bars: their labels, shown in the highlight
            # over the axis's (which may label only one year in ten).
            font = QFont(self.font())
            font.setPixelSize(max(11, int(self.height() / 38)))  # the chart's own size
            painter.setFont(font)
            metrics = QFontMetricsF(font)
            for index in chosen:
                year = self._chart.years[index]
                centre = plot.left() + (index + 0.5) * slot
                width = metrics.horizontalAdvance(year) + 8
                pill = QRectF(
                    centre - width / 2, plot.bottom() + STRIP + 1, width, metrics.height()
                )
                painter.fillRect(pill, highlight)
                painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
                painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, year)

    def _draw_current(self, painter: QPainter, palette: QPalette) -> None:
        bar = self._current_bar()
        if bar is None or not self.hasFocus():
            return
        pen = QPen(palette.color(QPalette.ColorRole.Text), 2, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(bar.rect.adjusted(-2, -2, 2, 2))

    # -- intent out ---------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._chart is None:
            super().mousePressEvent(event)
            return
        point = event.position()
        bar = self._places.bar_at(point.x(), point.y())
        if bar is not None:
            self._current = (bar.year, bar.group)
            self._describe()
            self.bar_chosen.emit(bar.year, bar.group)
            return
        year = self._places.year_at(point.x())
        below = point.y() <= self._places.plot.bottom() + self._line()  # the year's label too
        if year is not None and below and any(b.year == year for b in self._places.bars):
            self.bar_chosen.emit(year, -1)  # a year with figures, off its bar

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        bars = self._places.bars
        if not bars:
            super().keyPressEvent(event)
            return
        years = sorted({b.year for b in bars})
        year, group = self._current or (years[0], -1)
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_Home, Qt.Key.Key_End):
            place = years.index(year) if year in years else 0
            if self._current is not None:
                place += {Qt.Key.Key_Right: 1, Qt.Key.Key_Left: -1}.get(Qt.Key(key), 0)
            if key == Qt.Key.Key_Home:
                place = 0
            elif key == Qt.Key.Key_End:
                place = len(years) - 1
            year = years[max(0, min(len(years) - 1, place))]
            parts = [b.group for b in bars if b.year == year]
            self._move((year, group if group in parts else parts[0]))
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            parts = [b.group for b in bars if b.year == year]
            place = parts.index(group) if group in parts else 0
            place += 1 if key == Qt.Key.Key_Up else -1  # up the stack: the next group
            self._move((year, parts[max(0, min(len(parts) - 1, place))]))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            if self._current is not None:
                self.bar_chosen.emit(*self._current)
        else:
            super().keyPressEvent(event)

    def _move(self, current: tuple[int, int]) -> None:
        self._current = current
        self._describe()
        self.update()

    def focusInEvent(self, event: QFocusEvent) -> None:
        if self._current is None and self._places.bars:
            first = self._places.bars[0]
            self._current = (first.year, first.group)
            self._describe()
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            point = QPointF(event.pos())
            bar = self._places.bar_at(point.x(), point.y())
            if bar is None and self._chart is not None:
                QToolTip.showText(event.globalPos(), self.hint(), self)
            elif bar is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.bar_text(bar), self)
            return True
        return super().event(event)

    # -- words --------------------------------------------------------------------------------

    def hint(self) -> str:
        """What a click does (the tooltip off the bars)."""
        return self.tr(
            "Cliquez une barre (ou choisissez-la aux flèches, puis Entrée) pour ne montrer que "
            "les résultats de son année ; une part d’une barre répartie, ceux de sa partie ou "
            "de sa langue."
        )

    def bar_text(self, bar: BarPlace) -> str:
        """What a part of a bar counts, in words: "2023 : 12 (États-Unis : 5)"."""
        assert self._chart is not None
        chart = self._chart
        total = sum(s.values[bar.year] for s in chart.series)
        text = self.tr("{0} : {1} {2}").format(
            chart.years[bar.year], figure_text(total), chart.axis_label
        )
        group = chart.series[bar.group]
        if group.label:
            text += f" ({group.label} : {figure_text(group.values[bar.year])})"
        return text

    def _current_bar(self) -> BarPlace | None:
        if self._current is None:
            return None
        year, group = self._current
        return next((b for b in self._places.bars if b.year == year and b.group == group), None)

    def _describe(self) -> None:
        """Tell screen readers what the chart shows, and which bar the keys are on."""
        bar = self._current_bar()
        if self._chart is None:
            self.setAccessibleDescription(self._empty_text)
        elif bar is not None:
            self.setAccessibleDescription(self.bar_text(bar))
        else:
            self.setAccessibleDescription(f"{self._chart.title}. {self.hint()}")

    def _line(self) -> float:
        return float(self.fontMetrics().height()) * 1.5
