"""Lines of a raw text with their offsets, and the layout facts segmentation needs."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from corpus.text.normalize import NO_BREAK_SPACES

#: What a line is stripped of: a line of these alone is blank.
BLANKS = " \t" + NO_BREAK_SPACES + "\u200b\ufeff"


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the raw text.

    Attributes:
        start: raw index of the line's first character.
        end: raw index of the line's end (its ``\\n`` excluded).
        text: the line's characters.
        indent: number of leading blanks.
        content: the characters without the leading and trailing blanks (made once: the
            layout rules ask for them several times per line).
    """

    start: int
    end: int
    text: str
    indent: int
    content: str

    @property
    def blank(self) -> bool:
        return not self.content

    @property
    def content_start(self) -> int:
        return self.start + self.indent

    @property
    def content_end(self) -> int:
        return self.start + len(self.text.rstrip(BLANKS))


def split_lines(raw: str, start: int = 0, end: int | None = None) -> list[Line]:
    """Split ``raw`` (or its part ``raw[start:end]``, from a line's start) at ``\\n`` into lines
    that remember where they are in ``raw``."""
    lines = []
    position = start
    for text in raw[start:end].split("\n"):
        indent = len(text) - len(text.lstrip(BLANKS))
        lines.append(Line(position, position + len(text), text, indent, text.strip(BLANKS)))
        position += len(text) + 1
    return lines


_ENDS_OPEN = re.compile(r"[^\W\d_,]$|[,\-–]$")
_STARTS_LOWER = re.compile(r"^[a-zà-ÿœæ(]")


def is_hard_wrapped(lines: list[Line]) -> bool:
    """Whether the text is hard-wrapped: paragraphs run over several short lines.

    A line that ends in the middle of a sentence (a letter or a comma) and is followed by a line
    that starts in lower case is a wrap. Texts where more than one line in ten wraps that way are
    treated as hard-wrapped (the UN document: about half its lines); texts with one line per
    paragraph have almost none.
    """
    return _wrapped([line.content for line in lines])


def text_is_hard_wrapped(raw: str) -> bool:
    """``is_hard_wrapped(split_lines(raw))``, without making the lines: a reader of a long
    text's first and last blocks needs this fact of the whole text, but none of its lines."""
    return _wrapped([text.strip(BLANKS) for text in raw.split("\n")])


def _wrapped(contents: list[str]) -> bool:
    """:func:`is_hard_wrapped` of the lines whose contents (blanks stripped) are given."""
    lines = len(contents) - contents.count("")
    if lines < 4:
        return False
    wraps = 0
    for end, following in itertools.pairwise(contents):
        if not end or not following:
            continue
        # The pattern ends with "$": only the last character can start a match.
        if _ENDS_OPEN.search(end, len(end) - 1) and _STARTS_LOWER.match(following):
            wraps += 1
    return wraps * 10 > lines
