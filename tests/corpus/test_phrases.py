"""Shared phrases between real declarations: exact runs, near runs, families, minimum length."""

from __future__ import annotations

import re

import pytest

from corpus.compare.align import corpus_weights
from corpus.compare.analysis import AnalyzedDocument, analyze
from corpus.compare.phrases import RARE_IDF, RARE_WORDS, shared_phrases
from corpus.defaults import DEFAULT_MIN_WORDS
from corpus.formulas.finder import bundled_catalogue
from corpus.model import SharedPhrase
from corpus.text import bundled
from corpus.text.tokens import tokenize

from tests.corpus.conftest import CHARTER, CHINA, MOSCOW, SOCHI, VIETNAM


@pytest.fixture(scope="module")
def analysed() -> dict[str, AnalyzedDocument]:
    catalogue = bundled_catalogue()
    return {
        i: analyze(bundled.load_bundled(i), catalogue)
        for i in (MOSCOW, SOCHI, CHINA, VIETNAM, CHARTER)
    }


def _phrases(left: AnalyzedDocument, right: AnalyzedDocument, **options: int) -> list[SharedPhrase]:
    return shared_phrases(
        left.document.raw,
        left.text.tokens,
        right.document.raw,
        right.text.tokens,
        left_formulas=left.formulas,
        right_formulas=right.formulas,
        **options,
    )


def test_formula_run_across_apostrophe_styles_and_line_breaks(
    analysed: dict[str, AnalyzedDocument],
) -> None:
    moscow, sochi = analysed[MOSCOW], analysed[SOCHI]
    phrases = _phrases(moscow, sochi)
    wanted = "de la souveraineté, de l’intégrité territoriale et de l’inviolabilité des frontières"
    run = next(p for p in phrases if p.text == wanted)
    assert moscow.document.raw[run.left.start : run.left.end] == (
        "de la \nsouveraineté, de l’intégrité territoriale et de l’inviolabilité des frontières"
    )
    assert sochi.document.raw[run.right.start : run.right.end] == (
        "de la souveraineté, de l'intégrité territoriale et de l'inviolabilité des frontières"
    )
    assert run.exact
    assert run.words == 11
    assert run.family in {"sovereignty", "territorial-integrity", "inviolability-of-borders"}


def test_near_run_with_differing_function_words(analysed: dict[str, AnalyzedDocument]) -> None:
    charter, moscow = analysed[CHARTER], analysed[MOSCOW]
    phrases = _phrases(charter, moscow)
    near = [p for p in phrases if not p.exact and "souveraineté, à l’indépendance" in p.text]
    assert near, [p.text for p in phrases]
    run = near[0]
    other = " ".join(moscow.document.raw[run.right.start : run.right.end].split())
    assert other == "la souveraineté, de l’indépendance, de l’intégrité territoriale"
    assert run.family is not None


def test_minimum_length_is_the_users(analysed: dict[str, AnalyzedDocument]) -> None:
    moscow, vietnam = analysed[MOSCOW], analysed[VIETNAM]
    default = _phrases(moscow, vietnam)
    longer = _phrases(moscow, vietnam, min_words=10)
    assert all(p.words >= 5 or _rare_words(p.text) >= RARE_WORDS for p in default)
    assert [p.text for p in longer] == [
        p.text for p in default if p.words >= 10 or _rare_words(p.text) >= RARE_WORDS
    ]
    assert len(longer) < len(default)


def _rare_words(text: str) -> int:
    weights = corpus_weights([])
    return sum(
        1
        for token in tokenize(text).tokens
        if not token.stop and weights.idf.get(token.stem, weights.default) >= RARE_IDF
    )


def test_three_rare_words_are_shared_phrasing_under_five_words(
    analysed: dict[str, AnalyzedDocument],
) -> None:
    # "la criminalité transnationale organisée": four words, three of them rare content words.
    moscow, vietnam = analysed[MOSCOW], analysed[VIETNAM]
    texts = [p.text for p in _phrases(moscow, vietnam)]
    assert "la criminalité transnationale organisée" in texts
    # Common words do not make a run, however many: "la coopération dans les domaines".
    assert all(len(t.split()) >= 5 or _rare_words(t) >= RARE_WORDS for t in texts)


def test_names_and_titles_are_not_shared_phrasing(analysed: dict[str, AnalyzedDocument]) -> None:
    moscow, china = analysed[MOSCOW], analysed[CHINA]
    texts = [p.text for p in _phrases(moscow, china)]
    # Both name "le Président de la République d’Azerbaïdjan" several times: a name, not phrasing.
    assert moscow.document.raw.count("Président de la République d’Azerbaïdjan") >= 2
    assert not any("Président de la République" in t for t in texts)
    assert not any(t.startswith("la République d’Azerbaïdjan et la République") for t in texts)
    assert texts  # what they do share is still there


def test_runs_are_maximal_and_spans_are_words(analysed: dict[str, AnalyzedDocument]) -> None:
    charter, moscow = analysed[CHARTER], analysed[MOSCOW]
    phrases = _phrases(charter, moscow)
    for phrase in phrases:
        left = charter.document.raw[phrase.left.start : phrase.left.end]
        right = moscow.document.raw[phrase.right.start : phrase.right.end]
        assert left == left.strip()
        assert right == right.strip()
        assert left[0].isalnum()
        assert right[0].isalnum()
        others = [p for p in phrases if p is not phrase]
        assert not any(
            o.left.contains(phrase.left) and o.right.contains(phrase.right) for o in others
        )


def test_reordered_paragraphs_are_found_in_any_order(analysed: dict[str, AnalyzedDocument]) -> None:
    sochi = analysed[SOCHI].document.raw
    paragraphs = [p for p in sochi.split("\n\n") if p.strip()]
    shuffled = "\n\n".join(reversed(paragraphs))
    left_tokens = analysed[SOCHI].text.tokens
    right_tokens = tokenize(shuffled).tokens
    phrases = shared_phrases(sochi, left_tokens, shuffled, right_tokens)
    covered = sum(len(p.left) for p in phrases)
    assert covered > 0.9 * len(sochi)  # a line diff would match one paragraph out of thirteen
    for phrase in phrases:
        left = sochi[phrase.left.start : phrase.left.end]
        right = shuffled[phrase.right.start : phrase.right.end]
        # The same words; a short run of rare words may differ by a comma elsewhere in the text:
        # "déclaration conjointe, publiée" / "déclaration conjointe publiée".
        assert re.findall(r"\w+", left) == re.findall(r"\w+", right)
        assert left == right or phrase.words < DEFAULT_MIN_WORDS
