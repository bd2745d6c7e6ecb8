"""Every refusal the API can answer, declared in its OpenAPI: the error body's shape, and for each route the statuses
that its authentication, its body and its own rules can produce (PROTOCOL.md "Errors" explains the codes)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

_MEANING = {
    400: "the body is not JSON at all",
    401: "no, wrong or expired credentials (`auth.*`), or an unknown enrolment code",
    403: "device revoked or unknown, another commune's data, or no admin token set on the server",
    409: "an op id reused for other content, or an enrolment code already used",
    410: "the enrolment code has expired",
    413: "the request body is larger than the server takes",
    422: "the request is malformed (the field is named in the message)",
    429: "too many wrong secrets for this device or from this address; see Retry-After",
}


class ErrorDetail(BaseModel):
    code: str
    message_vi: str
    message_en: str
    details: Any = None


class ErrorBody(BaseModel):
    error: ErrorDetail


# What every route behind device authentication can answer besides its own refusals, and every route with a body.
DEVICE = (401, 403, 429)
BODY = (400, 413, 422)


def answers(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """`responses=` for a route: each status with the common error body and what it means."""
    return {status: {"model": ErrorBody, "description": _MEANING[status]} for status in sorted(set(statuses))}
