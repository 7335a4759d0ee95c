"""The blocks of a text split from its two ends, only as far as they are asked for.

A declaration's metadata reads its first blocks (chrome, title, the opening of the text) and its
last ones (the signature, the place), and the middle only when no signature dates the text:
splitting the whole of a long treaty into blocks to read a few at each end would be a fifth of
indexing a folder. :class:`BlockReader` gives the blocks :func:`corpus.text.blocks.split_blocks`
makes of the whole text, the same ones, but splits the text a piece at a time, from its start
as far as a caller reads forward and from its end as far as one reads back; the pieces meet when
the whole is asked for.

A piece of text splits into the same blocks as the whole when it is cut where no block can run
over: at a blank line (a blank line always ends a block), or, in a text whose lines never
wrap, at any line's start (each line is then a block or more). How the text wraps its lines
(never, inside sentences, throughout) is a fact of the whole text, read once without splitting
it into lines (:func:`corpus.text.lines.text_is_hard_wrapped`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

from corpus.text import blocks as blocks_module
from corpus.text.blocks import Block
from corpus.text.lines import BLANKS, text_is_hard_wrapped

#: How much text the first piece at each end holds (a title and an opening, a signature and
#: a place, in most texts); each further piece doubles what was split at that end.
FIRST_PIECE = 1000

_BLANK_LINE = re.compile(rf"^[{re.escape(BLANKS)}]*$", re.MULTILINE)


class BlockReader:
    """The blocks of ``raw``, split from either end on demand (see the module docstring).

    Blocks are read by index from the start (``reader[i]``, or iterating), or from the end
    back (:meth:`from_end`); :meth:`all` gives the whole list.
    """

    def __init__(self, raw: str, first_piece: int = FIRST_PIECE) -> None:
        self.raw = raw
        self._wrapped = text_is_hard_wrapped(raw)
        self._first_piece = max(1, first_piece)
        #: The blocks of ``raw[:head_end]``, then (once whole) of the whole text.
        self._head: list[Block] = []
        self._head_end = 0
        #: The blocks of ``raw[tail_start:]``, until the two ends meet.
        self._tail: list[Block] = []
        self._tail_start = len(raw)
        self._whole = not raw

    def __getitem__(self, index: int) -> Block:
        """The block at ``index`` from the start.

        Raises:
            IndexError: past the last block (or a negative index: count from the end with
                :meth:`from_end`).
        """
        if index < 0:
            raise IndexError("a block reader is indexed from the start")
        while index >= len(self._head) and not self._whole:
            self._grow_head()
        return self._head[index]

    def __iter__(self) -> Iterator[Block]:
        index = 0
        while True:
            try:
                block = self[index]
            except IndexError:
                return
            yield block
            index += 1

    def from_end(self, stop: int = 0) -> Iterator[Block]:
        """The blocks from the last one back to the one at index ``stop`` (included)."""
        while stop > len(self._head) and not self._whole:
            self._grow_head()  # the tail's blocks then all stand at ``stop`` or after
        back = 0  # how many blocks were given, from the last
        while True:
            if not self._whole:
                if back < len(self._tail):
                    back += 1
                    yield self._tail[-back]
                else:
                    self._grow_tail()
                continue
            index = len(self._head) - 1 - back
            if index < stop:
                return
            back += 1
            yield self._head[index]

    def all(self) -> list[Block]:
        """Every block of the text (a new list)."""
        if not self._whole:
            self._join()
        return list(self._head)

    def _grow_head(self) -> None:
        end = self._cut_after(self._head_end + max(self._first_piece, self._head_end))
        if end >= self._tail_start:
            self._join()
            return
        self._head += self._split(self._head_end, end)
        self._head_end = end

    def _grow_tail(self) -> None:
        split = len(self.raw) - self._tail_start
        start = self._cut_before(self._tail_start - max(self._first_piece, split))
        if start <= self._head_end:
            self._join()
            return
        self._tail[:0] = self._split(start, self._tail_start)
        self._tail_start = start

    def _join(self) -> None:
        """Split what lies between the two ends: the blocks are then whole."""
        self._head += self._split(self._head_end, self._tail_start) + self._tail
        self._tail = []
        self._head_end = self._tail_start = len(self.raw)
        self._whole = True

    def _split(self, start: int, end: int) -> list[Block]:
        return blocks_module.split_blocks(self.raw, start, end, wrapped=self._wrapped)

    def _cut_after(self, position: int) -> int:
        """The first place at or after ``position`` where the text may be cut (or its end)."""
        raw = self.raw
        if position >= len(raw):
            return len(raw)
        if self._wrapped:
            blank = _BLANK_LINE.search(raw, position)  # ``^``: a line's start, never mid-line
            return blank.start() if blank else len(raw)
        if raw[position - 1] == "\n":
            return position
        newline = raw.find("\n", position)
        return newline + 1 if newline != -1 else len(raw)

    def _cut_before(self, position: int) -> int:
        """The last place at or before ``position`` where the text may be cut (or its start)."""
        raw = self.raw
        if position <= 0:
            return 0
        line = raw.rfind("\n", 0, position) + 1  # the start of the line holding ``position``
        if not self._wrapped:
            return line
        while line > 0 and not _blank_at(raw, line):
            line = raw.rfind("\n", 0, line - 1) + 1
        return line


def _blank_at(raw: str, line: int) -> bool:
    """Whether the line that starts at ``line`` is blank."""
    end = raw.find("\n", line)
    return not raw[line : end if end != -1 else len(raw)].strip(BLANKS)


class BlocksFrom:
    """The blocks of a reader from the one at index ``start`` on, read forward (iterating) or
    back from the last (``reversed``), split only as far as they are read."""

    def __init__(self, reader: BlockReader, start: int) -> None:
        self._reader = reader
        self._start = start

    def __iter__(self) -> Iterator[Block]:
        return islice(self._reader, self._start, None)

    def __reversed__(self) -> Iterator[Block]:
        return self._reader.from_end(self._start)
