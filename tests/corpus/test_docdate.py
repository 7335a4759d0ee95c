"""A document's own date and parties, on real treaties and statements (dates from the texts'
manifest in ``../shared/texts/manifest.tsv``, copied here with the texts)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus.text.dates import find_dates
from corpus.text.docdate import (
    _SIGNATURE,
    SIGNATURE_KEYWORDS,
    _signatures,
    signature_date,
    with_digits,
)
from corpus.text.metadata import extract_meta
from corpus.text.reading import folded_view

DATA = Path(__file__).resolve().parent.parent / "data"
TEXTS = DATA / "texts"


def text_of(name: str) -> str:
    """A real text of tests/data, or of the shared collection's copy in tests/data/texts."""
    path = DATA / name if (DATA / name).exists() else TEXTS / name
    return path.read_text(encoding="utf-8")


def manifest() -> dict[str, dict[str, str]]:
    """Each shared text's row of the collection's manifest (true date, language...)."""
    with (TEXTS / "manifest.tsv").open(encoding="utf-8") as handle:
        return {row["file"]: row for row in csv.DictReader(handle, delimiter="\t")}


ASEAN = "whitehouse__asean-us-comprehensive-strategic-partnership-2022.txt"
#: file → the date the manifest gives, for texts that write it themselves.
MANIFEST_DATES = {
    # A Hague convention of 1907 is cited in the preamble; the signature says 1927/1928/1932/1933.
    "nl-bwb__traite-conciliation-nl-suede.txt": "1927-05-21",
    "nl-bwb__traite-conciliation-nl-finlande.txt": "1928-06-09",
    "nl-bwb__traite-reglement-judiciaire-nl-norvege.txt": "1933-03-23",
    "nl-bwb__traite-reglement-judiciaire-nl-turquie.txt": "1932-04-16",
    # "FAIT à Dakar, le 12 juin 1965", after an earlier exchange of letters of March 1965.
    "nl-bwb__accord-cooperation-economique-technique-nl-senegal.txt": "1965-06-12",
    # "Fait à Paris, le dix février mil neuf cent quarante-sept": in words.
    "nl-bwb__traite-de-paix-avec-italie-1947.txt": "1947-02-10",
    # "ADOPTED in Phnom Penh ... on the Twelfth day of November in the Year Two Thousand and
    # Twenty-Two", while a paragraph cites a statement "adopted ... on May 12, 2022".
    ASEAN: "2022-11-12",
    # A closing dateline alone, "December 1, 2022", after citing "October 29, 2021".
    "whitehouse__us-france-joint-statement-2022.txt": "2022-12-01",
    "nl-bwb__north-atlantic-treaty-1949.txt": "1949-04-04",
    "nl-bwb__charter-of-the-united-nations.txt": "1945-06-26",
}


@pytest.mark.parametrize(("name", "date"), MANIFEST_DATES.items(), ids=list(MANIFEST_DATES))
def test_the_date_is_the_documents_own(name: str, date: str) -> None:
    assert manifest()[name]["date"] == date
    assert extract_meta(text_of(name)).date == date


def test_a_cited_signing_is_not_a_signature() -> None:
    # "the Statement of Intent signed on November 30, 2022": no place after "signed".
    raw = text_of("whitehouse__us-france-joint-statement-2022.txt")
    assert "signed on November 30, 2022" in raw
    assert signature_date(folded_view(raw).text, "en") == ""


def test_the_last_signature_wins() -> None:
    text = (
        "Considérant la convention faite à La Haye le 18 octobre 1907.\n\n"
        "Article premier. Les Parties...\n\n"
        "Fait, en double, à Stockholm, le vingt et un mai mil neuf cent vingt-sept."
    )
    assert signature_date(folded_view(text).text, "fr") == "1927-05-21"


@pytest.mark.parametrize(
    ("name", "parties"),
    [
        # "the President of the French Republic"; Ukraine is only mentioned.
        ("whitehouse__us-france-joint-statement-2022.txt", ("United States", "France")),
        # "U.S.-Ukraine" in the title; Russia is only mentioned.
        ("whitehouse__us-ukraine-strategic-partnership-2021.txt", ("United States", "Ukraine")),
        # "ASEAN-U.S." in the title; Cambodia hosts the summit.
        (ASEAN, ("ASEAN", "United States")),
        # "The United States and the European Union" open it; Ukraine and Israel come later.
        ("whitehouse__us-eu-summit-joint-statement-2023.txt", ("United States", "European Union")),
    ],
)  # fmt: skip
def test_parties_name_themselves_in_the_title_or_the_opening(
    name: str, parties: tuple[str, ...]
) -> None:
    assert extract_meta(text_of(name)).parties == parties


def test_nine_in_ten_texts_that_write_their_date_get_it() -> None:
    right, counted = 0, 0
    for name, row in manifest().items():
        raw, date, language = text_of(name), row["date"], row["language"]
        if date not in {d.iso for d in find_dates(with_digits(folded_view(raw).text, language))}:
            continue  # the text never writes its date: no rule can find it
        counted += 1
        right += extract_meta(raw).date == date
    assert counted >= 30
    assert right / counted >= 0.9, f"{right}/{counted}"


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from([*SIGNATURE_KEYWORDS, "a", "at", "en", "paris", "le", " ", ",", ".", "1"]),
        max_size=30,
    ).map("".join)
)
def test_signatures_are_found_where_their_keywords_stand(text: str) -> None:
    assert [m.span() for m in _signatures(text)] == [m.span() for m in _SIGNATURE.finditer(text)]


def test_signatures_of_the_real_texts_are_those_the_expression_finds() -> None:
    for path in sorted(DATA.rglob("*.txt")):
        view = folded_view(path.read_text(encoding="utf-8")).text
        assert [m.span() for m in _signatures(view)] == [
            m.span() for m in _SIGNATURE.finditer(view)
        ]
