"""Files made the way the province's one-stop system exports them (openpyxl, as Excel saves them): its dossier list
and its Biểu II.06a, with title rows, merged headers, totals and signatures."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

HEAD = ["STT", "Mã hồ sơ", "Mã thủ tục", "Tên thủ tục", "Chủ hồ sơ", "Ngày tiếp nhận", "Ngày hẹn trả",
        "Ngày có kết quả", "Ngày trả kết quả", "Trạng thái", "Hình thức nộp"]


def dossier_list(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["DANH SÁCH HỒ SƠ"])
    ws.append(HEAD)
    for row in rows:
        ws.append(row)
    ws.append([f"Tổng cộng: {len(rows)} hồ sơ"])
    wb.save(path)
    return path


def form06_file(path: Path, figures: dict[str, tuple[int, ...]]) -> Path:
    """Biểu II.06a as the province system's Excel export lays it out (DOMAIN.md §3)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Biểu II.06a"
    ws.append(["Biểu số II.06a/VPCP/KSTT", None, None, None, "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH"])
    ws.append([None, None, None, None, "TẠI TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG PHƯỜNG AN SINH"])
    ws.append([None, None, None, None, "Kỳ báo cáo: tháng 11 năm 2026", None, None, None, None, None,
               "Đơn vị tính: Số hồ sơ TTHC"])
    ws.append(["STT", "Lĩnh vực, công việc giải quyết theo cấp", "Số hồ sơ nhận giải quyết", None, None, None,
               "Kết quả giải quyết", None, None, None, None, None, None])
    ws.append([None, None, "Tổng số", "Trong đó", None, None, "Số hồ sơ đã giải quyết", None, None, None,
               "Số hồ sơ đang giải quyết", None, None])
    ws.append([None, None, None, "Số mới tiếp nhận trực tuyến", "Số mới tiếp nhận trực tiếp, bưu chính",
               "Số kỳ trước chuyển qua", "Tổng số", "Trả trước hạn", "Trả đúng hạn", "Trả quá hạn", "Tổng số",
               "Chưa đến hạn", "Quá hạn"])
    for merged in ("A4:A6", "B4:B6", "C4:F4", "G4:M4", "C5:C6", "D5:F5", "G5:J5", "K5:M5"):
        ws.merge_cells(merged)
    ws.append([f"({i})" for i in range(1, 14)])
    for i, (name, counts) in enumerate(figures.items(), start=1):
        if name == "Tổng cộng":
            ws.append([None, "Tổng cộng", *counts])
        else:
            ws.append([i, name, *(c or None for c in counts)])  # a zero is often left blank
    ws.append([])
    ws.append([None, "NGƯỜI LẬP BIỂU", None, None, None, None, None, None, None, "THỦ TRƯỞNG ĐƠN VỊ"])
    ws.append([None, "(Ký, ghi rõ họ tên)", None, None, None, None, None, None, None, "(Ký tên, đóng dấu)"])
    wb.save(path)
    return path
