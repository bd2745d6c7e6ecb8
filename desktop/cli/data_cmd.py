"""Verbs about the data folder as a whole: `setup`, `demo`, `backup`, `restore`."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path

from desktop.cli.common import UsageError, clock, emit, local_today, open_context
from desktop.config.paths import resolve_data_paths
from desktop.services import catalogue, setup
from desktop.services.context import to_local
from desktop.services.errors import NotSetUpError
from desktop.store.database import restore


def register(sub: argparse._SubParsersAction) -> None:
    s = sub.add_parser("setup", help="thiết lập xã/phường không cần giao diện / headless first-run setup")
    s.add_argument("--province", required=True, help="mã tỉnh 2 số / 2-digit province code, e.g. 22")
    s.add_argument("--commune", required=True, help="mã xã 5 số theo danh mục 2025 / 5-digit commune code")
    s.add_argument("--name", default="", help="tên, khi mã chưa có trong danh mục / name, for a unit not yet listed")
    s.add_argument("--leader", default="", help="họ tên Chủ tịch UBND / the chairperson's name")
    s.add_argument("--pc", type=int, default=0, metavar="N",
                   help="số máy trong xã 1–9, khi xã có nhiều máy / this PC's number in the commune (1–9) when it "
                        "has several: its dossier numbers are N001–N999 each day (the province may give another "
                        "at enrolment)")
    s.add_argument("--no-catalogue", action="store_true", help="không nạp danh mục mẫu / skip the shipped catalogue")
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=_setup)

    d = sub.add_parser("demo", help="tạo dữ liệu mẫu / fill a realistic demo commune")
    d.add_argument("--seed", type=int, default=1)
    d.add_argument("--months", type=int, default=12)
    d.add_argument("--dossiers", type=int, default=None, help="tổng số hồ sơ / total dossiers (default ≈350/month)")
    d.add_argument("--open", action="store_true",
                   help="rồi mở ứng dụng; dùng lại dữ liệu mẫu đã có / then start the app; reuse existing demo data")
    d.add_argument("--json", action="store_true")
    d.set_defaults(handler=_demo)

    b = sub.add_parser("backup", help="sao lưu ngay / back up now")
    b.add_argument("--to", help="thư mục đích / target folder (default: the data folder's backups/)")
    b.set_defaults(handler=_backup)

    r = sub.add_parser("restore", help="khôi phục từ bản sao lưu / restore a backup")
    r.add_argument("file")
    r.set_defaults(handler=_restore)


def _setup(args: argparse.Namespace) -> int:
    with open_context(args) as ctx:
        info = setup.set_up_commune(ctx, args.province, args.commune, commune_name=args.name,
                                    leader_name=args.leader, device_slot=args.pc)
        added = 0 if args.no_catalogue else catalogue.seed_catalogue(ctx)
    emit(args, {**info.to_dict(), "procedures_added": added},
         [f"{info.name} ({info.code}), {info.province_name}: đã thiết lập / set up; {added} thủ tục / procedures"])
    return 0


def _demo(args: argparse.Namespace) -> int:
    from desktop.demo import build_demo  # imported here: only this verb needs the generator

    if args.months < 12 or args.months > 120:
        raise UsageError("usage.months_between_12_and")
    if args.dossiers is not None and not 1 <= args.dossiers <= 5_000_000:
        raise UsageError("usage.dossiers_between_1_and")
    with open_context(args, actor="demo") as ctx:
        if args.open and _is_set_up(ctx):
            summary = None
        else:
            summary = build_demo(ctx.db, seed=args.seed, months=args.months, dossiers=args.dossiers,
                                 today=local_today())
    if summary is None:
        print("Dùng lại dữ liệu đã có / reusing the existing data")
        return _start_gui(args)
    lines = [f"Dữ liệu mẫu / demo data: {summary.commune_name} ({summary.commune_code})",
             f"  {summary.dossiers} hồ sơ, {summary.officers} cán bộ, {summary.courses} khóa đào tạo, "
             f"{summary.equipment} thiết bị", "  Tài khoản / accounts:"]
    lines += [f"    {u} / {p}  ({role})" for u, p, role in summary.accounts]
    emit(args, asdict(summary), lines)
    return _start_gui(args) if args.open else 0


def _is_set_up(ctx) -> bool:  # noqa: ANN001
    try:
        setup.get_commune(ctx)
    except NotSetUpError:
        return False
    return True


def _start_gui(args: argparse.Namespace) -> int:
    from desktop.app import run_gui  # Qt is loaded only when a window is wanted

    return run_gui(args)


def _backup(args: argparse.Namespace) -> int:
    target = Path(args.to).expanduser() if args.to else None
    with open_context(args) as ctx:
        path = ctx.db.backup_now("manual", folder=target, now=to_local(clock()()))
    print(f"Đã sao lưu / backed up: {path}")
    return 0


def _restore(args: argparse.Namespace) -> int:
    paths = resolve_data_paths(args.data_dir)
    aside = restore(paths, Path(args.file).expanduser(), now=to_local(clock()()))
    print(f"Đã khôi phục / restored from {args.file}")
    if aside is not None:
        print(f"Dữ liệu trước đó được giữ tại / the previous data is kept at: {aside}")
    return 0
