"""Draw a comparison's report (``app.report.content``) into an A4 landscape PDF.

Why QPainter on a QPdfWriter rather than one QTextDocument printed: a printed document cuts table
rows anywhere and adds a page number of its own. Here each clause row is laid out on its own
(two QTextDocuments side by side) and placed whole on a page when it fits, so a row never breaks
mid-line; the footer "page X / N" is drawn once the page count is known. Text stays real text:
Qt embeds the named font (DejaVu Sans, full French coverage) as a subset, with ligatures off so
"fi" stays two searchable letters; near-shared phrases get their dotted underline on the laid-out
text, which Qt's HTML cannot ask for. Bookmarks (one per section) are added afterwards with pypdf,
since QPdfWriter has no outline API.

The file is written to a temporary file beside the target and moved into place at the end; any
failure removes it and raises :class:`ExportError` with a message naming the path.
"""

from __future__ import annotations

import contextlib
import glob
import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from app.report import content as pdf_report
from app.report import marks, words
from app.report.content import Report, Row
from app.report.output import ExportError, check_target
from app.report.words import Translate
from corpus.atomicfile import current_umask
from corpus.compare.comparison import Comparison
from corpus.errors import Reason
from corpus.formulas.catalogue import Catalogue
from widgets import palette

FONT_FAMILY = "DejaVu Sans"
BODY_POINTS = 8.5
RESOLUTION = 72  # one unit = one point
MARGIN = 30.0
HEADER = 16.0
FOOTER = 18.0
SCORE_WIDTH = 50.0  # the score, a ✓ and the decision ("confirmed") on one line each
GAP = 8.0


@dataclass
class Page:
    """What one page holds: drawing steps, in page coordinates."""

    steps: list[Callable[[QPainter], None]] = field(default_factory=list)


def export_pdf(
    comparison: Comparison,
    catalogue: Catalogue,
    path: Path,
    layout: str = "synoptic",
    language: str = "fr",
    today: date | None = None,
    translate: Translate = words.untranslated,
) -> None:
    """Write the comparison as a highlighted PDF at ``path``.

    Args:
        comparison: what to export.
        catalogue: the formula catalogue (labels and colours).
        path: the PDF to write; replaced if it exists.
        layout: "synoptic" (rows of paired clauses) or "parallel" (both texts in two columns).
        language: "fr" or "en", for the catalogue's labels and the parties' names.
        today: the generation date printed (today by default).
        translate: the report's own words into the interface's language.

    Raises:
        ExportError: the path cannot be written (missing folder, permission, full disk).
        ValueError: an unknown layout.
    """
    if layout not in pdf_report.LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}: choose synoptic or parallel")
    report = pdf_report.build_report(
        comparison, catalogue, layout, language, today or date.today(), translate
    )
    write_pdf(Path(path), lambda drawn: _draw(report, layout, drawn))


def write_pdf(target: Path, draw: Callable[[str], list[tuple[str, int]]]) -> None:
    """Write a PDF at ``target`` whole or not at all: ``draw`` draws it into the file it is
    given and returns its bookmarks (title, page index), which are added before the PDF is
    renamed into place.

    Raises:
        ExportError: the path cannot be written (missing folder, permission, full disk).
    """
    descriptor, temporary = _temporary(target)
    os.close(descriptor)
    drawn = temporary + ".qt"
    try:
        bookmarks = draw(drawn)
        _add_bookmarks(drawn, temporary, bookmarks)
        os.chmod(temporary, 0o666 & ~current_umask())  # mkstemp made it private; a PDF is not
        os.replace(temporary, target)
    except OSError as exc:
        raise ExportError(Reason.CANNOT_WRITE, target, cause=exc.strerror or exc) from exc
    finally:
        for leftover in (drawn, temporary):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(leftover)


#: Temporary files of an export killed before its end are swept after this long (a younger one
#: may be another export's, still running).
STALE_SECONDS = 600


def _temporary(target: Path) -> tuple[int, str]:
    check_target(target)
    _sweep(target)
    try:
        return tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    except OSError as exc:
        raise ExportError(Reason.CANNOT_WRITE, target, cause=exc.strerror or exc) from exc


def _sweep(target: Path) -> None:
    """Delete what an earlier export to ``target``, killed before its end, left behind."""
    now = time.time()
    for leftover in target.parent.glob(f".{glob.escape(target.name)}.*.part*"):
        with contextlib.suppress(OSError):
            if leftover.is_file() and now - leftover.lstat().st_mtime > STALE_SECONDS:
                leftover.unlink()


def _draw(report: Report, layout: str, path: str) -> list[tuple[str, int]]:
    return draw_pages(
        path,
        report.title,
        f"Vis-à-vis {report.version} · {report.generated}",
        QPageLayout.Orientation.Landscape,
        lambda geometry, writer: _paginate(report, layout, geometry, writer),
    )


