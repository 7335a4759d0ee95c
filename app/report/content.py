"""What a comparison's PDF says, independent of how it is drawn: header facts, legend, rows, texts.

Pure Python (no Qt): ``app.report.pdf`` draws it. Its own words come through a translate function
(``translate("report", ...)``, which the .ts files translate), never chosen here. Every decision
of the analyst is named (``corpus.compare.ledger``): verdicts in the score cell, clauses without
counterpart flagged where they stand, unlinked pairs listed on the cover. Cells are HTML
fragments marked as on screen (``app.report.marks``).
"""

from __future__ import annotations

import html
from collections import Counter
from dataclasses import dataclass
from datetime import date

from app import __version__
from app.comparison import presenter
from app.report.marks import anchor_span, diff_span, marked_html, underlined
from app.report.words import Translate, colon, report_words, untranslated, verdict_word
from corpus.compare.analysis import AnalyzedDocument
from corpus.compare.comparison import Comparison
from corpus.compare.ledger import Entry, Verdict, ledger
from corpus.formulas.catalogue import Catalogue
from corpus.model import Clause, DiffOp, Span
from corpus.text.countries import display_parties
from widgets import palette

LAYOUTS = ("synoptic", "parallel")


@dataclass(frozen=True, slots=True)
class Row:
    """One row of the synoptic layout: HTML cells, and the section it opens, if any."""

    left: str
    right: str
    score: float | None
    section: str = ""
    #: The analyst decided a pair of this row (the score cell says so).
    decided: bool = False
    #: The decisions about the row's pairs, in words ("confirmed", "linked by the analyst").
    verdicts: str = ""


@dataclass(frozen=True, slots=True)
class Report:
    """Everything the PDF shows."""

    title: str
    cover: str  # HTML of the first page
    rows: tuple[Row, ...]
    left_text: str  # HTML of the whole left text (parallel layout)
    right_text: str
    left_sections: tuple[tuple[str, int], ...]  # (heading, raw offset) for bookmarks
    right_sections: tuple[tuple[str, int], ...]
    generated: str
    #: The program's version, printed on the cover and at each page's foot.
    version: str = ""


def build_report(
    comparison: Comparison,
    catalogue: Catalogue,
    layout: str,
    language: str,
    today: date,
    translate: Translate = untranslated,
) -> Report:
    """Assemble the report of a comparison.

    Args:
        comparison: what to report.
        catalogue: the formula catalogue (labels and colours).
        layout: "synoptic" or "parallel".
        language: "fr" or "en": the catalogue's labels and the parties' names.
        today: the export's date.
        translate: the report's own words into the interface's language, as
            ``QCoreApplication.translate`` (the window) or ``i18n.translator_for`` (headless).
    """
    generated = today.isoformat()
    entries = ledger(comparison)
    return Report(
        title=f"{report_words(translate)['title']} — {comparison.left.document.meta.title} / "
        f"{comparison.right.document.meta.title}",
        cover=_cover(comparison, catalogue, layout, language, generated, translate, entries),
        rows=tuple(_rows(comparison, catalogue, language, translate, entries)),
        left_text=_full_text(comparison, catalogue, "left", translate, entries),
        right_text=_full_text(comparison, catalogue, "right", translate, entries),
        left_sections=_sections(comparison.left),
        right_sections=_sections(comparison.right),
        generated=generated,
        version=__version__,
    )


