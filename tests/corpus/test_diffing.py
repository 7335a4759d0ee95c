"""Word-level diff of clause pairs taken from the bundled declarations."""

from __future__ import annotations

import itertools

from corpus.compare.diffing import diff_words
from corpus.model import DiffOp, DiffSegment, Document, Span
from corpus.text.normalize import fold


def _span(raw: str, opening: str, closing: str) -> Span:
    start = raw.index(opening)
    return Span(start, raw.index(closing, start) + len(closing))


def _covers(segments: list[DiffSegment], side: str, span: Span) -> None:
    """The segments of one side tile its span exactly, in order."""
    pieces = [getattr(s, side) for s in segments if getattr(s, side) is not None]
    assert pieces[0].start == span.start
    assert pieces[-1].end == span.end
    for before, after in itertools.pairwise(pieces):
        assert before.end == after.start


def test_sovereignty_clauses(charter: Document, moscow: Document) -> None:
    left = _span(charter.raw, "1. Réaffirment leur soutien", "relations bilatérales ;")
    right = _span(moscow.raw, "Les Parties notent qu’il est extrêmement", "reconnues.")
    segments = diff_words(charter.raw, left, moscow.raw, right, timeout=0)
    _covers(segments, "left", left)
    _covers(segments, "right", right)
    equal = [
        " ".join(charter.raw[s.left.start : s.left.end].split())  # type: ignore[union-attr]
        for s in segments
        if s.op is DiffOp.EQUAL
    ]
    assert "l’inviolabilité des frontières" in equal
    assert any("l’intégrité territoriale et" in e for e in equal)
    for segment in segments:
        if segment.op is DiffOp.EQUAL:
            assert segment.left is not None
            assert segment.right is not None
            a = fold(" ".join(charter.raw[segment.left.start : segment.left.end].split()))
            b = fold(" ".join(moscow.raw[segment.right.start : segment.right.end].split()))
            assert a == b  # line breaks and apostrophe styles are not differences
        elif segment.op is DiffOp.DELETE:
            assert segment.right is None
        else:
            assert segment.left is None


def test_parallel_points_differ_only_where_they_differ(charter: Document) -> None:
    raw = charter.raw
    parties = "La République d’Azerbaïdjan et les États-Unis d’Amérique entendent"
    left = _span(raw, f"4. {parties} approfondir", "nucléaire civil ;")
    right = _span(raw, f"1. {parties} élargir le champ", "matériel de défense ;")
    segments = diff_words(raw, left, raw, right, timeout=0)
    assert [s.op for s in segments[:3]] == [DiffOp.DELETE, DiffOp.INSERT, DiffOp.EQUAL]
    assert raw[segments[0].left.start : segments[0].left.end] == "4"  # type: ignore[union-attr]
    shared = raw[segments[2].left.start : segments[2].left.end]  # type: ignore[union-attr]
    assert shared.startswith(". La République d’Azerbaïdjan et les États-Unis d’Amérique entendent")
    inserted = [raw[s.right.start : s.right.end] for s in segments if s.op is DiffOp.INSERT]
    assert any("défense" in text for text in inserted)


def test_identical_clauses_are_one_equal_segment(moscow: Document) -> None:
    span = _span(moscow.raw, "Les Parties réaffirment que le renforcement", "échelle mondiale.")
    segments = diff_words(moscow.raw, span, moscow.raw, span)
    assert [s.op for s in segments] == [DiffOp.EQUAL]
    assert segments[0].left == segments[0].right == span


def test_empty_side() -> None:
    raw = "Les Parties réaffirment leur attachement."
    segments = diff_words(raw, Span(0, len(raw)), raw, Span(0, 0))
    assert [s.op for s in segments] == [DiffOp.DELETE]
