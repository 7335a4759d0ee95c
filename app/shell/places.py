"""Where the reader has been: the last comparisons opened and the folder of the last file chosen.

File > Recent comparisons lists the last ten pairs opened (newest first, each once); every file
dialog opens in the folder of the last file chosen or saved, as most desktop programs do, not in
the program's folder. Both are kept in the settings (:class:`app.shell.settings.Settings`).
"""

from __future__ import annotations

import os
from pathlib import Path

#: How many comparisons File > Recent comparisons keeps.
RECENT_COUNT = 10
# The separator of a comparison's two documents in the settings (no path holds a tab).
_SEPARATOR = "\t"


class Places:
    """The recent comparisons and the dialogs' folder of one window."""

    def __init__(self, recent: tuple[str, ...] = (), folder: str = "") -> None:
        self.recent: list[tuple[str, str]] = []
        for entry in recent:
            left, _, right = entry.partition(_SEPARATOR)
            if left and right and (left, right) not in self.recent:
                self.recent.append((left, right))
        del self.recent[RECENT_COUNT:]
        self.folder = folder

    def opened(self, left: str, right: str) -> bool:
        """A comparison was opened: first in the list; True if the list changed."""
        before = list(self.recent)
        self.recent = [(left, right)] + [p for p in self.recent if p != (left, right)]
        del self.recent[RECENT_COUNT:]
        return self.recent != before

    def stored_recent(self) -> tuple[str, ...]:
        return tuple(f"{left}{_SEPARATOR}{right}" for left, right in self.recent)

    def start_in(self, name: str = "") -> str:
        """Where a dialog opens: the remembered folder (if it still exists), with ``name``."""
        folder = self.folder if self.folder and os.path.isdir(self.folder) else ""
        if not folder:
            return name
        return str(Path(folder) / name) if name else folder

    def chose(self, path: str) -> None:
        """A file (or folder) was chosen in a dialog: the next dialog opens where it is."""
        if path:
            chosen = Path(path)
            self.folder = str(chosen if chosen.is_dir() else chosen.parent)


def display_name(spec: str) -> str:
    """How a recent comparison's document is named in the menu: its file's name without the
    extension (a bundled declaration's id as it is)."""
    return Path(spec).stem if spec else ""
