"""Search in the window, over the library: type, a concordance grouped by document, open a hit in
a pane (scrolled and marked), export CSV, "where else"."""

from __future__ import annotations

import csv
import math
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from app.application import WindowAssembly
from widgets.actions import Act
from widgets.marks import MarkKind


def _search(qtbot: QtBot, reading: WindowAssembly, text: str) -> None:
    panel = reading.window.search
    with qtbot.waitSignal(reading.search.results_ready, timeout=10000):
        panel.query.setText(text)  # keyClicks with accents crashes offscreen (PLATFORM.md)


def test_typing_shows_a_concordance_by_date(qtbot: QtBot, reading: WindowAssembly) -> None:
    _search(qtbot, reading, "inviolabilité des frontières")
    model = reading.results
    assert model.rowCount() == 3
    dates = [model.hit(r).date for r in range(3)]
    assert dates == sorted(dates)
    assert model.index(0, 3).data().lower() == "inviolabilité des frontières"
    assert "3 occurrence(s) dans 3 document(s)" in reading.window.search.status.text()
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert model.hit(0).date == "2026-02-10"


def test_results_are_grouped_by_document_with_counts(qtbot: QtBot, reading: WindowAssembly) -> None:
    _search(qtbot, reading, "intégrité territoriale")
    groups = reading.window.search.groups
    total = reading.results.rowCount()
    assert groups.item(0).text() == f"Tous les documents ({total})"
    counts = {}
    for row in range(1, groups.count()):
        label = groups.item(row).text()
        counts[label] = int(label.split(" · ", 1)[0])
    assert sum(counts.values()) == total
    moscow = next(row for row in range(1, groups.count()) if "Moscou" in groups.item(row).text())
    groups.setCurrentRow(moscow)  # choosing a document narrows the concordance to it
    hits = reading.results.hits()
    assert {h.title for h in hits} == {next(h.title for h in hits)}
    assert "Moscou" in hits[0].title
    assert len(hits) == int(groups.item(moscow).text().split(" · ", 1)[0])
    groups.setCurrentRow(0)
    assert reading.results.rowCount() == total


def test_a_newer_query_wins(qtbot: QtBot, reading: WindowAssembly) -> None:
    panel = reading.window.search
    with qtbot.waitSignal(reading.search.results_ready, timeout=10000):
        panel.query.setText("terrorisme")
        panel.query.setText("souveraineté")  # typed on before the pause: only this one runs
    assert {h.match.lower() for h in reading.results.hits()} == {"souveraineté"}


def test_a_bad_date_filter_says_why_and_keeps_the_results(
    qtbot: QtBot, reading: WindowAssembly
) -> None:
    _search(qtbot, reading, "souveraineté")
    before = reading.results.rowCount()
    with qtbot.waitSignal(reading.search.failed, timeout=10000):
        reading.window.search.date_from.setText("l'an dernier")
    assert reading.window.search.status.text().startswith("pas une date : ")  # in French
    assert reading.results.rowCount() == before


def test_opening_a_hit_shows_it_marked_in_the_right_pane(
    qtbot: QtBot, reading: WindowAssembly
) -> None:
    _search(qtbot, reading, "INVIOLABILITÉ DES FRONTIÈRES")
    row = next(
        r for r in range(reading.results.rowCount()) if "sotchi" in reading.results.hit(r).path
    )
    hit = reading.results.hit(row)
    with qtbot.waitSignal(reading.controller.comparison_ready, timeout=30000):
        reading.window.search.results.activated.emit(reading.results.index(row, 3))
    pane = reading.window.right_pane
    assert "Sotchi" in pane.title_label.text()
    assert MarkKind.SEARCH in {m.kind for m in pane.marks_at(hit.start)}
    top, bottom = pane.visible_fraction()
    assert top <= pane.fraction_of(hit.start) <= bottom


