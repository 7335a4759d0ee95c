"""Group the lines of a declaration into blocks and say what each block is.

A block is a heading, a numbered point, a bullet, an article heading or a paragraph. The rules read
the layout of real texts: blank lines, line-start markers ("1.", "–", "IV", "Section I :",
"Article premier", "EN CE QUI CONCERNE ...") and, in hard-wrapped texts, indentation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from corpus.text.lines import Line, is_hard_wrapped, split_lines


class BlockKind(StrEnum):
    """What a block of lines is."""

    ROMAN = "roman"  # "IV" alone on a line
    NAMED_HEADING = "named"  # "Section I : ...", "PARTIE II", "Chapitre 3"
    UPPER_HEADING = "upper"  # "EN CE QUI CONCERNE LES RELATIONS ..."
    ARTICLE = "article"  # "Article premier" alone on a line
    POINT = "point"  # "1. Les Parties ..."
    BULLET = "bullet"  # "– Encourageront ..."
    PARAGRAPH = "paragraph"


HEADING_KINDS = frozenset(
    {BlockKind.ROMAN, BlockKind.NAMED_HEADING, BlockKind.UPPER_HEADING, BlockKind.ARTICLE}
)


@dataclass(frozen=True, slots=True)
class Block:
    """A run of lines forming one unit.

    Attributes:
        kind: what the block is.
        start: raw index of its first non-blank character.
        end: raw index one past its last non-blank character.
        text: the raw text ``raw[start:end]``.
        number: the marker's number or numeral ("3", "IV", "premier", "(a)"), if any.
        level: for a heading, 1 (part, title), 2 (chapter), 3 (section); 0 otherwise.
        title: for a named heading, the words after the numeral.
    """

    kind: BlockKind
    start: int
    end: int
    text: str
    number: str = ""
    level: int = 0
    title: str = ""


_ROMAN = r"[IVXLC]{1,7}"
ROMAN_ALONE = re.compile(rf"^(?P<num>{_ROMAN})\s*[.)]?$")
NAMED_HEADING = re.compile(
    r"^(?P<word>Section|SECTION|Partie|PARTIE|Titre|TITRE|Chapitre|CHAPITRE|Part|PART|"
    r"Chapter|CHAPTER)\s+(?P<num>" + _ROMAN + r"|\d{1,3}|premier|première|PREMIER|unique)\b"
    r"\s*[:.–—-]?\s*(?P<title>[^\n]{0,200})$"
)
_HEADING_LEVELS = {"partie": 1, "part": 1, "titre": 1, "chapitre": 2, "chapter": 2}
ARTICLE_ALONE = re.compile(
    r"^(?:Article|ARTICLE|Art\.)\s+(?P<num>premier|Premier|PREMIER|unique|\d{1,3}(?:er|bis|ter)?"
    r"|" + _ROMAN + r")\s*[.:]?$"
)
POINT = re.compile(r"^(?P<num>\d{1,3}|[a-z]|\([a-z0-9]{1,4}\))(?:[.)°]|(?<=\)))\s+(?=\S)")
BULLET = re.compile(r"^(?P<num>[–—•·▪◦*-])\s+(?=\S)")
_LETTER = re.compile(r"[^\W\d_]")
# A paragraph that starts at the left margin after a wrapped line with an indent of two blanks
# or more, or one blank after a sentence end, in a hard-wrapped text.
_SENTENCE_END = re.compile(r"[.;:!?»\"”)]\s*$")
_OPENS_PARAGRAPH = re.compile(r"^[A-ZÀ-ÖØ-Þ«\"“(\[]")


def is_upper_heading(content: str) -> bool:
    """An upper-case line used as a heading ("SUR LA COOPÉRATION ...", "FRONTIÈRES")."""
    letters = _LETTER.findall(content)
    if len(letters) < 6 or len(content) > 250 or content.endswith((".", ",", ";")):
        return False
    upper = sum(1 for ch in letters if ch.isupper())
    return upper >= 0.85 * len(letters)


def classify_line(content: str) -> tuple[BlockKind, str, int, str] | None:
    """Recognise a line that must start a block of its own: a heading or a marker."""
    if match := ROMAN_ALONE.match(content):
        return BlockKind.ROMAN, match["num"], 3, ""
    if match := NAMED_HEADING.match(content):
        level = _HEADING_LEVELS.get(match["word"].casefold(), 3)
        return BlockKind.NAMED_HEADING, match["num"], level, match["title"].strip()
    if match := ARTICLE_ALONE.match(content):
        return BlockKind.ARTICLE, match["num"], 0, ""
    if match := POINT.match(content):
        return BlockKind.POINT, match["num"], 0, ""
    if match := BULLET.match(content):
        return BlockKind.BULLET, match["num"], 0, ""
    if is_upper_heading(content):
        return BlockKind.UPPER_HEADING, "", 3, ""
    return None


def split_blocks(raw: str) -> list[Block]:
    """Split a raw text into blocks, in document order."""
    lines = split_lines(raw)
    wrapped = is_hard_wrapped(lines)
    groups: list[list[Line]] = []
    current: list[Line] = []
    for line in lines:
        if line.blank:
            _close(groups, current)
            current = []
            continue
        marker = classify_line(line.content)
        starts_new = (
            not current or not wrapped or marker is not None or _starts_paragraph(current[-1], line)
        )
        # Headings never swallow the lines that follow them.
        if current and _is_heading(current[0]):
            starts_new = True
        if starts_new:
            _close(groups, current)
            current = [line]
        else:
            current.append(line)
    _close(groups, current)
    return [_make_block(raw, group) for group in groups]


def _is_heading(line: Line) -> bool:
    marker = classify_line(line.content)
    return marker is not None and marker[0] in HEADING_KINDS


def _starts_paragraph(previous: Line, line: Line) -> bool:
    if not _OPENS_PARAGRAPH.match(line.content):
        return False
    if line.indent >= 2:
        return True
    return line.indent >= 1 and bool(_SENTENCE_END.search(previous.content))


def _close(groups: list[list[Line]], current: list[Line]) -> None:
    if current:
        groups.append(current)


def _make_block(raw: str, group: list[Line]) -> Block:
    start = group[0].content_start
    end = max(line.content_end for line in group)
    text = raw[start:end]
    first = group[0].content
    marker = classify_line(first)
    if marker is None or (marker[0] in HEADING_KINDS and len(group) > 1):
        return Block(BlockKind.PARAGRAPH, start, end, text)
    kind, number, level, title = marker
    return Block(kind, start, end, text, number, level, title)


__all__ = [
    "HEADING_KINDS",
    "Block",
    "BlockKind",
    "classify_line",
    "is_upper_heading",
    "split_blocks",
]
