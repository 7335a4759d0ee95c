"""Code points and UTF-16 units: exhaustive on texts with characters outside the BMP."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from widgets.textpos import Utf16Map

CHARS = st.sampled_from(["a", "é", "\u2019", "\n", "\U0001f600", "\U0001d504", "中", "œ"])


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@given(st.lists(CHARS, max_size=40).map("".join))
def test_round_trip_and_agreement_with_utf16(text: str) -> None:
    mapping = Utf16Map(text)
    assert mapping.utf16_length == _utf16_len(text)
    for offset in range(len(text) + 1):
        position = mapping.to_utf16(offset)
        assert position == _utf16_len(text[:offset])
        assert mapping.to_code_point(position) == offset


def test_inside_a_surrogate_pair_maps_to_its_character() -> None:
    text = "a😀b"
    mapping = Utf16Map(text)
    assert mapping.to_utf16(2) == 3
    assert mapping.to_code_point(2) == 1  # the low half of 😀 belongs to code point 1


def test_out_of_range() -> None:
    mapping = Utf16Map("abc")
    with pytest.raises(IndexError):
        mapping.to_utf16(4)
    with pytest.raises(IndexError):
        mapping.to_code_point(-1)


def test_real_declaration_is_identity(qapp: object) -> None:
    from corpus.text import bundled

    raw = bundled.load_bundled(bundled.bundled_ids()[0]).raw
    mapping = Utf16Map(raw)
    assert mapping.utf16_length == len(raw)
    assert mapping.to_utf16(1000) == 1000
