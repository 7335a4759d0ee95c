"""Where File > Export search report… and the search panel's "Report…" are connected.

The report is of the search as the user set it (query, inflections, filters; its chart counted
and split as the timeline dock's), run again whole
over the library in the background (the panel shows a first page of documents; a report counts
them all), written by the exports' runner (``app.report.runner``) as a PDF or a Word document
chosen in the dialog, in the folder remembered (``app.shell.places``). The runner's busy box,
warnings and "Written" line are the exports' (``app.comparison.export_wiring``).
"""

from __future__ import annotations

import re
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from app.comparison.export_wiring import chosen_path, format_filters
from app.comparison.wiring import show_warning
from app.library.controller import LibraryController
from app.library.search import MIN_QUERY_CHARS, LibrarySearchController
from app.report.runner import ExportRunner
from app.report.search_export import FORMATS
from app.report.search_report import SearchRun
from app.shell.places import Places
from corpus.errors import CorpusError
from corpus.library.hits import Filters
from corpus.library.timeline import Measure, Split
from widgets.actions import Act
from widgets.mainwindow import MainWindow

SUFFIXES = tuple(FORMATS)
_NOT_IN_A_NAME = re.compile(r"[^\w-]+")


def connect_search_report(
    window: MainWindow,
    search: LibrarySearchController,
    library: LibraryController,
    runner: ExportRunner,
    places: Places,
    language: str,
) -> None:
    """Wire the search report's action, its button and the results' context menu."""

    def ask() -> None:
        state = search.state
        if len(state.text.strip()) < MIN_QUERY_CHARS:
            window.statusBar().showMessage(
                QCoreApplication.translate("wiring", "Tapez d’abord une recherche."), 5000
            )
            window.focus_search()
            return
        path, chosen = QFileDialog.getSaveFileName(
            window,
            QCoreApplication.translate("wiring", "Exporter le rapport de recherche"),
            places.start_in(report_name(state.text)),
            ";;".join(format_filters(SUFFIXES)),
        )
        if not path:
            return
        places.chose(path)
        opened = library.library
        try:
            filters = Filters(state.party, state.language, state.date_from, state.date_to)
            run = SearchRun(
                state.text,
                filters,
                state.stemmed,
                opened.location,
                datetime.now().astimezone(),
                *chart_choice(window),
            )
            runner.export_search(
                opened.index,
                run,
                lambda: {entry.key: entry.source for entry in opened.entries()},
                chosen_path(path, chosen, SUFFIXES),
                language,
                QCoreApplication.translate,  # the window's language, as every word of the window
            )
        except CorpusError as exc:  # a date that is not one, a path refused
            show_warning(window, exc)

    window.action(Act.SEARCH_REPORT).triggered.connect(ask)
    window.search.report_requested.connect(ask)
    window.search.set_context_actions([window.action(Act.SEARCH_REPORT)])


def chart_choice(window: MainWindow) -> tuple[Measure, Split]:
    """What the timeline dock counts and how it splits its bars: the report's chart is the same."""
    measure = window.timeline.chosen_measure()
    split = window.timeline.chosen_split()
    return (
        "documents" if measure == "documents" else "hits",
        "party" if split == "party" else "language" if split == "language" else "",
    )


def report_name(query: str) -> str:
    """The file name a report's dialog proposes: the query's words, joined (no quotes, no
    colons: a name every system accepts)."""
    words = _NOT_IN_A_NAME.sub("-", query.strip()).strip("-")[:60]
    prefix = QCoreApplication.translate("wiring", "recherche")
    return f"{prefix}-{words}.pdf" if words else f"{prefix}.pdf"
