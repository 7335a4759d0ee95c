"""The visible text of an HTML page, with lxml's HTML parser (libxml2).

lxml rather than the standard library's ``html.parser``: the latter takes quadratic time on
malformed markup (100 KB of unclosed ``<a `` took over a minute), libxml2 reads any input in
linear time and mends it the way browsers do. Nothing runs and nothing is fetched: the parser
only reads tags and text, and is told not to touch the network. Left out: ``script``,
``style``, ``noscript``, ``template``, ``head`` (its ``title`` too), ``svg``, ``math``, forms'
controls, and elements marked ``hidden``, ``aria-hidden="true"`` or ``display: none`` /
``visibility: hidden`` in their ``style``. Block elements (paragraphs, headings, list items,
table rows...) become paragraphs separated by a blank line; ``br`` is a line break; other white
space is collapsed, except inside ``pre``.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Mapping

from lxml import etree

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
#: The encodings a page may declare: those of the HTML standard (the WHATWG Encoding Standard's,
#: by Python's names), so that a declared name is a way to write text and nothing else. Python
#: knows codecs that are not (``unicode_escape`` turns ``\\ud800`` into a lone surrogate,
#: ``undefined`` always fails, ``rot13`` or ``zlib`` are not even text): a page declaring one
#: is read as if it declared nothing.
# fmt: off
_TEXT_ENCODINGS = frozenset(
    codecs.lookup(name).name
    for name in (
        "utf-8", "cp866", "iso8859-2", "iso8859-3", "iso8859-4", "iso8859-5", "iso8859-6",
        "iso8859-7", "iso8859-8", "iso8859-10", "iso8859-13", "iso8859-14", "iso8859-15",
        "iso8859-16", "koi8-r", "koi8-u", "mac-roman", "mac-cyrillic", "cp874", "cp1250",
        "cp1251", "cp1252", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258",
        "latin-1", "ascii", "gbk", "gb18030", "big5", "euc-jp", "iso2022-jp", "shift-jis",
        "euc-kr",
    )
)
# fmt: on


def html_text(data: bytes, name: str = "the file") -> str:
    """The visible text of an HTML file's bytes (see the module docstring).

    Raises:
        DocumentError: the bytes are not decodable text.
    """
    target = _VisibleText()
    # The parser's events go to ``target``: no tree is built, and libxml2 mends bad markup.
    parser = etree.HTMLParser(target=target, no_network=True, remove_comments=True, remove_pis=True)
    try:
        parser.feed(_decode(data, name))
        parser.close()
    except etree.LxmlError:
        pass  # nothing it could read (an empty page): "contains no text" is said by the caller
    return target.text()


def _decode(data: bytes, name: str) -> str:
    declared = _CHARSET.search(data[:4096])
    if declared:
        encoding = declared.group(1).decode("ascii").lower()
        # As browsers do (the HTML standard): a page that can declare its encoding in ASCII
        # is not UTF-16 or UTF-32, whatever it says; read as such it would be CJK garbage.
        if encoding.replace("_", "-").startswith(("utf-16", "utf16", "utf-32", "utf32")):
            encoding = "utf-8"
        if _text_encoding(encoding):
            try:
                return data.decode(encoding)
            except UnicodeError:
                pass  # a wrong declaration: guess instead
    return decode_bytes(data, name)[0]


def _text_encoding(encoding: str) -> bool:
    """Whether ``encoding`` names one of :data:`_TEXT_ENCODINGS` (any of its Python aliases)."""
    try:
        return codecs.lookup(encoding).name in _TEXT_ENCODINGS
    except LookupError:
        return False


def _hidden(attributes: Mapping[str, str]) -> bool:
    if "hidden" in attributes or attributes.get("aria-hidden", "").lower() == "true":
        return True
    return bool(_HIDDEN_STYLE.search(attributes.get("style", "")))


def _str(value: str | bytes) -> str:
    """lxml gives ``str`` when fed ``str``, as here; its type hints allow ``bytes`` too."""
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else value


class _VisibleText:
    """Collects paragraphs of visible text from the parser's events (lxml's target interface)."""

    def __init__(self) -> None:
        self._paragraphs: list[str] = []
        self._current: list[str] = []
        self._skipping = 0  # how deep inside a skipped element (libxml2 closes every element)
        self._pre = 0

    def start(self, name: str | bytes, attrib: Mapping[str | bytes, str | bytes]) -> None:
        if self._skipping:
            self._skipping += 1
            return
        tag = _str(name)
        attributes = {_str(k): _str(v) for k, v in attrib.items()}
        if tag in _SKIPPED or (tag not in _VOID and _hidden(attributes)):
            self._skipping = 1
            return
        if tag == "br":
            self._current.append("\n")
        elif tag in _BLOCKS:
            self._flush()
            if tag == "pre":
                self._pre += 1

    def end(self, name: str | bytes) -> None:
        if self._skipping:
            self._skipping -= 1
            return
        tag = _str(name)
        if tag in _BLOCKS:
            self._flush()
            if tag == "pre" and self._pre:
                self._pre -= 1

    def data(self, content: str | bytes) -> None:
        if self._skipping:
            return
        data = _str(content)
        self._current.append(data if self._pre else re.sub(r"[ \t\r\n\f]+", " ", data))

    def comment(self, text: str | bytes) -> None:
        """Comments are not text."""

    def close(self) -> None:
        """The end of the document (lxml's target interface); :meth:`text` gives the result."""

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
