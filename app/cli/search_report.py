"""``search --report OUT.pdf|OUT.docx``: the search report, written from the command line.

The report (``app.report.search_report``) is made from the search just run, with every hit, the
figures per year the JSON gives, the library or folder searched and where each document came
from; its words are in the environment's language, as ``export``'s. It needs no screen.
"""

from __future__ import annotations

import argparse
from collections.abc import Mapping, Sequence
from datetime import datetime

from corpus.library.api import LibraryIndex
from corpus.library.hits import Filters, SearchResult
from corpus.library.searching import GroupCount


def write_report(
    options: argparse.Namespace,
    index: LibraryIndex,
    location: str,
    originals: Mapping[str, str],
    result: SearchResult,
    counts: Sequence[GroupCount],
) -> None:
    """Write the report of ``result``, found in ``index`` (the library or folder ``location``,
    empty for the bundled declarations), at ``options.report``; ``originals`` names the files
    the documents were read from, by key or text path.

    Raises:
        ExportError: the file cannot be written (nothing is left).
    """
    from app.cli.timeline import screenless_application
    from app.report.search_export import export_search_report, report_of
    from app.report.search_report import SearchRun
    from app.shell import i18n

    language = i18n.system_language()
    translate = i18n.translator_for(language)
    run = SearchRun(
        options.phrase,
        Filters(options.party, options.language, options.date_from, options.date_to),
        options.stemmed,
        location or translate("report", "les déclarations fournies avec le programme"),
        datetime.now().astimezone(),
        options.count,
        options.split,
    )
    report = report_of(index, run, result, counts, originals, language, translate)
    app = screenless_application(fonts=True)
    export_search_report(report, options.report, language, translate)
    del app
