"""Draw a comparison's report (``app.report.content``) into an A4 landscape PDF.

Each clause row is laid out on its own (two QTextDocuments side by side) and placed whole on a
page when it fits, so a row never breaks mid-line; near-shared phrases get their dotted
underline on the laid-out text, which Qt's HTML cannot ask for; one bookmark per section. The
pages, their frame and the writing of the file whole or not at all are every PDF's
(``app.report.pdf_pages``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import (
    QColor,
    QPageLayout,
    QPainter,
    QPdfWriter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from app.report import content as pdf_report
from app.report import marks, words
from app.report import pdf_pages as pages
from app.report.content import Report, Row
from app.report.output import ExportError as ExportError  # raised here, named by callers
from app.report.pdf_pages import BODY_POINTS, MARGIN, Geometry, Page, draw_pages, flow, write_pdf
from app.report.words import Translate
from corpus.compare.comparison import Comparison
from corpus.formulas.catalogue import Catalogue
from widgets import palette

SCORE_WIDTH = 50.0  # the score, a ✓ and the decision ("confirmed") on one line each
GAP = 8.0


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


def _draw(report: Report, layout: str, path: str) -> list[tuple[str, int]]:
    return draw_pages(
        path,
        report.title,
        f"Vis-à-vis {report.version} · {report.generated}",
        QPageLayout.Orientation.Landscape,
        lambda geometry, writer: _paginate(report, layout, geometry, writer),
    )


def text_document(
    html: str, width: float, device: QPdfWriter, size: float = BODY_POINTS
) -> QTextDocument:
    document = pages.text_document(html, width, device, size)
    _dot_near_phrases(document)
    return document


def _column(geometry: Geometry) -> float:
    """The width of each text's column beside the score."""
    return (geometry.body_width - SCORE_WIDTH - 2 * GAP) / 2


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
        text_document(row.left or "&nbsp;", _column(geometry), device),
        text_document(score or "&nbsp;", SCORE_WIDTH, device, BODY_POINTS - 1),
        text_document(row.right or "&nbsp;", _column(geometry), device),
    ]


def _columns(geometry: Geometry) -> tuple[float, float, float]:
    left = MARGIN
    middle = left + _column(geometry) + GAP
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
