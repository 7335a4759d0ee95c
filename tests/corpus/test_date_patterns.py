"""The date and signature expressions that open with a class match what their plain forms do.

``corpus.text.dates`` and ``corpus.text.docdate`` write ``\\b(?:word|word)`` so that ``re`` can
skip to where a match may start (:func:`corpus.text.dates.word_start`); the plain forms, kept
here as the definition, must find the very same matches and groups.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from corpus.text import dates, docdate
from corpus.text.dates import MONTHS
from corpus.text.docdate import with_digits
from corpus.text.reading import folded_view

DATA = Path(__file__).resolve().parent.parent / "data" / "texts"
DECLARATIONS = Path(__file__).resolve().parents[2] / "corpus" / "data" / "declarations"

_MONTH = "|".join(MONTHS)
_DAY = r"(?P<day>[0-3]?\d|premier|first)"
_YEAR = r"(?P<year>1[6-9]\d\d|20\d\d)"
_TO_DAY = r"(?:\s*[-–]\s*[0-3]?\d)?"
PLAIN = {
    "DAY_MONTH_YEAR": rf"\b{_DAY}(?:er|ᵉʳ|(?:st|nd|rd|th)(?:\s+of)?)?{_TO_DAY}"
    rf"\s+(?P<month>{_MONTH}),?\s+(?:l'an\s+(?:de\s+grace\s+)?)?{_YEAR}\b",
    "MONTH_DAY_YEAR": rf"\b(?P<month>{_MONTH})\s+{_DAY}{_TO_DAY},?\s+{_YEAR}\b",
    "DAY_OF_MONTH_YEAR": rf"\b{_DAY}(?:st|nd|rd|th)?\s+day\s+of\s+(?P<month>{_MONTH}),?\s+"
    rf"(?:in\s+the\s+year\s+(?:of\s+our\s+lord\s+)?)?{_YEAR}\b",
    "_SIGNATURE": r"\b(?:fait|faite|done|signed|signe|signee|adopted|adoptee?|issued)\b"
    r"[^.;:\d]{0,24}?\b(?:a|at|in|en)\b",
}


def compiled(name: str) -> re.Pattern[str]:
    pattern = getattr(dates, name, None) or getattr(docdate, name)
    assert isinstance(pattern, re.Pattern)
    return pattern


def matches(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str]]]:
    names = [name for name in ("day", "month", "year") if name in pattern.groupindex]
    return [(m.span(), {name: m[name] for name in names}) for m in pattern.finditer(text)]


@cache
def real_views() -> tuple[str, ...]:
    paths = sorted(DATA.glob("*.txt")) + sorted(DECLARATIONS.glob("*.txt"))
    views = [folded_view(path.read_text(encoding="utf-8")).text for path in paths]
    # Signatures in words become digits first ("le dix mars" → "le 10 mars").
    return (*views, *(with_digits(view, "fr") for view in views[:10]))


@pytest.mark.parametrize("name", sorted(PLAIN))
def test_the_same_matches_as_the_plain_expression_in_every_real_text(name: str) -> None:
    plain = re.compile(PLAIN[name])
    found = [matches(compiled(name), view) for view in real_views()]
    assert found == [matches(plain, view) for view in real_views()]
    # The treaty style ("the 4th day of April") is in none of these texts: the test below
    # builds it.
    assert sum(map(len, found)) >= (0 if name == "DAY_OF_MONTH_YEAR" else 5)


_TOKENS = [
    *MONTHS,
    *("1", "12", "31", "45", "07", "1er", "premier", "first", "4th", "2004", "1949", "day", "of"),
    *("in the year", "fait", "faite", "adopte", "adoptee", "signed", "done", "a", "at", "en"),
    *(
        " ",
        ", ",
        "\n",
        "-",
        "x",
        "_",
        "2",
        "é",
        "la haye",
        "st",
        "th",
        "–16",
        "-3",
        "l'an de grace ",
    ),
]


@settings(max_examples=400, deadline=None)
# The North Atlantic Treaty's and the 2022 Phnom Penh statement's signatures, folded.
@example(NATO := "done at washington, the 4th day of april, 1949.")
@example(PHNOM_PENH := "adopted in phnom penh on the 12th day of november in the year 2022")
@given(st.lists(st.sampled_from(_TOKENS), max_size=14).map("".join))
def test_the_same_matches_as_the_plain_expression_anywhere(text: str) -> None:
    for name, plain in PLAIN.items():
        assert matches(compiled(name), text) == matches(re.compile(plain), text), name


def test_the_treaty_style_examples_are_dates() -> None:
    pattern = compiled("DAY_OF_MONTH_YEAR")
    assert [m["day"] for m in pattern.finditer(NATO + " x4th day of may 2001, " + PHNOM_PENH)] == [
        "4",
        "12",
    ]
