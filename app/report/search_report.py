"""What a search report says, independent of how it is drawn: the query and how it was run, the
totals, the figures per year, and the hits with their contexts and sources.

A search report lets an analyst cite a finding ("territorial integrity" in 14 texts since
1991): it names the query as typed, its filters, the library and the moment of the run, so that
the same search can be run again, and lists each occurrence in the search's order with the
document it stands in and where that document came from. Pure Python (no Qt): the PDF
(``app.report.search_pdf``) and the Word document (``app.report.search_word``) draw it; its own
words come through a translate function, as the comparison's report's.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import PurePath

from app import __version__
from app.report.words import Translate, colon
from corpus.library.hits import DocumentHits, Filters, Hit, SearchResult
from corpus.library.searching import GroupCount
from corpus.library.timeline import Measure, Split, Tally, by_year, overall
from corpus.model import DocumentMeta
from corpus.text.countries import display_parties

#: The report lists at most this many occurrences (the totals and the chart count them all).
MAX_HITS = 500
#: The matched words' highlight, in the PDF and the Word document alike.
MATCH_FILL = "#ffe27a"


@dataclass(frozen=True, slots=True)
class SearchRun:
    """A search as the user ran it.

    Attributes:
        query: the query as typed.
        filters: its party, language and dates.
        stemmed: whether inflected forms were found too.
        library: the library (or folder) searched, as the user knows it.
        when: the moment of the run.
        measure: what the chart's bars count ("hits" or "documents").
        split: what its bars are stacked by ("", "party", "language").
    """

    query: str
    filters: Filters
    stemmed: bool
    library: str
    when: datetime
    measure: Measure = "hits"
    split: Split = ""


@dataclass(frozen=True, slots=True)
class Source:
    """Where a document came from: its file's name, and its origin (a URL) when known."""

    file: str
    origin: str = ""

    def __str__(self) -> str:
        return " — ".join(x for x in (self.file, self.origin) if x)


@dataclass(frozen=True, slots=True)
class ReportDocument:
    """A document with occurrences, as the report lists it: its facts, then its hits."""

    title: str
    date: str
    parties: str
    language: str
    source: str
    hits: tuple[tuple[int, Hit], ...]  # each occurrence with its number in the report


@dataclass(frozen=True, slots=True)
class SearchReport:
    """Everything a search report shows.

    Attributes:
        title: the report's title (the query in it).
        run: the search as run (the chart is drawn from it and ``counts``).
        facts: the query, its filters, the library and the run's moment: (label, value).
        totals: documents, occurrences, undated: (label, value).
        years: the figures per year, then the undated ones: (year, documents, occurrences).
        documents: the documents with the occurrences listed, in the search's order.
        omitted: occurrences found but not listed (beyond :data:`MAX_HITS`).
        omitted_note: the sentence saying so, empty when none is omitted.
        counts: each document's occurrences, for the chart.
        words: the report's own words in the reader's language.
        generated: when the report was made, for the pages' foot.
    """

    title: str
    run: SearchRun
    facts: tuple[tuple[str, str], ...]
    totals: tuple[tuple[str, str], ...]
    years: tuple[tuple[str, int, int], ...]
    documents: tuple[ReportDocument, ...]
    omitted: int
    omitted_note: str
    counts: tuple[GroupCount, ...]
    words: dict[str, str]
    generated: str
    version: str = __version__


