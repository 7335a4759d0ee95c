"""``library``: the user's library from the command line, for analysts who script their imports.

``library add PATH...`` (files and folders), ``library list``, ``library remove ID...``,
``library edit ID --title/--date/--parties/...``, ``library export DIR``, ``library import DIR``
and ``library check``: the same library as the window (the team server named by
``VIS_A_VIS_LIBRARY_URL``, else the user's data folder, or ``VIS_A_VIS_DATA``). Export and
import move a library between this computer and a server (``corpus.library.moving``). A
document's ID is its library key, or any unique beginning of it (``list`` shows the first 12
characters), as git takes a commit.

Exit status: 0 when everything asked was done; 1 when some files failed to import or the check
found damage; 2 when the command could not run (no such ID, a bad date, an unusable library).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from corpus.errors import LibraryError, Reason

if TYPE_CHECKING:
    from corpus.library.api import ImportOutcome, Library, LibraryEntry

#: The fewest characters of a key ``list`` shows (more where two keys begin alike).
SHORT_ID = 12


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``library`` subcommand and its actions."""
    parser = subparsers.add_parser(
        "library", help="add, list, edit, remove and check the documents of the library"
    )
    actions = parser.add_subparsers(dest="action", required=True)

    add = actions.add_parser("add", help="import files and folders (.txt .md .docx .pdf .html)")
    add.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    add.add_argument("--json", action="store_true", help="print one JSON object")
    add.set_defaults(handler=_add)

    listing = actions.add_parser("list", help="list the documents, oldest first")
    listing.add_argument("--json", action="store_true", help="print one JSON object")
    listing.set_defaults(handler=_list)

    remove = actions.add_parser("remove", help="take documents out (their originals stay)")
    remove.add_argument("ids", nargs="+", metavar="ID")
    remove.set_defaults(handler=_remove)

    edit = actions.add_parser("edit", help="change a document's metadata")
    edit.add_argument("id", metavar="ID")
    edit.add_argument("--title")
    edit.add_argument("--date", help="YYYY, YYYY-MM or YYYY-MM-DD (empty to clear)")
    edit.add_argument("--parties", help="separated by commas or semicolons")
    edit.add_argument("--kind")
    edit.add_argument("--place")
    edit.add_argument("--language", choices=("fr", "en", ""))
    edit.add_argument("--json", action="store_true", help="print the document as JSON")
    edit.set_defaults(handler=_edit)

    export = actions.add_parser(
        "export", help="write the documents (originals, metadata) and decisions to a new folder"
    )
    export.add_argument("folder", type=Path, metavar="DIR")
    export.add_argument("--json", action="store_true", help="print one JSON object")
    export.set_defaults(handler=_export)

    imports = actions.add_parser("import", help="add what 'library export' wrote in DIR")
    imports.add_argument("folder", type=Path, metavar="DIR")
    imports.add_argument("--json", action="store_true", help="print one JSON object")
    imports.set_defaults(handler=_import)

    check = actions.add_parser("check", help="read the whole database and say if it is sound")
    check.add_argument("--json", action="store_true", help="print one JSON object")
    check.set_defaults(handler=_check)


def _open(reading: bool = False) -> Library:
    from app.cli.options import open_user_library

    return open_user_library(reading)


def _add(options: argparse.Namespace) -> int:
    from app.cli.options import print_json
    from corpus.library.api import ImportStatus

    library = _open()
    try:
        outcomes = library.add_paths(options.paths, _ImportProgress())
    finally:
        library.close()
    if options.json:
        print_json({"outcomes": [_outcome(o) for o in outcomes]})
    else:
        for outcome in outcomes:
            # A failure's message already names the file it speaks of.
            said = outcome.message if outcome.message.startswith(outcome.source) else ""
            reason = said or (f"{outcome.source}: {outcome.message}" if outcome.message else "")
            print(f"{outcome.status.value:<9} {reason or outcome.source}")
        counts = {s: sum(o.status is s for o in outcomes) for s in ImportStatus}
        print(", ".join(f"{n} {status.value}" for status, n in counts.items() if n) or "no file")
    return 1 if any(o.status is ImportStatus.FAILED for o in outcomes) else 0


