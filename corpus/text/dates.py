"""Find dates written out in French and English ("le 6 février 2004", "May 7, 2025")."""

from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS = {
    "janvier": 1,
    "fevrier": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "decembre": 12,
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
}
_MONTH = "|".join(MONTHS)
# Over folded text (lower case, no accents).
_DAY = r"(?P<day>[0-3]?\d|premier|first)"
_YEAR = r"(?P<year>1[6-9]\d\d|20\d\d)"
DAY_MONTH_YEAR = re.compile(rf"\b{_DAY}(?:er|ᵉʳ)?\s+(?P<month>{_MONTH})\s+{_YEAR}\b")
MONTH_DAY_YEAR = re.compile(rf"\b(?P<month>{_MONTH})\s+{_DAY},?\s+{_YEAR}\b")
#: The treaty style: "the 12th day of November in the Year 2022", "this 4th day of April, 1949".
DAY_OF_MONTH_YEAR = re.compile(
    rf"\b{_DAY}(?:st|nd|rd|th)?\s+day\s+of\s+(?P<month>{_MONTH}),?\s+"
    rf"(?:in\s+the\s+year\s+(?:of\s+our\s+lord\s+)?)?{_YEAR}\b"
)


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date found in folded text: its ISO form and where it stands."""

    iso: str
    start: int
    end: int


def find_dates(folded: str) -> list[FoundDate]:
    """Every full date (day, month, year) in a folded text, in order."""
    found = []
    for pattern in (DAY_MONTH_YEAR, MONTH_DAY_YEAR, DAY_OF_MONTH_YEAR):
        for match in pattern.finditer(folded):
            day = 1 if match["day"] in ("premier", "first") else int(match["day"])
            if 1 <= day <= 31:
                iso = f"{match['year']}-{MONTHS[match['month']]:02d}-{day:02d}"
                found.append(FoundDate(iso, match.start(), match.end()))
    return sorted(found, key=lambda date: date.start)
