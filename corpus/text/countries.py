"""The countries and organisations a declaration may name as parties, from ``data/countries.tsv``.

A party is stored under its English name (the library's metadata, the search's party filter, the
sidecars all use it, whatever the interface's language); :func:`display_parties` gives the names
a reader sees, in the interface's language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from corpus.datafiles import data_file
from corpus.text.anchors import TextAnchors, worth_it


@dataclass(frozen=True, slots=True)
class Country:
    """One row of the table: its English name, how texts name it, its French name."""

    name: str
    pattern: re.Pattern[str]
    french: str


@cache
def countries() -> tuple[Country, ...]:
    """The table, in its order."""
    return tuple(Country(name, _compiled(pattern), french) for name, pattern, french in _rows())


@cache
def _rows() -> tuple[tuple[str, str, str], ...]:
    """The table's rows: English name, pattern, French name."""
    table = data_file("countries.tsv").read_text(encoding="utf-8")
    rows = []
    for line in table.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        name, pattern, french = line.split("\t")
        rows.append((name, pattern, french))
    return tuple(rows)


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    # A hyphen may join two names ("ASEAN-U.S.", "U.S.-Ukraine"); a name must not run on into
    # a longer word ("russo-azerbaïdjanaises" is an adjective and names no party).
    return re.compile(rf"(?<!\w)(?:{pattern})(?!\w)")


#: An alternative that is plain words (a dot may be escaped): what it matches, letter for letter.
_LITERAL = re.compile(r"(?:[^\\.^$*+?{}\[\]|()]|\\\.)+")


@cache
def _names(pattern: str) -> tuple[str, ...] | None:
    """The texts a pattern made of plain alternatives matches; ``None`` if it is not one."""
    alternatives = pattern.split("|")
    if not all(_LITERAL.fullmatch(alternative) for alternative in alternatives):
        return None
    return tuple(alternative.replace("\\.", ".") for alternative in alternatives)


def find_countries(folded: str) -> list[str]:
    """Countries named in a folded text, in order of first mention (English names)."""
    firsts = []
    # Once enough text was searched, the names are looked for in one pass per text (every row
    # of the table is plain names today); before that, a plain ``in`` costs less.
    anchors = TextAnchors(folded) if worth_it("countries", len(folded)) else None
    holds = anchors.holds if anchors is not None else folded.__contains__
    for name, pattern, _ in _rows():
        names = _names(pattern)
        # A country none of whose names is in the text is not looked for: its pattern is not
        # even compiled (fifty of them took a tenth of ``align``'s own time).
        if names is not None and not any(holds(n) for n in names):
            continue
        if match := _compiled(pattern).search(folded):
            firsts.append((match.start(), name))
    return [name for _, name in sorted(firsts)]


def country_mentions(folded: str) -> list[tuple[str, int, int]]:
    """Every mention of a country in a folded text: (English name, start, end), in order.

    For a short text (a clause): a country none of whose names is in the text is not searched
    (a pattern opening with a look-behind is tried at every position).
    """
    found = []
    for name, pattern, _ in _rows():
        names = _names(pattern)
        if names is not None and not any(n in folded for n in names):
            continue
        found += [(name, *match.span()) for match in _compiled(pattern).finditer(folded)]
    return sorted(found, key=lambda mention: (mention[1], mention[2]))


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
