"""`commune-desk sync`: one sync run, enrolment with the province's one-time code, and the sync status."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli.common import emit, explain, open_context
from desktop.services import audit, conflicts
from desktop.services.errors import NotFoundError
from desktop.services.sync_status import sync_status
from desktop.sync import bundle, credentials, state
from desktop.sync.engine import SyncEngine, SyncError, enrol


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sync", help="đồng bộ với máy chủ tỉnh / sync with the province server")
    p.add_argument("--server", help="địa chỉ máy chủ / server URL (default: the enrolled one)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_sync)
    verbs = p.add_subparsers(dest="sync_verb", metavar="VERB")
    e = verbs.add_parser("enrol", help="đăng ký máy này / enrol this PC with a one-time code")
    e.add_argument("--server", required=True, help="https://…")
    e.add_argument("--code", required=True, help="mã đăng ký một lần / one-time enrolment code")
    e.add_argument("--label", default="", help="tên máy / a name for this PC")
    e.set_defaults(handler=_enrol)
    s = verbs.add_parser("status", help="tình trạng đồng bộ / sync status")
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=_status)
    c = verbs.add_parser("conflicts", help="xung đột chờ người quyết / open conflicts waiting for a person")
    c.add_argument("--json", action="store_true")
    c.set_defaults(handler=_conflicts)
    r = verbs.add_parser("resolve", help="quyết một xung đột / settle a conflict")
    r.add_argument("conflict", help="mã xung đột (hoặc phần đầu) / conflict id (or its start)")
    r.add_argument("choice", choices=(conflicts.RENUMBER, conflicts.KEEP_SERVER, conflicts.KEEP_MINE),
                   help="renumber: cấp số mới cho hồ sơ đến sau / give the later dossier a new number; server / "
                        "mine: giữ bản trên máy chủ / của máy gặp xung đột / keep the server's / the PC's version")
    r.add_argument("--note", default="")
    r.set_defaults(handler=_resolve)
    x = verbs.add_parser("export-bundle", help="xuất gói dữ liệu ra USB / write the pending changes to a USB bundle")
    x.add_argument("file")
    x.add_argument("--all", action="store_true", help="mọi thay đổi chưa xác nhận / every unconfirmed change "
                   "(when a bundle was lost)")
    x.set_defaults(handler=_export_bundle)
    i = verbs.add_parser("import-bundle", help="nhập gói dữ liệu của tỉnh / import the province's USB bundle")
    i.add_argument("file")
    i.set_defaults(handler=_import_bundle)


def _fail(exc: SyncError) -> int:
    print(explain(exc, "Lỗi đồng bộ", "Sync error"), file=sys.stderr)
    return 1


def _sync(args: argparse.Namespace) -> int:
    with open_context(args, actor="sync") as ctx:
        try:
            report = SyncEngine(ctx, server_url=args.server).run()
        except SyncError as exc:
            return _fail(exc)
    p, q = report.push, report.pull
    lines = [f"Đã gửi / pushed: {p.sent} (áp dụng/applied {p.applied}, gộp/merged {p.merged}, "
             f"xung đột/conflicts {p.conflicts}, bị từ chối/rejected {p.rejected}, chờ/kept {p.kept})",
             f"Đã nhận / pulled: {q.rows} dòng/rows, {q.conflicts} xung đột/conflicts, "
             f"{q.catalogue} thủ tục/procedures, {q.parked} chờ/parked"]
    lines += [f"Cảnh báo: {w.get('message_vi')} / Warning: {w.get('message_en')}" for w in report.warnings]
    emit(args, {"push": vars(p), "pull": vars(q), "retries": report.retries, "warnings": report.warnings}, lines)
    return 0


def _enrol(args: argparse.Namespace) -> int:
    with open_context(args, actor="sync") as ctx:
        try:
            creds = enrol(ctx, args.server, args.code, args.label)
        except SyncError as exc:
            return _fail(exc)
    print(f"Đã đăng ký máy / enrolled: {creds.device_id} (xã/commune {creds.commune_code}, {creds.server_url})")
    return 0


def _status(args: argparse.Namespace) -> int:
    with open_context(args, actor="sync") as ctx:
        status = sync_status(ctx)
        enrolled = credentials.exists(ctx.db.paths.root)
        with ctx.db.session() as session:
            warning = state.clock_warning(session)
            cursor = state.cursor(session)
            slot = state.device_slot(session)
    open_conflicts = status.conflicts
    data = {"enrolled": enrolled, "server_url": status.server_url, "pending": status.pending,
            "rejected": status.rejected, "open_conflicts": open_conflicts, "parked": status.parked,
            "device_slot": slot, "cursor": cursor,
            "last_sync_at": status.last_sync_at.isoformat() if status.last_sync_at else None,
            "clock_warning": warning}
    last = f"{status.last_sync_at:%d/%m/%Y %H:%M}" if status.last_sync_at else "chưa / never"
    lines = [f"Đã đăng ký / enrolled: {'có / yes' if enrolled else 'chưa / no'} {status.server_url}",
             f"Chờ gửi / pending: {data['pending']}   bị từ chối / rejected: {status.rejected}   "
             f"xung đột / open conflicts: {open_conflicts}   chờ / parked: {status.parked}",
             f"Dải số hồ sơ / dossier numbers: {slot}001–{slot}999" if slot else
             "Dải số hồ sơ / dossier numbers: 0001–0999 (máy chưa có số / no PC number yet)",
             f"Lần đồng bộ cuối / last sync: {last}"]
    if warning:
        lines.append(f"Kiểm tra đồng hồ: {warning.get('message_vi')} / Check the clock: {warning.get('message_en')}")
    emit(args, data, lines)
    return 0


def _conflicts(args: argparse.Namespace) -> int:
    with open_context(args, actor="sync") as ctx:
        found = conflicts.list_conflicts(ctx)
    data = [{"id": c.id, "kind": c.kind, "table": c.table_name, "row_id": c.row_id, "fields": list(c.fields),
             "server": c.server_values, "client": c.client_values} for c in found]
    lines = [f"{c.id}  {c.kind}  {c.table_name}  {_side(c.server_values)}  ↔  {_side(c.client_values)}"
             for c in found] or ["Không có xung đột / no open conflicts"]
    emit(args, data, lines)
    return 0


def _side(values: dict[str, object]) -> str:
    return ", ".join(f"{k}={v}" for k, v in values.items() if v not in (None, ""))


def _resolve(args: argparse.Namespace) -> int:
    with open_context(args, actor="sync") as ctx:
        matches = [c.id for c in conflicts.list_conflicts(ctx) if c.id.startswith(args.conflict.strip())]
        if len(matches) != 1:
            raise NotFoundError("conflict", args.conflict)
        done = conflicts.resolve(ctx, matches[0], args.choice, args.note)
    print(f"Đã ghi lựa chọn, gửi ở lần đồng bộ sau / choice recorded, sent with the next sync: {done.id}")
    return 0


def _bundle_fail(exc: bundle.BundleError | credentials.CredentialsError) -> int:
    print(explain(exc, "Lỗi gói dữ liệu", "Bundle error"), file=sys.stderr)
    return 1


def _export_bundle(args: argparse.Namespace) -> int:
    with open_context(args, actor="sync") as ctx:
        try:
            out = bundle.export_bundle(ctx, Path(args.file), resend_all=args.all)
        except (bundle.BundleError, credentials.CredentialsError) as exc:
            return _bundle_fail(exc)
        if out.ops:  # the bundle carries the citizens' full ID numbers and phones: written down (DOMAIN §6)
            audit.record_shown(ctx, "export", "bundle", file=out.path.name, ops=out.ops)
    print(f"Đã xuất gói số {out.seq} / wrote bundle #{out.seq}: {out.path} ({out.ops} thay đổi / changes)")
    return 0


def _import_bundle(args: argparse.Namespace) -> int:
    with open_context(args, actor="sync") as ctx:
        try:
            out = bundle.import_bundle(ctx, Path(args.file))
        except (bundle.BundleError, credentials.CredentialsError) as exc:
            return _bundle_fail(exc)
    print(f"Đã nhập gói của tỉnh / imported the province bundle (mốc/cursor {out.from_cursor}→{out.to_cursor}): "
          f"{out.push.sent} kết quả / results, {out.pull.rows} dòng / rows, {out.pull.conflicts} xung đột / conflicts")
    return 0
