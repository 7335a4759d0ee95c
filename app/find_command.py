"""``search``: find a phrase in every declaration at hand, with raw-text offsets.

Without ``--corpus`` it searches the declarations the application ships with. With ``--corpus
DIR`` it searches the ``.txt`` and ``.md`` files under DIR; their index is kept in the user's
cache folder (``VIS_A_VIS_CACHE`` overrides it) and brought up to date when files are added,
changed or removed.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
from pathlib import Path
from typing import Any

SUFFIXES = (".txt", ".md")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``search`` subcommand."""
    parser = subparsers.add_parser("search", help="find a phrase in all the declarations")
    parser.add_argument(
        "phrase",
        help="words to find; souverain* for a prefix; NEAR(a b, 5); family:territorial-integrity",
    )
    parser.add_argument("--corpus", type=Path, metavar="DIR", help="search the texts of DIR")
    parser.add_argument("--stemmed", action="store_true", help="tolerate inflections")
    parser.add_argument("--party", default="", help="only declarations of this party")
    parser.add_argument("--language", default="", help="only texts in this language (fr, en)")
    parser.add_argument("--from", dest="date_from", default="", metavar="YYYY-MM-DD")
    parser.add_argument("--to", dest="date_to", default="", metavar="YYYY-MM-DD")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(handler=_run)


def _run(options: argparse.Namespace) -> int:
    from app.cli import print_json
    from corpus.fts import parse_query

    query = parse_query(options.phrase, stemmed=options.stemmed)
    index = _corpus_index(options.corpus) if options.corpus else _bundled_index()
    try:
        hits = index.search(
            query,
            party=options.party,
            language=options.language,
            date_from=options.date_from,
            date_to=options.date_to,
        )
    finally:
        index.close()
    report: dict[str, Any] = {
        "query": options.phrase,
        "total": len(hits),
        "hits": [
            {
                "path": h.path,
                "title": h.title,
                "date": h.date,
                "start": h.start,
                "end": h.end,
                "snippet": h.snippet,
            }
            for h in hits
        ],
    }
    if options.json:
        print_json(report)
    else:
        for hit in hits:
            print(
                f"{hit.date or '????'}  {hit.title[:50]:<50}  …{hit.left[-40:]} [{hit.match}] "
                f"{hit.right[:40]}…"
            )
        print(f"{len(hits)} occurrence(s)")
    return 0


def _bundled_index() -> Any:
    from corpus import bundled
    from corpus.fts import SearchIndex

    index = SearchIndex()
    for doc_id in bundled.bundled_ids():
        index.add(doc_id, bundled.load_bundled(doc_id))
    return index


def cache_dir() -> Path:
    """Where indexes of folders are kept."""
    override = os.environ.get("VIS_A_VIS_CACHE")
    if override:
        return Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("vis-a-vis"))


def _corpus_index(folder: Path) -> Any:
    from corpus.documents import load_file
    from corpus.errors import CorpusError, DocumentError
    from corpus.fts import SearchIndex

    if not folder.is_dir():
        raise DocumentError(f"{folder}: no such folder")
    root = folder.resolve()
    name = hashlib.sha1(str(root).encode("utf-8")).hexdigest()[:16]
    store = cache_dir() / "search"
    store.mkdir(parents=True, exist_ok=True)
    index = SearchIndex(store / f"{name}.sqlite")
    known = index.stamps()
    present: set[str] = set()
    for path in sorted(p for p in root.rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file()):
        key = str(path)
        present.add(key)
        status = path.stat()
        stamp = f"{status.st_mtime_ns}:{status.st_size}"
        if known.get(key) == stamp:
            continue  # unchanged since it was indexed
        try:
            index.add(key, load_file(path), stamp)
        except CorpusError as exc:
            print(f"vis-a-vis: skipped: {exc}", file=sys.stderr)
    for key in set(known) - present:
        index.remove(key)  # a file deleted since
    return index
