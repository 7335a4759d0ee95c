"""The search view's compact offset map agrees with the full map of ``corpus.text.normalize``."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus.library.prepared import _WORDS, view_words
from corpus.library.searchview import MARKER, OffsetMap, joined_words, search_view
from corpus.text import bundled
from corpus.text.normalize import normalize


def assert_same_map(raw: str) -> None:
    full = normalize(raw, fold_case=True, fold_accents=True)
    view = search_view(raw)
    assert len(view.text) == len(full.text)
    restored = OffsetMap.from_bytes(view.offsets.to_bytes())
    for index in range(len(full.text)):
        assert restored.char_span(index) == (full.starts[index], full.ends[index])
    assert restored.raw_span(len(full.text), len(full.text)) == (len(raw), len(raw))


@pytest.mark.parametrize("doc_id", bundled.bundled_ids())
def test_every_character_of_the_bundled_texts_maps_back(doc_id: str) -> None:
    raw = bundled.load_bundled(doc_id).raw
    assert_same_map(raw)
    view = search_view(raw)
    assert len(view.offsets.positions) < len(view.text) / 10  # compact: few irregular characters


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="aé e\u0301œŒ’-\n \u00a0\u00adXy.,", max_size=80))
def test_any_text_maps_back(raw: str) -> None:
    assert_same_map(raw)


def test_line_end_hyphens_become_the_marker() -> None:
    view = search_view("souverai-\nneté, russo-\n  chinoises, non-ingérence, 2004-\n2005")
    assert view.text == f"souverai{MARKER}nete, russo{MARKER}chinoises, non-ingerence, 2004- 2005"
    assert joined_words(view.text) == ["souverainete", "russochinoises"]
    start, end = view.raw_span(0, len("souverai.nete"))
    assert (start, end) == (0, len("souverai-\nneté"))


def _real_views() -> list[str]:
    texts = sorted((Path(__file__).resolve().parent.parent / "data" / "texts").glob("*.txt"))
    raws = [path.read_text(encoding="utf-8") for path in texts]
    raws += [bundled.load_bundled(doc_id).raw for doc_id in bundled.bundled_ids()]
    return [search_view(raw).text for raw in raws]


def test_the_words_of_every_real_view_are_the_expressions_words() -> None:
    views = _real_views()
    assert all(view_words(view) == _WORDS.findall(view) for view in views)
    assert any(MARKER in word for view in views for word in view_words(view))


# Letters, digits, the marker, an underscore, punctuation the split strips or not, white space
# that ``str.split`` cuts at (including the separators \x1c-\x1f) or not (U+200B).
_PIECES = [*"aéZ9²_-'«»,.;()/*!?&§", MARKER, " ", "\n", "\t", "\x1c", "\u2028", "\u200b"]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(_PIECES) | st.characters(), max_size=60))
def test_the_words_of_any_text_are_the_expressions_words(text: str) -> None:
    assert view_words(text) == _WORDS.findall(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=60))
def test_the_words_of_an_ascii_text_are_the_expressions_words(text: str) -> None:
    assert view_words(text) == _WORDS.findall(text)