class _ImportProgress:
    """Says on standard error how far a long import has got (nothing for a short one)."""

    def __init__(self) -> None:
        import time

        self._clock = time.monotonic
        self._said = self._clock()

    def __call__(self, done: int, total: int) -> None:
        from app.cli.search import PROGRESS_SECONDS

        now = self._clock()
        if now - self._said >= PROGRESS_SECONDS and done < total:
            self._said = now
            print(f"vis-a-vis: {done:,} of {total:,} files added or checked…", file=sys.stderr)


def _export(options: argparse.Namespace) -> int:
    from app.cli.options import print_json
    from corpus.library.moving import export_library

    library = _open(reading=True)
    try:
        done = export_library(library, options.folder)
        where = library.location
    finally:
        library.close()
    if options.json:
        print_json(
            {"folder": str(done.folder), "documents": done.documents, "decisions": done.decisions}
        )
    else:
        print(
            f"exported {done.documents} documents and {done.decisions} decisions "
            f"from {where} to {done.folder}"
        )
    return 0


def _import(options: argparse.Namespace) -> int:
    from app.cli.options import print_json
    from corpus.library.api import ImportStatus
    from corpus.library.moving import import_library, read_export

    read_export(options.folder)  # a bad export is refused before the library is even opened
    library = _open()
    try:
        done = import_library(library, options.folder)
        where = library.location
    finally:
        library.close()
    if options.json:
        print_json({"outcomes": [_outcome(o) for o in done.outcomes], "decisions": done.decisions})
    else:
        for outcome in done.outcomes:
            print(f"{outcome.status.value:<9} {outcome.message or outcome.source}")
        counts = {s: sum(o.status is s for o in done.outcomes) for s in ImportStatus}
        summary = ", ".join(f"{n} {status.value}" for status, n in counts.items() if n)
        print(f"{summary or 'no document'}; {done.decisions} decisions added, into {where}")
    return 1 if any(o.status is ImportStatus.FAILED for o in done.outcomes) else 0


def _outcome(outcome: ImportOutcome) -> dict[str, str]:
    return {
        "source": outcome.source,
        "status": outcome.status.value,
        "id": outcome.key,
        "message": outcome.message,
    }


def _list(options: argparse.Namespace) -> int:
    from app.cli.options import print_json

    library = _open(reading=True)
    try:
        entries = library.entries()
    finally:
        library.close()
    if options.json:
        print_json({"documents": [_entry(e) for e in entries]})
        return 0
    short = short_ids([entry.key for entry in entries])
    width = max((len(s) for s in short.values()), default=SHORT_ID)
    for entry in entries:
        meta = entry.meta
        parties = ", ".join(meta.parties)
        print(
            f"{short[entry.key]:<{width}}  {meta.date or '?':<10}  {meta.language or '?':<2}"
            f"  {meta.title}" + (f"  [{parties}]" if parties else "")
        )
    return 0


def short_ids(keys: list[str]) -> dict[str, str]:
    """Each key's shortest beginning (at least :data:`SHORT_ID` characters) that no other key
    shares, so that what ``list`` shows can be typed back to ``remove`` and ``edit``."""
    ordered = sorted(keys)
    short = {}
    for index, key in enumerate(ordered):
        neighbours = ordered[max(index - 1, 0) : index] + ordered[index + 1 : index + 2]
        shared = max((_common_length(key, other) for other in neighbours), default=0)
        short[key] = key[: max(SHORT_ID, shared + 1)]
    return short


def _common_length(a: str, b: str) -> int:
    length = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        length += 1
    return length


def _entry(entry: LibraryEntry) -> dict[str, Any]:
    meta = entry.meta
    return {
        "id": entry.key,
        "title": meta.title,
        "date": meta.date,
        "parties": list(meta.parties),
        "origins": meta.origins.as_dict(),
        "kind": meta.kind,
        "place": meta.place,
        "language": meta.language,
        "format": entry.format,
        "source": entry.source,
        "path": entry.path,
    }


def _remove(options: argparse.Namespace) -> int:
    library = _open()
    try:
        keys = [_resolve(library, given) for given in options.ids]
        for key in keys:
            library.remove(key)
            print(f"removed {key}")
    finally:
        library.close()
    return 0


