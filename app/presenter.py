"""Turn a comparison into what the views draw: marks, clause spans, synoptic rows, summary.

Pure functions of the engine's results and the catalogue (no Qt), so they are tested directly.
"""

from __future__ import annotations

from dataclasses import dataclass

from corpus.compare.analysis import AnalyzedDocument
from corpus.compare.comparison import Comparison
from corpus.formulas.finder import Catalogue
from corpus.model import ClauseLink, DiffOp
from widgets import palette
from widgets.marks import ClauseSpan, Mark, MarkKind
from widgets.synoptic import SynopticRow

LEFT = "left"
RIGHT = "right"


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


def phrase_marks(comparison: Comparison, side: str, language: str) -> list[Mark]:
    """Underlines for the phrases the two texts share, on one side."""
    exact_tip = "shared phrase" if language == "en" else "phrase partagée"
    near_tip = "nearly shared phrase" if language == "en" else "phrase presque partagée"
    marks = []
    for phrase in comparison.phrases:
        span = phrase.left if side == LEFT else phrase.right
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
    return "".join(pieces)


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


def clause_spans(comparison: Comparison, side: str) -> list[ClauseSpan]:
    """The compared clauses of one side, with whether each has a counterpart, and whether the
    analyst decided it (a pair linked or confirmed, or "no counterpart")."""
    document = comparison.left if side == LEFT else comparison.right
    alignment = comparison.alignment
    paired = {getattr(link, side) for link in alignment.links}
    decided = {getattr(link, side) for link in alignment.links if link.decided}
    decided.update(alignment.settled_left if side == LEFT else alignment.settled_right)
    return [
        ClauseSpan(
            c.clause_id, c.label, c.start, c.end, c.clause_id in paired, c.clause_id in decided
        )
        for c in document.clauses
    ]


def counterparts(comparison: Comparison, side: str, clause_id: str) -> list[ClauseLink]:
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


def synoptic_rows(comparison: Comparison) -> list[SynopticRow]:
    """Rows of a parallel edition in the left text's order.

    A left clause's row holds its counterparts; a right clause appears in the row of its best
    left counterpart only; an unpaired right clause gets a row of its own, after the row that
    holds the right clause just before it.
    """
    left, right = comparison.left, comparison.right
    right_text = {c.clause_id: _cell(right, c.clause_id) for c in right.clauses}
    best_left: dict[str, ClauseLink] = {}
    for link in comparison.alignment.links:
        if link.right not in best_left or link.score > best_left[link.right].score:
            best_left[link.right] = link
    rows: list[SynopticRow] = []
    for clause in left.clauses:
        mine = [
            k
            for k in counterparts(comparison, LEFT, clause.clause_id)
            if best_left[k.right].left == clause.clause_id
        ]
        ids = tuple(k.right for k in mine)
        score = max((k.score for k in mine), default=None)
        text = "\n\n".join(right_text[i] for i in ids)
        elsewhere = [k for k in counterparts(comparison, LEFT, clause.clause_id) if k not in mine]
        if not ids and elsewhere:  # paired, but its counterpart sits in another row
            text = "→ " + ", ".join(right.clause(k.right).label for k in elsewhere)
            score = max(k.score for k in elsewhere)
        rows.append(
            SynopticRow((clause.clause_id,), _cell(left, clause.clause_id), ids, text, score)
        )
    # Unpaired right clauses: each after the row of the right clause just before it.
    row_of = {rid: index for index, row in enumerate(rows) for rid in row.right_ids}
    inserts: dict[int, list[SynopticRow]] = {}
    previous_row = -1
    for clause in right.clauses:
        if clause.clause_id in row_of:
            previous_row = row_of[clause.clause_id]
        elif clause.clause_id not in best_left:
            row = SynopticRow((), "", (clause.clause_id,), right_text[clause.clause_id], None)
            inserts.setdefault(previous_row, []).append(row)
    ordered = inserts.get(-1, [])
    for index, row in enumerate(rows):
        ordered.append(row)
        ordered.extend(inserts.get(index, []))
    return ordered


def _cell(document: AnalyzedDocument, clause_id: str) -> str:
    clause = document.clause(clause_id)
    text = " ".join(document.document.raw[clause.start : clause.end].split())
    return f"{clause.label}\n{text}"


@dataclass(frozen=True, slots=True)
class Summary:
    """The figures of the summary line."""

    similarity: float
    pairs: int
    reviewed: int
    unpaired: tuple[int, int]
    only_left: tuple[str, ...]
    only_right: tuple[str, ...]


def summary(comparison: Comparison, catalogue: Catalogue, language: str) -> Summary:
    alignment = comparison.alignment
    return Summary(
        comparison.similarity,
        len(alignment.links),
        alignment.reviewed,
        (len(alignment.unpaired_left), len(alignment.unpaired_right)),
        tuple(family_label(catalogue, f, language) for f in comparison.only_left),
        tuple(family_label(catalogue, f, language) for f in comparison.only_right),
    )
