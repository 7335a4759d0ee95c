"""Library search in the application layer: controllers, the concordance model, CSV export."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.library.controller import LibraryController
from app.library.search import LibrarySearchController
from app.library.search_model import ConcordanceModel, export_csv, summary
from corpus.compare.analysis import analyze
from corpus.errors import Reason
from corpus.formulas.finder import bundled_catalogue
from corpus.library.embedded.store import EmbeddedLibrary, ImportStatus
from corpus.library.hits import SearchResult
from corpus.library.query import parse_query
from corpus.text import bundled


@pytest.fixture
def library(tmp_path: Path) -> EmbeddedLibrary:
    return EmbeddedLibrary.open(tmp_path / "library")


@pytest.fixture
def controller(qtbot: QtBot, library: EmbeddedLibrary) -> LibrarySearchController:
    return LibrarySearchController(library.index, debounce_ms=20)


def test_typing_searches_once_after_the_pause(
    qtbot: QtBot, controller: LibrarySearchController
) -> None:
    received: list[SearchResult] = []
    controller.results_ready.connect(received.append)
    with qtbot.waitSignal(controller.results_ready, timeout=10000):
        for text in ("i", "in", "inviolabilité", "inviolabilité des frontières"):
            controller.set_query(text)
    qtbot.wait(100)
    assert [r.query for r in received] == ["inviolabilité des frontières"]
    assert received[0].total == 3


def test_a_stale_result_is_dropped(qtbot: QtBot, controller: LibrarySearchController) -> None:
    received: list[SearchResult] = []
    controller.results_ready.connect(received.append)
    controller.set_query("souverain*")
    controller.search_now()
    controller.set_query("terrorisme")
    with qtbot.waitSignal(controller.results_ready, timeout=10000) as blocker:
        controller.search_now()
    controller.wait()
    qtbot.wait(100)
    assert blocker.args[0].query == "terrorisme"
    assert [r.query for r in received] == ["terrorisme"]


def test_filters_stemming_and_errors(qtbot: QtBot, controller: LibrarySearchController) -> None:
    controller.set_filters("china", "", "", "")
    controller.set_query("intégrité territoriale")
    with qtbot.waitSignal(controller.results_ready, timeout=10000) as blocker:
        controller.search_now()
    assert [d.parties for d in blocker.args[0].documents] == [("Azerbaijan", "China")]
    controller.set_filters("", "", "", "")
    controller.set_stemmed(True)
    controller.set_query("frontière")
    with qtbot.waitSignal(controller.results_ready, timeout=10000) as blocker:
        controller.search_now()
    assert {h.match.lower() for h in blocker.args[0].hits} == {"frontière", "frontières"}
    controller.set_filters("", "", "demain", "")
    with qtbot.waitSignal(controller.failed, timeout=10000) as failure:
        controller.search_now()
    assert failure.args[0].reason is Reason.QUERY_NOT_A_DATE
    assert "not a date" in str(failure.args[0])
    controller.set_query("x")  # too short: the results are cleared
    with qtbot.waitSignal(controller.results_ready, timeout=10000) as blocker:
        controller.search_now()
    assert blocker.args[0].total == 0


def test_where_else_lists_precedents(qtbot: QtBot, controller: LibrarySearchController) -> None:
    charter = bundled.load_bundled(bundled.bundled_ids()[-1])
    source = analyze(charter, bundled_catalogue())
    clause = next(c for c in source.clauses if "inviolabilité" in charter.raw[c.start : c.end])
    with qtbot.waitSignal(controller.precedents_ready, timeout=20000) as blocker:
        controller.where_else(source, clause.clause_id)
    found = blocker.args[0]
    assert found
    assert all(p.path != charter.path and p.date for p in found)


def test_the_concordance_model(qtmodeltester: object, library: EmbeddedLibrary) -> None:
    model = ConcordanceModel()
    result = library.index.search(parse_query("intégrité territoriale"))
    model.set_result(result)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == 8
    assert model.index(0, 3).data().lower() == "intégrité territoriale"
    assert model.index(0, 0).data(Qt.ItemDataRole.UserRole) == model.hit(0)
    dates = [model.hit(r).date for r in range(8)]
    assert dates == sorted(dates)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert [model.hit(r).date for r in range(8)] == sorted(dates, reverse=True)
    assert summary(result) == "8 occurrence(s) dans 5 document(s)"


def test_results_export_to_csv(tmp_path: Path, library: EmbeddedLibrary) -> None:
    hits = library.index.search(parse_query("inviolabilité des frontières")).hits
    target = tmp_path / "hits.csv"
    export_csv(hits, target)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hits.csv", "library"]  # no temporary
    raw = Path(rows[0]["path"]).read_text(encoding="utf-8")
    assert (
        raw[int(rows[0]["start"]) : int(rows[0]["end"])].lower() == "inviolabilité des frontières"
    )
    assert rows[0]["parties"] == "Russia; Azerbaijan"


def test_the_library_controller_imports_off_the_gui_thread(
    qtbot: QtBot, library: EmbeddedLibrary, tmp_path: Path
) -> None:
    controller = LibraryController(library)
    folder = tmp_path / "drop"
    folder.mkdir()
    (folder / "a.txt").write_text("La paix en Syldavie.\n", encoding="utf-8")
    (folder / "b.txt").write_text("La paix en Syldavie.\n", encoding="utf-8")
    with qtbot.waitSignal(controller.imported, timeout=20000) as blocker:
        controller.add_paths([str(folder)])
    outcomes = blocker.args[0]
    assert [o.status for o in outcomes] == [ImportStatus.ADDED, ImportStatus.DUPLICATE]
    assert len(controller.entries()) == 6
    with qtbot.waitSignal(controller.failed, timeout=5000):
        controller.remove(next(e.key for e in controller.entries() if e.bundled))
    controller.wait()


def test_a_pdf_written_by_qt_is_imported_without_its_running_header(
    qapp: object, library: EmbeddedLibrary, tmp_path: Path
) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QFont, QPageSize, QPainter, QPdfWriter

    path = tmp_path / "qt.pdf"
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(72)
    painter = QPainter(writer)
    font = QFont("DejaVu Sans", 11)
    font.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)
    painter.setFont(font)
    header = "Bulletin officiel"
    pages = [
        [header, "Les Parties réaffirment l’intégrité", "territoriale des États."],
        [header, "Elles rappellent l’inviolabilité des", "frontières."],
    ]
    for number, lines in enumerate(pages):
        if number:
            writer.newPage()
        for row, line in enumerate(lines):
            painter.drawText(QPointF(50, 60 + 20 * row), line)
    painter.end()
    outcome = library.add_file(path)
    assert outcome.status is ImportStatus.ADDED
    text = Path(library.document(outcome.key).path).read_text(encoding="utf-8")
    assert "Bulletin" not in text
    result = library.index.search(parse_query("l'intégrité territoriale"))
    assert outcome.key in {d.key for d in result.documents}
