"""The visible text of an HTML page, with the standard library's ``html.parser``.

Nothing runs and nothing is fetched: the parser only reads tags and text. Left out: ``script``,
``style``, ``noscript``, ``template``, ``head`` (its ``title`` too), ``svg``, ``math``, forms'
controls, and elements marked ``hidden``, ``aria-hidden="true"`` or ``display: none`` /
``visibility: hidden`` in their ``style``. Block elements (paragraphs, headings, list items,
table rows...) become paragraphs separated by a blank line; ``br`` is a line break; other white
space is collapsed, except inside ``pre``.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from corpus.text.loading import decode_bytes

# fmt: off
_SKIPPED = frozenset({
    "script", "style", "noscript", "template", "head", "svg", "math", "select", "option",
    "button", "textarea", "iframe", "object", "canvas", "audio", "video"
})
_BLOCKS = frozenset({
    "p", "div", "section", "article", "aside", "header", "footer", "nav", "main", "h1", "h2",
    "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "table", "thead", "tbody",
    "tfoot", "tr", "td", "th", "caption", "blockquote", "pre", "hr", "figure", "figcaption",
    "address", "details", "summary", "form", "fieldset", "center", "body", "html"
})
_VOID = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
    "source", "track", "wbr"
})
# fmt: on
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def html_text(data: bytes, name: str = "the file") -> str:
    """The visible text of an HTML file's bytes (see the module docstring).

    Raises:
        DocumentError: the bytes are not decodable text.
    """
    parser = _VisibleText()
    parser.feed(_decode(data, name))
    parser.close()
    return parser.text()


def _decode(data: bytes, name: str) -> str:
    declared = _CHARSET.search(data[:4096])
    if declared:
        try:
            return data.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration: guess instead
    return decode_bytes(data, name)[0]


def _hidden(attributes: list[tuple[str, str | None]]) -> bool:
    for key, value in attributes:
        if key == "hidden" or (key == "aria-hidden" and (value or "").lower() == "true"):
            return True
        if key == "style" and value and _HIDDEN_STYLE.search(value):
            return True
    return False


class _VisibleText(HTMLParser):
    """Collects paragraphs of visible text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._paragraphs: list[str] = []
        self._current: list[str] = []
        self._skip: list[str] = []  # the tag that started skipping, once per nesting level
        self._pre = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._skip:
            if tag == self._skip[0] and tag not in _VOID:
                self._skip.append(tag)
            return
        if tag in _SKIPPED or (tag not in _VOID and _hidden(attrs)):
            self._skip.append(tag)
            return
        if tag == "br":
            self._current.append("\n")
        elif tag in _BLOCKS:
            self._flush()
            if tag == "pre":
                self._pre += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self._skip and tag == "br":
            self._current.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if self._skip:
            if tag == self._skip[0]:
                self._skip.pop()
            return
        if tag in _BLOCKS:
            self._flush()
            if tag == "pre" and self._pre:
                self._pre -= 1

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        self._current.append(data if self._pre else re.sub(r"[ \t\r\n\f]+", " ", data))

    def _flush(self) -> None:
        text = "".join(self._current)
        self._current = []
        if not self._pre:
            text = "\n".join(" ".join(line.split()) for line in text.split("\n"))
        text = text.strip("\n") if self._pre else text.strip()
        if text.strip():
            self._paragraphs.append(text)

    def text(self) -> str:
        """The paragraphs read so far, one blank line apart."""
        self._flush()
        return "\n\n".join(self._paragraphs)
