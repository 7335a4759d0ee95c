"""The text a search runs over, and a compact, exact map from it back to raw offsets.

The search view is the folded view of :func:`corpus.text.normalize.normalize` (case, accents,
apostrophes, ligatures, line breaks folded) with one change: a hyphen that ended a line
("souverai-⏎neté", "russo-⏎azerbaïdjanaises") becomes :data:`MARKER`, so that a search can match
the word either with the hyphen (a compound) or without it (a word cut at the line's end); see
``corpus.library.query``. Both characters are one code point, so offsets do not move.

Stored per document, :class:`OffsetMap` keeps only the characters whose raw span is *irregular*
(not the one raw character right after the previous one's): a few hundred entries for 10 KB of
French text instead of two integers per character, and a lookup is one bisection.
"""

from __future__ import annotations

import zlib
from array import array
from bisect import bisect_right
from dataclasses import dataclass

from corpus.text.normalize import NormalizedText
from corpus.text.reading import folded_view

#: Stands for a hyphen at a line's end in the search view (U+2027 HYPHENATION POINT: not a word
#: character for Python's ``re`` nor for the FTS5 ``unicode61`` tokenizer).
MARKER = "\u2027"


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """For each character of a search view, the raw span it comes from.

    Attributes:
        length: the length of the view.
        raw_length: the length of the raw text.
        positions: view indexes of the irregular characters, increasing.
        starts: their raw starts.
        ends: their raw ends.
    """

    length: int
    raw_length: int
    positions: array[int]
    starts: array[int]
    ends: array[int]

    @classmethod
    def from_normalized(cls, view: NormalizedText) -> OffsetMap:
        """Keep the irregular entries of a normalised text's map.

        Only the spans its compact map records are looked at (``corpus.text.spanmap``: every
        other character follows its neighbour by construction), in order, each beside the end
        of the character before it.
        """
        positions, starts, ends = array("q"), array("q"), array("q")
        spans = view.spans
        recorded, recorded_end = -1, 0  # the last recorded character, and its end
        for index, start, end in zip(spans.positions, spans.starts, spans.ends, strict=True):
            # The character before: the last recorded one, or one of the regular run after it.
            previous_end = recorded_end + index - recorded - 1
            if start != previous_end or end != start + 1:
                positions.append(index)
                starts.append(start)
                ends.append(end)
            recorded, recorded_end = index, end
        return cls(len(view.text), view.raw_length, positions, starts, ends)

    def char_span(self, index: int) -> tuple[int, int]:
        """The raw span of the view's character ``index``."""
        j = bisect_right(self.positions, index) - 1
        if j >= 0 and self.positions[j] == index:
            return self.starts[j], self.ends[j]
        base_index, base_end = (self.positions[j], self.ends[j]) if j >= 0 else (-1, 0)
        start = base_end + (index - base_index - 1)
        return start, start + 1

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span ``[start, end)`` of the view to the raw span it covers."""
        if not 0 <= start <= end <= self.length:
            raise IndexError(f"span [{start}, {end}) outside the view (length {self.length})")
        if start == end:
            raw = self.char_span(start)[0] if start < self.length else self.raw_length
            return raw, raw
        return self.char_span(start)[0], self.char_span(end - 1)[1]

    def to_bytes(self) -> bytes:
        """Serialise for the database (native 64-bit integers)."""
        header = array("q", [self.length, self.raw_length, len(self.positions)])
        return (header + self.positions + self.starts + self.ends).tobytes()

    @classmethod
    def from_bytes(cls, data: bytes) -> OffsetMap:
        """Read back what :meth:`to_bytes` wrote."""
        values = array("q")
        values.frombytes(data)
        length, raw_length, count = values[0], values[1], values[2]
        body = values[3:]
        return cls(length, raw_length, body[:count], body[count : 2 * count], body[2 * count :])


@dataclass(frozen=True, slots=True)
class SearchView:
    """A document's search view and its map back to the raw text."""

    text: str
    offsets: OffsetMap

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        return self.offsets.raw_span(start, end)


def search_view(raw: str, normalized: NormalizedText | None = None) -> SearchView:
    """Build the search view of ``raw`` (see the module docstring).

    Args:
        raw: the raw text.
        normalized: its case- and accent-folded view, if already built.
    """
    view = normalized or folded_view(raw)
    text = view.text
    markers: list[int] = []
    index = text.find("-")
    while index != -1:
        # normalize() maps a line-end hyphen to the raw hyphen alone, and the next character
        # to the first raw letter after the line break.
        end = view.char_span(index)[1]
        following = view.char_span(index + 1)[0] if index + 1 < len(text) else end
        if following > end and "\n" in raw[end:following]:
            markers.append(index)
        index = text.find("-", index + 1)
    if markers:  # most texts have none: the view is then the folded text itself
        pieces: list[str] = []
        last = 0
        for index in markers:
            pieces += (text[last:index], MARKER)
            last = index + 1
        pieces.append(text[last:])
        text = "".join(pieces)
    return SearchView(text, OffsetMap.from_normalized(view))


def pack_view(view: str) -> bytes:
    """A view as the database keeps it: compressed (a view is as long as its text, and a
    library keeps both; compressed, the index stays under twice the size of the texts).

    Level 4: on the 322 texts of the benchmark's folder it takes 0.10 s where level 6 took
    0.24 s (a twentieth of indexing them), for a view 5 % larger compressed (the index, 2.39
    times the texts instead of 2.38). Any level reads back the same.
    """
    return zlib.compress(view.encode("utf-8"), 4)


def unpack_view(stored: str | bytes) -> str:
    """A view read back from the database (a library written before views were compressed
    holds them as text, which is read as it is)."""
    return stored if isinstance(stored, str) else zlib.decompress(stored).decode("utf-8")


def joined_words(text: str) -> list[str]:
    """The words of a search view cut by a line-end hyphen, written whole ("souverainete")."""
    words: list[str] = []
    index = text.find(MARKER)
    while index != -1:
        left = index
        while left > 0 and text[left - 1].isalnum():
            left -= 1
        right = index + 1
        while right < len(text) and text[right].isalnum():
            right += 1
        if left < index < right - 1:
            words.append(text[left:index] + text[index + 1 : right])
        index = text.find(MARKER, index + 1)
    return words
