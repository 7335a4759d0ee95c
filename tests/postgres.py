"""A PostgreSQL server of the tests' own: ``initdb`` in a temporary folder, started on 127.0.0.1
and a free port, stopped at the end (the benchmark uses it too).

PostgreSQL refuses to run as root: when the tests run as root, the folder is given to an
unprivileged system user (``postgres``, made by Debian's package) and the server started through
``runuser``. Without PostgreSQL (``scripts/setup.sh`` installs it where it can), :func:`find_bin`
says why and the tests that need a server are skipped with that reason.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

#: The unprivileged user the server runs as when the tests run as root.
SERVER_USER = "postgres"
SUPERUSER = "vis_a_vis"
#: A user without the right to create extensions (a managed server's).
PLAIN_USER = "vis_a_vis_plain"


def find_bin() -> tuple[Path | None, str]:
    """PostgreSQL's programs folder (``initdb``, ``pg_ctl``), or ``None`` and why not."""
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=_version, reverse=True)
    for folder in candidates:
        if (Path(folder) / "initdb").is_file() and (Path(folder) / "pg_ctl").is_file():
            return Path(folder), ""
    initdb, pg_ctl = shutil.which("initdb"), shutil.which("pg_ctl")
    if initdb and pg_ctl:
        return Path(initdb).parent, ""
    return None, (
        "PostgreSQL is not installed (no initdb/pg_ctl; ./scripts/test installs Debian's "
        "'postgresql' package when run as root)"
    )


def _version(folder: str) -> int:
    name = Path(folder).parent.name
    return int(name) if name.isdigit() else 0


@dataclass
class Server:
    """A running server: its folder, port, and the address of its ``postgres`` database."""

    folder: Path
    port: int
    bin: Path
    as_user: str | None
    #: Whether a commit waits for its WAL to be written (a test that stops the server at once
    #: needs it; fsync stays off: the computer itself does not crash).
    durable: bool = False

    def address(self, database: str = "postgres", user: str = SUPERUSER) -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}"

    def has_rum(self) -> bool:
        """Whether the RUM extension is installed beside this server (``postgresql-15-rum``)."""
        import psycopg

        with psycopg.connect(self.address(), autocommit=True) as connection:
            found = connection.execute(
                "SELECT 1 FROM pg_available_extensions WHERE name = 'rum'"
            ).fetchone()
        return found is not None

    def create_database(self, name: str, *, extensions: bool = True) -> str:
        """A new database, and the address the program is to use it by. Without
        ``extensions``, the database belongs to a user who may not create extensions (RUM is
        not a trusted one), as on a managed server: the program must do without."""
        import psycopg

        with psycopg.connect(self.address(), autocommit=True) as connection:
            if extensions:
                connection.execute(f'CREATE DATABASE "{name}"')
                return self.address(name)
            if not connection.execute(
                "SELECT 1 FROM pg_roles WHERE rolname = %s", (PLAIN_USER,)
            ).fetchone():
                connection.execute(f"CREATE ROLE {PLAIN_USER} LOGIN")
            connection.execute(f'CREATE DATABASE "{name}" OWNER {PLAIN_USER}')
        return self.address(name, PLAIN_USER)

    def halt(self) -> None:
        """Stop the server at once, as a crash or a pulled plug would (its data kept)."""
        _run(
            self,
            [str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "immediate", "stop"],
        )

    def resume(self) -> None:
        """Start the server :meth:`halt` stopped, on the same port."""
        _start(self)

    def stop(self) -> None:
        _run(
            self,
            [str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "fast", "-w", "stop"],
            check=False,
        )
        shutil.rmtree(self.folder, ignore_errors=True)


_DATABASES = itertools.count(1)


def new_database(server: object, *, rum: bool) -> str:
    """A new, empty database on the suite's server (the ``postgres_server`` fixture), on which
    the program may create the RUM extension or not (a test wanting RUM is skipped, with the
    reason, where it is not installed)."""
    import pytest

    assert isinstance(server, Server)
    name = f"test_{os.getpid()}_{next(_DATABASES)}"
    if not rum:
        return server.create_database(name, extensions=False)
    if not server.has_rum():
        pytest.skip("the RUM extension is not installed (Debian: postgresql-15-rum)")
    return server.create_database(name)


def start(bin_folder: Path, durable: bool = False) -> Server:
    """Make and start a server in a new temporary folder.

    Raises:
        RuntimeError: it could not be made or started (the message holds its log).
    """
    as_user = None
    if os.geteuid() == 0:
        try:
            pwd.getpwnam(SERVER_USER)
        except KeyError as exc:
            raise RuntimeError(f"running as root and there is no '{SERVER_USER}' user") from exc
        as_user = SERVER_USER
    # Not under pytest's own temporary folder: the server's user must be able to reach it.
    folder = Path(tempfile.mkdtemp(prefix="vis-a-vis-pg-"))
    folder.chmod(0o755)
    if as_user is not None:
        entry = pwd.getpwnam(as_user)
        os.chown(folder, entry.pw_uid, entry.pw_gid)
    server = Server(folder, _free_port(), bin_folder, as_user, durable)
    data = folder / "data"
    try:
        _run(
            server,
            [
                str(bin_folder / "initdb"),
                "-D",
                str(data),
                "-U",
                SUPERUSER,
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--locale=C",
                "--no-sync",
            ],
        )
        _start(server)
    except (RuntimeError, OSError) as exc:
        log = folder / "server.log"
        tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
        shutil.rmtree(folder, ignore_errors=True)
        raise RuntimeError(f"PostgreSQL could not be started: {exc}\n{tail}") from exc
    return server


def _start(server: Server) -> None:
    options = (
        f"-c listen_addresses=127.0.0.1 -p {server.port} -k {server.folder} -c fsync=off"
        f" -c synchronous_commit={'on' if server.durable else 'off'} -c full_page_writes=off"
        " -c max_connections=60"
    )
    _run(
        server,
        [
            str(server.bin / "pg_ctl"),
            "-D",
            str(server.folder / "data"),
            "-o",
            options,
            "-l",
            str(server.folder / "server.log"),
            "-w",
            "-t",
            "60",
            "start",
        ],
    )


def _run(server: Server, command: list[str], check: bool = True) -> None:
    if server.as_user is not None:
        command = ["runuser", "-u", server.as_user, "--", *command]
    done = subprocess.run(
        command, cwd=server.folder, capture_output=True, text=True, timeout=120, check=False
    )
    if check and done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed: {done.stderr.strip()[-1500:]}")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
