"""Metadata of a declaration that is not bundled: read from a sidecar file, else extracted.

Extraction rules (each may be wrong, so the result is always editable and saved in the sidecar):

* title: the declaration's own title line if the text has one ("Déclaration conjointe sur ..."),
  else the first upper-case heading, else the first line;
* date: the document's own, not a cited instrument's (the rules are in ``corpus.text.docdate``:
  title, signature formula, dateline, publication stamp...); a clipping stamp ("date 2025-07") is
  never the date;
* parties: the countries named in the title, else in the first clauses of the text;
* kind: from the title's first word; language: French or English by their commonest words.

The sidecar is ``<file>.meta.json`` beside the file, UTF-8 JSON with the fields of
:class:`corpus.model.DocumentMeta`.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict
from itertools import islice
from pathlib import Path

from corpus.errors import MetadataError, Reason
from corpus.model import DocumentMeta
from corpus.text.blockreader import BlocksFrom
from corpus.text.countries import find_countries
from corpus.text.docdate import document_date
from corpus.text.frontmatter import CLIPPING_DATE, find_layout, is_chrome
from corpus.text.normalize import fold
from corpus.text.reading import block_reader, folded_view
from corpus.text.sentences import sentence_spans

SIDECAR_SUFFIX = ".meta.json"
#: A block that signs the text (where parties name themselves), not a web statement's last words.
_SIGNATURE_BLOCK = re.compile(
    r"\b(?:fait a|fait en|done at|done in|signed|en foi de quoi|in witness|pour le gouvernement|"
    r"for the government|pour sa majeste|for his majesty|for her majesty)\b"
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
        data = json.loads(side.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise MetadataError(f"{side}: not valid metadata ({exc})") from exc
    except RecursionError as exc:  # arrays or objects nested thousands deep
        raise MetadataError(f"{side}: not valid metadata (nested too deep)") from exc
    if not isinstance(data, dict):
        raise MetadataError(Reason.METADATA_NOT_AN_OBJECT, side)
    known = set(DocumentMeta.__dataclass_fields__)
    unknown = sorted(set(data) - known)
    if unknown:
        raise MetadataError(Reason.METADATA_UNKNOWN_FIELD, side, field=unknown[0])
    fields: dict[str, str] = {}
    for key, value in data.items():
        if key == "parties":
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
    )


def write_sidecar(path: Path, meta: DocumentMeta) -> None:
    """Save ``meta`` beside ``path``, atomically (a temporary file renamed into place)."""
    side = sidecar_path(path)
    data = asdict(meta)
    data["parties"] = list(meta.parties)
    temporary = side.with_name(side.name + ".tmp")
    temporary.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    temporary.replace(side)


def extract_meta(raw: str) -> DocumentMeta:
    """Guess a declaration's metadata from its text.

    The blocks are read from the start (chrome, title, the text's opening) and from the end
    (signature, place), and split only that far (:class:`corpus.text.blockreader.BlockReader`);
    the blocks between are read only when no signature dates the text.
    """
    blocks = block_reader(raw)
    layout = find_layout(blocks, len(raw))
    title_index = min(layout.title_blocks, default=None)
    titled = [i for i in sorted(layout.title_blocks) if not blocks[i].text.isupper()]
    if titled:
        title_index = titled[0]
    if title_index is not None:
        title = blocks[title_index].text
    else:
        first = next((b for b in blocks if not is_chrome(b) or b.text.isupper()), None)
        title = _first_sentence(first.text) if first is not None else ""
    title = " ".join(title.split())[:300]
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
    return DocumentMeta(
        title=title,
        date=document_date(
            folded_title,
            body,
            [blocks[i] for i in sorted(layout.chrome_blocks | layout.title_blocks)],
            view,
            language,
        ),
        parties=_guess_parties(
            folded_title,
            " ".join(
                folded
                for folded in (view.text_of(b.start, b.end) for b in closing_blocks)
                if _SIGNATURE_BLOCK.search(folded)
            ),
            opening_text,
        ),
        kind=_guess_kind(folded_title),
        place=_guess_place(list(islice(reversed(body), 4))[::-1]),
        language=language,
    )


def _guess_parties(folded_title: str, closing: str, folded_body: str) -> tuple[str, ...]:
    """The parties: from the title, else from the preamble's opening (its first sentence first,
    then a little further) and the signature, where the parties name themselves. A country the
    text only mentions further on (Ukraine in a US–France statement) is not one; only a text
    whose opening and signature name fewer than two countries falls back to the first countries
    of its body."""
    parties = find_countries(folded_title)
    for part in (*(folded_body[:reach] for reach in OPENING_REACH), closing):
        if len(parties) >= 2:
            return tuple(parties[:MAX_PARTIES])
        parties += [name for name in find_countries(part) if name not in parties]
    if len(parties) >= 2:
        return tuple(parties[:MAX_PARTIES])
    more = [name for name in find_countries(folded_body) if name not in parties]
    return tuple(parties + more[: max(0, 3 - len(parties))])


def _guess_kind(folded_title: str) -> str:
    for pattern, kind in _KINDS:
        if pattern.search(folded_title):
            return kind
    return ""


def _guess_place(body_blocks: list) -> str:  # type: ignore[type-arg]
    for block in reversed(body_blocks[-4:]):
        text = " ".join(block.text.split())
        match = re.match(
            r"^(?:Fait à|Done at|Signed at)\s+([A-ZÀ-Þ][\w’'-]+(?: [A-ZÀ-Þ][\w’'-]+)?)", text
        )
        if match is None:
            match = re.match(r"^([A-ZÀ-Þ][\w’'-]+), le \d", text)
        if match:
            return match.group(1)
    return ""


def _first_sentence(text: str) -> str:
    text = CLIPPING_DATE.sub("", " ".join(text.split()))
    spans = sentence_spans(text)
    sentence = text[spans[0][0] : spans[0][1]] if spans else text
    return sentence if len(sentence) <= 160 else sentence[:157].rsplit(" ", 1)[0] + "…"


def guess_language(raw: str) -> str:
    """``fr`` or ``en``, whichever language's commonest words the text uses more.

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
    return "fr" if french >= english else "en"


#: Latin-1 bytes: a-z and à-ÿ kept, every other made a space.
_LETTERS_ONLY = bytes(
    byte if ord("a") <= byte <= ord("z") or byte >= 0xE0 else 0x20 for byte in range(256)
)
_FR_BYTES = frozenset(word.encode("latin-1") for word in _FR_WORDS)
_EN_BYTES = frozenset(word.encode("latin-1") for word in _EN_WORDS)
