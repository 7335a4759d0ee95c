"""The search report in the window: File > Export search report… and the search panel's button
write the search as set (query, filters), run whole in the background, as a Word document or a
PDF chosen in the dialog; a bad path is told and leaves nothing."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.application import WindowAssembly
from app.library.report_wiring import chart_choice, report_name
from corpus.library.hits import Filters
from corpus.library.query import parse_query
from widgets.actions import Act

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
NORTH_SEA = (
    Path(__file__).resolve().parents[2] / "data" / "texts" / ("nl-bwb__declaration-mer-du-nord.txt")
)
QUERY = "intégrité territoriale"


def _searched(qtbot: QtBot, reading: WindowAssembly, query: str, party: str = "") -> None:
    """Import the North Sea declaration (1908), then type a search and a party filter."""
    with qtbot.waitSignal(reading.library_controller.imported, timeout=60000):
        reading.window.library.files_dropped.emit([str(NORTH_SEA)])
    panel = reading.window.search
    with qtbot.waitSignal(reading.search.results_ready, timeout=30000):
        panel.query.setText(query)
        panel.party.setText(party)
    reading.search.wait()


def _docx_text(path: Path) -> str:
    with zipfile.ZipFile(path) as docx:
        root = ElementTree.fromstring(docx.read("word/document.xml"))
        assert [n for n in docx.namelist() if n.startswith("word/media/")]  # the chart
    return "\n".join("".join(t.text or "" for t in p.iter(f"{W}t")) for p in root.iter(f"{W}p"))


def test_the_action_writes_the_search_as_a_word_report_in_the_background(
    qtbot: QtBot, reading: WindowAssembly, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _searched(qtbot, reading, QUERY)
    asked: list[tuple[object, ...]] = []

    def dialog(*args: object, **_: object) -> tuple[str, str]:
        asked.append(args)
        return str(tmp_path / "rapport"), "Word (*.docx)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    busy: list[bool] = []
    reading.exports.busy_changed.connect(busy.append)
    with qtbot.waitSignal(reading.exports.exported, timeout=60000) as written:
        reading.window.action(Act.SEARCH_REPORT).trigger()
        assert busy == [True]  # handed to the background: the window goes on
    assert asked[0][2] == "recherche-intégrité-territoriale.pdf"
    assert asked[0][3] == "PDF (*.pdf);;Word (*.docx)"
    out = tmp_path / "rapport.docx"
    assert written.args == [out]
    text = _docx_text(out)
    expected = reading.library.index.search(parse_query(QUERY), Filters())
    assert "Rapport de recherche" in text  # the window's language
    assert f"Requête\u00a0: {QUERY}" in text
    assert f"Occurrences\u00a0: {expected.total}" in text
    assert f"Bibliothèque\u00a0: {reading.library.location}" in text
    assert "Source\u00a0: nl-bwb__declaration-mer-du-nord.txt" in text
    for hit in expected.hits:
        assert f"{hit.left}{hit.match}{hit.right}" in text
    assert "rapport.docx" in reading.window.statusBar().currentMessage()
    reading.exports.wait()


def test_the_panels_button_writes_a_pdf_with_the_filters(
    qtbot: QtBot, reading: WindowAssembly, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _searched(qtbot, reading, QUERY, party="sweden")
    out = tmp_path / "rapport.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    with qtbot.waitSignal(reading.exports.exported, timeout=60000):
        reading.window.search.report_button.click()
    text = "".join("".join(page.extract_text() for page in PdfReader(out).pages).split())
    assert "Filtres:partie«sweden»" in text
    assert "nl-bwb__declaration-mer-du-nord.txt" in text
    assert "Moscou" not in text  # the Russia–Azerbaijan declaration is left out by the filter
    reading.exports.wait()


def test_without_a_query_nothing_is_asked(
    qtbot: QtBot, reading: WindowAssembly, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[object] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(a))
    reading.window.action(Act.SEARCH_REPORT).trigger()
    assert asked == []
    assert "recherche" in reading.window.statusBar().currentMessage()


def test_a_bad_path_is_told_and_leaves_nothing(
    qtbot: QtBot, reading: WindowAssembly, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _searched(qtbot, reading, QUERY)
    missing = tmp_path / "missing" / "rapport.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(missing), ""))
    reading.window.action(Act.SEARCH_REPORT).trigger()
    boxes = [b for b in reading.window.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1
    assert "missing" in boxes[0].text()
    assert "n’existe pas" in boxes[0].text()  # in the window's language
    assert not missing.parent.exists()
    assert not [p for p in tmp_path.iterdir() if "rapport" in p.name]


def test_a_report_is_named_after_its_query() -> None:
    prefix = QCoreApplication.translate("wiring", "recherche")  # the interface's word
    assert report_name("family:strategic-partnership") == (
        f"{prefix}-family-strategic-partnership.pdf"
    )
    assert report_name("NEAR(a b, 5)") == f"{prefix}-NEAR-a-b-5.pdf"
    assert report_name("«  »") == f"{prefix}.pdf"


def test_the_reports_chart_is_counted_and_split_as_the_timeline_docks(
    reading: WindowAssembly,
) -> None:
    panel = reading.window.timeline
    assert chart_choice(reading.window) == ("hits", "")
    panel.measure.setCurrentIndex(panel.measure.findData("documents"))
    panel.split.setCurrentIndex(panel.split.findData("language"))
    assert chart_choice(reading.window) == ("documents", "language")