def test_a_hit_in_the_left_document_is_shown_there(qtbot: QtBot, reading: WindowAssembly) -> None:
    _search(qtbot, reading, "INVIOLABILITÉ DES FRONTIÈRES")
    row = next(
        r for r in range(reading.results.rowCount()) if "moscou" in reading.results.hit(r).path
    )
    hit = reading.results.hit(row)
    reading.window.search.hit_activated.emit(hit)  # Moscow is open on the left: no reloading
    pane = reading.window.left_pane
    assert MarkKind.SEARCH in {m.kind for m in pane.marks_at(hit.start)}
    assert reading.reader.pending_hit is None


def test_results_export_to_csv(
    qtbot: QtBot, reading: WindowAssembly, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _search(qtbot, reading, "intégrité territoriale")
    target = tmp_path / "hits.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "CSV"))
    reading.window.search.export_requested.emit()
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == reading.results.rowCount() == 8
    raw = Path(rows[0]["path"]).read_text(encoding="utf-8")
    assert raw[int(rows[0]["start"]) : int(rows[0]["end"])].lower() == "intégrité territoriale"


def test_where_else_lists_the_precedents_of_the_selected_clause(
    qtbot: QtBot, reading: WindowAssembly
) -> None:
    comparison = reading.reader.comparison
    assert comparison is not None
    point_1 = next(c for c in comparison.right.clauses if c.label == "1.")
    reading.reader.select("right", point_1.clause_id)
    reading.window.search.query.setText("frontières")
    with qtbot.waitSignal(reading.search.precedents_ready, timeout=30000):
        reading.window.action(Act.WHERE_ELSE).trigger()
    view = reading.window.where_else
    assert reading.window.where_else_dock.isVisible()
    rows = view.shown()
    assert rows
    assert all("charte" not in row.key.path for row in rows)  # never the clause's own document
    assert any(row.label == "IV ¶4" for row in rows)
    similarities = [row.similarity for row in rows]
    assert similarities == sorted(similarities, reverse=True)  # by similarity, not by date
    assert min(similarities) >= view.minimum.value()
    assert "Où ailleurs : 1." in view.status.text()
    assert reading.window.search.query.text() == "frontières"  # the search is left alone
    # A higher minimum hides the weaker ones at once; no new search.
    raised = math.floor(max(similarities) * 100) / 100  # the box shows two decimals
    view.minimum.setValue(raised)
    shown = [row.similarity for row in view.shown()]
    assert shown == [s for s in similarities if s >= raised]
    assert len(shown) < len(similarities)


def test_a_precedent_opens_in_the_other_pane_and_the_source_stays(
    qtbot: QtBot, reading: WindowAssembly
) -> None:
    comparison = reading.reader.comparison
    assert comparison is not None
    source_path = comparison.right.document.path
    point_1 = next(c for c in comparison.right.clauses if c.label == "1.")
    reading.reader.select("right", point_1.clause_id)
    with qtbot.waitSignal(reading.search.precedents_ready, timeout=30000):
        reading.window.action(Act.WHERE_ELSE).trigger()
    view = reading.window.where_else
    view.minimum.setValue(view.minimum.minimum())
    chosen = next(
        row for row in view.shown() if row.key.path != comparison.left.document.path
    )  # a document not already open, so it must be opened
    index = view.shown().index(chosen)
    view.table.setCurrentCell(index, 0)
    with qtbot.waitSignal(reading.controller.comparison_ready, timeout=30000):
        view.precedent_activated.emit(chosen.key)
    shown = reading.reader.comparison
    assert shown is not None
    assert shown.left.document.path == chosen.key.path  # the other pane
    assert shown.right.document.path == source_path  # the source stays where it was
    assert reading.reader.current is not None
    assert reading.reader.current.clause_id == point_1.clause_id


def test_find_puts_the_cursor_in_the_query(qtbot: QtBot, reading: WindowAssembly) -> None:
    reading.window.search_dock.hide()
    reading.window.action(Act.FIND).trigger()
    assert reading.window.search_dock.isVisible()
    assert reading.window.action(Act.FIND).shortcut().toString()
