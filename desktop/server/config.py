"""Where the server keeps its data, which database it opens (--db, then COMMUNE_DESK_SERVER_DB, then SQLite) and the
key its session tokens are signed with."""

from __future__ import annotations

import os
import secrets
import sys
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url

from desktop.protocol import json_text

ENV_DB = "COMMUNE_DESK_SERVER_DB"
ENV_HOME = "COMMUNE_DESK_SERVER_HOME"
ENV_SESSION_KEY = "COMMUNE_DESK_SERVER_SESSION_KEY"
DB_FILENAME = "commune-desk-server.sqlite3"
SESSION_KEY_FILENAME = "session.key"
BUSY_TIMEOUT_S = 30
ENV_THREADS = "COMMUNE_DESK_SERVER_THREADS"
DEFAULT_THREADS = 24


def _threads() -> int:
    """COMMUNE_DESK_SERVER_THREADS (1–256), else 24; a value that is not such a number is named on stderr."""
    raw = os.environ.get(ENV_THREADS, "").strip()
    if not raw:
        return DEFAULT_THREADS
    if raw.isdigit() and 1 <= int(raw) <= 256:
        return int(raw)
    sys.stderr.write(f"{ENV_THREADS}={raw!r}: cần một số từ 1 đến 256, dùng {DEFAULT_THREADS} / "
                     f"must be a number from 1 to 256, using {DEFAULT_THREADS}\n")
    return DEFAULT_THREADS


THREADS = _threads()
# Connections per server process: the request thread pool (THREADS) never waits for one, and a few spare serve the
# province's own reads. Several processes (serve --workers) each have their own pool.
POOL_SIZE, POOL_OVERFLOW, POOL_RECYCLE_S = THREADS, 4, 1800


def data_dir() -> Path:
    env = os.environ.get(ENV_HOME)
    if env:
        return Path(env).expanduser().resolve()
    return Path(platformdirs.user_data_dir("CommuneDeskServer", appauthor=False))


def database_url(cli_value: str | None = None) -> str:
    """The URL to open; a plain postgresql:// URL is given the psycopg 3 driver we ship."""
    url = cli_value or os.environ.get(ENV_DB)
    if not url:
        folder = data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{folder / DB_FILENAME}"
    if url.startswith(("postgresql://", "postgres://")):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def session_key() -> bytes:
    """The key session tokens are signed with, the same for every process of the server: COMMUNE_DESK_SERVER_SESSION_KEY
    (at least 32 characters) when set, else a random key made once and kept in the data folder (owner-only)."""
    env = os.environ.get(ENV_SESSION_KEY, "")
    if env:
        if len(env) < 32:
            raise ValueError(f"{ENV_SESSION_KEY} must be at least 32 characters")
        return env.encode()
    folder = data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / SESSION_KEY_FILENAME
    if not path.exists():
        # Written whole under another name, then linked into place: two processes starting at once agree on one key.
        tmp = folder / f"{SESSION_KEY_FILENAME}.{secrets.token_hex(8)}"
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(secrets.token_bytes(32))
        try:
            os.link(tmp, path)
        except FileExistsError:
            pass
        finally:
            tmp.unlink()
    return path.read_bytes()


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # Autocommit at the driver level so that the "begin" hook below decides how a transaction starts.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_S * 1000}")
    cur.close()


def _sqlite_begin(conn: Connection) -> None:
    # IMMEDIATE takes the write lock up front: two pushes wait for each other instead of failing to upgrade a lock.
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_S})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    # No pre-ping: it doubled the round trips of a small request. A connection PostgreSQL dropped fails one request
    # (answered 5xx, which clients retry), and SQLAlchemy then replaces the whole pool.
    return create_engine(url, pool_size=POOL_SIZE, max_overflow=POOL_OVERFLOW, pool_recycle=POOL_RECYCLE_S,
                         json_serializer=json_text.dumps, json_deserializer=json_text.loads)


def is_postgres(engine: Engine) -> bool:
    return engine.dialect.name == "postgresql"
