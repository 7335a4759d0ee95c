"""A search's figures over time: documents and occurrences per year, whole or split.

:func:`corpus.library.searching.year_counts` gives the documents with an occurrence and their
occurrences by year, parties and language; this module adds them up by year (the ``--by-year``
report), and into series split by party or by language (the chart's stacked bars).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from corpus.library.searching import GroupCount

Measure = Literal["hits", "documents"]
Split = Literal["", "party", "language"]

#: A split shows this many groups (the largest); the rest are added up as one.
MAX_GROUPS = 7
OTHERS = "others"
NO_PARTY = "no party"
NO_LANGUAGE = "unknown"


@dataclass(frozen=True, slots=True)
class Tally:
    """How many documents, and occurrences in them."""

    documents: int = 0
    hits: int = 0

    def as_json(self) -> dict[str, int]:
        return {"documents": self.documents, "hits": self.hits}


@dataclass(frozen=True, slots=True)
class YearTotals:
    """Documents and occurrences per year (``YYYY``, in order), and those of undated documents."""

    by_year: dict[str, Tally]
    undated: Tally

    @property
    def hits(self) -> int:
        return sum(t.hits for t in self.by_year.values()) + self.undated.hits


def overall(counts: Sequence[GroupCount], measure: Measure) -> int:
    """All the occurrences of ``counts``, or all their documents."""
    return sum(c.hits if measure == "hits" else c.documents for c in counts)


def by_year(counts: Sequence[GroupCount]) -> YearTotals:
    """Add up ``counts`` by the year of each document's date."""
    documents: Counter[str] = Counter()
    hits: Counter[str] = Counter()
    for count in counts:
        documents[count.year] += count.documents
        hits[count.year] += count.hits
    years = sorted(y for y in documents if y)
    return YearTotals(
        {y: Tally(documents[y], hits[y]) for y in years}, Tally(documents[""], hits[""])
    )


@dataclass(frozen=True, slots=True)
class Series:
    """One group's figures for each year of a chart (the chart's ``years``, in order)."""

    label: str
    values: tuple[float, ...]


def year_span(counts: Sequence[GroupCount]) -> list[str]:
    """Every year from the first dated document's to the last's, with no gap (a year without
    occurrences is a year of the chart too)."""
    years = sorted({int(c.year) for c in counts if c.year})
    return [str(y) for y in range(years[0], years[-1] + 1)] if years else []


def series(
    counts: Sequence[GroupCount], years: Sequence[str], measure: Measure, split: Split
) -> list[Series]:
    """The figures of each group per year: one series when not split; else one per party or per
    language, the largest :data:`MAX_GROUPS` first and the rest as :data:`OTHERS`. A document
    of several parties is shared equally among them, so that a year's groups add up to its
    figure (a stacked bar as tall as the year's count). Undated documents are left out."""
    place = {year: i for i, year in enumerate(years)}
    table: dict[str, list[float]] = {}
    for count in counts:
        if count.year not in place:
            continue
        groups = _groups(count, split)
        share = (count.hits if measure == "hits" else count.documents) / len(groups)
        for group in groups:
            table.setdefault(group, [0.0] * len(years))[place[count.year]] += share
    ranked = sorted(table, key=lambda g: (-sum(table[g]), g))
    kept, rest = ranked[:MAX_GROUPS], ranked[MAX_GROUPS:]
    if len(rest) == 1:
        kept, rest = ranked, []
    found = [Series(g, tuple(table[g])) for g in kept]
    if rest:
        found.append(
            Series(OTHERS, tuple(sum(table[g][i] for g in rest) for i in range(len(years))))
        )
    return found


def _groups(count: GroupCount, split: Split) -> tuple[str, ...]:
    if split == "party":
        return count.parties or (NO_PARTY,)
    if split == "language":
        return (count.language or NO_LANGUAGE,)
    return ("",)