def draw_pages(
    path: str,
    title: str,
    foot: str,
    orientation: QPageLayout.Orientation,
    paginate: Callable[[Geometry, QPdfWriter], tuple[list[Page], list[tuple[str, int]]]],
) -> list[tuple[str, int]]:
    """Draw the A4 pages ``paginate`` lays out into the PDF file ``path``, each framed by the
    title at its head and ``foot`` and its number at its foot; returns the bookmarks.

    Raises:
        OSError: the PDF could not be started, or was cut short.
    """
    writer = QPdfWriter(path)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation, QMarginsF(0, 0, 0, 0))
    )
    writer.setTitle(title)
    writer.setCreator("Vis-à-vis")
    geometry = Geometry(writer.width(), writer.height())
    pages, bookmarks = paginate(geometry, writer)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"{path}: the PDF could not be started")
    try:
        for number, page in enumerate(pages, start=1):
            if number > 1:
                writer.newPage()
            for step in page.steps:
                painter.save()
                step(painter)
                painter.restore()
            _frame(painter, geometry, title, foot, f"page {number} / {len(pages)}")
    finally:
        painter.end()
    with open(path, "rb") as drawn:  # Qt reports no write error: check that the file is whole
        if not drawn.read().rstrip().endswith(b"%%EOF"):
            raise OSError("the PDF was cut short (is the disk full?)")
    return bookmarks


@dataclass(frozen=True, slots=True)
class Geometry:
    width: float
    height: float

    @property
    def top(self) -> float:
        return MARGIN + HEADER

    @property
    def bottom(self) -> float:
        return self.height - MARGIN - FOOTER

    @property
    def body_width(self) -> float:
        return self.width - 2 * MARGIN

    @property
    def column(self) -> float:
        return (self.body_width - SCORE_WIDTH - 2 * GAP) / 2


def _font(size: float = BODY_POINTS, bold: bool = False) -> QFont:
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(size)
    font.setBold(bold)
    # "fi", "fl" stay two letters in the PDF's text, so they can be searched and copied.
    font.setFeature(QFont.Tag("liga"), 0)
    font.setFeature(QFont.Tag("clig"), 0)
    return font


def text_document(
    html: str, width: float, device: QPdfWriter, size: float = BODY_POINTS
) -> QTextDocument:
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setDefaultFont(_font(size))
    document.setDocumentMargin(2)
    document.setHtml(html)
    _dot_near_phrases(document)
    document.setTextWidth(width)
    return document


def _dot_near_phrases(document: QTextDocument) -> None:
    """Dot the underline of the spans ``pdf_report`` marks as near-shared phrases."""
    marked = []  # found first, formatted after: a format change may merge fragments
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.charFormat().toolTip() == marks.NEAR_MARK:
                marked.append((fragment.position(), fragment.position() + fragment.length()))
            fragments += 1
        block = block.next()
    dotted = QTextCharFormat()
    dotted.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    cursor = QTextCursor(document)
    for start, end in marked:
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(dotted)


def _paginate(
    report: Report, layout: str, geometry: Geometry, device: QPdfWriter
) -> tuple[list[Page], list[tuple[str, int]]]:
    pages = _cover_pages(report, geometry, device)
    if layout == "synoptic":
        return _synoptic(report, geometry, device, pages)
    return _parallel(report, geometry, device, pages)


def _cover_pages(report: Report, geometry: Geometry, device: QPdfWriter) -> list[Page]:
    cover = text_document(report.cover, geometry.body_width, device, BODY_POINTS + 1.5)
    return flow(cover, MARGIN, geometry)


def flow(document: QTextDocument, x: float, geometry: Geometry) -> list[Page]:
    """A document cut into pages at line boundaries (the layout moves lines that straddle)."""
    height = geometry.bottom - geometry.top
    document.setPageSize(QSizeF(document.textWidth(), height))
    pages = []
    for index in range(document.pageCount()):
        pages.append(Page([_draw_slice(document, x, geometry.top, index * height, height)]))
    return pages


def _draw_slice(
    document: QTextDocument, x: float, y: float, offset: float, height: float
) -> Callable[[QPainter], None]:
    def step(painter: QPainter) -> None:
        painter.translate(x, y - offset)
        document.drawContents(painter, QRectF(0, offset, document.textWidth(), height))

    return step


def _synoptic(
    report: Report, geometry: Geometry, device: QPdfWriter, pages: list[Page]
) -> tuple[list[Page], list[tuple[str, int]]]:
    bookmarks: list[tuple[str, int]] = []
    page = Page()
    pages.append(page)
    y = geometry.top
    for row in report.rows:
        if row.section:
            heading = text_document(
                f"<p><b>{pdf_report.escape(row.section)}</b></p>",
                geometry.body_width,
                device,
                BODY_POINTS + 1,
            )
            needed = heading.size().height() + 30  # keep a heading with the row under it
            if y + needed > geometry.bottom and page.steps:
                page, y = Page(), geometry.top
                pages.append(page)
            bookmarks.append((row.section, len(pages) - 1))
            page.steps.append(_draw_at(heading, MARGIN, y))
            y += heading.size().height()
        cells = _row_documents(row, geometry, device)
        height = max(c.size().height() for c in cells) + 4
        if y + height > geometry.bottom and page.steps:
            page, y = Page(), geometry.top
            pages.append(page)
        if height > geometry.bottom - geometry.top:
            pages.extend(_tall_row(cells, geometry)[1:])
            page, y = pages[-1], geometry.bottom  # a tall row ends its last page
            continue
        page.steps.extend(_row_steps(cells, row, geometry, y, height))
        y += height
    return pages, bookmarks