def _edit(options: argparse.Namespace) -> int:
    from app.cli.options import print_json
    from corpus.model import is_valid_date, split_parties

    if options.date is not None and not is_valid_date(options.date.strip()):
        raise LibraryError(Reason.QUERY_NOT_A_DATE, value=options.date)
    library = _open()
    try:
        key = _resolve(library, options.id)
        entry = next(e for e in library.entries() if e.key == key)
        changes: dict[str, Any] = {
            name: getattr(options, name).strip()
            for name in ("title", "date", "kind", "place", "language")
            if getattr(options, name) is not None
        }
        if options.parties is not None:
            changes["parties"] = split_parties(options.parties)
        meta = replace(entry.meta, **changes, origins=entry.meta.origins.by_user(*changes))
        library.set_meta(key, meta)
        edited = replace(entry, meta=meta)
    finally:
        library.close()
    if options.json:
        print_json(_entry(edited))
    else:
        print(f"edited {key}: {meta.title} ({meta.date or '?'})")
    return 0


def _check(options: argparse.Namespace) -> int:
    from app.cli.options import print_json
    from corpus.library.connect import library_address
    from corpus.library.embedded.store import DATABASE, default_data_dir

    if library_address():
        return _check_server(options)
    from corpus.library.embedded.salvage import library_damage

    path = default_data_dir() / DATABASE
    files = library_damage(path.parent)
    if not path.exists():
        problem: str | None = None
        verdict = f"no library yet in {path.parent}: nothing to check"
    else:
        from corpus.library.index import SearchIndex
        from corpus.library.repair import unwritable

        index = SearchIndex(path, read_only=unwritable(path.parent) is not None)
        try:
            problem = index.check(thorough=True)
            count = len(index)
        finally:
            index.close()
        verdict = (
            f"sound: {count} documents in {path}"
            if problem is None
            else f"damaged: {problem} (the next start sets it aside and rebuilds it from the files)"
        )
    if files:
        verdict = (
            f"{verdict}\ndamaged files ({len(files)}; nothing is deleted: a record is set aside "
            "and rebuilt from its original at the next start, a sidecar when it is next read):\n"
            + "\n".join(f"  {line}" for line in files)
        )
    if options.json:
        print_json(
            {
                "path": str(path),
                "sound": problem is None and not files,
                "problem": problem or "",
                "damaged_files": files,
            }
        )
    else:
        print(verdict)
    return 0 if problem is None and not files else 1


def _check_server(options: argparse.Namespace) -> int:
    from app.cli.options import print_json
    from corpus.library.server.library import ServerLibrary

    library = _open()
    try:
        problem = library.check()
        count = len(library)
        where = library.location
        phrases = library.index.phrase_index if isinstance(library, ServerLibrary) else None
    finally:
        library.close()
    # Which index finds phrases: RUM (positions) or plain GIN (a server without the extension).
    how = f"; phrases found by {PHRASE_INDEXES[phrases]}" if phrases else ""
    verdict = (
        f"sound: {count} documents in {where}{how}" if problem is None else f"damaged: {problem}"
    )
    if options.json:
        print_json(
            {
                "path": where,
                "sound": problem is None,
                "problem": problem or "",
                "phrase_index": phrases.value if phrases else "",
            }
        )
    else:
        print(verdict)
    return 0 if problem is None else 1


#: How ``library check`` names a server's phrase index.
PHRASE_INDEXES = {
    "rum": "a positions index (RUM)",
    "gin": "plain PostgreSQL (GIN, no RUM extension)",
}


def _resolve(library: Library, given: str) -> str:
    """The key of the one document whose key is, or begins with, ``given``.

    Raises:
        LibraryError: no document, or several, answer to ``given``.
    """
    keys = [entry.key for entry in library.entries()]
    if given in keys:
        return given
    found = [key for key in keys if key.startswith(given)] if given else []
    if not found:
        raise LibraryError(Reason.NO_DOCUMENT_WITH_ID, given=given)
    if len(found) > 1:
        shown = ", ".join(list(short_ids(found).values())[:5])
        raise LibraryError(Reason.AMBIGUOUS_ID, given=given, candidates=shown)
    return found[0]
