"""Typed errors raised by the text engine; the application turns them into messages."""

from __future__ import annotations


class CorpusError(Exception):
    """Base of every error the engine reports to a user.

    The message is written for a person: one sentence, naming the file or line at fault.
    """


class DocumentError(CorpusError):
    """A file cannot be read as a declaration (missing, binary, empty, undecodable, too large)."""


class CatalogueError(CorpusError):
    """A formula catalogue is malformed; the message names the file and the line."""


class MetadataError(CorpusError):
    """A metadata sidecar file is malformed."""


class LibraryError(CorpusError):
    """The library (its database or its folder of originals) cannot be read or written."""


class QueryError(CorpusError):
    """A search query that cannot be understood; the message says why."""
