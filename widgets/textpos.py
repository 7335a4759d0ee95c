"""Code-point offsets (Python) ↔ UTF-16 positions (Qt's text cursor), in one tested place.

Python strings count code points; ``QTextCursor`` and ``QTextDocument`` count UTF-16 code units,
so every character outside the Basic Multilingual Plane (an emoji, a rare CJK ideograph, a
mathematical letter) shifts all later positions by one. The engine speaks code points; widgets
convert at their boundary with a :class:`Utf16Map` built once per text.
"""

from __future__ import annotations

import re
from bisect import bisect_right

#: A character outside the Basic Multilingual Plane (two UTF-16 units).
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class Utf16Map:
    """Converts between code-point offsets and UTF-16 positions of one text."""

    def __init__(self, text: str) -> None:
        # Code-point indexes of the characters that take two UTF-16 units, in order (found by
        # the regex engine: a Python loop over a 250 KB treaty took 30 ms, twice per text).
        self._astral = [match.start() for match in _ASTRAL.finditer(text)]
        self._length = len(text)
        # Their UTF-16 positions, to convert back.
        self._astral_utf16 = [index + rank for rank, index in enumerate(self._astral)]

    @property
    def utf16_length(self) -> int:
        """The text's length in UTF-16 units."""
        return self._length + len(self._astral)

    def to_utf16(self, offset: int) -> int:
        """The UTF-16 position of code-point ``offset`` (0 to the text's length)."""
        if not 0 <= offset <= self._length:
            raise IndexError(f"offset {offset} outside the text (length {self._length})")
        return offset + bisect_right(self._astral, offset - 1)

    def to_code_point(self, position: int) -> int:
        """The code-point offset of UTF-16 ``position``; inside a surrogate pair, its start."""
        if not 0 <= position <= self.utf16_length:
            raise IndexError(f"position {position} outside the text")
        # Each astral character starting before ``position`` took one extra unit; a position on
        # the low half of a pair counts its own character too, which lands on the pair's start.
        return position - bisect_right(self._astral_utf16, position - 1)
