"""A search's counts per document made into what the timeline dock shows: chart and table.

The figures are the engine's (``corpus.library.timeline``: every year of the span, the groups
largest first, a document of several parties shared among them); this module words them in
the interface's language (parties by their name in it), and gives each group the key a click
on it narrows the search with: a party's name as stored, a language's code.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from corpus.library.searching import GroupCount
from corpus.library.timeline import (
    NO_LANGUAGE,
    NO_PARTY,
    OTHERS,
    Measure,
    Split,
    by_year,
    overall,
    series,
    year_span,
)
from corpus.text.countries import display_parties
from widgets.timelinechart import ChartSeries, TimelineChart
from widgets.timelinepanel import TimelineFigures


def timeline_figures(
    query: str,
    counts: tuple[GroupCount, ...],
    measure: Measure,
    split: Split,
    language: str,
) -> TimelineFigures | None:
    """The dock's chart and table for ``counts`` (None when no document is dated: there is no
    year to draw); ``language`` is the interface's (``fr`` or ``en``), for the parties' names."""
    years = year_span(counts)
    if not years:
        return None
    totals = by_year(counts)
    groups = series(counts, years, measure, split)
    what = (
        QCoreApplication.translate("timeline", "occurrences")
        if measure == "hits"
        else QCoreApplication.translate("timeline", "documents")
    )
    total = overall(counts, measure)
    title = QCoreApplication.translate("timeline", "« {0} » : {1} par année ({2} en tout)").format(
        query.strip(), what, total
    )
    chart = TimelineChart(
        title,
        tuple(years),
        tuple(ChartSeries(_group_label(g.label, split, language), g.values) for g in groups),
        what,
        _note(totals.undated.documents, totals.undated.hits, measure),
    )
    return TimelineFigures(
        chart,
        tuple(totals.by_year[y].documents if y in totals.by_year else 0 for y in years),
        tuple(totals.by_year[y].hits if y in totals.by_year else 0 for y in years),
        tuple(_key(g.label, split) for g in groups),
        totals.undated.documents,
        totals.undated.hits,
    )


def nothing(query: str) -> str:
    """What the dock says when the query has no occurrence."""
    return QCoreApplication.translate("timeline", "Aucune occurrence de « {0} ».").format(
        query.strip()
    )


def empty_text() -> str:
    """What the dock says before there is a query."""
    return QCoreApplication.translate(
        "timeline",
        "Tapez une recherche dans le panneau Recherche (Ctrl+Maj+F) : son nombre "
        "d’occurrences par année s’affiche ici.",
    )


def undated_text() -> str:
    """What the dock says when no document with occurrences has a date."""
    return QCoreApplication.translate(
        "timeline", "Aucun des documents trouvés n’est daté : il n’y a pas d’année à montrer."
    )


def _note(documents: int, hits: int, measure: Measure) -> str:
    if not documents:
        return ""
    if measure == "documents":
        return QCoreApplication.translate(
            "timeline", "non montrés : {0} document(s) sans date"
        ).format(documents)
    return QCoreApplication.translate(
        "timeline", "non montrées : {0} occurrence(s) dans {1} document(s) sans date"
    ).format(hits, documents)


def _group_label(label: str, split: Split, language: str) -> str:
    if label == OTHERS:
        return QCoreApplication.translate("timeline", "autres")
    if split == "party":
        return (
            QCoreApplication.translate("timeline", "sans partie")
            if label == NO_PARTY
            else display_parties((label,), language)[0]
        )
    if split == "language":
        names = {
            "fr": "français",
            "en": "English",
            NO_LANGUAGE: QCoreApplication.translate("timeline", "langue inconnue"),
        }
        return names.get(label, label)
    return label


def _key(label: str, split: Split) -> str:
    """What choosing a group narrows the search with (empty: it cannot be chosen)."""
    if split == "party" and label not in (OTHERS, NO_PARTY):
        return label
    if split == "language" and label in ("fr", "en"):
        return label
    return ""
