"""The words of a text's closing and signature formulas, and the month names, written once.

A treaty closes with a formula saying where and when it was made ("Fait à Paris, le dix février
mil neuf cent quarante-sept", "Done at Washington, the 4th day of April, 1949", "Issued on ..."),
often after a witness formula, and is signed for each party ("Pour le Gouvernement ...", "For His
Majesty ..."). Four rules read these formulas: the kind of a clause (``corpus.text.formal``), the
document's own date (``corpus.text.docdate``), the block where the parties sign and the place of
signature (``corpus.text.metadata``). Each builds its expression from the words here (written as
printed; :func:`folded_forms` gives them as the folded view writes them), so that a word added
here is known to all four.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from corpus.text.normalize import fold

#: The verbs that open a closing formula ("Fait à ...", "Done at ...", "Adopted in ...").
CLOSING_VERBS = (
    "fait",
    "faite",
    "done",
    "signé",
    "signée",
    "signed",
    "adopté",
    "adoptée",
    "adopted",
    "issued",
)
#: The words that, after a closing verb, introduce where it was done.
PLACE_WORDS = ("à", "at", "in", "en")
#: The words that, after a closing verb, introduce when it was done ("Fait le ...", "Issued on").
DATE_WORDS = ("le", "on")
#: The witness formulas that announce the signatures.
WITNESS_FORMULAS = ("en foi de quoi", "en témoignage de quoi", "in witness whereof")
#: How a signature names the party it signs for.
SIGNING_FOR = (
    "pour le gouvernement",
    "for the government",
    "pour sa majesté",
    "for his majesty",
    "for her majesty",
)
#: The mark a copy puts where a signature stood: "(Signé)", "(Signed)", "(s)".
SIGNED_MARKS = ("signé", "signée", "signed", "s")

#: How many clauses after a closing line or a signature a line of names is still a signature.
SIGNATURE_REACH_CLAUSES = 6
#: How many characters after a closing verb its date may stand (a place, "en double
#: exemplaire", "this fourth day of").
SIGNATURE_REACH_CHARS = 160

#: The month names as printed, French then English, and their numbers.
MONTH_NAMES = {
    name: number
    for names in (
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
        "january february march april may june july august september october november december",
    )
    for number, name in enumerate(names.split(), start=1)
}


def folded_forms(words: Iterable[str]) -> tuple[str, ...]:
    """``words`` as the folded view writes them (lower case, no accents), each once, in order."""
    return tuple(dict.fromkeys(fold(word) for word in words))


def alternatives(words: Iterable[str]) -> str:
    """A non-capturing group of ``words``, spaces matching any white space, longest first (so
    that "faite" is tried before "fait")."""
    ordered = sorted(dict.fromkeys(words), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in ordered) + ")"


__all__ = [
    "CLOSING_VERBS",
    "DATE_WORDS",
    "MONTH_NAMES",
    "PLACE_WORDS",
    "SIGNATURE_REACH_CHARS",
    "SIGNATURE_REACH_CLAUSES",
    "SIGNED_MARKS",
    "SIGNING_FOR",
    "WITNESS_FORMULAS",
    "alternatives",
    "folded_forms",
]
