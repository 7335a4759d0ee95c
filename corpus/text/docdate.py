"""The date of a declaration itself, not of the instruments it cites.

A treaty of 1927 cites the Hague convention of 1907 in its first lines, so "the first date of the
text" is often wrong. The rules, tried in order, first that gives a date wins:

1. the title ("Traité d'amitié ... (Angora, 16 août 1924)");
2. the signature formula, the last one of the text: "Fait à …, le …", "Fait, en double, à La
   Haye, le 21 mai 1927", "Done at … this fourth day of April", "Signed at …", "Adopted in Phnom
   Penh … on the Twelfth day of November …". A keyword alone is not enough ("the Statement of
   Intent signed on November 30" cites another text): a place must follow it ("à", "at", "in");
3. a dateline: a short line that is a place and a date ("Pékin, le 23 avril 2025."), or a date
   alone ("December 1, 2022"), among the first or last lines of the text;
4. a publication stamp among the page chrome ("10 Février 2026 22:30");
5. a paragraph that says it was adopted ("adoptée … le …");
6. the first date of the text proper that does not stand in a clause citing another instrument
   (a convention, treaty, agreement, statement... named just before it), else the first date.

Dates written in words ("le dix février mil neuf cent quarante-sept", "the Twelfth day of
November in the Year Two Thousand and Twenty-Two") are read with text2num, a library made to turn
French and English number words into digits, within the signature only (where they occur).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Reversible, Sequence
from itertools import islice

from text_to_num import alpha2digit

from corpus.text.blocks import Block
from corpus.text.closing_words import (
    CLOSING_VERBS,
    PLACE_WORDS,
    SIGNATURE_REACH_CHARS,
    alternatives,
    folded_forms,
)
from corpus.text.dates import find_dates, word_start
from corpus.text.normalize import NormalizedText

#: A signature: its keyword (a closing verb, folded), then within a few characters the place it
#: was made at. (Opening with the class of the keywords' first letters: see :func:`word_start`.)
SIGNATURE_KEYWORDS = folded_forms(CLOSING_VERBS)
_SIGNATURE = re.compile(
    word_start(SIGNATURE_KEYWORDS, "keyword")
    + rf"\b[^.;:\d]{{0,24}}?\b{alternatives(folded_forms(PLACE_WORDS))}\b"
)
#: A dateline: a place (a few words) then "le" / "the" / "on" or directly the date.
_DATELINE = re.compile(r"^(?:[a-z' .()-]{2,40},\s*)?(?:(?:le|the|on)\s+)?$")
#: Lines of this length or less may be a dateline.
DATELINE_MAX = 80
#: How many lines at each end of a text may hold its dateline.
DATELINE_LINES = 4
#: Words that, shortly before a date, say the date is another instrument's.
_CITING = re.compile(
    r"\b(?:convention|conventions|traite|traites|treaty|treaties|accord|accords|agreement|"
    r"agreements|declaration|declarations|statement|charte|charter|protocole|protocol|"
    r"memorandum|resolution|acte|act|pacte|pact|communique|conclue?s?|signe?e?s?|signed|"
    r"adopted|adoptee?s?|prorogee?s?|summit|sommet)\b[^.;]{0,60}$"
)
_CLOSING_ADOPTED = re.compile(r"\badopte")


def document_date(
    folded_title: str,
    body: Reversible[Block],
    chrome: Sequence[Block],
    view: NormalizedText,
    language: str,
) -> str:
    """The ISO date of a declaration (see the module's rules), or ``""``.

    Args:
        folded_title: its title, folded.
        body: its blocks from the text proper on, read from the first or from the last, and no
            further than a rule needs (``corpus.text.blockreader.BlocksFrom`` splits no more).
        chrome: its page-chrome and title blocks (a publication stamp may stand there).
        view: its folded view (:func:`corpus.text.reading.folded_view`): every block is read
            from it, never folded again.
        language: ``fr`` or ``en``, to read number words.
    """
    if dates := find_dates(folded_title):
        return dates[-1].iso
    if signed := signature_date(view.text, language):
        return signed  # most texts: no block need be read

    def folded(blocks: Iterable[Block]) -> Iterator[tuple[Block, str]]:
        return ((block, view.text_of(block.start, block.end)) for block in blocks)

    first = list(islice(body, DATELINE_LINES))
    last = list(islice(reversed(body), DATELINE_LINES))[::-1]
    if date := (
        _dateline_date(list(folded([*first, *last])))
        or _first_in([view.text_of(block.start, block.end) for block in chrome])
        # No block can say "adopte" if the whole text does not.
        or (_adopted_date(folded(reversed(body))) if "adopte" in view.text else "")
    ):
        return date
    # Nor can a block hold a date the whole view does not: in the view, a block's text stands
    # between white space or a line-end hyphen, which a date can neither start nor end with.
    dates = find_dates(view.text)
    return (_uncited_date(folded(body)) if dates else "") or (dates[0].iso if dates else "")


def signature_date(folded_text: str, language: str) -> str:
    """The date of the last signature formula that carries one, or ``""``."""
    for match in reversed(_signatures(folded_text)):
        window = folded_text[match.start() : match.end() + SIGNATURE_REACH_CHARS]
        window = re.split(r"[\n;]", window, maxsplit=1)[0]  # a signature ends with its clause
        if dates := find_dates(with_digits(window, language)):
            return dates[0].iso
    return ""


def _signatures(folded_text: str) -> list[re.Match[str]]:
    """``list(_SIGNATURE.finditer(folded_text))``, tried only where a keyword stands.

    The expression opens with the class of the keywords' first letters (f, d, s, a), so
    ``finditer`` stopped at nearly every word of a text; the keywords are few and rare, and
    found at C speed with ``str.find``. A match starts with a keyword, so trying the expression
    at each keyword's place, leftmost first and never inside the match before, gives the same
    matches.
    """
    places = set()
    for keyword in SIGNATURE_KEYWORDS:
        place = folded_text.find(keyword)
        while place != -1:
            places.add(place)
            place = folded_text.find(keyword, place + 1)
    matches: list[re.Match[str]] = []
    end = 0
    for place in sorted(places):
        if place >= end and (match := _SIGNATURE.match(folded_text, place)):
            matches.append(match)
            end = match.end()
    return matches


def with_digits(folded: str, language: str) -> str:
    """``folded`` with number words as digits ("le dix mars mil neuf cent" → "le 10 mars 1900")."""
    try:
        return str(alpha2digit(folded, language or "fr"))
    except ValueError:  # a language text2num does not know
        return folded


def _dateline_date(lines: Sequence[tuple[Block, str]]) -> str:
    """The date of a dateline among ``lines``, the first and last few blocks of the text."""
    for block, folded in reversed(lines):  # the closing dateline first, then the opening one
        if len(block.text) > DATELINE_MAX:
            continue
        folded = folded.strip(" .")
        dates = find_dates(folded)
        if dates and _DATELINE.match(folded[: dates[0].start]):
            return dates[0].iso
    return ""


def _first_in(folded_blocks: Sequence[str]) -> str:
    for folded in folded_blocks:
        if dates := find_dates(folded):
            return dates[0].iso
    return ""


def _adopted_date(from_last: Iterable[tuple[Block, str]]) -> str:
    for _block, folded in from_last:
        if _CLOSING_ADOPTED.search(folded) and (dates := find_dates(folded)):
            return dates[0].iso
    return ""


def _uncited_date(blocks: Iterable[tuple[Block, str]]) -> str:
    for _block, folded in blocks:
        for found in find_dates(folded):
            if not _CITING.search(folded[max(0, found.start - 80) : found.start]):
                return found.iso
    return ""
