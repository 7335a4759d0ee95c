"""A clause's text cut where its marks change: formula hits, shared phrases, the word diff.

The PDF (HTML cells, ``marked_html``) and the Word document (runs, ``marked_segments``) draw the
same marks from one cutting, as the screen does (``widgets.palette`` and the catalogue's
colours). Qt's HTML has no dotted underline, so a near-shared phrase's span carries
``title=NEAR_MARK`` for ``app.report.pdf`` to dot its line. Pure: no Qt.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from corpus.compare.comparison import Comparison
from corpus.formulas.catalogue import Catalogue
from corpus.model import DiffOp, Span
from widgets import palette

#: The ``title`` of a near-shared phrase's span (differing function words): underlined dotted.
NEAR_MARK = "near-phrase"


@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of a clause's text and its marks, for an export to draw in its own terms.

    Attributes:
        text: the raw text, line breaks made spaces.
        fill: the formula family's colour filling it, if any.
        phrase: ``"exact"`` or ``"near"`` when it is in a shared phrase, else ``""``.
        diff: ``DELETE`` (only on the left: struck) or ``INSERT`` (only on the right:
            underlined) when it is in the word diff, else ``None``.
        anchor: across languages, what both clauses of its pair state (bold, underlined in
            the anchor colour).
    """

    text: str
    fill: str | None = None
    phrase: str = ""
    diff: DiffOp | None = None
    anchor: bool = False


def marked_segments(
    comparison: Comparison,
    catalogue: Catalogue,
    side: str,
    start: int,
    end: int,
    diff: Sequence[Span] = (),
    anchors: Sequence[Span] = (),
) -> list[Segment]:
    """A raw span cut where its marks change: formula hits, shared phrases, the spans of
    ``diff`` as the word diff of this side, and those of ``anchors`` (across languages)."""
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
            *(max(start, min(end, x)) for t in anchors for x in (t.start, t.end)),
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
        tied = any(t.start <= a and b <= t.end for t in anchors) and bool(text.strip())
        out.append(Segment(text, fill, phrase, op if changed else None, tied))
    return out


def marked_html(
    comparison: Comparison,
    catalogue: Catalogue,
    side: str,
    start: int,
    end: int,
    diff: Sequence[Span] = (),
    anchors: Sequence[Span] = (),
) -> str:
    """A raw span as HTML: formula hits filled with their colour, shared phrases underlined,
    the spans of ``diff`` marked as the word diff (struck through in red on the left, green
    on the right) and those of ``anchors`` (what a pair across languages states on both sides)
    in bold, underlined in the anchor colour, as on screen."""
    out = []
    for segment in marked_segments(comparison, catalogue, side, start, end, diff, anchors):
        text = _e(segment.text)
        background = f"background-color:{segment.fill};" if segment.fill else ""
        if segment.diff is not None:
            out.append(diff_span(text, segment.diff, background))
        elif segment.anchor:
            out.append(anchor_span(text, background))
        elif segment.phrase:
            out.append(underlined(text, segment.phrase == "exact", background))
        else:
            out.append(f"<span style='{background}'>{text}</span>" if segment.fill else text)
    return "".join(out)


def underlined(text: str, exact: bool, style: str = "") -> str:
    """A shared phrase's span: underlined in the screen's colour; dotted when near-shared."""
    colour = palette.SHARED_PHRASE if exact else palette.NEAR_PHRASE
    near = "" if exact else f" title='{NEAR_MARK}'"
    return (
        f"<span style='{style}text-decoration: underline; text-decoration-color:{colour}'"
        f"{near}>{text}</span>"
    )


def diff_span(text: str, op: DiffOp, style: str = "") -> str:
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


def anchor_span(text: str, style: str = "") -> str:
    """What both clauses of a pair across languages state: bold, underlined in the anchor
    colour (the screen frames it; Qt's HTML has no frame), its fill kept."""
    return (
        f"<span style='{style}font-weight:bold; text-decoration: underline; "
        f"text-decoration-color:{palette.ANCHOR}'>{text}</span>"
    )


def _colour(catalogue: Catalogue, family_id: str) -> str:
    """The family's highlight as the light screen draws it (a user's colour made readable)."""
    family = catalogue.family(family_id)
    return palette.LIGHT.fill(family.colour if family is not None else "#dddddd")


def _e(text: str) -> str:
    return html.escape(text, quote=True)
