"""Read a clause-alignment gold file and score an alignment against it (precision, recall)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from corpus.compare.analysis import AnalyzedDocument
from corpus.model import Alignment


@dataclass(frozen=True, slots=True)
class GoldPair:
    """The hand-made links between two documents, named by the openings of their clauses."""

    left: str
    right: str
    links: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Score:
    """Pair-level agreement with a gold standard."""

    true_positives: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(
            self.true_positives + other.true_positives,
            self.predicted + other.predicted,
            self.gold + other.gold,
        )


def read_gold(path: Path) -> list[GoldPair]:
    """The pairs of a gold file (``tests/data/gold/alignment.toml`` format)."""
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    return [
        GoldPair(entry["left"], entry["right"], tuple((a, b) for a, b in entry["links"]))
        for entry in data["pair"]
    ]


def clause_at(document: AnalyzedDocument, opening: str) -> str:
    """The id of the compared clause whose text starts with ``opening``.

    Raises:
        LookupError: no compared clause, or several, start with it.
    """
    raw = document.document.raw
    found = [c.clause_id for c in document.clauses if raw.startswith(opening, c.start)]
    if len(found) != 1:
        raise LookupError(f"{len(found)} clauses of {document.document.doc_id} open {opening!r}")
    return found[0]


def gold_links(
    pair: GoldPair, left: AnalyzedDocument, right: AnalyzedDocument
) -> set[tuple[str, str]]:
    """The gold links as clause-id pairs."""
    return {(clause_at(left, a), clause_at(right, b)) for a, b in pair.links}


def score(alignment: Alignment, gold: set[tuple[str, str]]) -> Score:
    """Compare predicted links with gold links."""
    predicted = {(link.left, link.right) for link in alignment.links}
    return Score(len(predicted & gold), len(predicted), len(gold))
