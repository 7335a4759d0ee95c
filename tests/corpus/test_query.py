"""Parsing queries, and finding their occurrences in a search view."""

from __future__ import annotations

from corpus.library.query import QueryKind, Term, fts_expression, locate, parse_query
from corpus.library.searchview import search_view


def spans(text: str, query: str, stemmed: bool = False) -> list[str]:
    view = search_view(text)
    found = locate(parse_query(query, stemmed=stemmed), view.text)
    return [text[a:b] for a, b in (view.raw_span(*span) for span in found)]


def test_parsing() -> None:
    phrase = parse_query("  L’Intégrité  TERRITORIALE ")
    assert phrase.kind is QueryKind.PHRASE
    assert phrase.terms == (Term("l"), Term("integrite"), Term("territoriale"))
    assert parse_query('"souverain*"').terms == (Term("souverain", prefix=True),)
    near = parse_query("near(paix sécurité)")
    assert (near.kind, near.distance) == (QueryKind.NEAR, 10)
    assert parse_query("NEAR(paix sécurité, 3)").distance == 3
    assert parse_query("Family: Territorial-Integrity").family == "territorial-integrity"


def test_fts_expression_quotes_every_word() -> None:
    expression = fts_expression(parse_query("NOT and OR"))
    assert '"not" + "and" + "or"' in expression


def test_elision_ligatures_and_case() -> None:
    text = "L’intégrité de l'Œuvre ; le cœur et l'œuvre."
    assert spans(text, "integrite") == ["intégrité"]
    assert spans(text, "l'oeuvre") == ["l'Œuvre", "l'œuvre"]
    assert spans(text, "coeur") == ["cœur"]


def test_word_boundaries() -> None:
    assert spans("souveraineté, souverain, souverainement", "souverain") == ["souverain"]
    assert spans("souveraineté, souverain", "souverain*") == ["souveraineté", "souverain"]


def test_near_and_stemmed_locate() -> None:
    text = "Les frontières et la souveraineté ; la souveraineté des frontières reconnues."
    assert spans(text, "NEAR(souveraineté frontières, 1)") == ["souveraineté des frontières"]
    assert spans(text, "NEAR(souveraineté frontières, 2)") == [
        "frontières et la souveraineté",
        "souveraineté des frontières",
    ]
    assert spans("Ils réaffirment ; il réaffirme.", "réaffirmer", stemmed=True) == [
        "réaffirment",
        "réaffirme",
    ]
