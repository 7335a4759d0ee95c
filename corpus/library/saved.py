"""A saved comparison: one file holding both texts and the analyst's decisions, for a colleague.

``File > Save comparison as…`` writes a ``.vavcmp`` file: a zip archive of ``comparison.json``
(the format's name and version, the program's version, the settings, each side's original file
name, metadata and text's SHA-256, and the decisions as the library keeps them), the two texts
as read (``left.txt``, ``right.txt``, UTF-8), and ``checksum.sha256``, the SHA-256 of the
manifest. Opening one reads and checks it whole first (zip damage, every checksum, every field),
so a damaged or altered file is refused before anything changes; then each text is found in the
library by its content (the same text already there is reused, whatever its file's name or
format) or added to it, and the decisions are restored (those already kept are not doubled).
A text keeps its decisions by content, so on any computer the comparison opens as it was saved.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePath

from corpus.atomicfile import write_atomic
from corpus.errors import CorpusError, Reason
from corpus.library.api import ImportStatus, Library, StoredOriginal
from corpus.model import DecisionKind, Document, DocumentMeta, is_valid_date

SUFFIX = ".vavcmp"
FORMAT = "vis-a-vis comparison"
VERSION = 1
MANIFEST = "comparison.json"
CHECKSUM = "checksum.sha256"
TEXTS = {"left": "left.txt", "right": "right.txt"}
#: A saved comparison larger than this is not one (two treaties weigh a few hundred kB): refused
#: before it is unpacked, so a hostile archive cannot fill the memory.
MAX_BYTES = 64 * 1024 * 1024
_META_FIELDS = ("title", "date", "kind", "place", "language", "source")
#: The text fields of a decision as the library keeps it (``DecisionBook.rows``).
_DECISION_TEXT = ("left_sha", "right_sha", "left_name", "right_name", "kind", "made_at")


class SavedComparisonError(CorpusError):
    """A saved comparison cannot be read, is damaged or altered, or cannot be written."""


@dataclass(frozen=True, slots=True)
class SavedSide:
    """One side of a saved comparison: the text as read, its original's name, its metadata."""

    name: str
    text: str
    meta: DocumentMeta

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class SavedComparison:
    """Both texts, the settings and the decisions (rows as ``DecisionBook.rows`` gives them)."""

    left: SavedSide
    right: SavedSide
    threshold: float
    min_words: int
    decisions: tuple[dict[str, object], ...]
    program: str = ""
    saved_at: str = ""


def side_of(document: Document) -> SavedSide:
    """A document as a saved comparison keeps it."""
    return SavedSide(PurePath(document.path).name, document.raw, document.meta)


def decisions_about(
    rows: list[dict[str, object]], left: str, right: str
) -> tuple[dict[str, object], ...]:
    """The library's decision rows about two texts (by their SHA-256), panes swapped too."""
    wanted = {(left, right), (right, left)}
    return tuple(
        {k: v for k, v in row.items() if k != "id"}
        for row in rows
        if (row.get("left_sha"), row.get("right_sha")) in wanted
    )


def write_saved(path: Path, saved: SavedComparison) -> None:
    """Write a saved comparison at ``path``, whole or not at all.

    Raises:
        SavedComparisonError: the path cannot be written.
    """
    manifest = {
        "format": FORMAT,
        "version": VERSION,
        "program": saved.program,
        "saved_at": saved.saved_at or datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "settings": {"threshold": saved.threshold, "min_words": saved.min_words},
        "left": _side_json(saved.left, TEXTS["left"]),
        "right": _side_json(saved.right, TEXTS["right"]),
        "decisions": list(saved.decisions),
    }
    data = json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, data)
        archive.writestr(TEXTS["left"], saved.left.text.encode("utf-8"))
        archive.writestr(TEXTS["right"], saved.right.text.encode("utf-8"))
        archive.writestr(CHECKSUM, hashlib.sha256(data).hexdigest() + "\n")
    try:
        write_atomic(path, out.getvalue())
    except OSError as exc:
        raise SavedComparisonError(Reason.CANNOT_WRITE, path, cause=exc.strerror or exc) from exc


def _side_json(side: SavedSide, file: str) -> dict[str, object]:
    return {
        "name": side.name,
        "text": file,
        "sha256": side.sha256,
        "meta": {**asdict(side.meta), "parties": list(side.meta.parties)},
    }