def _row_documents(row: Row, geometry: Geometry, device: QPdfWriter) -> list[QTextDocument]:
    mark = " ✓" if row.decided else ""  # the analyst's decision, named under the score
    verdicts = f"<br/><i>{pdf_report.escape(row.verdicts)}</i>" if row.verdicts else ""
    score = "" if row.score is None else f"<p align='center'>{row.score:.2f}{mark}{verdicts}</p>"
    return [
        text_document(row.left or "&nbsp;", geometry.column, device),
        text_document(score or "&nbsp;", SCORE_WIDTH, device, BODY_POINTS - 1),
        text_document(row.right or "&nbsp;", geometry.column, device),
    ]


def _columns(geometry: Geometry) -> tuple[float, float, float]:
    left = MARGIN
    middle = left + geometry.column + GAP
    right = middle + SCORE_WIDTH + GAP
    return left, middle, right


def _row_steps(
    cells: list[QTextDocument], row: Row, geometry: Geometry, y: float, height: float
) -> list[Callable[[QPainter], None]]:
    steps = [_draw_at(cell, x, y) for cell, x in zip(cells, _columns(geometry), strict=True)]
    empty = not row.left or not row.right

    def rule(painter: QPainter) -> None:
        if empty:  # an unpaired clause: its row is shaded, as on screen
            painter.fillRect(
                QRectF(MARGIN, y, geometry.body_width, height), QColor(palette.PDF_UNPAIRED_ROW)
            )
        painter.setPen(QColor(palette.PDF_RULE))
        painter.drawLine(
            QPointF(MARGIN, y + height - 1), QPointF(MARGIN + geometry.body_width, y + height - 1)
        )

    return [rule, *steps]


def _tall_row(cells: list[QTextDocument], geometry: Geometry) -> list[Page]:
    """A row taller than a page: each cell flows over as many pages as it needs."""
    flows = [flow(cell, x, geometry) for cell, x in zip(cells, _columns(geometry), strict=True)]
    count = max(len(f) for f in flows)
    return [Page([s for f in flows if i < len(f) for s in f[i].steps]) for i in range(count)]


def _draw_at(document: QTextDocument, x: float, y: float) -> Callable[[QPainter], None]:
    def step(painter: QPainter) -> None:
        painter.translate(x, y)
        document.drawContents(painter)

    return step


def _parallel(
    report: Report, geometry: Geometry, device: QPdfWriter, pages: list[Page]
) -> tuple[list[Page], list[tuple[str, int]]]:
    width = (geometry.body_width - GAP) / 2
    left = text_document(report.left_text, width, device)
    right = text_document(report.right_text, width, device)
    left_pages = flow(left, MARGIN, geometry)
    right_pages = flow(right, MARGIN + width + GAP, geometry)
    first = len(pages)
    for index in range(max(len(left_pages), len(right_pages))):
        steps = [
            s for flow in (left_pages, right_pages) if index < len(flow) for s in flow[index].steps
        ]
        pages.append(Page(steps))
    height = geometry.bottom - geometry.top
    headings = {heading for heading, _offset in report.left_sections}
    bookmarks = []
    block = left.begin()
    while block.isValid():  # the section headings are the <h4> blocks of the left text
        if block.blockFormat().headingLevel() == 4 and block.text() in headings:
            y = left.documentLayout().blockBoundingRect(block).top()
            bookmarks.append((block.text(), first + int(y // height)))
        block = block.next()
    return pages, bookmarks


def _frame(painter: QPainter, geometry: Geometry, title: str, foot: str, number: str) -> None:
    painter.save()
    painter.setFont(_font(BODY_POINTS - 1))
    painter.setPen(QColor(palette.PDF_HEADER_INK))
    header = QRectF(MARGIN, MARGIN - 4, geometry.body_width, HEADER)
    shown = painter.fontMetrics().elidedText(
        title, Qt.TextElideMode.ElideRight, int(geometry.body_width)
    )
    painter.drawText(header, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), shown)
    footer = QRectF(MARGIN, geometry.bottom + 4, geometry.body_width, FOOTER)
    painter.drawText(footer, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom), foot)
    painter.drawText(
        footer, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom), number
    )
    painter.restore()


def _add_bookmarks(source: str, destination: str, bookmarks: list[tuple[str, int]]) -> None:
    """Copy the drawn PDF, adding one outline entry per section (pypdf: Qt has no outline API)."""
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=source)
    seen = set()
    for title, page in bookmarks:
        if (title, page) not in seen and page < len(writer.pages):
            writer.add_outline_item(title=title, page_number=page)
            seen.add((title, page))
    with open(destination, "wb") as handle:
        writer.write(handle)
