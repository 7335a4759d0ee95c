"""What a comparison's PDF says, independent of how it is drawn: header facts, legend, rows, texts.

Pure Python (no Qt): ``app.report.pdf`` draws it. Cells are HTML fragments in which formula hits
are filled with their family's colour and shared phrases underlined, the same marks as on screen
(``widgets.palette`` and the catalogue's colours). Qt's HTML has no dotted underline, so a
near-shared phrase's span carries ``title=NEAR_MARK`` for ``app.report.pdf`` to dot its line.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from app.comparison import presenter
from corpus.compare.analysis import AnalyzedDocument
from corpus.compare.comparison import Comparison
from corpus.formulas.catalogue import Catalogue
from corpus.model import Clause, DiffOp, Span
from corpus.text.countries import display_parties
from widgets import palette

LAYOUTS = ("synoptic", "parallel")
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


_WORDS = {
    "fr": {
        "colon": "\u00a0: ",
        "title": "Comparaison",
        "similarity": "Similarité globale",
        "pairs": "paires",
        "reviewed": "revues par l’analyste",
        "decided": "✓ paire décidée par l’analyste (les autres sont proposées par le programme)",
        "deleted": "mots seulement à gauche (barrés)",
        "inserted": "mots seulement à droite (en vert)",
        "unpaired": "clauses sans correspondant",
        "only_left": "Formules présentes à gauche seulement",
        "only_right": "Formules présentes à droite seulement",
        "none": "aucune",
        "legend": "Légende",
        "phrase": "phrase partagée mot pour mot (souligné)",
        "near": "phrase partagée à quelques mots-outils près (pointillé)",
        "settings": "Réglages",
        "threshold": "seuil d’appariement",
        "min_words": "longueur minimale des phrases partagées",
        "words": "mots",
        "catalogue": "version du catalogue de formules",
        "left": "Gauche",
        "right": "Droite",
        "date": "Date",
        "parties": "Parties",
        "source": "Source",
        "generated": "Généré le",
        "layout": "Présentation",
        "synoptic": "synoptique",
        "parallel": "parallèle",
    },
    "en": {
        "colon": ": ",
        "title": "Comparison",
        "similarity": "Overall similarity",
        "pairs": "pairs",
        "reviewed": "reviewed by the analyst",
        "decided": "✓ pair decided by the analyst (the others are proposed by the program)",
        "deleted": "words only on the left (struck through)",
        "inserted": "words only on the right (in green)",
        "unpaired": "clauses without counterpart",
        "only_left": "Formulas present on the left only",
        "only_right": "Formulas present on the right only",
        "none": "none",
        "legend": "Legend",
        "phrase": "phrase shared word for word (underlined)",
        "near": "phrase shared up to a few function words (dotted)",
        "settings": "Settings",
        "threshold": "pairing threshold",
        "min_words": "minimum length of shared phrases",
        "words": "words",
        "catalogue": "formula catalogue version",
        "left": "Left",
        "right": "Right",
        "date": "Date",
        "parties": "Parties",
        "source": "Source",
        "generated": "Generated on",
        "layout": "Layout",
        "synoptic": "synoptic",
        "parallel": "parallel",
    },
}


def words(language: str) -> dict[str, str]:
    """The report's fixed words in the interface language."""
    return _WORDS["en" if language == "en" else "fr"]


def build_report(
    comparison: Comparison, catalogue: Catalogue, layout: str, language: str, today: date
) -> Report:
    """Assemble the report of a comparison."""
    w = words(language)
    generated = today.isoformat()
    return Report(
        title=f"{w['title']} — {comparison.left.document.meta.title} / "
        f"{comparison.right.document.meta.title}",
        cover=_cover(comparison, catalogue, layout, language, generated),
        rows=tuple(_rows(comparison, catalogue)),
        left_text=_full_text(comparison, catalogue, "left"),
        right_text=_full_text(comparison, catalogue, "right"),
        left_sections=_sections(comparison.left),
        right_sections=_sections(comparison.right),
        generated=generated,
    )


