"""The date of a declaration itself, not of the instruments it cites.

A treaty of 1927 cites the Hague convention of 1907 in its first lines, so "the first date of the
text" is often wrong. The rules, tried in order, first that gives a date wins:

1. the title ("Traité d'amitié ... (Angora, 16 août 1924)"), its signing's date if it has one
   ("conclu et signé à Clèves le 7 Octobre 1816, ratifié ... le 18 Novembre");
2. the signature formula, the last one of the text: "Fait à …, le …", "Fait, en double, à La
   Haye, le 21 mai 1927", "Done at … this fourth day of April", "Signed at …", "Adopted in Phnom
   Penh … on the Twelfth day of November …". A keyword alone is not enough ("the Statement of
   Intent signed on November 30" cites another text): a place must follow it ("à", "at", "in");
3. a dateline: a short line that is a place and a date ("Pékin, le 23 avril 2025."), or a date
   alone ("December 1, 2022"), among the first or last lines of the text;
4. a publication stamp among the page chrome ("10 Février 2026 22:30");
5. a paragraph that says it was adopted ("adoptée … le …");
6. a line of signatures at the end that dates them ("Joseph R. Biden, Jr. Boris Johnson, M.P.
   June 10, 2021");
7. the date a statement opens with ("On September 10, 2023, the Leaders met ..."), in its first
   paragraph, unless another instrument is named just before it.

Nothing else: a date further in the text is another event's (a summit the statement recalls, a
convention the treaty replaces), and a wrong date is worse than none. Each rule says where it
read the date (``corpus.model.MetaOrigin``); all of them may be wrong, and the window says so.

Dates written in words ("le dix février mil neuf cent quarante-sept", "the Twelfth day of
November in the Year Two Thousand and Twenty-Two") are read with text2num, a library made to turn
French and English number words into digits, within the signature only (where they occur).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Reversible, Sequence
from itertools import islice

from text_to_num import alpha2digit

from corpus.model import MetaOrigin
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
#: The longest closing line of signatures that may end with their date.
SIGNED_LINE_MAX_CHARS = 160
#: A statement's first paragraph: among its first few blocks, the first of this many words or
#: more (a place line, "Jeddah, Saudi Arabia", is not one); its date stands near its start.
FIRST_LINE_BLOCKS = 3
FIRST_LINE_MIN_WORDS = 8
FIRST_LINE_REACH_CHARS = 400
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
) -> tuple[str, MetaOrigin]:
    """The ISO date of a declaration and where it was read (see the module's rules), or
    ``("", MetaOrigin.UNKNOWN)`` when the text states no date of its own.

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
        # "..., conclu et signé à Clèves le 7 Octobre 1816, ratifié ... le 3 Décembre 1816": the
        # signing's date; else the last ("... de 1907 (La Haye, 18 octobre 1907)").
        return signature_date(folded_title, language) or dates[-1].iso, MetaOrigin.TITLE
    if signed := signature_date(view.text, language):
        return signed, MetaOrigin.SIGNATURE  # most texts: no block need be read

    def folded(blocks: Iterable[Block]) -> Iterator[tuple[Block, str]]:
        return ((block, view.text_of(block.start, block.end)) for block in blocks)

    first = list(islice(body, DATELINE_LINES))
    last = list(islice(reversed(body), DATELINE_LINES))[::-1]
    if date := _dateline_date(list(folded([*first, *last]))):
        return date, MetaOrigin.DATELINE
    if date := _first_in([view.text_of(block.start, block.end) for block in chrome]):
        return date, MetaOrigin.STAMP
    # No block can say "adopte" if the whole text does not.
    if "adopte" in view.text and (date := _adopted_date(folded(reversed(body)))):
        return date, MetaOrigin.SIGNATURE
    if date := _signed_line_date(list(folded(last))):
        return date, MetaOrigin.SIGNATURE
    if date := _first_line_date(folded(islice(body, FIRST_LINE_BLOCKS))):
        return date, MetaOrigin.FIRST_LINE
    return "", MetaOrigin.UNKNOWN  # a date further in is another event's, not the text's


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


def _signed_line_date(last_lines: Sequence[tuple[Block, str]]) -> str:
    """The date that ends one of the last lines, a line of signatures that dates them
    ("Joseph R. Biden, Jr. Boris Johnson, M.P. June 10, 2021")."""
    for block, folded in reversed(last_lines):
        if len(block.text) > SIGNED_LINE_MAX_CHARS:
            continue
        folded = folded.strip(" .")
        if (dates := find_dates(folded)) and dates[-1].end == len(folded):
            return dates[-1].iso
    return ""


def _first_line_date(first_blocks: Iterable[tuple[Block, str]]) -> str:
    """The date a statement opens with ("On September 10, 2023, the Leaders met..."): in its
    first paragraph (not a place line nor a title: words ending with a full stop), near its
    start, and not another instrument's."""
    for _block, folded in first_blocks:
        if len(folded.split()) < FIRST_LINE_MIN_WORDS or not folded.rstrip().endswith((".", "!")):
            continue  # a place line, or a title (which ends without a full stop)
        opening = folded[:FIRST_LINE_REACH_CHARS]
        for found in find_dates(opening):
            if not _CITING.search(opening[max(0, found.start - 80) : found.start]):
                return found.iso
        return ""
    return ""
