"""A server that refuses early (issue 11 items 3, 5 and 7), against a real server on SQLite and PostgreSQL: values
that may not be kept are 422 with the op and the field, never 500; a body too large is 413 before it is read."""

from __future__ import annotations

import json
import socket
import time
import uuid

import httpx
import pytest
from server_harness import Device, Harness
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.server.api import ENV_ADMIN_TOKEN
from desktop.server.limits import MAX_BODY
from desktop.server.models import AppliedOp, SyncedRow


def _dossier(**extra: object) -> dict:
    return {"code": f"HS-{uuid.uuid4().hex[:6]}", "applicant_name": "Nguyễn Văn Đức", "status": 1,
            "channel": "direct", "received_at": "2026-11-19T02:00:00", "note": "", **extra}


def _raw_push(dev: Device, body: str) -> httpx.Response:
    """A body as an odd client could write it (NaN, 1e400, lone surrogates are not what json.dumps would send)."""
    return dev.client.post("/v1/push", content=body.encode("utf-8", "surrogatepass"),
                           headers={"content-type": "application/json"})


def _applied(srv: Harness, commune: str) -> int:
    with Session(srv.engine) as session:
        return session.scalar(select(func.count()).select_from(AppliedOp).where(AppliedOp.commune_code == commune))


def _refused(resp: httpx.Response, code: str, field: str, op: dict | None = None) -> None:
    assert resp.status_code == 422, resp.text
    error = resp.json()["error"]
    assert error["code"] == code and error["details"]["field"] == field, error
    assert error["message_vi"] and error["message_en"]
    if op is not None:
        assert error["details"]["op_id"] == op["op_id"]


def test_a_nul_character_is_refused_with_its_field_and_the_summary_stays_whole(
        srv: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_ADMIN_TOKEN, "t")
    commune = srv.commune()
    dev = srv.enrol(commune)
    good = srv.op(dev, "dossiers", str(uuid.uuid4()), "insert", _dossier())
    bad = srv.op(dev, "dossiers", str(uuid.uuid4()), "insert", _dossier(applicant_name="Nguyễn\u0000Văn"))
    _refused(dev.client.post("/v1/push", json={"ops": [good, bad]}), "protocol.nul_character", "applicant_name", bad)
    assert _applied(srv, commune) == 0  # nothing of the batch
    srv.push(dev, good)
    summary = httpx.get(f"{srv.url}/v1/province/summary", params={"month": "2026-11"},
                        headers={"Authorization": "Bearer t"})
    assert summary.status_code == 200, summary.text


@pytest.mark.parametrize("levels", [250, 990])
def test_a_deeply_nested_payload_is_refused(srv: Harness, levels: int) -> None:
    dev = srv.enrol(srv.commune())
    op = srv.op(dev, "dossiers", str(uuid.uuid4()), "insert", _dossier())
    nested = "[" * levels + "]" * levels
    body = json.dumps({"ops": [op]}).replace('"note": ""', f'"note": {nested}')
    resp = _raw_push(dev, body)
    assert resp.status_code in (400, 422), resp.text
    if resp.status_code == 422:
        assert resp.json()["error"]["code"] in ("protocol.type", "request.invalid")


@pytest.mark.parametrize(("raw", "code"), [("NaN", "protocol.not_finite"), ("1e400", "protocol.not_finite"),
                                           ("-Infinity", "protocol.not_finite")])
def test_nan_and_infinities_are_422_never_500(srv: Harness, raw: str, code: str) -> None:
    dev = srv.enrol(srv.commune())
    op = srv.op(dev, "training_courses", str(uuid.uuid4()), "insert",
                {"topic": "Kỹ năng số", "start_date": "2026-11-02", "end_date": "2026-11-03", "hours": 8})
    body = json.dumps({"ops": [op]}).replace('"hours": 8', f'"hours": {raw}')
    _refused(_raw_push(dev, body), code, "hours", op)


def test_a_lone_surrogate_is_422_never_500(srv: Harness) -> None:
    dev = srv.enrol(srv.commune())
    op = srv.op(dev, "dossiers", str(uuid.uuid4()), "insert", _dossier(note="NOTE"))
    _refused(_raw_push(dev, json.dumps({"ops": [op]}).replace("NOTE", "\\ud800")), "protocol.lone_surrogate", "note",
             op)


@pytest.mark.parametrize("hlc", ["001795143600000-00001-" + "a" * 32, "٠٠١٧٩٥١٤٣٦٠٠٠٠٠-00001-node",
                                 "001795143600000-00001-node\n"])
