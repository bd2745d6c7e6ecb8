"""The Decision 766 columns of the province's dossier list (issue 16): components digitised, result issued
electronically, data reused, fee paid online, the citizen's rating. Optional: a list without them imports as before,
and a blank cell leaves the stored mark alone. Province systems write the marks as “x”, “Có/Không”, “Đã số hóa”, and
the rating as 1–5 or in words (“Hài lòng”, “Rất hài lòng”, “Không hài lòng”)."""

from __future__ import annotations

from desktop.domain.index766 import RATING_MAX, RATING_MIN, SATISFIED_FROM
from desktop.domain.messages import Phrase
from desktop.imports import cells
from desktop.imports.cells import CellError, key_of, shown, text
from desktop.imports.preview import Column

MARKS = ("digitised", "e_result", "reused_data", "paid_online", "rating")
_RATING_WHAT = Phrase("label.rating#import")
# Words for the rating: satisfied is 4 or 5 of 5 (domain.index766.SATISFIED_FROM), not satisfied below.
_RATING_WORDS: dict[str, int | None] = {
    "rat hai long": RATING_MAX, "hai long": SATISFIED_FROM, "binh thuong": 3, "khong hai long": 2,
    "rat khong hai long": RATING_MIN, "chua danh gia": None, "khong danh gia": None,
}
# “Đã số hóa”, “Đã thanh toán trực tuyến”: a yes however the column words it; “Chưa …”: a no. Nothing looser
# (“Có lẽ”, “Không rõ” stay errors).
_DONE_PREFIX, _NOT_PREFIX = "da ", "chua "


def mark(value: object) -> bool:
    """A yes/no cell, also in the province's words: “Đã số hóa” is a yes, “Chưa số hóa” a no."""
    try:
        return cells.yes_no(value)
    except CellError:
        key = key_of(text(value))
        if key.startswith(_DONE_PREFIX):
            return True
        if key.startswith(_NOT_PREFIX):
            return False
        raise


def rating(value: object) -> int | None:
    """1–5, or the satisfaction words; “Chưa đánh giá” is no rating."""
    key = key_of(text(value))
    if key in _RATING_WORDS:
        return _RATING_WORDS[key]
    if isinstance(value, int | float) or key.isdigit():
        return cells.whole(value, RATING_MIN, RATING_MAX, _RATING_WHAT)
    raise CellError("cell.rating_unknown", value=shown(value))

COLUMNS = (
    Column("digitised", "Số hóa", "Digitised", mark, width=10,
           aliases=("đã số hóa", "số hóa hồ sơ", "số hóa thành phần hồ sơ", "hồ sơ được số hóa", "digitised")),
    Column("e_result", "Kết quả điện tử", "Electronic result", mark, width=10,
           aliases=("trả kết quả điện tử", "cấp kết quả điện tử", "kết quả bản điện tử", "e-result")),
    Column("reused_data", "Tái sử dụng dữ liệu", "Data reused", mark, width=10,
           aliases=("dữ liệu tái sử dụng", "tái sử dụng", "sử dụng lại dữ liệu", "khai thác dữ liệu số hóa")),
    Column("paid_online", "Thanh toán trực tuyến", "Paid online", mark, width=10,
           aliases=("nộp phí trực tuyến", "thanh toán phí trực tuyến", "thanh toán trực tuyến phí, lệ phí",
                    "thanh toán trực tuyến nghĩa vụ tài chính")),
    Column("rating", "Đánh giá", "Rating", rating, width=12,
           aliases=("mức độ hài lòng", "đánh giá của người dân", "đánh giá hài lòng", "kết quả đánh giá",
                    "mức độ đánh giá")),
)


def marks_of(values: dict[str, object]) -> dict[str, object]:
    """The marks a row gives (blank cells are not given: the stored mark stays)."""
    return {k: values[k] for k in MARKS if k in values}
