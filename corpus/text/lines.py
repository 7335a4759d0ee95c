"""Lines of a raw text with their offsets, and the layout facts segmentation needs."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from enum import IntEnum

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
#: A line that stops inside a sentence: on a letter, a figure, a comma or a hyphen.
_STOPS_INSIDE = re.compile(r"[^\W_]$|[,\-–]$")
#: A line cut by wrapping is at least this long: text wrapped at 60 to 80 columns leaves lines
#: of 50 and more; a line of a signature block or a list of names is shorter.
WRAP_MIN_CHARS = 40


class Wrapping(IntEnum):
    """How a text lays out its paragraphs over lines (true when lines may wrap)."""

    NONE = 0  # a line is a paragraph (or more)
    #: paragraphs one blank line apart, some of them wrapped: a line break inside a sentence
    #: goes on (:func:`breaks_sentence`), one after a sentence's end does not
    IN_SENTENCES = 1
    ALL = 2  # hard-wrapped throughout: every line goes on unless it opens a paragraph


def breaks_sentence(previous: str, following: str) -> bool:
    """Whether a line break between two lines (blanks stripped) falls inside a sentence.

    The first line is a wrapped line's length and stops on a word, a figure or a comma; and
    either the second goes on in lower case ("respect each other's / territorial integrity"),
    or the first stops on a comma, a hyphen or a word in lower case ("within the /
    Commonwealth."), or the second opens on a word and a comma ("the High Contracting /
    Parties, hereby declare"). A heading ends on a capitalised word ("Transatlantic, European
    and Global Security / The Presidents resolve ..."): its break is no wrap. Whether the
    second line opens a point or a heading is the caller's to check.
    """
    if (
        len(previous) < WRAP_MIN_CHARS
        or not following
        or _STOPS_INSIDE.search(previous, len(previous) - 1) is None
    ):
        return False
    if following[0].islower() or previous[-1] in ",-–":
        return True
    last = previous[previous.rfind(" ") + 1 :]
    first = following.split(maxsplit=1)[0]
    # "... as the High Contracting / Parties, hereby declare": a line does not open on a
    # word and a comma, a sentence goes on there.
    return last[0].islower() or (first[-1] in ",;" and first[:-1].isalpha())


def is_hard_wrapped(lines: list[Line]) -> Wrapping:
    """How the text wraps its paragraphs (:class:`Wrapping`), decided from its own layout.

    A line that ends in the middle of a sentence (a letter or a comma) and is followed by a line
    that starts in lower case is a wrap. Texts where more than one line in ten wraps that way are
    hard-wrapped throughout (the UN document: about half its lines); texts with one line per
    paragraph have almost none. A text that sets its paragraphs apart with blank lines (one
    blank line for three lines of text or more) and breaks a sentence somewhere wraps inside
    sentences: the Belovezh agreement's Article 5 over three lines among paragraphs of one.
    """
    return _wrapped([line.content for line in lines])


def text_is_hard_wrapped(raw: str) -> Wrapping:
    """``is_hard_wrapped(split_lines(raw))``, without making the lines: a reader of a long
    text's first and last blocks needs this fact of the whole text, but none of its lines."""
    return _wrapped([text.strip(BLANKS) for text in raw.split("\n")])


def _wrapped(contents: list[str]) -> Wrapping:
    """:func:`is_hard_wrapped` of the lines whose contents (blanks stripped) are given."""
    blanks = contents.count("")
    lines = len(contents) - blanks
    if lines < 2:
        return Wrapping.NONE
    wraps = 0
    inside = False
    for end, following in itertools.pairwise(contents):
        if not end or not following:
            continue
        # The pattern ends with "$": only the last character can start a match.
        if _ENDS_OPEN.search(end, len(end) - 1) and _STARTS_LOWER.match(following):
            wraps += 1
        inside = inside or breaks_sentence(end, following)
    if lines >= 4 and wraps * 10 > lines:
        return Wrapping.ALL
    if inside and blanks * 3 >= lines:
        return Wrapping.IN_SENTENCES
    return Wrapping.NONE
