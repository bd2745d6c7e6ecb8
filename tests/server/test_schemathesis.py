"""Schemathesis against the OpenAPI of a real running server (uvicorn, SQLite): no request, however odd, gets a 5xx,
and every status the server answers is one its OpenAPI declares for that operation.

Bounded and deterministic: each operation gets a few dozen derandomized examples, valid (positive) and invalid
(negative) against its schema, sent with working credentials so the checks reach past authentication.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

try:
    import schemathesis
except ImportError:  # the test extra names it; in CI a missing install must fail, not skip
    if os.environ.get("CI"):
        raise
    pytest.skip("schemathesis is not installed (pip install -e .[test])", allow_module_level=True)
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.generation import GenerationMode
from schemathesis.specs.openapi.checks import status_code_conformance
from server_harness import Device, Harness

from desktop.server.api import ENV_ADMIN_TOKEN

TOKEN = "schemathesis-admin-token"
EXAMPLES = 25
OPERATIONS = [("GET", "/health"), ("POST", "/v1/enrol"), ("POST", "/v1/push"), ("GET", "/v1/pull"),
              ("GET", "/v1/device"), ("GET", "/v1/province/summary"), ("POST", "/v1/bundle-key"),
              ("POST", "/v1/session")]
NO_INPUT = {"/health", "/v1/device", "/v1/session"}  # nothing to make invalid
RUNS = [pytest.param(method, path, mode, id=f"{method} {path} {mode.value}") for method, path in OPERATIONS
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)
        if not (path in NO_INPUT and mode is GenerationMode.NEGATIVE)]


@pytest.fixture(scope="module")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """SQLite only (overrides the conftest's backend matrix): the spec is the same on both."""
    path: Path = tmp_path_factory.mktemp("schemathesis") / "server.sqlite3"
    yield f"sqlite:///{path}"


@pytest.fixture(scope="module")
def device(server: Harness) -> Device:
    return server.enrol(server.commune(), "schemathesis")


@pytest.fixture(scope="module")
def api(server: Harness) -> schemathesis.schemas.BaseSchema:
    return schemathesis.openapi.from_url(f"{server.url}/openapi.json", timeout=10)


def test_every_operation_is_checked(api: schemathesis.schemas.BaseSchema) -> None:
    found = {(op.ok().method.upper(), op.ok().path) for op in api.get_all_operations()}
    assert found == set(OPERATIONS)


@pytest.mark.parametrize(("method", "path", "mode"), RUNS)
def test_no_server_errors(srv: Harness, api: schemathesis.schemas.BaseSchema, device: Device,
                          monkeypatch: pytest.MonkeyPatch, method: str, path: str, mode: GenerationMode) -> None:
    monkeypatch.setenv(ENV_ADMIN_TOKEN, TOKEN)
    operation = api[path][method]
    extra: dict[str, object] = {"timeout": 30}
    if path == "/v1/province/summary":
        extra["headers"] = {"Authorization": f"Bearer {TOKEN}"}
    elif path in ("/v1/push", "/v1/pull", "/v1/device", "/v1/session"):
        extra["auth"] = (device.id, device.secret)

    @settings(max_examples=EXAMPLES, derandomize=True, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(case=operation.as_strategy(generation_mode=mode))
    def check(case: schemathesis.Case) -> None:
        case.call_and_validate(checks=[not_a_server_error, status_code_conformance], **extra)

    check()


# Found by probing past the examples above: a huge cursor and a malformed deletion time were server errors.
def test_pull_cursor_beyond_bigint_is_refused_not_crashed(srv: Harness, device: Device) -> None:
    got = device.client.get("/v1/pull", params={"cursor": 2**63})
    assert got.status_code == 422


def test_delete_with_a_malformed_deleted_at_is_not_a_server_error(srv: Harness, device: Device) -> None:
    op = srv.op(device, "equipment", str(uuid.uuid4()), "delete", {"deleted_at": {"when": "yesterday"}})
    got = device.client.post("/v1/push", json={"ops": [op]})
    assert got.status_code < 500
