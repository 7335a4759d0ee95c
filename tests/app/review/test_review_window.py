"""The analyst's review in the window, driven as a user drives it: clicks, keys, the connector
strip; decisions kept across undo, redo, a restart and a threshold change.

The default pair: the Moscow declaration of 2004 (left) and the 2026 charter (right).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, QPointF, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.application import WindowAssembly
from corpus.compare.comparison import CompareSettings, Comparison
from corpus.model import ClauseLink, LinkOrigin
from widgets import palette
from widgets.actions import Act
from widgets.marks import MarkKind

from tests.app.conftest import open_reading, synoptic_rows_shown


def _comparison(reading: WindowAssembly) -> Comparison:
    comparison = reading.reader.comparison
    assert comparison is not None
    return comparison


def _click_clause(qtbot: QtBot, reading: WindowAssembly, side: str, clause_id: str) -> None:
    """A left click in the middle of a clause's first words, as a user clicks."""
    comparison = _comparison(reading)
    document = comparison.left if side == "left" else comparison.right
    offset = document.clause(clause_id).start + 5
    pane = reading.reader.pane(side)
    pane.scroll_to_offset(offset)
    cursor = pane.text_view.textCursor()
    cursor.setPosition(offset)  # ASCII-only openings here: code points = UTF-16 units
    point = pane.text_view.cursorRect(cursor).center()
    with qtbot.waitSignal(pane.clause_activated):
        qtbot.mouseClick(pane.text_view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def _pairs(reading: WindowAssembly) -> dict[tuple[str, str], ClauseLink]:
    return {(k.left, k.right): k for k in _comparison(reading).alignment.links}


def _unpaired_couple(reading: WindowAssembly) -> tuple[str, str]:
    """A left and a right clause the engine did not pair, both with some words in common."""
    comparison = _comparison(reading)
    pairs = _pairs(reading)
    return next(
        (left.clause_id, right.clause_id)
        for left in comparison.left.clauses
        for right in comparison.right.clauses
        if (left.clause_id, right.clause_id) not in pairs
        and comparison.score(left.clause_id, right.clause_id) > 0.05
        and comparison.left.document.raw[left.start : left.start + 6].isascii()
        and comparison.right.document.raw[right.start : right.start + 6].isascii()
    )


def test_link_by_clicks_and_key_then_undo_and_redo(qtbot: QtBot, reading: WindowAssembly) -> None:
    left, right = _unpaired_couple(reading)
    before = len(_pairs(reading))
    _click_clause(qtbot, reading, "left", left)
    _click_clause(qtbot, reading, "right", right)
    assert "Ctrl+K" in reading.window.statusBar().currentMessage()
    qtbot.keyClick(reading.window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    link = _pairs(reading)[(left, right)]
    assert link.by is LinkOrigin.ANALYST
    assert len(_pairs(reading)) == before + 1
    assert f"{before + 1} paires, 1 revue" in reading.window.summary.text()
    decided = [b for b in reading.window.gutter.bands() if b.decided]
    assert [(b.left_id, b.right_id) for b in decided] == [(left, right)]
    # The overview bars show the decided clauses in their own colour.
    bars = (reading.window.left_overview, reading.window.right_overview)
    qtbot.waitUntil(
        lambda: all(any(m.colour == palette.DECIDED for m in bar.marks()) for bar in bars)
    )
    undo = reading.window.action(Act.UNDO)
    assert undo.isEnabled()
    assert "lier" in undo.text()

    qtbot.keyClick(reading.window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert (left, right) not in _pairs(reading)
    assert f"{before} paires, 0 revues" in reading.window.summary.text()
    assert not any(b.decided for b in reading.window.gutter.bands())
    assert reading.review.undo_stack.count() == 1
    qtbot.keyClick(
        reading.window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert _pairs(reading)[(left, right)].by is LinkOrigin.ANALYST


def test_unlink_and_confirm_survive_a_restart_and_a_threshold_change(
    qtbot: QtBot, reading: WindowAssembly, settings_path: Path
) -> None:
    proposals = sorted(_comparison(reading).alignment.links, key=lambda k: k.score)
    weakest, strongest = proposals[0], proposals[-1]
    reading.reader.select("left", weakest.left, weakest)
    reading.window.action(Act.UNLINK).trigger()
    assert (weakest.left, weakest.right) not in _pairs(reading)
    reading.reader.select("left", strongest.left, strongest)
    reading.window.action(Act.CONFIRM).trigger()
    assert _pairs(reading)[(strongest.left, strongest.right)].by is LinkOrigin.ANALYST

    # A stricter threshold: the engine proposes fewer pairs, the analyst's are kept.
    with qtbot.waitSignal(reading.controller.comparison_ready, timeout=30000):
        reading.controller.recompute(CompareSettings(threshold=0.95))
    pairs = _pairs(reading)
    assert pairs[(strongest.left, strongest.right)].by is LinkOrigin.ANALYST
    assert (weakest.left, weakest.right) not in pairs
    with qtbot.waitSignal(reading.controller.comparison_ready, timeout=30000):
        reading.controller.recompute(CompareSettings())

    # A restart: a new window on the same library.
    specs = reading.controller.specs
    reading.window.close()
    reading.controller.wait()
    again = open_reading(qtbot, settings_path, *specs)
    try:
        pairs = _pairs(again)
        assert (weakest.left, weakest.right) not in pairs
        assert pairs[(strongest.left, strongest.right)].by is LinkOrigin.ANALYST
        assert "1 revue" in again.window.summary.text()
    finally:
        again.window.close()
        again.controller.wait()


def test_no_counterpart_from_the_context_of_a_clause(qtbot: QtBot, reading: WindowAssembly) -> None:
    link = _comparison(reading).alignment.links[0]
    reading.reader.select("right", link.right)
    reading.window.action(Act.NO_COUNTERPART).trigger()
    alignment = _comparison(reading).alignment
    assert link.right in alignment.unpaired_right
    assert link.right in alignment.settled_right
    assert not any(k.right == link.right for k in alignment.links)
    assert "décidé" in reading.window.statusBar().currentMessage()


def test_pair_keys_walk_on_from_the_clause_clicked_and_stop_at_the_ends(
    qtbot: QtBot, reading: WindowAssembly
) -> None:
    comparison = _comparison(reading)
    rank = {c.clause_id: i for i, c in enumerate(comparison.left.clauses)}
    paired = sorted({k.left for k in comparison.alignment.links}, key=rank.__getitem__)
    middle = paired[len(paired) // 2]
    # The clause just before a paired one in the middle of the text.
    clicked = comparison.left.clauses[rank[middle] - 1].clause_id
    _click_clause(qtbot, reading, "left", clicked)
    qtbot.keyClick(reading.window, Qt.Key.Key_F8)
    current = reading.reader.current
    assert current is not None
    assert current.link is not None
    expected = next(cid for cid in paired if rank[cid] > rank[clicked])
    assert current.clause_id == expected  # on from the clause clicked, not from the top

    first = comparison.left.clauses[rank[paired[0]]].clause_id
    reading.reader.select("left", first)
    qtbot.keyClick(reading.window, Qt.Key.Key_F7)
    current = reading.reader.current
    assert current is not None
    assert current.clause_id == first  # no silent wrap to the last pair
    assert reading.window.statusBar().currentMessage() == "Pas de paire plus haut"


def test_next_to_review_goes_to_the_weakest_undecided_proposal(
    qtbot: QtBot, reading: WindowAssembly
) -> None:
    proposals = sorted(_comparison(reading).alignment.links, key=lambda k: k.score)
    qtbot.keyClick(reading.window, Qt.Key.Key_F9)
    current = reading.reader.current
    assert current is not None
    assert current.link == proposals[0]
    reading.window.action(Act.CONFIRM).trigger()
    qtbot.keyClick(reading.window, Qt.Key.Key_F9)
    current = reading.reader.current
    assert current is not None
    assert current.link is not None
    assert (current.link.left, current.link.right) == (proposals[1].left, proposals[1].right)


def test_f9_goes_round_every_undecided_proposal_once_weakest_first(
    qtbot: QtBot, reading: WindowAssembly
) -> None:
    proposals = sorted(_comparison(reading).alignment.links, key=lambda k: k.score)
    assert len(proposals) > 10
    # From a strong pair the reader clicked, F9 still starts with the weakest.
    reading.reader.select("left", proposals[-1].left, proposals[-1])
    seen = []
    for number in range(1, len(proposals) + 1):
        qtbot.keyClick(reading.window, Qt.Key.Key_F9)
        current = reading.reader.current
        assert current is not None
        assert current.link is not None
        seen.append(current.link)
        assert f"À revoir {number} sur {len(proposals)}" in (
            reading.window.statusBar().currentMessage()
        )
    assert [k.score for k in seen] == sorted(k.score for k in proposals)
    assert set(seen) == set(proposals)  # each one, once
    qtbot.keyClick(reading.window, Qt.Key.Key_F9)
    assert reading.window.statusBar().currentMessage() == (
        f"Tour terminé : {len(proposals)} paire(s) proposée(s) restent à revoir"
    )
    # A decision during the next round: the one decided drops out of the count.
    qtbot.keyClick(reading.window, Qt.Key.Key_F9)
    reading.window.action(Act.CONFIRM).trigger()
    qtbot.keyClick(reading.window, Qt.Key.Key_F9)
    assert f"À revoir 1 sur {len(proposals) - 1}" in reading.window.statusBar().currentMessage()


def test_new_texts_clear_the_status_bar(qtbot: QtBot, reading: WindowAssembly) -> None:
    qtbot.keyClick(reading.window, Qt.Key.Key_F8)
    assert "↔" in reading.window.statusBar().currentMessage()
    with qtbot.waitSignal(reading.controller.comparison_ready, timeout=60000):
        reading.controller.swap()
    assert reading.window.statusBar().currentMessage() == ""


def test_clicking_a_band_selects_its_pair_and_hovering_names_it(
    qtbot: QtBot, reading: WindowAssembly
) -> None:
    gutter = reading.window.gutter
    middle = gutter.width() / 2
    qtbot.keyClick(reading.window, Qt.Key.Key_F8)  # both panes show a pair: bands in view
    qtbot.waitUntil(lambda: len({b.right_top for b in gutter.bands()}) > 1)

    def point(band_index: int) -> QPointF:
        band = gutter.bands()[band_index]
        top = (band.left_top + band.right_top) / 2
        bottom = (band.left_bottom + band.right_bottom) / 2
        return QPointF(middle, (top + bottom) / 2)

    # A band in view whose middle no other band covers.
    index = next(
        i
        for i, band in enumerate(gutter.bands())
        if 0 < point(i).y() < gutter.height() and gutter.band_at(point(i)) == band
    )
    band = gutter.bands()[index]
    assert "score" in band.tooltip
    comparison = _comparison(reading)
    assert comparison.left.clause(band.left_id).label in band.tooltip
    assert comparison.right.clause(band.right_id).label in band.tooltip
    with qtbot.waitSignal(gutter.band_activated) as blocker:
        qtbot.mouseClick(
            gutter, Qt.MouseButton.LeftButton, pos=QPoint(int(middle), int(point(index).y()))
        )
    assert blocker.args == [band.left_id, band.right_id]
    current = reading.reader.current
    assert current is not None
    assert current.link is not None
    assert (current.link.left, current.link.right) == (band.left_id, band.right_id)
    assert any(b.selected and b.left_id == band.left_id for b in gutter.bands())


def test_every_pair_is_in_the_synoptic_view(qtbot: QtBot, reading: WindowAssembly) -> None:
    left, right = _unpaired_couple(reading)
    reading.review.link(left, right)  # an analyst's pair too
    comparison = _comparison(reading)
    rows = synoptic_rows_shown(qtbot, reading)
    assert len(comparison.alignment.links) > 10
    for link in comparison.alignment.links:
        mine = next(row for row in rows if link.left in row.left_ids)
        label = comparison.right.clause(link.right).label
        # The pair is in the left clause's row, or that row points to where its counterpart is.
        assert link.right in mine.right_ids or f"→ {label} " in mine.note, (link, mine.note)
    held = next(row for row in rows if left in row.left_ids)
    assert right in held.right_ids  # the analyst's pair holds its row
    assert held.decided
    # Clauses paired out of the left text's order are marked, with where they stand.
    assert any("⇅" in row.note for row in rows)
    # The panes' highlighting: formula colours and the word diff of the pairs.
    kinds = {m.kind for row in rows for m in (*row.left_marks, *row.right_marks)}
    assert {MarkKind.FORMULA, MarkKind.DELETE, MarkKind.INSERT} <= kinds
    for row in rows:
        for text, marks in ((row.left_text, row.left_marks), (row.right_text, row.right_marks)):
            assert all(0 <= m.start < m.end <= len(text) for m in marks)


def test_synoptic_cells_are_top_aligned_and_the_selection_hides_no_text(
    qtbot: QtBot, reading: WindowAssembly
) -> None:
    synoptic_rows_shown(qtbot, reading)
    table = reading.window.synoptic
    qtbot.keyClick(reading.window, Qt.Key.Key_F8)
    selected = table.selectedIndexes()
    assert selected
    index = selected[0]
    alignment = Qt.AlignmentFlag(int(index.data(Qt.ItemDataRole.TextAlignmentRole)))
    assert alignment & Qt.AlignmentFlag.AlignTop
    # The selected row keeps its text's colours: no solid highlight is painted over it.
    rect = table.visualRect(index)
    image = table.viewport().grab(rect).toImage()
    colours = {
        image.pixelColor(x, y).name()
        for x in range(0, rect.width(), 3)
        for y in range(0, rect.height(), 3)
    }
    assert palette.SELECTED_FILL in colours
    assert "#000000" in colours  # black ink still shows
    # A formula family switched off in the legend is not drawn in the synoptic view either.
    number, family = next(
        (n, m.group)
        for n, row in enumerate(table.rows())
        for m in row.left_marks
        if m.kind is MarkKind.FORMULA
    )
    found = reading.reader.catalogue.family(family)
    assert found is not None
    cell = table.model().index(number, 0)
    table.scrollTo(cell)

    def colours_of(index: QModelIndex) -> set[str]:
        rect = table.visualRect(index)
        picture = table.viewport().grab(rect).toImage()
        return {
            picture.pixelColor(x, y).name()
            for x in range(0, rect.width(), 2)
            for y in range(0, rect.height(), 2)
        }

    assert found.colour in colours_of(cell)
    reading.reader.toggle_family(family, False)
    assert found.colour not in colours_of(cell)
    header = table.model().headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert header == _comparison(reading).left.document.meta.title


def test_decisions_whose_clauses_are_gone_are_listed_to_the_user(
    qtbot: QtBot, settings_path: Path, tmp_path: Path
) -> None:
    import shutil
    import subprocess
    import sys

    data = Path(__file__).resolve().parents[2] / "data"
    left = tmp_path / "suede.txt"
    right = data / "nl-bwb__traite-reglement-judiciaire-nl-norvege.txt"
    shutil.copyfile(data / "nl-bwb__traite-conciliation-nl-suede.txt", left)
    main = Path(__file__).resolve().parents[3] / "main.py"
    for args in (("--none", "left", "Article 3 (2)"), ("--link", "Article 2 (1)", "Article 9 (1)")):
        done = subprocess.run(
            [sys.executable, str(main), "pair", str(left), str(right), *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=False,
        )
        assert done.returncode == 0, done.stderr
    # The left text is edited: the sentence Article 3 (2) is rewritten, the rest stays.
    from corpus.compare.analysis import analyze
    from corpus.formulas.finder import bundled_catalogue
    from corpus.text.documents import load_file

    before = analyze(load_file(left), bundled_catalogue())
    gone = next(c for c in before.clauses if c.label == "Article 3 (2)")
    raw = before.document.raw
    rewritten = "Les Parties en décideront tout autrement, le moment venu."
    left.write_text(raw[: gone.start] + rewritten + raw[gone.end :], encoding="utf-8")

    built = open_reading(qtbot, settings_path, str(left), str(right))
    try:
        box = None

        def shown() -> bool:
            nonlocal box
            box = built.window.findChild(QMessageBox, "error_box")
            return box is not None and box.isVisible()

        qtbot.waitUntil(shown)
        assert box is not None
        assert "1 décision(s) ne retrouvent plus leurs clauses (1 appliquée(s))" in box.text()
        assert "none Article 3 (2)" in box.text()
        pairs = {
            (
                _comparison(built).left.clause(k.left).label,
                _comparison(built).right.clause(k.right).label,
            ): k
            for k in _comparison(built).alignment.links
        }
        assert pairs[("Article 2 (1)", "Article 9 (1)")].by is LinkOrigin.ANALYST
    finally:
        built.window.close()
        built.controller.wait()


# A popup menu grabs the keyboard, which the offscreen platform cannot do (and says so).
@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_a_right_click_on_a_clause_offers_the_decisions(
    qtbot: QtBot, reading: WindowAssembly
) -> None:
    from PySide6.QtWidgets import QApplication, QMenu

    link = _comparison(reading).alignment.links[0]
    pane = reading.window.left_pane
    offset = _comparison(reading).left.clause(link.left).start + 5
    pane.scroll_to_offset(offset)
    cursor = pane.text_view.textCursor()
    cursor.setPosition(offset)
    point = pane.text_view.cursorRect(cursor).center()
    with qtbot.waitSignal(pane.clause_activated) as blocker:
        pane.text_view.customContextMenuRequested.emit(point)
    assert blocker.args == [link.left]  # the clause under the mouse is chosen first
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    names = [action.objectName() for action in menu.actions()]
    assert {"link", "unlink", "confirm", "no_counterpart"} <= set(names)
    unlink = next(action for action in menu.actions() if action.objectName() == "unlink")
    assert unlink.shortcut().toString() == "Ctrl+Shift+K"
    menu.close()
    unlink.trigger()
    assert (link.left, link.right) not in _pairs(reading)


def _in_view(reading: WindowAssembly, side: str, clause_id: str) -> bool:
    comparison = _comparison(reading)
    document = comparison.left if side == "left" else comparison.right
    clause = document.clause(clause_id)
    top, bottom = reading.reader.pane(side).visible_offsets()
    return clause.start < bottom and clause.end > top


def test_link_keeps_the_chosen_clauses_in_view_and_shows_the_new_link(
    qtbot: QtBot, reading: WindowAssembly
) -> None:
    comparison = _comparison(reading)
    left_rank = {c.clause_id: i for i, c in enumerate(comparison.left.clauses)}
    # A right clause paired far down the left text, and a left clause near the top, unpaired
    # with it: before, clicking the right one scrolled the left pane to its old counterpart.
    far = max(comparison.alignment.links, key=lambda k: left_rank[k.left])
    right = far.right
    left = next(
        c.clause_id
        for c in comparison.left.clauses
        if left_rank[c.clause_id] < left_rank[far.left] - 15
        and (c.clause_id, right) not in _pairs(reading)
        and comparison.left.document.raw[c.start : c.start + 6].isascii()
    )
    _click_clause(qtbot, reading, "left", left)
    _click_clause(qtbot, reading, "right", right)
    assert reading.reader.choosing
    assert reading.reader.selected == {"left": [left], "right": [right]}
    assert _in_view(reading, "left", left)
    assert not _in_view(reading, "left", far.left)
    message = reading.window.statusBar().currentMessage()
    assert "Ctrl+K" in message
    assert "Esc" in message
    qtbot.keyClick(reading.window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    current = reading.reader.current
    assert current is not None
    assert current.link is not None
    assert (current.link.left, current.link.right) == (left, right)
    assert current.link.by is LinkOrigin.ANALYST
    assert not reading.reader.choosing
    assert _in_view(reading, "left", left)
    assert _in_view(reading, "right", right)
    assert reading.window.pairs.current_key() == (left, right)
    selected = [b for b in reading.window.gutter.bands() if b.selected]
    assert [(b.left_id, b.right_id) for b in selected] == [(left, right)]


def test_escape_gives_up_the_chosen_clauses(qtbot: QtBot, reading: WindowAssembly) -> None:
    left, right = _unpaired_couple(reading)
    _click_clause(qtbot, reading, "left", left)
    _click_clause(qtbot, reading, "right", right)
    assert reading.reader.choosing
    before = len(_pairs(reading))
    qtbot.keyClick(reading.window, Qt.Key.Key_Escape)
    assert not reading.reader.choosing
    assert reading.reader.selected["right"] == [right]
    qtbot.keyClick(reading.window, Qt.Key.Key_Escape)  # nothing to give up: nothing happens
    assert len(_pairs(reading)) == before
