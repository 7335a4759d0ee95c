"""Read a declaration from disk: detect its encoding, refuse what is not text, keep the raw text.

Decoding follows ``Path.read_text`` semantics once the encoding is known: universal newlines
(``\\r\\n`` and ``\\r`` become ``\\n``, and so do Unicode's other line breaks: NEL, LS and PS,
one character for one) and a byte-order mark is not part of the text. Every
offset the
program reports is an index into the string returned here.

Encoding detection uses charset-normalizer (chosen for being pure Python, MIT-licensed and made for
exactly this job) only when the bytes are neither BOM-marked nor valid UTF-8.
"""

from __future__ import annotations

import codecs
import errno
import os
import re
import stat
from pathlib import Path

from corpus.errors import DocumentError, Reason
from corpus.text.formats import TOO_LONG_PATH

#: Files larger than this are refused: the longest real treaty we know is about 250 KB (a PDF
#: with its fonts and pictures may weigh a few MB more).
MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
#: Texts longer than this (in characters) are refused, whatever their file: reading one into
#: clauses, formulas and an index takes about 115 bytes of memory and 5 µs per character
#: (a 19 MB text took 2 GB), and the longest treaty we know has 250,000.
MAX_TEXT_CHARS = 4_000_000

#: Signatures of common binary formats, to name them in the error message.
_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"%PDF": "a PDF file",
    b"PK\x03\x04": "a ZIP archive (a .docx or .odt document?)",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x7fELF": "an executable program",
}

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

#: Single-byte encodings we accept from detection; others are rare for French text and more
#: often a sign that the bytes are not text at all.
_FALLBACK_ENCODINGS = ("cp1252", "latin_1", "iso8859_15")


#: Unicode's line breaks besides CR and LF (NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR), each read
#: as "\n": text saved by a mainframe or some word processors ends its lines so, and NEL, a C1
#: control, made the whole file look binary.
_OTHER_BREAKS = str.maketrans({"\u0085": "\n", "\u2028": "\n", "\u2029": "\n"})


def universal_newlines(text: str) -> str:
    """Translate ``\\r\\n`` and lone ``\\r`` to ``\\n``, as ``open(..., newline=None)`` does, and
    NEL, LS and PS to ``\\n`` too (one character for one: offsets into the text keep)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\u0085" in text or "\u2028" in text or "\u2029" in text:
        text = text.translate(_OTHER_BREAKS)
    return text


def read_bytes(path: Path, limit: int = MAX_DOCUMENT_BYTES) -> bytes:
    """Read a file's bytes, turning every way it can fail into a :class:`DocumentError`.

    Only a regular file is read (a link to one is followed), and never more than ``limit`` + 1
    bytes, whatever its stated size: a link to ``/dev/zero`` would read without end, and a
    named pipe would wait for ever (it is opened without waiting, then refused).
    """
    shown = os.fsencode(path).decode("utf-8", "replace")  # a name that is not UTF-8, shown
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError as exc:
        raise DocumentError(Reason.NO_SUCH_FILE, shown) from exc
    except IsADirectoryError as exc:
        raise DocumentError(Reason.IS_A_FOLDER, shown) from exc
    except PermissionError as exc:
        raise DocumentError(Reason.PERMISSION_DENIED, shown) from exc
    except OSError as exc:
        raise DocumentError(Reason.CANNOT_BE_READ, shown, cause=_reason(exc)) from exc
    try:
        status = os.fstat(descriptor)
        if stat.S_ISDIR(status.st_mode):
            raise DocumentError(Reason.IS_A_FOLDER, shown)
        if not stat.S_ISREG(status.st_mode):
            raise DocumentError(Reason.NOT_A_REGULAR_FILE, shown)
        if status.st_size > limit:
            raise _too_large(shown, f"{status.st_size / 1_048_576:.1f} MB", limit)
        with os.fdopen(descriptor, "rb", closefd=False) as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise DocumentError(Reason.CANNOT_BE_READ, shown, cause=_reason(exc)) from exc
    finally:
        os.close(descriptor)
    if len(data) > limit:  # it grew since, or its size was not told
        raise _too_large(shown, "more than the limit", limit)
    return data


def _too_large(path: str, size: str, limit: int) -> DocumentError:
    return DocumentError(Reason.TOO_LARGE, path, size=size, limit_mb=limit // 1_048_576)


def _reason(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "a link that leads back to itself"
    if exc.errno == errno.ENAMETOOLONG:
        return TOO_LONG_PATH
    return exc.strerror or str(exc)


def decode_bytes(data: bytes, name: str = "the file") -> tuple[str, str]:
    """Decode a file's bytes into raw text.

    Args:
        data: the bytes as read from disk.
        name: how to name the file in error messages.

    Returns:
        The text with universal newlines and no BOM, and the encoding used.

    Raises:
        DocumentError: the bytes are empty, binary or not decodable as text.
    """
    if not data:
        raise DocumentError(Reason.EMPTY_FILE, name)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise DocumentError(
                    Reason.BAD_BYTE_ORDER_MARK, name, encoding=encoding.upper(), byte=exc.start
                ) from exc
            return _checked_text(universal_newlines(text), name), encoding.replace("-sig", "")
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise DocumentError(Reason.NOT_TEXT, name, what=what)
    if b"\x00" in data[:8192]:
        utf16 = _bomless_utf16(data)
        if utf16 is None:
            raise DocumentError(Reason.NUL_BYTES, name)
        return _checked_text(universal_newlines(data.decode(utf16)), name), utf16
    try:
        text = data.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError:
        text, encoding = _detect(data, name)
    return _checked_text(universal_newlines(text), name), encoding


def _bomless_utf16(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when ``data`` is such text without a byte-order mark (as
    some Windows programs save it): mostly Latin letters, so every other byte is NUL."""
    sample = data[:8192]
    if len(data) % 2 or len(sample) < 2:
        return None
    pairs = len(sample) // 2
    odd = sample[1::2].count(0) / pairs  # the high bytes of little-endian code units
    even = sample[0::2].count(0) / pairs
    for encoding, nul, other in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if nul > 0.6 and other < 0.05:
            try:
                data.decode(encoding)
            except UnicodeDecodeError:
                return None
            return encoding
    return None


