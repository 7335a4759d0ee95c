"""The pairs dock: every pair and unpaired clause, walked with the keyboard, filtered, sorted,
in step with the panes and the synoptic view both ways.

The default pair: the Moscow declaration of 2004 (left) and the 2026 charter (right).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.application import WindowAssembly
from app.review.pairs import RowDecision, pair_rows
from corpus.compare.align import strength
from corpus.compare.comparison import Comparison
from widgets.actions import Act
from widgets.pairspanel import PairFilter

from tests.app.conftest import synoptic_rows_shown


def _comparison(reading: WindowAssembly) -> Comparison:
    comparison = reading.reader.comparison
    assert comparison is not None
    return comparison


def _open_dock(qtbot: QtBot, reading: WindowAssembly) -> None:
    control_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(reading.window, Qt.Key.Key_P, control_shift)
    assert reading.window.pairs_dock.isVisible()


def test_the_dock_lists_every_pair_and_unpaired_clause(
    qtbot: QtBot, reading: WindowAssembly
) -> None:
    _open_dock(qtbot, reading)
    comparison = _comparison(reading)
    alignment = comparison.alignment
    keys = reading.window.pairs.shown_keys()
    pairs = {(k.left, k.right) for k in alignment.links}
    unpaired = {(c, "") for c in alignment.unpaired_left} | {
        ("", c) for c in alignment.unpaired_right
    }
    assert len(keys) == len(pairs) + len(unpaired)
    assert set(keys) == pairs | unpaired
    total = len(keys)
    assert reading.window.pairs.progress.text() == f"0 sur {total} revues"
    # Rows say what align --json says of each pair: strength in words, who made it.
    rows = {(r.left_id, r.right_id): r for r in pair_rows(comparison, [])}
    for link in alignment.links:
        row = rows[(link.left, link.right)]
        assert row.strength == strength(link.score)
        assert row.decision is RowDecision.PROPOSED
        assert row.left_label == comparison.left.clause(link.left).label
        words = comparison.left.document.raw[comparison.left.clause(link.left).start :][:20]
        assert row.left_words.startswith(" ".join(words.split()))


def test_walk_the_dock_with_the_keyboard_and_the_panes_follow(
    qtbot: QtBot, reading: WindowAssembly
) -> None:
    _open_dock(qtbot, reading)
    pairs = reading.window.pairs
    table = pairs.table
    pairs.choose_filter(PairFilter.TO_REVIEW)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    seen = []
    for _ in range(5):
        key = pairs.current_key()
        assert key is not None
        current = reading.reader.current
        assert current is not None
        if key[0] and key[1]:
            assert current.link is not None
            assert (current.link.left, current.link.right) == key
            assert reading.reader.selected["left"] == [key[0]]
            assert key[1] in reading.reader.selected["right"]
        else:
            assert current.clause_id == (key[0] or key[1])
        seen.append(key)
        qtbot.keyClick(table, Qt.Key.Key_Down)
    assert len(set(seen)) == 5
    assert table.hasFocus()  # the keyboard stays in the list


def test_a_pair_selected_elsewhere_selects_its_row(qtbot: QtBot, reading: WindowAssembly) -> None:
    _open_dock(qtbot, reading)
    pairs = reading.window.pairs
    qtbot.keyClick(reading.window, Qt.Key.Key_F8)
    qtbot.keyClick(reading.window, Qt.Key.Key_F8)
    current = reading.reader.current
    assert current is not None
    assert current.link is not None
    assert pairs.current_key() == (current.link.left, current.link.right)
    # From the synoptic view: a row reached there is the dock's row too.
    rows = synoptic_rows_shown(qtbot, reading)
    paired = [row for row in rows if row.left_ids and row.right_ids]
    synoptic = reading.window.synoptic
    synoptic.row_activated.emit(paired[3].left_ids[0], paired[3].right_ids[0])
    current = reading.reader.current
    assert current is not None
    assert current.link is not None
    assert pairs.current_key() == (current.link.left, current.link.right)
    assert current.link.left == paired[3].left_ids[0]
    # And the other way: a row chosen in the dock is selected in the synoptic view.
    pairs.table.setFocus()
    qtbot.keyClick(pairs.table, Qt.Key.Key_Down)
    key = pairs.current_key()
    assert key is not None
    row = synoptic.rows()[synoptic.currentIndex().row()]
    assert (key[0] or key[1]) in row.left_ids + row.right_ids


def test_filters_sorting_and_decisions(qtbot: QtBot, reading: WindowAssembly) -> None:
    _open_dock(qtbot, reading)
    pairs = reading.window.pairs
    comparison = _comparison(reading)
    links = comparison.alignment.links
    pairs.choose_filter(PairFilter.WEAK)
    weak = {(k.left, k.right) for k in links if strength(k.score) == "weak"}
    assert weak
    assert set(pairs.shown_keys()) == weak
    pairs.choose_filter(PairFilter.UNPAIRED)
    assert all(not (a and b) for a, b in pairs.shown_keys())
    pairs.choose_filter(PairFilter.ALL)
    pairs.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # by score, strongest first
    scores = {(k.left, k.right): k.score for k in links}
    shown = [scores[k] for k in pairs.shown_keys() if k in scores]
    assert shown == sorted(shown, reverse=True)
    # A decision moves its row from "to review" to "decided", and the count follows.
    total = len(pairs.shown_keys())
    pairs.choose_filter(PairFilter.TO_REVIEW)
    first = pairs.shown_keys()[0]
    pairs.select(*first)
    reading.reader.select_pair(*first)
    reading.window.action(Act.CONFIRM).trigger()
    assert first not in pairs.shown_keys()
    pairs.choose_filter(PairFilter.DECIDED)
    assert pairs.shown_keys() == [first]
    assert pairs.progress.text() == f"1 sur {total} revues"
    left = next(c for c in comparison.alignment.unpaired_left)
    reading.reader.select("left", left)
    reading.window.action(Act.NO_COUNTERPART).trigger()
    assert set(pairs.shown_keys()) == {first, (left, "")}
    assert pairs.progress.text() == f"2 sur {total} revues"


def test_rows_name_every_kind_of_decision(qtbot: QtBot, reading: WindowAssembly) -> None:
    review = reading.review
    comparison = _comparison(reading)
    links = sorted(comparison.alignment.links, key=lambda k: k.score)
    lefts = [k.left for k in links]
    weakest = next(k for k in links if lefts.count(k.left) == 1)  # its left clause's only pair
    strongest = links[-1]
    review.unlink(weakest.left, weakest.right)
    review.confirm(strongest.left, strongest.right)
    comparison = _comparison(reading)
    unpaired_left = comparison.alignment.unpaired_left
    assert weakest.left in unpaired_left  # its only pair was the one unlinked
    unlinked = {(r.left_id, r.right_id): r for r in pair_rows(comparison, review.decisions())}
    assert unlinked[(weakest.left, "")].decision is RowDecision.UNLINKED
    lone = next(c for c in unpaired_left if c != weakest.left)
    review.no_counterpart("left", lone)
    partner = next(c for c in _comparison(reading).alignment.unpaired_right if c != weakest.right)
    review.link(weakest.left, partner)
    rows = {(r.left_id, r.right_id): r for r in pair_rows(_comparison(reading), review.decisions())}
    assert rows[(strongest.left, strongest.right)].decision is RowDecision.CONFIRMED
    assert rows[(weakest.left, partner)].decision is RowDecision.LINKED
    assert rows[(weakest.left, partner)].by_analyst
    assert rows[(lone, "")].decision is RowDecision.NO_COUNTERPART
    assert (weakest.left, weakest.right) not in rows
    decided = 3
    if weakest.right in _comparison(reading).alignment.unpaired_right:
        assert rows[("", weakest.right)].decision is RowDecision.UNLINKED
        decided += 1
    assert reading.window.pairs.progress.text() == f"{decided} sur {len(rows)} revues"
