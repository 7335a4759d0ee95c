"""Text out of the files a user adds to the library: .txt, .md, .docx, .pdf and .html.

What counts as the text of each format (the raw text every search offset refers to):

* ``.txt``: the decoded file (``corpus.text.loading``: encoding detection, refusal of binaries).
* ``.md``: the page read as Markdown (``corpus.text.markdowntext``): no front matter, headings
  as lines of their own, paragraphs joined, no emphasis marks, link targets or images. Its
  front matter's title, date, parties and source come with it (:attr:`Extracted.facts`), and a
  map from the text back to the file's characters (:attr:`Extracted.file_map`).
* ``.docx``: the paragraphs of the document body, tables included, one blank line between
  paragraphs (a paragraph nested in another, a text box's, is one of its own); page headers,
  footers, comments and deleted revisions are left out. Read with the
  standard library (``zipfile`` and ``xml.etree``): a .docx is a ZIP of XML parts, and no
  dependency is needed for its text.
* ``.pdf``: the text layer (pypdf, already a dependency), page by page; lines repeated at the top
  or bottom of most pages (running headers, footers, page numbers) are dropped, and a word cut by
  a hyphen at a line's end is joined (see :func:`join_hyphenated`). A PDF without a text layer (a
  scan) is refused.
* ``.html``: the visible main text, read with lxml's HTML parser (``corpus.text.htmltext``): no
  script runs and nothing is fetched; ``script``, ``style``, ``template``, ``head``, hidden
  elements and the site's header, navigation, footer and cookie notice are skipped; block
  elements become paragraphs; the page's ``<h1>`` or ``<title>`` and date come with the text.
"""

from __future__ import annotations

import io
import itertools
import logging
import re
import statistics
import zipfile
import zlib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.parsers import expat

from corpus.errors import DocumentError, Reason
from corpus.text.formats import FORMATS
from corpus.text.htmltext import html_page
from corpus.text.loading import check_length, decode_bytes, read_bytes, universal_newlines
from corpus.text.markdowntext import read_markdown
from corpus.text.pagefacts import NO_FACTS, PageFacts
from corpus.text.sourcemap import SourceMap

