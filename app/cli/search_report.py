"""``search --report OUT.pdf|OUT.docx``: the search report, written from the command line.

The report (``app.report.search_report``) is made from the search just run, with every hit, the
figures per year the JSON gives, the library or folder searched and where each document came
from; its words are in the environment's language, as ``export``'s. It needs no screen.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from corpus.library.api import LibraryIndex
from corpus.library.hits import Filters, SearchResult
from corpus.library.searching import DocumentCount


@dataclass(frozen=True, slots=True)
class Searched:
    """What a search runs over: the index, how to close it, the library's name for the user
    (its folder or server; empty for the bundled declarations), and the files its documents
    were read from (by key or by text path), asked for only by a report."""

    index: LibraryIndex
    close: Callable[[], None]
    location: str
    originals: Callable[[], dict[str, str]]


def write_report(
    options: argparse.Namespace,
    searched: Searched,
    result: SearchResult,
    counts: Sequence[DocumentCount],
) -> None:
    """Write the report of ``result`` at ``options.report``.

    Raises:
        ExportError: the file cannot be written (nothing is left).
    """
    from app.cli.timeline import screenless_application
    from app.report.search_export import export_search_report, report_of
    from app.report.search_report import SearchRun
    from app.shell import i18n
    from app.shell.fonts import register_bundled_fonts

    language = i18n.system_language()
    translate = i18n.translator_for(language)
    run = SearchRun(
        options.phrase,
        Filters(options.party, options.language, options.date_from, options.date_to),
        options.stemmed,
        searched.location or translate("report", "les déclarations fournies avec le programme"),
        datetime.now().astimezone(),
        options.count,
        options.split,
    )
    report = report_of(
        searched.index, run, result, counts, searched.originals(), language, translate
    )
    app = screenless_application()
    register_bundled_fonts()  # the fonts the PDF embeds, when run from the bundle
    export_search_report(report, options.report, language, translate)
    del app
