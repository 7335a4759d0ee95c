"""Local copies of the server's texts: every offset refers to a text file, so a document kept on
the server is written once into a cache folder of this computer before the application sees its
path.

A text's copy is named by the document's key and the SHA-256 of the text (a text corrected on
the server is a new file, never an old one read with new offsets), keeps the name of the file it
was imported from (decisions find a new version of a text by its file name), and is written
atomically. A bundled declaration whose text is the one this program ships is its shipped file.
"""

from __future__ import annotations

import hashlib
import os
import threading
from pathlib import Path

from corpus.atomicfile import write_atomic
from corpus.errors import LibraryError, Reason
from corpus.library.api import BUNDLED
from corpus.text import bundled

_BUNDLED_FOLDER = "bundled-"


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
        self._shipped: dict[str, tuple[str, Path]] = {}
        self._lock = threading.Lock()

    def path_for(self, key: str, raw_sha: str, text_name: str) -> Path:
        """Where the text of ``key`` is (or will be) on this computer."""
        if key.startswith(BUNDLED):
            shipped = self._shipped_text(key.removeprefix(BUNDLED))
            if shipped is not None and shipped[0] == raw_sha:
                return shipped[1]
            folder = _BUNDLED_FOLDER + key.removeprefix(BUNDLED)
        else:
            folder = key
        return self.folder / folder / raw_sha[:16] / (text_name or "text.txt")

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
        try:
            data = self.path_for(key, raw_sha, text_name).read_bytes()
        except OSError:
            return None
        if hashlib.sha256(data).hexdigest() != raw_sha:
            return None
        return data.decode("utf-8")

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
        return parts[0]

    def _shipped_text(self, doc_id: str) -> tuple[str, Path] | None:
        with self._lock:
            if doc_id not in self._shipped:
                if doc_id not in bundled.bundled_ids():
                    return None
                document = bundled.load_bundled(doc_id)
                digest = hashlib.sha256(document.raw.encode("utf-8")).hexdigest()
                self._shipped[doc_id] = (digest, Path(document.path))
            return self._shipped[doc_id]