def _cover(
    comparison: Comparison,
    catalogue: Catalogue,
    layout: str,
    language: str,
    generated: str,
    translate: Translate,
    entries: tuple[Entry, ...],
) -> str:
    w = report_words(translate)
    c = colon(language)
    alignment = comparison.alignment
    parts = [
        f"<h2>{_e(w['title'])}</h2>",
        "<table width='100%' cellspacing='0' cellpadding='4'>",
        "<tr>",
    ]
    sides = ((w["left"], comparison.left), (w["right"], comparison.right))
    for side, document in sides:
        meta = document.document.meta
        parts.append(
            f"<td width='50%' valign='top'><p><b>{_e(side)}</b></p><p><b>{_e(meta.title)}</b></p>"
            f"<p>{_e(w['date'])}{c}{_e(meta.date or '—')}<br/>{_e(w['parties'])}{c}"
            f"{_e(', '.join(display_parties(meta.parties, language)) or '—')}<br/>"
            f"{_e(w['source'])}{c}"
            f"{_e(meta.source or document.document.path)}</p></td>"
        )
    parts.append("</tr></table>")

    def labels(ids: tuple[str, ...]) -> str:
        names = [presenter.family_label(catalogue, f, language) for f in ids]
        return _e(", ".join(names)) if names else _e(w["none"])

    count = Counter(entry.verdict for entry in entries)
    parts.append(
        f"<p><b>{_e(w['similarity'])}{c}{comparison.similarity:.0%}</b> · "
        f"{len(alignment.links)} {_e(w['pairs'])}, {alignment.reviewed} "
        f"{_e(w['reviewed'])} · "
        f"{len(alignment.unpaired_left)} + {len(alignment.unpaired_right)} "
        f"{_e(w['unpaired'])}</p>"
        f"<p><b>{_e(w['decisions'])}</b>{c}"
        f"{_e(w['confirmed_pairs'])}{c}{count[Verdict.CONFIRMED]} · "
        f"{_e(w['linked_pairs'])}{c}{count[Verdict.LINKED]} · "
        f"{_e(w['unlinked_pairs'])}{c}{count[Verdict.UNLINKED]} · "
        f"{_e(w['settled'])}{c}{count[Verdict.NO_COUNTERPART]}</p>"
        f"<p>{_e(w['only_left'])}{c}{labels(comparison.only_left)}<br/>"
        f"{_e(w['only_right'])}{c}{labels(comparison.only_right)}</p>"
    )
    parts.append(_unlinked(comparison, translate, entries, c))
    parts.append(_legend(comparison, catalogue, language, translate))
    settings = comparison.settings
    shown = _e(w["synoptic"]) if layout == "synoptic" else _e(w["parallel"])
    parts.append(
        f"<p><b>{_e(w['settings'])}</b>{c}{_e(w['threshold'])} {settings.threshold:.2f} · "
        f"{_e(w['min_words'])} {settings.min_words} {_e(w['words'])} · "
        f"{_e(w['catalogue'])} "
        f"{_e(comparison.catalogue_version)} · {_e(w['layout'])} {shown}<br/>"
        f"Vis-à-vis {_e(__version__)} · {_e(w['exported'])} {generated}</p>"
    )
    return "".join(parts)


def unlinked_lines(comparison: Comparison, entries: tuple[Entry, ...]) -> list[str]:
    """One line per pair the analyst unlinked (labels, first words, score, date): the PDF and
    the Word document list them alike, since they stand in no row."""
    lines = []
    for entry in entries:
        if entry.verdict is not Verdict.UNLINKED:
            continue
        assert entry.left is not None
        assert entry.right is not None
        left = comparison.left.clause(entry.left)
        right = comparison.right.clause(entry.right)
        lines.append(
            f"{left.label} «\u00a0{first_words(comparison.left, left)}\u00a0» ↔ "
            f"{right.label} «\u00a0{first_words(comparison.right, right)}\u00a0» "
            f"({entry.score:.2f}) — {entry.decided_at[:10]}"
        )
    return lines


def _unlinked(
    comparison: Comparison, translate: Translate, entries: tuple[Entry, ...], c: str
) -> str:
    """The pairs the analyst unlinked: they are in no row, so they are listed here."""
    lines = unlinked_lines(comparison, entries)
    if not lines:
        return ""
    items = [f"<li>{_e(line)}</li>" for line in lines]
    heading = _e(report_words(translate)["unlinked_heading"])
    return f"<p><b>{heading}</b>{c}</p><ul>{''.join(items)}</ul>"


def first_words(document: AnalyzedDocument, clause: Clause, count: int = 10) -> str:
    """The first words of a clause's text, for a list that names it."""
    words = document.document.raw[clause.start : clause.end].split()
    return " ".join(words[:count]) + (" …" if len(words) > count else "")


