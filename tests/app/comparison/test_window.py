"""The reader driven as a user drives it: clicks, keys, toggles, swap, a bad file, settings."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.application import WindowAssembly
from app.shell.settings import SettingsStore
from corpus.text.bundled import bundled_path
from widgets.actions import Act
from widgets.marks import MarkKind

from tests.app.conftest import open_reading, synoptic_rows_shown


def _point_of(reading: WindowAssembly, side: str, offset: int) -> QPoint:
    pane = reading.reader.pane(side)
    pane.scroll_to_offset(offset)
    cursor = pane.text_view.textCursor()
    cursor.setPosition(offset)
    return pane.text_view.cursorRect(cursor).center()


def _clause(reading: WindowAssembly, side: str, label: str) -> str:
    comparison = reading.reader.comparison
    assert comparison is not None
    document = comparison.left if side == "left" else comparison.right
    return next(c.clause_id for c in document.clauses if c.label == label)


def test_clicking_a_clause_selects_and_scrolls_to_its_counterpart(
    qtbot: QtBot, reading: WindowAssembly
) -> None:
    comparison = reading.reader.comparison
    assert comparison is not None
    sovereignty = comparison.left.clause(_clause(reading, "left", "IV ¶4"))
    right = reading.window.right_pane
    right.text_view.verticalScrollBar().setValue(right.text_view.verticalScrollBar().maximum())
    point = _point_of(reading, "left", sovereignty.start + 40)
    with qtbot.waitSignal(reading.window.left_pane.clause_activated) as blocker:
        qtbot.mouseClick(
            reading.window.left_pane.text_view.viewport(), Qt.MouseButton.LeftButton, pos=point
        )
    assert blocker.args == [sovereignty.clause_id]
    counterpart = comparison.right.clause(reading.reader.selected["right"][0])
    assert counterpart.label == "1."
    top, bottom = right.visible_fraction()
    assert top <= right.fraction_of(counterpart.start) <= bottom  # scrolled into view
    kinds = {m.kind for m in reading.window.right_pane.marks_at(counterpart.start + 5)}
    assert MarkKind.INSERT in kinds  # the word diff of the pair is shown
    assert any(b.selected for b in reading.window.gutter.bands())


def test_keyboard_walks_the_pairs(qtbot: QtBot, reading: WindowAssembly) -> None:
    comparison = reading.reader.comparison
    assert comparison is not None
    seen = []
    for _ in range(3):
        qtbot.keyClick(reading.window, Qt.Key.Key_F8)
        assert reading.reader.current is not None
        seen.append(reading.reader.current.link)
    assert len(set(seen)) == 3
    assert all(link in comparison.alignment.links for link in seen)
    qtbot.keyClick(reading.window, Qt.Key.Key_F7)
    assert reading.reader.current is not None
    assert reading.reader.current.link == seen[1]
    qtbot.keyClick(reading.window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    current = reading.reader.current
    assert current is not None
    assert current.link is None
    assert current.clause_id in comparison.alignment.unpaired_left


def test_toggling_a_family_removes_exactly_its_highlights(
    qtbot: QtBot, reading: WindowAssembly
) -> None:
    pane = reading.window.left_pane
    before = pane.visible_marks()
    sovereignty = [m for m in before if m.group == "sovereignty"]
    assert sovereignty
    reading.window.legend.checkbox("sovereignty").setChecked(False)
    after = pane.visible_marks()
    assert after == [m for m in before if m.group != "sovereignty"]
    reading.window.legend.checkbox("sovereignty").setChecked(True)
    assert pane.visible_marks() == before


def test_swapping_panes_swaps_everything(qtbot: QtBot, reading: WindowAssembly) -> None:
    window = reading.window
    left_title, right_title = (
        window.left_pane.title_label.text(),
        window.right_pane.title_label.text(),
    )
    left_text = window.left_pane.text()
    comparison = reading.reader.comparison
    assert comparison is not None
    only_left = comparison.only_left
    with qtbot.waitSignal(reading.controller.comparison_ready, timeout=30000):
        window.action(Act.SWAP).trigger()
    swapped = reading.reader.comparison
    assert swapped is not None
    assert window.left_pane.title_label.text() == right_title
    assert window.right_pane.title_label.text() == left_title
    assert window.right_pane.text() == left_text
    assert swapped.only_right == only_left
    assert len(swapped.alignment.links) == len(comparison.alignment.links)


def test_a_bad_file_leaves_the_comparison_intact(
    qtbot: QtBot, reading: WindowAssembly, tmp_path: Path
) -> None:
    before = reading.reader.comparison
    image = tmp_path / "scan.txt"
    image.write_bytes(bytes.fromhex("89504e470d0a1a0a") + b"\0" * 64)
    with qtbot.waitSignal(reading.controller.failed, timeout=30000) as blocker:
        reading.controller.open_side("right", str(image))
    assert "PNG" in str(blocker.args[0])
    assert reading.reader.comparison is before
    assert reading.controller.specs[1].endswith("charte-de-partenariat-strategique")
    box = reading.window.findChild(QMessageBox, "error_box")
    assert box is not None
    assert "PNG" in box.text()
    assert "paires" in reading.window.summary.text()  # the summary came back, not "en cours"


def test_settings_round_trip_through_a_settings_file(
    qtbot: QtBot, reading: WindowAssembly, settings_path: Path
) -> None:
    window = reading.window
    window.action(Act.SYNC_SCROLL).setChecked(False)
    window.action(Act.SYNOPTIC).setChecked(True)
    window.legend.checkbox("terrorism").setChecked(False)
    window.action(Act.ZOOM_IN).trigger()
    with qtbot.waitSignal(reading.controller.comparison_ready, timeout=30000):
        reading.controller.open_side("left", "2025-04-23_azerbaidjan-chine_partenariat")
    window.close()
    saved = SettingsStore(settings_path).load()
    assert saved.left == "2025-04-23_azerbaidjan-chine_partenariat"
    assert saved.hidden_families == ("terrorism",)
    assert (saved.sync_scroll, saved.synoptic, saved.point_size) == (False, True, 12)
    again = open_reading(qtbot, settings_path)
    assert again.window.left_pane.title_label.text().startswith("Déclaration conjointe")
    assert again.window.action(Act.SYNOPTIC).isChecked()
    assert not again.window.legend.checkbox("terrorism").isChecked()
    assert again.window.left_pane.point_size() == 12
    assert again.window.pages.currentIndex() != 0  # synoptic page shown
    again.controller.wait()


def test_synoptic_rows_follow_the_left_text(qtbot: QtBot, reading: WindowAssembly) -> None:
    rows = synoptic_rows_shown(qtbot, reading)
    comparison = reading.reader.comparison
    assert comparison is not None
    left_ids = [row.left_ids[0] for row in rows if row.left_ids]
    assert left_ids == [c.clause_id for c in comparison.left.clauses]
    right_ids = [i for row in rows for i in row.right_ids]
    assert sorted(right_ids) == sorted(c.clause_id for c in comparison.right.clauses)


def test_tooltip_names_the_formula_family_under_the_mouse(
    qtbot: QtBot, reading: WindowAssembly
) -> None:
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    pane = reading.window.right_pane
    mark = next(m for m in pane.visible_marks() if m.group == "territorial-integrity")
    point = _point_of(reading, "right", mark.start + 3)
    viewport = pane.text_view.viewport()
    event = QHelpEvent(QHelpEvent.Type.ToolTip, point, viewport.mapToGlobal(point))
    QApplication.sendEvent(viewport, event)
    assert "Intégrité territoriale" in QToolTip.text()
    assert "1." in QToolTip.text()  # and the clause's label


def test_file_export_pdf_writes_the_comparison_shown(
    qtbot: QtBot, reading: WindowAssembly, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "export.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF"))
    reading.window.action(Act.SYNOPTIC).setChecked(True)
    with qtbot.waitSignal(reading.exports.exported, timeout=60000):  # drawn off the interface
        reading.window.action(Act.EXPORT).trigger()
    assert target.read_bytes().startswith(b"%PDF-")
    assert "export.pdf" in reading.window.statusBar().currentMessage()


def test_a_file_dropped_on_a_pane_opens_there(qtbot: QtBot, reading: WindowAssembly) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    nato = Path(__file__).resolve().parents[2] / "data" / "nl-bwb__north-atlantic-treaty-1949.txt"
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(nato))])
    drop = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    right_before = reading.controller.specs[1]
    with qtbot.waitSignal(reading.controller.comparison_ready, timeout=30000):
        reading.window.left_pane.dropEvent(drop)
    assert reading.controller.specs == (str(nato), right_before)
    assert "NORTH ATLANTIC" in reading.window.left_pane.title_label.text().upper()


def test_the_synoptic_rows_are_made_off_the_interface_when_first_shown(
    qtbot: QtBot, reading: WindowAssembly, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.comparison import presenter

    made_in: list[threading.Thread] = []
    making = presenter.synoptic_rows

    def recorded(*args: Any) -> Any:
        made_in.append(threading.current_thread())
        return making(*args)

    monkeypatch.setattr(presenter, "synoptic_rows", recorded)
    window = reading.window
    synoptic = window.synoptic
    # A new comparison: its rows are not made, nor the table laid out, while the panes show.
    with qtbot.waitSignal(reading.controller.comparison_ready, timeout=30000):
        reading.controller.open_side("left", "2025-04-23_azerbaidjan-chine_partenariat")
    comparison = reading.reader.comparison
    assert comparison is not None
    reading.reader.wait()
    assert made_in == []
    assert synoptic.model().rowCount() == 0
    # Shown: it says it prepares its rows, and they are made off the interface's thread.
    window.action(Act.SYNOPTIC).setChecked(True)
    assert synoptic.is_preparing()
    assert synoptic.model().rowCount() == 0
    qtbot.waitUntil(lambda: not synoptic.is_preparing(), timeout=30000)
    assert len(made_in) == 1
    assert made_in[0] is not threading.main_thread()
    expected = making(comparison, reading.reader.catalogue, reading.reader.language)
    assert synoptic.rows() == expected
    assert synoptic.model().rowCount() == len(expected)
    title = comparison.left.document.meta.title
    header = synoptic.model().headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert header == title
    # Heights are measured a few rows at a time, the rows in view first; none is left cut.
    qtbot.waitUntil(synoptic.measured, timeout=10000)
    for row in range(synoptic.model().rowCount()):
        assert synoptic.rowHeight(row) >= synoptic.sizeHintForRow(row)


def test_the_keyboard_walks_the_synoptic_rows(qtbot: QtBot, reading: WindowAssembly) -> None:
    rows = synoptic_rows_shown(qtbot, reading)
    synoptic = reading.window.synoptic
    first, second = rows[0], rows[1]
    qtbot.mouseClick(
        synoptic.viewport(),
        Qt.MouseButton.LeftButton,
        pos=synoptic.visualRect(synoptic.model().index(0, 0)).center(),
    )
    current = reading.reader.current
    assert current is not None
    assert current.clause_id == (first.left_ids or first.right_ids)[0]
    synoptic.setFocus()
    qtbot.keyClick(synoptic, Qt.Key.Key_Down)
    current = reading.reader.current
    assert current is not None
    assert current.clause_id == (second.left_ids or second.right_ids)[0]
    assert [i.row() for i in synoptic.selectedIndexes()] == [1, 1]
    # F8 from the panes' menu moves the synoptic selection along, without a loop back.
    qtbot.keyClick(reading.window, Qt.Key.Key_F8)
    current = reading.reader.current
    assert current is not None
    assert current.link is not None
    selected = {i.row() for i in synoptic.selectedIndexes()}
    assert len(selected) == 1
    row = rows[selected.pop()]
    assert current.clause_id in (*row.left_ids, *row.right_ids)


def test_synoptic_rows_that_cannot_be_made_leave_no_view_waiting(
    qtbot: QtBot, reading: WindowAssembly, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.comparison import presenter
    from corpus.errors import CorpusError

    def failing(*_: Any) -> Any:
        raise CorpusError("clause c99 not found")

    monkeypatch.setattr(presenter, "synoptic_rows", failing)
    synoptic = reading.window.synoptic
    reading.window.action(Act.SYNOPTIC).setChecked(True)
    assert synoptic.is_preparing()
    qtbot.waitUntil(lambda: not synoptic.is_preparing(), timeout=30000)
    assert synoptic.model().rowCount() == 0
    message = reading.window.statusBar().currentMessage()
    assert "synoptique" in message
    assert "c99" in message
    # The panes are as they were: back to them, the comparison is still shown.
    reading.window.action(Act.SYNOPTIC).setChecked(False)
    assert reading.reader.comparison is not None
    assert reading.window.left_pane.text()


def test_a_scroll_redraws_the_bands_once_and_where_the_clauses_now_are(
    qtbot: QtBot, reading: WindowAssembly, monkeypatch: pytest.MonkeyPatch
) -> None:
    gutter = reading.window.gutter
    drawn: list[int] = []
    set_bands = gutter.set_bands
    monkeypatch.setattr(gutter, "set_bands", lambda bands: (drawn.append(1), set_bands(bands)))
    bar = reading.window.left_pane.text_view.verticalScrollBar()
    for step in range(1, 6):  # five scroll steps before the window paints again
        bar.setValue(step * bar.singleStep())
    qtbot.waitUntil(lambda: bool(drawn))
    qtbot.wait(20)
    assert len(drawn) == 1
    pane = reading.window.left_pane
    assert gutter.bands()
    for band in gutter.bands():
        top, _ = pane.clause_extents([band.left_id])[band.left_id]
        assert band.left_top == pytest.approx(pane.map_y_to(gutter, top), abs=1)


def test_bands_are_drawn_for_the_pairs_in_view_only(qtbot: QtBot, reading: WindowAssembly) -> None:
    comparison = reading.reader.comparison
    assert comparison is not None
    gutter, left, right = reading.window.gutter, reading.window.left_pane, reading.window.right_pane
    strip = gutter.height()
    for _ in range(3):  # three screens down the left text: its first pairs go out of view
        qtbot.keyClick(left.text_view, Qt.Key.Key_PageDown)
    qtbot.wait(20)  # the bands of the last scroll step are drawn
    drawn = {(b.left_id, b.right_id) for b in gutter.bands()}
    for link in comparison.alignment.links:
        (lt, lb), (rt, rb) = (
            left.clause_extents([link.left])[link.left],
            right.clause_extents([link.right])[link.right],
        )
        ends = [left.map_y_to(gutter, y) for y in (lt, lb)] + [
            right.map_y_to(gutter, y) for y in (rt, rb)
        ]
        hidden = max(ends) < 0 or min(ends) > strip  # the whole band above or below the strip
        if not hidden:
            assert (link.left, link.right) in drawn, link
    assert len(drawn) < len(comparison.alignment.links)


def test_a_text_with_a_press_article_opens_on_its_first_clause_not_its_title(
    qtbot: QtBot, settings_path: Path
) -> None:
    """The Chinese declaration's file opens with a press article and the declaration's title
    (not clauses); its pane opens with the first clause's first line at the very top, with no
    cut-off line of the title above it."""
    chinese = bundled_path("2025-04-23_azerbaidjan-chine_partenariat-strategique-global")
    moscow = bundled_path("2004-02-06_russie-azerbaidjan_declaration-de-moscou")
    built = open_reading(qtbot, settings_path, str(moscow), str(chinese))
    try:
        comparison = built.reader.comparison
        assert comparison is not None
        first = comparison.right.clauses[0].start
        front = comparison.right.document.raw[:first]
        assert "Paris / La Gazette" in front  # the press article is really there, above it
        pane = built.window.right_pane
        # The text is laid out in the event loop after the window shows: let it settle.
        qtbot.waitUntil(lambda: pane.visible_offsets()[0] <= pane.visible_offsets()[1])
        qtbot.wait(200)
        top_line = pane.offset_at_height(0.01)  # a few pixels down: inside the top line
        assert first <= top_line < first + pane.chars_per_line()
    finally:
        built.controller.wait()
