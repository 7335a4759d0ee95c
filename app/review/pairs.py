"""The rows of the pairs dock: every pair and unpaired clause, with what the analyst decided.

``pair_rows`` reads a comparison (decisions applied) and the decisions behind it into plain
rows; :class:`PairsModel` shows them to :class:`widgets.pairspanel.PairsPanel` in the interface's
language, with the keys, sort values and filter tags the panel asks for.

A pair made by the engine is "proposed"; one made by the analyst is "confirmed" or "linked",
after the last decision that made it. An unpaired clause is "no counterpart" when the analyst
said so, "unlinked" when it lost its pair by the analyst's unlink, and undecided otherwise.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from corpus.compare.align import strength
from corpus.compare.analysis import AnalyzedDocument
from corpus.compare.comparison import Comparison
from corpus.model import Decision, DecisionKind
from widgets.pairspanel import KEY_ROLE, TAGS_ROLE, PairFilter

# How much of a clause's opening a row shows (the view elides what does not fit).
OPENING_CHARS = 90


class RowDecision(enum.Enum):
    """What a row's pair or clause stands at; the value is the word the exports use."""

    PROPOSED = "proposed"
    CONFIRMED = "confirmed"
    LINKED = "linked"
    UNLINKED = "unlinked"
    NO_COUNTERPART = "no-counterpart"
    NONE = ""


@dataclass(frozen=True, slots=True)
class PairRow:
    """One row: a pair (both ids), or an unpaired clause (the other id ``""``)."""

    left_id: str
    right_id: str
    left_label: str
    left_words: str
    right_label: str
    right_words: str
    score: float | None
    strength: str  # "strong", "fair", "weak" as ``align --json``; "" for an unpaired clause
    by_analyst: bool | None  # None for an unpaired clause nobody decided on
    decision: RowDecision
    order: tuple[int, int]  # where it stands: the left text's order, then the right's

    @property
    def decided(self) -> bool:
        return self.decision not in (RowDecision.PROPOSED, RowDecision.NONE)

    def tags(self) -> frozenset[str]:
        """The filters (:class:`PairFilter`) the row passes."""
        tags = {PairFilter.DECIDED if self.decided else PairFilter.TO_REVIEW}
        if self.strength == "weak":
            tags.add(PairFilter.WEAK)
        if not (self.left_id and self.right_id):
            tags.add(PairFilter.UNPAIRED)
        return frozenset(t.value for t in tags)


def opening(document: AnalyzedDocument, clause_id: str) -> str:
    """The first words of a clause, on one line, cut at a word."""
    clause = document.clause(clause_id)
    text = " ".join(document.document.raw[clause.start : clause.end].split())
    if len(text) <= OPENING_CHARS:
        return text
    return text[:OPENING_CHARS].rsplit(" ", 1)[0] + " …"


def pair_rows(comparison: Comparison, decisions: Sequence[Decision]) -> list[PairRow]:
    """Every pair, then every unpaired clause, each placed in reading order."""
    left, right = comparison.left, comparison.right
    left_rank = {c.clause_id: i for i, c in enumerate(left.clauses)}
    right_rank = {c.clause_id: i for i, c in enumerate(right.clauses)}
    made: dict[tuple[str, str], DecisionKind] = {}
    unlinked: set[tuple[str, str]] = set()
    for decision in decisions:  # oldest first: the last one about a pair wins
        if decision.left is None or decision.right is None:
            continue
        key = (decision.left, decision.right)
        made[key] = decision.kind
        if decision.kind is DecisionKind.UNLINK:
            unlinked.add(key)
        else:
            unlinked.discard(key)
    rows: list[PairRow] = []
    for link in comparison.alignment.links:
        if not link.decided:
            state = RowDecision.PROPOSED
        elif made.get((link.left, link.right)) is DecisionKind.CONFIRM:
            state = RowDecision.CONFIRMED
        else:
            state = RowDecision.LINKED
        rows.append(
            PairRow(
                link.left,
                link.right,
                left.clause(link.left).label,
                opening(left, link.left),
                right.clause(link.right).label,
                opening(right, link.right),
                link.score,
                strength(link.score),
                link.decided,
                state,
                (left_rank[link.left], right_rank[link.right]),
            )
        )
    lost_left = {a for a, _ in unlinked}
    lost_right = {b for _, b in unlinked}
    alignment = comparison.alignment
    for side, ids, settled, lost in (
        ("left", alignment.unpaired_left, alignment.settled_left, lost_left),
        ("right", alignment.unpaired_right, alignment.settled_right, lost_right),
    ):
        document = left if side == "left" else right
        for clause_id in ids:
            if clause_id in settled:
                state = RowDecision.NO_COUNTERPART
            elif clause_id in lost:
                state = RowDecision.UNLINKED
            else:
                state = RowDecision.NONE
            label, words = document.clause(clause_id).label, opening(document, clause_id)
            by = True if state is not RowDecision.NONE else None
            if side == "left":
                order = (left_rank[clause_id], -1)
                row = PairRow(clause_id, "", label, words, "", "", None, "", by, state, order)
            else:
                place = _left_place(comparison, right_rank[clause_id], left_rank, right_rank)
                order = (place, right_rank[clause_id])
                row = PairRow("", clause_id, "", "", label, words, None, "", by, state, order)
            rows.append(row)
    return rows


