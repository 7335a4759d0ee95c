"""A compact map from the characters of a normalised text to the raw spans they come from.

Most characters of a normalised view come from the one raw character right after the previous
character's: only where white space, a hyphen, a cluster or a dropped character was folded, and
at the first character after one, can a span break that rule. :class:`SpanMap` records the
spans of those characters only (a few hundred for 20 KB of text, where a span per character
would take two integers each, and building them would be two fifths of normalising a text);
every other span follows from the last one recorded. Lookups are bisections.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SpanMap:
    """The raw spans of a normalised text's characters, recorded where they may be irregular.

    Attributes:
        length: how many characters the normalised text has.
        positions: the indexes whose spans are recorded, increasing; a character at any other
            index ``i`` starts where character ``i - 1`` ends (at 0 for the first) and is one
            raw character long.
        starts: their raw starts (non-decreasing, as every character's are).
        ends: their raw ends (non-decreasing).
    """

    length: int
    positions: tuple[int, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    @classmethod
    def from_spans(cls, starts: tuple[int, ...], ends: tuple[int, ...]) -> SpanMap:
        """The map of a span per character (recording those that break the rule)."""
        positions, kept_starts, kept_ends = [], [], []
        previous_end = 0
        for index, (start, end) in enumerate(zip(starts, ends, strict=True)):
            if start != previous_end or end != start + 1:
                positions.append(index)
                kept_starts.append(start)
                kept_ends.append(end)
            previous_end = end
        return cls(len(starts), tuple(positions), tuple(kept_starts), tuple(kept_ends))

    def span(self, index: int) -> tuple[int, int]:
        """The raw span of character ``index`` (``0 <= index < length``)."""
        j = bisect_right(self.positions, index) - 1
        if j >= 0 and self.positions[j] == index:
            return self.starts[j], self.ends[j]
        start = (self.ends[j] + index - self.positions[j] - 1) if j >= 0 else index
        return start, start + 1

    def first_starting_at(self, raw_index: int) -> int:
        """The first index whose raw start is ``raw_index`` or more (``length`` if none):
        ``bisect_left`` of every character's start."""
        j = bisect_left(self.starts, raw_index)
        # Recorded characters before j start before raw_index, and so do all before them: the
        # answer is a character after the last of them that does not, or the next recorded one.
        base_index, base_end = (self.positions[j - 1], self.ends[j - 1]) if j else (-1, 0)
        limit = self.positions[j] if j < len(self.positions) else self.length
        return min(base_index + 1 + max(0, raw_index - base_end), limit)

    def first_ending_at(self, raw_index: int) -> int:
        """The first index whose raw end is ``raw_index`` or more (``length`` if none):
        ``bisect_left`` of every character's end."""
        j = bisect_left(self.ends, raw_index)
        base_index, base_end = (self.positions[j - 1], self.ends[j - 1]) if j else (-1, 0)
        limit = self.positions[j] if j < len(self.positions) else self.length
        return min(base_index + max(1, raw_index - base_end), limit)

    def every_span(self) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """Every character's raw start and raw end."""
        starts: list[int] = []
        ends: list[int] = []
        index, end = -1, 0  # the last recorded character, and its end
        for position, start_at, end_at in zip(self.positions, self.starts, self.ends, strict=True):
            starts += range(end, end + position - index - 1)
            ends += range(end + 1, end + position - index)
            starts.append(start_at)
            ends.append(end_at)
            index, end = position, end_at
        starts += range(end, end + self.length - index - 1)
        ends += range(end + 1, end + self.length - index)
        return tuple(starts), tuple(ends)
