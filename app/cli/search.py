"""``search``: every occurrence of a phrase in the library, or in a folder, with raw offsets.

Without ``--corpus`` it searches the user's library (``corpus.library.embedded.store``;
``VIS_A_VIS_DATA`` names another folder), or the bundled declarations when no library was ever
made: a search creates nothing. With ``--corpus DIR`` it searches the files of DIR (.txt, .md,
.docx, .pdf, .html); their index is kept in the user's cache folder (``VIS_A_VIS_CACHE`` overrides
it), one per folder, and brought up to date when a file is added, changed (modification time or
size) or removed. A cache that cannot be opened is thrown away and rebuilt.

``--json`` prints ``{"query", "total", "hits": [{"path", "title", "date", "start", "end",
"snippet", "source"}]}``: ``raw[start:end]`` of the text in ``path`` is the occurrence (for a
.docx, .pdf or .html, ``path`` is its extracted text and ``source`` the file itself).
``--by-year`` adds ``"by_year": {"YYYY": {"documents", "hits"}}`` and ``"undated"``;
``--plot OUT.png`` (or ``.svg``) draws them (``app.cli.timeline``). ``--report OUT.pdf`` (or
``.docx``) writes the search report: the query, the chart, the hits with their sources
(``app.cli.search_report``).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import stat
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # heavy imports stay inside the handler
    from corpus.formulas.catalogue import Catalogue
    from corpus.library.api import LibraryIndex
    from corpus.library.hits import SearchResult
    from corpus.library.index import SearchIndex
    from corpus.library.prepared import PreparedDocument


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``search`` subcommand."""
    parser = subparsers.add_parser(
        "search", help="find a phrase in the library (or a folder), accent-insensitively"
    )
    parser.add_argument(
        "phrase",
        help="words to find; souverain* for a prefix; NEAR(a b, 5); family:territorial-integrity",
    )
    parser.add_argument("--corpus", type=Path, metavar="DIR", help="search the files of DIR")
    parser.add_argument("--stemmed", action="store_true", help="tolerate inflections")
    parser.add_argument("--party", default="", help="only documents of this party (part of name)")
    parser.add_argument("--language", default="", help="only texts in this language (fr, en)")
    parser.add_argument("--from", dest="date_from", default="", metavar="YYYY[-MM[-DD]]")
    parser.add_argument("--to", dest="date_to", default="", metavar="YYYY[-MM[-DD]]")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument(
        "--by-year", action="store_true", help="count documents and occurrences per year"
    )
    parser.add_argument(
        "--plot", type=Path, metavar="OUT", help="with --by-year: draw the chart (.png or .svg)"
    )
    parser.add_argument(
        "--report",
        type=Path,
        metavar="OUT",
        help="write the search report (query, chart, hits with their sources): .pdf or .docx",
    )
    parser.add_argument(
        "--count",
        choices=("hits", "documents"),
        default="hits",
        help="what the chart's bars count (default: hits)",
    )
    parser.add_argument(
        "--split", choices=("party", "language"), default="", help="stack the bars by group"
    )
    parser.set_defaults(handler=_run)


def _check_filters(options: argparse.Namespace) -> None:
    """Refuse a filter that would silently find nothing: an unknown language, a date that is
    not one (``2025-13-45``).

    Raises:
        QueryError: with one line saying which.
    """
    import datetime

    from corpus.errors import QueryError, Reason

    if options.language and options.language.lower() not in ("fr", "en"):
        raise QueryError(Reason.QUERY_UNKNOWN_LANGUAGE, language=options.language)
    for text in (options.date_from, options.date_to):
        parts = text.split("-") if text else []
        try:
            if parts and (
                len(parts) > 3 or not all(p.isdigit() for p in parts) or len(parts[0]) != 4
            ):
                raise ValueError(text)
            if parts:
                year, month, day = [int(p) for p in parts] + [1] * (3 - len(parts))
                datetime.date(year, month, day)
        except ValueError:
            raise QueryError(Reason.QUERY_NOT_A_DATE, value=text) from None


