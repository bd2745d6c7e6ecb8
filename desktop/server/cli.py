"""The `commune-desk-server` command: `serve` the sync API, and `admin` verbs for the province's operator."""

from __future__ import annotations

import argparse
import inspect
import json
import os
import sys
import traceback
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from sqlalchemy import Engine
from sqlalchemy.exc import ArgumentError, OperationalError

from desktop import __version__
from desktop.domain.errors import Explained
from desktop.server import admin
from desktop.server.bundles import register_bundle_verbs
from desktop.server.config import ENV_DB, THREADS, database_url, make_engine, session_key
from desktop.server.errors import ServerError
from desktop.server.migrate import upgrade_to_head
from desktop.server.models import utcnow

if TYPE_CHECKING:
    from fastapi import FastAPI  # only the serving verb loads the web stack

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
ENV_DEBUG = "COMMUNE_DESK_DEBUG"
WORKER_PATIENCE_S = 60


class UsageError(Explained):
    """Bad command-line input: printed plainly, exit code 2, nothing written."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # noqa: D102 - argparse hook
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: lỗi tham số / bad arguments: {message}\n")


def _db_option(parser: argparse.ArgumentParser) -> None:
    # Accepted after the verb too (`serve --db URL`), where operators naturally type it.
    parser.add_argument("--db", dest="sub_db", metavar="URL", help=f"URL cơ sở dữ liệu / database URL (env {ENV_DB})")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="commune-desk-server",
                     description="Máy chủ đồng bộ cấp tỉnh CommuneDesk / CommuneDesk province sync server.")
    parser.add_argument("--version", action="version", version=f"CommuneDesk server {__version__}")
    parser.add_argument("--db", help=f"URL cơ sở dữ liệu / database URL (or env {ENV_DB}; default: SQLite file)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser, required=True)
    serve = sub.add_parser("serve", help="chạy máy chủ / run the server")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument("--workers", type=int, default=1,
                       help="số tiến trình / worker processes (default 1; about one per core)")
    _db_option(serve)
    serve.set_defaults(handler=_serve)
    adm = sub.add_parser("admin", help="quản trị / administration")
    verbs = adm.add_subparsers(dest="verb", required=True, parser_class=_Parser,
                               metavar="{add-commune,enrol-code,devices,revoke,publish-catalogue}")
    add = verbs.add_parser("add-commune", help="thêm xã / add a commune")
    add.add_argument("--code", required=True)
    add.add_argument("--name", required=True)
    add.add_argument("--province", required=True)
    _db_option(add)
    add.set_defaults(handler=_add_commune)
    code = verbs.add_parser("enrol-code", help="tạo mã đăng ký một lần / make a one-time enrolment code")
    code.add_argument("--commune", required=True)
    code.add_argument("--hours", type=int, default=72, help="hiệu lực (giờ) / valid for hours (default 72)")
    _db_option(code)
    code.set_defaults(handler=_enrol_code)
    devices = verbs.add_parser("devices", help="liệt kê thiết bị / list devices")
    devices.add_argument("--commune")
    devices.add_argument("--json", action="store_true")
    _db_option(devices)
    devices.set_defaults(handler=_devices)
    revoke = verbs.add_parser("revoke", help="thu hồi thiết bị / revoke a device")
    revoke.add_argument("device")
    _db_option(revoke)
    revoke.set_defaults(handler=_revoke)
    publish = verbs.add_parser("publish-catalogue", help="công bố danh mục thủ tục / publish the procedure catalogue")
    publish.add_argument("file", help="JSON như resources/catalogue/procedures.json / JSON like procedures.json")
    _db_option(publish)
    publish.set_defaults(handler=_publish)
    _report_parser(sub)
    register_bundle_verbs(sub, _db_option, _open)
    return parser


def _report_parser(sub: argparse._SubParsersAction) -> None:
    report = sub.add_parser("report", help="báo cáo toàn tỉnh / province-wide reports")
    kinds = report.add_subparsers(dest="kind", required=True, parser_class=_Parser, metavar="{monthly}")
    monthly = kinds.add_parser("monthly", help="báo cáo tháng (PDF) / the monthly report (PDF)")
    monthly.add_argument("--month", required=True, help="YYYY-MM")
    monthly.add_argument("--out", required=True, help="tệp PDF / the PDF file to write")
    monthly.add_argument("--province-name", default="", help="tên tỉnh in trên báo cáo / province name printed")
    monthly.add_argument("--number", default="", help="số văn bản / document number")
    monthly.add_argument("--signer", default="", help="họ tên người ký / the signer's name")
    monthly.add_argument("--signer-title", default="Chủ tịch", help="chức vụ người ký / the signer's title")
    _db_option(monthly)
    monthly.set_defaults(handler=_report_monthly)


def _open(args: argparse.Namespace) -> Engine:
    url = database_url(getattr(args, "sub_db", None) or args.db)
    try:
        engine = make_engine(url)
    except ArgumentError:
        raise UsageError("usage.db_not_database_url", url=url) from None
    upgrade_to_head(engine)
    return engine


def serving_app(engine: Engine, key: bytes) -> FastAPI:
    """The API as a serving process runs it: with its memory and thread limits."""
    from desktop.server.api import create_app
    from desktop.server.tuning import TrimWhenQuiet, limit_arenas

    limit_arenas()
    app = create_app(engine, session_key=key)
    app.add_middleware(TrimWhenQuiet, threads=THREADS)
    return app


def worker_app() -> FastAPI:
    """One of several serving processes (serve --workers): the database from the environment the first set."""
    return serving_app(make_engine(database_url()), session_key())


def _serve(args: argparse.Namespace) -> int:
    import uvicorn  # only the serving verb needs the web stack

    if not 0 < args.port < 65536:
        raise UsageError("usage.port_must_be_165535", port=args.port)
    if not 1 <= args.workers <= 32:
        raise UsageError("usage.workers_must_be_132", workers=args.workers)
    engine = _open(args)
    key = session_key()  # made before any worker starts, so that all of them read the same one
    if args.workers == 1:
        uvicorn.run(serving_app(engine, key), host=args.host, port=args.port, log_level="info")
        return EXIT_OK
    os.environ[ENV_DB] = database_url(getattr(args, "sub_db", None) or args.db)
    engine.dispose()
    # A worker busy with a burst (or slow to start on a loaded machine) misses uvicorn's 5 s health ping and is
    # killed mid-request; give it a minute.
    patience: dict[str, Any] = {"timeout_worker_healthcheck": WORKER_PATIENCE_S} \
        if "timeout_worker_healthcheck" in inspect.signature(uvicorn.Config).parameters else {}
    uvicorn.run("desktop.server.cli:worker_app", factory=True, workers=args.workers, host=args.host,
                port=args.port, log_level="info", **patience)
    return EXIT_OK


def _add_commune(args: argparse.Namespace) -> int:
    admin.add_commune(_open(args), args.code, args.name, args.province, utcnow())
    print(f"Đã thêm xã / added commune {args.code.strip()} ({args.name.strip()})")
    return EXIT_OK


def _enrol_code(args: argparse.Namespace) -> int:
    if not 1 <= args.hours <= 24 * 30:
        raise UsageError("usage.hours_must_be_1720", hours=args.hours)
    code = admin.new_enrol_code(_open(args), args.commune, utcnow(), timedelta(hours=args.hours))
    print(f"Mã đăng ký một lần cho xã {args.commune}, hiệu lực {args.hours} giờ / "
          f"one-time enrolment code for commune {args.commune}, valid {args.hours} h:")
    print(code)
    return EXIT_OK


def _devices(args: argparse.Namespace) -> int:
    rows = admin.list_devices(_open(args), args.commune)
    if args.json:
        json.dump([r.to_dict() for r in rows], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    for r in rows:
        flags = (" THU HỒI/REVOKED" if r.revoked else "") + (" KIỂM TRA ĐỒNG HỒ/CHECK CLOCK" if r.clock_warning else "")
        slot = f"máy/PC {r.slot}" if r.slot is not None else "máy/PC -"  # its dossier numbers: slot 001–999
        print(f"{r.id}  {r.commune_code:<8} {slot:<9} {r.label or '-':<24} {r.last_seen_at or '-'}{flags}")
    if not rows:
        print("(chưa có thiết bị / no devices)")
    return EXIT_OK


def _revoke(args: argparse.Namespace) -> int:
    info = admin.revoke(_open(args), args.device, utcnow())
    print(f"Đã thu hồi / revoked {info.id} ({info.commune_code})")
    return EXIT_OK


def _publish(args: argparse.Namespace) -> int:
    path = Path(args.file)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise UsageError("usage.cannot_read_file", path=path, strerror=exc.strerror) from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise UsageError("usage.not_valid_json", path=path, exc=exc) from None
    out = admin.publish_catalogue(_open(args), data, utcnow())
    print(f"Đã công bố danh mục / published catalogue {out['snapshot'] or out['id']}: {out['procedures']} thủ tục / "
          f"procedures, {out['communes']} xã / communes")
    return EXIT_OK


def _report_monthly(args: argparse.Namespace) -> int:
    from desktop.server.report import monthly_report  # ReportLab and fonts load only for this verb
    from desktop.server.report_data import to_local
    from desktop.server.summary import parse_month

    try:
        parse_month(args.month)
    except ServerError as exc:
        raise UsageError("usage.option", option="--month", problem=exc) from None
    out = Path(args.out)
    if not out.parent.is_dir():
        raise UsageError("usage.out_folder_does_not#report_monthly", parent=out.parent)
    now = utcnow()
    done = monthly_report(_open(args), args.month, out, today=to_local(now).date(), now=now,
                          province_name=args.province_name, number=args.number, signer_name=args.signer,
                          signer_title=args.signer_title)
    s = done.summary
    print(f"Đã in báo cáo / wrote {out} ({done.pages} trang / pages): {len(s.communes)} xã / communes, "
          f"{s.total.received_total} hồ sơ nhận / dossiers received, {s.period_from:%m/%Y}")
    return EXIT_OK


def _configure_stdio() -> None:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")


def main(argv: list[str] | None = None) -> int:
    _configure_stdio()
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # --help, --version and bad arguments: argparse has printed; return its code
        return int(exc.code or 0) if isinstance(exc.code, int | None) else EXIT_USAGE
    try:
        return int(args.handler(args))
    except UsageError as exc:
        print(f"Lỗi tham số / bad arguments: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except ServerError as exc:
        print(f"Lỗi: {exc.message_vi}\nError: {exc.message_en}", file=sys.stderr)
        # Bad input and "no such thing" are the operator's to fix; a broken database is not.
        return EXIT_USAGE if exc.status < 500 else EXIT_FAILED
    except OperationalError as exc:
        print(f"Không mở được cơ sở dữ liệu / cannot open the database: {exc.orig}", file=sys.stderr)
        return EXIT_FAILED
    except Exception as exc:  # the last guard: a plain sentence, never a traceback
        if os.environ.get(ENV_DEBUG):
            traceback.print_exc()
        if isinstance(exc, Explained):  # a catalogue error (a bundle's…): each language once, not "vi / en" twice
            print(f"Lỗi: {exc.message_vi}\nError: {exc.message_en}", file=sys.stderr)
        else:
            print(f"Đã có lỗi không mong đợi: {exc}\nUnexpected error: {exc}", file=sys.stderr)
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
