"""A PostgreSQL server of the tests' own: ``initdb`` in a temporary folder, started on 127.0.0.1
and a free port, stopped at the end (the benchmark uses it too).

PostgreSQL refuses to run as root: when the tests run as root, the folder is given to an
unprivileged system user (``postgres``, made by Debian's package) and the server started through
``runuser``. Without PostgreSQL (``scripts/setup.sh`` installs it where it can), :func:`find_bin`
says why and the tests that need a server are skipped with that reason.
"""

from __future__ import annotations

import glob
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

    def address(self, database: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(self.address(), autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return self.address(name)

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
