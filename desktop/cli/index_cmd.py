"""`commune-desk index --month M [--json]`: the commune's Decision 766 rates for a period against its targets, and
`index --set-target KEY=VALUE` to set those targets."""

from __future__ import annotations

import argparse
import os
import sys

from desktop.cli.common import BadArgument, UsageError, emit, month_arg, open_context
from desktop.cli.options import reported_as_options
from desktop.domain.index766 import RATE_KEYS, RATE_LABELS, Rate
from desktop.services import index766

_RED, _RESET = "\033[31m", "\033[0m"


def _target(text: str) -> tuple[str, float]:
    key, _, value = text.partition("=")
    try:
        return key.strip(), float(value.replace(",", ".").rstrip("% "))
    except ValueError:
        raise BadArgument("index.target_invalid", value=text) from None


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("index", help="chỉ số Quyết định 766 theo kỳ / Decision 766 rates of a period",
                       description="Khóa / keys: " + ", ".join(RATE_KEYS))
    p.add_argument("--month", help="YYYY-MM (kỳ báo cáo tháng / the reporting month)")
    p.add_argument("--set-target", type=_target, action="append", default=[], metavar="KEY=VALUE",
                   help="đặt chỉ tiêu của xã, vd online_rate=80 / set a target, e.g. online_rate=0.8")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_index)


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f} %".replace(".0 %", " %")


def _colour() -> bool:
    return "NO_COLOR" not in os.environ and (sys.stdout.isatty() or "FORCE_COLOR" in os.environ)


def line(r: Rate, colour: bool = False) -> str:
    vi, en = RATE_LABELS[r.key]
    text = (f"{vi} / {en:<18} {_percent(r.rate):>8}  ({r.counted}/{r.of})  "
            f"chỉ tiêu / target {_percent(r.target)}")
    if r.below:
        text += "  ▼ dưới chỉ tiêu / below target"
        if colour:
            text = _RED + text + _RESET
    return text


def _index(args: argparse.Namespace) -> int:
    if args.set_target:
        with open_context(args) as ctx, reported_as_options(target="--set-target"):
            targets = index766.set_targets(ctx, dict(args.set_target))
        emit(args, {"targets": targets}, [f"{k}: {_percent(v)}" for k, v in targets.items()])
        if not args.month:
            return 0
    if not args.month:
        raise UsageError("usage.month_required")
    start, end = month_arg(args.month)
    with open_context(args) as ctx:
        report = index766.index_report(ctx, start, end)
    head = f"Chỉ số 766 / Decision 766 index: {start:%d/%m/%Y} – {end:%d/%m/%Y}"
    emit(args, report.to_json(), [head] + [line(r, _colour()) for r in report.rates])
    return 0
