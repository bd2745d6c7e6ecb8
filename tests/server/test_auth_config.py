"""Where the session key comes from: the environment, or a file made once in the server's data folder."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from desktop.server.config import ENV_HOME, ENV_SESSION_KEY, SESSION_KEY_FILENAME, session_key


def test_key_is_made_once_and_kept_owner_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_HOME, str(tmp_path))
    monkeypatch.delenv(ENV_SESSION_KEY, raising=False)
    first = session_key()
    assert len(first) == 32 and session_key() == first  # every process of the server signs with the same key
    path = tmp_path / SESSION_KEY_FILENAME
    assert path.read_bytes() == first and stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == [SESSION_KEY_FILENAME]  # no half-written leftovers


def test_key_from_the_environment_wins_and_must_be_long(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_HOME, str(tmp_path))
    monkeypatch.setenv(ENV_SESSION_KEY, "k" * 40)
    assert session_key() == b"k" * 40 and not (tmp_path / SESSION_KEY_FILENAME).exists()
    monkeypatch.setenv(ENV_SESSION_KEY, "short")
    with pytest.raises(ValueError, match=ENV_SESSION_KEY):
        session_key()