#: A .docx whose document part unpacks to more than this is refused (a ZIP bomb, or no letter):
#: the XML of a 250 KB treaty is about 3 MB, and reading 16 MB of it takes a few seconds.
MAX_XML_BYTES = 16 * 1024 * 1024
#: A PDF page whose drawing instructions unpack to more than this is refused, and so is a PDF
#: whose pages do in all (a stream drawn by many pages counts once for each: it is read each
#: time). A page of dense text takes 5 to 50 KB, a detailed map a few MB; reading the text of
#: 1 MB takes pypdf about a second, and 70 MB shared by 50 pages kept it busy for ten minutes.
MAX_PDF_PAGE_CONTENT_BYTES = 16 * 1024 * 1024
MAX_PDF_CONTENT_BYTES = 32 * 1024 * 1024
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
#: Lines cut after these are compounds ("non-ingérence"): the hyphen stays when they are joined.
# fmt: off
_COMPOUND_PREFIXES = frozenset({
    "non", "anti", "contre", "ex", "vice", "sous", "sur", "co", "pro", "post", "pré", "pre",
    "néo", "neo", "semi", "mi", "demi", "extra", "inter", "intra", "multi", "auto", "bi",
    "tri", "quasi", "self", "non-self", "russo", "franco", "anglo", "sino", "germano",
    "italo", "euro", "afro", "arabo", "turco", "irano", "azéro", "americano", "soviéto"
})
# fmt: on
# The left part starts where a word does and never gives letters back: else the search would
# try every letter of a long run as a start, and 40 KB of letters took over a minute.
_HYPHEN_BREAK = re.compile(r"(?<![^\W\d_])([^\W\d_]++)([-\u00ad\u2010])[ \t]*\n[ \t]*([^\W\d_]+)")
_PAGE_NUMBER = re.compile(r"^\W*(?:page|p\.)?\s*#(?:\s*(?:/|of|sur|de)\s*#)?\W*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Extracted:
    """A file's text and how it was obtained.

    Attributes:
        text: the text as read (every offset of the program refers to it).
        format: the format it was read as ("text", "markdown", "docx", "pdf", "html").
        encoding: the encoding of the file's bytes.
        facts: the title, date, parties and source the page states in its markup (a Markdown
            front matter, an HTML page's ``<h1>`` and date tags), for the metadata to prefer.
        file_map: where each character of ``text`` stands in the file's decoded text, when the
            format allows (a plain text: ``None``, the text is the file's; a Markdown page: the
            map; a .docx, .pdf or .html: ``None``, no map).
    """

    text: str
    format: str
    encoding: str = "utf-8"
    facts: PageFacts = NO_FACTS
    file_map: SourceMap | None = None


def extract_file(path: Path) -> Extracted:
    """Read ``path`` and extract its text by its suffix.

    Raises:
        DocumentError: unreadable, of an unknown format, damaged, or without text.
    """
    if path.suffix.lower() not in FORMATS:
        known = ", ".join(sorted(FORMATS))
        raise DocumentError(Reason.FORMAT_NOT_READ_KNOWN, path, known=known)
    return extract_bytes(read_bytes(path), path.suffix, str(path))


def extract_bytes(data: bytes, suffix: str, name: str = "the file") -> Extracted:
    """Extract the text of a file's bytes, given its suffix (see the module docstring).

    Raises:
        DocumentError: the bytes are not a readable file of that format, or hold no text.
    """
    kind = FORMATS.get(suffix.lower())
    if kind in ("text", "markdown"):
        text, encoding = decode_bytes(data, name)
        check_length(text, name)
        if kind == "text":
            return Extracted(text, kind, encoding)
        page = read_markdown(text, name)
        if not page.text.strip():
            raise DocumentError(Reason.NO_TEXT, name)
        return Extracted(page.text, kind, encoding, page.facts, page.file_map)
    if kind == "docx":
        return Extracted(_checked(docx_text(data, name), name), kind)
    if kind == "pdf":
        return Extracted(_checked(pdf_text(data, name), name), kind)
    if kind == "html":
        html = html_page(data, name)
        return Extracted(_checked(html.text, name), kind, facts=html.facts)
    raise DocumentError(Reason.FORMAT_NOT_READ, name)


def _checked(text: str, name: str) -> str:
    text = universal_newlines(without_surrogates(text)).strip("\n")
    check_length(text, name)
    if not text.strip():
        raise DocumentError(Reason.NO_TEXT, name)
    return text + "\n"


_SURROGATE = re.compile("[\ud800-\udfff]")


def without_surrogates(text: str) -> str:
    """``text`` with its surrogate code points made whole characters (a pair) or U+FFFD (one
    alone).

    A PDF's font may map a glyph to half a UTF-16 pair (its ``ToUnicode`` map says ``<D800>``):
    such a string cannot be written as UTF-8, and writing the library's copy or the index
    failed with a traceback. The character is unknown: it is shown as the replacement mark.
    """
    if _SURROGATE.search(text) is None:
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def docx_text(data: bytes, name: str = "the file") -> str:
    """The body paragraphs of a .docx, one blank line apart.

    The document part is decompressed and parsed as a stream (expat, the standard library's
    parser): never more than :data:`MAX_XML_BYTES` is unpacked, whatever the ZIP header says,
    and no tree of the whole document is built (a 190 KB file of tiny paragraphs made one of
    1 GB). A document type declaration (and with it every entity) is refused.
    """
    reader = _DocxReader(name)
    try:
        with (
            zipfile.ZipFile(io.BytesIO(data)) as archive,
            archive.open("word/document.xml") as part,
        ):
            unpacked = 0
            while chunk := part.read(_CHUNK_BYTES):
                unpacked += len(chunk)
                if unpacked > MAX_XML_BYTES:
                    raise DocumentError(Reason.DOCUMENT_TOO_LARGE_TO_READ, name)
                reader.feed(chunk)
            reader.feed(b"", final=True)
    except (
        zipfile.BadZipFile,
        zlib.error,
        KeyError,
        EOFError,
        RuntimeError,
        NotImplementedError,
    ) as exc:
        raise DocumentError(Reason.NOT_A_WORD_DOCUMENT, name) from exc
    except OSError as exc:
        raise DocumentError(Reason.NOT_A_WORD_DOCUMENT, name) from exc
    except expat.ExpatError as exc:
        raise DocumentError(Reason.WORD_DOCUMENT_DAMAGED, name, cause=exc) from exc
    return "\n\n".join(p for p in reader.paragraphs() if p.strip())


_CHUNK_BYTES = 1024 * 1024
# Tag names as expat gives them with ``namespace_separator="}"``: "namespace}name".
_EXPAT_W = _W.removeprefix("{")
_PARAGRAPH, _TEXT = f"{_EXPAT_W}p", f"{_EXPAT_W}t"
_DOCX_PIECES = {
    f"{_EXPAT_W}tab": "\t",
    f"{_EXPAT_W}br": "\n",
    f"{_EXPAT_W}cr": "\n",
    f"{_EXPAT_W}noBreakHyphen": "\u2011",
    f"{_EXPAT_W}softHyphen": "\u00ad",
}


class _DocxReader:
    """Collects the paragraphs of a document part from expat's events, in one pass.

    A paragraph nested in another (a text box's) gives its text to itself only: walking each
    paragraph's descendants would read nested ones again and again (quadratic: a 3.6 KB file of
    nested paragraphs took over a minute).
    """

    def __init__(self, name: str) -> None:
        self._name = name
        self._parser = expat.ParserCreate(namespace_separator="}")
        self._parser.StartElementHandler = self._start
        self._parser.EndElementHandler = self._end
        self._parser.CharacterDataHandler = self._characters
        self._parser.StartDoctypeDeclHandler = self._doctype
        self._parser.EntityDeclHandler = self._entity
        self._parser.buffer_text = True
        # Each paragraph's text, in the order paragraphs open; "" until it closes (a million
        # empty paragraphs then cost a list of references to one empty string, no more).
        self._paragraphs: list[str] = []
        self._open: list[tuple[int, list[str]]] = []  # the paragraphs open, and their pieces
        self._in_text = 0

    def feed(self, chunk: bytes, final: bool = False) -> None:
        self._parser.Parse(chunk, final)

    def paragraphs(self) -> list[str]:
        return self._paragraphs

    def _start(self, tag: str, _attributes: dict[str, str]) -> None:
        if tag == _PARAGRAPH:
            self._open.append((len(self._paragraphs), []))
            self._paragraphs.append("")
        elif tag == _TEXT:
            self._in_text += 1
        elif tag in _DOCX_PIECES and self._open:
            self._open[-1][1].append(_DOCX_PIECES[tag])

    def _end(self, tag: str) -> None:
        if tag == _PARAGRAPH and self._open:
            slot, pieces = self._open.pop()
            if pieces:
                self._paragraphs[slot] = "".join(pieces).strip()
        elif tag == _TEXT and self._in_text:
            self._in_text -= 1

    def _characters(self, text: str) -> None:
        if self._in_text and self._open:
            self._open[-1][1].append(text)

    def _doctype(self, *_declaration: object) -> None:
        raise DocumentError(Reason.DECLARES_ENTITIES, self._name)

    def _entity(self, *_declaration: object) -> None:
        raise DocumentError(Reason.DECLARES_ENTITIES, self._name)


def pdf_text(data: bytes, name: str = "the file") -> str:
    """The text layer of a PDF, running headers and footers dropped, hyphenation joined."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError

    # pypdf logs what it mends in a damaged file ("EOF marker not found") on standard error;
    # the user gets one message from us instead, or the text.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        # An official PDF often has only an owner password (no printing, no copying): its text
        # opens with the empty user password. AES needs ``cryptography``, a dependency for this.
        if reader.is_encrypted and not reader.decrypt(""):
            raise DocumentError(Reason.PDF_PASSWORD_SAVE_A_COPY, name)
        _check_content_size(reader.pages, name)
        pages = [_page_lines(page) for page in reader.pages]
    except DocumentError:
        raise
    except FileNotDecryptedError as exc:
        raise DocumentError(Reason.PDF_PASSWORD, name) from exc
    except DependencyError as exc:
        raise DocumentError(Reason.PDF_ENCRYPTION_NOT_SUPPORTED, name, cause=exc) from exc
    except RecursionError as exc:
        raise DocumentError(Reason.PDF_TOO_DEEP, name) from exc
    except Exception as exc:
        # pypdf raises many kinds of exceptions on a damaged or hostile file (its own errors,
        # but also AssertionError, ZeroDivisionError, IndexError...): every one means the same
        # thing here, and one bad file must never stop an import or a command.
        raise DocumentError(Reason.PDF_UNREADABLE, name, cause=exc) from exc
    if not any(text for page in pages for text, _ in page):
        raise DocumentError(Reason.PDF_NO_TEXT_LAYER, name)
    texts = [[text for text, _ in page] for page in pages]
    dropped = running_line_indexes(texts)
    paragraphs: list[str] = []
    for page, drop in zip(pages, dropped, strict=True):
        kept = [line for index, line in enumerate(page) if index not in drop]
        for index, (text, starts_paragraph) in enumerate(kept):
            if paragraphs and (starts_paragraph or (index == 0 and _ends_paragraph(paragraphs))):
                paragraphs.append("")  # a blank line: the paragraph break the page shows
            paragraphs.append(text)
    return join_hyphenated("\n".join(paragraphs))


def _check_content_size(pages: Any, name: str) -> None:
    """Refuse a PDF whose pages' drawing instructions unpack to more than the limits
    (:data:`MAX_PDF_PAGE_CONTENT_BYTES`, :data:`MAX_PDF_CONTENT_BYTES`), before any is read.

    Unpacking costs little next to reading (and pypdf keeps an unpacked stream, so a stream
    shared by many pages is unpacked once); reading the text of what passes takes seconds.

    Raises:
        DocumentError: a page, or the pages together, unpack to more than the limit.
    """
    total = 0
    for number, page in enumerate(pages, 1):
        contents = page.get("/Contents")
        resolved = contents.get_object() if contents is not None else None
        streams = resolved if isinstance(resolved, list) else [resolved]
        size = 0
        for item in streams:
            stream: Any = item.get_object() if item is not None else None
            if hasattr(stream, "get_data"):
                size += len(stream.get_data())
        if size > MAX_PDF_PAGE_CONTENT_BYTES:
            raise DocumentError(
                Reason.PDF_PAGE_TOO_LARGE,
                name,
                number=number,
                limit_mb=MAX_PDF_PAGE_CONTENT_BYTES // 1_048_576,
            )
        total += size
        if total > MAX_PDF_CONTENT_BYTES:
            raise DocumentError(
                Reason.PDF_PAGES_TOO_LARGE, name, limit_mb=MAX_PDF_CONTENT_BYTES // 1_048_576
            )


def _ends_paragraph(lines: list[str]) -> bool:
    """Whether the last line of a page closes its paragraph (no gap can say so across a page
    break): it ends a sentence and stops well short of the page's usual line length."""
    last = lines[-1]
    recent = [len(line) for line in lines[-12:] if line]
    return bool(
        last
        and last.rstrip()[-1:] in '.;:!?»"”'
        and len(last) < PARAGRAPH_LAST_LINE * statistics.median(recent)
    )


#: A vertical step this much larger than the page's usual line spacing opens a paragraph.
PARAGRAPH_GAP = 1.6
#: A page's last line shorter than this share of its usual length, ending a sentence, closes
#: its paragraph.
PARAGRAPH_LAST_LINE = 0.8


def _page_lines(page: Any) -> list[tuple[str, bool]]:
    """A page's lines of text, each with whether a wider vertical gap than the page's usual
    line spacing stands before it (a paragraph break, which the text layer does not write).

    The lines are pypdf's own (its spacing of words is good); the gaps come from where each
    line's first piece of text is drawn. When the two do not agree line for line (an unusual
    layout), no paragraph is guessed: the page's lines are kept as they are.
    """
    tops: list[float] = []
    ended = [True]  # the text drawn so far ends a line

    def visit(text: str, cm: Any, tm: Any, _font: Any, _size: Any) -> None:
        if not text.strip("\n"):
            ended[0] = ended[0] or text.endswith("\n")
            return
        y = float(cm[1] * tm[4] + cm[3] * tm[5] + cm[5])
        if ended[0] or not tops or abs(y - tops[-1]) > 1.0:
            tops.append(y)
        tops.extend([y] * (text.rstrip("\n").count("\n")))
        ended[0] = text.endswith("\n")

    raw = page.extract_text(visitor_text=visit) or ""
    lines = [" ".join(line.split()) for line in raw.replace("\r", "\n").split("\n")]
    lines = [line for line in lines if line]
    if len(tops) != len(lines) or len(lines) < 3:
        return [(line, False) for line in lines]
    steps = [above - below for above, below in itertools.pairwise(tops)]
    usual = (
        statistics.median(step for step in steps if step > 0) if any(s > 0 for s in steps) else 0
    )
    starts = [False] + [usual > 0 and step > PARAGRAPH_GAP * usual for step in steps]
    return list(zip(lines, starts, strict=True))


def drop_running_lines(pages: list[list[str]], edge: int = 3) -> list[list[str]]:
    """Drop the lines that recur among the first or last ``edge`` lines of most pages.

    Digits are ignored in the comparison ("Page 3 / 12" recurs as "Page # / #"), and a line made
    of a page number alone is dropped wherever it stands at a page's edge.
    """
    dropped = running_line_indexes(pages, edge)
    return [
        [line for i, line in enumerate(page) if i not in drop]
        for page, drop in zip(pages, dropped, strict=True)
    ]


def running_line_indexes(pages: list[list[str]], edge: int = 3) -> list[set[int]]:
    """For each page, the indexes of the lines :func:`drop_running_lines` drops."""

    def key(line: str) -> str:
        return re.sub(r"\d+", "#", line).casefold()

    def edges(page: list[str]) -> set[int]:
        count = len(page)
        return set(range(min(edge, count))) | set(range(max(0, count - edge), count))

    seen: Counter[str] = Counter()
    for page in pages:
        seen.update({key(page[i]) for i in edges(page)})
    needed = max(2, (len(pages) + 1) // 2)
    return [
        {
            i
            for i in edges(page)
            if _PAGE_NUMBER.match(key(page[i])) or (len(pages) > 1 and seen[key(page[i])] >= needed)
        }
        for page in pages
    ]


def join_hyphenated(text: str) -> str:
    """Join the words a hyphen cuts at a line's end.

    A soft hyphen always goes. A hard hyphen goes when the joined word occurs elsewhere in the
    text, or when neither the joined nor the hyphenated form does and the first part is not a
    usual compound prefix ("non-", "russo-"); it stays, without the line break, otherwise.
    """
    words = Counter(re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", text.casefold()))

    def join(match: re.Match[str]) -> str:
        left, hyphen, right = match.groups()
        whole, compound = (left + right).casefold(), f"{left}-{right}".casefold()
        if hyphen == "\u00ad" or words[whole]:
            return left + right
        if words[compound] or left.casefold() in _COMPOUND_PREFIXES or right[:1].isupper():
            return f"{left}-{right}"
        return left + right

    return _HYPHEN_BREAK.sub(join, text)
