"""File > Export… and the saved comparison, in the window: the dialog's formats, the file written
off the interface's thread, and a saved comparison reopened on a fresh library as it was."""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.application import WindowAssembly
from app.comparison.export_wiring import chosen_path
from corpus.compare.ledger import Verdict, ledger
from widgets.actions import Act

from tests.app.conftest import open_reading

DATA = Path(__file__).resolve().parents[2] / "data"
SWEDEN = DATA / "nl-bwb__traite-conciliation-nl-suede.txt"
NORWAY = DATA / "nl-bwb__traite-reglement-judiciaire-nl-norvege.txt"


def test_a_name_gets_the_chosen_formats_extension() -> None:
    offered = (".pdf", ".csv", ".docx")
    assert chosen_path("/tmp/a", "CSV (*.csv)", offered) == Path("/tmp/a.csv")
    assert chosen_path("/tmp/a.DOCX", "PDF (*.pdf)", offered) == Path("/tmp/a.DOCX")
    assert chosen_path("/tmp/a.txt", "Word (*.docx)", offered) == Path("/tmp/a.txt.docx")


def _decide(qtbot: QtBot, reading: WindowAssembly) -> tuple[tuple[str, str], str]:
    """Confirm the strongest pair and mark an unpaired left clause, through the window."""
    comparison = reading.reader.comparison
    assert comparison is not None
    strongest = max(comparison.alignment.links, key=lambda k: k.score)
    reading.reader.select("left", strongest.left)
    with qtbot.waitSignal(reading.controller.comparison_ready, timeout=30000, raising=False):
        reading.window.action(Act.CONFIRM).trigger()
    alone = comparison.alignment.unpaired_left[0]
    reading.reader.select("left", alone)
    reading.window.action(Act.NO_COUNTERPART).trigger()
    qtbot.waitUntil(
        lambda: (
            reading.reader.comparison is not None
            and alone in reading.reader.comparison.alignment.settled_left
        ),
        timeout=30000,
    )
    return (strongest.left, strongest.right), alone


def test_export_offers_csv_and_writes_it_in_the_background(
    qtbot: QtBot, settings_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reading = open_reading(qtbot, settings_path, str(SWEDEN), str(NORWAY))
    _decide(qtbot, reading)
    offered: list[str] = []

    def dialog(*args: object, **_: object) -> tuple[str, str]:
        offered.append(str(args[3]))
        return str(tmp_path / "pairs"), "CSV (*.csv)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    with qtbot.waitSignal(reading.exports.exported, timeout=30000) as written:
        reading.window.action(Act.EXPORT).trigger()
    assert offered == ["PDF (*.pdf);;CSV (*.csv);;Word (*.docx)"]
    assert written.args == [tmp_path / "pairs.csv"]
    text = (tmp_path / "pairs.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(text.splitlines()))
    decisions = {r["decision"] for r in rows}
    assert {"confirmed", "no-counterpart"} <= decisions
    comparison = reading.reader.comparison
    assert comparison is not None
    assert len(rows) == len(ledger(comparison))
    assert "pairs.csv" in reading.window.statusBar().currentMessage()
    reading.exports.wait()


def test_an_export_to_a_missing_folder_is_told_and_writes_nothing(
    qtbot: QtBot, reading: WindowAssembly, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "gone" / "report.docx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Word (*.docx)")
    )
    reading.window.action(Act.EXPORT).trigger()
    box = reading.window.findChild(QMessageBox, "error_box")
    assert box is not None
    assert "gone" in box.text()
    assert not (tmp_path / "gone").exists()


def test_a_saved_comparison_reopens_on_a_fresh_library(
    qtbot: QtBot,
    settings_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = open_reading(qtbot, settings_path, str(SWEDEN), str(NORWAY))
    pair, alone = _decide(qtbot, first)
    saved = tmp_path / "traités.vavcmp"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), "Vis-à-vis (*.vavcmp)")
    )
    with qtbot.waitSignal(first.exports.exported, timeout=30000):
        first.window.action(Act.SAVE_COMPARISON).trigger()
    assert zipfile.is_zipfile(saved)
    first.exports.wait()
    first.window.close()

    # Another computer: a library of its own, which has never seen these texts.
    monkeypatch.setenv("VIS_A_VIS_DATA", str(tmp_path / "other computer"))
    second = open_reading(qtbot, settings_path)
    entries = len(second.library.entries())
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(saved), ""))
    with qtbot.waitSignal(second.review.comparison_ready, timeout=60000):
        second.window.action(Act.OPEN_SAVED).trigger()
    qtbot.waitUntil(
        lambda: second.reader.comparison is not None and second.reader.comparison.decisions != (),
        timeout=30000,
    )
    comparison = second.reader.comparison
    assert comparison is not None
    assert comparison.left.document.raw == SWEDEN.read_text(encoding="utf-8")
    assert len(second.library.entries()) == entries + 2  # both texts, now in this library
    verdicts = {(e.left, e.right): e.verdict for e in ledger(comparison)}
    assert verdicts[pair] is Verdict.CONFIRMED
    assert verdicts[(alone, None)] is Verdict.NO_COUNTERPART

    # A damaged copy is refused, and nothing changes.
    damaged = tmp_path / "damaged.vavcmp"
    damaged.write_bytes(saved.read_bytes()[:-200])
    specs = second.controller.specs
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(damaged), ""))
    with qtbot.waitSignal(second.exports.failed, timeout=30000):
        second.window.action(Act.OPEN_SAVED).trigger()
    assert second.controller.specs == specs
    assert len(second.library.entries()) == entries + 2
    second.exports.wait()


def test_no_writing_box_stands_over_a_window_that_writes_nothing(
    qtbot: QtBot, reading: WindowAssembly
) -> None:
    """A QProgressDialog shows itself some seconds after it is made (Qt's default: 4 s) unless
    it is reset: the export's box, made with the window, stood over it saying "Writing…"."""
    from PySide6.QtWidgets import QApplication, QProgressDialog

    qtbot.wait(4500)
    shown = [
        box.objectName()
        for box in QApplication.topLevelWidgets()
        if isinstance(box, QProgressDialog) and box.isVisible()
    ]
    assert shown == []
    assert reading.window.isVisible()
