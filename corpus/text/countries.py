"""The countries and organisations a declaration may name as parties, from ``data/countries.tsv``.

A party is stored under its English name (the library's metadata, the search's party filter, the
sidecars all use it, whatever the interface's language); :func:`display_parties` gives the names
a reader sees, in the interface's language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from corpus.text.anchors import TextAnchors, may_match, worth_it


@dataclass(frozen=True, slots=True)
class Country:
    """One row of the table: its English name, how texts name it, its French name."""

    name: str
    pattern: re.Pattern[str]
    french: str


@cache
def countries() -> tuple[Country, ...]:
    """The table, in its order."""
    table = (resources.files("corpus") / "data" / "countries.tsv").read_text(encoding="utf-8")
    rows = []
    for line in table.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        name, pattern, french = line.split("\t")
        # A hyphen may join two names ("ASEAN-U.S.", "U.S.-Ukraine"); a name must not run on into
        # a longer word ("russo-azerbaïdjanaises" is an adjective and names no party).
        rows.append(Country(name, re.compile(rf"(?<!\w)(?:{pattern})(?!\w)"), french))
    return tuple(rows)


def find_countries(folded: str) -> list[str]:
    """Countries named in a folded text, in order of first mention (English names)."""
    firsts = []
    # The names' literal anchors found in the text, or not (once enough text was searched).
    anchors = TextAnchors(folded) if worth_it("countries", len(folded)) else None
    for country in countries():
        # Each pattern opens with a look-behind, which keeps ``re`` from skipping ahead to its
        # first letters: only a text that holds one of its names is searched.
        if anchors is not None and not may_match(country.pattern, anchors):
            continue
        if match := country.pattern.search(folded):
            firsts.append((match.start(), country.name))
    return [name for _, name in sorted(firsts)]


def display_parties(parties: tuple[str, ...] | list[str], language: str) -> tuple[str, ...]:
    """The parties as a reader of ``language`` (``fr`` or ``en``) names them; a name the table
    does not know (typed by the user) is shown as it is."""
    if language != "fr":
        return tuple(parties)
    french = _french_names()
    return tuple(french.get(party, party) for party in parties)


@cache
def _french_names() -> dict[str, str]:
    # Asked for every document a list shows: built once.
    return {country.name: country.french for country in countries()}
