"""The normalised view and its map back to raw offsets, on real text and with Hypothesis."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus.model import Document
from corpus.text import bundled
from corpus.text.normalize import DROPPED, NO_BREAK_SPACES, NormalizedText, fold, normalize
from corpus.text.spanmap import SpanMap

DATA = Path(__file__).resolve().parent.parent / "data"

# Characters the real texts are made of, plus the ones normalisation must handle.
ALPHABET = st.sampled_from(
    [
        *list("abcdeéèêàçïôœæ '-–.,;:«»\n\t  "),
        "\u2019",
        "\u2018",
        "\u02bc",
        "\xa0",
        "\u202f",
        "\xad",
        "\u200b",
        "é",
        "É",
        "Œ",
        "ß",
        "\ufeff",
        "\r",
    ]
)
TEXTS = st.lists(ALPHABET, max_size=80).map("".join)


@given(TEXTS, st.booleans(), st.booleans())
@settings(max_examples=400, deadline=None)
def test_every_normalised_position_maps_inside_the_raw_text(
    raw: str, fold_case: bool, fold_accents: bool
) -> None:
    view = normalize(raw, fold_case=fold_case, fold_accents=fold_accents)
    assert len(view.starts) == len(view.ends) == len(view.text)
    previous_start = previous_end = 0
    for index in range(len(view.text)):
        start, end = view.raw_span(index, index + 1)
        assert 0 <= start < end <= len(raw)
        assert start >= previous_start
        assert end >= previous_end
        previous_start, previous_end = start, end
    for start in range(len(view.text) + 1):
        for end in range(start, len(view.text) + 1):
            raw_start, raw_end = view.raw_span(start, end)
            assert 0 <= raw_start <= raw_end <= len(raw)


@given(TEXTS)
@settings(max_examples=300, deadline=None)
def test_round_trip_raw_to_normalised_to_raw(raw: str) -> None:
    view = normalize(raw, fold_case=True, fold_accents=True)
    for index in range(len(view.text)):
        raw_start, raw_end = view.raw_span(index, index + 1)
        back = view.from_raw(raw_start)
        # The first normalised character made from that raw position is this one or an earlier
        # character of the same expansion ("œ" → "oe").
        assert back <= index
        assert view.raw_span(back, back + 1)[0] == raw_start
        first, last = view.from_raw_span(raw_start, raw_end)
        assert first <= index < last


@given(TEXTS)
@settings(max_examples=300, deadline=None)
def test_normalised_text_is_what_fold_gives_for_words(raw: str) -> None:
    view = normalize(raw, fold_case=True, fold_accents=True)
    assert "’" not in view.text
    assert "\u00a0" not in view.text
    assert "\u00ad" not in view.text
    assert "  " not in view.text  # white space runs collapse
    assert view.text == unicodedata.normalize("NFC", view.text)


def test_line_end_hyphen_keeps_the_hyphen_and_drops_the_break(moscow: Document) -> None:
    view = normalize(moscow.raw)
    assert "relations russo-azerbaïdjanaises contribueront" in view.text
    assert "pour celles-ci sur leurs territoires" in view.text
    assert "économico-commerciale et technico-scientifique" in view.text
    index = view.text.index("russo-azerbaïdjanaises")
    start, end = view.raw_span(index, index + len("russo-azerbaïdjanaises"))
    assert moscow.raw[start:end] == "russo-\nazerbaïdjanaises"


def test_hard_wrapped_lines_join_and_blank_lines_separate(moscow: Document) -> None:
    view = normalize(moscow.raw)
    # Two raw lines with trailing blanks read as one sentence of a paragraph.
    assert (
        "La Fédération de Russie et la République d'Azerbaïdjan continueront de "
        "s'employer activement à développer leurs liens politiques" in view.text
    )
    assert "partenariat stratégique.\nLes Parties notent" in view.text


def test_apostrophes_spaces_ligatures_and_folding() -> None:
    raw = "L\u2019État de l\u02bcœuvre\u00a0: SOUVERAINETE\u0301\u202f! Æ soft\u00adhyphen"
    assert normalize(raw).text == "L'État de l'oeuvre : SOUVERAINETÉ ! AE softhyphen"
    folded = normalize(raw, fold_case=True, fold_accents=True)
    assert folded.text == "l'etat de l'oeuvre : souverainete ! ae softhyphen"
    index = folded.text.index("souverainete")
    start, end = folded.raw_span(index, index + len("souverainete"))
    assert raw[start:end] == "SOUVERAINETE\u0301"
    index = folded.text.index("oeuvre")
    assert raw[slice(*folded.raw_span(index, index + 6))] == "œuvre"
    assert fold("Intégrité TERRITORIALE de l’État") == "integrite territoriale de l'etat"


def test_curly_and_straight_texts_fold_alike(moscow: Document, sochi: Document) -> None:
    formula = "de la souverainete, de l'integrite territoriale et de l'inviolabilite des frontieres"
    assert formula in normalize(moscow.raw, fold_case=True, fold_accents=True).text
    assert formula in normalize(sochi.raw, fold_case=True, fold_accents=True).text


_WHITESPACE = " \t\n\r\f\v" + NO_BREAK_SPACES
# A unit is either a run of white space, a line-end hyphen between letters, or one base character
# with its combining marks (so that NFC sees whole clusters).
_UNIT = re.compile(
    r"(?P<hyphen>(?<=[^\W\d_])-[ \t"
    + NO_BREAK_SPACES
    + r"]*\n[ \t"
    + NO_BREAK_SPACES
    + r"]*(?=[^\W\d_]))"
    r"|(?P<space>[" + re.escape(_WHITESPACE) + r"][" + re.escape(_WHITESPACE + DROPPED) + r"]*)"
    r"|(?P<char>.[\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]*)",
    re.DOTALL,
)


def unit_by_unit(raw: str, fold_case: bool, fold_accents: bool) -> NormalizedText:
    """The reference: fold each unit of ``raw`` in turn (the first implementation, kept as the
    definition the fast one must agree with)."""
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for match in _UNIT.finditer(raw):
        begin, finish = match.span()
        if match.lastgroup == "char":
            out = fold(match.group(), fold_case=fold_case, fold_accents=fold_accents)
        elif match.lastgroup == "space":
            out = "\n" if match.group().count("\n") >= 2 else " "
        else:
            out, finish = "-", begin + 1
        for ch in out:
            pieces.append(ch)
            starts.append(begin)
            ends.append(finish)
    return NormalizedText("".join(pieces), len(raw), tuple(starts), tuple(ends))


@given(TEXTS | st.text(max_size=60), st.booleans(), st.booleans())
@settings(max_examples=500, deadline=None)
def test_the_fast_view_is_the_unit_by_unit_view(
    raw: str, fold_case: bool, fold_accents: bool
) -> None:
    assert normalize(raw, fold_case=fold_case, fold_accents=fold_accents) == unit_by_unit(
        raw, fold_case, fold_accents
    )


def test_the_fast_view_is_the_unit_by_unit_view_on_every_real_text() -> None:
    texts = [bundled.load_bundled(d).raw for d in bundled.bundled_ids()]
    texts += [p.read_text(encoding="utf-8") for p in sorted(DATA.glob("*.txt"))]
    for raw in texts:
        for fold_case, fold_accents in ((False, False), (True, True)):
            fast = normalize(raw, fold_case=fold_case, fold_accents=fold_accents)
            assert fast == unit_by_unit(raw, fold_case, fold_accents)


def lookups_agree(view: NormalizedText, raw_length: int) -> None:
    """The compact map answers as bisections of a span per character do."""
    starts, ends = view.starts, view.ends
    assert SpanMap.from_spans(starts, ends).every_span() == (starts, ends)
    for index in range(len(view.text)):
        assert view.char_span(index) == (starts[index], ends[index])
    for raw_index in range(-1, raw_length + 2):
        assert view.from_raw(raw_index) == bisect_left(starts, raw_index)
        for end in (raw_index, raw_index + 1, raw_index + 4):
            first = bisect_left(starts, raw_index)
            assert view.from_raw_span(raw_index, end) == (
                first,
                max(first, bisect_left(ends, end + 1)),
            )


@given(TEXTS | st.text(max_size=60), st.booleans(), st.booleans())
@settings(max_examples=400, deadline=None)
def test_the_compact_map_answers_as_a_span_per_character(
    raw: str, fold_case: bool, fold_accents: bool
) -> None:
    lookups_agree(normalize(raw, fold_case=fold_case, fold_accents=fold_accents), len(raw))


def test_a_long_text_keeps_a_few_spans_and_maps_as_unit_by_unit() -> None:
    texts = [path.read_text(encoding="utf-8") for path in sorted((DATA / "texts").glob("*.txt"))]
    long_text = "\n\n".join(texts)
    view = normalize(long_text, fold_case=True, fold_accents=True)
    assert view == unit_by_unit(long_text, True, True)
    assert len(view.spans.positions) < len(view.text) // 20  # a few, not one per character
    lookups_agree(normalize(long_text[:20_000], fold_case=True, fold_accents=True), 20_000)


@pytest.mark.parametrize(
    "extra",
    [
        "".join(map(chr, range(0x0400, 0x0600))),  # 512 distinct letters: past the charmap's 255
        "\ufffe signe",  # the charmap's own mark of an unmapped byte, in the text
        "\x00 nul\x00",  # byte 0 of the charmap
        "\U0001d538 \U0001f600",  # beyond the Basic Multilingual Plane
        "ÀÉÎÕÜ àéîõü ΑΒΓ αβγ \u017f \ufb01",  # letters whose fold changes case, accents, or length
    ],
)
def test_runs_fold_alike_whatever_characters_a_real_text_adds(extra: str) -> None:
    # Runs of simple characters go through a charmap codec built for the text's characters,
    # or ``str.translate`` when it cannot be built: the view must not tell the difference.
    raw = bundled.load_bundled(bundled.bundled_ids()[0]).raw
    for text in (raw + extra, extra + raw, extra):
        for fold_case, fold_accents in ((False, False), (True, True), (True, False)):
            fast = normalize(text, fold_case=fold_case, fold_accents=fold_accents)
            assert fast == unit_by_unit(text, fold_case, fold_accents)
