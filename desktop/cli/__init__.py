"""The `commune-desk` command: the GUI by default, headless verbs for scripts, clear errors with exit code 2."""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from typing import NoReturn

from desktop import __version__
from desktop.cli.common import BadArgument, UsageError, explain, field_error
from desktop.config.paths import ENV_HOME
from desktop.domain.errors import DomainError, Explained, ValidationError
from desktop.store.errors import AlreadyOpenError, StoreError

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
# The main window's pages (desktop.ui.pages.registry holds the same keys; Qt is not imported for the verbs).
PAGE_CHOICES = ("dashboard", "dossiers", "training", "equipment", "workbook", "reports", "sync", "catalogue", "audit",
                "settings")
ENV_DEBUG = "COMMUNE_DESK_DEBUG"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # noqa: D102 - argparse hook
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: lỗi tham số / bad arguments: {message}\n")


def _screen_size(text: str) -> tuple[int, int]:
    """"1366x728" → (1366, 728); a screen from 640×480 to 7680×4320."""
    width, sep, height = text.lower().partition("x")
    if sep and width.isdigit() and height.isdigit() and 640 <= int(width) <= 7680 and 480 <= int(height) <= 4320:
        return int(width), int(height)
    raise BadArgument("usage.expected_widthxheight_e_g", text=text)


def build_parser(verbs: bool = True) -> argparse.ArgumentParser:
    """The command's parser; without `verbs`, the window's options only (see `_names_a_verb`)."""
    parser = _Parser(prog="commune-desk",
                     description="CommuneDesk — hồ sơ TTHC, đào tạo, thiết bị cho cán bộ xã / "
                                 "dossiers, training and equipment for commune officers.")
    parser.add_argument("--version", action="version", version=f"CommuneDesk {__version__}")
    parser.add_argument("--data-dir", help=f"thư mục dữ liệu / data folder (or env {ENV_HOME})")
    parser.add_argument("--screenshot", metavar="FILE.png",
                        help="chụp cửa sổ chính (không hiện màn hình) rồi thoát / render the main window to a PNG "
                             "offscreen and exit")
    parser.add_argument("--page", choices=PAGE_CHOICES, help="trang cần chụp / the page to capture")
    parser.add_argument("--lang", choices=("vi", "en"), help="ngôn ngữ giao diện khi chụp / UI language for it")
    parser.add_argument("--size", type=_screen_size, metavar="WxH",
                        help="vùng màn hình khi chụp, mặc định 1366x728 / screen area for it, default 1366x728")
    if not verbs:
        parser.set_defaults(command=None)
        return parser
    # The verbs' modules bring httpx, openpyxl, ReportLab and the sync stack: loaded only when a verb is named.
    from desktop.cli import (
        catalogue_cmd,
        coverage_cmd,
        data_cmd,
        dossier_cmd,
        import_cmd,
        index_cmd,
        recommendation_cmd,
        reconcile_cmd,
        report_cmd,
        stats_cmd,
        sync_cmd,
        task_cmd,
        village_cmd,
    )

    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in (data_cmd, catalogue_cmd, dossier_cmd, stats_cmd, report_cmd, import_cmd, sync_cmd):
        module.register(sub)
    for module in (task_cmd, village_cmd, coverage_cmd, recommendation_cmd, index_cmd):
        module.register(sub)
    reconcile_cmd.register(sub)
    return parser


def _configure_stdio() -> None:
    # Windows consoles default to a legacy code page; Vietnamese must come out whole everywhere.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")


def _names_a_verb(argv: list[str] | None) -> bool:
    """Whether the arguments go beyond the window's own options (a verb, help, or something to refuse): only then
    is the full parser, with every verb's module, built. Starting the window needs none of them."""
    words = sys.argv[1:] if argv is None else argv
    if any(w in ("-h", "--help") for w in words):
        return True
    probe = build_parser(verbs=False)
    probe.error = _refuse  # type: ignore[method-assign]  # a mistake is told by the full parser, as always
    try:
        _known, rest = probe.parse_known_args(words)
    except _NotPlain:
        return True
    return bool(rest)


class _NotPlain(Exception):
    pass


def _refuse(message: str) -> NoReturn:
    raise _NotPlain(message)


def main(argv: list[str] | None = None) -> int:
    _configure_stdio()
    parser = build_parser(verbs=_names_a_verb(argv))
    args = parser.parse_args(argv)
    if (args.page or args.lang or args.size) and not args.screenshot:
        parser.error("--page/--lang/--size chỉ dùng cùng --screenshot / only go with --screenshot")
    if args.command is None:
        from desktop.app import run_gui  # Qt is loaded only when a window is wanted

        return run_gui(args)
    try:
        return int(args.handler(args))
    except BrokenPipeError:  # output piped into `head` and the like: the reader is gone, nothing is wrong
        sys.stderr.close()
        return EXIT_OK
    except Exception as exc:  # a plain sentence, never a traceback in the officer's face
        if os.environ.get(ENV_DEBUG):
            traceback.print_exc()
        text, code = refusal(exc)
        print(text, file=sys.stderr)
        return code


def refusal(exc: Exception) -> tuple[str, int]:
    """What the officer reads for a failed command, and the exit code. Each sentence once: an error from the
    catalogue (`Explained`) in each language on its own line, never its “vi / en” form under both labels."""
    if isinstance(exc, UsageError):
        return f"Lỗi tham số / bad arguments: {exc}", EXIT_USAGE
    if isinstance(exc, ValidationError):
        return field_error(exc), EXIT_USAGE
    if isinstance(exc, DomainError):
        return explain(exc), EXIT_USAGE
    if isinstance(exc, AlreadyOpenError):
        return explain(exc, "", ""), EXIT_FAILED
    if isinstance(exc, StoreError):
        return explain(exc, "", ""), (EXIT_USAGE if exc.code.startswith("backup.") or exc.code == "store.too_new"
                                      else EXIT_FAILED)
    if isinstance(exc, Explained):  # a sync, bundle or credentials error no verb turned into its own message
        return explain(exc), EXIT_FAILED
    return (f"Đã có lỗi không mong đợi: {exc}\nUnexpected error: {exc}\n"
            f"(Đặt {ENV_DEBUG}=1 để xem chi tiết / set {ENV_DEBUG}=1 for details)"), EXIT_FAILED
