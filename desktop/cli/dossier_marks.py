"""The Decision 766 options of `dossier add` and `dossier edit` (--digitised, --e-result, --reused-data,
--paid-online, --rating N), kept apart from the dossier verbs so each stays small."""

from __future__ import annotations

import argparse

from desktop.cli.common import emit, open_context
from desktop.cli.options import reported_as_options
from desktop.domain.index766 import RATING_MAX, RATING_MIN, Marks
from desktop.services import index766

_FLAGS = {"digitised": "đã số hóa thành phần hồ sơ / components digitised",
          "e_result": "trả kết quả điện tử / result issued electronically",
          "reused_data": "tái sử dụng dữ liệu đã số hóa / data reused",
          "paid_online": "nộp phí, lệ phí trực tuyến / fee paid online"}


def add_marks_options(parser: argparse.ArgumentParser) -> None:
    """--flag / --no-flag for each mark (None when not typed, so an edit leaves it alone) and --rating."""
    group = parser.add_argument_group("Quyết định 766 / Decision 766")
    for name, help_text in _FLAGS.items():
        group.add_argument("--" + name.replace("_", "-"), dest=name, action=argparse.BooleanOptionalAction,
                           default=None, help=help_text)
    group.add_argument("--rating", type=int, default=None, metavar="N",
                       help=f"mức hài lòng của người dân {RATING_MIN}–{RATING_MAX} / citizen's rating")


def typed_marks(args: argparse.Namespace) -> dict[str, object]:
    """Only the marks typed on the command line."""
    return {k: getattr(args, k) for k in (*_FLAGS, "rating") if getattr(args, k, None) is not None}


def marks_for_new(args: argparse.Namespace) -> Marks:
    return Marks(**typed_marks(args))  # type: ignore[arg-type]


def register_edit(verbs: argparse._SubParsersAction) -> None:
    edit = verbs.add_parser("edit", help="sửa các chỉ số Quyết định 766 của hồ sơ / change a dossier's 766 marks")
    edit.add_argument("code")
    add_marks_options(edit)
    edit.add_argument("--json", action="store_true")
    edit.set_defaults(handler=_edit)


def _edit(args: argparse.Namespace) -> int:
    with open_context(args) as ctx, reported_as_options():
        marks = index766.mark_dossier(ctx, args.code, typed_marks(args))
    emit(args, {"code": args.code, **marks.__dict__}, [describe(args.code, marks)])
    return 0


def describe(code: str, m: Marks) -> str:
    def yes(v: bool) -> str:
        return "có / yes" if v else "không / no"
    rating = m.rating if m.rating is not None else "—"
    return (f"{code}: số hóa / digitised {yes(m.digitised)}; KQ điện tử / e-result {yes(m.e_result)}; "
            f"tái sử dụng / reused {yes(m.reused_data)}; TT trực tuyến / paid online {yes(m.paid_online)}; "
            f"đánh giá / rating {rating}")
