"""The serving process gives freed memory back once it is quiet, never while a request runs."""

from __future__ import annotations

import threading

import anyio
import httpx
import pytest
from fastapi import FastAPI

from desktop.server.tuning import TrimWhenQuiet

WAIT_S = 10  # an upper bound for the watcher; the test ends as soon as the trim happens


def test_trims_after_work_once_quiet_and_not_during_a_request() -> None:
    trimmed = threading.Event()
    release = threading.Event()
    in_request = threading.Event()
    app = FastAPI()

    @app.get("/quick")
    def quick() -> dict[str, bool]:
        return {"ok": True}

    @app.get("/slow")
    def slow() -> dict[str, bool]:
        in_request.set()
        return {"released": release.wait(WAIT_S)}

    calls: list[bool] = []

    def trim() -> None:
        calls.append(in_request.is_set() and not release.is_set())  # True would mean: trimmed mid-request
        trimmed.set()

    gate = TrimWhenQuiet(app, trim=trim, quiet_s=0.2)
    transport = httpx.ASGITransport(app=gate)

    async def call() -> httpx.Response:
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            await client.get("/quick")  # some work done: the next quiet spell is worth a trim ...
            return await client.get("/slow")  # ... but it does not come while this one runs

    result: list[httpx.Response] = []
    runner = threading.Thread(target=lambda: result.append(anyio.run(call)))
    runner.start()
    assert in_request.wait(WAIT_S)
    assert not trimmed.wait(1.0)  # several quiet spans pass, but with a request in flight the server is not quiet
    release.set()
    runner.join(WAIT_S)
    assert result and result[0].json() == {"released": True}
    assert trimmed.wait(WAIT_S) and calls == [False]


def test_the_thread_count_comes_from_the_environment_or_falls_back_with_a_message(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from desktop.server import config

    monkeypatch.setenv(config.ENV_THREADS, "8")
    assert config._threads() == 8
    monkeypatch.setenv(config.ENV_THREADS, "tám")
    assert config._threads() == config.DEFAULT_THREADS
    assert "1 đến 256" in capsys.readouterr().err
    monkeypatch.delenv(config.ENV_THREADS)
    assert config._threads() == config.DEFAULT_THREADS
