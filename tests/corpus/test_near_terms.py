"""NEAR with many terms: the same occurrences as the plain definition, found in time linear in
the terms; and a clear refusal past the most words a NEAR may hold."""

from __future__ import annotations

import re
from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus.errors import QueryError
from corpus.library.query import MAX_NEAR_TERMS, QueryKind, locate, parse_query
from corpus.library.searchview import search_view

_WORD = re.compile(r"[^\W_]+")


def reference_near(view: str, terms: Sequence[str], distance: int) -> list[tuple[int, int]]:
    """NEAR as it is defined, the slow way: from each occurrence of a term (in order), the
    window of the next ``len(terms) + distance`` words; the shortest prefix of it giving a
    distinct word to every term, greedily, term by term; past a found span, the next start is
    the first occurrence after it."""
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(view)]
    occurrences = [
        (a, b, j) for number, (a, b, w) in enumerate(words) for j, t in enumerate(terms) if w == t
    ]
    number_of = {a: n for n, (a, _, _) in enumerate(words)}
    reach = len(terms) + distance
    spans: list[tuple[int, int]] = []
    index = 0
    while index < len(occurrences):
        start = occurrences[index][0]
        window = [o for o in occurrences[index:] if number_of[o[0]] - number_of[start] < reach]
        end = None
        for start_term in sorted({j for a, _, j in window if a == start}):
            used, finish, complete = {start}, occurrences[index][1], True
            for term in range(len(terms)):
                if term == start_term:
                    continue
                found = next((o for o in window if o[0] not in used and o[2] == term), None)
                if found is None:
                    complete = False
                    break
                used.add(found[0])
                finish = max(finish, found[1])
            if complete:
                end = finish
                break
        if end is None:
            index += 1
            continue
        spans.append((start, end))
        while index < len(occurrences) and occurrences[index][0] < end:
            index += 1
    return spans


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(["de", "la", "paix", "et", "les", "parties"]), max_size=60),
    st.lists(st.sampled_from(["de", "la", "paix", "et", "les"]), min_size=2, max_size=6),
    st.integers(min_value=0, max_value=6),
)
def test_near_finds_what_its_definition_finds(
    words: list[str], terms: list[str], distance: int
) -> None:
    view = " ".join(words)
    query = parse_query(f"NEAR({' '.join(terms)}, {distance})")
    assert query.kind is QueryKind.NEAR
    assert locate(query, view) == reference_near(view, terms, distance)


def test_near_of_many_common_words_over_a_long_text() -> None:
    common = "de la les des et à en du le l d pour par sur dans que qui une un au aux est sont leur"
    terms = common.split()
    assert len(terms) == 24
    sentence = (
        "Les parties réaffirment que la paix et la sécurité sont leur but, et à cet effet "
        "elles conviennent d'une coopération pour le bien de tous les peuples dans "
        "l'intérêt qui est au cœur des relations entre les États, aux termes du traité, "
        "en un esprit fondé sur le droit et par la voie du dialogue. "
    )
    view = search_view(sentence * 100).text
    query = parse_query(f"NEAR({common}, 100)")
    found = locate(query, view)
    assert found == reference_near(view, [term.word for term in query.terms], 100)
    assert len(found) > 50


def test_near_takes_at_most_its_limit_of_words() -> None:
    many = " ".join(f"mot{n}" for n in range(MAX_NEAR_TERMS + 1))
    with pytest.raises(QueryError) as refused:
        parse_query(f"NEAR({many}, 5)")
    assert (
        str(refused.value)
        == f"NEAR takes at most {MAX_NEAR_TERMS} words ({MAX_NEAR_TERMS + 1} given)"
    )
    most = " ".join(f"mot{n}" for n in range(MAX_NEAR_TERMS))
    assert len(parse_query(f"NEAR({most}, 5)").terms) == MAX_NEAR_TERMS
    with pytest.raises(QueryError, match="NEAR needs at least two words"):
        parse_query("NEAR(paix, 5)")


def test_a_stemmed_near_stems_each_word_once_and_finds_the_same() -> None:
    text = "Les frontières et la souveraineté ; la souveraineté des frontières reconnues."
    view = search_view(text).text
    found = locate(parse_query("NEAR(souverain* frontière, 2)", stemmed=True), view)
    assert [view[a:b] for a, b in found] == [
        "frontieres et la souverainete",
        "souverainete des frontieres",
    ]
