"""The visible text of an HTML page, with lxml's HTML parser (libxml2).

lxml rather than the standard library's ``html.parser``: the latter takes quadratic time on
malformed markup (100 KB of unclosed ``<a `` took over a minute), libxml2 reads any input in
linear time and mends it the way browsers do. Nothing runs and nothing is fetched: the parser
only reads tags and text, and is told not to touch the network. Left out: ``script``,
``style``, ``noscript``, ``template``, ``head`` (its ``title`` too), ``svg``, ``math``, forms'
controls, and elements marked ``hidden``, ``aria-hidden="true"`` or ``display: none`` /
``visibility: hidden`` in their ``style``. Block elements (paragraphs, headings, list items,
table rows...) become paragraphs separated by a blank line; other white space is collapsed,
except inside ``pre``.

A saved page is more than its text: the site's header, navigation, footer, side columns and
cookie notice are never read (``header``, ``nav``, ``footer``, ``aside``, the ARIA roles of
those, and elements whose class or id names them: "cookie", "breadcrumb", "share", "menu"...;
a ``header`` or ``footer`` inside the ``article`` or ``main`` is the text's own and is read),
and when the page marks its main text (``<main>``, ``role="main"``, or a single ``<article>``)
only that is read. A ``br`` inside a paragraph is a line break of the page's layout, not of the
text: the lines are joined, but for a line that opens a numbered point or a list item, or
follows a short line (an address's, a signature's). The page's title (its first ``<h1>``, else
its ``<title>``), its date (``article:published_time``, ``datePublished``, ``<time
datetime>``...) and its canonical address are given beside the text
(:class:`corpus.text.pagefacts.PageFacts`).

Why not a library made for main-text extraction: trafilatura 2.3.1 and readability-lxml 0.9 were
measured against these rules (``bench/bench_html_main_text.py``). On the 46 shared treaties
published as a government site's pages, all three keep every paragraph and drop all the chrome;
these rules take 31 ms a page, the libraries 102 and 96. On five real saved
pages (news and government sites, trafilatura's own test pages) these rules drop 8 of the 10
chrome phrases, trafilatura all 10, readability all 10 but keeps only two thirds of the text.
trafilatura's gain there (a side box headed by its own ``<h1>``, a "right_part" column) does
not pay for fifteen more packages (babel, dateparser, courlan...: 50 MB), three times the time,
and a second HTML reader to bound against hostile files.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from lxml import etree

from corpus.text.blocks import BlockKind, classify_line
from corpus.text.lines import WRAP_MIN_CHARS
from corpus.text.loading import decode_bytes
from corpus.text.pagefacts import PageFacts, date_of

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
#: The page's furniture: never its text (but inside its ``article`` or ``main``, see
#: ``_OWN_FURNITURE``).
_CHROME_TAGS = frozenset({"nav", "aside", "header", "footer", "dialog"})
_OWN_FURNITURE = frozenset({"header", "footer"})
_CHROME_ROLES = frozenset(
    {"navigation", "banner", "contentinfo", "search", "complementary", "dialog", "alertdialog"}
)
#: Words of a class or id that name furniture: cookie notices, menus, share buttons...
_CHROME_NAMES = re.compile(
    r"(?:^|[\s_-])(?:cookies?|consent|gdpr|breadcrumbs?|share|sharing|social|newsletter|"
    r"related|comments?|sidebar|menu|navbar|nav|navigation|site-?header|site-?footer|masthead|"
    r"banner|advert|ads|promo|subscribe|skip-?link|skip|toolbar|pagination|byline|dateline|"
    r"meta|post-?meta|entry-?meta|timestamp|published|posted-?on|tags|print|footer|"
    r"attachments?|widget|teaser|keywords|back-?link)(?:$|[\s_-])",
    re.IGNORECASE,
)
_SITE_SUFFIX = re.compile(r"\s+[|–—·-]\s+[^|–—·]{1,60}$")
_MAIN_MARK = re.compile(rb"<main[\s>]|role\s*=\s*[\"']?main\b", re.IGNORECASE)
_ARTICLE_MARK = re.compile(rb"<article[\s>]", re.IGNORECASE)
#: The date tags of a page, first found wins: Open Graph's and schema.org's, Dublin Core's.
_DATE_META = (
    "article:published_time",
    "datepublished",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "date",
    "publication_date",
    "og:published_time",
)
#: Line breaks that keep their line: a point, an item or a heading opens it.
_OWN_LINE = frozenset(
    {BlockKind.POINT, BlockKind.BULLET, BlockKind.ARTICLE, BlockKind.ROMAN, BlockKind.NAMED_HEADING}
)
#: How every line of the kinds in ``_OWN_LINE`` starts (a cheap test before the full one).
_MAY_OPEN_OWN_LINE = re.compile(
    r"[\d(–—•·▪◦*-]|[a-z][.)°]|[IVXLC]+\.?(?:\s|$)|(?:Art|ART|Sec|SEC|Par|PAR|Tit|TIT|Cha|CHA|Ann|ANN)"
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class HtmlPage:
    """An HTML page as read: its main text, and what its markup states of it."""

    text: str
    facts: PageFacts


def html_text(data: bytes, name: str = "the file") -> str:
    """The visible main text of an HTML file's bytes (see the module docstring).

    Raises:
        DocumentError: the bytes are not decodable text.
    """
    return html_page(data, name).text


def html_page(data: bytes, name: str = "the file") -> HtmlPage:
    """The visible main text of an HTML file's bytes, with the page's title, date and address.

    Raises:
        DocumentError: the bytes are not decodable text.
    """
    marked_main = bool(_MAIN_MARK.search(data))
    only_article = not marked_main and len(_ARTICLE_MARK.findall(data, 0, 4_000_000)) == 1
    target = _VisibleText(main="main" if marked_main else "article" if only_article else "")
    # The parser's events go to ``target``: no tree is built, and libxml2 mends bad markup.
    parser = etree.HTMLParser(target=target, no_network=True, remove_comments=True, remove_pis=True)
    try:
        parser.feed(_decode(data, name))
        parser.close()
    except etree.LxmlError:
        pass  # nothing it could read (an empty page): "contains no text" is said by the caller
    return HtmlPage(target.text(), target.facts())


def _decode(data: bytes, name: str) -> str:
    declared = _CHARSET.search(data[:4096])
    if declared:
        encoding = declared.group(1).decode("ascii").lower()
        # As browsers do (the HTML standard): a page that can declare its encoding in ASCII
        # is not UTF-16 or UTF-32, whatever it says; read as such it would be CJK garbage.
        if encoding.replace("_", "-").startswith(("utf-16", "utf16", "utf-32", "utf32")):
            encoding = "utf-8"
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration: guess instead
    return decode_bytes(data, name)[0]


def _hidden(attributes: Mapping[str, str]) -> bool:
    if "hidden" in attributes or attributes.get("aria-hidden", "").lower() == "true":
        return True
    return bool(_HIDDEN_STYLE.search(attributes.get("style", "")))


def _str(value: str | bytes) -> str:
    """lxml gives ``str`` when fed ``str``, as here; its type hints allow ``bytes`` too."""
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else value


class _VisibleText:
    """Collects paragraphs of visible text from the parser's events (lxml's target interface),
    and the page's facts on the way.

    Args:
        main: the element that holds the page's main text ("main", "article"), or "" when the
            page marks none: then the whole body but its furniture is read.
    """

    def __init__(self, main: str = "") -> None:
        self._paragraphs: list[str] = []
        self._current: list[str] = []
        self._skipping = 0  # how deep inside a skipped element (libxml2 closes every element)
        self._pre = 0
        self._main = main
        self._in_main = 0  # how deep inside the main element (when the page marks one)
        self._tags: list[str] = []  # the open elements (to close the main one)
        # The facts: the first <h1>'s text and the <title>'s, the date and canonical address.
        self._title_parts: list[str] = []
        self._h1_parts: list[str] = []
        self._in_title = 0
        self._in_h1 = 0
        self._h1_done = False
        self._date = ""
        self._date_origin = ""
        self._canonical = ""

    def facts(self) -> PageFacts:
        """What the page states of itself (read by :meth:`start` and :meth:`data`)."""
        h1 = " ".join("".join(self._h1_parts).split())[:300]
        title = " ".join("".join(self._title_parts).split())[:300]
        # "<title>Joint Statement | The White House</title>": the site's name is not the title's.
        title = _SITE_SUFFIX.sub("", title) or title
        origin: list[tuple[str, str]] = []
        if h1 or title:
            origin.append(("title", "<h1>" if h1 else "<title>"))
        if self._date:
            origin.append(("date", self._date_origin))
        if self._canonical:
            origin.append(("source", '<link rel="canonical">'))
        return PageFacts(h1 or title, self._date, (), self._canonical, tuple(origin))

    def _note_facts(self, tag: str, attributes: Mapping[str, str]) -> None:
        if tag == "title":
            self._in_title += 1
        elif tag == "h1" and not self._h1_done:
            self._in_h1 += 1
        elif tag == "meta" and not self._date:
            key = (attributes.get("property") or attributes.get("name") or "").casefold()
            key = key or attributes.get("itemprop", "").casefold()
            if key in _DATE_META and (date := date_of(attributes.get("content", ""))):
                self._date, self._date_origin = date, f"<meta {key}>"
        elif tag == "time" and not self._date and "datetime" in attributes:
            if date := date_of(attributes["datetime"]):
                self._date, self._date_origin = date, "<time datetime>"
        elif (
            tag == "link"
            and not self._canonical
            and attributes.get("rel", "").casefold() == "canonical"
        ):
            self._canonical = attributes.get("href", "")[:500]

    def _furniture(self, tag: str, attributes: Mapping[str, str]) -> bool:
        """Whether an element is the site's furniture, not the page's text."""
        if tag in _CHROME_TAGS:
            own = "article" in self._tags[:-1] or "main" in self._tags[:-1]
            return not (tag in _OWN_FURNITURE and (own or bool(self._in_main)))
        if attributes.get("role", "").casefold() in _CHROME_ROLES:
            return True
        names = f"{attributes.get('class', '')} {attributes.get('id', '')}"
        return bool(names.strip()) and bool(_CHROME_NAMES.search(names))

    def _opens_main(self, tag: str, attributes: Mapping[str, str]) -> bool:
        if self._main == "main":
            return tag == "main" or attributes.get("role", "").casefold() == "main"
        return tag == self._main

    def start(self, name: str | bytes, attrib: Mapping[str | bytes, str | bytes]) -> None:
        tag = _str(name)
        attributes = {_str(k): _str(v) for k, v in attrib.items()}
        self._note_facts(tag, attributes)
        if tag in _VOID:
            if tag == "br" and not self._skipping and self._reading:
                self._current.append("\n")
            return
        self._tags.append(tag)
        if self._skipping:
            self._skipping += 1
            return
        if self._main and not self._in_main and self._opens_main(tag, attributes):
            self._in_main = len(self._tags)
        if tag in _SKIPPED or _hidden(attributes) or self._furniture(tag, attributes):
            self._skipping = 1
            return
        if tag in _BLOCKS:
            self._flush()
            if tag == "pre":
                self._pre += 1

    @property
    def _reading(self) -> bool:
        """Whether the text being read is the page's (inside its main element, if it has one)."""
        return not self._main or bool(self._in_main)

    def end(self, name: str | bytes) -> None:
        tag = _str(name)
        if tag == "title" and self._in_title:
            self._in_title -= 1
        elif tag == "h1" and self._in_h1:
            self._in_h1 -= 1
            self._h1_done = bool("".join(self._h1_parts).strip())
        if tag in _VOID:
            return
        if self._tags:
            self._tags.pop()
        if self._in_main > len(self._tags):
            self._flush()
            self._in_main = 0
        if self._skipping:
            self._skipping -= 1
            return
        if tag in _BLOCKS:
            self._flush()
            if tag == "pre" and self._pre:
                self._pre -= 1

    def data(self, content: str | bytes) -> None:
        data = _str(content)
        if self._in_title:
            self._title_parts.append(data)
        if self._in_h1:
            self._h1_parts.append(data)
        if self._skipping or not self._reading:
            return
        self._current.append(data if self._pre else re.sub(r"[ \t\r\n\f]+", " ", data))

    def comment(self, text: str | bytes) -> None:
        """Comments are not text."""

    def close(self) -> None:
        """The end of the document (lxml's target interface); :meth:`text` gives the result."""

    def _flush(self) -> None:
        text = "".join(self._current)
        self._current = []
        if not self._pre:
            text = _join_lines([" ".join(line.split()) for line in text.split("\n")])
        text = text.strip("\n") if self._pre else text.strip()
        if text.strip():
            self._paragraphs.append(text)

    def text(self) -> str:
        """The paragraphs read so far, one blank line apart."""
        self._flush()
        return "\n\n".join(self._paragraphs)


def _join_lines(lines: list[str]) -> str:
    """The lines of one paragraph (cut by ``br``) joined: the paragraph is the page's, the
    breaks its layout's. A line keeps its own when it opens a point, an item or a heading after
    a line that ends a sentence ("Article 5" always), or when the line before it is short (an
    address's, a signature's: "For the Kingdom of Spain")."""
    kept: list[str] = []
    for line in lines:
        if not line:
            continue
        if not kept:  # the first line (most paragraphs have no other): nothing to join it to
            kept.append(line)
            continue
        marker = classify_line(line) if _MAY_OPEN_OWN_LINE.match(line) else None
        own = marker is not None and marker[0] in _OWN_LINE
        if own and marker is not None and marker[0] is not BlockKind.ARTICLE and kept:
            own = kept[-1][-1:] in (".", ";", ":")  # "Titre III ..." after a wrap goes on
        if kept and not own and len(kept[-1]) >= WRAP_MIN_CHARS:
            kept[-1] = f"{kept[-1]} {line}"
        else:
            kept.append(line)
    return "\n".join(kept)
