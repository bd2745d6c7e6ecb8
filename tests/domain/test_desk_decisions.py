"""A dossier's desk decisions are worded once, in both languages, for the CLI and the tracking book."""

from __future__ import annotations

from datetime import date

from desktop.domain import lifecycle
from desktop.domain.desk_decisions import IN_BOOK, DeskFacts, decisions


def test_each_decision_in_both_languages_in_the_desks_order() -> None:
    facts = DeskFacts(status=int(lifecycle.Status.IN_PROGRESS), result=lifecycle.RESULT_REFUSED,
                      payment_paused_on=date(2026, 11, 2), payment_paused_days=3, extension_days=2,
                      extension_reason="Chờ xác minh", apology_date=date(2026, 11, 30), apology_reason="Mất điện",
                      refusal_reason="Không đủ điều kiện", received_from="UBND xã Quảng La")
    found = decisions(facts)
    assert [d.text("vi") for d in found] == [
        "Chờ nghĩa vụ tài chính từ 02/11/2026 (tạm dừng tính thời gian)",
        "Tạm dừng 3 ngày làm việc chờ nghĩa vụ tài chính", "Gia hạn 2 ngày: Chờ xác minh",
        "Xin lỗi, hẹn lại 30/11/2026: Mất điện", "Từ chối giải quyết: Không đủ điều kiện",
        "Nhận từ UBND xã Quảng La"]
    assert [d.text("en") for d in found][2:4] == ["Extended by 2 days: Chờ xác minh",
                                                  "Apology, new appointment 30/11/2026: Mất điện"]
    assert [d.kind for d in found if d.kind in IN_BOOK] == ["extended", "apology", "refused", "received_from"]


def test_a_refusal_at_reception_and_a_forwarded_dossier() -> None:
    refused = DeskFacts(status=int(lifecycle.Status.REFUSED), refusal_reason="Sai thẩm quyền")
    assert [d.text("en") for d in decisions(refused)] == ["Refused at reception: Sai thẩm quyền"]
    sent = DeskFacts(status=int(lifecycle.Status.RECEIVED), forwarded_to="UBND phường Hà Đông")
    assert [d.text("vi") for d in decisions(sent)] == ["Chuyển đến UBND phường Hà Đông"]
    assert decisions(DeskFacts(status=int(lifecycle.Status.RECEIVED))) == ()
