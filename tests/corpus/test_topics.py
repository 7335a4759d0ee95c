"""Topic words: one Aho-Corasick pass counts them exactly as the lexicon's expressions would."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from corpus.compare.analysis import AnalyzedDocument, analyze
from corpus.compare.topics import topic_counts, topic_names, topic_words
from corpus.formulas.finder import bundled_catalogue
from corpus.text import bundled
from corpus.text.documents import load_file

DATA = Path(__file__).resolve().parents[1] / "data"


def _by_expressions(joined: str) -> Counter[str]:
    """The rule as the lexicon states it: each topic's beginnings, longest first, at the start of
    a word, counted by ``findall`` (no overlap)."""
    counts: Counter[str] = Counter()
    for name, words in topic_words():
        alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        found = len(re.findall(rf"(?<![a-z0-9])(?:{alternatives})", joined))
        if found:
            counts[name] = found
    return counts


@pytest.fixture(scope="module")
def documents() -> list[AnalyzedDocument]:
    catalogue = bundled_catalogue()
    paths = [bundled.bundled_path(i) for i in bundled.bundled_ids()]
    paths += sorted(DATA.glob("*.txt")) + sorted((DATA / "texts").glob("*.txt"))
    return [analyze(load_file(path), catalogue) for path in paths]


def test_counts_agree_with_the_lexicons_expressions_on_every_clause(
    documents: list[AnalyzedDocument],
) -> None:
    clauses = overlapping = 0
    for document in documents:
        for clause in document.clauses:
            tokens = document.clause_tokens(clause)
            joined = " ".join(token.text for token in tokens)
            counts = topic_counts(tokens)
            assert counts == _by_expressions(joined), (document.document.path, clause.label)
            assert list(counts) == [n for n in topic_names() if n in counts]  # lexicon order
            clauses += 1
            # "echanges commerciaux" holds the shorter trade word "commerc": counted once.
            overlapping += "echanges commerciaux" in joined
    assert clauses > 2000
    assert overlapping >= 3
