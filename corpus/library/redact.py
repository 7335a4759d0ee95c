"""A server address as anyone may be shown it: without its password, however malformed.

Every message that echoes an address, or a driver's complaint about one, passes through here
(:func:`redact` for an address, :func:`scrub` for a message about it). The address is never
parsed by the driver for this: a malformed one (``postgresql://u:s3cret@[::1/team``, a bad
percent-encoding, another scheme) is exactly what must still come out clean. What counts as a
secret: the password of a URI's user part (as written and percent-decoded), a ``password=``
parameter (query string or keyword form), and, in a message, any run of four or more of their
characters that begins or ends them (a driver quoting the tail of a bad token).
"""

from __future__ import annotations

import contextlib
import re
from urllib.parse import unquote

HIDDEN = "***"
#: ``scheme://user:password@`` up to the last ``@`` before the path (a password may hold ``@``
#: or ``/`` when its writer forgot to percent-encode it).
_USERINFO = re.compile(r"(?P<head>[A-Za-z][A-Za-z0-9+.\-]*://[^:@/?#\s]*):(?P<secret>[^\n]*)@")
#: ``scheme://user:password`` with no ``@`` at all: a host and port by the grammar, but a port
#: that is not a number is more likely a password whose host was forgotten (all the rest of
#: the line is hidden then: a password may hold ``/`` or ``?``).
_NO_HOST = re.compile(
    r"(?P<head>[A-Za-z][A-Za-z0-9+.\-]*://[^:@/?#\s]*)"
    r":(?P<secret>(?!\d+(?:[/?#\s]|$))[^\n@]+)"
)
_PARAMETER = re.compile(
    r"(?P<head>(?:\b|[?&])(?:password|passwd|pwd|sslpassword)\s*=\s*)"
    r"(?P<secret>'(?:[^'\\]|\\.)*'?|[^\s&'\"]*)",
    re.IGNORECASE,
)
_PAIR = re.compile(r"(?P<key>[A-Za-z_][A-Za-z0-9_]*)\s*=\s*(?P<value>'(?:[^'\\]|\\.)*'?|\S*)")
#: The keyword form's values that may be shown; every other value is hidden.
_HARMLESS = frozenset(
    {"host", "hostaddr", "port", "dbname", "user", "sslmode", "connect_timeout", "application_name"}
)
_SECRET_KEYS = frozenset({"password", "passwd", "pwd", "sslpassword"})
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*://")
#: The shortest beginning or end of a secret taken for it in a message.
_SHORTEST_PIECE = 4


def redact(address: str) -> str:
    """``address`` with every password replaced by ``***`` (the rest as written); text that is
    neither a URI nor ``key=value`` pairs (a password pasted in the address's place?) is hidden
    whole."""
    return _hide(_structure(address), address)


def _structure(address: str) -> str:
    if _unrecognised(address):
        return HIDDEN if address.strip() else address
    if _SCHEME.match(address.strip()) is None:
        return _keywords(address)
    return _uris(address)


def _uris(text: str) -> str:
    """``text`` with the passwords of the URIs and ``password=`` parameters in it hidden."""
    text = _USERINFO.sub(lambda m: f"{m['head']}:{HIDDEN}@", text)
    if "@" not in text:
        text = _NO_HOST.sub(lambda m: f"{m['head']}:{HIDDEN}", text)
    return _PARAMETER.sub(lambda m: f"{m['head']}{HIDDEN}", text)


def secrets_of(address: str) -> list[str]:
    """The passwords written in ``address``: as written and percent-decoded, longest first."""
    found: set[str] = set()
    if _unrecognised(address) and address.strip():
        found.add(address.strip())
    if _SCHEME.match(address.strip()) is None:
        for pair in _PAIR.finditer(address):
            if pair["key"].lower() not in _HARMLESS:
                found.add(pair["value"].strip("'"))
            if pair["key"].lower() not in _HARMLESS | _SECRET_KEYS:  # not a key: text pasted?
                found.add(pair["key"])
    for match in _USERINFO.finditer(address):
        # Up to the last "@" by the grammar's reading, but a parser may stop at any "@": each
        # reading's password is one.
        parts = match["secret"].split("@")
        found.update("@".join(parts[:n]) for n in range(1, len(parts) + 1))
    if "@" not in address:
        found.update(match["secret"] for match in _NO_HOST.finditer(address))
    for match in _PARAMETER.finditer(address):
        found.add(match["secret"].strip("'"))
    for secret in list(found):
        with contextlib.suppress(UnicodeDecodeError):
            found.add(unquote(secret, errors="strict"))
    return sorted((s for s in found if s), key=len, reverse=True)


def scrub(message: str, address: str) -> str:
    """``message`` (a driver's complaint about ``address``) with no piece of its password: the
    address itself redacted, then every password, and every beginning or end of one of four
    characters or more, replaced by ``***``."""
    text = message.replace(address, _structure(address)) if address.strip() else message
    return _hide(_uris(text), address)


def _hide(text: str, address: str) -> str:
    """``text`` with every password of ``address``, and every long beginning or end of one,
    replaced by ``***``."""
    for secret in secrets_of(address):
        if len(secret) < _SHORTEST_PIECE:  # a short one only as a word of its own
            text = re.sub(rf"(?<![\w%]){re.escape(secret)}(?![\w%])", HIDDEN, text)
            continue
        for piece in _pieces(secret):
            text = text.replace(piece, HIDDEN)
    return text


def _keywords(address: str) -> str:
    """A ``key=value`` address with only the values known to be harmless shown."""
    shown = [
        f"{m['key']}={m['value']}" if m["key"].lower() in _HARMLESS else f"{m['key']}={HIDDEN}"
        for m in _PAIR.finditer(address)
        if m["key"].lower() in _HARMLESS or m["key"].lower() in _SECRET_KEYS
    ]
    hidden = len(shown) < len(_PAIR.findall(address)) or not shown
    return " ".join(shown + ([HIDDEN] if hidden else []))


def _unrecognised(address: str) -> bool:
    return _SCHEME.match(address.strip()) is None and "=" not in address


def _pieces(secret: str) -> list[str]:
    """The secret, then its beginnings and ends of at least :data:`_SHORTEST_PIECE`
    characters, longest first."""
    pieces = {secret}
    for length in range(_SHORTEST_PIECE, len(secret)):
        pieces.add(secret[:length])
        pieces.add(secret[-length:])
    return sorted(pieces, key=len, reverse=True)
