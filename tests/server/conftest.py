"""A real sync server per test module and backend: uvicorn on a free 127.0.0.1 port in a thread, a fixed clock,
and a fresh database (a SQLite file, or a throw-away PostgreSQL schema)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from server_harness import FIXED_NOW, Harness, running_server
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from desktop.server.config import make_engine
from desktop.server.migrate import upgrade_to_head

PG_ENV = "COMMUNE_DESK_TEST_PG_URL"
PG_DEFAULT = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def _pg_url() -> str:
    return os.environ.get(PG_ENV, PG_DEFAULT)


def _pg_reachable(url: str) -> str | None:
    try:
        engine = create_engine(url, connect_args={"connect_timeout": 3})
        with engine.connect() as conn:
            conn.execute(text("select 1"))
        engine.dispose()
        return None
    except Exception as exc:  # any failure to connect is a reason to skip locally
        return str(exc).splitlines()[0]


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path_factory.mktemp('server') / 'server.sqlite3'}"
        return
    base = _pg_url()
    problem = _pg_reachable(base)
    if problem is not None:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL at {base} is required in CI but unreachable: {problem}")
        pytest.skip(f"PostgreSQL at {base} unreachable ({problem}); set {PG_ENV} to run these tests on it")
    schema = f"cds_test_{uuid.uuid4().hex[:12]}"
    admin_engine = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin_engine.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    # Every connection of the server under test lives in the fresh schema, so runs never see each other's tables.
    url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin_engine.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin_engine.dispose()


@pytest.fixture(scope="module")
def engine(database_url: str) -> Iterator[Engine]:
    """The module's database, migrated, without a server in front of it."""
    made = make_engine(database_url)
    upgrade_to_head(made)
    yield made
    made.dispose()


@pytest.fixture(scope="module")
def server(database_url: str) -> Iterator[Harness]:
    with running_server(database_url) as harness:
        yield harness


@pytest.fixture
def srv(server: Harness) -> Iterator[Harness]:
    """The module's server with its clock put back to the fixed time after each test."""
    server.clock.now = FIXED_NOW
    yield server
    server.clock.now = FIXED_NOW
