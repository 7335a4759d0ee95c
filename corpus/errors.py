"""Typed errors raised by the text engine, as data: a reason, its subject and its parameters.

An error says *why* (a :class:`Reason`), *about what* (its subject: a file, a folder, a query)
and *with which particulars* (its parameters: a size, a cause). ``str()`` of an error is the
English sentence the command line prints and the logs keep, built from the reason's template;
the window words the same error in its own language from the reason (``app/shell/messages.py``),
so no program ever reads an error's sentence back.

An error made with a sentence only (``CorpusError("…")``) has the reason ``GENERIC``: the
window can only show its English sentence. It remains possible for a caller's own use, but no
raise of the program uses it (``tests/app/shell/test_messages.py`` checks it).
"""

from __future__ import annotations

from enum import Enum


class Reason(Enum):
    """Why the engine refuses; the value is the English sentence's template.

    ``{subject}`` in a template places the subject; a template without it is said of its
    subject as ``"<subject>: <template>"`` (nothing before it when there is no subject).
    The other ``{names}`` are the error's parameters.
    """

    GENERIC = "{message}"
    # -- reading a file ------------------------------------------------------------------------
    NO_DOCUMENT_GIVEN = "no document given"
    NO_SUCH_FILE = "no such file"
    NO_SUCH_FILE_OR_BUNDLED = "no such file, and no bundled declaration of that name"
    NO_SUCH_FOLDER = "no such folder"
    IS_A_FOLDER = "is a folder, not a text file"
    PERMISSION_DENIED = "permission denied"
    CANNOT_BE_READ = "cannot be read ({cause})"
    NOT_A_REGULAR_FILE = "is not a regular file (a device or a pipe?)"
    TOO_LARGE = "too large ({size}); the limit is {limit_mb} MB"
    EMPTY_FILE = "the file is empty"
    BAD_BYTE_ORDER_MARK = (
        "starts with a {encoding} byte-order mark but is not valid {encoding} (byte {byte})"
    )
    NOT_TEXT = "is {what}, not a text file"
    NUL_BYTES = "contains NUL bytes: a binary file, not text"
    UNKNOWN_ENCODING = (
        "is neither UTF-8 nor a Western single-byte encoding (Windows-1252, Latin-1); "
        "save it as UTF-8 and try again"
    )
    TOO_LONG = "too long ({length:,} characters); the limit is {limit:,}"
    ONLY_BLANKS = "contains no text (only blanks)"
    CONTROL_CHARACTERS = "contains control characters: a binary file, not text"
    NO_TEXT = "contains no text"
    FORMAT_NOT_READ = "not a format the library reads"
    FORMAT_NOT_READ_KNOWN = "not a format the library reads ({known})"
    DOCUMENT_TOO_LARGE_TO_READ = "the document is too large to read"
    NOT_A_WORD_DOCUMENT = "not a Word document (.docx) that can be read"
    WORD_DOCUMENT_DAMAGED = "the Word document is damaged ({cause})"
    DECLARES_ENTITIES = "the document declares entities; refused"
    PDF_PASSWORD = "the PDF is protected by a password"
    PDF_PASSWORD_SAVE_A_COPY = (
        "the PDF is protected by a password; save a copy without one and try again"
    )
    PDF_ENCRYPTION_NOT_SUPPORTED = "the PDF is encrypted in a way not supported ({cause})"
    PDF_TOO_DEEP = "the PDF is nested too deeply to be read"
    PDF_UNREADABLE = "the PDF cannot be read ({cause})"
    PDF_NO_TEXT_LAYER = "the PDF has no text layer (a scanned image?)"
    NESTED_TOO_DEEP = (
        "lists or quotes nested more than {levels} levels deep; not a document this program reads"
    )
    RUN_TOO_LONG_TO_SHOW = (
        "a run of more than {most:,} characters without a space cannot be shown in the window"
    )
    TOO_MANY_CLAUSE_PAIRS = (
        "too many clauses to compare ({left:,} against {right:,}, so {pairs:,} pairs); the limit "
        "is {limit:,} pairs"
    )
    PDF_PAGES_TOO_LARGE = (
        "the PDF is too large to read: its pages unpack to more than {limit_mb} MB"
    )
    PDF_PAGE_TOO_LARGE = (
        "the PDF is too large to read: page {number} unpacks to more than {limit_mb} MB"
    )
    # -- metadata and the formula catalogue ----------------------------------------------------
    METADATA_INVALID = "not valid metadata ({cause})"
    METADATA_NESTED_TOO_DEEP = "not valid metadata (nested too deeply)"
    METADATA_NOT_AN_OBJECT = "expected a JSON object"
    METADATA_UNKNOWN_FIELD = "unknown field {field!r}"
    METADATA_PARTIES_NOT_A_LIST = "'parties' must be a list of names"
    METADATA_FIELD_NOT_TEXT = "{field!r} must be text"
    METADATA_ORIGINS_MALFORMED = "'origins' must name where the title, date, parties came from"
    PATTERN_TOO_SLOW = (
        "the pattern '{pattern}' of the user catalogue takes too long on this text "
        "(it backtracks without end); rewrite it without nested repetitions"
    )
    CATALOGUE_WITHOUT_VERSION = "no version."
    CATALOGUE_INVALID = "{details}"
    # -- search queries ------------------------------------------------------------------------
    QUERY_FAMILY_NEEDS_ID = "family: needs a formula family id, e.g. family:territorial-integrity"
    QUERY_NEAR_SYNTAX = "write NEAR(word word, distance), e.g. NEAR(souveraineté frontières, 10)"
    QUERY_NOTHING_TO_SEARCH = "nothing to search for in {query!r}"
    QUERY_NEAR_NEEDS_TWO_WORDS = "NEAR needs at least two words"
    QUERY_NEAR_TOO_FAR = "NEAR allows at most {most} words between the terms"
    QUERY_NEAR_TOO_MANY_WORDS = "NEAR takes at most {most} words ({given} given)"
    QUERY_UNKNOWN_FAMILY = "unknown formula family {family!r}; known: {known}"
    QUERY_NOT_A_DATE = "not a date: {value!r} (write YYYY, YYYY-MM or YYYY-MM-DD)"
    QUERY_CANNOT_BE_SEARCHED = "the query cannot be searched: {cause}"
    QUERY_UNKNOWN_LANGUAGE = "unknown language {language!r}: write fr or en"
    # -- the library on this computer ----------------------------------------------------------
    LINK_LOOP = "cannot be read (a link that leads back to itself)"
    BUNDLED_NOT_REMOVABLE = "the bundled declarations cannot be removed"
    COPY_INTO_LIBRARY_FAILED = "cannot copy the file into the library ({cause})"
    RECORD_MISSING = "the library's record of this document is missing"
    CANNOT_BE_ADDED = "cannot be added to the library ({cause})"
    METADATA_NOT_SAVED = "cannot save the metadata of {subject} ({cause})"
    FOLDER_NOT_CREATED = "cannot create the library folder ({cause})"
    LIBRARY_NOT_WRITABLE = "the library cannot be written ({cause}); nothing was changed"
    LIBRARY_NOT_OPENED = "the library cannot be opened ({cause}); nothing was changed"
    LIBRARY_NOT_CHECKED = "the library cannot be checked ({cause}); nothing was changed"
    DAMAGED_NOT_SET_ASIDE = "the damaged library cannot be set aside ({cause})"
    NO_LIBRARY_AT_ALL = "no library can be opened, not even a temporary one ({cause})"
    NO_TEMPORARY_FOLDER = "no temporary folder"
    LIBRARY_BUSY = (
        "another program has been importing into the library for {seconds:.0f} seconds; "
        "try again when it is done"
    )
    DECISIONS_NOT_KEPT = "the decisions cannot be kept ({cause})"
    DECISION_NOT_KEPT = "the decision cannot be kept ({cause})"
    DECISION_NOT_REMOVED = "the decision cannot be removed ({cause})"
    DECISIONS_NOT_READ = "the decisions cannot be read ({cause})"
    NOT_A_DECISION = "not a decision: {row}"
    RECORD_NAME_OUTSIDE = "{name!r} is not a file name inside the folder"
    RECORD_NAMES_ANOTHER_FOLDER = "its SHA-256 does not name this folder"
    RECORD_EDITED_NOT_BOOLEAN = "'edited' is not true or false"
    RECORD_FIELD_NOT_TEXT = "a field is missing or is not text"
    RECORD_UNEXPECTED_FIELDS = "not a library record (unexpected fields)"
    NOT_VALID_JSON = "not valid JSON ({cause})"
    NOTHING_IMPORTED = "{cause}; nothing was imported"
    LOCK_NOT_TAKEN = "the library's lock cannot be taken ({cause}); nothing was changed"
    NO_LIBRARY_THERE = "no library to read there; nothing was changed"
    NOTHING_TO_REBUILD = "no original matches the folder's name; nothing to rebuild"
    JOURNAL_NOT_WRITTEN = "the decisions' journal cannot be written ({cause})"
    INDEX_NOT_OPENED = "the search index cannot be opened ({cause})"
    INDEX_NOT_READ = "the search index cannot be read ({cause})"
    INDEX_OF_ANOTHER_VERSION = "made by another version of the program ({version})"
    INDEX_TO_REBUILD_READ_ONLY = (
        "its search index must be rebuilt by this version of the program, and its folder cannot "
        "be written"
    )
    SEARCH_CACHE_NOT_WRITTEN = "the search cache cannot be written ({cause})"
    # -- moving a library (export, import) -----------------------------------------------------
    EXPORT_FOLDER_NOT_EMPTY = "already exists and is not an empty folder; nothing written"
    CANNOT_BE_WRITTEN = "cannot be written ({cause})"
    NOT_AN_EXPORT = "not a library export (no {manifest})"
    NOT_AN_EXPORT_OF_THIS_PROGRAM = "not a library export of this program"
    EXPORT_OF_ANOTHER_VERSION = "an export of another version ({version})"
    EXPORT_INCOMPLETE = "its documents or decisions are missing"
    EXPORT_DECISION_NOT_AN_OBJECT = "a decision is not an object"
    EXPORT_DOCUMENT_NOT_AN_OBJECT = "a document is not an object"
    EXPORT_DOCUMENT_INCOMPLETE = "a document lacks its key, file or metadata"
    EXPORT_FILE_OUTSIDE = "{file!r} is outside the export"
    EXPORT_FILE_ALTERED = "altered since it was exported (its SHA-256 differs)"
    EXPORT_METADATA_MALFORMED = "the metadata of {file!r} is malformed"
    EXPORT_BAD_DATE = "{file!r} has a date that is not one: {date!r}"
    EXPORT_NOT_A_FILE_OF_IT = "{file!r} is not a file of the export"
    SAVED_TOO_LARGE = "too large to be a saved comparison"
    SAVED_MEMBER_MISSING = "not a saved comparison (no {member})"
    SAVED_NOT_AN_ARCHIVE = "damaged, not a saved comparison ({cause})"
    SAVED_ALTERED = "altered since it was saved (its checksum differs)"
    SAVED_DAMAGED = "damaged ({cause})"
    NOT_A_SAVED_COMPARISON = "not a saved comparison of this program"
    SAVED_OF_ANOTHER_VERSION = "a saved comparison of another version ({version})"
    SAVED_SETTINGS_MISSING = "its settings are missing"
    SAVED_BAD_THRESHOLD = "its threshold is not one: {threshold!r}"
    SAVED_BAD_MIN_WORDS = "its least phrase length is not one: {min_words!r}"
    SAVED_SIDE_MISSING = "a side of the comparison is missing"
    SAVED_SIDE_INCOMPLETE = "a side lacks its name, text or metadata"
    SAVED_TEXT_ALTERED = "{file} altered since it was saved (SHA-256 differs)"
    SAVED_METADATA_MALFORMED = "the metadata of {name!r} is malformed"
    SAVED_BAD_DATE = "{name!r} has a date that is not one"
    SAVED_TEXT_NOT_UTF8 = "{file} is not UTF-8 text"
    SAVED_DECISIONS_MALFORMED = "its decisions are malformed"
    SAVED_DECISION_MALFORMED = "a decision is malformed"
    SAVED_SIDE_NOT_ADDED = "{side} cannot be added ({cause})"
    EXPORT_DECISION_INVALID = "decision {number} is not a decision; nothing was imported"
    CANNOT_BE_READ_NOT_JSON = "cannot be read (not valid JSON)"
    # -- the team library's server -------------------------------------------------------------
    SERVER_UNREACHABLE = (
        "the library server {server} cannot be reached ({cause}); nothing was changed"
    )
    SERVER_CONNECTION_LOST = (
        "the connection to the library server {server} was lost ({cause}); nothing was "
        "written, try again"
    )
    SERVER_REFUSED = "the library server refused: {cause}"
    SERVER_TOO_NEW = (
        "the library server was made by a newer version of the program (schema {found}; "
        "this one knows {known}); nothing was changed"
    )
    NOT_A_SERVER_ADDRESS = (
        "not a library server address: {address!r} (write postgresql://user@host:port/database)"
    )
    NO_SERVER_ADDRESS = "no library server address given"
    SERVER_ADDRESS_UNREADABLE = (
        "the library server address {server} cannot be read ({cause}); "
        "write postgresql://user@host:port/database"
    )
    SERVER_BUSY = (
        "the library server {server} is busy: another connection has held what this needs for "
        "{seconds} seconds; nothing was changed, try again later"
    )
    SERVER_TOO_SLOW = (
        "the library server {server} took more than {seconds} seconds to answer; nothing was "
        "changed, try again later"
    )
    LOCAL_COPY_NOT_WRITTEN = "the local copy of a text cannot be written ({cause})"
    SERVER_TEXT_OUTSIDE_CACHE = (
        "the library server names a text outside the cache folder {folder}; nothing was written"
    )
    SERVER_SCHEMA_NOT_A_NUMBER = (
        "the library server's schema version is not a number ({shown!r}): it was not made by this "
        "program, or was edited by hand; nothing was changed"
    )
    # -- writing a file (exports) --------------------------------------------------------------
    CANNOT_WRITE = "cannot write {subject}: {cause}"
    CANNOT_WRITE_NOT_A_FILE = "cannot write {subject}: it is not a regular file"
    CANNOT_WRITE_NO_FOLDER = "cannot write {subject}: the folder {folder} does not exist"
    CANNOT_WRITE_A_TEXT_COMPARED = "cannot write {subject}: it is {text}, one of the texts compared"
    CANNOT_WRITE_NO_EXTENSION = (
        "cannot write {subject}: a name without extension is not a format written here ({known})"
    )
    CANNOT_WRITE_FORMAT = (
        "cannot write {subject}: the extension {extension} is not a format written here ({known})"
    )
    CANNOT_WRITE_PROGRAM_DATA = "cannot write {subject}: it is in the program's own data folder"
    # -- the command line's own arguments ------------------------------------------------------
    NO_DOCUMENT_WITH_ID = "no document with the ID {given!r} (see: library list)"
    AMBIGUOUS_ID = "the ID {given!r} is ambiguous: {candidates}; give more characters"
    NOT_A_SIDE = "--none: the side is 'left' or 'right', not {given!r}"
    NO_SUCH_CLAUSE = (
        "no compared clause {name!r} in the {side} text ({path}); its clauses are: {labels}"
    )
    PLOT_OPTIONS_WITHOUT_PLOT = "--split and --count shape a chart: add --plot OUT.png (or .svg)"
    CHART_FORMAT = "a chart is written as .png or .svg, not {extension!r}"
    CHART_NO_EXTENSION = "a chart is written as .png or .svg, not no extension"


def sentence(reason: Reason, subject: str, params: dict[str, object]) -> str:
    """The English sentence of ``reason`` said of ``subject`` with ``params``."""
    said = reason.value.format(subject=subject, **params)
    if subject and "{subject}" not in reason.value:
        return f"{subject}: {said}"
    return said


class CorpusError(Exception):
    """Base of every error the engine reports to a user.

    ``CorpusError(Reason.NO_SUCH_FILE, path)``, or ``CorpusError(Reason.TOO_LARGE, path,
    size="12.0 MB", limit_mb=10)``; ``CorpusError("a sentence")`` has the reason ``GENERIC``.

    Attributes:
        reason: why (a :class:`Reason`).
        subject: what it is about: a file or folder as the caller named it, or empty.
        params: the particulars the reason's template names.
    """

    def __init__(self, reason: Reason | str, subject: object = "", /, **params: object) -> None:
        if isinstance(reason, str):
            reason, params, subject = Reason.GENERIC, {"message": reason}, ""
        self.reason = reason
        self.subject = str(subject)
        self.params = params
        super().__init__(sentence(reason, self.subject, params))


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
