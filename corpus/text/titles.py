"""A declaration's title, when its text has one, else one made from the name it gives itself.

The rules, in order (``corpus.text.metadata`` takes a title the file declares before them):

1. the title line the layout finds (``corpus.text.frontmatter``): ``MetaOrigin.TITLE``;
2. else the first sentence of the first two blocks, if it reads as a title: it names an
   instrument first ("Traité ...", "The Jeddah Communique: ...", "Joint Statement ...") or is
   short (at most ``TITLE_MAX_WORDS`` words) and does not run on: ``MetaOrigin.FIRST_LINE``.
   An invocation ("AU NOM DE LA TRÈS SAINTE ET INDIVISIBLE TRINITÉ") or an instrument's kind
   alone ("DÉCLARATION.") is skipped; a preamble that names the parties ("Sa Majesté le Roi des
   Pays-Bas et ...") stops the search: the text writes no title;
3. else the name the text gives itself ("conclure un Traité d'Amitié", "le présent Traité de
   Paix") and its parties: "Traité d'Amitié (Pays-Bas, Turquie)", ``MetaOrigin.BODY`` (a guess).
"""

from __future__ import annotations

import re
from itertools import islice

from corpus.model import MetaOrigin
from corpus.text.blockreader import BlockReader
from corpus.text.countries import display_parties
from corpus.text.frontmatter import CLIPPING_DATE, Layout, is_chrome
from corpus.text.normalize import fold
from corpus.text.sentences import sentence_spans

#: A first line that is no title: an invocation ("AU NOM DE LA TRÈS SAINTE ET INDIVISIBLE
#: TRINITÉ", "In the name of Almighty God"), or an instrument's kind alone ("DÉCLARATION.").
_NOT_A_TITLE = re.compile(
    r"^(?:au nom d|in the name of|(?:traite|treaty|declaration|convention|accord|agreement|"
    r"protocole|protocol|charte|charter|communique|statement)\W*$)"
)
#: A title names its instrument first ("Traité ...", "The Jeddah Communique: ...", "Joint
#: Statement ..."); a line that does not, and runs on, is the preamble naming the parties
#: ("Sa Majesté le Roi des Pays-Bas et le Conseil fédéral Suisse, également animés ...").
_NAMES_AN_INSTRUMENT = re.compile(
    r"^(?:the |texte de l[ae'] ?)?(?:[\w.+'-]+ ){0,4}?(?:(?:joint|leaders'?) )*(?:traite|treaty|"
    r"declaration|convention|accord|agreement|protocole|protocol|charte|charter|communique|"
    r"statement|memorandum|pacte|pact|arrangement|acte|act)\b"
)
#: A sentence's full stop, not an abbreviation's ("U.S."): a title is written without it.
_FINAL_STOP = re.compile(r"(?:(?<=[^\W\d_]{2})|(?<=\d))\.\s*$")
#: The longest first line, in words, that is a title without naming an instrument.
TITLE_MAX_WORDS = 20
#: The longest title kept, in characters.
TITLE_MAX_CHARS = 300


def find_title(blocks: BlockReader, layout: Layout) -> tuple[str, MetaOrigin]:
    """The text's title line and ``MetaOrigin.TITLE``; else its first sentence, if it reads as a
    title, and ``MetaOrigin.FIRST_LINE``; else ``("", MetaOrigin.BODY)``: the text has no title
    line (a treaty that opens with its preamble), and one is made from its instrument's name."""
    titled = [i for i in sorted(layout.title_blocks) if not blocks[i].text.isupper()]
    title_index = titled[0] if titled else min(layout.title_blocks, default=None)
    if title_index is not None and _reads_as_title(blocks[title_index].text):
        return _clipped(blocks[title_index].text), MetaOrigin.TITLE
    for block in islice((b for b in blocks if not is_chrome(b) or b.text.isupper()), 2):
        sentence = _first_sentence(block.text)
        if _reads_as_title(sentence):
            return _clipped(_FINAL_STOP.sub("", sentence)), MetaOrigin.FIRST_LINE
        if not _NOT_A_TITLE.match(fold(sentence).strip()):
            break  # the preamble: the title is not written
    return "", MetaOrigin.BODY


def _reads_as_title(line: str) -> bool:
    folded_line = fold(" ".join(line.split())).strip(" *#_")
    if not folded_line or _NOT_A_TITLE.match(folded_line):
        return False
    if _NAMES_AN_INSTRUMENT.match(folded_line):
        return True
    return len(folded_line.split()) <= TITLE_MAX_WORDS and not folded_line.endswith(",")


def _clipped(title: str) -> str:
    title = " ".join(title.split())
    if len(title) <= TITLE_MAX_CHARS:
        return title
    return title[: TITLE_MAX_CHARS - 1].rsplit(" ", 1)[0] + "…"


#: How a treaty names itself in its preamble or articles: "conclure un Traité d'Amitié", "le
#: présent Traité de Paix", "this Treaty".
_SELF_NAME = re.compile(
    r"\b(?:un|une|(?:le|du|au) présent|la présente|this|the present)\s+"
    r"(?P<name>(?:Traité|Convention|Accord|Déclaration|Protocole|Arrangement|Treaty|Agreement|"
    r"Declaration|Protocol)(?:\s+(?:de|d[’']|of)\s*(?:la\s+|l[’'])?[A-ZÀ-Þ][^\W\d_]+)?)",
    re.IGNORECASE,
)


#: The most parties a made title names (a peace treaty's twenty would not make a title).
TITLE_PARTIES = 4
#: How far into a text its name for itself is looked for (a preamble, the first articles).
SELF_NAME_REACH_CHARS = 20000


def named_title(raw: str, parties: tuple[str, ...], language: str) -> str:
    """A title for a text that writes none: the name it gives itself, with a capital, and its
    parties ("Traité d'Amitié (Pays-Bas, Turquie)"); ``""`` if it names itself nowhere."""
    match = _SELF_NAME.search(raw, 0, SELF_NAME_REACH_CHARS)
    if match is None:
        return ""
    name = " ".join(match["name"].split())
    name = name[0].upper() + name[1:]
    names = display_parties(parties[:TITLE_PARTIES], language)
    if not names:
        return name
    more = "…" if len(parties) > TITLE_PARTIES else ""
    return f"{name} ({', '.join(names)}{more})"


def _first_sentence(text: str) -> str:
    text = CLIPPING_DATE.sub("", " ".join(text.split()))
    spans = sentence_spans(text)
    return text[spans[0][0] : spans[0][1]] if spans else text
