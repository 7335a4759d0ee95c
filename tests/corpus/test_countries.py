"""Party names: stored in English, shown in the reader's language."""

from __future__ import annotations

from pathlib import Path

from corpus.text.countries import countries, display_parties, find_countries
from corpus.text.normalize import fold


def test_every_country_has_a_french_name_and_finds_its_own_french_form() -> None:
    for country in countries():
        assert country.french
        # The French name, folded as texts are, is one of the ways texts name the country
        # (or an acronym written alike): the table's columns agree.
        assert country.name in find_countries(fold(country.french)), country


def test_display_in_french_and_english() -> None:
    parties = ("Russia", "Azerbaijan", "Atlantis")
    assert display_parties(parties, "fr") == ("Russie", "Azerbaïdjan", "Atlantis")
    assert display_parties(parties, "en") == parties


def test_countries_found_as_every_pattern_finds_them_in_real_texts() -> None:
    # Countries none of whose names is in a text are not looked for (their patterns not even
    # compiled): what is found must be what every pattern, searched, finds.
    data = Path(__file__).parent.parent / "data"
    texts = sorted([*data.glob("*.txt"), *(data / "texts").glob("*.txt")])
    assert len(texts) > 40
    named = 0
    for path in texts:
        folded = fold(path.read_text(encoding="utf-8"))
        found = find_countries(folded)
        firsts = sorted(
            (match.start(), country.name)
            for country in countries()
            if (match := country.pattern.search(folded))
        )
        assert found == [name for _, name in firsts], path.name
        named += bool(found)
    assert named > 20