def _run(options: argparse.Namespace) -> int:
    from app.cli.options import print_json
    from corpus.library.hits import Filters
    from corpus.library.query import parse_query
    from corpus.library.searching import counts_of

    _check_filters(options)
    if options.plot is not None:
        from app.cli.timeline import check_plot_path

        check_plot_path(options.plot)
    if options.report is not None:
        from app.report.search_export import check_report_path

        check_report_path(options.report)
    if (
        options.plot is None
        and options.report is None
        and (options.split or options.count != "hits")
    ):
        from app.cli.timeline import PlotError
        from corpus.errors import Reason

        raise PlotError(Reason.PLOT_OPTIONS_WITHOUT_PLOT)
    by_year = options.by_year or options.plot is not None or options.report is not None
    query = parse_query(options.phrase, stemmed=options.stemmed)
    filters = Filters(options.party, options.language, options.date_from, options.date_to)
    index: LibraryIndex
    if options.corpus:
        index, sources = folder_index(options.corpus, cache_dir())
        searched = Searched(index, index.close, str(options.corpus.resolve()), lambda: sources)
    else:
        searched, sources = _library_index(), {}
    try:
        result = searched.index.search(query, filters)
        # The search found every hit: the figures per year are its own documents' counts.
        counts = counts_of(result) if by_year else ()
        if options.report is not None:
            from app.cli.search_report import write_report

            write_report(
                options,
                searched.index,
                searched.location,
                searched.originals(),
                result,
                counts,
            )
    finally:
        searched.close()
    if options.plot is not None:
        from app.cli.timeline import write_plot

        write_plot(options.plot, options.phrase, counts, options.count, options.split)
    if options.json:
        found = report(result, sources)
        if by_year:
            from app.cli.timeline import year_report
            from corpus.library.timeline import by_year as add_up

            found.update(year_report(add_up(counts)))
        print_json(found)
    else:
        sys.stdout.write(listing(result))
        if by_year:
            from app.cli.timeline import year_listing
            from corpus.library.timeline import by_year as add_up

            sys.stdout.write(year_listing(add_up(counts)))
        if options.report is not None:
            print(options.report)
    return 0


def report(result: SearchResult, sources: dict[str, str]) -> dict[str, Any]:
    """The JSON report of a search; ``sources`` maps an extracted text to its original file."""
    return {
        "query": result.query,
        "total": result.total,
        "hits": [
            {
                "path": hit.path,
                "title": hit.title,
                "date": hit.date,
                "start": hit.start,
                "end": hit.end,
                "snippet": hit.snippet,
                "source": sources.get(hit.path, hit.path),
            }
            for hit in result.hits
        ],
    }


def listing(result: SearchResult) -> str:
    """A concordance for people: one line per occurrence, then the counts."""
    lines = [
        f"{hit.date or '????':<10}  {hit.title[:40]:<40}  {hit.left[-40:]:>40} [{hit.match}] "
        f"{hit.right[:40]}"
        for hit in result.hits
    ]
    lines.append(f"{result.total} occurrence(s) in {len(result.documents)} document(s)")
    return "\n".join(lines) + "\n"


def cache_dir(base: Path | None = None) -> Path:
    """Where folder indexes are kept: ``base``, else ``VIS_A_VIS_CACHE``, else the user's cache."""
    if base is not None:
        return base
    override = os.environ.get("VIS_A_VIS_CACHE")
    if override:
        return Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("vis-a-vis"))


@dataclass(frozen=True, slots=True)
class Searched:
    """What a search runs over: the index, how to close it, the library's name for the user
    (its folder or server; empty for the bundled declarations), and the files its documents
    were read from (by key or by text path), asked for only by a report."""

    index: LibraryIndex
    close: Callable[[], None]
    location: str
    originals: Callable[[], dict[str, str]]


def _library_index() -> Searched:
    """The user's library (a team server, or the library on this computer; the bundled texts
    when there is none)."""
    from app.cli.options import open_user_library
    from corpus.library.connect import library_address
    from corpus.library.embedded.store import DATABASE, default_data_dir

    if library_address() or (default_data_dir() / DATABASE).exists():
        library = open_user_library(reading=True)  # a read-only disk is read as it is
        return Searched(
            library.index,
            library.close,
            library.location,
            lambda: {entry.key: entry.source for entry in library.entries()},
        )
    index = bundled_index()
    return Searched(index, index.close, "", dict)


