"""What a comparison's PDF says, independent of how it is drawn: header facts, legend, rows, texts.

Pure Python (no Qt): ``app.report.pdf`` draws it. Its own words come through a translate function
(``translate("report", ...)``, which the .ts files translate), never chosen here. Every decision
of the analyst is named (``corpus.compare.ledger``): verdicts in the score cell, clauses without
counterpart flagged where they stand, unlinked pairs listed on the cover. Cells are HTML
fragments in which formula hits are filled with their family's colour and shared phrases
underlined, the same marks as on screen (``widgets.palette`` and the catalogue's colours). Qt's
HTML has no dotted underline, so a near-shared phrase's span carries ``title=NEAR_MARK`` for
``app.report.pdf`` to dot its line.
"""

from __future__ import annotations

import html
import itertools
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from app import __version__
from app.comparison import presenter
from corpus.compare.analysis import AnalyzedDocument
from corpus.compare.comparison import Comparison
from corpus.compare.ledger import Entry, Verdict, ledger
from corpus.formulas.finder import Catalogue
from corpus.model import Clause, DiffOp, Span
from corpus.text.countries import display_parties
from widgets import palette

LAYOUTS = ("synoptic", "parallel")
#: A translation function shaped as ``QCoreApplication.translate(context, source)`` (the same
#: as ``app.shell.i18n.Translate``, named here so that this module needs no Qt).
Translate = Callable[[str, str], str]
#: The ``title`` of a near-shared phrase's span (differing function words): underlined dotted.
NEAR_MARK = "near-phrase"


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


def report_words(translate: Translate) -> dict[str, str]:
    """The report's own words in the interface's language, by name. Each is a literal
    ``translate("report", ...)`` call, so that lupdate finds it for the .ts files."""
    return {
        "title": translate("report", "Comparaison"),
        "left": translate("report", "Gauche"),
        "right": translate("report", "Droite"),
        "date": translate("report", "Date"),
        "parties": translate("report", "Parties"),
        "source": translate("report", "Source"),
        "none": translate("report", "aucune"),
        "similarity": translate("report", "Similarité globale"),
        "pairs": translate("report", "paires"),
        "reviewed": translate("report", "revues par l’analyste"),
        "unpaired": translate("report", "clauses sans correspondant"),
        "decisions": translate("report", "Décisions de l’analyste"),
        "confirmed_pairs": translate("report", "paires confirmées"),
        "linked_pairs": translate("report", "paires liées"),
        "unlinked_pairs": translate("report", "paires déliées"),
        "settled": translate("report", "clauses marquées sans correspondant"),
        "only_left": translate("report", "Formules présentes à gauche seulement"),
        "only_right": translate("report", "Formules présentes à droite seulement"),
        "synoptic": translate("report", "synoptique"),
        "parallel": translate("report", "parallèle"),
        "settings": translate("report", "Réglages"),
        "threshold": translate("report", "seuil d’appariement"),
        "min_words": translate("report", "longueur minimale des phrases partagées"),
        "words": translate("report", "mots"),
        "catalogue": translate("report", "version du catalogue de formules"),
        "layout": translate("report", "Présentation"),
        "exported": translate("report", "exporté le"),
        "legend": translate("report", "Légende"),
        "phrase": translate("report", "phrase partagée mot pour mot (souligné)"),
        "near": translate("report", "phrase partagée à quelques mots-outils près (pointillé)"),
        "deleted": translate("report", "mots seulement à gauche (barrés)"),
        "inserted": translate("report", "mots seulement à droite (en vert)"),
        "decided": translate(
            "report", "✓ paire décidée par l’analyste (les autres sont proposées par le programme)"
        ),
        "no_counterpart": translate("report", "sans correspondant"),
        "no_counterpart_meaning": translate(
            "report", "clause marquée par l’analyste comme n’ayant pas de correspondant"
        ),
        "unlinked_heading": translate("report", "Paires déliées par l’analyste"),
        "score": translate("report", "Score"),
        "confirmed": translate("report", "confirmée"),
        "linked": translate("report", "liée"),
        "unlinked": translate("report", "déliée"),
        "proposed": translate("report", "proposée"),
    }


