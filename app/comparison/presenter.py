"""Turn a comparison into what the views draw: marks, clause spans, synoptic rows, summary.

Pure functions of the engine's results and the catalogue (no Qt), so they are tested directly.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from corpus.compare.analysis import AnalyzedDocument
from corpus.compare.comparison import Comparison
from corpus.compare.order import moved_links
from corpus.errors import DocumentError, Reason
from corpus.formulas.catalogue import Catalogue
from corpus.model import AnchorKind, Clause, ClauseLink, DiffOp, Document, SharedAnchor, Side
from corpus.text.countries import display_parties
from widgets import palette
from widgets.marks import ClauseSpan, Mark, MarkKind
from widgets.synoptic import SynopticRow


def family_label(catalogue: Catalogue, family_id: str, language: str) -> str:
    """A family's label in the interface language."""
    family = catalogue.family(family_id)
    if family is None:
        return family_id
    return family.label_en if language == "en" else family.label_fr


def formula_marks(document: AnalyzedDocument, catalogue: Catalogue, language: str) -> list[Mark]:
    """One mark per formula hit, in its family's colour, toggled by its family id."""
    marks = []
    for hit in document.formulas:
        family = catalogue.family(hit.family)
        colour = family.colour if family is not None else "#dddddd"
        label = family_label(catalogue, hit.family, language)
        marks.append(Mark(hit.start, hit.end, MarkKind.FORMULA, colour, label, hit.family))
    return marks


def phrase_marks(comparison: Comparison, side: Side, language: str) -> list[Mark]:
    """Underlines for the phrases the two texts share, on one side."""
    exact_tip = "shared phrase" if language == "en" else "phrase partagée"
    near_tip = "nearly shared phrase" if language == "en" else "phrase presque partagée"
    marks = []
    for phrase in comparison.phrases:
        span = phrase.left if side == Side.LEFT else phrase.right
        kind = MarkKind.PHRASE if phrase.exact else MarkKind.NEAR_PHRASE
        tip = exact_tip if phrase.exact else near_tip
        marks.append(
            Mark(
                span.start,
                span.end,
                kind,
                palette.SHARED_PHRASE,
                f"{tip} ({phrase.words})",
                "phrases",
            )
        )
    return marks


def display_text(document: AnalyzedDocument) -> str:
    """The raw text with the line breaks inside clauses shown as spaces.

    Hard-wrapped texts (the UN document) then flow as paragraphs in a word-wrapped view. Each
    break becomes one space, so every offset stays the raw text's.
    """
    raw = document.document.raw
    pieces = []
    position = 0
    for clause in document.segmentation.clauses:
        pieces.append(raw[position : clause.start])
        pieces.append(raw[clause.start : clause.end].replace("\n", " "))
        position = clause.end
    pieces.append(raw[position:])
    joined = "".join(pieces)
    return break_long_lines(joined) or joined


#: A line the panes show is at most this long: a longer one is broken at a space (shown as a
#: line break, one character for one, so every offset stays the raw text's). Qt lays a
#: paragraph out in a time that grows with its length squared: 400,000 characters on one line
#: took 31 s, a 3.9-million-character line of words froze the window for minutes; lines of
#: 10,000 take it 1.6 s for the 3.9 million. The longest paragraph of a real treaty is a few
#: thousand characters.
MAX_SHOWN_LINE = 10_000
#: A run of more characters than this without a space cannot be broken for the panes: such a
#: text is not opened in the window (:func:`showable`); 20,000 letters take Qt a tenth of a second.
MAX_UNBROKEN = 20_000


def break_long_lines(text: str) -> str | None:
    """``text`` with a space turned into a line break wherever a line would be longer than
    :data:`MAX_SHOWN_LINE` (the last space before the limit, else the first after it); the
    text itself when no line is; ``None`` when a run of more than :data:`MAX_UNBROKEN`
    characters has no space to break at."""
    chars: list[str] | None = None
    line_start = 0
    for line in text.split("\n"):
        line_end = line_start + len(line)
        position = line_start
        while line_end - position > MAX_SHOWN_LINE:
            cut = text.rfind(" ", position, position + MAX_SHOWN_LINE)
            if cut <= position:  # no space before the limit: the first after it
                cut = text.find(" ", position + MAX_SHOWN_LINE, line_end)
                if cut == -1:
                    cut = line_end
                if cut - position > MAX_UNBROKEN:
                    return None
                if cut == line_end:
                    break
            chars = chars if chars is not None else list(text)
            chars[cut] = "\n"
            position = cut + 1
        line_start = line_end + 1
    return "".join(chars) if chars is not None else text


