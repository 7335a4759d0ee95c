"""The catalogue's English wordings, on real sentences of treaties and statements.

The sentences and their labels are in ``tests/data/formulas_en`` (its README gives the sources):
a development part the English patterns were written from and a held-out part never used to
write them. Every family a sentence states is found, and none it does not state (the near
misses: "border security", "entry into force", "Task Force", "sovereign assets").
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from corpus.compare.comparison import compare
from corpus.formulas.finder import bundled_catalogue, find_formulas
from corpus.model import Document
from corpus.text.documents import load_file

DATA = Path(__file__).resolve().parent.parent / "data" / "formulas_en"


def _rows(part: str) -> list[tuple[frozenset[str], str, str]]:
    rows = []
    for line in (DATA / f"{part}.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        families, source, sentence = line.split("\t")
        rows.append(
            (frozenset() if families == "-" else frozenset(families.split(",")), source, sentence)
        )
    return rows


def _found(text: str) -> frozenset[str]:
    return frozenset(hit.family for hit in find_formulas(text, bundled_catalogue()))


def _params(part: str) -> list[object]:
    return [
        pytest.param(stated, sentence, id=f"{source}:{sentence[:40]}")
        for stated, source, sentence in _rows(part)
    ]


@pytest.mark.parametrize(("stated", "sentence"), _params("development"))
def test_development_sentences_give_exactly_their_families(
    stated: frozenset[str], sentence: str
) -> None:
    assert _found(sentence) == stated


@pytest.mark.parametrize(("stated", "sentence"), _params("held_out"))
def test_held_out_sentences_give_exactly_their_families(
    stated: frozenset[str], sentence: str
) -> None:
    assert _found(sentence) == stated


def test_held_out_sentences_find_nothing_falsely() -> None:
    for stated, source, sentence in _rows("held_out"):
        assert _found(sentence) <= stated, (source, sentence)


def test_both_parts_hold_near_misses_and_every_principle() -> None:
    # The sets keep their purpose: sentences that must give nothing, and each of the
    # Helsinki-like principles stated in both parts.
    for part in ("development", "held_out"):
        rows = _rows(part)
        assert sum(1 for stated, _, _ in rows if not stated) >= 10
        stated_all = frozenset().union(*(stated for stated, _, _ in rows))
        assert {
            "inviolability-of-borders",
            "non-use-of-force",
            "peaceful-settlement",
            "non-interference",
            "territorial-integrity",
            "un-charter",
        } <= stated_all


@pytest.mark.parametrize(
    ("wording", "family", "core"),
    [
        # the issue's examples, inside real sentences of the development part
        (
            "the inviolability of the existing borders;",
            "inviolability-of-borders",
            "inviolability of the existing borders",
        ),
        (
            "the rejection of the use of force, economic or other methods",
            "non-use-of-force",
            "rejection of the use of force",
        ),
        (
            "or other peaceful means of their own choice.",
            "peaceful-settlement",
            "other peaceful means of their own choice",
        ),
        (
            "The participating States regard as inviolable all one another's frontiers",
            "inviolability-of-borders",
            "inviolable all one another's frontiers",
        ),
        (
            "to refrain from the threat or use of force",
            "non-use-of-force",
            "threat or use of force",
        ),
        (
            "will respect each other's territorial integrity",
            "territorial-integrity",
            "territorial integrity",
        ),
        (
            "abstention from the use of force",
            "non-use-of-force",
            "abstention from the use of force",
        ),
    ],
)
def test_the_issues_wordings_are_found_with_their_core(
    wording: str, family: str, core: str
) -> None:
    hits = [hit for hit in find_formulas(wording, bundled_catalogue()) if hit.family == family]
    assert [hit.text for hit in hits] == [core]


def _english(name: str) -> Document:
    document = load_file(DATA / name)
    return replace(document, meta=replace(document.meta, language="en"))


def test_summary_of_sochi_against_budapest_says_only_what_is_true(sochi: Document) -> None:
    # The Sochi declaration (French) and the Budapest memorandum (English) both state the
    # inviolability of borders ("the existing borders of Ukraine"), the non-use of force, the
    # territorial integrity, sovereignty and the UN Charter; only Budapest names independence.
    comparison = compare(
        sochi, _english("budapest-memorandum-1994-excerpt.txt"), bundled_catalogue()
    )
    assert comparison.only_left == ()
    assert comparison.only_right == ("independence",)


def test_summary_of_moscow_against_the_belovezh_agreement_says_only_what_is_true(
    moscow: Document,
) -> None:
    # The issue's case: the Moscow declaration against the English text of the Belovezh
    # agreement (the Venice Commission's), which states the inviolability of existing borders,
    # the abstention from the use of force and the settling of controversial issues through
    # agreement: none of them is "affirmed only on the left" any more.
    belovezh = load_file(DATA.parent / "pages" / "belovezh-accords-1991.en.md")
    comparison = compare(moscow, belovezh, bundled_catalogue())
    assert comparison.only_left == (
        "independence",
        "sovereign-equality",
        "mutual-respect",
        "terrorism",
        "strategic-partnership",
        "mutual-trust",
    )
    assert comparison.only_right == ("mutual-benefit", "human-rights")


def test_summary_of_moscow_against_alma_ata_says_only_what_is_true(moscow: Document) -> None:
    comparison = compare(
        moscow, _english("alma-ata-declaration-1991-excerpt.txt"), bundled_catalogue()
    )
    # Alma-Ata states these in English wordings the catalogue did not know before: they are
    # no longer "affirmed only on the left".
    for family in (
        "inviolability-of-borders",
        "non-use-of-force",
        "non-interference",
        "peaceful-settlement",
        "territorial-integrity",
        "sovereign-equality",
    ):
        assert family not in comparison.only_left
    # What is left on one side is truly absent from the other (read in both texts).
    assert comparison.only_left == (
        "independence",
        "un-charter",
        "mutual-respect",
        "terrorism",
        "strategic-partnership",
        "mutual-trust",
    )
    assert comparison.only_right == ("mutual-benefit", "human-rights")


def test_mutual_confidence_is_mutual_trust_in_a_real_statement() -> None:
    raw = (
        DATA.parent / "whitehouse__cambodia-thailand-joint-declaration-kuala-lumpur-2025.txt"
    ).read_text(encoding="utf-8")
    hits = [
        hit.text for hit in find_formulas(raw, bundled_catalogue()) if hit.family == "mutual-trust"
    ]
    assert "mutual confidence" in hits
