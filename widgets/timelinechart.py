"""A timeline chart: figures per year as bars, stacked by group, drawn onto any QPainter.

One pure drawing function (:func:`draw_timeline`) for every place a search's timeline is shown:
an image or SVG file written by the command line (``search --by-year --plot``), and later the
window's timeline dock and the PDF report. It reads nothing but the :class:`TimelineChart` it
is given, and draws in the painter's current device, so a screen, an image and an SVG file get
the same chart. Its colours are given (:class:`ChartColours`: the window passes its palette's,
light or dark; files get black on white), and it returns where each bar was drawn
(:class:`ChartPlaces`), so that a view can tell which bar a click or a key lands on.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

#: Colours of the groups, in order: Okabe and Ito's palette, told apart by colour-blind readers.
GROUP_COLOURS = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#56B4E9",
    "#D55E00",
    "#F0E442",
    "#999999",
)
BACKGROUND = "#ffffff"
INK = "#202020"
GRID = "#d8d8d8"


@dataclass(frozen=True, slots=True)
class ChartColours:
    """The colours a chart is drawn in: its paper, its ink (text, axis), its grid lines and
    each group's colour in turn."""

    background: str = BACKGROUND
    ink: str = INK
    grid: str = GRID
    groups: tuple[str, ...] = GROUP_COLOURS


@dataclass(frozen=True, slots=True)
class BarPlace:
    """Where one group's part of one year's bar was drawn."""

    year: int  # the index in ``TimelineChart.years``
    group: int  # the index in ``TimelineChart.series``
    rect: QRectF


@dataclass(frozen=True, slots=True)
class ChartPlaces:
    """Where a drawn chart put its bars: the plot's rectangle, the width of a year's column
    in it, and each part of each bar (bottom part first, years in order)."""

    plot: QRectF
    slot: float
    bars: tuple[BarPlace, ...]

    def year_at(self, x: float) -> int | None:
        """The index of the year whose column holds ``x``; None outside the plot."""
        if self.slot <= 0 or not self.plot.left() <= x < self.plot.right():
            return None
        return int((x - self.plot.left()) / self.slot)

    def bar_at(self, x: float, y: float) -> BarPlace | None:
        """The part of a bar under the point, if any."""
        return next((bar for bar in self.bars if bar.rect.contains(x, y)), None)


@dataclass(frozen=True, slots=True)
class ChartSeries:
    """One group's figure for each year of the chart, and its name in the legend (none when
    the chart is not split)."""

    label: str
    values: tuple[float, ...]


@dataclass(frozen=True, slots=True)
class TimelineChart:
    """What a timeline chart shows.

    Attributes:
        title: the line above the chart (the query).
        years: the years of the x axis, in order (``YYYY``).
        series: the stacked groups, bottom first; each has a value per year.
        axis_label: what the bars count ("occurrences", "documents").
        note: a line under the chart (what the bars leave out: undated documents).
    """

    title: str
    years: tuple[str, ...]
    series: tuple[ChartSeries, ...]
    axis_label: str
    note: str = ""


def round_step(largest: int, most_ticks: int = 6) -> int:
    """A round step (1, 2 or 5 times a power of ten, at least 1) for a y axis up to ``largest``
    with at most ``most_ticks`` steps."""
    if largest <= 0:
        return 1
    rough = largest / most_ticks
    power = 10 ** math.floor(math.log10(rough)) if rough >= 1 else 1
    for factor in (1, 2, 5, 10):
        if factor * power >= rough:
            return max(1, int(factor * power))
    return 10 * power


def label_every(years: int, slot: float, label_width: float) -> int:
    """Label one year in this many (1, 2, 5, 10, 20, 25, 50 or 100), so that labels
    ``label_width`` wide under bars ``slot`` apart do not overlap."""
    for every in (1, 2, 5, 10, 20, 25, 50, 100):
        if every * slot >= label_width or every >= years:
            return every
    return 100


