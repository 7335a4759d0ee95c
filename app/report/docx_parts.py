"""The pieces every Word document of the program is made of: its A4 page and font, shading,
colours and table-row properties (python-docx), shared by the comparison's document
(``app.report.word``) and the search report's (``app.report.search_word``).
"""

from __future__ import annotations

from docx.document import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.table import CT_Row
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Cm, Pt, RGBColor
from lxml import etree

BODY_POINTS = 9
PAGE_WIDTH, PAGE_HEIGHT, MARGIN = Cm(29.7), Cm(21.0), Cm(1.5)


def page_style(document: Document, landscape: bool = True) -> None:
    """A4 (landscape, as the PDF, unless told), the margins and the body's font."""
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    if landscape:
        section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
    else:
        section.page_width, section.page_height = PAGE_HEIGHT, PAGE_WIDTH
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, MARGIN)
    style = document.styles["Normal"]
    style.font.name = "DejaVu Sans"  # Word falls back to its own sans where it is missing
    style.font.size = Pt(BODY_POINTS)


def shading(colour: str) -> BaseOxmlElement | etree._Element:
    """A ``w:shd`` filling a run or a cell with ``colour``."""
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), colour.lstrip("#").upper())
    return shading


def row_property(row: CT_Row, name: str) -> None:
    """Switch on a row's property (``w:tblHeader``, ``w:cantSplit``)."""
    flag = OxmlElement(name)
    flag.set(qn("w:val"), "true")
    row.get_or_add_trPr().append(flag)


def rgb(colour: str) -> RGBColor:
    """``#rrggbb`` as python-docx's colour."""
    return RGBColor.from_string(colour.lstrip("#").upper())
