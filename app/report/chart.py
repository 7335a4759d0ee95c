"""A search's timeline chart, made once for every place that shows it: ``search --plot`` and
the search report (PDF and Word).

What the chart shows (:func:`timeline_chart`: title, bars, the note on undated documents) is
worked out from the engine's figures (``corpus.library.timeline``) in the words of the reader's
language; :func:`chart_bytes` draws it with ``widgets.timelinechart`` onto a QImage (``.png``) or
a QSvgGenerator (``.svg``), which needs no screen.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QImage, QPainter

from app.report.words import Translate
from corpus.library.searching import GroupCount
from corpus.library.timeline import Measure, Split, by_year, overall, series, year_span
from widgets.timelinechart import ChartSeries, TimelineChart, draw_timeline

#: The chart's size in pixels (an SVG's too, as its view box).
WIDTH, HEIGHT = 1000, 560


def chart_words(translate: Translate) -> dict[str, str]:
    """The chart's own words in the reader's language (literal calls, for lupdate)."""
    return {
        "hits": translate("report", "occurrences"),
        "documents": translate("report", "documents"),
        "title": translate("report", "« {query} » : {what} par année ({total} en tout)"),
        "undated_hits": translate(
            "report", "non montrées : {amount} dans {documents} document(s) non daté(s)"
        ),
        "undated_documents": translate(
            "report", "non montrés : {documents} document(s) non daté(s)"
        ),
        "shared": translate("report", "un texte de plusieurs parties est partagé entre elles"),
    }


def timeline_chart(
    query: str,
    counts: Sequence[GroupCount],
    measure: Measure,
    split: Split,
    translate: Translate,
) -> TimelineChart:
    """What the chart of ``counts`` shows: ``measure`` per year, stacked by ``split``."""
    w = chart_words(translate)
    undated = by_year(counts).undated
    note = ""
    if undated.documents:
        amount = undated.hits if measure == "hits" else undated.documents
        key = "undated_hits" if measure == "hits" else "undated_documents"
        note = w[key].format(amount=amount, documents=undated.documents)
    if split == "party":
        note = "; ".join(filter(None, [w["shared"], note]))
    years = year_span(counts)
    groups = series(counts, years, measure, split)
    total = overall(counts, measure)
    title = w["title"].format(query=query, what=w[measure], total=total)
    return TimelineChart(
        title,
        tuple(years),
        tuple(ChartSeries(g.label, g.values) for g in groups),
        w[measure],
        note,
    )


def chart_bytes(chart: TimelineChart, suffix: str, width: int, height: int) -> bytes:
    """``chart`` as the bytes of a ``.png`` or ``.svg`` file of ``width`` by ``height`` pixels
    (a QGuiApplication must exist: the text needs its fonts)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    area = QRectF(0, 0, width, height)
    if suffix == ".svg":
        from PySide6.QtSvg import QSvgGenerator

        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(QSize(width, height))
        generator.setViewBox(area)
        generator.setTitle(chart.title)
        painter = QPainter(generator)
        draw_timeline(painter, area, chart)
        painter.end()
    else:
        image = QImage(width, height, QImage.Format.Format_RGB32)
        painter = QPainter(image)
        draw_timeline(painter, area, chart)
        painter.end()
        image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; str works
    buffer.close()
    return bytes(data.data())
