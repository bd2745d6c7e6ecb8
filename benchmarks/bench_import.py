"""Import benchmark: generate equipment and procedure lists of N rows, time reading, preview and the write.

Usage: python benchmarks/bench_import.py [--rows N] [--repeat N] [--kinds equipment procedures dossiers]
       [--dossier-rows N] [--steps read preview apply_after_preview apply_alone] [--data-dir DIR]
Goals (issue 14): `--rows 5000 --kinds equipment` applies in ≤ 2 s; `--kinds dossiers --dossier-rows 50000` (a
province list: title rows, header, footer) imports in ≤ 30 s. Prints one JSON object.
Each run starts from a fresh database (a commune set up, nothing else), so the write measured is always "N new
rows", the case the officer meets on the first import of a list. Not run by CI.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from openpyxl import Workbook

from desktop.config.paths import DataPaths
from desktop.imports import dossiers, equipment, procedures, reader
from desktop.imports.preview import ImportKind, run_apply, run_preview
from desktop.imports.reader import read_table
from desktop.services import catalogue, setup
from desktop.services.context import ServiceContext
from desktop.store.database import Database

SEED = 14
_KINDS = ("Máy tính để bàn", "Máy in", "Máy quét", "Bộ lưu điện (UPS)", "Thiết bị khác")
_STATUSES = ("Đang sử dụng", "Hoạt động kém", "Hỏng", "Dự phòng")
_PLACES = ("Bộ phận Một cửa", "Văn phòng UBND", "Phòng họp", "Nhà văn hoá thôn 3", "Trạm y tế")
_FIELDS = ("Hộ tịch", "Chứng thực", "Đất đai", "Xây dựng", "Bảo trợ xã hội")


def equipment_rows(n: int, rng: random.Random) -> list[list[object]]:
    head = [c.vi for c in equipment.COLUMNS]
    rows: list[list[object]] = [head]
    for i in range(n):
        rows.append([f"TB-{i:06d}", rng.choice(_KINDS), f"Model {rng.randint(1, 500)}", f"SN{rng.randint(0, 10**8)}",
                     rng.choice(_PLACES), date(2010, 1, 1) + timedelta(days=rng.randint(0, 5000)),
                     f"Cán bộ {rng.randint(1, 60)}", rng.choice(_STATUSES), None, None])
    return rows


def procedure_rows(n: int, rng: random.Random) -> list[list[object]]:
    head = [c.vi for c in procedures.COLUMNS]
    return [head] + [[f"9.{i:06d}", f"Thủ tục thử {i}", rng.choice(_FIELDS), rng.randint(0, 20),
                      rng.choice(("Không", "50.000", "8.000 đồng/bản")), rng.choice(("Toàn trình", "Một phần")),
                      rng.choice(("Có", "Không"))] for i in range(n)]


_STATUS_WORDS = ("Đã tiếp nhận", "Đang xử lý", "Đã có kết quả", "Đã trả kết quả", "Chờ bổ sung")
_CHANNEL_WORDS = ("Trực tuyến", "Trực tiếp", "Dịch vụ bưu chính công ích")


def dossier_rows(n: int, rng: random.Random) -> list[list[object]]:
    """A province export: title rows, then code, procedure, applicant, dd/mm/yyyy HH:mm times, status, channel."""
    head = ["STT", "Mã hồ sơ", "Mã thủ tục", "Tên thủ tục", "Chủ hồ sơ", "Ngày tiếp nhận", "Ngày hẹn trả",
            "Ngày có kết quả", "Trạng thái", "Hình thức nộp"]
    rows: list[list[object]] = [["ỦY BAN NHÂN DÂN PHƯỜNG AN SINH"], ["DANH SÁCH HỒ SƠ"], head]
    for i in range(n):
        received = date(2026, 1, 5) + timedelta(days=rng.randint(0, 300))
        status = rng.choice(_STATUS_WORDS)
        done = f"{received + timedelta(days=2):%d/%m/%Y} 16:00" if status in _STATUS_WORDS[2:4] else None
        code, name = rng.choice((("1.001193", "Đăng ký khai sinh"), ("2.000815", "Chứng thực bản sao")))
        rows.append([i + 1, f"000.00.07.H22-{i:07d}", code, name, f"Nguyễn Văn {i}",
                     f"{received:%d/%m/%Y} {rng.randint(7, 16):02d}:{rng.randint(0, 59):02d}",
                     f"{received + timedelta(days=3):%d/%m/%Y}", done, status, rng.choice(_CHANNEL_WORDS)])
    rows.append(["Tổng cộng: " + str(n) + " hồ sơ"])
    return rows


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Dữ liệu")
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def _fresh(root: Path) -> ServiceContext:
    shutil.rmtree(root, ignore_errors=True)
    db = Database.open(DataPaths(root))
    ctx = ServiceContext(db, actor="bench")
    setup.set_up_commune(ctx, "22", "07090", leader_name="Nguyễn Văn An")
    catalogue.add_procedure(ctx, "1.001193", "Đăng ký khai sinh", "Hộ tịch", 0)
    catalogue.add_procedure(ctx, "2.000815", "Chứng thực bản sao", "Chứng thực", 0)
    return ctx


def _timed(fn: Callable[[], object]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process): CPU time shows our cost even when other work loads the machine."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


STEPS = ("read", "preview", "apply_after_preview", "apply_alone")


def measure(kind: ImportKind, path: Path, root: Path, repeat: int,
            steps: tuple[str, ...] = STEPS) -> dict[str, object]:
    samples: dict[str, list[tuple[float, float]]] = {s: [] for s in STEPS if s in steps}
    for i in range(repeat):
        reader._last_read.clear()
        if "read" in samples:
            samples["read"].append(_timed(lambda: read_table(path)))
            reader._last_read.clear()
        if "preview" in samples or "apply_after_preview" in samples:
            ctx = _fresh(root / f"{kind.name}-{i}")
            # The dialog's order: the preview, then the write (which reads the file again, from the reader's cache).
            preview = _timed(lambda: run_preview(ctx, path, kind))  # noqa: B023 - called at once
            if "preview" in samples:
                samples["preview"].append(preview)
            if "apply_after_preview" in samples:
                samples["apply_after_preview"].append(_timed(lambda: run_apply(ctx, path, kind)))  # noqa: B023
            ctx.db.close()
            reader._last_read.clear()
        if "apply_alone" in samples:
            ctx = _fresh(root / f"{kind.name}-{i}-alone")
            samples["apply_alone"].append(_timed(lambda: run_apply(ctx, path, kind)))  # noqa: B023
            ctx.db.close()
    result: dict[str, object] = {"kind": kind.name, "file": path.name}
    for name, values in samples.items():
        result[f"{name}_s"] = round(statistics.median(w for w, _ in values), 3)
        result[f"{name}_cpu_s"] = round(statistics.median(c for _, c in values), 3)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--kinds", nargs="+", choices=("equipment", "procedures", "dossiers"),
                        default=["equipment", "procedures"])
    parser.add_argument("--dossier-rows", type=int, help="rows of the dossier list (default: --rows)")
    parser.add_argument("--steps", nargs="+", choices=STEPS, default=list(STEPS))
    parser.add_argument("--data-dir", help="where the files and databases go (default: a temporary folder)")
    args = parser.parse_args()
    root = Path(args.data_dir) if args.data_dir else Path(tempfile.mkdtemp(prefix="cd-bench-import-"))
    root.mkdir(parents=True, exist_ok=True)
    rng = random.Random(SEED)
    n_dossiers = args.dossier_rows or args.rows
    files = {"equipment": (equipment.KIND, lambda: write_xlsx(root / "thiet-bi.xlsx", equipment_rows(args.rows, rng))),
             "procedures": (procedures.KIND, lambda: write_xlsx(root / "thu-tuc.xlsx", procedure_rows(args.rows, rng))),
             "dossiers": (dossiers.KIND, lambda: write_xlsx(root / "ho-so.xlsx", dossier_rows(n_dossiers, rng)))}
    results = [measure(files[k][0], files[k][1](), root, args.repeat, tuple(args.steps)) for k in args.kinds]
    print(json.dumps({"rows": args.rows, "dossier_rows": n_dossiers, "repeat": args.repeat, "results": results},
                     ensure_ascii=False, indent=2))
    if not args.data_dir:
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
