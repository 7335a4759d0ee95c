"""The timeline chart's scale: round ticks, and year labels that never overlap."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from widgets.timelinechart import figure_text, label_every, round_step


@pytest.mark.parametrize(
    ("largest", "step"), [(0, 1), (1, 1), (4, 1), (9, 2), (30, 5), (57, 10), (240, 50), (999, 200)]
)
def test_round_steps(largest: int, step: int) -> None:
    assert round_step(largest) == step
    assert largest / step <= 6


@pytest.mark.parametrize("years", [1, 5, 23, 119, 300])
@pytest.mark.parametrize("slot", [2.0, 7.9, 40.0])
def test_year_labels_leave_room_for_each_other(years: int, slot: float) -> None:
    every = label_every(years, slot, 36.0)
    assert every * slot >= 36.0 or every >= years or every == 100
    assert every in (1, 2, 5, 10, 20, 25, 50, 100)


@pytest.mark.parametrize(
    ("language", "shared", "large"),
    [(QLocale.Language.French, "1,5", "12\u202f345"), (QLocale.Language.English, "1.5", "12,345")],
)
def test_figures_are_written_as_the_locale_writes_them(
    language: QLocale.Language, shared: str, large: str
) -> None:
    """A document of two parties counts half for each: the table writes "1,5" in French."""
    before = QLocale()
    QLocale.setDefault(QLocale(language))
    try:
        assert figure_text(1.5) == shared
        assert figure_text(12345.0) == large
        assert figure_text(3) == "3"
    finally:
        QLocale.setDefault(before)