def draw_timeline(
    painter: QPainter,
    area: QRectF,
    chart: TimelineChart,
    colours: ChartColours | None = None,
) -> ChartPlaces:
    """Draw ``chart`` inside ``area`` of ``painter``'s device: title, legend, y scale with round
    ticks and grid lines, one stacked bar per year, years labelled without overlap, the note.

    Returns:
        where the bars were drawn.
    """
    colours = colours or ChartColours()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.fillRect(area, QColor(colours.background))
    base = QFont(painter.font())
    base.setPixelSize(max(11, int(area.height() / 38)))
    painter.setFont(base)
    metrics = QFontMetricsF(base)
    line = metrics.height()
    title_font = QFont(base)
    title_font.setPixelSize(int(base.pixelSize() * 1.35))
    title_font.setBold(True)
    ink = QColor(colours.ink)

    top = area.top() + line * 0.6
    painter.setFont(title_font)
    painter.setPen(ink)
    title_height = QFontMetricsF(title_font).height()
    title_text = QFontMetricsF(title_font).elidedText(
        chart.title, Qt.TextElideMode.ElideRight, area.width() - 2 * line
    )
    painter.drawText(
        QRectF(area.left(), top, area.width(), title_height),
        Qt.AlignmentFlag.AlignHCenter,
        title_text,
    )
    top += title_height + line * 0.4
    painter.setFont(base)

    labelled = [s for s in chart.series if s.label]
    if labelled:
        top = _draw_legend(painter, area, top, labelled, metrics, colours.groups) + line * 0.4

    totals = [sum(s.values[i] for s in chart.series) for i in range(len(chart.years))]
    largest = math.ceil(max(totals, default=0) - 1e-9)
    step = round_step(largest)
    ceiling = step * max(1, math.ceil(largest / step))
    tick_width = metrics.horizontalAdvance(str(ceiling))
    left = area.left() + line * 1.6 + tick_width + line * 0.6
    right = area.right() - line
    bottom = area.bottom() - line * (2.6 if chart.note else 1.6) - line
    plot = QRectF(left, top + line * 1.2, right - left, bottom - top - line * 1.2)

    # y axis: grid lines at round ticks, their values, the axis's name turned upright
    for tick in range(0, ceiling + 1, step):
        y = plot.bottom() - plot.height() * tick / ceiling
        painter.setPen(QPen(QColor(colours.grid) if tick else ink, 1))
        painter.drawLine(QLineF(plot.left(), y, plot.right(), y))
        painter.setPen(ink)
        painter.drawText(
            QRectF(plot.left() - tick_width - line * 0.5, y - line / 2, tick_width, line),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            str(tick),
        )
    painter.save()
    painter.translate(area.left() + line * 0.2, plot.center().y())
    painter.rotate(-90)
    painter.drawText(
        QRectF(-plot.height() / 2, 0, plot.height(), line),
        Qt.AlignmentFlag.AlignCenter,
        chart.axis_label,
    )
    painter.restore()

    # bars, stacked bottom first; years under them, one in every few when they are many
    count = max(1, len(chart.years))
    slot = plot.width() / count
    gap = min(slot * 0.2, 6.0) if slot > 3 else 0.0
    bars: list[BarPlace] = []
    for index in range(len(chart.years)):
        x = plot.left() + index * slot + gap / 2
        y = plot.bottom()
        for number, group in enumerate(chart.series):
            value = group.values[index]
            if not value:
                continue
            height = plot.height() * value / ceiling
            rect = QRectF(x, y - height, max(1.0, slot - gap), height)
            painter.fillRect(rect, QColor(colours.groups[number % len(colours.groups)]))
            bars.append(BarPlace(index, number, rect))
            y -= height
    # each bar's figure above it, where it fits (bars far apart in a long span are thin)
    painter.setPen(ink)
    for index, total in enumerate(totals):
        text = f"{total:.0f}" if abs(total - round(total)) < 1e-6 else f"{total:.1f}"
        if total and metrics.horizontalAdvance(text) <= slot * 1.6:
            centre = plot.left() + (index + 0.5) * slot
            top_of_bar = plot.bottom() - plot.height() * total / ceiling
            painter.drawText(
                QRectF(centre - slot, top_of_bar - line * 1.05, slot * 2, line),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                text,
            )
    every = label_every(len(chart.years), slot, metrics.horizontalAdvance("0000") + line * 0.6)
    painter.setPen(ink)
    for index, year in enumerate(chart.years):
        if int(year) % every and len(chart.years) > 1:
            continue
        centre = plot.left() + (index + 0.5) * slot
        painter.drawLine(QLineF(centre, plot.bottom(), centre, plot.bottom() + line * 0.25))
        painter.drawText(
            QRectF(centre - line * 2, plot.bottom() + line * 0.3, line * 4, line),
            Qt.AlignmentFlag.AlignHCenter,
            year,
        )
    if chart.note:
        painter.drawText(
            QRectF(plot.left(), area.bottom() - line * 1.5, plot.width(), line),
            Qt.AlignmentFlag.AlignRight,
            chart.note,
        )
    painter.restore()
    return ChartPlaces(plot, slot, tuple(bars))


def _draw_legend(
    painter: QPainter,
    area: QRectF,
    top: float,
    groups: Sequence[ChartSeries],
    metrics: QFontMetricsF,
    palette: Sequence[str],
) -> float:
    """The groups' colours and names in rows across the chart; returns the y under them."""
    line = metrics.height()
    swatch = line * 0.8
    x, y = area.left() + line * 1.6, top
    for number, group in enumerate(groups):
        text = metrics.elidedText(group.label, Qt.TextElideMode.ElideRight, area.width() / 3)
        width = swatch + line * 0.3 + metrics.horizontalAdvance(text) + line
        if x + width > area.right() - line and x > area.left() + line * 1.6:
            x, y = area.left() + line * 1.6, y + line * 1.2
        painter.fillRect(
            QRectF(x, y + (line - swatch) / 2, swatch, swatch),
            QColor(palette[number % len(palette)]),
        )
        painter.drawText(
            QRectF(x + swatch + line * 0.3, y, width, line), Qt.AlignmentFlag.AlignLeft, text
        )
        x += width
    return y + line


def figure_text(value: float) -> str:
    """A figure as the user's locale writes it: a whole number ("1 234" in French), or one
    decimal for a document shared among its parties ("1,5")."""
    locale = QLocale()
    if abs(value - round(value)) < 1e-6:
        return locale.toString(round(value))
    return locale.toString(value, "f", 1)
