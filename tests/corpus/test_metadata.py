"""Metadata: the bundled catalogue, extraction from real texts, and sidecar files."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus.errors import MetadataError
from corpus.model import DocumentMeta
from corpus.text import bundled
from corpus.text.documents import load_file
from corpus.text.metadata import (
    _DE_WORDS,
    _EN_WORDS,
    _ES_WORDS,
    _FR_WORDS,
    extract_meta,
    guess_language,
    read_sidecar,
    sidecar_path,
    write_sidecar,
)

from tests.corpus.conftest import CHARTER, CHINA, MOSCOW, SOCHI, VIETNAM


def test_bundled_declarations_ship_byte_for_byte_with_their_metadata() -> None:
    assert len(bundled.bundled_ids()) == 5
    shared = Path(__file__).resolve().parents[3] / "shared" / "corpus"
    for doc_id in bundled.bundled_ids():
        path = bundled.bundled_path(doc_id)
        if shared.is_dir():  # beside a clone in CI and on developers' machines
            assert path.read_bytes() == (shared / path.name).read_bytes()
        meta = bundled.bundled_meta(doc_id)
        assert meta.title
        assert meta.date
        assert meta.parties
        assert meta.language == "fr"
    assert bundled.bundled_meta(SOCHI).date == "2022-10-31"  # not the clipping's "date 2025-07"
    assert bundled.bundled_meta(SOCHI).parties == ("Russia", "Azerbaijan", "Armenia")
    assert bundled.bundled_meta(MOSCOW).date == "2004-02-06"


@pytest.mark.parametrize(
    ("doc_id", "title_start", "date", "parties"),
    [
        (
            MOSCOW,
            "Déclaration de la Fédération de Russie et de la République d’Azerbaïdjan, "
            "adoptée au Kremlin",
            "2004-02-06",
            ("Russia", "Azerbaijan"),
        ),
        (
            CHINA,
            "Déclaration conjointe sur l’établissement des relations de partenariat",
            "2025-04-23",
            ("Azerbaijan", "China"),
        ),
        (
            VIETNAM,
            "Déclaration conjointe sur l'établissement d'un partenariat stratégique",
            "2025-05-07",
            ("Vietnam", "Azerbaijan"),
        ),
        (
            CHARTER,
            "TEXTE DE LA CHARTE DE PARTENARIAT STRATEGIQUE",
            "2026-02-10",
            ("Azerbaijan", "United States"),
        ),
        # A news report opens with its lead, no title: the name the text gives the instrument
        # ("une déclaration conjointe") and the parties make one.
        (
            SOCHI,
            "Déclaration (Azerbaïdjan, Arménie, Russie)",
            "",
            ("Azerbaijan", "Armenia", "Russia"),
        ),
    ],
)
def test_extraction_from_the_text_alone(
    doc_id: str, title_start: str, date: str, parties: tuple[str, ...]
) -> None:
    meta = extract_meta(bundled.load_bundled(doc_id).raw)
    assert meta.title.startswith(title_start)
    assert meta.date == date
    assert meta.parties == parties
    assert meta.language == "fr"


def test_extraction_on_treaty_and_english_statement(data_dir: Path) -> None:
    treaty = extract_meta((data_dir / "nl-bwb__traite-conciliation-nl-suede.txt").read_text())
    assert treaty.title == "TRAITÉ DE CONCILIATION ENTRE LES PAYS-BAS ET LA SUÈDE"
    assert treaty.parties == ("Netherlands", "Sweden")
    assert treaty.kind == "treaty"
    name = "whitehouse__us-vietnam-comprehensive-strategic-partnership-2023.txt"
    statement = extract_meta((data_dir / name).read_text())
    assert statement.language == "en"
    # "Elevating United States-Vietnam Relations": both named in the title, in its order.
    assert statement.parties == ("United States", "Vietnam")
    assert statement.kind == "joint statement"


def test_sidecar_round_trip_and_precedence(tmp_path: Path) -> None:
    path = tmp_path / "moscou.txt"
    path.write_bytes(bundled.bundled_path(MOSCOW).read_bytes())
    assert load_file(path).meta.date == "2004-02-06"  # extracted
    edited = DocumentMeta(
        title="Déclaration de Moscou",
        date="2004-02-06",
        parties=("Russia", "Azerbaijan"),
        kind="declaration",
        language="fr",
    )
    write_sidecar(path, edited)
    assert read_sidecar(path) == edited
    assert load_file(path).meta == edited
    assert not list(tmp_path.glob("*.tmp"))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not valid"),
        ('["a"]', "JSON object"),
        ('{"colour": "x"}', "unknown field"),
        ('{"parties": "Russia"}', "list of names"),
        ('{"date": 2004}', "must be text"),
    ],
)
def test_broken_sidecar_is_named(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "decl.txt"
    path.write_text("Déclaration.\n", encoding="utf-8")
    sidecar_path(path).write_text(content, encoding="utf-8")
    with pytest.raises(MetadataError, match=message) as caught:
        read_sidecar(path)
    assert "decl.txt.meta.json" in str(caught.value)


def language_by_words(raw: str) -> str:
    """The definition :func:`guess_language` follows: the runs of a-z and à-ÿ of the lower-cased
    text's first 20,000 characters, French or English by their commonest words, German or
    Spanish when theirs outnumber both."""
    words = re.findall(r"[a-zà-ÿ]+", raw[:20000].lower())
    french = sum(word in _FR_WORDS for word in words)
    english = sum(word in _EN_WORDS for word in words)
    if not french and not english:
        return ""
    german = sum(word in _DE_WORDS for word in words)
    spanish = sum(word in _ES_WORDS for word in words)
    if max(german, spanish) > max(french, english):
        return "de" if german >= spanish else "es"
    return "fr" if french >= english else "en"


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "le",
                "la",
                "the",
                "of",
                "der",
                "und",
                "los",
                "à",
                "À",
                "É",
                "÷",
                "\u00d7",
                "ß",
                "İ",
                "ﬁ",
                "œ",
            ]
        )
        | st.sampled_from(["’", "'", "-", " ", ".", "\n", "\x00", "ÿ", "Ÿ"])
        | st.text(max_size=3),
        max_size=40,
    ).map("".join)
)
def test_the_language_is_guessed_from_its_words(raw: str) -> None:
    assert guess_language(raw) == language_by_words(raw)


def test_the_language_of_the_real_texts_is_guessed_from_their_words(data_dir: Path) -> None:
    for path in sorted(data_dir.rglob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        assert guess_language(raw) == language_by_words(raw)
