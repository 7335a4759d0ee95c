"""The analyst's decisions over an alignment: applying them, and finding their clauses again.

The engine proposes pairs; the analyst links, unlinks, confirms, or marks a clause as having no
counterpart. :func:`apply_decisions` replays the decisions in the order they were made over the
engine's alignment, so a later decision overrides an earlier one, and every pair then says who
made it (:class:`corpus.model.LinkOrigin`).

Decisions are kept across sessions by *anchors*, not clause ids: a clause id is the clause's rank
and changes as soon as a text is re-segmented or edited. An anchor holds the clause's label and
its text, folded (case, accents, white space), with a digest of that text; :func:`resolve` finds
the clause with the same text first (whatever its label now), then, failing that, the clause with
the same label whose text is still nearly the same (:data:`SAME_CLAUSE_RATIO`). A clause found
neither way no longer exists, and the caller lists the decision as lost.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher

from corpus.compare.analysis import AnalyzedDocument
from corpus.model import Alignment, ClauseLink, Decision, DecisionKind, LinkOrigin, Side
from corpus.text.normalize import fold

#: How alike (difflib ratio of the folded texts) an edited clause must stay, under the same
#: label, to keep its decisions: a typo mended keeps them, a clause rewritten loses them.
SAME_CLAUSE_RATIO = 0.8


@dataclass(frozen=True, slots=True)
class ClauseAnchor:
    """What finds a clause again in another version of its text.

    Attributes:
        label: the clause's label when the decision was made ("5.", "IV ¶2").
        text: its text folded (case, accents, white space), for comparing and for showing.
        digest: SHA-256 of ``text``, hexadecimal.
    """

    label: str
    text: str
    digest: str


def folded_text(document: AnalyzedDocument, clause_id: str) -> str:
    """A clause's text, case and accents folded, white space collapsed."""
    clause = document.clause(clause_id)
    return " ".join(fold(document.document.raw[clause.start : clause.end]).split())


def anchor(document: AnalyzedDocument, clause_id: str) -> ClauseAnchor:
    """The anchor of one clause of ``document``."""
    text = folded_text(document, clause_id)
    return ClauseAnchor(
        document.clause(clause_id).label, text, hashlib.sha256(text.encode()).hexdigest()
    )


def resolve(document: AnalyzedDocument, found: ClauseAnchor) -> str | None:
    """The id of the compared clause ``found`` designates in ``document``, or ``None``."""
    same_text = [
        c.clause_id for c in document.clauses if folded_text(document, c.clause_id) == found.text
    ]
    if same_text:
        # The same words twice in one text: the one under the same label, else the first.
        labelled = [cid for cid in same_text if document.clause(cid).label == found.label]
        return (labelled or same_text)[0]
    for clause in document.clauses:
        if clause.label == found.label:
            ratio = SequenceMatcher(
                None, folded_text(document, clause.clause_id), found.text, autojunk=False
            ).ratio()
            return clause.clause_id if ratio >= SAME_CLAUSE_RATIO else None
    return None


def find_clause(document: AnalyzedDocument, name: str) -> str | None:
    """The id of the compared clause a user names by its label ("5.", "IV ¶2") or id ("c12")."""
    for clause in document.clauses:
        if clause.clause_id == name:
            return clause.clause_id
    wanted = " ".join(name.split())
    for clause in document.clauses:
        if clause.label == wanted:
            return clause.clause_id
    return None


def apply_decisions(
    alignment: Alignment,
    decisions: Iterable[Decision],
    left: AnalyzedDocument,
    right: AnalyzedDocument,
    score: Callable[[str, str], float],
) -> Alignment:
    """The engine's alignment with the analyst's decisions applied, oldest first.

    Args:
        alignment: the engine's proposal (every link by the engine).
        decisions: the analyst's decisions; those naming a clause not compared are ignored.
        left: the left document (for the order of its clauses).
        right: the right document.
        score: the similarity of a left and a right clause, for a pair the engine did not
            propose.

    Returns:
        The pairs (a link made or confirmed by the analyst says so), and the unpaired clauses;
        the clauses marked "no counterpart" are unpaired and listed as settled.
    """
    left_rank = {c.clause_id: i for i, c in enumerate(left.clauses)}
    right_rank = {c.clause_id: i for i, c in enumerate(right.clauses)}
    links: dict[tuple[str, str], ClauseLink] = {(k.left, k.right): k for k in alignment.links}
    settled: dict[Side, set[str]] = {Side.LEFT: set(), Side.RIGHT: set()}
    for decision in sorted(decisions, key=lambda d: d.made_at):
        if (decision.left is not None and decision.left not in left_rank) or (
            decision.right is not None and decision.right not in right_rank
        ):
            continue
        if decision.kind is DecisionKind.NO_COUNTERPART:
            side, clause_id = (
                (Side.LEFT, decision.left)
                if decision.left is not None
                else (Side.RIGHT, decision.right)
            )
            for key in [key for key in links if key[0 if side == Side.LEFT else 1] == clause_id]:
                del links[key]
            settled[side].add(str(clause_id))
            continue
        assert decision.left is not None
        assert decision.right is not None
        key = (decision.left, decision.right)
        if decision.kind is DecisionKind.UNLINK:
            links.pop(key, None)
            continue
        old = links.get(key)
        value = old.score if old is not None else round(score(*key), 4)
        links[key] = ClauseLink(decision.left, decision.right, value, LinkOrigin.ANALYST)
        settled[Side.LEFT].discard(decision.left)
        settled[Side.RIGHT].discard(decision.right)
    ordered = tuple(sorted(links.values(), key=lambda k: (left_rank[k.left], right_rank[k.right])))
    paired_left = {k.left for k in ordered}
    paired_right = {k.right for k in ordered}
    return Alignment(
        links=ordered,
        unpaired_left=tuple(c.clause_id for c in left.clauses if c.clause_id not in paired_left),
        unpaired_right=tuple(c.clause_id for c in right.clauses if c.clause_id not in paired_right),
        settled_left=tuple(c.clause_id for c in left.clauses if c.clause_id in settled[Side.LEFT]),
        settled_right=tuple(
            c.clause_id for c in right.clauses if c.clause_id in settled[Side.RIGHT]
        ),
    )
