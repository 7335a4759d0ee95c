"""The server's search vectors (``corpus.library.server.tsearch``), without a server."""

from __future__ import annotations

import re

from corpus.library.server import tsearch

from tests.corpus.test_library_backends import text_file


def _positions(literal: str) -> dict[str, list[int]]:
    return {
        word: [int(n) for n in numbers.split(",")]
        for word, numbers in re.findall(r"'([^']*)':([\d,]+)", literal)
    }


def test_every_short_phrase_lies_whole_in_one_passage() -> None:
    raw = text_file("nl-bwb__traite-de-paix-avec-italie-1947.txt").read_text(encoding="utf-8")
    view = raw.lower()
    tokens = re.findall(r"[^\W_]+", view)
    vectors = tsearch.vectors(view, "fr")
    step = tsearch.PASSAGE_WORDS - tsearch.OVERLAP
    assert len(vectors.passages) == -(-(len(tokens) - tsearch.OVERLAP) // step)
    for number, (literal, exact) in enumerate(vectors.passages):
        positions = _positions(literal)
        first = number * step
        for word, found in positions.items():
            for position in found:
                assert tokens[first + position - 1] == word
        assert exact == all(len(p) < tsearch.MAX_POSITIONS_PER_WORD for p in positions.values())
    covered = {first for first in range(0, len(tokens), step)}
    for start in range(len(tokens) - tsearch.OVERLAP):  # a window of OVERLAP + 1 words
        begin = max(c for c in covered if c <= start)
        assert start + tsearch.OVERLAP + 1 <= begin + tsearch.PASSAGE_WORDS or (
            begin + tsearch.PASSAGE_WORDS >= len(tokens)
        )


def test_lexemes_are_quoted_for_postgresql() -> None:
    assert tsearch.quoted("l'etat") == "'l''etat'"
    assert tsearch.quoted("a\\b") == "'a\\\\b'"
    assert len(tsearch.lexeme("x" * 5000)) == tsearch.MAX_LEXEME_CHARS
