"""The ledger lists every pair and every decision: the last decision about a pair wins, an
unlinked pair is listed until it is linked again, a clause marked alone is listed with its time."""

from __future__ import annotations

import pytest

from corpus.compare.comparison import Comparison, compare
from corpus.compare.ledger import Verdict, ledger
from corpus.formulas.finder import bundled_catalogue
from corpus.model import Decision, DecisionKind, Document, LinkOrigin


@pytest.fixture(scope="module")
def plain(moscow: Document, charter: Document) -> Comparison:
    return compare(moscow, charter, bundled_catalogue())


def test_without_decisions_every_pair_is_a_proposal(plain: Comparison) -> None:
    entries = ledger(plain)
    assert [(e.left, e.right, e.score) for e in entries] == [
        (k.left, k.right, k.score) for k in plain.alignment.links
    ]
    assert {(e.verdict, e.by, e.decided_at) for e in entries} == {
        (Verdict.PROPOSED, LinkOrigin.ENGINE, "")
    }


def test_each_decision_is_listed_with_its_time(plain: Comparison) -> None:
    weak, strong = sorted(plain.alignment.links, key=lambda k: k.score)[
        :: len(plain.alignment.links) - 1
    ]
    alone = plain.alignment.unpaired_right[0]
    decisions = [
        Decision(DecisionKind.UNLINK, weak.left, weak.right, "2026-12-01T10:00:00Z"),
        Decision(DecisionKind.CONFIRM, strong.left, strong.right, "2026-12-01T10:01:00Z"),
        Decision(DecisionKind.NO_COUNTERPART, None, alone, "2026-12-01T10:02:00Z"),
    ]
    entries = ledger(plain.with_decisions(decisions))
    by_verdict = {e.verdict: e for e in entries if e.verdict is not Verdict.PROPOSED}
    assert set(by_verdict) == {Verdict.UNLINKED, Verdict.CONFIRMED, Verdict.NO_COUNTERPART}
    unlinked = by_verdict[Verdict.UNLINKED]
    assert (unlinked.left, unlinked.right, unlinked.score) == (weak.left, weak.right, weak.score)
    assert unlinked.decided_at == "2026-12-01T10:00:00Z"
    assert (by_verdict[Verdict.CONFIRMED].left, by_verdict[Verdict.CONFIRMED].right) == (
        strong.left,
        strong.right,
    )
    settled = by_verdict[Verdict.NO_COUNTERPART]
    assert (settled.left, settled.right, settled.score, settled.strength) == (None, alone, None, "")
    assert len(entries) == len(plain.alignment.links) + 1  # one pair fewer, two entries more

    # Linked again later: a pair of the analyst's, no longer listed as unlinked.
    again = Decision(DecisionKind.LINK, weak.left, weak.right, "2026-12-01T10:03:00Z")
    entries = ledger(plain.with_decisions([*decisions, again]))
    relinked = [e for e in entries if (e.left, e.right) == (weak.left, weak.right)]
    assert [(e.verdict, e.decided_at) for e in relinked] == [
        (Verdict.LINKED, "2026-12-01T10:03:00Z")
    ]
