"""A French declaration against an English text in the window: what a selected pair's two
clauses both state is framed on both sides, and the status bar names it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.application import WindowAssembly
from widgets.marks import MarkKind

from tests.app.conftest import open_reading, synoptic_rows_shown

ALMA_ATA = (
    Path(__file__).resolve().parents[2]
    / "data"
    / "formulas_en"
    / "alma-ata-declaration-1991-excerpt.txt"
)


@pytest.fixture
def across(qtbot: QtBot, settings_path: Path) -> Iterator[WindowAssembly]:
    """The Moscow declaration (French) against the Alma-Ata declaration (English)."""
    built = open_reading(qtbot, settings_path, "moscou", str(ALMA_ATA))
    yield built
    built.controller.wait()


def _offset(reading: WindowAssembly, side: str, words: str) -> int:
    return reading.reader.pane(side).text().index(words)


def test_selecting_a_pair_across_languages_frames_what_both_clauses_state(
    qtbot: QtBot, across: WindowAssembly
) -> None:
    left, right = across.window.left_pane, across.window.right_pane
    offset = _offset(across, "left", "inviolabilité des frontières")
    left.scroll_to_offset(offset)
    cursor = left.text_view.textCursor()
    cursor.setPosition(offset)
    point = left.text_view.cursorRect(cursor).center()
    with qtbot.waitSignal(left.clause_activated):
        qtbot.mouseClick(left.text_view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    comparison = across.reader.comparison
    assert comparison is not None
    assert comparison.across_languages
    counterpart = comparison.right.clause(across.reader.selected["right"][0])
    assert (
        "inviolability of the existing borders" in right.text()[counterpart.start : counterpart.end]
    )
    chosen = comparison.left.clause(across.reader.selected["left"][0])
    # Both sides mark the same two formulas, as anchors (no word diff across languages).
    for pane, words, start in (
        (left, "intégrité territoriale", chosen.start),
        (left, "inviolabilité des frontières", chosen.start),
        (right, "territorial integrity", counterpart.start),
        (right, "inviolability of the existing borders", counterpart.start),
    ):
        at = pane.text().index(words, start) + 2
        kinds = {m.kind for m in pane.marks_at(at)}
        assert MarkKind.ANCHOR in kinds, words
        assert not kinds & {MarkKind.DELETE, MarkKind.INSERT}
    # ... drawn as frames, one per span (each on one line at this width, or two)
    assert 2 <= len(left.text_view.frame_rects()) <= 4
    assert 2 <= len(right.text_view.frame_rects()) <= 4
    integrity = right.text().index("territorial integrity", counterpart.start)
    tips = {m.tooltip for m in right.marks_at(integrity + 2)}
    assert "Dans les deux textes : Intégrité territoriale" in tips
    message = across.window.statusBar().currentMessage()
    assert message.endswith(
        "dans les deux textes : Intégrité territoriale, Inviolabilité des frontières"
    )


def test_a_clause_left_alone_frames_nothing(qtbot: QtBot, across: WindowAssembly) -> None:
    comparison = across.reader.comparison
    assert comparison is not None
    lonely = comparison.left.clause(comparison.alignment.unpaired_left[0])
    across.reader.select("left", lonely.clause_id)
    assert across.window.left_pane.text_view.frame_rects() == []
    assert across.window.right_pane.text_view.frame_rects() == []


def test_the_synoptic_rows_mark_each_pairs_anchors_on_both_sides(
    qtbot: QtBot, across: WindowAssembly
) -> None:
    rows = synoptic_rows_shown(qtbot, across)
    row = next(r for r in rows if "inviolabilité des frontières" in r.left_text)
    left = {row.left_text[m.start : m.end] for m in row.left_marks if m.kind is MarkKind.ANCHOR}
    right = {row.right_text[m.start : m.end] for m in row.right_marks if m.kind is MarkKind.ANCHOR}
    assert left == {"intégrité territoriale", "inviolabilité des frontières"}
    assert right == {"territorial integrity", "inviolability of the existing borders"}
