"""The HTTP face of the server (FastAPI): enrol, push, pull, device status and health; OpenAPI at /docs."""

from __future__ import annotations

import hmac
import json
import os
import secrets
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from datetime import UTC, datetime
from typing import Annotated, Any

import orjson
from fastapi import Depends, FastAPI, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import ValidationError
from sqlalchemy import Engine
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from desktop import __version__
from desktop.protocol import revisions
from desktop.server import admin, bundle_api
from desktop.server.auth import AuthGate, DeviceAuth, current_device, gated_device, secret_device
from desktop.server.errors import ServerError
from desktop.server.limits import BodyLimit
from desktop.server.migrate import head_revision
from desktop.server.models import utcnow
from desktop.server.pages import ItemCache, pull_json
from desktop.server.planner_stats import PlannerStats
from desktop.server.push import DeviceRef, enrolled_device, push_batch, warnings_of
from desktop.server.report_data import to_local
from desktop.server.schemas import EnrolIn, PushIn
from desktop.server.slots import slot_of
from desktop.server.statuses import BODY, DEVICE, answers
from desktop.server.summary import parse_month, province_summary

PROTOCOL_VERSION = 1
MAX_PULL = 1000
ENV_ADMIN_TOKEN = "COMMUNE_DESK_SERVER_ADMIN_TOKEN"
_bearer = HTTPBearer(auto_error=False, description=f"the province's admin token (env {ENV_ADMIN_TOKEN})")


