"""Frames around spans of a text view: one rectangle per line a span covers, on the span's
words only."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from widgets.framedtext import FramedTextEdit

TEXT = (
    "recognizing and respecting each other's territorial integrity and the inviolability of "
    "the existing borders;"
)


def _view(qtbot: QtBot, width: int) -> FramedTextEdit:
    view = FramedTextEdit()
    qtbot.addWidget(view)
    view.setPlainText(TEXT)
    view.resize(width, 200)
    view.show()
    qtbot.waitExposed(view)
    return view


def _x_of(view: FramedTextEdit, position: int) -> int:
    cursor = QTextCursor(view.document())
    cursor.setPosition(position)
    return view.cursorRect(cursor).x()


def test_a_span_on_one_line_gets_one_frame_from_its_first_to_its_last_letter(qtbot: QtBot) -> None:
    view = _view(qtbot, 2000)
    start = TEXT.index("territorial integrity")
    end = start + len("territorial integrity")
    view.set_frames([(start, end)], "#7b1fa2")
    (rect,) = view.frame_rects()
    assert abs(rect.left() - _x_of(view, start)) <= 2
    assert abs(rect.right() - _x_of(view, end)) <= 2


def test_a_span_broken_over_two_lines_gets_two_frames_and_no_trailing_gap(qtbot: QtBot) -> None:
    view = _view(qtbot, 420)
    start = TEXT.index("territorial integrity")
    end = len(TEXT) - 1
    view.set_frames([(start, end)], "#7b1fa2")
    rects = view.frame_rects()
    assert len(rects) >= 2
    assert rects[0].top() < rects[1].top()
    # the first line's frame ends on a letter, not on the space the line broke at
    layout = view.document().firstBlock().layout()
    first_line_end = layout.lineAt(0).textStart() + layout.lineAt(0).textLength()
    assert TEXT[first_line_end - 1] == " "
    assert rects[0].right() < _x_of(view, first_line_end - 1) + 2


def test_no_frames_no_rectangles(qtbot: QtBot) -> None:
    view = _view(qtbot, 600)
    view.set_frames([(3, 9)], "#7b1fa2")
    view.set_frames([], "#7b1fa2")
    assert view.frame_rects() == []
