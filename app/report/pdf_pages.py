"""The pages of every PDF the program writes: A4, framed by a title and a foot with "page X / N",
drawn with QPainter on a QPdfWriter, written whole or not at all.

Why QPainter on a QPdfWriter rather than one QTextDocument printed: a printed document cuts table
rows anywhere and adds a page number of its own. Here an export lays out its own pages (drawing
steps, :class:`Page`) and the footer "page X / N" is drawn once the page count is known. Text
stays real text: Qt embeds the named font (DejaVu Sans, full French coverage) as a subset, with
ligatures off so "fi" stays two searchable letters. Bookmarks are added afterwards with pypdf,
since QPdfWriter has no outline API. The comparison's report (``app.report.pdf``) and the search
report (``app.report.search_pdf``) are drawn on these pages.

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
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from app.report.output import ExportError, check_target
from corpus.atomicfile import current_umask
from corpus.errors import Reason
from widgets import palette

FONT_FAMILY = "DejaVu Sans"
BODY_POINTS = 8.5
RESOLUTION = 72  # one unit = one point
MARGIN = 30.0
HEADER = 16.0
FOOTER = 18.0


@dataclass
class Page:
    """What one page holds: drawing steps, in page coordinates."""

    steps: list[Callable[[QPainter], None]] = field(default_factory=list)


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


def _font(size: float = BODY_POINTS, bold: bool = False) -> QFont:
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(size)
    font.setBold(bold)
    # "fi", "fl" stay two letters in the PDF's text, so they can be searched and copied.
    font.setFeature(QFont.Tag("liga"), 0)
    font.setFeature(QFont.Tag("clig"), 0)
    return font


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


def text_document(
    html: str, width: float, device: QPdfWriter, size: float = BODY_POINTS
) -> QTextDocument:
    """``html`` laid out ``width`` points wide for ``device``, in the exports' font."""
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setDefaultFont(_font(size))
    document.setDocumentMargin(2)
    document.setHtml(html)
    document.setTextWidth(width)
    return document
