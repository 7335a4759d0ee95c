"""A document prepared for comparison: its clauses, words and formula hits, computed once."""

from __future__ import annotations

from dataclasses import dataclass, field

from corpus.formulas.finder import Catalogue, find_formulas
from corpus.model import Clause, Document, FormulaHit
from corpus.text.chrome import is_chrome
from corpus.text.segment import Segmentation, segment
from corpus.text.tokens import Token, TokenizedText, tokenize


@dataclass(frozen=True)
class AnalyzedDocument:
    """Everything the comparison engine needs to know about one document.

    Attributes:
        document: the document itself.
        segmentation: its sections and clauses.
        text: its folded view and words.
        formulas: its formula hits, in order.
        clauses: the clauses to compare: the declaration's text, front matter and lines that
            are only links or page chrome (``corpus.text.chrome``) left out.
    """

    document: Document
    segmentation: Segmentation
    text: TokenizedText
    formulas: tuple[FormulaHit, ...]
    clauses: tuple[Clause, ...] = field(init=False)
    _by_id: dict[str, Clause] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        body = self.segmentation.body() or self.segmentation.clauses
        raw = self.document.raw
        compared = tuple(c for c in body if not is_chrome(raw[c.start : c.end]))
        object.__setattr__(self, "clauses", compared)
        # Views ask for clauses by id thousands of times (the synoptic rows of a long treaty).
        by_id = {c.clause_id: c for c in self.segmentation.clauses}
        object.__setattr__(self, "_by_id", by_id)

    def clause(self, clause_id: str) -> Clause:
        """The clause with that id.

        Raises:
            StopIteration: no clause has that id (as a search of the clauses would).
        """
        found = self._by_id.get(clause_id)
        if found is None:
            raise StopIteration(clause_id)
        return found

    def clause_tokens(self, clause: Clause) -> tuple[Token, ...]:
        """The words of one clause."""
        return self.text.between(clause.start, clause.end)

    def clause_families(self, clause: Clause) -> frozenset[str]:
        """The formula families with a hit inside one clause."""
        return frozenset(
            hit.family for hit in self.formulas if clause.start <= hit.start < clause.end
        )

    def families(self) -> frozenset[str]:
        """The formula families present in the declaration's text (front matter left out)."""
        return frozenset(
            hit.family
            for hit in self.formulas
            if any(c.start <= hit.start < c.end for c in self.clauses)
        )


def analyze(document: Document, catalogue: Catalogue) -> AnalyzedDocument:
    """Segment, tokenise and find the formulas of ``document``."""
    language = document.meta.language or "fr"
    text = tokenize(document.raw, language)
    hits = find_formulas(document.raw, catalogue, text.view)
    return AnalyzedDocument(document, segment(document.raw), text, tuple(hits))
