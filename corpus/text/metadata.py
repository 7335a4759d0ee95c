"""Metadata of a declaration that is not bundled: read from a sidecar file, else extracted.

What the file states of itself (a Markdown page's front matter, a web page's ``<h1>``, found by
its reader) comes first (``corpus.text.pagefacts``). The rest is read in the text by rules that
may be wrong, so each title, date and party list says where it was read
(``DocumentMeta.origins``), the window shows it as a guess, and the user may confirm or correct
it (saved in the sidecar):

* title: the text's title line, else its first sentence if it reads as one, else the name the
  text gives itself and its parties (the rules are in ``corpus.text.titles``);
* date: the document's own, not a cited instrument's, and none when the text states none (the
  rules are in ``corpus.text.docdate``: title, signature formula, dateline, publication stamp,
  line of signatures, first sentence); a clipping stamp ("date 2025-07") is never the date;
* parties: the countries named in the whole title (a meeting's host excepted), else in the
  preamble's opening (up to an instrument it cites) and the signature, else the first few of the
  text;
* kind: from the title's first word; language: French or English by their commonest words.

The sidecar is ``<file>.meta.json`` beside the file, UTF-8 JSON with the fields of
:class:`corpus.model.DocumentMeta` (``origins`` as ``{"date": "signature", ...}``).
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict
from itertools import islice
from pathlib import Path

from corpus.errors import DocumentError, MetadataError, Reason
from corpus.model import DocumentMeta, MetaOrigin, MetaOrigins
from corpus.text.blockreader import BlocksFrom
from corpus.text.closing_words import (
    CLOSING_VERBS,
    PLACE_WORDS,
    SIGNING_FOR,
    WITNESS_FORMULAS,
    alternatives,
    folded_forms,
)
from corpus.text.countries import find_countries
from corpus.text.docdate import document_date
from corpus.text.frontmatter import find_layout, is_chrome
from corpus.text.loading import read_bytes
from corpus.text.normalize import fold
from corpus.text.reading import block_reader, folded_view
from corpus.text.titles import find_title, named_title

SIDECAR_SUFFIX = ".meta.json"
#: A sidecar larger than this is refused: one holds a few hundred bytes of metadata.
MAX_SIDECAR_BYTES = 1024 * 1024
#: A block that signs the text (where parties name themselves), not a web statement's last words:
#: a closing verb and its place, a witness formula, a party signed for, "signed".
_SIGNATURE_BLOCK = re.compile(
    rf"\b(?:{alternatives(folded_forms(CLOSING_VERBS))}\s+{alternatives(folded_forms(PLACE_WORDS))}"
    rf"|{alternatives(folded_forms(WITNESS_FORMULAS + SIGNING_FOR))}|signed)\b"
)
#: A closing line's place: "Fait à Genève", "Done at Washington", "Fait, en double, à La Haye".
_CLOSING_PLACE = re.compile(
    rf"^(?i:{alternatives(CLOSING_VERBS)})(?:,?\s+en\s+double(?:\s+exemplaire)?,?)?"
    rf"\s+(?i:{alternatives(PLACE_WORDS)})\s+([A-ZÀ-Þ][\w’'-]+(?: [A-ZÀ-Þ][\w’'-]+)?)"
)
#: Where a title turns to the place of a meeting ("... on the outcomes of their meeting in Kuala
#: Lampur, Malaysia"): the host named after it is no party.
_HOSTED_AT = re.compile(
    r"\b(?:meeting|visit|summit|talks|conference|rencontre|visite|sommet|reunion)\s+"
    r"(?:in|at|to|a|en)\b"
)
#: Where the opening stops naming the parties: an instrument it cites, with the states it was
#: concluded with, or an apposition saying what the parties are.
_OTHER_INSTRUMENT = re.compile(
    r"\b(?:traites?|conventions?|accords?|treaty|treaties|agreements?)\s+"
    r"(?:conclue?s?\s+avec|concluded\s+with|signe?e?s?\s+avec|signed\s+with|with)\b"
    # ... or what the parties are besides ("We, the Republic of Belarus, the Russian Federation
    # and Ukraine, as founder States of the Union of Soviet Socialist Republics").
    r"|,\s+(?:as|en\s+tant\s+que)\s"
)
#: How much of a preamble's opening names the parties ("Les États-Unis d'Amérique, la Chine..."),
#: read in two steps: its first sentence or so, then further only if that named fewer than two.
OPENING_REACH = (600, 1500)
#: The most parties a preamble's opening and signature give (a peace treaty's twenty states are
#: more than a reader's list wants).
MAX_PARTIES = 8

_KINDS = (
    (
        re.compile(r"^declaration conjointe|^joint declaration|\bjoint declaration$"),
        "joint declaration",
    ),
    (
        re.compile(r"\bjoint (?:leaders'? )?statement|^(?:joint )?(?:leaders'? )?statement"),
        "joint statement",
    ),
    (re.compile(r"^(?:texte de la )?charte|^charter"), "charter"),
    (re.compile(r"^declaration|^declaration"), "declaration"),
    (re.compile(r"^traite|^treaty"), "treaty"),
    (re.compile(r"^accord|^agreement"), "agreement"),
    (re.compile(r"^convention"), "convention"),
    (re.compile(r"^communique"), "communiqué"),
)
_FR_WORDS = frozenset(
    ("le", "la", "les", "des", "du", "et", "à", "est", "une", "dans", "pour", "sur", "que", "qui")
)
_EN_WORDS = frozenset(["the", "and", "of", "to", "in", "for", "is", "on", "that", "with", "by"])
#: A third language is told apart so that it is compared on anchors only (issue 23): words of
#: German and Spanish that French and English do not use.
_DE_WORDS = frozenset(
    ["der", "die", "das", "und", "den", "des", "ist", "nicht", "mit", "sich", "auf"]
)
_ES_WORDS = frozenset(["el", "los", "las", "del", "y", "por", "con", "una", "lo", "para", "es"])


def sidecar_path(path: Path) -> Path:
    """Where the metadata of ``path`` is kept."""
    return path.with_name(path.name + SIDECAR_SUFFIX)


def read_sidecar(path: Path) -> DocumentMeta | None:
    """The metadata saved beside ``path``, or ``None`` if there is none.

    Raises:
        MetadataError: the sidecar exists but is not valid.
    """
    side = sidecar_path(path)
    try:
        if not side.is_file():
            return None
    except OSError:  # a name so long that the sidecar's would be too long: there is none
        return None
    try:
        data = json.loads(read_bytes(side, MAX_SIDECAR_BYTES).decode("utf-8"))
    except DocumentError as exc:  # a pipe, a device, too large, unreadable: its own words
        raise MetadataError(exc.reason, exc.subject, **exc.params) from exc
    except RecursionError as exc:  # the C decoder stops at the interpreter's depth, cleanly
        raise MetadataError(Reason.METADATA_NESTED_TOO_DEEP, side) from exc
    except (UnicodeDecodeError, ValueError) as exc:  # ValueError: also a 5,000-digit number
        raise MetadataError(Reason.METADATA_INVALID, side, cause=exc) from exc
    if not isinstance(data, dict):
        raise MetadataError(Reason.METADATA_NOT_AN_OBJECT, side)
    known = set(DocumentMeta.__dataclass_fields__)
    unknown = sorted(set(data) - known)
    if unknown:
        raise MetadataError(Reason.METADATA_UNKNOWN_FIELD, side, field=unknown[0])
    fields: dict[str, str] = {}
    origins = MetaOrigins()
    for key, value in data.items():
        if key == "origins":
            origins = _origins_of(value, side)
        elif key == "parties":
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise MetadataError(Reason.METADATA_PARTIES_NOT_A_LIST, side)
        elif not isinstance(value, str):
            raise MetadataError(Reason.METADATA_FIELD_NOT_TEXT, side, field=key)
        else:
            fields[key] = value
    return DocumentMeta(
        title=fields.get("title", ""),
        date=fields.get("date", ""),
        parties=tuple(data.get("parties", ())),
        kind=fields.get("kind", ""),
        place=fields.get("place", ""),
        language=fields.get("language", ""),
        source=fields.get("source", ""),
        origins=origins,
    )


def _origins_of(value: object, side: Path) -> MetaOrigins:
    """The origins a sidecar gives (``{"title": "user", "date": "signature"}``)."""
    known = {origin.value for origin in MetaOrigin}
    if not isinstance(value, dict) or not all(
        key in MetaOrigins.FIELDS and isinstance(origin, str) and origin in known
        for key, origin in value.items()
    ):
        raise MetadataError(Reason.METADATA_ORIGINS_MALFORMED, side)
    return MetaOrigins(**{key: MetaOrigin(origin) for key, origin in value.items()})


def write_sidecar(path: Path, meta: DocumentMeta) -> None:
    """Save ``meta`` beside ``path``, atomically (a temporary file renamed into place)."""
    side = sidecar_path(path)
    data = asdict(meta)
    data["parties"] = list(meta.parties)
    data["origins"] = {
        name: getattr(meta.origins, name).value
        for name in MetaOrigins.FIELDS
        if getattr(meta.origins, name) is not MetaOrigin.UNKNOWN
    }
    temporary = side.with_name(side.name + ".tmp")
    temporary.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    temporary.replace(side)


def extract_meta(raw: str) -> DocumentMeta:
    """Guess a declaration's metadata from its text, each title, date and party list saying
    where it was read (``DocumentMeta.origins``).

    The blocks are read from the start (chrome, title, the text's opening) and from the end
    (signature, place), and split only that far (:class:`corpus.text.blockreader.BlockReader`);
    the blocks between are read only when no signature dates the text.

    What a page states of itself (front matter, ``<h1>``) is put first by
    ``corpus.text.pagefacts.with_page_facts``.
    """
    blocks = block_reader(raw)
    layout = find_layout(blocks, len(raw))
    title, title_origin = find_title(blocks, layout)
    folded_title = fold(title)
    # The parties are read from the body's first block and its last three (not page chrome):
    # found from each end, without looking at every block of a long treaty.
    body = BlocksFrom(blocks, layout.body_start)
    opening = next((b for b in body if not is_chrome(b)), None)
    closing_blocks = list(islice((b for b in reversed(body) if not is_chrome(b)), 3))
    closing_blocks.reverse()
    language = guess_language(raw)
    view = folded_view(raw)  # the one folding of the text, shared with words and formulas
    opening_text = ""
    if opening is not None:
        at = view.from_raw(opening.start)
        opening_text = view.text[at : at + 3000]
    date, date_origin = document_date(
        folded_title,
        body,
        [blocks[i] for i in sorted(layout.chrome_blocks | layout.title_blocks)],
        view,
        language,
    )
    parties, parties_origin = _guess_parties(
        folded_title if title_origin is not MetaOrigin.BODY else "",
        " ".join(
            folded
            for folded in (view.text_of(b.start, b.end) for b in closing_blocks)
            if _SIGNATURE_BLOCK.search(folded)
        ),
        opening_text,
    )
    if title_origin is MetaOrigin.BODY:  # no title line: the instrument's name and its parties
        title = named_title(raw, parties, language)
    return DocumentMeta(
        title=title,
        date=date,
        parties=parties,
        kind=_guess_kind(fold(title)),
        place=_guess_place(list(islice(reversed(body), 4))[::-1]),
        language=language,
        origins=MetaOrigins(title_origin, date_origin, parties_origin),
    )


def _guess_parties(
    folded_title: str, closing: str, folded_body: str
) -> tuple[tuple[str, ...], MetaOrigin]:
    """The parties and where they were read: from the whole title ("between the Government of
    the Kingdom of the Netherlands and the Government of the Republic of South Africa"), else
    from the preamble's opening (its first sentence first, then a little further) and the
    signature, where the parties name themselves. A country the text only mentions further on
    (Ukraine in a US–France statement) is not one; only a text whose opening and signature name
    fewer than two countries falls back to the first countries of its body."""
    parties = find_countries(_HOSTED_AT.split(folded_title, maxsplit=1)[0])
    # The opening names the parties until it names another instrument ("leurs Traités conclus
    # avec les Cours d'Autriche, de France..."), whose parties are not this text's.
    folded_body = _OTHER_INSTRUMENT.split(folded_body, maxsplit=1)[0]
    origin = MetaOrigin.TITLE
    for part, part_origin in (
        *((folded_body[:reach], MetaOrigin.OPENING) for reach in OPENING_REACH),
        (closing, MetaOrigin.SIGNATURE),
    ):
        if len(parties) >= 2:
            return tuple(parties[:MAX_PARTIES]), origin
        more = [name for name in find_countries(part) if name not in parties]
        if more and not parties:
            origin = part_origin
        parties += more
    if len(parties) >= 2:
        return tuple(parties[:MAX_PARTIES]), origin
    more = [name for name in find_countries(folded_body) if name not in parties]
    if not parties and not more:
        return (), MetaOrigin.UNKNOWN
    return tuple(parties + more[: max(0, 3 - len(parties))]), MetaOrigin.BODY


def _guess_kind(folded_title: str) -> str:
    for pattern, kind in _KINDS:
        if pattern.search(folded_title):
            return kind
    return ""


def _guess_place(body_blocks: list) -> str:  # type: ignore[type-arg]
    for block in reversed(body_blocks[-4:]):
        text = " ".join(block.text.split())
        match = _CLOSING_PLACE.match(text)
        if match is None:
            match = re.match(r"^([A-ZÀ-Þ][\w’'-]+), le \d", text)
        if match:
            return match.group(1)
    return ""


def guess_language(raw: str) -> str:
    """``fr`` or ``en``, whichever language's commonest words the text uses more; ``de`` or
    ``es`` when German's or Spanish's commonest words outnumber both.

    A word is a run of the letters a-z and à-ÿ of the lower-cased text (its first 20,000
    characters), all of them Latin-1: the text is read as Latin-1 bytes, every other character
    made a space (``bytes.translate``, at C speed, where a regular expression made a string of
    every word first).
    """
    words = raw[:20000].lower().encode("latin-1", "replace").translate(_LETTERS_ONLY).split()
    french = sum(map(_FR_BYTES.__contains__, words))
    english = sum(map(_EN_BYTES.__contains__, words))
    if not french and not english:
        return ""
    known = max(french, english)
    german = sum(map(_DE_BYTES.__contains__, words))
    spanish = sum(map(_ES_BYTES.__contains__, words))
    if max(german, spanish) > known:
        return "de" if german >= spanish else "es"
    return "fr" if french >= english else "en"


#: Latin-1 bytes: a-z and à-ÿ kept, every other made a space.
_LETTERS_ONLY = bytes(
    byte if ord("a") <= byte <= ord("z") or byte >= 0xE0 else 0x20 for byte in range(256)
)
_FR_BYTES = frozenset(word.encode("latin-1") for word in _FR_WORDS)
_EN_BYTES = frozenset(word.encode("latin-1") for word in _EN_WORDS)
_DE_BYTES = frozenset(word.encode("latin-1") for word in _DE_WORDS)
_ES_BYTES = frozenset(word.encode("latin-1") for word in _ES_WORDS)
