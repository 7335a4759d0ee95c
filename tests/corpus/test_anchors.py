"""Literal anchors (corpus.text.anchors): a pattern is skipped only where it cannot match.

The anchors decide which formula and country patterns are run over a text; one that promised a
string a match does not hold would silently drop hits. They are checked on the real texts (every
bundled pattern, every text, and random pieces of them) and on random patterns and texts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus.formulas import anchorfile, finder
from corpus.formulas import catalogue as catalogue_module
from corpus.formulas.catalogue import CompiledFamily, bundled_catalogue, compile_pattern
from corpus.text import anchors as anchors_module
from corpus.text import countries
from corpus.text.anchors import TextAnchors, anchors, may_match
from corpus.text.reading import folded_view

DATA = Path(__file__).resolve().parent.parent / "data"
DECLARATIONS = Path(__file__).resolve().parents[2] / "corpus" / "data" / "declarations"


@cache
def real_views() -> tuple[tuple[str, str], ...]:
    """Every real text (tests/data/texts and the bundled declarations): raw and folded."""
    paths = sorted((DATA / "texts").glob("*.txt")) + sorted(DECLARATIONS.glob("*.txt"))
    raws = [path.read_text(encoding="utf-8") for path in paths]
    return tuple((raw, folded_view(raw).text) for raw in raws)


@cache
def patterns() -> tuple[re.Pattern[str], ...]:
    """The bundled formula patterns and exclusions, and the country names' patterns."""
    found: list[re.Pattern[str]] = []
    for family in bundled_catalogue().compiled():
        found += [p for p in (*family.patterns, *family.exclusions) if isinstance(p, re.Pattern)]
    return (*found, *(country.pattern for country in countries.countries()))


def test_every_bundled_pattern_has_anchors() -> None:
    # Without them every pattern would again be tried at every position of every text.
    assert [p.pattern for p in patterns() if not anchors(p)] == []


def test_a_pattern_is_skipped_only_where_it_finds_nothing_in_the_real_texts() -> None:
    skipped = 0
    for _, view in real_views():
        text = TextAnchors(view)
        for pattern in patterns():
            if not may_match(pattern, text):
                skipped += 1
                assert pattern.search(view) is None, pattern.pattern
    assert skipped > len(real_views()) * len(patterns()) // 2  # most are skipped: it is worth it


def test_formulas_found_with_and_without_anchors_are_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(anchors_module, "WORTH_AFTER", 0)  # anchors from the first text on
    catalogue = bundled_catalogue()
    with_anchors = [finder.find_formulas(raw, catalogue) for raw, _ in real_views()]
    monkeypatch.setattr(CompiledFamily, "_may_match", lambda self, part, index, text: True)
    without = [finder.find_formulas(raw, catalogue) for raw, _ in real_views()]
    assert with_anchors == without
    assert sum(map(len, with_anchors)) > 100


