"""Split a paragraph into sentences without breaking on abbreviations or initials.

The rule: a sentence ends at ``.``, ``!``, ``?`` or ``…`` (a closing quote or bracket may follow)
when white space and then a capital letter, a digit or an opening quote come next, or when a capital
letter follows a lower-case word at once ("membres.Les", a defect of converted treaties). It never
ends after an initial ("V. V. Poutine", "S. E. M."), inside an acronym ("(D.C.)", "U.S."), or after
an abbreviation from the list below ("M.", "MM.", "art.", "Jr.").
"""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# French, then English; folded to lower case, without the final full stop.
ABBREVIATIONS = _words(
    """
    m mm mme mmes mlle mlles me dr pr st ste art al cf p pp n no nos ibid éd vol chap av env etc
    min gén col cdt lt sgt mgr s.e ll.ee ex
    mr mrs ms jr sr gen sen rep gov amb sec pres inc co ltd corp dept e.g i.e vs approx fig op
    u.s u.n u.k e.u sept oct nov dec jan feb mar apr aug
    """
)
# These may also close a sentence ("... etc.", "... the U.S."); the others never do.
_MAY_END = _words("etc no sept oct nov dec jan feb mar apr aug inc co ltd corp u.s u.n u.k e.u")
_NEVER_FINAL = ABBREVIATIONS - _MAY_END

_BOUNDARY = re.compile(
    r"(?P<stop>[.!?…])(?P<close>[»\"”’')\]]*)(?P<gap>\s+)(?=(?:[-–•]\s+)?[«\"“(\[]?\s?[A-ZÀ-ÖØ-Þ0-9])"
    r"|(?<=[a-zà-ÿ]{2})(?P<glued>\.)(?=[A-ZÀ-ÖØ-Þ][a-zà-ÿ])"
)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """The ``[start, end)`` spans of the sentences of ``text``, white space trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if match["glued"]:
            cut = match.end()
            resume = cut
        else:
            if match["stop"] == "." and _is_abbreviation(text, match.start()):
                continue
            cut = match.start("gap")
            resume = match.end()
        spans.append((start, cut))
        start = resume
    spans.append((start, len(text)))
    return [_trim(text, s, e) for s, e in spans if text[s:e].strip()]


def _is_abbreviation(text: str, dot: int) -> bool:
    # The word before the dot, found by walking back from it: a search anchored at the dot
    # tries every start from the paragraph's, which made one long paragraph quadratic.
    start = dot
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_."):
        start -= 1
    if start == dot:
        return False
    word = text[start:dot]
    last = word.rsplit(".", 1)[-1]
    if len(last) == 1 and last.isalpha() and last.isupper():
        return True  # an initial: "V. V. Poutine", "(D.C.)", "Joseph R. Biden"
    if "." in word and all(len(part) <= 2 for part in word.split(".")):
        return True  # an acronym with dots: "U.S.", "e.g."
    return word.casefold() in _NEVER_FINAL


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
