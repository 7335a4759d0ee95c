"""A search report as a Word document: the same content as its PDF, as native Word formatting.

For analysts who paste a finding into their own report: the facts and totals as paragraphs, the
chart as a picture, the figures per year as a table, and each occurrence as a paragraph whose
matched words are bold on a highlight (run shading, the PDF's colour), so it survives editing.
Portrait A4, in every Word document's page and fonts (``app.report.docx_parts``).
"""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document as new_document
from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from app.report import docx_parts
from app.report.output import check_target, write_whole
from app.report.search_report import MATCH_FILL, SearchReport, document_line
from app.report.words import colon

CHART_WIDTH = Cm(17)
YEAR_COLUMN = Cm(3.2)


def search_word_bytes(report: SearchReport, chart_png: bytes, language: str) -> bytes:
    """The whole .docx file of a search report, with the chart drawn in ``chart_png``."""
    w = report.words
    c = colon(language)
    document = new_document()
    docx_parts.page_style(document, landscape=False)
    document.add_heading(report.title, level=1)
    facts = document.add_paragraph()
    for number, (label, value) in enumerate(report.facts):
        facts.add_run(("\n" if number else "") + f"{label}{c}").bold = True
        facts.add_run(value)
    totals = document.add_paragraph()
    for number, (label, value) in enumerate(report.totals):
        totals.add_run((" · " if number else "") + f"{label}{c}").bold = True
        totals.add_run(value)
    if report.years:  # nothing to draw nor to count per year when nothing was found
        document.add_picture(io.BytesIO(chart_png), width=CHART_WIDTH)
        document.add_heading(w["by_year"], level=2)
        _year_table(document, report)
    document.add_heading(w["hits"], level=2)
    if not report.documents:
        document.add_paragraph(w["nothing"])
    for found in report.documents:
        heading = document.add_paragraph()
        heading.paragraph_format.space_before = Pt(8)
        heading.paragraph_format.keep_with_next = True  # never alone at a page's foot
        heading.add_run(found.title).bold = True
        line = heading.add_run("\n" + document_line(found, w, c))
        line.font.color.rgb = docx_parts.rgb("#555555")
        for number, hit in found.hits:
            paragraph = document.add_paragraph()
            paragraph.paragraph_format.left_indent = Cm(0.5)
            paragraph.add_run(f"[{number}] …{hit.left}")
            match = paragraph.add_run(hit.match)
            match.bold = True
            match._r.get_or_add_rPr().append(docx_parts.shading(MATCH_FILL))
            paragraph.add_run(f"{hit.right}…")
    if report.omitted_note:
        document.add_paragraph().add_run(report.omitted_note).italic = True
    properties = document.core_properties
    properties.title = report.title
    properties.author = f"Vis-à-vis {report.version}"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _year_table(document: Document, report: SearchReport) -> None:
    """The figures per year: a narrow table, the figures aligned right, its head repeated."""
    w = report.words
    table = document.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    table.autofit = False
    docx_parts.row_property(table.rows[0]._tr, "w:tblHeader")
    rows = [(w["year"], w["documents"], w["occurrences"])]
    rows += [(year, str(documents), str(hits)) for year, documents, hits in report.years]
    for number, texts in enumerate(rows):
        cells = table.rows[0].cells if number == 0 else table.add_row().cells
        for column, (cell, text) in enumerate(zip(cells, texts, strict=True)):
            paragraph = cell.paragraphs[0]
            paragraph.add_run(text).bold = number == 0
            if column:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for column in table.columns:
        column.width = YEAR_COLUMN  # the grid, which LibreOffice reads
        for cell in column.cells:
            cell.width = YEAR_COLUMN  # each cell's, which Word reads


def export_search_word(report: SearchReport, chart_png: bytes, path: Path, language: str) -> None:
    """Write the Word document at ``path``, whole or not at all.

    Raises:
        ExportError: the path cannot be written.
    """
    check_target(path)
    write_whole(path, search_word_bytes(report, chart_png, language))