def bundled_index() -> SearchIndex:
    """An index of the bundled declarations, in memory."""
    from corpus.formulas.finder import bundled_catalogue
    from corpus.library.index import SearchIndex
    from corpus.text import bundled

    index = SearchIndex()
    catalogue = bundled_catalogue()
    for doc_id in bundled.bundled_ids():
        index.add(f"bundled:{doc_id}", bundled.load_bundled(doc_id), catalogue)
    index.set_info("families", " ".join(catalogue.ids))
    return index


def folder_index(folder: Path, cache: Path) -> tuple[SearchIndex, dict[str, str]]:
    """The cached index of ``folder``'s files, brought up to date.

    Returns:
        The index, and for each file whose text had to be extracted, its text file's path
        mapped to the original's.

    Raises:
        DocumentError: ``folder`` is not a folder.
    """
    from corpus.errors import DocumentError, LibraryError, Reason
    from corpus.library.index import SearchIndex
    from corpus.text.formats import is_supported, walk_files

    if not folder.is_dir():
        raise DocumentError(Reason.NO_SUCH_FOLDER, folder)
    root = folder.resolve()
    name = hashlib.sha1(os.fsencode(root)).hexdigest()[:16]
    store = cache / "search"
    texts = store / name
    try:
        texts.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise LibraryError(
            Reason.SEARCH_CACHE_NOT_WRITTEN, store, cause=exc.strerror or exc
        ) from exc
    database = store / f"{name}.sqlite"
    try:
        index = SearchIndex(database)
    except LibraryError:  # a cache: throw it away and build it again
        for suffix in ("", "-wal", "-shm"):
            Path(f"{database}{suffix}").unlink(missing_ok=True)
        index = SearchIndex(database)
    found, unreachable = walk_files(root)
    for path, why in sorted(unreachable):  # nested too deep, or a folder that cannot be listed
        print(f"vis-a-vis: skipped: {_utf8(path)}: {why}", file=sys.stderr)
    files = sorted(p for p in found if is_supported(p) and _inside(p, root))
    return index, _update(index, files, texts)


def _inside(path: Path, root: Path) -> bool:
    """Whether ``path`` is a regular file of the folder: a link out of it (to ``/etc/passwd``),
    a link that leads back to itself, a device or a pipe is not."""
    try:
        resolved = path.resolve(strict=True)
        return resolved.is_relative_to(root) and stat.S_ISREG(resolved.stat().st_mode)
    except (OSError, RuntimeError):
        return False


def _utf8(path: Path) -> str:
    """``path`` as valid UTF-8 text, for the index and the messages: a name that is not UTF-8
    keeps its odd bytes as ``\\xe9`` escapes, so that two such names stay apart."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def _update(index: SearchIndex, files: list[Path], texts: Path) -> dict[str, str]:
    from corpus.formulas.finder import bundled_catalogue
    from corpus.library.parallel import map_in_order, worker_count
    from corpus.text.formats import FORMATS

    catalogue = bundled_catalogue()  # compiled before the workers start: they inherit it
    known = index.stamps()
    sources: dict[str, str] = {}
    tasks: list[FileTask] = []
    for path in files:
        key = _utf8(path)
        # A text whose name is not UTF-8 is copied like a .docx's text: its own name could not
        # be kept in the index.
        # A Markdown page's text is read out of its markup: copied like a .docx's.
        plain = FORMATS[path.suffix.lower()] == "text" and key == str(path)
        digest = hashlib.sha1(os.fsencode(path)).hexdigest()
        text_path = path if plain else texts / f"{digest}.txt"
        sources[str(text_path)] = key
        try:
            status = path.stat()
        except OSError as exc:
            print(f"vis-a-vis: skipped: {key}: {exc.strerror or exc}", file=sys.stderr)
            continue
        stamp = f"{status.st_mtime_ns}:{status.st_size}"
        if known.pop(key, None) == stamp:
            continue  # unchanged since it was indexed
        tasks.append(FileTask(key, path, text_path, plain, stamp))

    workers = worker_count(len(tasks))
    if workers:  # worked out once here, inherited by the workers
        _work_out_anchors(catalogue)
    progress = Progress(len(files), len(files) - len(tasks))
    # One transaction for the whole update: the index is a cache, so an update cut short is
    # simply not kept (its files stay unstamped and are indexed again next time). The files
    # are prepared by worker processes when there are many, and stored here in their order,
    # a batch at a time: the index writes a batch's FTS rows in the order of their row ids
    # (see SearchIndex.add_prepared), and batches keep the memory of a large folder in bounds.
    with index.transaction():
        batch: list[PreparedDocument] = []
        size = 0
        for prepared in map_in_order(prepare_file, tasks, workers):
            progress.step()
            if isinstance(prepared, str):
                print(f"vis-a-vis: skipped: {prepared}", file=sys.stderr)
                continue
            batch.append(prepared)
            size += len(prepared.raw)
            if len(batch) >= STORE_BATCH or size >= STORE_BATCH_CHARS:
                index.add_prepared(batch)
                batch, size = [], 0
        if batch:
            index.add_prepared(batch)
    progress.done()
    for key in known:  # files deleted since
        index.remove(key)
    index.set_info("families", " ".join(catalogue.ids))
    if tasks or known:
        index.compact()
    return {text: source for text, source in sources.items() if text != source}


def _work_out_anchors(catalogue: Catalogue) -> None:
    """Ready the formula and country patterns before the workers start, which inherit them:
    compiled, and checked for their literal anchors (``corpus.text.anchors``) from the first
    text on. Only anchors that are not known already are worked out (reading a pattern's syntax
    tree costs more than compiling it): the bundled catalogue's are shipped with the program,
    and the countries are looked for by their names, not by their patterns' anchors."""
    from corpus.text.anchors import work_out
    from corpus.text.countries import countries

    families = catalogue.compiled()
    patterns = [p for f in families for p in (*f.patterns, *f.exclusions)]
    work_out("formulas", () if all(f.shipped for f in families) else patterns)
    countries()
    work_out("countries", ())