def _cover(
    comparison: Comparison, catalogue: Catalogue, layout: str, language: str, generated: str
) -> str:
    w = words(language)
    c = w["colon"]  # French typography puts a no-break space before the colon
    alignment = comparison.alignment
    parts = [
        f"<h2>{_e(w['title'])}</h2>",
        "<table width='100%' cellspacing='0' cellpadding='4'>",
        "<tr>",
    ]
    for side, document in ((w["left"], comparison.left), (w["right"], comparison.right)):
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

    parts.append(
        f"<p><b>{_e(w['similarity'])}{c}{comparison.similarity:.0%}</b> · {len(alignment.links)} "
        f"{_e(w['pairs'])}, {alignment.reviewed} {_e(w['reviewed'])} · "
        f"{len(alignment.unpaired_left)} + {len(alignment.unpaired_right)} "
        f"{_e(w['unpaired'])}</p>"
        f"<p>{_e(w['only_left'])}{c}{labels(comparison.only_left)}<br/>"
        f"{_e(w['only_right'])}{c}{labels(comparison.only_right)}</p>"
    )
    parts.append(_legend(comparison, catalogue, language))
    settings = comparison.settings
    parts.append(
        f"<p><b>{_e(w['settings'])}</b>{c}{_e(w['threshold'])} {settings.threshold:.2f} · "
        f"{_e(w['min_words'])} {settings.min_words} {_e(w['words'])} · {_e(w['catalogue'])} "
        f"{_e(comparison.catalogue_version)} · {_e(w['layout'])} {_e(w[layout])} · "
        f"{_e(w['generated'])} {generated}</p>"
    )
    return "".join(parts)


def _legend(comparison: Comparison, catalogue: Catalogue, language: str) -> str:
    w = words(language)
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
        f"<p>{_underlined(_e(w['phrase']), True)} · {_underlined(_e(w['near']), False)}</p>"
        f"<p>{_diff_span(_e(w['deleted']), DiffOp.DELETE)} · "
        f"{_diff_span(_e(w['inserted']), DiffOp.INSERT)}<br/>{_e(w['decided'])}</p>"
    )


def _rows(comparison: Comparison, catalogue: Catalogue) -> list[Row]:
    rows = []
    left_sections = {c.clause_id: _section_of(comparison.left, c) for c in comparison.left.clauses}
    previous = ""
    for entry in presenter.synoptic_rows(comparison):
        section = left_sections.get(entry.left_ids[0], "") if entry.left_ids else ""
        opens = section if section and section != previous else ""
        previous = section or previous
        struck, inserted = _row_diff(comparison, entry.left_ids, entry.right_ids)
        right = _cells(comparison, catalogue, "right", entry.right_ids, inserted)
        if entry.note:  # pairs shown in another row, clauses moved: say where
            note = "<br/>".join(_e(line) for line in entry.note.splitlines())
            right += f"<p style='color:#6b6b6b'>{note}</p>"
        left = _cells(comparison, catalogue, "left", entry.left_ids, struck)
        rows.append(Row(left, right, entry.score, opens, entry.decided))
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


def _full_text(comparison: Comparison, catalogue: Catalogue, side: str) -> str:
    document = comparison.left if side == "left" else comparison.right
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
    return "".join(paragraphs)


#: Whether the clause's text begins with its own number ("1." for point 1).
raw_starts_with_label = presenter.starts_with_label


def _sections(document: AnalyzedDocument) -> tuple[tuple[str, int], ...]:
    return tuple((s.heading, s.start) for s in document.segmentation.sections)


def escape(text: str) -> str:
    """Text made safe for the report's HTML."""
    return _e(text)


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
        text = _e(" ".join(raw[a:b].split("\n")))
        fill = next((c for s, e, c in fills if s <= a and b <= e), None)
        under = next((x for s, x in lines if s.start <= a and b <= s.end), None)
        background = f"background-color:{fill};" if fill else ""
        if any(d.start <= a and b <= d.end for d in diff) and text.strip():
            out.append(_diff_span(text, op, background))
        elif under is not None:
            out.append(_underlined(text, under, background))
        else:
            out.append(f"<span style='{background}'>{text}</span>" if fill else text)
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
