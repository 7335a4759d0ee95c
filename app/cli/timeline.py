"""``search --by-year``: a search's documents and occurrences per year, as JSON and as a chart.

The figures come from the engine (``corpus.library.searching.year_counts``, added up by
``corpus.library.timeline``); the chart is drawn by ``widgets.timelinechart`` onto a QImage
(``.png``) or a QSvgGenerator (``.svg``), offscreen when there is no screen, and written whole
or not at all.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from corpus.errors import CorpusError, Reason
from corpus.library.searching import DocumentCount
from corpus.library.timeline import Measure, Split, YearTotals

#: The chart's size in pixels (an SVG's too, as its view box).
WIDTH, HEIGHT = 1000, 560
FORMATS = (".png", ".svg")


class PlotError(CorpusError):
    """A chart that cannot be written: an extension not drawn here, a folder not writable."""


def check_plot_path(path: Path) -> None:
    """Refuse, before searching, a chart file this command cannot write.

    Raises:
        PlotError: the extension is not .png or .svg, or the folder does not exist.
    """
    if path.suffix.lower() not in FORMATS:
        if not path.suffix:
            raise PlotError(Reason.CHART_NO_EXTENSION, path)
        raise PlotError(Reason.CHART_FORMAT, path, extension=path.suffix)
    if not path.parent.is_dir():
        raise PlotError(Reason.NO_SUCH_FOLDER, path.parent)


def year_report(totals: YearTotals) -> dict[str, Any]:
    """The ``by_year`` and ``undated`` members of the JSON report."""
    return {
        "by_year": {year: tally.as_json() for year, tally in totals.by_year.items()},
        "undated": totals.undated.as_json(),
    }


def year_listing(totals: YearTotals) -> str:
    """The figures per year for people, after the concordance."""
    lines = [
        f"{year}  {t.documents:>5} document(s)  {t.hits:>6} occurrence(s)"
        for year, t in totals.by_year.items()
    ]
    if totals.undated.documents:
        u = totals.undated
        lines.append(f"undated  {u.documents:>2} document(s)  {u.hits:>6} occurrence(s)")
    return "".join(line + "\n" for line in lines)


def write_plot(
    path: Path, query: str, counts: Sequence[DocumentCount], measure: Measure, split: Split
) -> None:
    """Draw the timeline of ``counts`` and write it to ``path`` (.png or .svg).

    Raises:
        PlotError: the file cannot be written.
    """
    from corpus.atomicfile import write_atomic

    data = render(path.suffix.lower(), query, counts, measure, split)
    try:
        write_atomic(path, data)
    except OSError as exc:
        raise PlotError(Reason.CANNOT_BE_WRITTEN, path, cause=exc.strerror or exc) from exc


def render(
    suffix: str, query: str, counts: Sequence[DocumentCount], measure: Measure, split: Split
) -> bytes:
    """The chart as the bytes of a ``.png`` or ``.svg`` file."""
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a chart needs no screen
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
    from PySide6.QtGui import QGuiApplication, QImage, QPainter

    from widgets.timelinechart import draw_timeline

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    chart = chart_for(query, counts, measure, split)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    area = QRectF(0, 0, WIDTH, HEIGHT)
    if suffix == ".svg":
        from PySide6.QtSvg import QSvgGenerator

        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(QSize(WIDTH, HEIGHT))
        generator.setViewBox(area)
        generator.setTitle(chart.title)
        painter = QPainter(generator)
        draw_timeline(painter, area, chart)
        painter.end()
    else:
        image = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB32)
        painter = QPainter(image)
        draw_timeline(painter, area, chart)
        painter.end()
        image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; str works
    buffer.close()
    del app
    return bytes(data.data())


def chart_for(query: str, counts: Sequence[DocumentCount], measure: Measure, split: Split) -> Any:
    """What the chart of ``counts`` shows (a ``widgets.timelinechart.TimelineChart``)."""
    from corpus.library.timeline import by_year, series, year_span
    from widgets.timelinechart import ChartSeries, TimelineChart

    years = year_span(counts)
    undated = by_year(counts).undated
    note = ""
    if undated.documents:
        amount = undated.hits if measure == "hits" else undated.documents
        note = f"not shown: {amount} in {undated.documents} undated document(s)"
        if measure == "documents":
            note = f"not shown: {undated.documents} undated document(s)"
    if split == "party":
        note = "; ".join(filter(None, ["a text of several parties is shared among them", note]))
    groups = series(counts, years, measure, split)
    what = "occurrences" if measure == "hits" else "documents"
    total = sum(c.hits for c in counts) if measure == "hits" else len(counts)
    title = f"“{query}”: {what} per year ({total} in all)"
    return TimelineChart(
        title,
        tuple(years),
        tuple(ChartSeries(g.label, g.values) for g in groups),
        what,
        note,
    )
