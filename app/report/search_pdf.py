"""A search report as a PDF: the query and its run, the totals, the chart, the figures per year,
then every occurrence with its context, the matched words in bold on a highlight.

One flowing text (``app.report.search_report.report_html``) laid out by a QTextDocument, with
the chart as an image in it, cut into portrait A4 pages at line boundaries (a document's heading
never alone at a page's foot; one bookmark per document) and framed, written
whole or not at all, as every PDF of the program (``app.report.pdf_pages``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSizeF, QUrl
from PySide6.QtGui import (
    QImage,
    QPageLayout,
    QPdfWriter,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from app.report import pdf_pages
from app.report.search_report import SearchReport, report_html

#: The chart's name in the text's resources.
CHART = "chart.png"
#: A document's heading in the report's HTML (``<h4>``), and the line break inside it.
HEADING_LEVEL = 4
LINE_SEPARATOR = "\u2028"


def export_search_pdf(report: SearchReport, chart_png: bytes, path: Path, language: str) -> None:
    """Write ``report`` as a PDF at ``path``, with the chart drawn in ``chart_png``.

    Raises:
        ExportError: the path cannot be written (nothing is left).
    """
    text = report_html(report, language, CHART)
    image = QImage.fromData(chart_png)

    def paginate(
        geometry: pdf_pages.Geometry, writer: QPdfWriter
    ) -> tuple[list[pdf_pages.Page], list[tuple[str, int]]]:
        document = pdf_pages.text_document(
            "", geometry.body_width, writer, pdf_pages.BODY_POINTS + 1
        )
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(CHART), image)
        document.setHtml(text)
        height = geometry.bottom - geometry.top
        document.setPageSize(QSizeF(document.textWidth(), height))
        headings = _keep_headings_with_their_hits(document, height)
        return pdf_pages.flow(document, pdf_pages.MARGIN, geometry), headings

    pdf_pages.write_pdf(
        path,
        lambda drawn: pdf_pages.draw_pages(
            drawn,
            report.title,
            f"Vis-à-vis {report.version} · {report.generated}",
            QPageLayout.Orientation.Portrait,
            paginate,
        ),
    )


def _keep_headings_with_their_hits(document: QTextDocument, height: float) -> list[tuple[str, int]]:
    """Start a new page at a document's heading (an ``<h4>``) that the page cut parts from its
    first occurrence; returns each heading's title and page, for the bookmarks."""
    layout = document.documentLayout()
    headings = []
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() == HEADING_LEVEL and block.next().isValid():
            top = layout.blockBoundingRect(block).top()
            following = layout.blockBoundingRect(block.next()).top()
            if int(top // height) != int(following // height):
                moved = QTextBlockFormat()
                moved.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(block).mergeBlockFormat(moved)  # laid out again from here
                top = layout.blockBoundingRect(block).top()
            title = block.text().split(LINE_SEPARATOR)[0]
            headings.append((title, int(top // height)))
        block = block.next()
    return headings
