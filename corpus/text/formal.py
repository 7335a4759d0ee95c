"""Tell the formal lines of a declaration (lead-in, closing, signature) from what it commits to.

A lead-in names the parties or announces what follows, a closing line gives the place and date of
adoption, a signature says who signs: none says anything a reader would compare with a commitment,
so each gets a kind of its own (``corpus.model.FORMAL_KINDS``) and pairs only with its like.

The rules, on a clause's text and its position in the body (0 at the first clause, 1 at the end):

- closing: it opens with a closing verb and a place or a date ("Fait à", "Done at", "Issued on") or
  a witness formula (the words are ``corpus.text.closing_words``');
  or it is a short line giving a place and a date ("Pékin, le 23 avril 2025."); or, in the last
  fifth, a short sentence saying the text was adopted or signed on a date of some year.
- lead-in: a short paragraph ending in a colon that says little itself ("Les Parties :",
  "Déclarent, par les présentes :"): at most ``LEAD_IN_MAX_WORDS`` lower-case words of four letters
  or more. "Les Parties s'engagent à renforcer la coopération en matière de lutte contre le
  terrorisme, notamment :" says what it commits to, and stays a commitment.
- signature: a short line marked "(Signé)" / "(Signed)"; or a short line made only of names that
  names an office ("Le Président de la République d'Azerbaïdjan Le Président de ...") in the
  second half, or has a person's initial ("Joseph R. Biden Jr."), or comes just after a closing
  line or another signature ("Hun Manet").
- a line made only of names that names an office in the first half is a lead-in ("Le Président de
  la Fédération de Russie et le Président de la République d'Azerbaïdjan,").
- heading: any other short line made only of capitalised words and their joiners ("Energy
  Security and Climate Cooperation", "Functions and Powers"): a title left among the clauses.

"Only names and titles" (:func:`names_only`): every word is capitalised (a name, a title written
with its capital), a function word of a name ("de", "la", "of", "the"...) or a title word written
in lower case ("populaire", "socialiste"...).
"""

from __future__ import annotations

import re

from corpus.model import ClauseKind
from corpus.text.closing_words import (
    CLOSING_VERBS,
    DATE_WORDS,
    MONTH_NAMES,
    PLACE_WORDS,
    SIGNED_MARKS,
    WITNESS_FORMULAS,
    alternatives,
)

#: Longest clause (in characters) that can be a lead-in, a closing or a signature line.
FORMAL_MAX_CHARS = 300
#: Most lower-case words (of four letters or more) a lead-in ending in a colon may hold.
LEAD_IN_MAX_WORDS = 4

_CLOSING_OPENING = re.compile(
    rf"^(?:{alternatives(CLOSING_VERBS)}\s+{alternatives(PLACE_WORDS + DATE_WORDS)}\b"
    rf"|{alternatives(WITNESS_FORMULAS)})",
    re.IGNORECASE,
)
_MONTHS = alternatives(MONTH_NAMES)
_PLACE_AND_DATE = re.compile(
    r"^[A-ZÀ-Þ][^\W\d_]+(?:[\s.,’'-]+[A-ZÀ-Þ][^\W\d_]*\.?){0,3},\s+(?:le\s+)?(?:\d{1,2}(?:er)?\s+"
    rf"{_MONTHS}|{_MONTHS}\s+\d{{1,2}},?)\s+\d{{4}}\.?$",
    re.IGNORECASE,
)
_ADOPTED_ON = re.compile(
    r"\b(?:adoptée?s?|signée?s?|adopted|signed)\b.{0,80}\b(?:1[89]|20)\d\d\b", re.IGNORECASE
)
_SIGNED_MARK = re.compile(rf"\({alternatives(SIGNED_MARKS)}\)", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Function words that occur inside names and titles.
NAME_JOINERS = _words("de la le les des du d l et à au aux en and of the for on to")
#: Title words written in lower case inside a name ("République populaire de Chine").
LOWER_TITLE_WORDS = _words(
    """
    populaire socialiste fédérale fédérative islamique démocratique arabe unis unies
    signé signée signed
    """
)


#: Words naming an office: a line of names holding one is a lead-in or a signature, not a title.
OFFICE_WORDS = _words(
    """
    président présidente president premier prime ministre minister roi king reine queen majesté
    majesty excellence gouvernement government secrétaire secretary chancelier chancellor
    empereur emperor prince princesse sultan émir emir chef leaders dirigeants ambassadeur
    ambassador représentant representative plénipotentiaire plenipotentiary monsieur chargé
    envoyé envoy consul
    """
)
_INITIAL = re.compile(r"(?<![\w.])[A-Z]\.\s+[A-Z][a-z]")


def names_only(text: str) -> bool:
    """Whether ``text`` holds nothing but names, titles and the function words inside them."""
    words = _WORD.findall(text)
    capitalised = 0
    for word in words:
        if word[0].isupper():
            capitalised += len(word) > 1
        elif word not in NAME_JOINERS and word not in LOWER_TITLE_WORDS:
            return False
    return capitalised >= 2


def _says_little(text: str) -> bool:
    words = [w for w in _WORD.findall(text) if w[0].islower() and len(w) >= 4]
    return len(words) <= LEAD_IN_MAX_WORDS


def names_office(text: str) -> bool:
    """Whether a line of names names an office ("Président", "Prime Minister", "Majesté")."""
    return any(word.casefold() in OFFICE_WORDS for word in _WORD.findall(text))


def formal_kind(text: str, position: float, after_signing: bool = False) -> ClauseKind | None:
    """The formal kind of a clause (see the module's rules), or ``None`` for a commitment.

    Args:
        text: the clause's raw text.
        position: where the clause stands in the body, from 0 (first) to 1 (last).
        after_signing: whether a closing line or a signature comes just before it.
    """
    text = " ".join(text.split())
    if len(text) > FORMAL_MAX_CHARS:
        return None
    if _CLOSING_OPENING.match(text) or _PLACE_AND_DATE.match(text):
        return ClauseKind.CLOSING
    if position >= 0.8 and _ADOPTED_ON.search(text):
        return ClauseKind.CLOSING
    if _SIGNED_MARK.search(text):
        return ClauseKind.SIGNATURE
    if text.endswith(":") and _says_little(text):
        return ClauseKind.LEAD_IN
    if not names_only(text):
        return None
    if after_signing or _INITIAL.search(text):
        return ClauseKind.SIGNATURE
    if names_office(text):
        return ClauseKind.LEAD_IN if position < 0.5 else ClauseKind.SIGNATURE
    return ClauseKind.HEADING


__all__ = [
    "FORMAL_MAX_CHARS",
    "LEAD_IN_MAX_WORDS",
    "LOWER_TITLE_WORDS",
    "NAME_JOINERS",
    "OFFICE_WORDS",
    "formal_kind",
    "names_office",
    "names_only",
]
