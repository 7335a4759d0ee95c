"""Write a search report in the format its file name asks for: .pdf or .docx.

One entry for the window and the command line (``search --report``): the path is checked before
the search runs (an extension not written here, a missing folder: one line, nothing written), the
chart is drawn once, at twice ``search --plot``'s size for a sharp print, and embedded in either
format; each writer writes its file whole or not at all.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from app.report.output import check_format, check_target
from app.report.search_report import (
    MAX_HITS,
    SearchReport,
    SearchRun,
    build_search_report,
    document_sources,
)
from app.report.words import Translate
from corpus.library.api import LibraryIndex
from corpus.library.hits import SearchResult
from corpus.library.query import parse_query
from corpus.library.searching import GroupCount

#: The formats a search report is written in, by extension, with the name a file dialog shows.
FORMATS = {".pdf": "PDF", ".docx": "Word"}
#: The chart is drawn this many times ``search --plot``'s pixels (the same chart, sharper).
CHART_SCALE = 2


def check_report_path(path: Path) -> None:
    """Refuse, before any work, a search report that cannot be written at ``path``.

    Raises:
        ExportError: an extension other than .pdf or .docx, a missing folder, not a regular file.
    """
    check_format(path, FORMATS)
    check_target(path)


def export_search_report(
    report: SearchReport, path: Path, language: str, translate: Translate
) -> Path:
    """Write ``report`` at ``path`` (.pdf or .docx); returns the path written.

    A QGuiApplication must exist (the chart and the PDF need fonts); no screen is needed.

    Raises:
        ExportError: the path is refused or cannot be written (nothing is left).
    """
    from app.report.chart import HEIGHT, WIDTH, chart_bytes, timeline_chart

    check_report_path(path)
    run = report.run
    chart = timeline_chart(run.query, report.counts, run.measure, run.split, translate)
    png = chart_bytes(chart, ".png", WIDTH * CHART_SCALE, HEIGHT * CHART_SCALE)
    if path.suffix.lower() == ".docx":
        from app.report.search_word import export_search_word

        export_search_word(report, png, path, language)
    else:
        from app.report.search_pdf import export_search_pdf

        export_search_pdf(report, png, path, language)
    return path


def report_of(
    index: LibraryIndex,
    run: SearchRun,
    result: SearchResult,
    counts: Sequence[GroupCount],
    originals: Mapping[str, str],
    language: str,
    translate: Translate,
    limit: int = MAX_HITS,
) -> SearchReport:
    """The report of a search run over ``index``, listing at most ``limit`` occurrences;
    ``originals`` names the files its documents were read from (by key or text path)."""
    found = {hit.key for hit in result.hits[:limit]}
    metadata = [row for row in index.metadata() if row[0] in found]
    sources = document_sources(metadata, originals)
    return build_search_report(run, result, counts, sources, language, translate, limit)


def search_and_report(
    index: LibraryIndex,
    run: SearchRun,
    originals: Mapping[str, str],
    path: Path,
    language: str,
    translate: Translate,
) -> Path:
    """Run ``run``'s search whole over ``index`` (every document, not a first page), and write
    its report at ``path``; returns the path written.

    Raises:
        QueryError: the query cannot be understood.
        ExportError: the path is refused or cannot be written (nothing is left).
    """
    query = parse_query(run.query, stemmed=run.stemmed)
    result = index.search(query, run.filters)
    counts = index.year_counts(query, run.filters)
    report = report_of(index, run, result, counts, originals, language, translate)
    return export_search_report(report, path, language, translate)