def test_formulas_found_with_anchors_worked_out_are_those_with_the_shipped_ones(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(anchors_module, "WORTH_AFTER", 0)
    shipped = [finder.find_formulas(raw, bundled_catalogue()) for raw, _ in real_views()]
    monkeypatch.setattr(anchorfile, "shipped", lambda: {})
    worked_out = catalogue_module._build("test", bundled_catalogue().families)
    assert not any(family.shipped for family in worked_out.compiled())
    assert [finder.find_formulas(raw, worked_out) for raw, _ in real_views()] == shipped


def test_a_text_compiles_only_the_patterns_whose_shipped_anchors_it_holds() -> None:
    # What a short command saves: a fresh catalogue compiles the patterns one text needs.
    families = catalogue_module._build("test", bundled_catalogue().families).compiled()
    assert all(family.shipped for family in families)
    raw, view = real_views()[0]
    finder.find_formulas(raw, catalogue_module.Catalogue("test", (), (), families))
    compiled = sum(len(family._compiled) for family in families)
    total = sum(len(family.sources[0]) + len(family.sources[1]) for family in families)
    assert 0 < compiled < total / 2
    for family in families:  # every pattern left out could not have matched
        for (part, index), pattern in family._compiled.items():
            assert (
                pattern.pattern
                == catalogue_module.compile_pattern(family.sources[part][index]).pattern
            )
        for part, sources in enumerate(family.sources):
            for index, source in enumerate(sources):
                if (part, index) not in family._compiled:
                    assert catalogue_module.compile_pattern(source).search(view) is None


def test_countries_found_with_and_without_anchors_are_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(anchors_module, "WORTH_AFTER", 0)
    openings = [view[:3000] for _, view in real_views()]
    with_anchors = [countries.find_countries(text) for text in openings]
    # Without: every country's pattern searched, none left out for want of its names.
    without = []
    for text in openings:
        found = [
            (m.start(), c.name) for c in countries.countries() if (m := c.pattern.search(text))
        ]
        without.append([name for _, name in sorted(found)])
    assert without == with_anchors
    assert sum(map(len, with_anchors)) > 50
    # The plain ``in`` a short run uses leaves out the same countries as the one-pass lookup.
    monkeypatch.setattr(anchors_module, "WORTH_AFTER", 10**18)
    assert [countries.find_countries(text) for text in openings] == with_anchors


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_pieces_of_real_texts_keep_every_match(data: st.DataObject) -> None:
    # A piece cut anywhere ends inside words and formulas: a match that survives the cut must
    # still pass its anchors.
    _, view = data.draw(st.sampled_from(real_views()))
    start = data.draw(st.integers(0, max(0, len(view) - 1)))
    piece = view[start : start + data.draw(st.integers(0, 600))]
    text = TextAnchors(piece)
    for pattern in patterns():
        if pattern.search(piece) is not None:
            assert may_match(pattern, text), (pattern.pattern, piece)


_ATOMS = ("a", "b", "ab", "ba", "c", "-", " ", "[ab]", "[a-c]", ".", r"\w", "(?<=a)", "(?!b)")


def _regex() -> st.SearchStrategy[str]:
    """Small patterns built of literals, classes, look-arounds, groups, branches, repeats."""
    leaves = st.sampled_from(_ATOMS)
    return st.recursive(
        leaves,
        lambda inner: st.one_of(
            st.lists(inner, min_size=1, max_size=4).map("".join),
            st.lists(inner, min_size=2, max_size=3).map(lambda ps: "(?:" + "|".join(ps) + ")"),
            st.tuples(inner, st.sampled_from(["?", "*", "+", "{2}", "{1,3}", "{0,2}", "+?"])).map(
                lambda pair: "(?:" + pair[0] + ")" + pair[1]
            ),
            inner.map(lambda part: "(" + part + ")"),
        ),
        max_leaves=12,
    )


@contextmanager
def any_anchor_length() -> Iterator[None]:
    """Anchors of any length (the random patterns' strings are short)."""
    saved = anchors_module.MIN_ANCHOR
    anchors_module.MIN_ANCHOR = 1
    anchors.cache_clear()
    anchors_module._checks.cache_clear()
    try:
        yield
    finally:
        anchors_module.MIN_ANCHOR = saved
        anchors.cache_clear()
        anchors_module._checks.cache_clear()


@settings(max_examples=600, deadline=None)
@given(pattern=_regex(), text=st.text(alphabet="abc -", max_size=40))
def test_random_patterns_never_lose_a_match(pattern: str, text: str) -> None:
    with any_anchor_length():
        compiled = compile_pattern(pattern)
        if compiled.search(text) is not None:
            assert may_match(compiled, TextAnchors(text)), (pattern, anchors(compiled))


def test_what_cannot_be_analysed_is_always_run() -> None:
    assert anchors(re.compile("terrorisme", re.IGNORECASE)) == ()
    assert may_match(re.compile("terrorisme", re.IGNORECASE), TextAnchors("TERRORISME"))
    assert anchors(re.compile(r"\w+ \w+")) == ()


def test_a_text_without_the_anchor_skips_the_pattern() -> None:
    pattern = compile_pattern(r"(?:contre-|anti-?)?terroris(?:me|tes?)")
    assert anchors(pattern) == (frozenset({"terrorisme", "terroriste"}),)
    moscow = next(view for _, view in real_views() if "terroris" not in view)
    assert not may_match(pattern, TextAnchors(moscow))
    assert may_match(pattern, TextAnchors("la lutte contre le terrorisme"))


def test_anchors_are_worked_out_only_once_enough_text_was_searched(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(anchors_module, "_searched", {})
    monkeypatch.setattr(anchors_module, "WORTH_AFTER", 50_000)
    assert not anchors_module.worth_it("formulas", 30_000)  # align's two texts: not worth it
    assert not anchors_module.worth_it("formulas", 30_000)
    assert anchors_module.worth_it("formulas", 10)  # a folder's third text: worth it
    assert not anchors_module.worth_it("countries", 10)  # each set of patterns counts apart


def test_anchors_worked_out_ahead_are_used_from_the_first_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(anchors_module, "_searched", {})
    patterns = [p for f in bundled_catalogue().compiled() for p in f.patterns]
    anchors_module.work_out("formulas", patterns)
    assert anchors_module.worth_it("formulas", 10)
    assert anchors_module._checks.cache_info().currsize >= len(patterns)


def anchor_strings() -> list[str]:
    """Every string the patterns' anchors look for (shared parts and alternatives)."""
    strings: set[str] = set()
    for pattern in patterns():
        for core, alternatives in anchors_module._checks(pattern):
            strings.update(alternatives, {core} - {""})
    return sorted(strings)


@pytest.fixture
def fresh_automaton(monkeypatch: pytest.MonkeyPatch) -> None:
    """No string asked about yet in this process (the automaton starts empty)."""
    monkeypatch.setattr(anchors_module, "_asked", set())
    monkeypatch.setattr(anchors_module, "_searchable", frozenset())
    monkeypatch.setattr(anchors_module, "_built", [])


@pytest.mark.usefixtures("fresh_automaton")
def test_the_automaton_finds_exactly_the_strings_each_real_text_holds() -> None:
    strings = anchor_strings()
    views = [view for _, view in real_views()]
    first = TextAnchors(views[0])  # asked first: looked for with ``in``, then learnt
    assert [first.holds(s) for s in strings] == [s in views[0] for s in strings]
    scanned = 0
    for view in views:
        text = TextAnchors(view)
        assert [text.holds(s) for s in strings] == [s in view for s in strings]
        scanned += text._scanned is not None  # answered by one pass of the automaton
    assert scanned == len(views)
    assert sum(s in view for s in strings for view in views) > len(views) * 5


@pytest.mark.usefixtures("fresh_automaton")
@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_strings_cut_from_real_texts_are_found_where_they_are(data: st.DataObject) -> None:
    # Strings overlap, hold one another and run to a piece's very edges: the automaton must
    # report each occurrence, as ``in`` does.
    _, view = data.draw(st.sampled_from(real_views()))
    start = data.draw(st.integers(0, max(0, len(view) - 1)))
    piece = view[start : start + data.draw(st.integers(0, 400))]
    cuts = st.tuples(st.integers(0, len(view)), st.integers(1, 12))
    strings = [view[a : a + n] or "x" for a, n in data.draw(st.lists(cuts, max_size=12))]
    strings += data.draw(st.lists(st.text(min_size=1, max_size=4), max_size=3))
    for text in (TextAnchors(piece), TextAnchors(piece)):  # learning, then the automaton
        assert [text.holds(s) for s in strings] == [s in piece for s in strings]
