"""One raw text read once: its folded view and its blocks, built on first use and shared.

Words, formulas, clauses, metadata and the search view all start from the same two readings of a
raw text: the case- and accent-folded view with its map back to raw offsets
(:func:`corpus.text.normalize.normalize`) and the blocks of lines (:func:`corpus.text.blocks.
split_blocks`). Before this module each of them built its own, so opening and comparing a document
folded it up to three times and split it into blocks twice. :func:`read_text` keeps the readings
of the last few texts, keyed by the text itself, so whichever part asks first pays and the others
share; a text that changes is a new key. The blocks are split by a
:class:`corpus.text.blockreader.BlockReader`: metadata reads a few at each end of the text, and
indexing needs no more; the clauses of a text opened need them all, and the reader then splits
only what lies between.
"""

from __future__ import annotations

from functools import cached_property, lru_cache

from corpus.text.blockreader import BlockReader
from corpus.text.blocks import Block
from corpus.text.normalize import NormalizedText, normalize

#: How many texts keep their readings: the two compared, the bundled corpus behind the term
#: weights, and a few more for the library; a 250 KB treaty's readings take about 10 MB.
READINGS_KEPT = 12


class TextReading:
    """The shared readings of one raw text (build one with :func:`read_text`)."""

    def __init__(self, raw: str) -> None:
        self.raw = raw

    @cached_property
    def folded(self) -> NormalizedText:
        """The case- and accent-folded view, with its map back to raw offsets."""
        return normalize(self.raw, fold_case=True, fold_accents=True)

    @cached_property
    def block_reader(self) -> BlockReader:
        """The text's blocks, split from either end as far as they are read (metadata reads a
        few at each end)."""
        return BlockReader(self.raw)

    @cached_property
    def blocks(self) -> tuple[Block, ...]:
        """The text's blocks of lines, in order (the reader's, completed: no part of the text
        is split twice)."""
        return tuple(self.block_reader.all())


@lru_cache(maxsize=READINGS_KEPT)
def read_text(raw: str) -> TextReading:
    """The readings of ``raw``, shared with every other caller that reads the same text."""
    return TextReading(raw)


def folded_view(raw: str) -> NormalizedText:
    """The case- and accent-folded view of ``raw`` (built once per text, see :func:`read_text`)."""
    return read_text(raw).folded


def block_reader(raw: str) -> BlockReader:
    """The blocks of ``raw``, split on demand from either end (shared, see :func:`read_text`)."""
    return read_text(raw).block_reader


def text_blocks(raw: str) -> list[Block]:
    """The blocks of ``raw`` (split once per text, see :func:`read_text`); a new list each call."""
    return list(read_text(raw).blocks)