def showable(document: Document) -> Document:
    """``document``, if the panes can show it (see :data:`MAX_UNBROKEN`).

    Raises:
        DocumentError: a run of characters without a space is too long to be laid out.
    """
    if break_long_lines(document.raw) is None:
        raise DocumentError(
            Reason.RUN_TOO_LONG_TO_SHOW, document.path or document.doc_id, most=MAX_UNBROKEN
        )
    return document


def dim_marks(document: AnalyzedDocument, language: str) -> list[Mark]:
    """Grey ink for the text outside the compared clauses (chrome, titles, front matter)."""
    tip = "not compared (front matter)" if language == "en" else "non comparé (avant-texte)"
    raw = document.document.raw
    marks = []
    position = 0
    for clause in (*document.clauses, None):
        end = clause.start if clause is not None else len(raw)
        if raw[position:end].strip():
            marks.append(Mark(position, end, MarkKind.DIM, palette.DIM_INK, tip, "dim"))
        if clause is not None:
            position = clause.end
    return marks


def clause_spans(comparison: Comparison, side: Side) -> list[ClauseSpan]:
    """The compared clauses of one side, with whether each has a counterpart, and whether the
    analyst decided it (a pair linked or confirmed, or "no counterpart")."""
    document = comparison.left if side == Side.LEFT else comparison.right
    alignment = comparison.alignment
    paired = {getattr(link, side) for link in alignment.links}
    decided = {getattr(link, side) for link in alignment.links if link.decided}
    decided.update(alignment.settled_left if side == Side.LEFT else alignment.settled_right)
    return [
        ClauseSpan(
            c.clause_id, c.label, c.start, c.end, c.clause_id in paired, c.clause_id in decided
        )
        for c in document.clauses
    ]


def counterparts(comparison: Comparison, side: Side, clause_id: str) -> list[ClauseLink]:
    """The links of a clause, best first."""
    links = [link for link in comparison.alignment.links if getattr(link, side) == clause_id]
    return sorted(links, key=lambda link: -link.score)


def diff_marks(comparison: Comparison, link: ClauseLink) -> tuple[list[Mark], list[Mark]]:
    """The word diff of a pair as marks: deletions on the left, insertions on the right."""
    left, right = [], []
    for segment in comparison.diff(link):
        if segment.op is DiffOp.DELETE and segment.left is not None:
            left.append(
                Mark(
                    segment.left.start, segment.left.end, MarkKind.DELETE, palette.DIFF_DELETE_FILL
                )
            )
        elif segment.op is DiffOp.INSERT and segment.right is not None:
            right.append(
                Mark(
                    segment.right.start,
                    segment.right.end,
                    MarkKind.INSERT,
                    palette.DIFF_INSERT_FILL,
                )
            )
    return left, right


def pair_marks(
    comparison: Comparison, link: ClauseLink, catalogue: Catalogue | None, language: str
) -> tuple[list[Mark], list[Mark]]:
    """What a selected pair shows inside its clauses, left and right: its word diff, or, across
    languages (where every word differs), what both clauses state (:func:`anchor_marks`)."""
    if comparison.across_languages:
        return anchor_marks(comparison, link, catalogue, language)
    return diff_marks(comparison, link)


def anchor_marks(
    comparison: Comparison, link: ClauseLink, catalogue: Catalogue | None, language: str
) -> tuple[list[Mark], list[Mark]]:
    """The anchors both clauses of a pair state, marked on both sides, each with a tooltip
    naming what it shares ("In both texts: Territorial integrity")."""
    left: list[Mark] = []
    right: list[Mark] = []
    for anchor in comparison.anchors(link):
        tip = ("In both texts: " if language == "en" else "Dans les deux textes : ") + anchor_label(
            anchor, catalogue, language
        )
        left += [Mark(s.start, s.end, MarkKind.ANCHOR, palette.ANCHOR, tip) for s in anchor.left]
        right += [Mark(s.start, s.end, MarkKind.ANCHOR, palette.ANCHOR, tip) for s in anchor.right]
    return left, right


