"""An audit row of a printed form reads as the officer says it: the action, the paper and the file, in words."""

from __future__ import annotations

from datetime import datetime

from desktop.services import audit, dossiers
from desktop.services.audit import AuditQuery, list_audit
from desktop.services.context import ServiceContext
from desktop.services.dossiers import DossierInput
from desktop.ui.models.audit_labels import action_label, summary_text


def test_a_printed_receipt_reads_in_words(qapp, ctx: ServiceContext) -> None:  # noqa: ANN001
    info = dossiers.register_dossier(ctx, DossierInput("1.001193", "Lò Văn Sủng", "direct",
                                                       received_at=datetime(2026, 11, 20, 8, 5)))
    audit.record_shown(ctx, "print", "receipt", dossier_id=info.id, pages=2)
    audit.record_shown(ctx, "export", "book", codes=(info.code,), file="so.pdf", start="2026-11-01",
                       end="2026-11-30")
    book, printed = [e for e in list_audit(ctx, AuditQuery(kind="dossiers")) if e.action in ("print", "export")]
    assert (action_label(printed.action), printed.record) == ("In", info.code)
    assert summary_text(printed) == "Giấy tờ: Giấy tiếp nhận hồ sơ (mẫu 01); Số trang: 2"
    assert action_label(book.action) == "Xuất tệp" and book.record == ""
    assert summary_text(book) == (f"Giấy tờ: Sổ theo dõi hồ sơ (mẫu 06); Tệp: so.pdf; Từ ngày: 2026-11-01; "
                                  f"Đến ngày: 2026-11-30; Số hồ sơ: 1; Mã hồ sơ: {info.code}")


def test_opening_a_dossier_window_with_its_full_id_number_is_written_down(qapp, ctx: ServiceContext, session,  # noqa: ANN001
                                                                          wait_idle) -> None:  # noqa: ANN001
    from desktop.ui.dialogs.dossier_detail import DossierDetailDialog

    shown = dossiers.register_dossier(ctx, DossierInput("1.001193", "Lò Văn Sủng", "direct",
                                                        id_number="020093001656"))
    plain = dossiers.register_dossier(ctx, DossierInput("1.001193", "Lò Thị Mai", "direct"))
    for code in (shown.code, plain.code):
        DossierDetailDialog(session, code).close()
    wait_idle()
    viewed = [e for e in list_audit(ctx, AuditQuery(kind="dossiers")) if e.action == "view"]
    assert [e.record for e in viewed] == [shown.code]  # the window without an ID number or phone logs nothing
    assert (action_label(viewed[0].action), summary_text(viewed[0])) == (
        "Xem", "Giấy tờ: Chi tiết hồ sơ (số giấy tờ, điện thoại đầy đủ)")
