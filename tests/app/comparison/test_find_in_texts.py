"""Find in the texts: Ctrl+F, accents and case aside, both panes, next / previous, the count.

The default pair: the Moscow declaration of 2004 (left) and the 2026 charter (right).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.application import WindowAssembly
from app.comparison.find import find_spans
from corpus.text.normalize import normalize
from widgets import palette
from widgets.marks import MarkKind
from widgets.synoptic import MARKS_ROLE

from tests.app.conftest import synoptic_rows_shown


def test_find_spans_fold_accents_case_and_line_breaks() -> None:
    raw = "La SOUVERAINETÉ et\nl’intégrité territoriale ; la souveraineté."
    view = normalize(raw, fold_case=True, fold_accents=True)
    spans = find_spans(view, "souverainete")
    assert [raw[a:b] for a, b in spans] == ["SOUVERAINETÉ", "souveraineté"]
    assert [raw[a:b] for a, b in find_spans(view, "et l'integrite")] == ["et\nl’intégrité"]
    assert find_spans(view, "   ") == []


def _find_marks(reading: WindowAssembly, side: str) -> list[tuple[int, int, str]]:
    pane = reading.reader.pane(side)
    return [(m.start, m.end, m.colour) for m in pane.visible_marks() if m.kind is MarkKind.FIND]


def test_ctrl_f_finds_in_both_texts_and_walks_the_matches(
    qtbot: QtBot, reading: WindowAssembly
) -> None:
    window = reading.window
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.find_bar
    assert bar.isVisible()
    assert bar.query.hasFocus()
    assert not window.search_dock.isVisible()  # the library search has its own key now
    qtbot.keyClicks(bar.query, "souverainete")  # no accent typed
    comparison = reading.reader.comparison
    assert comparison is not None
    texts = {"left": comparison.left.document.raw, "right": comparison.right.document.raw}
    expected = {
        side: sum(1 for _ in _occurrences(text.casefold(), "souveraineté"))
        for side, text in texts.items()
    }
    assert expected["left"] > 0
    assert expected["right"] > 0
    total = expected["left"] + expected["right"]
    assert bar.count.text() == f"1 sur {total}"
    for side in ("left", "right"):
        found = _find_marks(reading, side)
        assert len(found) == expected[side]
        assert all(texts[side][a:b].casefold() == "souveraineté" for a, b, _ in found)
    current = [
        m
        for side in ("left", "right")
        for m in _find_marks(reading, side)
        if m[2] == palette.FIND_CURRENT
    ]
    assert len(current) == 1
    # Enter, F3: the next match; past the left text's last, the right text's first.
    for number in range(2, expected["left"] + 2):
        qtbot.keyClick(bar.query, Qt.Key.Key_Return)
        assert bar.count.text() == f"{number} sur {total}"
    now = [m for m in _find_marks(reading, "right") if m[2] == palette.FIND_CURRENT]
    assert len(now) == 1
    top, bottom = reading.reader.pane("right").visible_offsets()
    assert top <= now[0][0] < bottom  # scrolled to it
    qtbot.keyClick(window, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count.text() == f"{expected['left']} sur {total}"
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert bar.count.text() == f"{expected['left'] + 1} sur {total}"
    # Nothing found: said so, nothing marked.
    bar.query.setText("zzzqqq")
    assert bar.count.text() == "aucune"
    assert _find_marks(reading, "left") == []
    # Escape closes the bar and takes the marks away.
    bar.query.setText("souveraineté")
    qtbot.keyClick(bar.query, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert _find_marks(reading, "left") == []


def test_find_marks_the_matches_in_the_synoptic_view_and_selects_their_row(
    qtbot: QtBot, reading: WindowAssembly
) -> None:
    rows = synoptic_rows_shown(qtbot, reading)
    window = reading.window
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.find_bar.query, "integrite territoriale")
    model = window.synoptic.model()
    found = []
    for row in range(model.rowCount()):
        for column in (0, 1):
            index = model.index(row, column)
            text = str(index.data())
            for mark in index.data(MARKS_ROLE):
                if mark.kind is MarkKind.FIND:
                    found.append((row, column, text[mark.start : mark.end]))
    comparison = reading.reader.comparison
    assert comparison is not None
    raw = comparison.left.document.raw + comparison.right.document.raw
    expected = len(_occurrences(raw.casefold(), "intégrité territoriale"))
    assert expected > 1
    # Every match is marked once, on the cell's own words (cut by no clause border here).
    assert len(found) == expected
    assert {t.casefold() for _, _, t in found} == {"intégrité territoriale"}
    # Walking the matches selects the row of each: here the second match's.
    qtbot.keyClick(window.find_bar.query, Qt.Key.Key_Return)
    second = sorted(found, key=lambda f: (f[1], f[0]))[1]
    selected = window.synoptic.selectionModel().selectedRows()
    assert [i.row() for i in selected] == [second[0]]
    assert rows  # the rows the marks lie over
    # The bar closed: the cells keep only their own marks.
    qtbot.keyClick(window.find_bar.query, Qt.Key.Key_Escape)
    assert not any(
        m.kind is MarkKind.FIND
        for r in range(model.rowCount())
        for c in (0, 1)
        for m in model.index(r, c).data(MARKS_ROLE)
    )


def _occurrences(text: str, word: str) -> list[int]:
    found, position = [], text.find(word)
    while position != -1:
        found.append(position)
        position = text.find(word, position + len(word))
    return found
