"""Tell a declaration's text from what precedes it: a covering letter, a news lead, page chrome.

The rules, in order:

1. Page chrome at the top is never text: upper-case title lines, a date or time stamp, a bare
   number (a view count), a one- or two-word rubric ("Actualités"), a dateline
   ("Paris / La Gazette"), share links, images and bare URLs (``BlockKind.CHROME``, which is
   chrome wherever it stands).
2. When a line in the first half of the file starts with the name of the instrument
   ("Déclaration ...", "Charte ...", "Joint Statement ...", "AGREEMENT ...") and reads as a title
   (short, no final punctuation, or a single phrase closed by a full stop), everything before it
   is front matter and the title itself is a heading.
3. A standfirst right after that title ("Texte intégral de la déclaration ...") is front matter too.

A clipping date glued to the first line ("date 2025-07 Les présidents ...") is chrome as well: the
first clause starts after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

from corpus.text.blocks import Block, BlockKind

_INSTRUMENT = re.compile(
    r"^(?:Déclaration|DÉCLARATION|DECLARATION|Charte|CHARTE|Communiqué|COMMUNIQUÉ|Traité|TRAITÉ|"
    r"Accord|ACCORD|Convention|CONVENTION|Protocole|PROTOCOLE|Mémorandum|Joint\s+(?:Statement|"
    r"Declaration|Communiqu[eé])|JOINT\s+(?:STATEMENT|DECLARATION)|Declaration|Charter|Treaty|"
    r"Agreement|Statement|AGREEMENT|TREATY|CHARTER|PROTOCOL|MEMORANDUM|COMMUNIQU[EÉ]|"
    r"Texte\s+de\s+la\s+(?:Déclaration|Charte))\b"
)
_STANDFIRST = re.compile(
    r"^(?:Texte intégral|Le texte intégral|Voici le texte|Full text|The full text|Read the full)",
    re.IGNORECASE,
)
_CHROME = re.compile(
    r"^(?:\d[\d\s:/.,-]*"  # a number, a time or a date in figures
    r"|\d{1,2}\s+\w+\s+\d{4}(?:\s+\d{1,2}[:h]\d{2})?"  # "10 Février 2026 22:30"
    r"|[\w’'-]+(?:\s+[\w’'-]+)?"  # one or two words: a rubric
    r"|[\w\s’'-]{1,40}/[\w\s’'-]{1,40}"  # a dateline: "Paris / La Gazette"
    r")$"
)
CLIPPING_DATE = re.compile(r"^date\s+\d{4}(?:-\d{2}){0,2}\s+(?=\S)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Layout:
    """Where the text proper starts, and which blocks before it are chrome or titles.

    Attributes:
        body_start: index of the first block of the declaration's text.
        title_blocks: indexes of blocks that are titles (headings, never clauses).
        chrome_blocks: indexes of blocks that are page chrome (never clauses).
    """

    body_start: int
    title_blocks: frozenset[int]
    chrome_blocks: frozenset[int]


#: Blocks that are the text's own structure, never page furniture however short ("Article 4"
#: reads like a two-word rubric).
_STRUCTURE = frozenset(
    {BlockKind.ARTICLE, BlockKind.NAMED_HEADING, BlockKind.ROMAN, BlockKind.POINT, BlockKind.BULLET}
)


def is_chrome(block: Block) -> bool:
    """A short line of page furniture rather than text."""
    if block.kind in _STRUCTURE:
        return False
    text = " ".join(block.text.split())
    return block.kind in (BlockKind.UPPER_HEADING, BlockKind.CHROME) or (
        len(text) <= 60 and not text.endswith((".", ":", ";")) and bool(_CHROME.match(text))
    )


class Blocks(Protocol):
    """Blocks read by index from the first, ``IndexError`` past the last: a list, or a
    :class:`corpus.text.blockreader.BlockReader`, which splits no more of the text than is read."""

    def __getitem__(self, index: int, /) -> Block: ...


def find_layout(blocks: Blocks, text_length: int) -> Layout:
    """Locate the declaration's text among the blocks of a file (reading them from the first,
    and no further than the rules need)."""
    chrome: set[int] = set()
    titles: set[int] = set()
    index = 0
    while (block := _block(blocks, index)) is not None and is_chrome(block):
        chrome.add(index)
        index += 1
    body_start = index
    title = _find_title(blocks, index, text_length)
    if title is not None:
        titles.add(title)
        body_start = title + 1
        # A second title line under the first ("DÉCLARATION." under a page's own title) too.
        while (block := _block(blocks, body_start)) is not None and _is_title(block):
            titles.add(body_start)
            body_start += 1
        while (block := _block(blocks, body_start)) is not None and _STANDFIRST.match(block.text):
            body_start += 1
    for position in range(body_start):
        if blocks[position].kind is BlockKind.UPPER_HEADING and position not in chrome:
            titles.add(position)
    return Layout(body_start, frozenset(titles), frozenset(chrome - titles))


def _is_title(block: Block) -> bool:
    """A line that names the instrument and reads as its title."""
    if block.kind in (BlockKind.POINT, BlockKind.BULLET, BlockKind.ARTICLE):
        return False
    text = " ".join(block.text.split())
    return bool(_INSTRUMENT.match(text)) and len(text) <= 350 and _titled(text)


def _titled(text: str) -> bool:
    """Whether a line that names an instrument reads as its title: no final punctuation, or a
    final full stop after a single phrase ("Traité d'amitié entre ... d'Afghanistan.")."""
    if not text.endswith((".", ";", ":")):
        return True
    # Not a long one: "TRAITÉ DES LIMITES ..., conclu et signé à Clèves le 7 Octobre 1816,
    # ratifié ..." reads as a sentence of the text.
    return text.endswith(".") and len(text) <= 150 and not _SENTENCE_INSIDE.search(text[:-1])


_SENTENCE_INSIDE = re.compile(r"[.;:!?](?:\s|$)")


def _block(blocks: Blocks, index: int) -> Block | None:
    """The block at ``index``, ``None`` past the last."""
    try:
        return blocks[index]
    except IndexError:
        return None


def _find_title(blocks: Blocks, first: int, text_length: int) -> int | None:
    index = first
    while (block := _block(blocks, index)) is not None:
        if block.start > text_length // 2:
            return None
        if block.kind in (BlockKind.POINT, BlockKind.BULLET, BlockKind.ARTICLE):
            return None  # the text has begun: points come after the title
        if _is_title(block):
            return index
        index += 1
    return None
