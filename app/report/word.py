"""A comparison as a Word document: the facts, the decisions, and the synoptic table.

For analysts who paste a comparison into their own report: the same content as the PDF's
synoptic layout (``app.report.content``), drawn with python-docx as native Word formatting
rather than a picture, so every mark survives editing. Formula hits are shaded with their
family's colour (run shading: Word's sixteen highlight colours would lose the catalogue's), shared
phrases underlined (dotted when near-shared), the word diff struck through in red (left only) or
double-underlined in green (right only, unlike a shared phrase's single line), decisions named in
the score column and clauses without counterpart flagged where they stand. The header row
repeats on every page. Landscape A4, as the PDF.
"""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

from docx import Document as new_document
from docx.document import Document
from docx.enum.text import WD_UNDERLINE
from docx.shared import Cm
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from app import __version__
from app.comparison import presenter
from app.report import content, marks, words
from app.report.docx_parts import (
    page_style,
    rgb,
    row_property,
    shading,
)
from app.report.marks import Segment
from app.report.words import Translate
from corpus.compare.comparison import Comparison
from corpus.compare.ledger import Entry, Verdict, ledger
from corpus.formulas.catalogue import Catalogue
from corpus.model import DiffOp, Span
from corpus.text.countries import display_parties
from widgets import palette

SCORE_WIDTH = Cm(2.4)
#: Each text column: half of what the page leaves beside the score.
TEXT_WIDTH = Cm((29.7 - 2 * 1.5 - 2.4) / 2)
#: Spaces a line break or an indentation left inside a run: one space in Word, as on screen.
_SPACES = re.compile(r"[ \t]{2,}")


def word_bytes(
    comparison: Comparison,
    catalogue: Catalogue,
    language: str,
    today: date,
    translate: Translate = words.untranslated,
) -> bytes:
    """The whole .docx file of a comparison."""
    document = new_document()
    page_style(document)
    title = words.report_words(translate)["title"]
    entries = ledger(comparison)
    _cover(document, comparison, catalogue, language, today, translate, entries)
    _synoptic(document, comparison, catalogue, language, translate, entries)
    properties = document.core_properties
    properties.title = (
        f"{title} — {comparison.left.document.meta.title} / {comparison.right.document.meta.title}"
    )
    properties.author = f"Vis-à-vis {__version__}"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def export_word(
    comparison: Comparison,
    catalogue: Catalogue,
    path: Path,
    language: str = "fr",
    today: date | None = None,
    translate: Translate = words.untranslated,
) -> None:
    """Write the Word document at ``path``, whole or not at all.

    Raises:
        ExportError: the path cannot be written.
    """
    from app.report.output import check_target, write_whole

    check_target(path)  # before the work, not after it
    data = word_bytes(comparison, catalogue, language, today or date.today(), translate)
    write_whole(path, data)


def _cover(
    document: Document,
    comparison: Comparison,
    catalogue: Catalogue,
    language: str,
    today: date,
    translate: Translate,
    entries: tuple[Entry, ...],
) -> None:
    w = words.report_words(translate)
    c = words.colon(language)
    document.add_heading(w["title"], level=1)
    for side, analysed in ((w["left"], comparison.left), (w["right"], comparison.right)):
        meta = analysed.document.meta
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{side}{c}").bold = True
        paragraph.add_run(meta.title).bold = True
        parties = ", ".join(display_parties(meta.parties, language)) or "—"
        paragraph.add_run(
            f"\n{w['date']}{c}{meta.date or '—'} · {w['parties']}{c}{parties} · "
            f"{w['source']}{c}{meta.source or analysed.document.path}"
        )
    alignment = comparison.alignment
    count = {v: sum(1 for e in entries if e.verdict is v) for v in Verdict}
    summary = document.add_paragraph()
    summary.add_run(f"{w['similarity']}{c}{comparison.similarity:.0%}").bold = True
    summary.add_run(
        f" · {len(alignment.links)} {w['pairs']}, {alignment.reviewed} {w['reviewed']} · "
        f"{len(alignment.unpaired_left)} + {len(alignment.unpaired_right)} {w['unpaired']}"
    )
    decisions = document.add_paragraph()
    decisions.add_run(f"{w['decisions']}{c}").bold = True
    decisions.add_run(
        f"{w['confirmed_pairs']}{c}{count[Verdict.CONFIRMED]} · "
        f"{w['linked_pairs']}{c}{count[Verdict.LINKED]} · "
        f"{w['unlinked_pairs']}{c}{count[Verdict.UNLINKED]} · "
        f"{w['settled']}{c}{count[Verdict.NO_COUNTERPART]}"
    )
    _unlinked(document, comparison, translate, entries)
    _legend(document, comparison, catalogue, language, translate)
    settings = comparison.settings
    document.add_paragraph(
        f"{w['settings']}{c}{w['threshold']} {settings.threshold:.2f} · {w['min_words']} "
        f"{settings.min_words} {w['words']} · {w['catalogue']} {comparison.catalogue_version} · "
        f"Vis-à-vis {__version__} · {w['exported']} {today.isoformat()}"
    )


def _unlinked(
    document: Document, comparison: Comparison, translate: Translate, entries: tuple[Entry, ...]
) -> None:
    lines = content.unlinked_lines(comparison, entries)
    if not lines:
        return
    heading = document.add_paragraph()
    heading.add_run(words.report_words(translate)["unlinked_heading"]).bold = True
    for line in lines:
        document.add_paragraph(line, style="List Bullet")