def province_admin(request: Request,
                   creds: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> None:
    """The province's own reads: `Authorization: Bearer <token>`, the token set in app.state or the environment."""
    expected = getattr(request.app.state, "admin_token", None) or os.environ.get(ENV_ADMIN_TOKEN, "")
    if not expected:
        raise ServerError("admin.disabled", status=403, env_admin_token=ENV_ADMIN_TOKEN)
    if creds is None:
        raise ServerError("auth.required#province_admin", status=401)
    if not hmac.compare_digest(creds.credentials.encode(), expected.encode()):
        raise ServerError("auth.failed#province_admin", status=401)


# Module level: FastAPI resolves these (string) annotations in the module's namespace.
CurrentDevice = Annotated[DeviceRef, Depends(current_device)]
# Push and pull read the device's row in their own transaction and check revocation there (push.enrolled_device).
GatedDevice = Annotated[DeviceRef, Depends(gated_device)]
SecretDevice = Annotated[DeviceRef, Depends(secret_device)]
ProvinceAdmin = Annotated[None, Depends(province_admin)]
Month = Annotated[str, Query(pattern=r"^\d{4}-\d{2}$", description="YYYY-MM, e.g. 2026-11")]
Cursor = Annotated[int, Query(ge=0, le=2**63 - 1, description="the `cursor` of the previous page; 0 to start")]
Limit = Annotated[int, Query(ge=1, le=MAX_PULL)]


def desktop_schemas() -> AbstractSet[str]:
    """Every desktop schema this build knows: ops written by any of them carry fields the server can keep."""
    return revisions.known()


def create_app(engine: Engine, clock: Callable[[], datetime] = utcnow,
               supported_schemas: Callable[[], AbstractSet[str]] = desktop_schemas,
               session_key: bytes | None = None) -> FastAPI:
    """`session_key` signs session tokens; every process serving one database must share it (a random key is
    enough for a single process: its sessions simply end with it)."""
    app = FastAPI(title="CommuneDesk province sync server", version=__version__,
                  description="Đồng bộ dữ liệu xã ↔ tỉnh / commune ↔ province sync. See PROTOCOL.md.")
    app.state.engine = engine
    app.state.auth = DeviceAuth(engine, clock, session_key or secrets.token_bytes(32))
    app.state.pulled = ItemCache()  # pull items made once per row version, shared by the commune's PCs
    app.state.planner = PlannerStats(engine)  # statistics kept current while a first sync fills the tables
    # Outermost last: credentials are checked first, then the body's size, before anything reads it.
    app.add_middleware(BodyLimit)  # desktop/server/limits.py
    app.add_middleware(AuthGate, auth=app.state.auth)

    @app.exception_handler(ServerError)
    def _server_error(_request: Request, exc: ServerError) -> JSONResponse:
        headers = {"WWW-Authenticate": "Basic"} if exc.status == 401 else None
        return JSONResponse(exc.body(), status_code=exc.status, headers=headers)

    @app.exception_handler(RequestValidationError)
    def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [{"loc": e.get("loc"), "msg": e.get("msg")} for e in exc.errors()]
        where = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in errors[:5])
        body = ServerError("request.invalid", details=jsonable_encoder(errors), where=where).body()
        return JSONResponse(body, status_code=422)

    @app.get("/health", tags=["ops"])
    def health() -> dict[str, object]:
        return {"status": "ok", "version": __version__, "protocol": PROTOCOL_VERSION, "schema": head_revision(),
                "time": clock().replace(tzinfo=UTC).isoformat()}

    @app.post("/v1/enrol", status_code=201, tags=["sync"], responses=answers(*BODY, 401, 409, 410))
    def enrol(body: EnrolIn) -> dict[str, object]:
        """Trade a one-time code from the province for this PC's own credentials (shown once) and its block of
        dossier numbers (`device_slot`)."""
        return admin.enrol(engine, body.code, body.label, clock(), body.slot)

    @app.post("/v1/session", tags=["sync"], responses=answers(*DEVICE))
    def session(dev: SecretDevice) -> dict[str, object]:
        """Trade the device secret (HTTP Basic) for a short-lived session token to send as `Bearer` instead."""
        return app.state.auth.session(dev)

    @app.post("/v1/push", tags=["sync"], responses=answers(*DEVICE, *BODY, 409), response_model=dict[str, object],
              openapi_extra={"requestBody": _PUSH_BODY})
    async def push(request: Request, dev: GatedDevice) -> Response:
        """Apply a batch of outbox ops; one result per op, in order. Replays return the stored result."""
        # The body is read and checked by pydantic in one pass over the bytes (FastAPI's way decoded it with the
        # json module first, then walked the objects); errors are answered as FastAPI answers them.
        raw = await request.body()
        try:
            body = PushIn.model_validate_json(raw)
        except ValidationError:
            body = _push_body_slowly(raw)
        answer = await run_in_threadpool(push_batch, engine, dev, body.ops, clock(), supported_schemas,
                                         app.state.planner, app.state.pulled)
        # Encoded at once (plain JSON values only): FastAPI's generic encoding walked every result of the batch.
        return Response(orjson.dumps(answer), media_type="application/json")

    @app.get("/v1/pull", tags=["sync"], responses=answers(*DEVICE, 422), response_model=dict[str, object])
    def pull(dev: GatedDevice, cursor: Cursor = 0, limit: Limit = 200) -> Response:
        """The next page of the device's commune's changes after `cursor` (rows, conflicts, catalogue)."""
        with Session(engine) as session:
            # The server's time, so a PC can tell its officer its clock is off even when it has nothing to push.
            extra = {"warnings": warnings_of(enrolled_device(session, dev.id)),
                     "server_time_ms": int(clock().replace(tzinfo=UTC).timestamp() * 1000)}
            body = pull_json(session, dev.commune_code, cursor, limit, app.state.pulled, extra)
        return Response(body, media_type="application/json")

    @app.get("/v1/device", tags=["sync"], responses=answers(*DEVICE))
    def whoami(dev: CurrentDevice) -> dict[str, object]:
        with Session(engine) as session, session.begin():
            return {"device_id": dev.id, "commune_code": dev.commune_code, "device_slot": slot_of(session, dev.id),
                    "warnings": warnings_of(enrolled_device(session, dev.id))}

    @app.get("/v1/province/summary", tags=["province"], responses=answers(401, 403, 422))
    def summary(_admin: ProvinceAdmin, month: Month, calendar: bool = False) -> dict[str, object]:
        """Every commune's figures for a month (Decree 09's, 15th to 14th; `calendar=true` for the calendar
        month): Biểu 06 dossier counts, training, equipment, last sync. A commune that closed the month counts
        with the figures it closed."""
        start, end = parse_month(month, calendar=calendar)
        now = clock()
        return province_summary(engine, start, end, to_local(now).date(), now).to_json()

    bundle_api.install(app, current_device)
    _declare_push_body(app)
    return app


# The push's body as its OpenAPI declares it (the route reads the body itself): PushIn and OpIn among the schemas.
_PUSH_BODY = {"required": True, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PushIn"}}}}


def _push_body_slowly(raw: bytes) -> PushIn:
    """A push body pydantic's own JSON reading refused, read the way FastAPI reads bodies (the json module, then
    the model), so that it gets the answer it always got: a lone surrogate or a deep nesting reaches the protocol's
    checks and is refused with its field, anything else is refused like any malformed request."""
    try:
        data = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as exc:
        raise RequestValidationError([{"type": "json_invalid", "loc": ("body",), "msg": "JSON decode error",
                                       "input": {}, "ctx": {"error": str(exc)[:200]}}]) from None
    try:
        return PushIn.model_validate(data)
    except ValidationError as exc:
        raise RequestValidationError([{**e, "loc": ("body", *e["loc"])} for e in exc.errors()]) from None


def _declare_push_body(app: FastAPI) -> None:
    made = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            spec = made()
            schema = PushIn.model_json_schema(ref_template="#/components/schemas/{model}")
            known = spec.setdefault("components", {}).setdefault("schemas", {})
            known.update(schema.pop("$defs", {}))
            known["PushIn"] = schema
        return app.openapi_schema or {}

    app.openapi = openapi  # type: ignore[method-assign]