def untranslated(context: str, source: str) -> str:
    """The report's words as written (French, the source language)."""
    return source


def colon(language: str) -> str:
    """French typography puts a no-break space before the colon."""
    return "\u00a0: " if language == "fr" else ": "


def verdict_word(verdict: Verdict, translate: Translate) -> str:
    """A decision in words, as the report names it."""
    names = {
        Verdict.CONFIRMED: "confirmed",
        Verdict.LINKED: "linked",
        Verdict.UNLINKED: "unlinked",
        Verdict.NO_COUNTERPART: "no_counterpart",
    }
    return report_words(translate)[names.get(verdict, "proposed")]


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


def _unlinked(
    comparison: Comparison, translate: Translate, entries: tuple[Entry, ...], c: str
) -> str:
    """The pairs the analyst unlinked: they are in no row, so they are listed here."""
    unlinked = [e for e in entries if e.verdict is Verdict.UNLINKED]
    if not unlinked:
        return ""
    items = []
    for entry in unlinked:
        assert entry.left is not None
        assert entry.right is not None
        left = comparison.left.clause(entry.left)
        right = comparison.right.clause(entry.right)
        items.append(
            f"<li>{_e(left.label)} «\u00a0{_e(first_words(comparison.left, left))}\u00a0» ↔ "
            f"{_e(right.label)} «\u00a0{_e(first_words(comparison.right, right))}\u00a0» "
            f"({entry.score:.2f}) — {_e(entry.decided_at[:10])}</li>"
        )
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
    return (
        f"<p><b>{_e(w['legend'])}</b></p><table cellspacing='3' cellpadding='2'>{table}</table>"
        f"<p>{_underlined(_e(w['phrase']), True)} · "
        f"{_underlined(_e(w['near']), False)}</p>"
        f"<p>{_diff_span(_e(w['deleted']), DiffOp.DELETE)} · "
        f"{_diff_span(_e(w['inserted']), DiffOp.INSERT)}<br/>"
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
        decided = row_decisions(entries, entry.left_ids, entry.right_ids)
        verdicts = ", ".join(verdict_word(v, translate) for v in decided.verdicts)
        left_flag, right_flag = (
            no_counterpart_flag(settled, translate) if settled is not None else ""
            for settled in (decided.left_settled, decided.right_settled)
        )
        right = _cells(comparison, catalogue, "right", entry.right_ids, inserted) + right_flag
        if entry.note:  # pairs shown in another row, clauses moved: say where
            note = "<br/>".join(_e(line) for line in entry.note.splitlines())
            right += f"<p style='color:#6b6b6b'>{note}</p>"
        left = _cells(comparison, catalogue, "left", entry.left_ids, struck) + left_flag
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


def _section_of(document: AnalyzedDocument, clause: Clause) -> str:
    section = document.segmentation.section(clause.section)
    return section.heading if section is not None else ""


def _cells(
    comparison: Comparison,
    catalogue: Catalogue,
    side: str,
    ids: tuple[str, ...],
    diff: list[Span] | None = None,
) -> str:
    document = comparison.left if side == "left" else comparison.right
    cells = []
    for clause_id in ids:
        clause = document.clause(clause_id)
        body = marked_html(comparison, catalogue, side, clause.start, clause.end, diff or ())
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


@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of a clause's text and its marks, for an export to draw in its own terms.

    Attributes:
        text: the raw text, line breaks made spaces.
        fill: the formula family's colour filling it, if any.
        phrase: ``"exact"`` or ``"near"`` when it is in a shared phrase, else ``""``.
        diff: ``DELETE`` (only on the left: struck) or ``INSERT`` (only on the right:
            underlined) when it is in the word diff, else ``None``.
    """

    text: str
    fill: str | None = None
    phrase: str = ""
    diff: DiffOp | None = None


def marked_segments(
    comparison: Comparison,
    catalogue: Catalogue,
    side: str,
    start: int,
    end: int,
    diff: Sequence[Span] = (),
) -> list[Segment]:
    """A raw span cut where its marks change: formula hits, shared phrases, and the spans of
    ``diff`` as the word diff of this side."""
    document = comparison.left if side == "left" else comparison.right
    raw = document.document.raw
    fills = [
        (h.start, h.end, _colour(catalogue, h.family))
        for h in document.formulas
        if h.start < end and h.end > start
    ]
    lines = [(p.left if side == "left" else p.right, p.exact) for p in comparison.phrases]
    lines = [(span, exact) for span, exact in lines if span.start < end and span.end > start]
    cuts = sorted(
        {
            start,
            end,
            *(max(start, min(end, x)) for f in fills for x in f[:2]),
            *(max(start, min(end, x)) for s, _ in lines for x in (s.start, s.end)),
            *(max(start, min(end, x)) for d in diff for x in (d.start, d.end)),
        }
    )
    op = DiffOp.DELETE if side == "left" else DiffOp.INSERT
    out = []
    for a, b in itertools.pairwise(cuts):
        text = " ".join(raw[a:b].split("\n"))
        fill = next((c for s, e, c in fills if s <= a and b <= e), None)
        under = next((x for s, x in lines if s.start <= a and b <= s.end), None)
        phrase = "" if under is None else ("exact" if under else "near")
        changed = any(d.start <= a and b <= d.end for d in diff) and text.strip()
        out.append(Segment(text, fill, phrase, op if changed else None))
    return out


def marked_html(
    comparison: Comparison,
    catalogue: Catalogue,
    side: str,
    start: int,
    end: int,
    diff: Sequence[Span] = (),
) -> str:
    """A raw span as HTML: formula hits filled with their colour, shared phrases underlined,
    and the spans of ``diff`` marked as the word diff (struck through in red on the left, green
    on the right), as on screen."""
    out = []
    for segment in marked_segments(comparison, catalogue, side, start, end, diff):
        text = _e(segment.text)
        background = f"background-color:{segment.fill};" if segment.fill else ""
        if segment.diff is not None:
            out.append(_diff_span(text, segment.diff, background))
        elif segment.phrase:
            out.append(_underlined(text, segment.phrase == "exact", background))
        else:
            out.append(f"<span style='{background}'>{text}</span>" if segment.fill else text)
    return "".join(out)


def _underlined(text: str, exact: bool, style: str = "") -> str:
    """A shared phrase's span: underlined in the screen's colour; dotted when near-shared."""
    colour = palette.SHARED_PHRASE if exact else palette.NEAR_PHRASE
    near = "" if exact else f" title='{NEAR_MARK}'"
    return (
        f"<span style='{style}text-decoration: underline; text-decoration-color:{colour}'"
        f"{near}>{text}</span>"
    )


def _diff_span(text: str, op: DiffOp, style: str = "") -> str:
    """Words of the diff: struck through in red (left only) or in green, underlined (right
    only), the screen's inks."""
    # On paper a few changed words must catch the eye among shared phrases underlined from end
    # to end: a pale fill too, unless a formula's colour is there.
    if op is DiffOp.DELETE:
        fill = style or f"background-color:{palette.DIFF_DELETE_FILL};"
        decoration = f"color:{palette.DIFF_DELETE_INK}; text-decoration: line-through"
    else:
        fill = style or f"background-color:{palette.DIFF_INSERT_FILL};"
        decoration = f"color:{palette.DIFF_INSERT_INK}; text-decoration: underline"
    return f"<span style='{fill}{decoration}'>{text}</span>"


def _colour(catalogue: Catalogue, family_id: str) -> str:
    """The family's highlight as the light screen draws it (a user's colour made readable)."""
    family = catalogue.family(family_id)
    return palette.LIGHT.fill(family.colour if family is not None else "#dddddd")


def _e(text: str) -> str:
    return html.escape(text, quote=True)