def _legend(
    document: Document,
    comparison: Comparison,
    catalogue: Catalogue,
    language: str,
    translate: Translate,
) -> None:
    w = words.report_words(translate)
    legend = document.add_paragraph()
    legend.add_run(f"{w['legend']}{words.colon(language)}").bold = True
    present = {hit.family for hit in (*comparison.left.formulas, *comparison.right.formulas)}
    for family in catalogue.families:
        if family.family_id in present:
            label = presenter.family_label(catalogue, family.family_id, language)
            _add_segment(legend, Segment(f" {label} ", fill=palette.LIGHT.fill(family.colour)))
            legend.add_run(" ")
    marks = document.add_paragraph()
    _add_segment(marks, Segment(w["phrase"], phrase="exact"))
    marks.add_run(" · ")
    _add_segment(marks, Segment(w["near"], phrase="near"))
    marks.add_run(" · ")
    _add_segment(marks, Segment(w["deleted"], diff=DiffOp.DELETE))
    marks.add_run(" · ")
    _add_segment(marks, Segment(w["inserted"], diff=DiffOp.INSERT))
    marks.add_run(f"\n{w['decided']}")


def _synoptic(
    document: Document,
    comparison: Comparison,
    catalogue: Catalogue,
    language: str,
    translate: Translate,
    entries: tuple[Entry, ...],
) -> None:
    w = words.report_words(translate)
    rows = presenter.synoptic_rows(comparison, language=language)
    table = document.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    table.autofit = False
    header = table.rows[0]
    row_property(header._tr, "w:tblHeader")  # repeated at the top of each page
    for cell, text in zip(header.cells, (w["left"], w["score"], w["right"]), strict=True):
        cell.paragraphs[0].add_run(text).bold = True
    for entry in rows:
        struck, inserted = content.row_diff(comparison, entry.left_ids, entry.right_ids)
        decided = content.row_decisions(entries, entry.left_ids, entry.right_ids)
        row = table.add_row()
        row_property(row._tr, "w:cantSplit")  # a row is kept whole on a page, as in the PDF
        left, score, right = row.cells
        _clauses(left, comparison, catalogue, "left", entry.left_ids, struck)
        _settled(left, decided.left_settled, translate)
        _clauses(right, comparison, catalogue, "right", entry.right_ids, inserted)
        _settled(right, decided.right_settled, translate)
        if entry.note:
            note = right.add_paragraph().add_run(entry.note)
            note.font.color.rgb = rgb(palette.DIM_INK)
        if entry.score is not None:
            mark = " ✓" if entry.decided else ""
            score.paragraphs[0].add_run(f"{entry.score:.2f}{mark}")
            for verdict in decided.verdicts:
                score.add_paragraph().add_run(words.verdict_word(verdict, translate)).italic = True
        if not entry.left_ids or not entry.right_ids:  # an unpaired clause: shaded, as on screen
            for cell in (left, score, right):
                _shade(cell, palette.PDF_UNPAIRED_ROW)
    widths = (TEXT_WIDTH, SCORE_WIDTH, TEXT_WIDTH)
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width  # the grid, which LibreOffice reads
        for cell in column.cells:
            cell.width = width  # each cell's, which Word reads


def _clauses(
    cell: _Cell,
    comparison: Comparison,
    catalogue: Catalogue,
    side: str,
    ids: tuple[str, ...],
    diff: list[Span],
) -> None:
    analysed = comparison.left if side == "left" else comparison.right
    first = True
    for clause_id in ids:
        clause = analysed.clause(clause_id)
        paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if not (len(clause.label.split()) == 1 and content.raw_starts_with_label(analysed, clause)):
            paragraph.add_run(clause.label).bold = True
            paragraph.add_run("\n")
        segments = marks.marked_segments(
            comparison, catalogue, side, clause.start, clause.end, diff
        )
        for segment in segments:
            _add_segment(paragraph, segment)


def _settled(cell: _Cell, entry: Entry | None, translate: Translate) -> None:
    if entry is None:
        return
    when = f" ({entry.decided_at[:10]})" if entry.decided_at else ""
    word = words.verdict_word(Verdict.NO_COUNTERPART, translate)
    run = cell.add_paragraph().add_run(f"— {word}{when}")
    run.italic = True
    run.font.color.rgb = rgb(palette.PDF_HEADER_INK)


def _add_segment(paragraph: Paragraph, segment: Segment) -> None:
    run = paragraph.add_run(_SPACES.sub(" ", segment.text))
    fill = segment.fill
    if segment.diff is DiffOp.DELETE:
        run.font.strike = True
        run.font.color.rgb = rgb(palette.DIFF_DELETE_INK)
        fill = fill or palette.DIFF_DELETE_FILL
    elif segment.diff is DiffOp.INSERT:
        run.font.underline = WD_UNDERLINE.DOUBLE
        run.font.color.rgb = rgb(palette.DIFF_INSERT_INK)
        fill = fill or palette.DIFF_INSERT_FILL
    elif segment.phrase:
        run.font.underline = (
            WD_UNDERLINE.SINGLE if segment.phrase == "exact" else WD_UNDERLINE.DOTTED
        )
    if fill:
        properties = run._r.get_or_add_rPr()
        properties.append(shading(fill))


def _shade(cell: _Cell, colour: str) -> None:
    cell._tc.get_or_add_tcPr().append(shading(colour))
