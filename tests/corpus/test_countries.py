"""Party names: stored in English, shown in the reader's language."""

from __future__ import annotations

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