def anchors_note(
    comparison: Comparison, link: ClauseLink, catalogue: Catalogue | None, language: str
) -> str:
    """For the status bar, across languages: " · in both texts: Territorial integrity, 2004-02-06"
    (the first five things both clauses state); "" when they state none or share a language."""
    if not comparison.across_languages:
        return ""
    labels = list(
        dict.fromkeys(anchor_label(a, catalogue, language) for a in comparison.anchors(link))
    )
    if not labels:
        none = (
            "nothing stated in both texts"
            if language == "en"
            else "rien d’énoncé dans les deux textes"
        )
        return f" · {none}"
    shown = ", ".join(labels[:5]) + (" …" if len(labels) > 5 else "")
    return (" · in both texts: " if language == "en" else " · dans les deux textes : ") + shown


def anchor_label(anchor: SharedAnchor, catalogue: Catalogue | None, language: str) -> str:
    """What an anchor shares, as a reader of ``language`` names it."""
    if anchor.kind is AnchorKind.FORMULA:
        return (
            family_label(catalogue, anchor.key, language) if catalogue is not None else anchor.key
        )
    if anchor.kind is AnchorKind.NAME:
        return display_parties((anchor.key,), language)[0]
    if anchor.kind is AnchorKind.ARTICLE:
        return f"article {anchor.key}"
    return anchor.key


def synoptic_rows(
    comparison: Comparison, catalogue: Catalogue | None = None, language: str = "fr"
) -> list[SynopticRow]:
    """Rows of a parallel edition in the left text's order, every pair accounted for.

    A left clause's row holds its counterparts; a right clause appears in the row of its best
    left counterpart only, and every other row it pairs with points to it (its note). A right
    clause whose pair breaks the order the other rows keep (``corpus.compare.order``) is marked
    as moved, with where it stands in its own text. An unpaired right clause gets a row of its
    own, after the row that holds the right clause just before it. Cells carry the panes' marks
    (formulas when a catalogue is given, shared phrases, and each pair's word diff, or across
    languages its anchors) in offsets of
    the cell's text.
    """
    left, right = comparison.left, comparison.right
    en = language == "en"
    best_left: dict[str, ClauseLink] = {}
    for link in comparison.alignment.links:
        # The analyst's pair holds the right clause, else the engine's best.
        held = best_left.get(link.right)
        if held is None or (link.decided, link.score) > (held.decided, held.score):
            best_left[link.right] = link
    right_rank = {c.clause_id: i for i, c in enumerate(right.clauses)}
    marks = {
        Side.LEFT: _side_marks(comparison, Side.LEFT, catalogue, language),
        Side.RIGHT: _side_marks(comparison, Side.RIGHT, catalogue, language),
    }
    rows: list[SynopticRow] = []
    # Moved: the rows' pairs that break the order the others keep (not every row after one
    # early outlier).
    row_pairs = [k for k in comparison.alignment.links if best_left[k.right] == k]
    moved = moved_links(
        row_pairs, [c.clause_id for c in left.clauses], [c.clause_id for c in right.clauses]
    )
    for clause in left.clauses:
        links = counterparts(comparison, Side.LEFT, clause.clause_id)
        mine = [k for k in links if best_left[k.right].left == clause.clause_id]
        mine.sort(key=lambda k: right_rank[k.right])
        ids = tuple(k.right for k in mine)
        notes = []
        for k in links:
            if k not in mine:
                holder = left.clause(best_left[k.right].left).label
                target = right.clause(k.right).label
                notes.append(
                    f"→ {target}: see the row of {holder} ({k.score:.2f})"
                    if en
                    else f"→ {target} : voir la rangée de {holder} ({k.score:.2f})"
                )
        notes += [_moved_note(right, k.right, en) for k in mine if k in moved]
        left_text, left_marks = _cell_with_marks(left, (clause.clause_id,), marks[Side.LEFT])
        right_text, right_marks = _cell_with_marks(right, ids, marks[Side.RIGHT])
        diffs = [pair_marks(comparison, k, catalogue, language) for k in mine]
        if diffs:  # the left clause's deletions against its best counterpart in the row
            best = max(range(len(mine)), key=lambda i: mine[i].score)
            left_marks += _shift(diffs[best][0], left, (clause.clause_id,))
            for k, (_, added) in zip(mine, diffs, strict=True):
                right_marks += _shift(added, right, ids, only=k.right)
        right_text, right_marks = _with_note(right_text, right_marks, notes, en)
        score = max((k.score for k in links), default=None)
        rows.append(
            SynopticRow(
                (clause.clause_id,),
                left_text,
                ids,
                right_text,
                score,
                tuple(left_marks),
                tuple(right_marks),
                decided=any(k.decided for k in links),
                note="\n".join(notes),
            )
        )
    # Unpaired right clauses: each after the row of the right clause just before it.
    row_of = {rid: index for index, row in enumerate(rows) for rid in row.right_ids}
    inserts: dict[int, list[SynopticRow]] = {}
    previous_row = -1
    for clause in right.clauses:
        if clause.clause_id in row_of:
            previous_row = row_of[clause.clause_id]
        elif clause.clause_id not in best_left:
            text, cell_marks = _cell_with_marks(right, (clause.clause_id,), marks[Side.RIGHT])
            row = SynopticRow((), "", (clause.clause_id,), text, None, (), tuple(cell_marks))
            inserts.setdefault(previous_row, []).append(row)
    ordered = inserts.get(-1, [])
    for index, row in enumerate(rows):
        ordered.append(row)
        ordered.extend(inserts.get(index, []))
    return ordered


