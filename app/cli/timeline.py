"""``search --by-year``: a search's documents and occurrences per year, as JSON and as a chart.

The figures come from the engine (``corpus.library.searching.year_counts``, added up by
``corpus.library.timeline``); the chart is the search report's (``app.report.chart``), in
English, drawn offscreen when there is no screen, and written whole or not at all.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from corpus.errors import CorpusError, Reason
from corpus.library.searching import GroupCount
from corpus.library.timeline import Measure, Split, YearTotals

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
    path: Path, query: str, counts: Sequence[GroupCount], measure: Measure, split: Split
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
    suffix: str, query: str, counts: Sequence[GroupCount], measure: Measure, split: Split
) -> bytes:
    """The chart as the bytes of a ``.png`` or ``.svg`` file."""
    from app.report.chart import HEIGHT, WIDTH, chart_bytes

    app = screenless_application()
    data = chart_bytes(chart_for(query, counts, measure, split), suffix, WIDTH, HEIGHT)
    del app
    return data


def screenless_application(fonts: bool = False) -> object:
    """The application object drawing needs (fonts), offscreen when there is no screen; with
    ``fonts``, the fonts a PDF embeds registered too, when run from the bundle."""
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # drawing needs no screen
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    if fonts:
        from app.shell.fonts import register_bundled_fonts

        register_bundled_fonts()
    return app


def chart_for(query: str, counts: Sequence[GroupCount], measure: Measure, split: Split) -> Any:
    """What the chart of ``counts`` shows (a ``widgets.timelinechart.TimelineChart``), in
    English, as the command line speaks."""
    from app.report.chart import timeline_chart
    from app.shell.i18n import translator_for

    return timeline_chart(query, counts, measure, split, translator_for("en"))
