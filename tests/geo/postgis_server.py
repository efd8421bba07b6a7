"""A throwaway PostgreSQL + PostGIS server for the tests and benchmarks: real, local, removed after.

``initdb`` and ``pg_ctl`` from Debian's ``postgresql`` package run in a temporary folder on a free
localhost port, with trust authentication for one superuser. PostgreSQL refuses to run as root, so
under root the server runs as the ``postgres`` user that the Debian package creates (or a system
user made for it). ``unavailable()`` says why no server can be started, for a test's skip reason.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

import psycopg

SUPERUSER = "frontmap"
# The database every test database is copied from, with the PostGIS extension already in it.
TEMPLATE = "frontmap_template"
# The system user the server runs as when the tests run as root.
SERVER_USER = "postgres"
FALLBACK_USER = "frontmap-pg"


def binaries() -> Path | None:
    """The newest PostgreSQL server's bin folder (Debian keeps it off PATH), or None."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[4]))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).resolve().parent if initdb else None


def unavailable() -> str | None:
    """Why no PostGIS server can be started here (None: it can)."""
    bindir = binaries()
    if bindir is None:
        return (
            "no PostgreSQL server (initdb) installed; install Debian's postgresql and postgis (bash .ci/run)"
        )
    share = subprocess.run(
        [bindir / "pg_config", "--sharedir"], capture_output=True, text=True, check=False
    ).stdout.strip()
    if not share or not Path(share, "extension", "postgis.control").exists():
        version = bindir.parent.name
        return f"PostGIS is not installed for PostgreSQL {version}; install postgresql-{version}-postgis-3"
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        return "running as root without runuser, so PostgreSQL cannot be started as another user"
    return None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class PostgisServer:
    """A running server: ``url(db)`` for a database on it, ``new_database()`` for a fresh one.

    ``durable=False`` turns fsync off: a test server never survives a power cut, and the tests run
    faster. Benchmarks keep it on, as a real server would.
    """

    def __init__(self, durable: bool = False) -> None:
        self.bindir = binaries()
        self.port = free_port()
        self.folder = Path(tempfile.mkdtemp(prefix="frontmap-pg-"))
        self.data = self.folder / "data"
        self._user = _server_user() if os.geteuid() == 0 else None
        if self._user:
            entry = pwd.getpwnam(self._user)
            os.chown(self.folder, entry.pw_uid, entry.pw_gid)
        self._run(
            "initdb", "-D", str(self.data), "-U", SUPERUSER, "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"
        )
        settings = [
            f"-p {self.port}",
            f"-k {self.folder}",
            "-c listen_addresses=127.0.0.1",
            "-c max_connections=100",
        ]
        if not durable:
            settings += ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"]
        self._run(
            "pg_ctl",
            "-D",
            str(self.data),
            "-l",
            str(self.folder / "log"),
            "-w",
            "-o",
            " ".join(settings),
            "start",
        )
        with psycopg.connect(self.url("postgres"), autocommit=True) as db:
            db.execute(f"CREATE DATABASE {TEMPLATE}")
        with psycopg.connect(self.url(TEMPLATE), autocommit=True) as db:
            db.execute("CREATE EXTENSION postgis")

    def url(self, database: str) -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def new_database(self, with_postgis: bool = True) -> str:
        """A new empty database (PostGIS installed unless told not to); returns its URL."""
        name = f"t_{uuid.uuid4().hex[:12]}"
        template = TEMPLATE if with_postgis else "template0"
        with psycopg.connect(self.url("postgres"), autocommit=True) as db:
            db.execute(f"CREATE DATABASE {name} TEMPLATE {template}")
        return self.url(name)

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> PostgisServer:
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def _run(self, program: str, *args: str) -> None:
        command = [str(self.bindir / program), *args]
        if self._user:
            command = ["runuser", "-u", self._user, "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, check=False, cwd=self.folder)
        if done.returncode:
            log = self.folder / "log"
            tail = log.read_text()[-2000:] if log.exists() else ""
            raise RuntimeError(f"{' '.join(command)} failed: {done.stderr.strip()}\n{tail}")


def _server_user() -> str:
    """A non-root user to run the server as: Debian's ``postgres``, or a system user made for it."""
    for name in (SERVER_USER, FALLBACK_USER):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    subprocess.run(["useradd", "--system", "--no-create-home", FALLBACK_USER], check=True)
    return FALLBACK_USER