def _side_marks(
    comparison: Comparison, side: Side, catalogue: Catalogue | None, language: str
) -> list[Mark]:
    document = comparison.left if side == Side.LEFT else comparison.right
    formulas = formula_marks(document, catalogue, language) if catalogue is not None else []
    return formulas + phrase_marks(comparison, side, language)


def _cell_with_marks(
    document: AnalyzedDocument, ids: tuple[str, ...], marks: list[Mark]
) -> tuple[str, list[Mark]]:
    """The cell of some clauses ("label" line, then the text, clauses a blank line apart), with
    the marks that fall in them, moved to offsets of the cell's text."""
    pieces: list[str] = []
    labels: list[Mark] = []
    for base, clause_id in _bases(document, ids):
        pieces.append(_cell(document, clause_id))
        heading = _heading(document, clause_id)
        if heading:  # drawn bold
            start = base - len(heading) - 1
            labels.append(Mark(start, start + len(heading), MarkKind.LABEL, palette.INK))
    return "\n\n".join(pieces), labels + cell_marks(document, ids, marks)


def cell_marks(document: AnalyzedDocument, ids: tuple[str, ...], marks: list[Mark]) -> list[Mark]:
    """Raw-offset marks moved to offsets of the synoptic cell of clauses ``ids``: the parts of
    each mark that fall in those clauses (a mark across two clauses is cut at their border)."""
    moved: list[Mark] = []
    for base, clause_id in _bases(document, ids):
        clause = document.clause(clause_id)
        for mark in marks:
            if mark.start < clause.end and mark.end > clause.start:
                start = base + max(mark.start, clause.start) - clause.start
                end = base + min(mark.end, clause.end) - clause.start
                moved.append(replace(mark, start=start, end=end))
    return moved


def _bases(document: AnalyzedDocument, ids: tuple[str, ...]) -> list[tuple[int, str]]:
    """Where, in a cell of these clauses, the first character of each clause's text is."""
    bases = []
    position = 0
    for clause_id in ids:
        clause = document.clause(clause_id)
        label = len(_heading(document, clause_id))
        label += 1 if label else 0
        bases.append((position + label, clause_id))
        position += label + (clause.end - clause.start) + 2
    return bases


def _heading(document: AnalyzedDocument, clause_id: str) -> str:
    """The label line of a clause's cell: none when the text starts with it (point "1.")."""
    clause = document.clause(clause_id)
    bare = len(clause.label.split()) == 1 and starts_with_label(document, clause)
    return "" if bare else clause.label


