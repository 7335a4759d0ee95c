"""The search report's content and its PDF, made in-process from a library of real texts: the
hits in the search's order under their documents, the figures those of ``year_counts``, a note
when the list is cut short, and a refused path that leaves nothing."""

from __future__ import annotations

import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from app.report.output import ExportError
from app.report.search_export import export_search_report, report_of
from app.report.search_report import MAX_HITS, SearchReport, SearchRun
from app.report.words import untranslated
from corpus.errors import Reason
from corpus.library.embedded.store import EmbeddedLibrary
from corpus.library.hits import Filters
from corpus.library.query import parse_query

DATA = Path(__file__).resolve().parents[2] / "data"
PARTNERSHIPS = sorted(
    [*DATA.glob("whitehouse__*partnership*.txt"), *DATA.glob("texts/whitehouse__*partner*.txt")]
)
WHEN = datetime(2026, 12, 7, 5, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> EmbeddedLibrary:
    opened = EmbeddedLibrary.open(tmp_path_factory.mktemp("search-report") / "library")
    outcomes = opened.add_paths(PARTNERSHIPS)
    assert len(outcomes) == len(PARTNERSHIPS) >= 4
    return opened


def _report(library: EmbeddedLibrary, query: str, limit: int = MAX_HITS) -> SearchReport:
    run = SearchRun(query, Filters(), False, library.location, WHEN)
    parsed = parse_query(query)
    result = library.index.search(parsed, Filters())
    counts = library.index.year_counts(parsed, Filters())
    originals = {e.key: e.source for e in library.entries()}
    return report_of(library.index, run, result, counts, originals, "fr", untranslated, limit)


def test_the_hits_stand_under_their_documents_in_the_searchs_order(
    library: EmbeddedLibrary,
) -> None:
    report = _report(library, "strategic partnership")
    result = library.index.search(parse_query("strategic partnership"), Filters())
    listed = [hit for document in report.documents for _number, hit in document.hits]
    assert listed == list(result.hits)
    numbers = [n for document in report.documents for n, _hit in document.hits]
    assert numbers == list(range(1, result.total + 1))
    names = {p.name for p in PARTNERSHIPS}
    assert {d.source for d in report.documents} <= names  # the files imported, by name
    assert report.facts[0] == ("Requête", "strategic partnership")
    assert report.facts[1] == ("Filtres", "aucun")
    assert report.facts[3] == ("Recherche faite le", "2026-12-07 05:30 UTC")
    totals = dict(report.totals)
    assert totals["Occurrences"] == str(result.total)
    assert totals["Documents"] == str(len(result.documents))
    assert sum(hits for _year, _documents, hits in report.years) == result.total
    assert report.omitted == 0
    assert report.omitted_note == ""


def test_a_list_cut_short_says_how_many_are_not_shown(
    qtbot: QtBot, library: EmbeddedLibrary, tmp_path: Path
) -> None:
    report = _report(library, "strategic partnership", limit=5)
    total = int(dict(report.totals)["Occurrences"])
    assert total > 5
    assert sum(len(d.hits) for d in report.documents) == 5
    assert report.omitted == total - 5
    assert report.omitted_note == (
        f"{total - 5} occurrence(s) non montrée(s) : le rapport liste les 5 premières sur {total}."
    )
    out = tmp_path / "report.pdf"
    export_search_report(report, out, "fr", untranslated)
    text = "".join("".join(page.extract_text() for page in PdfReader(out).pages).split())
    assert "".join(report.omitted_note.split()) in text
    assert "[5]" in text
    assert "[6]" not in text


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("report.odt", Reason.CANNOT_WRITE_FORMAT),
        ("missing/report.pdf", Reason.CANNOT_WRITE_NO_FOLDER),
        ("folder", Reason.CANNOT_WRITE_NO_EXTENSION),
    ],
)
def test_a_refused_path_leaves_nothing(
    qtbot: QtBot, library: EmbeddedLibrary, tmp_path: Path, name: str, reason: Reason
) -> None:
    report = _report(library, "strategic partnership")
    with pytest.raises(ExportError) as refused:
        export_search_report(report, tmp_path / name, "fr", untranslated)
    assert refused.value.reason is reason
    assert list(tmp_path.iterdir()) == []


def test_a_folder_in_the_way_is_refused(
    qtbot: QtBot, library: EmbeddedLibrary, tmp_path: Path
) -> None:
    (tmp_path / "report.docx").mkdir()
    report = _report(library, "strategic partnership")
    with pytest.raises(ExportError) as refused:
        export_search_report(report, tmp_path / "report.docx", "fr", untranslated)
    assert refused.value.reason is Reason.CANNOT_WRITE_NOT_A_FILE
    assert [p.name for p in tmp_path.iterdir()] == ["report.docx"]


def test_a_search_without_occurrences_says_so_without_a_chart(
    qtbot: QtBot, library: EmbeddedLibrary, tmp_path: Path
) -> None:
    report = _report(library, "xyzzy plugh")
    assert report.documents == ()
    assert report.years == ()
    out = tmp_path / "empty.docx"
    export_search_report(report, out, "fr", untranslated)
    with zipfile.ZipFile(out) as docx:
        assert not [n for n in docx.namelist() if n.startswith("word/media/")]
        assert "Aucune occurrence." in docx.read("word/document.xml").decode("utf-8")


def test_each_document_is_bookmarked_on_the_page_of_its_first_occurrence(
    qtbot: QtBot, library: EmbeddedLibrary, tmp_path: Path
) -> None:
    report = _report(library, "strategic partnership")
    out = tmp_path / "report.pdf"
    export_search_report(report, out, "fr", untranslated)
    reader = PdfReader(out)
    assert len(reader.pages) >= 2
    outline = [(item.title, reader.get_destination_page_number(item)) for item in reader.outline]
    assert [title for title, _page in outline] == [d.title for d in report.documents]
    for (title, page), document in zip(outline, report.documents, strict=True):
        text = "".join(reader.pages[page].extract_text().split())
        first = document.hits[0][0]
        assert "".join(title.split()) in text  # the heading and its first occurrence, together
        assert f"[{first}]" in text