def search_words(translate: Translate) -> dict[str, str]:
    """The search report's own words in the reader's language (literal calls, for lupdate)."""
    return {
        "title": translate("report", "Rapport de recherche"),
        "query": translate("report", "Requête"),
        "filters": translate("report", "Filtres"),
        "no_filter": translate("report", "aucun"),
        "party": translate("report", "partie"),
        "language": translate("report", "langue"),
        "from": translate("report", "depuis"),
        "to": translate("report", "jusqu’à"),
        "stemmed": translate("report", "formes fléchies comprises"),
        "library": translate("report", "Bibliothèque"),
        "run": translate("report", "Recherche faite le"),
        "documents": translate("report", "Documents"),
        "occurrences": translate("report", "Occurrences"),
        "undated": translate("report", "Non datés"),
        "undated_value": translate("report", "{documents} document(s), {hits} occurrence(s)"),
        "by_year": translate("report", "Par année"),
        "year": translate("report", "Année"),
        "hits": translate("report", "Occurrences, dans l’ordre de la recherche"),
        "date": translate("report", "Date"),
        "parties": translate("report", "Parties"),
        "text_language": translate("report", "Langue"),
        "source": translate("report", "Source"),
        "omitted": translate(
            "report",
            "{omitted} occurrence(s) non montrée(s) : le rapport liste les {shown} premières "
            "sur {total}.",
        ),
        "nothing": translate("report", "Aucune occurrence."),
    }


def build_search_report(
    run: SearchRun,
    result: SearchResult,
    counts: Sequence[GroupCount],
    sources: Mapping[str, Source],
    language: str,
    translate: Translate,
    limit: int = MAX_HITS,
) -> SearchReport:
    """Assemble the report of a search.

    Args:
        run: the search as run.
        result: its occurrences (every one: the report lists the first ``limit``).
        counts: its occurrences per document (``LibraryIndex.year_counts``): the totals, the
            figures per year and the chart.
        sources: where each document came from, by its key.
        language: "fr" or "en": the parties' names and the typography.
        translate: the report's words into the reader's language.
        limit: how many occurrences to list at most.
    """
    w = search_words(translate)
    c = colon(language)
    totals = by_year(counts)
    shown = result.hits[:limit]
    omitted = result.total - len(shown)
    note = (
        w["omitted"].format(omitted=omitted, shown=len(shown), total=result.total)
        if omitted > 0
        else ""
    )
    return SearchReport(
        title=f"{w['title']}{c}« {run.query} »"
        if language == "fr"
        else f"{w['title']}: “{run.query}”",
        run=run,
        facts=(
            (w["query"], run.query),
            (w["filters"], _filters(run, w)),
            (w["library"], run.library),
            (w["run"], _moment(run.when)),
        ),
        totals=_totals(counts, totals.undated, w),
        years=(
            *((year, t.documents, t.hits) for year, t in totals.by_year.items()),
            *(
                ((w["undated"], totals.undated.documents, totals.undated.hits),)
                if totals.undated.documents
                else ()
            ),
        ),
        documents=tuple(_documents(shown, result.documents, sources, language)),
        omitted=max(0, omitted),
        omitted_note=note,
        counts=tuple(counts),
        words=w,
        generated=_moment(run.when),
    )


def _filters(run: SearchRun, w: dict[str, str]) -> str:
    f = run.filters
    named = [
        f"{w['party']} « {f.party} »" if f.party.strip() else "",
        f"{w['language']} {f.language}" if f.language.strip() else "",
        f"{w['from']} {f.date_from}" if f.date_from else "",
        f"{w['to']} {f.date_to}" if f.date_to else "",
        w["stemmed"] if run.stemmed else "",
    ]
    return " · ".join(x for x in named if x) or w["no_filter"]


def _moment(when: datetime) -> str:
    zone = when.strftime("%Z") or when.strftime("%z")
    return f"{when:%Y-%m-%d %H:%M} {zone}".strip()


def _totals(
    counts: Sequence[GroupCount], undated: Tally, w: dict[str, str]
) -> tuple[tuple[str, str], ...]:
    return (
        (w["documents"], str(overall(counts, "documents"))),
        (w["occurrences"], str(overall(counts, "hits"))),
        (w["undated"], w["undated_value"].format(documents=undated.documents, hits=undated.hits)),
    )


