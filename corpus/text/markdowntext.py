"""A Markdown page read as Markdown: its text without markup, its front matter's facts, and a
map from that text back to the file's characters.

What is read, and what is not:

* the front matter (``---`` YAML, or ``+++`` TOML, at the very top, as Hugo and Jekyll write it)
  is never text: its ``title``, ``date``, ``parties`` and ``source`` are the page's facts
  (:class:`corpus.text.pagefacts.PageFacts`); one that is not valid YAML is still left out, and
  its ``key: value`` lines are read one by one;
* a heading is a line of its own, its ``#`` marks left out (``## Article 5`` reads "Article 5",
  which the clause reader labels as the plain text's); the first level-one heading is the
  page's title when the front matter gives none;
* a paragraph is one line: its line breaks are joined with a space, but for a line that opens a
  numbered point or a list item ("2. ...", "(b) ...", "– ...") after a line that ends with a
  full stop, a colon or a semicolon, or a hard break (two spaces or a backslash at the line's
  end, ``<br>``), which stays a line of its own;
* emphasis and strike-through marks (and those a broken emphasis leaves unmatched), link
  targets, images, HTML comments and tags are left out (a link's words stay); a list item keeps
  its marker ("1. ", "- ") so points keep their labels; a table row is one line, its cells
  joined by " | ";
* a paragraph made only of links (a "Source: [...](...)" line, share buttons) is kept as it is
  written, so the clause reader sees page chrome, never compared.

markdown-it-py (CommonMark, MIT) rather than mistune: its blocks carry the lines they come from,
which the map back to the file needs (mistune's tokens carry no position), and it parses a
250,000-character treaty in 0.10 s (mistune: 0.19 s). Its inline parser is quadratic on some
hostile inputs (100,000 ``[``: 8 s), so a paragraph longer than :data:`INLINE_MAX_CHARS` (no real
one comes near) is read as written; nesting deeper than :data:`MAX_NESTING` is refused, since
markdown-it drops what lies deeper without a word.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

from corpus.errors import DocumentError, Reason
from corpus.text.blocks import BlockKind, classify_line
from corpus.text.pagefacts import PageFacts, date_of
from corpus.text.sourcemap import SourceMap, SourceMapBuilder

#: Lists and quotes nested deeper than this are refused: a real treaty nests four or five levels
#: (article, paragraph, point, sub-point), and markdown-it silently drops what lies past its
#: limit. Each level of a list takes two token levels (the list and its item).
MAX_NESTING = 20
#: A paragraph longer than this is not parsed for emphasis and links (markdown-it's inline parser
#: takes quadratic time on some inputs); the longest paragraph of a real treaty is about 10,000.
INLINE_MAX_CHARS = 50_000
#: A front matter longer than this is not read as YAML (it is still not text).
FRONT_MATTER_MAX_CHARS = 64 * 1024

_FRONT_MATTER = re.compile(
    r"\A(?P<fence>---|\+\+\+)[ \t]*\n(?P<body>(?:.*\n)*?)(?P=fence)[ \t]*(?:\n|\Z)"
    r"|\A(?P<yaml>---)[ \t]*\n(?P<yaml_body>(?:.*\n)*?)\.\.\.[ \t]*(?:\n|\Z)"
)
_KEY_VALUE = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*[:=]\s*(?P<value>.*?)\s*$", re.MULTILINE)
_LETTER_OR_FIGURE = re.compile(r"[^\W_]")
_STRAY_DELIMITERS = re.compile(r"(\*{2,}|_{2,})")
_BREAK_TAG = re.compile(r"<br\s*/?>", re.IGNORECASE)
_LABEL = re.compile(r"^\s*(?:[^\W\d_][\w'’-]*\s*){0,3}[:\uff1a]?\s*$")
#: The block kinds that open a line of their own inside a paragraph, after a line that ends
#: with a full stop, a colon or a semicolon ("... as follows:" / "a) ...").
_OWN_LINE = frozenset({BlockKind.POINT, BlockKind.BULLET})
_TITLE_KEYS = ("title", "name", "headline")
_DATE_KEYS = ("date", "signed", "signature_date", "publishdate", "published", "pubdate")
_PARTY_KEYS = ("parties", "countries", "signatories", "states")
_SOURCE_KEYS = ("source", "source_url", "url", "link", "canonical", "original")


@dataclass(frozen=True, slots=True)
class MarkdownPage:
    """A Markdown file as read.

    Attributes:
        text: the text without markup (paragraphs one blank line apart).
        facts: what the front matter (or the first ``#`` heading) states.
        file_map: where each character of ``text`` stands in the file's decoded text.
    """

    text: str
    facts: PageFacts
    file_map: SourceMap


def read_markdown(source: str, name: str = "the file") -> MarkdownPage:
    """Read a Markdown file's decoded text (see the module docstring).

    Raises:
        DocumentError: lists or quotes nested deeper than :data:`MAX_NESTING`.
    """
    front = _FRONT_MATTER.match(source)
    facts = PageFacts()
    body = source
    if front is not None:
        facts = _front_matter_facts(front)
        # The front matter's lines are blanked, not cut, so that the parser's line numbers are
        # the file's.
        body = "\n" * source.count("\n", 0, front.end()) + source[front.end() :]
    reader = _Reader(source, name)
    if facts.title and front is not None:
        # The page shows its title above its text, as a site's layout does; the plain text of
        # the same declaration opens with it too.
        reader.title_line(facts.title, front.start("body") if front["body"] is not None else 0)
    text = reader.read(body)
    if not facts.title and reader.first_title:
        facts = PageFacts(
            reader.first_title,
            facts.date,
            facts.parties,
            facts.source,
            (*facts.origin, ("title", "# heading")),
        )
    return MarkdownPage(text, facts, reader.map.build(len(source)))


def _parser() -> MarkdownIt:
    parser = MarkdownIt("commonmark", {"maxNesting": 2 * MAX_NESTING + 2})
    parser.enable(["table", "strikethrough"])
    parser.disable("inline")  # run per paragraph, within INLINE_MAX_CHARS
    return parser


# ----------------------------------------------------------------------------------------------
# Front matter


def _front_matter_facts(match: re.Match[str]) -> PageFacts:
    fence = match["fence"] or match["yaml"]
    content = match["body"] if match["fence"] else match["yaml_body"]
    content = content or ""
    data: Any = None
    if len(content) <= FRONT_MATTER_MAX_CHARS:
        data = _toml(content) if fence == "+++" else _yaml(content)
    if not isinstance(data, Mapping):
        data = _key_values(content)
    fields = {str(key).casefold(): value for key, value in data.items()}
    title = _first_text(fields, _TITLE_KEYS)
    date = next((d for key in _DATE_KEYS if (d := date_of(fields.get(key)))), "")
    parties = _parties(next((fields[key] for key in _PARTY_KEYS if key in fields), None))
    source = _first_text(fields, _SOURCE_KEYS)
    origin = tuple(
        (field, "front matter")
        for field, value in (
            ("title", title),
            ("date", date),
            ("parties", parties),
            ("source", source),
        )
        if value
    )
    return PageFacts(title, date, parties, source, origin)


def _yaml(content: str) -> Any:
    import yaml  # only a page with a front matter needs it

    try:
        return yaml.safe_load(content)
    except (yaml.YAMLError, RecursionError, ValueError, TypeError):
        return None  # not valid YAML: its lines are read one by one


def _toml(content: str) -> Any:
    try:
        return tomllib.loads(content)
    except (tomllib.TOMLDecodeError, RecursionError, ValueError):
        return None


def _key_values(content: str) -> dict[str, str]:
    """``key: value`` lines, for a front matter that YAML cannot read."""
    return {
        match["key"]: match["value"].strip("\"'")
        for match in _KEY_VALUE.finditer(content)
        if match["value"]
    }


def _first_text(fields: Mapping[str, Any], keys: Sequence[str]) -> str:
    for key in keys:
        value = fields.get(key)
        if isinstance(value, str | int | float) and not isinstance(value, bool):
            text = " ".join(str(value).split())
            if text:
                return text[:300]
    return ""


def _parties(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        names: list[object] = re.split(r"[;,]", value)
    elif isinstance(value, list | tuple):
        names = list(value)
    else:
        return ()
    kept = (" ".join(str(n).split()) for n in names[:50] if isinstance(n, str | int))
    return tuple(dict.fromkeys(n for n in kept if n))[:20]


# ----------------------------------------------------------------------------------------------
# The body


class _Reader:
    """Walks markdown-it's tokens, writing the text and its map."""

    def __init__(self, source: str, name: str) -> None:
        self.source = source
        self.name = name
        self.map = SourceMapBuilder()
        self.first_title = ""
        self._parts: list[str] = []
        self._length = 0
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self._parser = _parser()
        self._title = ""
        self._title_at = -1
        self._copy_title = False

    def title_line(self, title: str, start: int) -> None:
        """Open the text with the front matter's title, mapped to where the file writes it."""
        self._title = title
        self._title_at = self.source.find(title, start)
        self._copy_title = True

    def read(self, body: str) -> str:
        tokens = self._parser.parse(body)
        if any(token.level >= 2 * MAX_NESTING for token in tokens):
            raise DocumentError(Reason.NESTED_TOO_DEEP, self.name, levels=MAX_NESTING)
        first_heading = next(
            (tokens[i + 1].content for i, t in enumerate(tokens[:-1]) if t.type == "heading_open"),
            "",
        )
        if self._copy_title and _key(first_heading) != _key(self._title):
            self._write(self._title, self._title_at if self._title_at != -1 else None)
        marker: tuple[str, int] | None = None  # a list item's marker, and where it is written
        heading: Token | None = None
        row: list[Token] = []  # a table row's cells: their inline tokens
        for index, token in enumerate(tokens):
            kind = token.type
            if kind == "list_item_open":
                marker = self._marker(token, tokens, index)
            elif kind == "heading_open":
                heading = token
            elif kind == "inline" and _in_cell(tokens, index):
                row.append(token)
            elif kind == "tr_close":
                self._row(row)
                row = []
            elif kind == "inline":
                self._inline_block(token, marker, heading)
                marker = None
                heading = None
            elif kind in ("fence", "code_block"):
                self._verbatim(token)
            elif kind == "html_block":
                self._html_block(token)
        return "".join(self._parts).rstrip("\n") + "\n" if self._parts else ""

    # -- writing

    def _write(self, text: str, source: int | None = None) -> None:
        """Append ``text``; ``source`` is where it is copied from in the file (None: made)."""
        if source is not None:
            self.map.add(self._length, source, len(text))
        self._parts.append(text)
        self._length += len(text)

    def _new_block(self) -> None:
        if self._parts:
            self._write("\n\n")

    def _span(self, token: Token) -> tuple[int, int]:
        """The file span of a block token's lines."""
        first, last = token.map or (0, 0)
        end = self._line_starts[last] if last < len(self._line_starts) else len(self.source)
        return self._line_starts[min(first, len(self._line_starts) - 1)], end

    def _copy(self, piece: str, cursor: int, limit: int) -> int:
        """Write ``piece`` (text the parser read between ``cursor`` and ``limit``), mapped to
        where it stands in the file; returns where the file's reading goes on."""
        found = self.source.find(piece, cursor, limit)
        if found != -1:
            self._write(piece, found)
            return found + len(piece)
        # Entities and escapes ("&amp;", "\\*") read otherwise than written: character by
        # character, each looked for a little ahead.
        for char in piece:
            at = self.source.find(char, cursor, min(limit, cursor + 16))
            if at == -1:
                self._write(char, cursor if cursor < limit else None)
            else:
                self._write(char, at)
                cursor = at + 1
        return cursor

    # -- blocks

    def _marker(self, token: Token, tokens: Sequence[Token], index: int) -> tuple[str, int] | None:
        start, _ = self._span(token)
        if token.markup in (".", ")"):
            text = f"{token.info}{token.markup}"
        else:
            text = token.markup if token.markup in ("-", "*") else "-"
        at = self.source.find(text, start, start + 200)
        return text, at if at != -1 else start

    def _inline_block(
        self, token: Token, marker: tuple[str, int] | None, heading: Token | None
    ) -> None:
        start, end = self._span(token)
        children = _children(self._parser, token)
        if _only_links(children):
            self._new_block()
            raw = self.source[start:end].strip()
            self._write(raw, self.source.find(raw, start, end))
            return
        if not any(
            _LETTER_OR_FIGURE.search(child.content) for child in children if child.type != "image"
        ):
            return  # an image alone, a comment, a stray "**": nothing to read
        self._new_block()
        if marker is not None:
            self._write(marker[0], marker[1])
            self._write(" ")
        first = self._length
        self._inline(children, start, end)
        if heading is not None and heading.tag == "h1" and not self.first_title:
            self.first_title = " ".join("".join(self._parts)[first:].split())[:300]

    def _inline(self, children: Sequence[Token], cursor: int, limit: int) -> None:
        for index, child in enumerate(children):
            kind = child.type
            if kind == "text":
                # "**" left unmatched by a broken emphasis ("economies**."): markup, not text
                # (an escaped "\*" comes as a token of its own, and a single "*" stays).
                for piece in _STRAY_DELIMITERS.split(child.content):
                    if piece and not _STRAY_DELIMITERS.fullmatch(piece):
                        cursor = self._copy(piece, cursor, limit)
            elif kind in ("text_special", "code_inline"):
                cursor = self._copy(child.content, cursor, limit)
            elif kind == "softbreak":
                ended = self._parts[-1].rstrip()[-1:] in (".", ";", ":") if self._parts else False
                own_line = ended and _opens_own_line(children, index + 1)
                at = self.source.find("\n", cursor, limit)
                self._write("\n" if own_line else " ", at if at != -1 else None)
                cursor = at + 1 if at != -1 else cursor
            elif kind == "hardbreak":
                at = self.source.find("\n", cursor, limit)
                self._write("\n", at if at != -1 else None)
                cursor = at + 1 if at != -1 else cursor
            elif kind == "html_inline" and _BREAK_TAG.fullmatch(child.content.strip()):
                self._write("\n")
            elif kind == "link_close":
                cursor = self._past_target(self.source.find("]", cursor, limit), limit, cursor)
            elif kind == "image":
                opening = self.source.find("![", cursor, limit)
                if opening != -1:
                    closing = _closing(self.source, opening + 1, limit, "[", "]")
                    cursor = self._past_target(closing, limit, cursor)
            # emphasis marks, other tags and comments: not text, passed over by the next copy

    def _past_target(self, bracket: int, limit: int, cursor: int) -> int:
        """Where the file goes on after a link's or image's ``]`` at ``bracket``: past its
        ``(target "title")`` or ``[reference]``, whose characters are not text."""
        if bracket == -1:
            return cursor
        after = bracket + 1
        if after < limit and self.source[after] in "([":
            pair = ("(", ")") if self.source[after] == "(" else ("[", "]")
            end = _closing(self.source, after, limit, *pair)
            return end + 1 if end != -1 else after
        return after

    def _row(self, cells: Sequence[Token]) -> None:
        if not cells:
            return
        self._new_block()
        for number, cell in enumerate(cells):
            if number:
                self._write(" | ")
            start, end = self._span(cell)
            self._inline(_children(self._parser, cell), start, end)

    def _verbatim(self, token: Token) -> None:
        start, end = self._span(token)
        cursor = start
        self._new_block()
        for number, line in enumerate(token.content.rstrip("\n").split("\n")):
            if number:
                self._write("\n")
            cursor = self._copy(line, cursor, end)

    def _html_block(self, token: Token) -> None:
        content = token.content.strip()
        if content.startswith("<!--"):
            return  # a comment
        from corpus.text.htmltext import html_text

        text = html_text(content.encode("utf-8"), self.name).strip()
        if not text:
            return
        start, end = self._span(token)
        self._new_block()
        cursor = start
        for number, paragraph in enumerate(text.split("\n")):
            if number:
                self._write("\n")
            cursor = self._copy(paragraph, cursor, end)


def _children(parser: MarkdownIt, token: Token) -> list[Token]:
    """The inline tokens of a block's text, parsed here (see :data:`INLINE_MAX_CHARS`)."""
    if len(token.content) > INLINE_MAX_CHARS:
        return [Token("text", "", 0, content=token.content)]
    children: list[Token] = []
    parser.inline.parse(token.content, parser, {}, children)
    return children


def _key(text: str) -> str:
    """A title's letters and figures, to tell whether two titles are the same."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _closing(text: str, opening: int, limit: int, left: str, right: str) -> int:
    """The index of the ``right`` that closes the ``left`` at ``opening`` (-1 if none)."""
    depth = 0
    for index in range(opening, min(limit, opening + 2000)):
        char = text[index]
        if char == "\\":
            continue
        if char == left:
            depth += 1
        elif char == right:
            depth -= 1
            if not depth:
                return index
    return -1


def _in_cell(tokens: Sequence[Token], index: int) -> bool:
    return index > 0 and tokens[index - 1].type in ("th_open", "td_open")


def _only_links(children: Sequence[Token]) -> bool:
    """A paragraph of links only, perhaps after a short label ("Source: [...](...)")."""
    depth = 0
    links = 0
    outside: list[str] = []
    for child in children:
        if child.type == "link_open":
            depth += 1
            links += 1
        elif child.type == "link_close":
            depth -= 1
        elif child.type in ("text", "text_special", "code_inline") and not depth:
            outside.append(child.content)
    words = " ".join(outside).replace("|", " ").replace("·", " ")
    return links > 0 and bool(_LABEL.match(words))


def _opens_own_line(children: Sequence[Token], index: int) -> bool:
    """Whether the line that starts at ``children[index]`` opens a point, an item or an article
    heading, and so stays a line of its own."""
    line = "".join(_line_texts(children, index)).strip()
    marker = classify_line(line)
    return marker is not None and marker[0] in _OWN_LINE


def _line_texts(children: Sequence[Token], index: int) -> Iterator[str]:
    for child in children[index:]:
        if child.type in ("softbreak", "hardbreak"):
            return
        if child.type in ("text", "text_special", "code_inline"):
            yield child.content
