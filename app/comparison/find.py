"""Find in the texts: every match of a word or phrase in both panes, accents and case aside.

The texts are matched as the library search matches them: through the engine's normalised view
(``corpus.text.normalize``: accents, case, apostrophes, ligatures and line breaks folded), each
match mapped back to the raw text's code points. Matches are walked left text first, then right,
in reading order; the walk wraps round (the bar's count says where it is).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from PySide6.QtCore import QObject, Slot

from app.comparison import presenter
from app.comparison.reader import ComparisonView
from corpus.compare.analysis import AnalyzedDocument
from corpus.compare.comparison import Comparison
from corpus.text.normalize import NormalizedText, fold, normalize
from widgets import palette
from widgets.findbar import FindBar
from widgets.marks import Mark, MarkKind


@dataclass(frozen=True, slots=True)
class Match:
    """A match: its side and its raw span."""

    side: str
    start: int
    end: int


def find_spans(view: NormalizedText, query: str) -> list[tuple[int, int]]:
    """The raw spans of every match of ``query`` in a text's folded view (not overlapping)."""
    needle = " ".join(fold(query).split())
    if not needle:
        return []
    spans = []
    position = view.text.find(needle)
    while position != -1:
        spans.append(view.raw_span(position, position + len(needle)))
        position = view.text.find(needle, position + len(needle))
    return spans


class TextFinder(QObject):
    """Finds the bar's query in the comparison shown and walks the matches."""

    def __init__(self, reader: ComparisonView, bar: FindBar) -> None:
        super().__init__(reader)
        self.reader = reader
        self.bar = bar
        self.query = ""
        self.matches: list[Match] = []
        self.index = -1
        # The folded views of the texts shown, made once per comparison.
        self._views: dict[str, NormalizedText] = {}
        self._texts: Comparison | None = None

    @Slot(str)
    def set_query(self, query: str) -> None:
        """Find ``query`` anew; the first match at or after the reader's place is shown."""
        self.query = query
        self._find()
        if self.matches:
            self.index = 0
            self._show()
        else:
            self._mark()

    @Slot()
    def refresh(self) -> None:
        """The comparison changed: the same query in the new texts (no jump)."""
        if self.query and self.bar.isVisible():
            self._find()
            self._mark()

    def _find(self) -> None:
        comparison = self.reader.comparison
        self.matches = []
        self.index = -1
        if comparison is None:
            return
        if comparison is not self._texts:
            same = self._texts is not None and (
                self._texts.left.document is comparison.left.document
                and self._texts.right.document is comparison.right.document
            )
            if not same:
                self._views = {}
            self._texts = comparison
        for side, document in (("left", comparison.left), ("right", comparison.right)):
            if side not in self._views:
                raw = document.document.raw
                self._views[side] = normalize(raw, fold_case=True, fold_accents=True)
            for start, end in find_spans(self._views[side], self.query):
                self.matches.append(Match(side, start, end))

    @Slot()
    def next(self) -> None:
        self._step(1)

    @Slot()
    def previous(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        if not self.bar.isVisible():  # F3 with the bar closed: the last query again
            self.bar.open()
            self._find()
        if not self.matches:
            self._mark()
            return
        self.index = (self.index + delta) % len(self.matches)
        self._show()

    @Slot()
    def clear(self) -> None:
        """The bar closed: the matches are no longer marked."""
        self.reader.set_find_marks({"left": [], "right": []})
        self.reader.window.synoptic.set_extra_marks({})

    def _show(self) -> None:
        self._mark()
        match = self.matches[self.index]
        self.reader.show_offset(match.side, match.start)

    def _mark(self) -> None:
        tip = self.tr("occurrence")
        marks: dict[str, list[Mark]] = {"left": [], "right": []}
        for number, match in enumerate(self.matches):
            colour = palette.FIND_CURRENT if number == self.index else palette.SEARCH_HIT
            marks[match.side].append(
                Mark(match.start, match.end, MarkKind.FIND, colour, tip, "find")
            )
        self.reader.set_find_marks(marks)
        self._mark_synoptic(marks)
        self.bar.set_count(self.index + 1, len(self.matches))

    def _mark_synoptic(self, marks: dict[str, list[Mark]]) -> None:
        """The same matches over the synoptic view's cells (its rows, when it has them)."""
        synoptic = self.reader.window.synoptic
        comparison = self.reader.comparison
        rows = synoptic.rows()
        if comparison is None or not rows or not self.matches:
            synoptic.set_extra_marks({})
            return
        left = _by_clause(comparison.left, marks["left"])
        right = _by_clause(comparison.right, marks["right"])
        cells: dict[int, tuple[list[Mark], list[Mark]]] = {}
        for number, row in enumerate(rows):
            left_marks = [m for cid in row.left_ids for m in left.get(cid, [])]
            right_marks = [m for cid in row.right_ids for m in right.get(cid, [])]
            if left_marks or right_marks:
                cells[number] = (
                    presenter.cell_marks(comparison.left, row.left_ids, left_marks),
                    presenter.cell_marks(comparison.right, row.right_ids, right_marks),
                )
        synoptic.set_extra_marks(cells)


def _by_clause(document: AnalyzedDocument, marks: list[Mark]) -> dict[str, list[Mark]]:
    """Each clause's marks (those that overlap it), found by bisection: a long treaty's
    thousands of matches are not each compared with every clause."""
    clauses = sorted(document.clauses, key=lambda c: c.start)
    starts = [c.start for c in clauses]
    found: dict[str, list[Mark]] = {}
    for mark in marks:
        index = max(0, bisect.bisect_right(starts, mark.start) - 1)
        while index < len(clauses) and clauses[index].start < mark.end:
            if clauses[index].end > mark.start:
                found.setdefault(clauses[index].clause_id, []).append(mark)
            index += 1
    return found
