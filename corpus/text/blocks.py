"""Group the lines of a declaration into blocks and say what each block is.

A block is a heading, a numbered point, a bullet, an article heading, page chrome or a paragraph.
The rules read the layout of real texts: blank lines, line-start markers ("1.", "–", "IV",
"Section I :", "Annexe VI", "Article premier", "EN CE QUI CONCERNE ...") and, in hard-wrapped texts,
indentation. Text pasted from a web page adds its own marks: a Markdown heading ("# ...") or a line
in bold ("**...**") is a heading; a line of links only ("[Partager sur Facebook](...)"), an image
("![...](...)") or a bare URL is page chrome.

A heading glued to the start of its paragraph ("III. Energy Security and Climate The climate crisis
has reached...", as pasted from the White House site) is split off: after a roman numeral and its
full stop, a run of title-case words (lower-case "and", "of", "de", "et"... allowed inside), then a
capitalised word followed by a lower-case one where the sentence starts. The title must not open
with an article ("II. Les Parties conviennent" is a sentence) and what follows must be a sentence
of some length. Without a numeral ("Cyber and Disinformation The Presidents renew..."), the title
needs two capitalised words and the sentence must open with a word that opens sentences ("The",
"We", "Les"...).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from enum import StrEnum

from corpus.text.lines import Line, Wrapping, breaks_sentence, is_hard_wrapped, split_lines


class BlockKind(StrEnum):
    """What a block of lines is."""

    ROMAN = "roman"  # "IV" alone on a line
    NAMED_HEADING = "named"  # "Section I : ...", "PARTIE II", "Chapitre 3"
    UPPER_HEADING = "upper"  # "EN CE QUI CONCERNE LES RELATIONS ..."
    ARTICLE = "article"  # "Article premier" alone on a line
    POINT = "point"  # "1. Les Parties ..."
    BULLET = "bullet"  # "– Encourageront ..."
    MARKED_HEADING = "marked"  # "# Heading", "**Heading**", or a title glued to its paragraph
    CHROME = "chrome"  # a share link, an image, a bare URL: page furniture, never text
    PARAGRAPH = "paragraph"


HEADING_KINDS = frozenset(
    {
        BlockKind.ROMAN,
        BlockKind.NAMED_HEADING,
        BlockKind.UPPER_HEADING,
        BlockKind.MARKED_HEADING,
        BlockKind.ARTICLE,
    }
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
    r"Chapter|CHAPTER|Annexe|ANNEXE|Annex|ANNEX)\s+"
    r"(?P<num>" + _ROMAN + r"|\d{1,3}|premier|première|PREMIER|unique)\b"
    r"\s*[:.–—-]?\s*(?P<title>[^\n]{0,200})$"
)
_HEADING_LEVELS = {
    "partie": 1,
    "part": 1,
    "titre": 1,
    "annexe": 1,
    "annex": 1,
    "chapitre": 2,
    "chapter": 2,
}
ARTICLE_ALONE = re.compile(
    r"^(?:Article|ARTICLE|Art\.)\s+(?P<num>premier|Premier|PREMIER|unique|\d{1,3}(?:er|bis|ter)?"
    r"|" + _ROMAN + r")\s*[.:]?$"
)
POINT = re.compile(r"^(?P<num>\d{1,3}|[a-z]|\([a-z0-9]{1,4}\))(?:[.)°]|(?<=\)))\s+(?=\S)")
BULLET = re.compile(r"^(?P<num>[–—•·▪◦*-])\s+(?=\S)")
_LETTER = re.compile(r"[^\W\d_]")
#: A roman numeral and a short title alone on a line, as a web page sets its section headings
#: ("I. Security and Defense"); the title's words must be capitalised (see ``_title_case``).
ROMAN_TITLED = re.compile(rf"^(?P<num>{_ROMAN})\.[ \t]+(?P<title>[^\W\d_][^.!?;\n]{{0,78}})$")
MARKDOWN_HEADING = re.compile(r"^(?P<hashes>#{1,6})\s+(?P<title>\S.*?)\s*#*$")
BOLD_LINE = re.compile(r"^(?:\*\*|__)(?P<title>[^*_\n]+?)(?:\*\*|__)\s*:?$")
_LINK = r"\[[^\]\n]*\]\([^)\s]*\)"
CHROME_LINE = re.compile(
    rf"^(?:!{_LINK}"  # an image
    # nothing but links, perhaps after a short label: "[Partager sur Facebook](...) [X](...)",
    # "Source : [Traités](...)"
    rf"|(?:[^\W\d_][\w'’-]*\s*){{0,3}}[:\uff1a]?\s*(?:{_LINK}[\s|·•,;/-]*)+"
    r"|<?(?:https?://|www\.)\S+>?"  # a bare URL
    r")$"
)
# A paragraph that starts at the left margin after a wrapped line with an indent of two blanks
# or more, or one blank after a sentence end, in a hard-wrapped text.
_SENTENCE_END = re.compile(r"[.;:!?»\"”)]\s*$")
_OPENS_PARAGRAPH = re.compile(r"^[A-ZÀ-ÖØ-Þ«\"“(\[]")


def is_upper_heading(content: str) -> bool:
    """An upper-case line used as a heading ("SUR LA COOPÉRATION ...", "FRONTIÈRES")."""
    # The cheap tests first: most lines are long paragraphs or end with a full stop.
    if len(content) > 250 or content.endswith((".", ",", ";")):
        return False
    letters = _LETTER.findall(content)
    if len(letters) < 6:
        return False
    upper = sum(map(str.isupper, letters))
    return upper >= 0.85 * len(letters)


#: What :func:`classify_line` says of a line.
_Marker = tuple[BlockKind, str, int, str] | None


def classify_line(content: str) -> tuple[BlockKind, str, int, str] | None:
    """Recognise a line that must start a block of its own: a heading or a marker."""
    if match := ROMAN_ALONE.match(content):
        return BlockKind.ROMAN, match["num"], 3, ""
    if (match := ROMAN_TITLED.match(content)) and _title_case(match["title"]):
        return BlockKind.ROMAN, match["num"], 3, match["title"]
    if match := NAMED_HEADING.match(content):
        level = _HEADING_LEVELS.get(match["word"].casefold(), 3)
        return BlockKind.NAMED_HEADING, match["num"], level, match["title"].strip()
    if match := ARTICLE_ALONE.match(content):
        return BlockKind.ARTICLE, match["num"], 0, ""
    if match := POINT.match(content):
        return BlockKind.POINT, match["num"], 0, ""
    if match := BULLET.match(content):
        return BlockKind.BULLET, match["num"], 0, ""
    if CHROME_LINE.match(content):
        return BlockKind.CHROME, "", 0, ""
    if match := MARKDOWN_HEADING.match(content):
        inner = classify_line(match["title"])  # "## Article 5" is an article's heading
        if inner is not None and inner[0] in (
            BlockKind.ARTICLE,
            BlockKind.NAMED_HEADING,
            BlockKind.ROMAN,
        ):
            return inner
        return BlockKind.MARKED_HEADING, "", min(len(match["hashes"]), 3), match["title"]
    if match := BOLD_LINE.match(content):
        return BlockKind.MARKED_HEADING, "", 3, match["title"].strip()
    if is_upper_heading(content):
        return BlockKind.UPPER_HEADING, "", 3, ""
    return None


def split_blocks(
    raw: str, start: int = 0, end: int | None = None, *, wrapped: Wrapping | bool | None = None
) -> list[Block]:
    """Split a raw text into blocks, in document order.

    Args:
        raw: the text.
        start: where to start splitting: ``0``, or where no block can run over (see
            ``corpus.text.blockreader``).
        end: where to stop (the text's end by default), likewise.
        wrapped: how the whole text wraps its lines (``is_hard_wrapped``), if known; ``True``
            is ``Wrapping.ALL``.
    """
    lines = split_lines(raw, start, end)
    if wrapped is None:
        wrapped = is_hard_wrapped(lines)
    elif wrapped is True:
        wrapped = Wrapping.ALL
    # Each line is classified once: a group's first line decides both whether the group takes
    # the following lines and what block the group makes.
    groups: list[tuple[list[Line], _Marker]] = []
    current: list[Line] = []
    current_marker: _Marker = None
    for line in lines:
        if line.blank:
            _close(groups, current, current_marker)
            current = []
            continue
        marker = classify_line(line.content)
        if wrapped is Wrapping.IN_SENTENCES:
            starts_new = (
                not current
                or marker is not None
                or not breaks_sentence(current[-1].content, line.content)
            )
        else:
            starts_new = (
                not current
                or not wrapped
                or marker is not None
                or _starts_paragraph(current[-1], line)
            )
        # Headings and chrome never swallow the lines that follow them.
        if current and _stands_alone(current_marker):
            starts_new = True
        if starts_new:
            _close(groups, current, current_marker)
            current = [line]
            current_marker = marker
        else:
            current.append(line)
    _close(groups, current, current_marker)
    return [piece for group, marker in groups for piece in _unglue(_make_block(raw, group, marker))]


def _stands_alone(marker: _Marker) -> bool:
    return marker is not None and (marker[0] in HEADING_KINDS or marker[0] is BlockKind.CHROME)


def _starts_paragraph(previous: Line, line: Line) -> bool:
    if not _OPENS_PARAGRAPH.match(line.content):
        return False
    if line.indent >= 2:
        return True
    return line.indent >= 1 and bool(_SENTENCE_END.search(previous.content))


def _close(groups: list[tuple[list[Line], _Marker]], current: list[Line], marker: _Marker) -> None:
    if current:
        groups.append((current, marker))


def _make_block(raw: str, group: list[Line], marker: _Marker) -> Block:
    """The block of a group of lines whose first line is classified as ``marker``."""
    start = group[0].content_start
    end = max(line.content_end for line in group)
    text = raw[start:end]
    if marker is None or (marker[0] in HEADING_KINDS and len(group) > 1):
        return Block(BlockKind.PARAGRAPH, start, end, text)
    kind, number, level, title = marker
    return Block(kind, start, end, text, number, level, title)


_GLUED_START = re.compile(rf"^(?P<num>{_ROMAN})\.[ \t]+")
_WORD = re.compile(r"\S+")
#: Lower-case words a title may hold between its capitalised words.
_TITLE_JOINERS = frozenset(
    re.findall(r"\S+", "and of the for in on with to at & de des du la le les et en pour à")
)
#: A title does not open with an article: "II. Les Parties conviennent" is a sentence.
_ARTICLES = frozenset(re.findall(r"\S+", "the a an le la les l un une des"))
#: The words that open the sentence after a glued heading with no numeral ("Cyber and
#: Disinformation The Presidents renew ...").
_SENTENCE_OPENERS = frozenset(
    re.findall(r"\S+", "The We Our In This These Both As Since Today Together")
    + re.findall(r"\S+", "Les La Le Nous Dans Ils Elles")
)
_GLUED_TITLE_MAX = 80
#: How many words of a paragraph :func:`_unglue` reads at a time.
_WORDS_READ = 12
_GLUED_SENTENCE_MIN = 40


def _title_case(title: str) -> bool:
    """Whether every word of ``title`` is capitalised or a joiner ("Security and Defense",
    "Democracy, Justice, and Human Rights"): a title, not a sentence."""
    words = title.replace(",", " ").split()
    return 0 < len(words) <= 10 and all(
        word[0].isupper() or word.casefold() in _TITLE_JOINERS for word in words
    )


def _lower(text: str) -> bool:
    return text[0].islower() or text[0].isdigit()


def _opens_sentence(texts: list[str], index: int) -> bool:
    """Whether the capitalised word at ``index`` starts running text rather than a title word.

    It does when a lower-case word other than a joiner follows ("The climate crisis"), or a joiner
    and then a lower-case word or a figure ("In the 21 century"); "Security and Defense" goes on.
    """
    following = texts[index + 1]
    if not _lower(following):
        return False
    if following.casefold() not in _TITLE_JOINERS:
        return True
    return index + 2 < len(texts) and _lower(texts[index + 2])


def _unglue(block: Block) -> list[Block]:
    """Split a heading off the paragraph it is glued to (see the module's rule)."""
    if block.kind is not BlockKind.PARAGRAPH:
        return [block]
    start = _GLUED_START.match(block.text)
    # The words are read a few at a time: the rule stops within the first few words of almost
    # every paragraph, and it looks at most two words ahead.
    found = _WORD.finditer(block.text, start.end() if start else 0)
    words: list[re.Match[str]] = []
    texts: list[str] = []
    title_end = 0  # index (in ``words``) one past the title's last word
    index = 0
    while True:
        if index + 3 > len(words):
            more = list(itertools.islice(found, _WORDS_READ))
            words += more
            texts += [word.group() for word in more]
        if index >= len(texts) - 1:  # every word but the last read: no sentence after a title
            return [block]
        text = texts[index]
        if text[0].isupper() and text.strip(",:").isalpha():
            if title_end and (text in _SENTENCE_OPENERS or _opens_sentence(texts, index)):
                break  # "... Human Rights The United States", "... Climate The climate crisis"
            title_end = index + 1
        elif text.casefold() not in _TITLE_JOINERS or not title_end:
            return [block]
        index += 1
    first = words[0].group().casefold().rstrip("'’")
    title_stop = words[title_end - 1].end()
    body_start = words[title_end].start()
    if (
        first in _ARTICLES
        or title_stop > _GLUED_TITLE_MAX
        or len(block.text) - body_start < _GLUED_SENTENCE_MIN
    ):
        return [block]
    if start is None and (
        texts[title_end].rstrip(",") not in _SENTENCE_OPENERS
        or sum(1 for text in texts[:title_end] if text[0].isupper()) < 2
    ):
        return [block]  # without a numeral, only a title of two words or more before "The ..."
    title = block.text[start.end() if start else 0 : title_stop]
    heading = Block(
        BlockKind.ROMAN if start else BlockKind.MARKED_HEADING,
        block.start,
        block.start + title_stop,
        block.text[:title_stop],
        start["num"] if start else "",
        3,
        title,
    )
    rest = Block(BlockKind.PARAGRAPH, block.start + body_start, block.end, block.text[body_start:])
    return [heading, rest]


__all__ = [
    "HEADING_KINDS",
    "Block",
    "BlockKind",
    "classify_line",
    "is_upper_heading",
    "split_blocks",
]
