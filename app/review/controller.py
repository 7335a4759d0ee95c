"""The analyst's review of a comparison: decisions kept in the library, undone and redone.

Between the comparison controller and the reader: every comparison the engine computes comes
through here, gets the decisions the library keeps for its two texts, and goes on to the views
(``comparison_ready``). A decision (link, unlink, confirm, no counterpart) is a command on a
:class:`QUndoStack`: doing it records it in the library, undoing it removes it, and either way
the views get the comparison with the decisions applied again (``pairs_changed``).

Signals:
    comparison_ready(object): a new comparison, decisions applied, to show from scratch.
    pairs_changed(object): the same comparison with other decisions, to show in place.
    lost(str): decisions whose clauses are no longer in the texts (one line each), to tell.
    failed(object): a decision could not be kept (the library cannot be written): the
        :class:`corpus.errors.CorpusError`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtGui import QUndoCommand, QUndoStack

from corpus.compare.comparison import Comparison
from corpus.errors import CorpusError
from corpus.library.api import DecisionBook
from corpus.library.decisions import StoredDecision, content_key, now
from corpus.model import Decision, DecisionKind, Side


class ReviewController(QObject):
    """Applies, records, undoes and redoes the analyst's decisions on the comparison shown."""

    comparison_ready = Signal(object)
    pairs_changed = Signal(object)
    lost = Signal(str)
    failed = Signal(object)

    def __init__(self, store: DecisionBook | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.undo_stack = QUndoStack(self)
        self.comparison: Comparison | None = None
        # The decisions applied, with their row in the library, oldest first.
        self._kept: list[tuple[int, Decision]] = []
        self._texts: tuple[str, str] = ("", "")

    # -- a new comparison ------------------------------------------------------------------

    @Slot(object)
    def take(self, comparison: Comparison) -> None:
        """A comparison from the engine: apply the kept decisions, pass it on to the views.

        The undo history stays while the same two texts are shown (a threshold change), and
        starts afresh for other texts; decisions lost to an edit are told when the texts open.
        """
        texts = (content_key(comparison.left), content_key(comparison.right))
        other_texts = texts != self._texts
        if other_texts:
            self.undo_stack.clear()
            self._texts = texts
        self._kept = []
        if self._store is not None:
            try:
                resolved = self._store.load(comparison.left, comparison.right)
            except CorpusError as exc:
                self.failed.emit(exc)
            else:
                self._kept = list(zip(resolved.rows, resolved.decisions, strict=True))
                if resolved.lost and other_texts:  # told once, not at every threshold change
                    self.lost.emit(_lost_text(resolved.lost, len(resolved.decisions)))
        self.comparison = comparison.with_decisions([d for _, d in self._kept])
        self.comparison_ready.emit(self.comparison)

    # -- decisions ---------------------------------------------------------------------------

    def decisions(self) -> list[Decision]:
        """The decisions applied to the comparison shown, oldest first."""
        return [d for _, d in self._kept]

    def link(self, left: str, right: str) -> None:
        self.decide(Decision(DecisionKind.LINK, left, right, now()))

    def unlink(self, left: str, right: str) -> None:
        self.decide(Decision(DecisionKind.UNLINK, left, right, now()))

    def confirm(self, left: str, right: str) -> None:
        self.decide(Decision(DecisionKind.CONFIRM, left, right, now()))

    def no_counterpart(self, side: Side, clause_id: str) -> None:
        left, right = (clause_id, None) if side == Side.LEFT else (None, clause_id)
        self.decide(Decision(DecisionKind.NO_COUNTERPART, left, right, now()))

    def decide(self, decision: Decision) -> None:
        """Make a decision (undoable)."""
        if self.comparison is not None:
            self.undo_stack.push(_DecisionCommand(self, decision, self._describe(decision)))

    def _describe(self, decision: Decision) -> str:
        assert self.comparison is not None
        left = self.comparison.left.clause(decision.left).label if decision.left else ""
        right = self.comparison.right.clause(decision.right).label if decision.right else ""
        texts = {
            DecisionKind.LINK: self.tr("lier {0} ↔ {1}"),
            DecisionKind.UNLINK: self.tr("délier {0} ↔ {1}"),
            DecisionKind.CONFIRM: self.tr("confirmer {0} ↔ {1}"),
            DecisionKind.NO_COUNTERPART: self.tr("{0}{1} sans correspondant"),
        }
        return texts[decision.kind].format(left, right)

    def keep(self, decision: Decision) -> int | None:
        """Keep a decision and show its effect; its row, or ``None`` if it could not be kept."""
        assert self.comparison is not None
        row = -len(self._kept) - 1  # without a library, the decision lasts the session
        if self._store is not None:
            try:
                row = self._store.record(self.comparison.left, self.comparison.right, decision)
            except CorpusError as exc:
                self.failed.emit(exc)
                return None
        self._kept.append((row, decision))
        self._reapply()
        return row

    def drop(self, row: int) -> None:
        """Remove a kept decision (undoing it) and show the pairs without it."""
        if self._store is not None and row >= 0:
            try:
                self._store.forget(row)
            except CorpusError as exc:
                self.failed.emit(exc)
                return
        self._kept = [(r, d) for r, d in self._kept if r != row]
        self._reapply()

    def _reapply(self) -> None:
        assert self.comparison is not None
        self.comparison = self.comparison.with_decisions([d for _, d in self._kept])
        self.pairs_changed.emit(self.comparison)


class _DecisionCommand(QUndoCommand):
    """One decision: redo records it in the library, undo removes it."""

    def __init__(self, review: ReviewController, decision: Decision, text: str) -> None:
        super().__init__(text)
        self._review = review
        self._decision = decision
        self._row: int | None = None

    def redo(self) -> None:
        # Redone later, it keeps its first time: the order of decisions does not change.
        self._row = self._review.keep(self._decision)
        if self._row is None:
            self.setObsolete(True)

    def undo(self) -> None:
        if self._row is not None:
            self._review.drop(self._row)


def _lost_text(lost: tuple[StoredDecision, ...], kept: int) -> str:
    head = QCoreApplication.translate(
        "ReviewController",
        "Ces textes ont changé : {0} décision(s) ne retrouvent plus leurs clauses "
        "({1} appliquée(s)) :",
    ).format(len(lost), kept)
    lines = [head]
    for item in lost:
        sides = [a for a in (item.left, item.right) if a is not None]
        names = " ↔ ".join(f"{a.label} « {_short(a.text)} »" for a in sides)
        lines.append(f"– {item.kind.value} {names} ({item.made_at[:10]})")
    return "\n".join(lines)


def _short(text: str, length: int = 60) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"