def _legend(
    comparison: Comparison, catalogue: Catalogue, language: str, translate: Translate
) -> str:
    w = report_words(translate)
    present = {hit.family for hit in (*comparison.left.formulas, *comparison.right.formulas)}
    cells = [
        f"<td style='background-color:{f.colour}'>&nbsp;"
        f"{_e(presenter.family_label(catalogue, f.family_id, language))}&nbsp;</td>"
        for f in catalogue.families
        if f.family_id in present
    ]
    rows = ["".join(cells[i : i + 4]) for i in range(0, len(cells), 4)]
    table = "".join(f"<tr>{row}</tr>" for row in rows)
    pair = (
        f"{anchor_span(_e(w['anchored']))}<br/>{_e(w['across'])}"
        if comparison.across_languages
        else f"{diff_span(_e(w['deleted']), DiffOp.DELETE)} · "
        f"{diff_span(_e(w['inserted']), DiffOp.INSERT)}"
    )
    return (
        f"<p><b>{_e(w['legend'])}</b></p><table cellspacing='3' cellpadding='2'>{table}</table>"
        f"<p>{underlined(_e(w['phrase']), True)} · "
        f"{underlined(_e(w['near']), False)}</p>"
        f"<p>{pair}<br/>"
        f"{_e(w['decided'])}"
        f"<br/>{NO_COUNTERPART_STYLE_OPEN}{_e(w['no_counterpart'])}</span>{colon(language)}"
        f"{_e(w['no_counterpart_meaning'])}</p>"
    )


#: How a clause marked "no counterpart" is flagged where it stands.
NO_COUNTERPART_STYLE_OPEN = f"<span style='color:{palette.PDF_HEADER_INK}; font-style:italic'>"


@dataclass(frozen=True, slots=True)
class RowDecisions:
    """What the analyst decided about a synoptic row.

    Attributes:
        verdicts: the decisions about the row's pairs (confirmed, linked), once each.
        left_settled: the row's left clause marked without counterpart, if it is.
        right_settled: the same for a right clause of the row.
    """

    verdicts: tuple[Verdict, ...] = ()
    left_settled: Entry | None = None
    right_settled: Entry | None = None


def row_decisions(
    entries: tuple[Entry, ...], left_ids: tuple[str, ...], right_ids: tuple[str, ...]
) -> RowDecisions:
    """The decisions about a row's pairs and clauses, from the comparison's ledger."""
    verdicts = []
    settled: dict[str, Entry] = {}
    for entry in entries:
        if entry.verdict in (Verdict.CONFIRMED, Verdict.LINKED):
            if entry.left in left_ids and entry.right in right_ids:
                verdicts.append(entry.verdict)
        elif entry.verdict is Verdict.NO_COUNTERPART:
            if entry.left is not None and entry.left in left_ids:
                settled["left"] = entry
            if entry.right is not None and entry.right in right_ids:
                settled["right"] = entry
    return RowDecisions(tuple(dict.fromkeys(verdicts)), settled.get("left"), settled.get("right"))


def row_diff(
    comparison: Comparison, left_ids: tuple[str, ...], right_ids: tuple[str, ...]
) -> tuple[list[Span], list[Span]]:
    """The word diff of a row's pairs: the left clause's words missing from its best
    counterpart in the row, and each right clause's words missing from the left clause."""
    return _row_diff(comparison, left_ids, right_ids)


def no_counterpart_flag(entry: Entry, translate: Translate) -> str:
    """The line that marks a clause the analyst said has no counterpart."""
    when = f" ({_e(entry.decided_at[:10])})" if entry.decided_at else ""
    word = _e(verdict_word(Verdict.NO_COUNTERPART, translate))
    return f"<p>{NO_COUNTERPART_STYLE_OPEN}— {word}{when}</span></p>"


def _rows(
    comparison: Comparison,
    catalogue: Catalogue,
    language: str,
    translate: Translate,
    entries: tuple[Entry, ...],
) -> list[Row]:
    rows = []
    left_sections = {c.clause_id: _section_of(comparison.left, c) for c in comparison.left.clauses}
    previous = ""
    for entry in presenter.synoptic_rows(comparison, language=language):
        section = left_sections.get(entry.left_ids[0], "") if entry.left_ids else ""
        opens = section if section and section != previous else ""
        previous = section or previous
        struck, inserted = _row_diff(comparison, entry.left_ids, entry.right_ids)
        tied_left, tied_right = _row_anchors(comparison, entry.left_ids, entry.right_ids)
        decided = row_decisions(entries, entry.left_ids, entry.right_ids)
        verdicts = ", ".join(verdict_word(v, translate) for v in decided.verdicts)
        left_flag, right_flag = (
            no_counterpart_flag(settled, translate) if settled is not None else ""
            for settled in (decided.left_settled, decided.right_settled)
        )
        right = (
            _cells(comparison, catalogue, "right", entry.right_ids, inserted, tied_right)
            + right_flag
        )
        if entry.note:  # pairs shown in another row, clauses moved: say where
            note = "<br/>".join(_e(line) for line in entry.note.splitlines())
            right += f"<p style='color:#6b6b6b'>{note}</p>"
        left = _cells(comparison, catalogue, "left", entry.left_ids, struck, tied_left) + left_flag
        rows.append(Row(left, right, entry.score, opens, entry.decided, verdicts))
    return rows


