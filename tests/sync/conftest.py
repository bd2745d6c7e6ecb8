"""Sync client tests run against the real server of tests/server (uvicorn on 127.0.0.1, fixed clock).

The server fixtures are reused from tests/server/conftest.py, loaded under another module name; here they run on
SQLite only, and a test module that wants PostgreSQL too imports `database_url` from `server_conftest_for_sync`.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

_SERVER_TESTS = Path(__file__).resolve().parents[1] / "server"
sys.path.insert(0, str(_SERVER_TESTS))  # server_harness, as tests/server imports it
_spec = importlib.util.spec_from_file_location("server_conftest_for_sync", _SERVER_TESTS / "conftest.py")
assert _spec is not None and _spec.loader is not None
_server_conftest = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_server_conftest)
# Registered under its own name, so a test module can import its backend matrix without touching `conftest`
# (several folders have one; which is `conftest` then depends on the collection order).
sys.modules["server_conftest_for_sync"] = _server_conftest

server = _server_conftest.server
srv = _server_conftest.srv


@pytest.fixture(scope="module")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    return f"sqlite:///{tmp_path_factory.mktemp('server') / 'server.sqlite3'}"
