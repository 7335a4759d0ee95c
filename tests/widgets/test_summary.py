"""The summary line: figures, in the singular where there is one."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from widgets.summary import SummaryLabel


def test_one_pair_and_one_review_are_singular(qtbot: QtBot) -> None:
    label = SummaryLabel()
    qtbot.addWidget(label)
    label.set_summary(0.08, 1, 1, (3, 2), [], [])
    assert "1 paire, 1 revue" in label.text()
    label.set_summary(0.08, 19, 0, (3, 2), [], [])
    assert "19 paires, 0 revues" in label.text()


def test_what_the_texts_were_compared_on_is_said_when_given(qtbot: QtBot) -> None:
    label = SummaryLabel()
    qtbot.addWidget(label)
    label.set_summary(0.34, 13, 0, (1, 6), [], [])
    assert "versions" not in label.text()
    label.set_summary(0.34, 13, 0, (1, 6), [], [], "versions of one text: paired in order")
    assert label.text().endswith(" · versions of one text: paired in order")