def _row_diff(
    comparison: Comparison, left_ids: tuple[str, ...], right_ids: tuple[str, ...]
) -> tuple[list[Span], list[Span]]:
    """The word diff of a row's pairs: the left clause's words missing from its best
    counterpart in the row, and each right clause's words missing from the left clause."""
    links = [k for k in comparison.alignment.links if k.left in left_ids and k.right in right_ids]
    if not links:
        return [], []
    best = max(links, key=lambda k: k.score)
    struck = [s.left for s in comparison.diff(best) if s.op is DiffOp.DELETE and s.left is not None]
    inserted = [
        s.right
        for link in links
        for s in comparison.diff(link)
        if s.op is DiffOp.INSERT and s.right is not None
    ]
    return struck, inserted


def _row_anchors(
    comparison: Comparison, left_ids: tuple[str, ...], right_ids: tuple[str, ...]
) -> tuple[list[Span], list[Span]]:
    """Across languages, where a row's pairs state the same thing (a formula, a name, a date,
    an article, a number), on each side; nothing for two texts in one language."""
    if not comparison.across_languages:
        return [], []
    left: list[Span] = []
    right: list[Span] = []
    for link in comparison.alignment.links:
        if link.left in left_ids and link.right in right_ids:
            for anchor in comparison.anchors(link):
                left += anchor.left
                right += anchor.right
    return left, right


def _section_of(document: AnalyzedDocument, clause: Clause) -> str:
    section = document.segmentation.section(clause.section)
    return section.heading if section is not None else ""


def _cells(
    comparison: Comparison,
    catalogue: Catalogue,
    side: str,
    ids: tuple[str, ...],
    diff: list[Span] | None = None,
    anchors: list[Span] | None = None,
) -> str:
    document = comparison.left if side == "left" else comparison.right
    cells = []
    for clause_id in ids:
        clause = document.clause(clause_id)
        body = marked_html(
            comparison, catalogue, side, clause.start, clause.end, diff or (), anchors or ()
        )
        # "2." over "2. Se fondent...": a bare number the text starts with is not repeated.
        bare = len(clause.label.split()) == 1 and raw_starts_with_label(document, clause)
        cells.append(f"<p>{body}</p>" if bare else f"<p><b>{_e(clause.label)}</b><br/>{body}</p>")
    return "".join(cells)


def _full_text(
    comparison: Comparison,
    catalogue: Catalogue,
    side: str,
    translate: Translate,
    entries: tuple[Entry, ...],
) -> str:
    document = comparison.left if side == "left" else comparison.right
    settled = {
        (e.left if side == "left" else e.right): e
        for e in entries
        if e.verdict is Verdict.NO_COUNTERPART
    }
    meta = document.document.meta
    paragraphs = [f"<h3>{_e(meta.title)}</h3>"]
    current = None
    for clause in document.segmentation.clauses:
        if clause.section != current and clause.section is not None:
            section = document.segmentation.section(clause.section)
            if section is not None:
                paragraphs.append(f"<h4>{_e(section.heading)}</h4>")
        current = clause.section
        style = " style='color:#6b6b6b'" if clause.front_matter else ""
        body = marked_html(comparison, catalogue, side, clause.start, clause.end)
        # A point's text starts with its number already: no need to print "1. 1.".
        shown = raw_starts_with_label(document, clause)
        label = "" if shown else f"<b>{_e(clause.label)}</b> "
        paragraphs.append(f"<p{style}>{label}{body}</p>")
        if clause.clause_id in settled:  # marked where it stands
            paragraphs.append(no_counterpart_flag(settled[clause.clause_id], translate))
    return "".join(paragraphs)


#: Whether the clause's text begins with its own number ("1." for point 1).
raw_starts_with_label = presenter.starts_with_label


def _sections(document: AnalyzedDocument) -> tuple[tuple[str, int], ...]:
    return tuple((s.heading, s.start) for s in document.segmentation.sections)


def escape(text: str) -> str:
    """Text made safe for the report's HTML."""
    return _e(text)


def _e(text: str) -> str:
    return html.escape(text, quote=True)