def starts_with_label(document: AnalyzedDocument, clause: Clause) -> bool:
    """Whether the clause's text begins with its own number ("1." for point 1)."""
    mark = clause.label.split()[-1].rstrip(".")
    text = document.document.raw[clause.start : clause.end]
    return bool(mark) and mark[0].isdigit() and text.startswith(mark)


def _shift(
    marks: list[Mark], document: AnalyzedDocument, ids: tuple[str, ...], only: str = ""
) -> list[Mark]:
    """Raw-offset marks of one clause moved to offsets of a cell of ``ids``."""
    shifted = []
    for base, clause_id in _bases(document, ids):
        if only and clause_id != only:
            continue
        clause = document.clause(clause_id)
        for mark in marks:
            if clause.start <= mark.start and mark.end <= clause.end:
                shifted.append(
                    replace(
                        mark,
                        start=base + mark.start - clause.start,
                        end=base + mark.end - clause.start,
                    )
                )
    return shifted


def _with_note(text: str, marks: list[Mark], notes: list[str], en: bool) -> tuple[str, list[Mark]]:
    """The right cell with its notes (pairs shown elsewhere, clauses moved) in grey below."""
    if not notes:
        return text, marks
    note = "\n".join(notes)
    start = len(text) + 2 if text else 0
    tip = "pairs shown elsewhere" if en else "paires montrées ailleurs"
    joined = f"{text}\n\n{note}" if text else note
    return joined, [*marks, Mark(start, start + len(note), MarkKind.DIM, palette.DIM_INK, tip)]


def _moved_note(document: AnalyzedDocument, clause_id: str, en: bool) -> str:
    """Where a right clause shown out of order stands in its own text."""
    ids = [c.clause_id for c in document.clauses]
    index = ids.index(clause_id)
    label = document.clause(clause_id).label
    if index == 0:
        return (
            f"⇅ {label} moved: it comes first in its text"
            if en
            else (f"⇅ {label} déplacée : elle vient en tête de son texte")
        )
    before = document.clause(ids[index - 1]).label
    return (
        f"⇅ {label} moved: in its text it follows {before}"
        if en
        else (f"⇅ {label} déplacée : dans son texte, elle suit {before}")
    )


def _cell(document: AnalyzedDocument, clause_id: str) -> str:
    """A clause as a cell shows it: its label on a line (unless its text starts with it), then
    its text (line breaks as spaces, so that offsets stay those of the raw text)."""
    clause = document.clause(clause_id)
    text = document.document.raw[clause.start : clause.end].replace("\n", " ")
    heading = _heading(document, clause_id)
    return f"{heading}\n{text}" if heading else text


@dataclass(frozen=True, slots=True)
class Summary:
    """The figures of the summary line."""

    similarity: float
    pairs: int
    reviewed: int
    unpaired: tuple[int, int]
    only_left: tuple[str, ...]
    only_right: tuple[str, ...]
    basis: str = ""


#: What the engine saw, in the summary line, when it is not two texts in one language.
_BASIS = {
    ("versions", "cognates"): {
        "fr": "versions d’un même texte en deux langues : appariées dans l’ordre",
        "en": "versions of one text in two languages: paired in order",
    },
    ("comparable", "cognates"): {
        "fr": "deux langues : textes comparés sur leurs mots apparentés, thèmes et formules",
        "en": "two languages: compared on cognates, topics and formulas",
    },
    ("comparable", "anchors"): {
        "fr": "autre langue : textes comparés sur les nombres et les noms seulement",
        "en": "another language: compared on numbers and names only",
    },
}


def basis_text(comparison: Comparison, language: str) -> str:
    """What the engine compared the texts on, in words, or "" for two texts in one language."""
    words = _BASIS.get((comparison.relation, comparison.basis))
    return "" if words is None else words["en" if language == "en" else "fr"]


def summary(comparison: Comparison, catalogue: Catalogue, language: str) -> Summary:
    alignment = comparison.alignment
    return Summary(
        comparison.similarity,
        len(alignment.links),
        alignment.reviewed,
        (len(alignment.unpaired_left), len(alignment.unpaired_right)),
        tuple(family_label(catalogue, f, language) for f in comparison.only_left),
        tuple(family_label(catalogue, f, language) for f in comparison.only_right),
        basis_text(comparison, language),
    )
