"""`POST /v1/bundle-key`: a device's public key in, the province's certificate for it out (see bundles.py).

No `from __future__ import annotations` here: FastAPI must see the route's annotations as objects, since the
device dependency is a parameter of `install`, not a name it could look up in this module.
"""

from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI
from pydantic import BaseModel, Field

from desktop.server.bundles import issue_certificate, key_dir
from desktop.server.models import utcnow
from desktop.server.push import DeviceRef
from desktop.server.statuses import BODY, DEVICE, answers


class KeyIn(BaseModel):
    public_key: str = Field(min_length=40, max_length=64, description="raw Ed25519 public key, base64")


def install(app: FastAPI, device: Callable[..., DeviceRef], folder: Path | None = None) -> None:
    """The route, authenticated by the app's own device dependency (passed in: no import back into the app)."""

    @app.post("/v1/bundle-key", tags=["sync"], responses=answers(*DEVICE, *BODY))
    def bundle_key(body: KeyIn, dev: Annotated[DeviceRef, Depends(device)]) -> dict[str, Any]:
        """Certify this PC's key for offline bundles; answers with the province's public key too."""
        return issue_certificate(folder or key_dir(), dev, body.public_key, utcnow())
