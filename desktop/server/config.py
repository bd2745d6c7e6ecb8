"""Where the server keeps its data and which database it opens: --db, then COMMUNE_DESK_SERVER_DB, then SQLite."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

ENV_DB = "COMMUNE_DESK_SERVER_DB"
ENV_HOME = "COMMUNE_DESK_SERVER_HOME"
DB_FILENAME = "commune-desk-server.sqlite3"
BUSY_TIMEOUT_S = 30


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


def _sqlite_pragmas(dbapi_conn, _record) -> None:  # noqa: ANN001 - DB-API connection
    # Autocommit at the driver level so that the "begin" hook below decides how a transaction starts.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_S * 1000}")
    cur.close()


def _sqlite_begin(conn) -> None:  # noqa: ANN001 - SQLAlchemy connection
    # IMMEDIATE takes the write lock up front: two pushes wait for each other instead of failing to upgrade a lock.
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_S})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=10)


def is_postgres(engine: Engine) -> bool:
    return engine.dialect.name == "postgresql"
