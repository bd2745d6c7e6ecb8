"""Offline USB bundles: the same ops a push sends (commune → province) and the same change pages a pull returns
(province → commune), in a signed zip for communes with no signal at all.

The file format is desktop/protocol/bundle_format.py, shared with the server. The PC signs with its own key, which
the province vouches for with a certificate (issued online once, over the device's authenticated channel, and
carried inside each manifest); the province signs with its server key, whose public half the PC stored with that
certificate. Here is the PC's part: it goes through the same outbox and pull code as an online sync.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from desktop.domain.messages import Phrase
from desktop.protocol.bundle_format import (
    CHANGES,
    DOWN,
    KEY_FILE,
    OPS,
    RESULTS,
    TRUST_FILE,
    UP,
    Bundle,
    foreign,
    from_ndjson,
    gap,
    open_bundle,
    to_ndjson,
    write_bundle,
)
from desktop.protocol.bundle_keys import (
    BundleError,
    canonical,
    check_certificate,
    load_or_create_key,
    load_public,
    public_b64,
    write_private,
)
from desktop.store import local_state
from desktop.sync import credentials, state
from desktop.sync.pull import PullStats, apply_page
from desktop.sync.push import PushStats, next_batch, pending_ops, record_results, wire

__all__ = ["CHANGES", "DOWN", "KEY_FILE", "OPS", "RESULTS", "TRUST_FILE", "UP", "Bundle", "BundleError",
           "ExportReport", "ImportReport", "ensure_key", "export_bundle", "import_bundle", "load_trust"]


# ---- this PC's side: the same outbox ops and pull pages as an online sync -------------------------------------------
BUNDLE_SEQ, BUNDLE_ROWID, BUNDLE_LAST_OP = "sync_bundle_seq", "sync_bundle_rowid", "sync_bundle_last_op"


def load_trust(root: Path) -> dict[str, Any] | None:
    path = root / TRUST_FILE
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def ensure_key(root: Path, creds: Any, transport: Any = None) -> dict[str, Any]:
    """This PC's bundle key and the province's certificate for it; fetched once over the authenticated channel
    (`POST /v1/bundle-key`), so it needs signal once after enrolment, never again."""
    trust = load_trust(root)
    if trust is not None and trust.get("certificate", {}).get("device_id") == creds.device_id:
        return trust
    key = load_or_create_key(root / KEY_FILE)
    try:
        with httpx.Client(base_url=creds.server_url, auth=(creds.device_id, creds.secret), transport=transport,
                          timeout=30) as http:
            resp = http.post("/v1/bundle-key", json={"public_key": public_b64(key)})
    except httpx.TransportError as exc:
        raise BundleError("bundle.no_key#ensure_key", exc=exc) from None
    if resp.status_code != 200:
        raise BundleError("bundle.no_key", status_code=resp.status_code)
    trust = resp.json()
    check_certificate(trust.get("certificate"), load_public(str(trust.get("province_public_key"))))
    write_private(root / TRUST_FILE, canonical(trust))
    return trust


@dataclass
class ExportReport:
    path: Path
    seq: int
    ops: int


def export_bundle(ctx: Any, path: Path, *, resend_all: bool = False, transport: Any = None) -> ExportReport:
    """Pending outbox ops not in an earlier bundle (all pending ones with `resend_all`), signed. The ops stay
    pending: only the province's answer (its bundle, or an online sync) marks them sent."""

    root = ctx.db.paths.root
    creds = credentials.load(root)
    trust = ensure_key(root, creds, transport)
    with ctx.db.session() as session:
        ours = local_state.get(session, local_state.COMMUNE_CODE)
        if ours != creds.commune_code:
            raise foreign(Phrase("why.credentials_are_commune_s_this_pc", commune_code=creds.commune_code, ours=ours))
        seq = int(local_state.get(session, BUNDLE_SEQ, "0") or 0) + 1
        after = 0 if resend_all else int(local_state.get(session, BUNDLE_ROWID, "0") or 0)
        after_op = None if resend_all else local_state.get(session, BUNDLE_LAST_OP)
        rows = next_batch(session, after, None)
        ops = [wire(op) for _, op in rows]
        last_rowid = int(rows[-1][0]) if rows else after
        manifest = {"direction": UP, "commune_code": ours, "device_id": creds.device_id, "seq": seq,
                    "after_op_id": after_op, "first_rowid": int(rows[0][0]) if rows else None,
                    "last_rowid": last_rowid, "op_count": len(ops), "first_op_id": ops[0]["op_id"] if ops else None,
                    "last_op_id": ops[-1]["op_id"] if ops else after_op, "pull_cursor": state.cursor(session),
                    "created_at": ctx.now().isoformat(), "schema_version": ops[-1]["schema_version"] if ops else None,
                    "certificate": trust["certificate"]}
        write_bundle(path, manifest, {OPS: to_ndjson(ops)}, load_or_create_key(root / KEY_FILE))
        local_state.put(session, BUNDLE_SEQ, str(seq))
        local_state.put(session, BUNDLE_ROWID, str(max(last_rowid, after)))
        if manifest["last_op_id"]:
            local_state.put(session, BUNDLE_LAST_OP, str(manifest["last_op_id"]))
        session.commit()
    return ExportReport(path, seq, len(ops))


@dataclass
class ImportReport:
    from_cursor: int
    to_cursor: int
    push: Any
    pull: Any


def import_bundle(ctx: Any, path: Path) -> ImportReport:
    """The province's bundle through the pull path: results of our ops first (as a push answer), then the pages."""

    root = ctx.db.paths.root
    creds = credentials.load(root)
    trust = load_trust(root)
    if trust is None:
        raise BundleError("bundle.no_key#import_bundle")
    bundle = open_bundle(path, DOWN, lambda _m: load_public(str(trust["province_public_key"])))
    m = bundle.manifest
    with ctx.db.session() as session:
        ours = local_state.get(session, local_state.COMMUNE_CODE)
        if m.get("commune_code") != ours or m.get("device_id") != creds.device_id:
            raise foreign(Phrase("why.it_for_commune_device", commune_code=m.get("commune_code"),
                                 device_id=m.get("device_id")),
                          {"commune_code": m.get("commune_code"), "device_id": m.get("device_id")})
        cursor, start, end = state.cursor(session), int(m["from_cursor"]), int(m["to_cursor"])
        if start > cursor:
            raise gap(Phrase("why.bundle_starts_at_cursor_but_this", start=start, cursor=cursor),
                      {"from_cursor": start, "local_cursor": cursor})
        results = {r["op_id"]: r["result"] for r in from_ndjson(bundle.files.get(RESULTS, b""), RESULTS)}
        pending = pending_ops(session, results)
        pushed, pulled = PushStats(), PullStats()
        record_results(session, pending, [results[op.op_id] for op in pending], pushed)
        page = {"changes": from_ndjson(bundle.files.get(CHANGES, b""), CHANGES), "cursor": max(cursor, end)}
        apply_page(session, page, ours or "", ctx.now(), pulled)
        session.commit()
    return ImportReport(start, end, pushed, pulled)
