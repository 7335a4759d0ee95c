"""Export a comparison in the format its file name asks for: .pdf, .csv, .docx, or .vavcmp (the
comparison saved whole, with its texts and decisions, for another computer).

One entry for the window and the command line: the extension chooses the writer, and any other
extension is refused before anything is computed or written (``-o pairs.csv`` once got a PDF
under that name). Each writer writes its file whole or not at all (``app.report.output``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.report.output import check_format, check_target
from app.report.words import Translate, untranslated
from corpus.compare.comparison import Comparison
from corpus.formulas.catalogue import Catalogue

#: The formats the program writes, by extension, with the name a file dialog shows.
FORMATS = {".pdf": "PDF", ".csv": "CSV", ".docx": "Word", ".vavcmp": "Vis-à-vis"}


@dataclass(frozen=True, slots=True)
class ExportRequest:
    """What to export and how; the comparison itself is handed beside it.

    Attributes:
        path: the file to write; its extension chooses the format.
        layout: the PDF's layout, "synoptic" or "parallel" (the others are synoptic).
        language: "fr" or "en", for the catalogue's labels and the parties' names.
        translate: the exports' own words into the interface's language.
        today: the export's date printed (today by default).
        decision_rows: the library's decisions (``DecisionBook.rows``), of which a saved
            comparison keeps those about its two texts.
    """

    path: Path
    layout: str = "synoptic"
    language: str = "fr"
    translate: Translate = untranslated
    today: date | None = None
    decision_rows: tuple[dict[str, object], ...] = ()


def format_of(path: Path) -> str:
    """The extension of a file the program can write (".pdf", ".csv" or ".docx").

    Raises:
        ExportError: any other extension.
    """
    return check_format(path, FORMATS)


def check_request(path: Path) -> None:
    """Refuse, before any work, a path whose format or place cannot be written.

    Raises:
        ExportError: an unknown extension, a missing folder, or not a regular file.
    """
    format_of(path)
    check_target(path)


def export(comparison: Comparison, catalogue: Catalogue, request: ExportRequest) -> Path:
    """Write the comparison at ``request.path``; returns the path written.

    Raises:
        ExportError: the extension is unknown or the path cannot be written (nothing is left).
    """
    suffix = format_of(request.path)
    today = request.today or date.today()
    if suffix == ".vavcmp":
        _save(comparison, request)
    elif suffix == ".csv":
        from app.report.table import export_csv

        export_csv(comparison, request.path)
    elif suffix == ".docx":
        from app.report.word import export_word

        export_word(comparison, catalogue, request.path, request.language, today, request.translate)
    else:
        from app.report.pdf import export_pdf

        export_pdf(
            comparison,
            catalogue,
            request.path,
            request.layout,
            request.language,
            today,
            request.translate,
        )
    return request.path


def _save(comparison: Comparison, request: ExportRequest) -> None:
    from app import __version__
    from corpus.library import saved

    check_target(request.path)
    left = saved.side_of(comparison.left.document)
    right = saved.side_of(comparison.right.document)
    whole = saved.SavedComparison(
        left,
        right,
        comparison.settings.threshold,
        comparison.settings.min_words,
        saved.decisions_about(list(request.decision_rows), left.sha256, right.sha256),
        __version__,
    )
    saved.write_saved(request.path, whole)