def _left_place(
    comparison: Comparison, rank: int, left_rank: dict[str, int], right_rank: dict[str, int]
) -> int:
    """Where an unpaired right clause falls in the left text's order: after the furthest left
    clause paired with a right clause before it."""
    return max(
        (left_rank[k.left] for k in comparison.alignment.links if right_rank[k.right] < rank),
        default=-1,
    )


class PairsModel(QAbstractTableModel):
    """The rows of the pairs dock, in the interface's language."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[PairRow] = []
        self._order: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)
        self._headers = [
            self.tr("Gauche"),
            self.tr("Début à gauche"),
            self.tr("Droite"),
            self.tr("Début à droite"),
            self.tr("Score"),
            self.tr("Force"),
            self.tr("Par"),
            self.tr("Décision"),
        ]
        self._strength = {
            "strong": self.tr("forte"),
            "fair": self.tr("moyenne"),
            "weak": self.tr("faible"),
        }
        self._decision = {
            RowDecision.PROPOSED: self.tr("proposée"),
            RowDecision.CONFIRMED: self.tr("confirmée"),
            RowDecision.LINKED: self.tr("liée"),
            RowDecision.UNLINKED: self.tr("déliée"),
            RowDecision.NO_COUNTERPART: self.tr("sans correspondant"),
            RowDecision.NONE: "",
        }

    def set_rows(self, rows: list[PairRow]) -> None:
        """New rows, in the order chosen last."""
        self.beginResetModel()
        self.rows = self._sorted(rows)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column (the view's header); the row the cursor is on stays its row."""
        if not 0 <= column < len(self._headers):
            return
        self._order = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        old = list(self.rows)
        self.rows = self._sorted(self.rows)
        place = {id(row): number for number, row in enumerate(self.rows)}
        after = [self.index(place[id(old[i.row()])], i.column()) for i in before]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _sorted(self, rows: list[PairRow]) -> list[PairRow]:
        column, order = self._order
        return sorted(
            rows,
            key=lambda row: self._sort_value(row, column),
            reverse=order is Qt.SortOrder.DescendingOrder,
        )

    def reviewed(self) -> int:
        return sum(1 for row in self.rows if row.decided)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == KEY_ROLE:
            return (row.left_id, row.right_id)
        if role == TAGS_ROLE:
            return row.tags()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (1, 3):
            return self._text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: PairRow, column: int) -> str:
        if column == 4:
            return f"{row.score:.2f}" if row.score is not None else ""
        if column == 5:
            return self._strength.get(row.strength, "")
        if column == 6:
            if row.by_analyst is None:
                return ""
            return self.tr("analyste") if row.by_analyst else self.tr("moteur")
        if column == 7:
            return self._decision[row.decision]
        if column in (0, 2) and not (row.left_id and row.right_id):
            # The side without a clause: a dash says "none" rather than "not loaded".
            return (row.left_label or "—") if column == 0 else (row.right_label or "—")
        return (row.left_label, row.left_words, row.right_label, row.right_words)[column]

    def _sort_value(self, row: PairRow, column: int) -> float | str:
        """What a column sorts by, one type per column: reading order for the labels and
        openings, the score for the score, the text then reading order for the words."""
        place = (row.order[0] + 1) * _SPAN + row.order[1] + 1
        if column == 2 and row.right_id:
            return (row.order[1] + 1) * _SPAN + row.order[0] + 1
        if column == 2:
            return _SPAN * _SPAN + place
        if column == 4:
            return row.score if row.score is not None else -1.0
        if column in (0, 1, 3):
            return place
        return f"{self._text(row, column)}\t{place:012d}"


# Reading places are encoded in one number: a text has fewer clauses than this.
_SPAN = 100_000
