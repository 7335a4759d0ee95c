"""Find dates written out in French and English ("le 6 février 2004", "May 7, 2025")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from corpus.text.closing_words import MONTH_NAMES
from corpus.text.normalize import fold

#: The month names as the folded view writes them ("fevrier", "aout"), and their numbers.
MONTHS = {fold(name): number for name, number in MONTH_NAMES.items()}


def word_start(words: Sequence[str], name: str) -> str:
    r"""An expression for ``\b(?P<name>word|word|...)`` that opens with the class of the words'
    first letters, so that ``re`` skips at C speed to where one may start (an expression that
    opens with ``\b`` or with a group of alternatives is tried at every position of the text).

    It has the same matches: the word boundary is checked after the first letter (``(?<!\w.)``:
    no word character before that letter), and the alternatives, kept in their order, are
    tried after their own first letter only.
    """
    firsts = "".join(dict.fromkeys(word[0] for word in words))
    branches = "|".join(
        f"(?<={re.escape(first)})(?:"
        + "|".join(re.escape(word[1:]) for word in words if word[0] == first)
        + ")"
        for first in firsts
    )
    return rf"(?P<{name}>[{re.escape(firsts)}](?<!\w.)(?:{branches}))"


_MONTH = "|".join(MONTHS)
# Over folded text (lower case, no accents).
_DAY = r"(?P<day>[0-3]?\d|premier|first)"
_YEAR = r"(?P<year>1[6-9]\d\d|20\d\d)"
#: ``\b{_DAY}``, opening with the class of its first characters, as :func:`word_start` does
#: (one or two digits, the first of two being 0 to 3, two tried first).
_DAY_START = r"(?P<day>[\dpf](?<!\w.)(?:(?<=[0-3])\d?|(?<=[4-9])|(?<=p)remier|(?<=f)irst))"
#: The last day of a range ("15-16 juillet 2022", "July 15-16, 2022"): the date is its first day.
_TO_DAY = r"(?:\s*[-–]\s*[0-3]?\d)?"
#: "le 6 février 2004", "1er mars 1900", "the 1st January, 1942", "4th of July 1976".
#: "le dix-neuf avril l'an de grâce mil huit cent trente-neuf": the treaty's year formula.
_YEAR_OF_GRACE = r"(?:l'an\s+(?:de\s+grace\s+)?)?"
DAY_MONTH_YEAR = re.compile(
    rf"{_DAY_START}(?:er|ᵉʳ|(?:st|nd|rd|th)(?:\s+of)?)?{_TO_DAY}\s+(?P<month>{_MONTH}),?\s+"
    rf"{_YEAR_OF_GRACE}{_YEAR}\b"
)
MONTH_DAY_YEAR = re.compile(rf"{word_start(list(MONTHS), 'month')}\s+{_DAY}{_TO_DAY},?\s+{_YEAR}\b")
#: The treaty style: "the 12th day of November in the Year 2022", "this 4th day of April, 1949".
DAY_OF_MONTH_YEAR = re.compile(
    rf"{_DAY_START}(?:st|nd|rd|th)?\s+day\s+of\s+(?P<month>{_MONTH}),?\s+"
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