#: Past this share of letters outside ASCII, bytes read as Windows-1252 are not French or
#: English text (those have a few accented letters in a hundred) but binary noise.
_MAX_NON_ASCII = 0.3


def _detect(data: bytes, name: str) -> tuple[str, str]:
    from charset_normalizer import from_bytes  # slow to load, and most texts are UTF-8

    best = from_bytes(data, cp_isolation=list(_FALLBACK_ENCODINGS)).best()
    refusal = DocumentError(Reason.UNKNOWN_ENCODING, name)
    if best is None:
        raise refusal
    text = str(best)
    visible = [ch for ch in text[:65536] if not ch.isspace()]
    if visible and sum(1 for ch in visible if ord(ch) > 127) > _MAX_NON_ASCII * len(visible):
        raise refusal
    return text, best.encoding


def check_length(text: str, name: str) -> None:
    """Refuse a text longer than :data:`MAX_TEXT_CHARS`, naming the file.

    Raises:
        DocumentError: the text is too long.
    """
    if len(text) > MAX_TEXT_CHARS:
        raise DocumentError(Reason.TOO_LONG, name, length=len(text), limit=MAX_TEXT_CHARS)


#: Unicode's control characters (category Cc: U+0000-U+001F, U+007F-U+009F) but for the line
#: and page breaks and tabs text files use; matched by a pattern, not character by character.
_CONTROLS = re.compile("[\x00-\x08\r\x0e-\x1f\x7f-\x9f]")


def _checked_text(text: str, name: str) -> str:
    if not text.strip():
        raise DocumentError(Reason.ONLY_BLANKS, name)
    controls = len(_CONTROLS.findall(text, 0, 65536))
    if controls > max(2, len(text[:65536]) // 1000):
        raise DocumentError(Reason.CONTROL_CHARACTERS, name)
    return text


def read_text_file(path: Path) -> tuple[str, str]:
    """Read and decode a text file; see :func:`decode_bytes`.

    Raises:
        DocumentError: as :func:`read_bytes` and :func:`decode_bytes`, or the text is longer
            than :data:`MAX_TEXT_CHARS`.
    """
    text, encoding = decode_bytes(read_bytes(path), str(path))
    check_length(text, str(path))
    return text, encoding