def _documents(
    hits: Iterable[Hit],
    documents: Sequence[DocumentHits],
    sources: Mapping[str, Source],
    language: str,
) -> list[ReportDocument]:
    """The hits grouped by document, in their order (a document's hits are consecutive)."""
    about = {d.key: d for d in documents}
    grouped: list[tuple[str, list[tuple[int, Hit]]]] = []
    for number, hit in enumerate(hits, start=1):
        if not grouped or grouped[-1][0] != hit.key:
            grouped.append((hit.key, []))
        grouped[-1][1].append((number, hit))
    found = []
    for key, numbered in grouped:
        first = numbered[0][1]
        document = about.get(key)
        source = sources.get(key) or Source(PurePath(first.path).name)
        found.append(
            ReportDocument(
                first.title or PurePath(first.path).name,
                first.date or "—",
                ", ".join(display_parties(first.parties, language)) or "—",
                (document.language if document is not None else "") or "—",
                str(source),
                tuple(numbered),
            )
        )
    return found


def document_sources(
    metadata: Iterable[tuple[str, str, DocumentMeta]], originals: Mapping[str, str]
) -> dict[str, Source]:
    """Where each document of an index came from, by its key.

    Args:
        metadata: the index's documents (``LibraryIndex.metadata``): key, text path, metadata.
        originals: the file each was read from, by key or by text path (a library's imported
            file; a folder's .docx or .pdf whose text was extracted); else its text's file.
    """
    return {
        key: Source(
            PurePath(originals.get(key) or originals.get(path) or path).name,
            meta.source,
        )
        for key, path, meta in metadata
    }


def escape(text: str) -> str:
    return html.escape(text, quote=False)


def report_html(report: SearchReport, language: str, chart: str) -> str:
    """The whole report as the HTML a QTextDocument lays out (the PDF); ``chart`` is the
    chart image's name in the document's resources."""
    w = report.words
    c = colon(language)
    facts = [f"<b>{escape(label)}</b>{c}{escape(value)}" for label, value in report.facts]
    parts = [f"<h2>{escape(report.title)}</h2>", f"<p>{'<br/>'.join(facts)}</p><p>"]
    parts.append(
        " · ".join(f"<b>{escape(label)}</b>{c}{escape(value)}" for label, value in report.totals)
    )
    parts.append("</p>")
    if report.years:  # nothing to draw nor to count per year when nothing was found
        parts.append(f"<p align='center'><img src='{chart}' width='520'/></p>")
        parts.append(f"<h3>{escape(w['by_year'])}</h3>")
        parts.append("<table cellspacing='0' cellpadding='3' border='1' style='border-color:#999'>")
        parts.append(
            f"<tr><th>{escape(w['year'])}</th><th>{escape(w['documents'])}</th>"
            f"<th>{escape(w['occurrences'])}</th></tr>"
        )
        for year, documents, hits in report.years:
            parts.append(
                f"<tr><td>{escape(year)}</td><td align='right'>{documents}</td>"
                f"<td align='right'>{hits}</td></tr>"
            )
        parts.append("</table>")
    parts.append(f"<h3>{escape(w['hits'])}</h3>")
    if not report.documents:
        parts.append(f"<p>{escape(w['nothing'])}</p>")
    for document in report.documents:
        # A document's heading is an <h4>: the PDF keeps it with its first occurrence and
        # bookmarks it (``app.report.search_pdf``).
        parts.append(f"<h4 style='margin-top:10px'>{escape(document.title)}<br/>")
        parts.append(
            f"<span style='font-weight:normal; color:#555'>"
            f"{escape(document_line(document, w, c))}</span></h4>"
        )
        for number, hit in document.hits:
            parts.append(
                f"<p style='margin-left:14px'>[{number}] …{escape(hit.left)}"
                f"<b style='background-color:{MATCH_FILL}'>{escape(hit.match)}</b>"
                f"{escape(hit.right)}…</p>"
            )
    if report.omitted_note:
        parts.append(f"<p><i>{escape(report.omitted_note)}</i></p>")
    return "".join(parts)


def document_line(document: ReportDocument, w: dict[str, str], c: str) -> str:
    """A document's date, parties, language and source on one line."""
    return (
        f"{w['date']}{c}{document.date} · {w['parties']}{c}{document.parties} · "
        f"{w['text_language']}{c}{document.language} · {w['source']}{c}{document.source}"
    )
