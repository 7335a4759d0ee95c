"""Word-level diff of two clauses: the only module that imports diff-match-patch.

diff-match-patch (Google's, Apache-2.0) diffs characters; we give it words. Each word and each run
of white space or punctuation becomes one private-use character (the "lines to chars" trick applied
to words), so the diff is by word; ``diff_cleanupSemantic`` then merges scattered one-word
equalities into readable chunks. Words are compared in the folded view: case, accents, apostrophe
style and line breaks are not differences. The time-out is explicit (``DIFF_TIMEOUT`` seconds):
with the library's default of 1 s a long input silently degrades into "delete all, insert
all", which is why we only ever diff a clause pair, never whole documents.
"""

from __future__ import annotations

import re

from diff_match_patch import diff_match_patch

from corpus.model import DiffOp, DiffSegment, Span
from corpus.text.normalize import fold

DIFF_TIMEOUT = 2.0
# A word (with an elision apostrophe) or a run of punctuation, each with the blanks after it.
_UNIT = re.compile(r"\s*(?:[^\W_]+['\u2019\u02bc]?|[^\w\s]+|_+)\s*")
_OPS = {0: DiffOp.EQUAL, -1: DiffOp.DELETE, 1: DiffOp.INSERT}
_FIRST_CHAR = 0xE000  # the private-use area, then beyond: never in the folded text itself


def _units(text: str, offset: int) -> list[tuple[str, int, int]]:
    """Words and punctuation runs with raw spans; the key is the folded word without blanks."""
    return [
        (fold(match.group().strip()), offset + match.start(), offset + match.end())
        for match in _UNIT.finditer(text)
    ]


def _equal_words(diffs: list[tuple[int, str]], units: list[tuple[str, int, int]]) -> int:
    """How many characters of words the equal segments keep."""
    kept = index = 0
    for op, chars in diffs:
        if op == 0:
            kept += sum(len(key) for key, _, _ in units[index : index + len(chars)])
        if op != 1:
            index += len(chars)
    return kept


def _diff(
    left_chars: str, right_chars: str, left_units: list[tuple[str, int, int]], timeout: float
) -> list[tuple[int, str]]:
    """Diff two word-coded strings, cleaned up for reading.

    ``diff_cleanupSemantic`` folds small equalities into the edits around them. Between two
    clauses that say the same thing with other prepositions ("à la souveraineté, à
    l'indépendance" / "de la souveraineté, de l'indépendance") it would fold away every shared word
    and show "delete all, insert all"; when it loses more than half of the shared words, the
    lossless clean-up (which only moves edit boundaries to word edges) is used instead.
    """
    engine = diff_match_patch()
    engine.Diff_Timeout = timeout
    raw: list[tuple[int, str]] = list(engine.diff_main(left_chars, right_chars, False))
    semantic = list(raw)
    engine.diff_cleanupSemantic(semantic)
    if _equal_words(semantic, left_units) * 2 >= _equal_words(raw, left_units):
        return semantic
    engine.diff_cleanupSemanticLossless(raw)
    engine.diff_cleanupMerge(raw)
    return raw


def diff_words(
    left_raw: str,
    left_span: Span,
    right_raw: str,
    right_span: Span,
    *,
    timeout: float = DIFF_TIMEOUT,
) -> list[DiffSegment]:
    """The word-level diff of ``left_raw[left_span]`` against ``right_raw[right_span]``.

    Returns:
        Segments in order; an equal segment has both spans, a deletion only the left one, an
        insertion only the right one. Spans are raw offsets in each whole text.
    """
    left_units = _units(left_raw[left_span.start : left_span.end], left_span.start)
    right_units = _units(right_raw[right_span.start : right_span.end], right_span.start)
    codes: dict[str, str] = {}
    left_chars = "".join(
        codes.setdefault(k, chr(_FIRST_CHAR + len(codes))) for k, _, _ in left_units
    )
    right_chars = "".join(
        codes.setdefault(k, chr(_FIRST_CHAR + len(codes))) for k, _, _ in right_units
    )
    diffs = _diff(left_chars, right_chars, left_units, timeout)
    segments: list[DiffSegment] = []
    li = ri = 0
    for op, chars in diffs:
        count = len(chars)
        left_part = right_part = None
        if op in (0, -1):
            left_part = Span(left_units[li][1], left_units[li + count - 1][2])
            li += count
        if op in (0, 1):
            right_part = Span(right_units[ri][1], right_units[ri + count - 1][2])
            ri += count
        segments.append(DiffSegment(_OPS[op], left_part, right_part))
    return segments
