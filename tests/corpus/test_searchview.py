"""The search view's compact offset map agrees with the full map of ``corpus.text.normalize``."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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
