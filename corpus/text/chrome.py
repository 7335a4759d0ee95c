"""Lines that are only a link, an address or a web page's chrome: never compared, never paired.

A statement copied from a web page keeps lines such as "See: [Agreements establishing ...]
(https://...)", "Share this page" or "Print". They carry words (a link's title names the very
subjects of the text), so a similarity pairs them with commitments (issue 23 found them paired
across languages). A clause is chrome when, its links and addresses taken out and a lead word
such as "See:" or "Voir :" too, fewer than two words are left, when it is a known chrome line, or
when it is one HTML tag (the ``<meta ...>`` line that heads pages converted to Markdown).
"""

from __future__ import annotations

import re

_LINK = re.compile(r"!?\[[^\]]*\]\([^)]*\)|<https?://[^>]*>|(?:https?://|www\.)\S+")
_LEAD = re.compile(
    r"^\W*(?:see also|see|read more|more|source|voir aussi|voir|lire la suite|source)\b\W*", re.I
)
_WORD = re.compile(r"[^\W\d_]{2,}")
#: A line that is one HTML tag (a page's ``<meta ...>`` left in a converted text).
_TAG = re.compile(r"^\s*<[!/]?[a-zA-Z][^<>]*>\s*$")
#: Whole lines of page chrome, folded to lower case, punctuation out.
CHROME_LINES = frozenset(
    {
        "share this page",
        "share",
        "print",
        "print this page",
        "email",
        "tweet",
        "back to top",
        "read more",
        "partager",
        "partager cette page",
        "imprimer",
        "imprimer cette page",
        "retour en haut",
        "lire la suite",
        "envoyer",
        "facebook",
        "twitter",
        "linkedin",
    }
)


def is_chrome(text: str) -> bool:
    """Whether a clause's text is only links, addresses or page chrome."""
    words = " ".join(_WORD.findall(text.lower()))
    if words in CHROME_LINES or _TAG.match(text):
        return True
    if "](" not in text and "http" not in text and "www." not in text:
        return False
    left = _LEAD.sub("", _LINK.sub(" ", text).strip())
    return len(_WORD.findall(left)) < 2