#: Prepared documents stored together (:meth:`SearchIndex.add_prepared`): at most this many,
#: of at most this many characters in all (their texts, views and stems are held meanwhile).
STORE_BATCH = 64
STORE_BATCH_CHARS = 2_000_000


@dataclass(frozen=True, slots=True)
class FileTask:
    """A file of the folder to index: its key in the index, where its text is (or goes), whether
    it is read as it is, and its stamp (modification time and size)."""

    key: str
    path: Path
    text_path: Path
    plain: bool
    stamp: str


def prepare_file(task: FileTask) -> PreparedDocument | str:
    """Read a file of the folder and prepare it for the index (in a worker process or not).

    Returns:
        The prepared document, or why the file is skipped.
    """
    from corpus.errors import CorpusError
    from corpus.formulas.finder import bundled_catalogue
    from corpus.library.prepared import prepare
    from corpus.text.documents import load_file
    from corpus.text.metadata import extract_meta, read_sidecar

    try:
        if task.plain:
            document = load_file(task.path)
            raw, meta, text_path = document.raw, document.meta, document.path
        else:
            from corpus.text.extract import extract_file  # lxml, zipfile...: only when needed
            from corpus.text.pagefacts import with_page_facts

            extracted = extract_file(task.path)
            raw = extracted.text
            task.text_path.write_text(raw, encoding="utf-8", newline="")
            meta = read_sidecar(task.path) or with_page_facts(extract_meta(raw), extracted.facts)
            text_path = str(task.text_path)
        return prepare(task.key, text_path, raw, meta, bundled_catalogue(), task.stamp)
    except CorpusError as exc:
        return str(exc)
    except OSError as exc:  # the cache's disk is full or read-only
        return f"{task.key}: {exc.strerror or exc}"


#: A first index taking longer than this says how far it has got, on standard error.
PROGRESS_SECONDS = 2.0


class Progress:
    """Says on standard error how far a long index has got (nothing for a short one)."""

    def __init__(self, total: int, done: int = 0) -> None:
        self.total = total
        self.count = done
        self.started = time.monotonic()
        self.said = self.started

    def step(self) -> None:
        self.count += 1
        now = time.monotonic()
        if now - self.said >= PROGRESS_SECONDS:
            self.said = now
            print(f"vis-a-vis: indexing {self.count:,} of {self.total:,} files…", file=sys.stderr)

    def done(self) -> None:
        if self.said != self.started:  # something was said: say it is over
            print(f"vis-a-vis: indexed {self.total:,} files", file=sys.stderr)
