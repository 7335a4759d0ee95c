"""Local copies of the server's texts: every offset refers to a text file, so a document kept on
the server is written once into a cache folder of this computer before the application sees its
path.

A text's copy is named by the document's key and the SHA-256 of the text (a text corrected on
the server is a new file, never an old one read with new offsets), keeps the name of the file it
was imported from (decisions find a new version of a text by its file name), and is written
atomically. A bundled declaration whose text is the one this program ships is its shipped file.

What a server says is data, never a path: anyone who can edit a row could otherwise make every
colleague's program write where they please. The folders are content hashes (the key, the
SHA-256 of the original, and the text's digest) checked to be hexadecimal, or a digest of what
the row said when it is not one; a bundled declaration's folder is named by an id this program
ships; the file name is reduced to a plain name (``corpus.library.files.safe_name``); and the
path is checked to stay under the cache folder before anything is written.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import re
import threading
import time
from collections.abc import Iterable
from pathlib import Path, PurePath

from corpus.atomicfile import write_atomic
from corpus.errors import LibraryError, Reason
from corpus.library.api import BUNDLED
from corpus.library.files import safe_name
from corpus.text import bundled

_BUNDLED_FOLDER = "bundled-"
#: A local copy changed longer ago than this is trusted unchanged while it keeps its size,
#: change time and inode (nanoseconds).
_SETTLED_NS = 2_000_000_000
#: The files this computer imported into the server, in its cache folder.
_SOURCES = "imported-sources.json"


def default_cache(address_label: str) -> Path:
    """The cache folder of one server: ``VIS_A_VIS_CACHE`` (or the user's cache folder), then
    ``servers/<digest of the address>``."""
    override = os.environ.get("VIS_A_VIS_CACHE")
    if override:
        base = Path(override)
    else:
        from platformdirs import user_cache_dir

        base = Path(user_cache_dir("vis-a-vis"))
    digest = hashlib.sha256(address_label.encode("utf-8")).hexdigest()[:16]
    return base / "servers" / digest


class TextCache:
    """The local copies of one server's texts, in ``folder``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._root = os.path.normpath(folder)
        self._shipped: dict[str, tuple[str, Path]] = {}
        # The copies whose SHA-256 was checked this session, with their size, change
        # time and inode then: read again unchanged, a copy is not hashed again (a search reads
        # hundreds of texts).
        self._checked: dict[str, tuple[str, int, int, int]] = {}
        self._lock = threading.Lock()
        self._paths: dict[tuple[str, str, str], str] = {}

    def path_for(self, key: str, raw_sha: str, text_name: str) -> Path:
        """Where the text of ``key`` is (or will be) on this computer: always under the cache
        folder, whatever the row says.

        Raises:
            LibraryError: the path would leave the cache folder (it cannot, by construction:
                this is the check that says so).
        """
        return Path(self.where(key, raw_sha, text_name))

    def where(self, key: str, raw_sha: str, text_name: str) -> str:
        """:meth:`path_for` as text (a listing and every search ask it of many documents: no
        ``Path`` made, and each path worked out once)."""
        known = self._paths.get((key, raw_sha, text_name))
        if known is None:
            known = self._paths[key, raw_sha, text_name] = self._where(key, raw_sha, text_name)
        return known

    def _where(self, key: str, raw_sha: str, text_name: str) -> str:
        if key.startswith(BUNDLED):
            shipped = self._shipped_text(key.removeprefix(BUNDLED))
            if shipped is not None and shipped[0] == raw_sha:
                return str(shipped[1])
        path = os.path.join(
            self._root, _folder_of(key), _hexadecimal(raw_sha)[:16], _file_of(text_name)
        )
        # Checked by its name alone: what a row says can only make names, never links, and
        # asking the disk to resolve each path made listing 10,000 documents take seconds.
        if not os.path.normpath(path).startswith(self._root + os.sep):
            raise LibraryError(Reason.SERVER_TEXT_OUTSIDE_CACHE, folder=self.folder)
        return path

    def missing(self, key: str, raw_sha: str, text_name: str) -> bool:
        return not self.path_for(key, raw_sha, text_name).is_file()

    def ensure(self, key: str, raw_sha: str, text_name: str, raw: str) -> str:
        """The local path of a text, written first if it is not there yet.

        Raises:
            LibraryError: the cache folder cannot be written (a full or read-only disk).
        """
        path = self.path_for(key, raw_sha, text_name)
        if not path.is_file():
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                write_atomic(path, raw.encode("utf-8"))
            except OSError as exc:
                raise LibraryError(
                    Reason.LOCAL_COPY_NOT_WRITTEN, path, cause=exc.strerror or exc
                ) from exc
        return str(path)

    def read(self, key: str, raw_sha: str, text_name: str) -> str | None:
        """A text from its local copy, or ``None`` if the copy is gone or no longer the text
        (its SHA-256 differs: offsets must refer to the server's text, nothing else)."""
        path = self.where(key, raw_sha, text_name)
        try:
            with open(path, "rb") as file:
                found = os.fstat(file.fileno())
                data = file.read()
        except OSError:
            return None
        seen = (raw_sha, found.st_size, found.st_ctime_ns, found.st_ino)
        if self._checked.get(path) != seen:
            if hashlib.sha256(data).hexdigest() != raw_sha:
                return None
            # A copy changed within the last seconds could change again within the clock's
            # step and keep its time (git's "racily clean" files): it is hashed every time.
            if found.st_ctime_ns < time.time_ns() - _SETTLED_NS:
                with self._lock:
                    self._checked[path] = seen
        return data.decode("utf-8")

    def keep_current(self, key: str, raw_sha: str, text_name: str, raw: str) -> str:
        """The local path of a text, its copy made the server's ``raw`` (whose SHA-256 is
        ``raw_sha``) if it is gone or altered. A copy checked this session is looked at (its
        size, change time and inode), not read again; one not checked yet is read and hashed
        (:meth:`read`).

        Raises:
            LibraryError: the cache folder cannot be written (a full or read-only disk).
        """
        path = self.where(key, raw_sha, text_name)
        try:
            found = os.stat(path)
        except OSError:
            found = None
        if found is not None:
            if self._checked.get(path) == (raw_sha, found.st_size, found.st_ctime_ns, found.st_ino):
                return path
            if self.read(key, raw_sha, text_name) is not None:
                return path
        return self.replace(key, raw_sha, text_name, raw)

    def replace(self, key: str, raw_sha: str, text_name: str, raw: str) -> str:
        """Write a text's local copy again (it was altered or removed)."""
        self.path_for(key, raw_sha, text_name).unlink(missing_ok=True)
        return self.ensure(key, raw_sha, text_name, raw)

    def key_at(self, path: str) -> str | None:
        """The key of the document whose local text is ``path`` (``None``: not one of ours)."""
        given = Path(path)
        try:
            parts = given.relative_to(self.folder).parts
        except ValueError:
            doc_id = bundled.id_for_path(given) if given.suffix else None
            return BUNDLED + doc_id if doc_id else None
        if len(parts) != 3:
            return None
        if parts[0].startswith(_BUNDLED_FOLDER):
            return BUNDLED + parts[0].removeprefix(_BUNDLED_FOLDER)
        return parts[0] if _HEX_DIGEST.fullmatch(parts[0]) else None

    def remember_source(self, source: str) -> None:
        """Note that this computer imported the file ``source`` (``refresh`` re-imports only
        those: a path read from the server is never opened, whatever a row says)."""
        self.remember_sources([source])

    def remember_sources(self, sources: Iterable[str]) -> None:
        """:meth:`remember_source` for many files, written once (an import of a folder)."""
        new = set(sources)
        with self._lock:
            known = self._sources()
            if known.issuperset(new):
                return
            known.update(new)
            with contextlib.suppress(OSError):  # a cache that cannot be written: no refresh
                self.folder.mkdir(parents=True, exist_ok=True)
                data = json.dumps(sorted(known), ensure_ascii=False).encode("utf-8")
                write_atomic(self.folder / _SOURCES, data)

    def imported_sources(self) -> set[str]:
        """The files this computer imported into the server (see :meth:`remember_source`)."""
        with self._lock:
            return self._sources()

    def _sources(self) -> set[str]:
        try:
            found = json.loads((self.folder / _SOURCES).read_bytes().decode("utf-8"))
        except (OSError, ValueError, RecursionError):
            return set()
        return {s for s in found if isinstance(s, str)} if isinstance(found, list) else set()

    def _shipped_text(self, doc_id: str) -> tuple[str, Path] | None:
        with self._lock:
            if doc_id not in self._shipped:
                if doc_id not in bundled.bundled_ids():
                    return None
                document = bundled.load_bundled(doc_id)
                digest = hashlib.sha256(document.raw.encode("utf-8")).hexdigest()
                self._shipped[doc_id] = (digest, Path(document.path))
            return self._shipped[doc_id]


_HEX_DIGEST = re.compile(r"[0-9a-f]{64}")


def _hexadecimal(digest: str) -> str:
    """``digest`` if it is a SHA-256 in hexadecimal, else the SHA-256 of what it is."""
    if _HEX_DIGEST.fullmatch(digest):
        return digest
    return hashlib.sha256(digest.encode("utf-8", "surrogatepass")).hexdigest()


def _folder_of(key: str) -> str:
    """The folder of a document: its key (the original's SHA-256) or ``bundled-<id>`` for a
    declaration this program ships; any other key, the digest of it (such a document is still
    read, from its own folder, but no path leads back to its key)."""
    if key.startswith(BUNDLED) and key.removeprefix(BUNDLED) in bundled.bundled_ids():
        return _BUNDLED_FOLDER + key.removeprefix(BUNDLED)
    if _HEX_DIGEST.fullmatch(key):
        return key
    return "x" + _hexadecimal(key)[:32]


@functools.lru_cache(maxsize=4096)  # a listing asks it of every document
def _file_of(text_name: str) -> str:
    """A plain file name from the name a row gives (no folder, no leading dot)."""
    return safe_name(PurePath(text_name.replace("\\", "/")).name) if text_name else "text.txt"