def read_saved(path: Path) -> SavedComparison:
    """Read and check a saved comparison whole.

    Raises:
        SavedComparisonError: it cannot be read, is not a saved comparison of this program, or is
            damaged or altered (a checksum differs, a field is malformed).
    """
    try:
        if path.stat().st_size > MAX_BYTES:
            raise SavedComparisonError(Reason.SAVED_TOO_LARGE, path)
        with zipfile.ZipFile(path) as archive:
            if sum(i.file_size for i in archive.infolist()) > MAX_BYTES:
                raise SavedComparisonError(Reason.SAVED_TOO_LARGE, path)
            names = (MANIFEST, CHECKSUM, *TEXTS.values())
            # The member named, not zipfile's own sentence ("There is no item named …").
            missing = [name for name in names if name not in archive.namelist()]
            if missing:
                raise SavedComparisonError(Reason.SAVED_MEMBER_MISSING, path, member=missing[0])
            members = {name: archive.read(name) for name in names}
    except SavedComparisonError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError) as exc:
        raise SavedComparisonError(Reason.SAVED_NOT_AN_ARCHIVE, path, cause=exc) from exc
    except OSError as exc:
        raise SavedComparisonError(Reason.CANNOT_BE_READ, path, cause=exc.strerror or exc) from exc
    manifest_bytes = members[MANIFEST]
    if members[CHECKSUM].decode("ascii", "replace").strip() != _sha(manifest_bytes):
        raise SavedComparisonError(Reason.SAVED_ALTERED, path)
    try:
        manifest = json.loads(manifest_bytes.decode("utf-8"))
    except ValueError as exc:
        raise SavedComparisonError(Reason.SAVED_DAMAGED, path, cause=exc) from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise SavedComparisonError(Reason.NOT_A_SAVED_COMPARISON, path)
    if manifest.get("version") != VERSION:
        raise SavedComparisonError(
            Reason.SAVED_OF_ANOTHER_VERSION, path, version=manifest.get("version")
        )
    settings = manifest.get("settings")
    if not isinstance(settings, dict):
        raise SavedComparisonError(Reason.SAVED_SETTINGS_MISSING, path)
    threshold, min_words = settings.get("threshold"), settings.get("min_words")
    if not isinstance(threshold, int | float) or not 0 <= threshold <= 1:
        raise SavedComparisonError(Reason.SAVED_BAD_THRESHOLD, path, threshold=threshold)
    if not isinstance(min_words, int) or min_words < 1:
        raise SavedComparisonError(Reason.SAVED_BAD_MIN_WORDS, path, min_words=min_words)
    return SavedComparison(
        _side(path, manifest.get("left"), members),
        _side(path, manifest.get("right"), members),
        float(threshold),
        min_words,
        _decisions(path, manifest.get("decisions")),
        str(manifest.get("program", "")),
        str(manifest.get("saved_at", "")),
    )


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _side(path: Path, entry: object, members: dict[str, bytes]) -> SavedSide:
    if not isinstance(entry, dict):
        raise SavedComparisonError(Reason.SAVED_SIDE_MISSING, path)
    name, file, sha, meta = (entry.get(k) for k in ("name", "text", "sha256", "meta"))
    if not (isinstance(name, str) and file in TEXTS.values() and isinstance(meta, dict)):
        raise SavedComparisonError(Reason.SAVED_SIDE_INCOMPLETE, path)
    data = members[str(file)]
    if _sha(data) != sha:
        raise SavedComparisonError(Reason.SAVED_TEXT_ALTERED, path, file=file)
    values = {field: meta.get(field, "") for field in _META_FIELDS}
    parties = meta.get("parties", [])
    if not all(isinstance(v, str) for v in values.values()) or not isinstance(parties, list):
        raise SavedComparisonError(Reason.SAVED_METADATA_MALFORMED, path, name=name)
    if not is_valid_date(str(values["date"])):
        raise SavedComparisonError(Reason.SAVED_BAD_DATE, path, name=name)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SavedComparisonError(Reason.SAVED_TEXT_NOT_UTF8, path, file=file) from exc
    strings = {k: str(v) for k, v in values.items()}
    meta_value = DocumentMeta(
        title=strings["title"],
        date=strings["date"],
        parties=tuple(str(p) for p in parties),
        kind=strings["kind"],
        place=strings["place"],
        language=strings["language"],
        source=strings["source"],
    )
    return SavedSide(name, text, meta_value)


def _decisions(path: Path, rows: object) -> tuple[dict[str, object], ...]:
    """The decisions, checked as the library will check them, before anything is changed."""
    if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
        raise SavedComparisonError(Reason.SAVED_DECISIONS_MALFORMED, path)
    kinds = {kind.value for kind in DecisionKind}
    for row in rows:
        if row.get("kind") not in kinds or not all(
            isinstance(row.get(field), str) for field in _DECISION_TEXT
        ):
            raise SavedComparisonError(Reason.SAVED_DECISION_MALFORMED, path)
    return tuple(rows)


@dataclass(frozen=True, slots=True)
class Opened:
    """What opening a saved comparison did: the texts to compare (paths in the library), whether
    each was already there, and how many decisions were new to the library."""

    left: str
    right: str
    reused: tuple[bool, bool]
    decisions: int


def open_saved(library: Library, saved: SavedComparison, source: Path) -> Opened:
    """Put a saved comparison's texts and decisions into ``library``.

    Each text already in the library (the same text, under any name) is reused; another is
    added with its saved metadata. The decisions are restored after the texts.

    Raises:
        CorpusError: the library cannot be written (a text already added stays, as an import).
    """
    paths, reused = [], []
    for side in (saved.left, saved.right):
        found = _in_library(library, side)
        if found is None:
            found = _add(library, side, source)
            reused.append(False)
        else:
            reused.append(True)
        paths.append(found)
    added = library.decisions().restore(list(saved.decisions))
    return Opened(paths[0], paths[1], (reused[0], reused[1]), added)


def _in_library(library: Library, side: SavedSide) -> str | None:
    """The path of a library document whose text is this side's, if there is one."""
    data = side.text.encode("utf-8")
    for entry in library.entries():
        try:
            path = Path(entry.path)
            if path.stat().st_size == len(data) and path.read_bytes() == data:
                return entry.path
        except OSError:
            continue  # a text not on this computer (a server's, not fetched): not this one
    return None


def _add(library: Library, side: SavedSide, source: Path) -> str:
    data = side.text.encode("utf-8")
    name = PurePath(side.name).stem + ".txt"  # the text as read, under its original's name
    original = StoredOriginal(
        _sha(data), name, data, side.meta, True, f"{source} ({side.name})", ""
    )
    (outcome,) = library.add_originals([original])
    if outcome.status is ImportStatus.FAILED:
        cause = outcome.error if outcome.error is not None else outcome.message
        raise SavedComparisonError(Reason.SAVED_SIDE_NOT_ADDED, source, side=side.name, cause=cause)
    return library.document(outcome.key).path
