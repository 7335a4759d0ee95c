"""Secrets stay secret: no message about a library server shows its password, however
malformed the address (the three addresses of issue 28, then random ones)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from corpus.errors import LibraryError
from corpus.library import redact
from corpus.library.connect import check_address, open_library, probe
from corpus.library.server.connection import ServerConnection, describe

SECRET = "s3cretX"
ISSUE_ADDRESSES = [
    f"postgresql://vis_a_vis:{SECRET}@[::1/team",
    f"mysql://root:{SECRET}@host/db",
    f"postgresql://vis_a_vis:{SECRET[:4]}%zz{SECRET[4:]}@127.0.0.1:1/team",
]


def messages_about(address: str) -> list[str]:
    """What every way of using ``address`` says: checking, describing, connecting, probing."""
    said = [describe(address)]
    for attempt in (
        lambda: check_address(address),
        lambda: ServerConnection(address)._connected(),
        lambda: probe(address),
        lambda: open_library(address, with_bundled=False).close(),
    ):
        try:
            attempt()
        except LibraryError as exc:
            said.append(str(exc))
            cause = exc.__cause__
            while cause is not None:  # nor in what it was raised from
                said.append(str(cause))
                cause = cause.__cause__
    return said


def shows(secret: str, text: str) -> bool:
    """Whether ``text`` shows ``secret``, or a beginning or end of it of 4 characters or more."""
    if secret in text:
        return True
    pieces = [secret[:n] for n in range(4, len(secret))] + [
        secret[-n:] for n in range(4, len(secret))
    ]
    return any(piece in text for piece in pieces)


@pytest.mark.parametrize("address", ISSUE_ADDRESSES)
def test_the_issues_addresses_never_show_the_password(address: str) -> None:
    said = messages_about(address)
    assert len(said) >= 3
    for message in said:
        assert not shows(SECRET, message), message
        assert not shows(SECRET[:4], message) or "s3cr" not in message, message


def test_a_redacted_address_keeps_what_helps() -> None:
    assert redact.redact("postgresql://ana:pa55word@db.example.org:5432/team") == (
        "postgresql://ana:***@db.example.org:5432/team"
    )
    assert redact.redact("host=db password='a b' user=ana") == "host=db password=*** user=ana"
    assert redact.redact("postgresql://db/team?password=pa55w0rd&sslmode=require") == (
        "postgresql://db/team?password=***&sslmode=require"
    )


secret_text = st.text(
    alphabet=st.sampled_from("abcdefghijkmnopqrstuvwxyzABCDEFGH0123456789%@:/[]!#?&=+'\" "),
    min_size=0,
    max_size=12,
).map(lambda tail: f"Zq9{tail}W8k")  # a password no message would say by chance
malformed = st.sampled_from(
    [
        "postgresql://{u}:{p}@[::1/team",
        "postgresql://{u}:{p}@127.0.0.1:1/team",
        "postgresql://{u}:{p}@127.0.0.1:99999/team",
        "postgres://{u}:{p}@/team?sslmode=bogus",
        "postgresql://{u}:{p}@127.0.0.1:1/team?password={p}",
        "mysql://{u}:{p}@host/db",
        "http://{u}:{p}@host",
        "host=127.0.0.1 port=1 user={u} password={p}",
        "postgresql://{u}:{p}",
        "postgresql://{u}:{p}@%zz/team",
        "{p}",
    ]
)


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    user=st.text(alphabet="abcdefgh_", min_size=1, max_size=8),
    secret=secret_text,
    shape=malformed,
)
def test_no_message_shows_a_random_password(user: str, secret: str, shape: str) -> None:
    # With no host after it, "user:pa@ss" is the password "pa" at the host "ss": nothing to hide.
    assume("@" not in secret or "@" in shape or not shape.startswith("postgresql"))
    address = shape.format(u=user, p=secret)
    for message in messages_about(address):
        assert not shows(secret, message), (address, message)
