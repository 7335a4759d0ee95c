"""Where each character of a text as read stands in its file: a map by runs.

A Markdown page is read into a text without its markup (``corpus.text.markdowntext``): a clause
found in that text has offsets into it, and a script that holds the file wants offsets into the
file. The reader copies the text in runs, each a stretch of the file's characters taken as they
are; :class:`SourceMap` keeps, for each run, where it starts in the text and in the file, and
answers by bisection. A character the reader made (the space that joins two lines) maps to the
file character it stands for.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SourceMap:
    """Runs of a read text copied from a file: ``text[starts[i]:starts[i] + lengths[i]]`` is
    ``file[sources[i]:sources[i] + lengths[i]]``, the runs in order and not overlapping.

    Attributes:
        starts: where each run starts in the text read (increasing).
        sources: where it starts in the file's decoded text (non-decreasing).
        lengths: how many characters it holds.
        file_length: the length of the file's decoded text.
    """

    starts: tuple[int, ...]
    sources: tuple[int, ...]
    lengths: tuple[int, ...]
    file_length: int

    def to_file(self, offset: int) -> int:
        """The file offset of the text's ``offset``: inside a run, the character copied; in a
        gap between runs (a character the reader made), the end of the run before it."""
        index = bisect_right(self.starts, offset) - 1
        if index < 0:
            return self.sources[0] if self.sources else 0
        inside = offset - self.starts[index]
        return self.sources[index] + min(inside, self.lengths[index])

    def file_span(self, start: int, end: int) -> tuple[int, int]:
        """The file span of the text's ``[start, end)``: from its first character's place to
        one past its last's."""
        if end <= start:
            at = self.to_file(start)
            return at, at
        return self.to_file(start), min(self.to_file(end - 1) + 1, self.file_length)


class SourceMapBuilder:
    """Builds a :class:`SourceMap` run by run, joining runs that follow each other."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._sources: list[int] = []
        self._lengths: list[int] = []

    def add(self, start: int, source: int, length: int) -> None:
        """Text ``[start, start + length)`` is the file's ``[source, source + length)``."""
        if length <= 0:
            return
        if (
            self._starts
            and self._starts[-1] + self._lengths[-1] == start
            and self._sources[-1] + self._lengths[-1] == source
        ):
            self._lengths[-1] += length
            return
        self._starts.append(start)
        self._sources.append(source)
        self._lengths.append(length)

    def build(self, file_length: int) -> SourceMap:
        return SourceMap(
            tuple(self._starts), tuple(self._sources), tuple(self._lengths), file_length
        )
