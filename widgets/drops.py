"""Files dragged from the desktop: which drags to accept, and the local paths of a drop."""

from __future__ import annotations

from PySide6.QtGui import QDragEnterEvent, QDropEvent


def accept_local_files(event: QDragEnterEvent) -> None:
    """Accept a drag that carries at least one local file (a web link is refused)."""
    if any(url.isLocalFile() for url in event.mimeData().urls()):
        event.acceptProposedAction()
    else:
        event.ignore()


def dropped_paths(event: QDropEvent) -> list[str]:
    """The local paths of a drop, accepting it if there is any, ignoring it otherwise."""
    paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
    if paths:
        event.acceptProposedAction()
    else:
        event.ignore()
    return paths
