"""Every pair of a comparison and every decision of the analyst, as one list of entries.

The alignment says which clauses are paired now; it forgets a pair the analyst unlinked and
when each decision was made. Exports (the table, the Word document, the PDF) must name every
decision, so this module reads both the alignment and the decisions applied to it and gives one
entry per pair, per unlinked pair and per clause marked "no counterpart", each with its verdict
and time. Pure: the engine's types in, value types out.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from corpus.compare.align import strength
from corpus.compare.comparison import Comparison
from corpus.model import ClauseLink, Decision, DecisionKind, LinkOrigin


class Verdict(StrEnum):
    """What became of a pair or a clause; the value is what the CSV export writes."""

    PROPOSED = ""  # the engine's proposal, not decided
    CONFIRMED = "confirmed"  # the analyst confirmed the engine's proposal
    LINKED = "linked"  # the analyst paired the two clauses
    UNLINKED = "unlinked"  # the analyst removed the pair
    NO_COUNTERPART = "no-counterpart"  # the analyst said the clause has none


@dataclass(frozen=True, slots=True)
class Entry:
    """One pair, unlinked pair or clause without counterpart.

    Attributes:
        left: the left clause's id (``None`` for a right clause without counterpart).
        right: the right clause's id (``None`` for a left clause without counterpart).
        score: the two clauses' similarity (``None`` for a single clause).
        by: who made the pair or the decision.
        verdict: the decision, or ``PROPOSED``.
        decided_at: when it was decided, ISO 8601 in UTC ("" for a proposal).
    """

    left: str | None
    right: str | None
    score: float | None
    by: LinkOrigin
    verdict: Verdict
    decided_at: str = ""

    @property
    def strength(self) -> str:
        """ "strong", "fair" or "weak"; "" for a single clause."""
        return strength(self.score) if self.score is not None else ""


def ledger(comparison: Comparison) -> tuple[Entry, ...]:
    """The pairs in the alignment's order, then the unlinked pairs, then the clauses marked
    without counterpart (left ones, then right ones, in their text's order)."""
    latest = _latest_decisions(comparison)
    entries = [_pair_entry(link, latest) for link in comparison.alignment.links]
    paired = {(k.left, k.right) for k in comparison.alignment.links}
    for key, decision in latest.items():
        left, right = key
        if decision.kind is DecisionKind.UNLINK and key not in paired and left and right:
            score = round(comparison.score(left, right), 4)
            entries.append(
                Entry(left, right, score, LinkOrigin.ANALYST, Verdict.UNLINKED, decision.made_at)
            )
    alignment = comparison.alignment
    for side, settled in (("left", alignment.settled_left), ("right", alignment.settled_right)):
        for clause_id in settled:
            key = (clause_id, None) if side == "left" else (None, clause_id)
            made = latest.get(key)
            entries.append(
                Entry(
                    key[0],
                    key[1],
                    None,
                    LinkOrigin.ANALYST,
                    Verdict.NO_COUNTERPART,
                    made.made_at if made is not None else "",
                )
            )
    return tuple(entries)


def _latest_decisions(comparison: Comparison) -> dict[tuple[str | None, str | None], Decision]:
    """The last decision about each pair or single clause, among those the texts still have."""
    left = {c.clause_id for c in comparison.left.clauses}
    right = {c.clause_id for c in comparison.right.clauses}
    latest: dict[tuple[str | None, str | None], Decision] = {}
    for decision in sorted(comparison.decisions, key=lambda d: d.made_at):
        if (decision.left is not None and decision.left not in left) or (
            decision.right is not None and decision.right not in right
        ):
            continue  # as apply_decisions: a decision naming a clause not compared is ignored
        latest[(decision.left, decision.right)] = decision
    return latest


def _pair_entry(link: ClauseLink, latest: dict[tuple[str | None, str | None], Decision]) -> Entry:
    if not link.decided:
        return Entry(link.left, link.right, link.score, link.by, Verdict.PROPOSED)
    decision = latest.get((link.left, link.right))
    verdict = (
        Verdict.CONFIRMED
        if decision is not None and decision.kind is DecisionKind.CONFIRM
        else Verdict.LINKED
    )
    return Entry(
        link.left,
        link.right,
        link.score,
        link.by,
        verdict,
        decision.made_at if decision is not None else "",
    )