def test_a_malformed_clock_is_422(srv: Harness, hlc: str) -> None:
    dev = srv.enrol(srv.commune())
    op = srv.op(dev, "equipment", str(uuid.uuid4()), "insert", {"asset_tag": "PC-1", "kind": "computer"}, hlc=hlc)
    resp = dev.client.post("/v1/push", json={"ops": [op]})
    assert resp.status_code == 422 and "hlc" in resp.json()["error"]["message_en"], resp.text
    row = srv.op(dev, "equipment", str(uuid.uuid4()), "insert", {"asset_tag": "PC-2", "kind": "computer",
                                                                   "hlc": hlc})
    _refused(dev.client.post("/v1/push", json={"ops": [row]}), "protocol.bad_hlc", "hlc", row)


def test_a_long_field_name_losing_a_merge_is_422_and_nothing_is_kept(srv: Harness) -> None:
    commune = srv.commune()
    a, b = srv.enrol(commune, "A"), srv.enrol(commune, "B")
    row_id = str(uuid.uuid4())
    srv.push(a, srv.op(a, "equipment", row_id, "insert", {"asset_tag": "PC-9", "kind": "computer"}))
    name = "f" * 100
    newer = srv.op(b, "equipment", row_id, "update", {name: "x"}, changed=[name], hlc=b.hlc(srv.clock, minutes=5))
    _refused(b.client.post("/v1/push", json={"ops": [newer]}), "protocol.bad_field_name", "f" * 64, newer)
    older = srv.op(a, "equipment", row_id, "update", {"model": "x" * 201}, changed=["model"])
    _refused(a.client.post("/v1/push", json={"ops": [older]}), "protocol.too_long", "model", older)
    with Session(srv.engine) as session:
        assert set(session.get(SyncedRow, ("equipment", row_id)).data) == {"id", "commune_code", "asset_tag", "kind"}


def test_changed_fields_must_be_columns_of_the_table(srv: Harness) -> None:
    dev = srv.enrol(srv.commune())
    op = srv.op(dev, "equipment", str(uuid.uuid4()), "update", {"note": "x"}, changed=["note", "colour"])
    _refused(dev.client.post("/v1/push", json={"ops": [op]}), "protocol.unknown_field", "colour", op)


def _raw_http(url: str, request: bytes, chunks: list[bytes] | None = None) -> tuple[bytes, float]:
    """Send a request's head (and maybe a few chunks of its body), then read whatever the server answers."""
    host, port = url.removeprefix("http://").split(":")
    started = time.monotonic()
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(request)
        for chunk in chunks or []:
            try:
                sock.sendall(chunk)
            except (BrokenPipeError, ConnectionResetError):
                break  # the server already answered and closed: it did not wait for the rest
        answer = b""
        while b"\r\n\r\n" not in answer:
            part = sock.recv(65536)
            if not part:
                break
            answer += part
    return answer, time.monotonic() - started


def test_a_150_mb_body_without_credentials_is_refused_before_it_is_read(srv: Harness) -> None:
    head = (f"POST /v1/push HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            f"Content-Length: {150 * 1024 * 1024}\r\n\r\n").encode()
    answer, took = _raw_http(srv.url, head, [b"{" + b" " * 65536])  # 64 KiB of the promised 150 MB, no more
    assert answer.startswith(b"HTTP/1.1 401") and took < 5, answer[:200]
    dev = srv.enrol(srv.commune())
    authed = head.replace(b"Host: x\r\n", b"Host: x\r\nAuthorization: " + httpx.BasicAuth(dev.id, dev.secret)
                          ._auth_header.encode() + b"\r\n")
    answer, took = _raw_http(srv.url, authed, [b"{" + b" " * 65536])
    assert answer.startswith(b"HTTP/1.1 413") and took < 5, answer[:200]


def test_a_streamed_body_past_the_limit_is_cut_off(srv: Harness) -> None:
    dev = srv.enrol(srv.commune())
    auth = httpx.BasicAuth(dev.id, dev.secret)._auth_header
    head = (f"POST /v1/push HTTP/1.1\r\nHost: x\r\nAuthorization: {auth}\r\nContent-Type: application/json\r\n"
            "Transfer-Encoding: chunked\r\n\r\n").encode()
    size = 1024 * 1024
    chunk = f"{size:x}\r\n".encode() + b" " * size + b"\r\n"
    answer, _ = _raw_http(srv.url, head, [chunk] * (MAX_BODY // size + 8))
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
    assert json.loads(answer.split(b"\r\n\r\n", 1)[1] or b"{}").get("error", {}).get("code", "request.too_large") \
        == "request.too_large"
