"""A search report as a PDF: the query and its run, the totals, the chart, the figures per year,
then every occurrence with its context, the matched words in bold on a highlight.

One flowing text (``app.report.search_report.report_html``) laid out by a QTextDocument, with
the chart as an image in it, cut into portrait A4 pages at line boundaries and framed, written
whole or not at all, as the comparison's PDF (``app.report.pdf``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QPageLayout, QPdfWriter, QTextDocument

from app.report import pdf
from app.report.search_report import SearchReport, report_html

#: The chart's name in the text's resources.
CHART = "chart.png"


def export_search_pdf(report: SearchReport, chart_png: bytes, path: Path, language: str) -> None:
    """Write ``report`` as a PDF at ``path``, with the chart drawn in ``chart_png``.

    Raises:
        ExportError: the path cannot be written (nothing is left).
    """
    text = report_html(report, language, CHART)
    image = QImage.fromData(chart_png)

    def paginate(
        geometry: pdf.Geometry, writer: QPdfWriter
    ) -> tuple[list[pdf.Page], list[tuple[str, int]]]:
        document = pdf.text_document("", geometry.body_width, writer, pdf.BODY_POINTS + 1)
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(CHART), image)
        document.setHtml(text)
        return pdf.flow(document, pdf.MARGIN, geometry), []

    pdf.write_pdf(
        path,
        lambda drawn: pdf.draw_pages(
            drawn,
            report.title,
            f"Vis-à-vis {report.version} · {report.generated}",
            QPageLayout.Orientation.Portrait,
            paginate,
        ),
    )
