"""Demo IT equipment of a commune office and its history: ageing PCs, printers, signature tokens, weak links.

The history of each item ends in its current status, so status changes read as a consistent story.
"""

from __future__ import annotations

import random
import string
from datetime import date, datetime, timedelta

from desktop.demo.rows import CommuneInfo, Row, local_at, sync_columns, to_utc
from desktop.domain.calendar import WorkingCalendar

# Short asset-tag parts per kind (services.equipment.KINDS has the kinds and their labels).
TAG_PARTS = {"pc": "MT", "laptop": "LT", "printer": "MI", "scanner": "MQ", "signature_token": "CKS",
             "network_link": "DT", "router": "RT", "ups": "UPS", "camera": "CAM", "other": "KH"}

# (kind, model, year bought, count); the old Dell and Canon boxes are the "devices old and worn" of the seeds.
INVENTORY = (
    ("pc", "Dell OptiPlex 3020", 2015, 3), ("pc", "Dell OptiPlex 3050", 2017, 3), ("pc", "HP ProDesk 400 G6", 2020, 3),
    ("pc", "FPT Elead T400", 2022, 3), ("pc", "Lenovo ThinkCentre neo 50s", 2024, 2),
    ("laptop", "Dell Latitude 3420", 2021, 2), ("laptop", "HP ProBook 440 G9", 2023, 2),
    ("printer", "Canon LBP 2900", 2014, 2), ("printer", "HP LaserJet Pro M404dn", 2020, 2),
    ("printer", "Brother HL-L2321D", 2022, 2), ("scanner", "Canon DR-C225 II", 2019, 2),
    ("scanner", "Fujitsu fi-7160", 2023, 1), ("signature_token", "USB token chữ ký số chuyên dùng Chính phủ", 2024, 5),
    ("network_link", "Cáp quang FTTH VNPT 300 Mbps", 2021, 1),
    ("network_link", "4G Viettel (bộ phát dự phòng)", 2023, 1),
    ("router", "DrayTek Vigor 2927", 2021, 1), ("router", "Switch TP-Link TL-SG1024D", 2018, 1),
    ("ups", "Santak Blazer 1000 Pro", 2019, 2), ("ups", "APC Back-UPS BX1100", 2023, 1),
    ("camera", "Hikvision DS-2CD1023G0", 2021, 2), ("other", "Ki-ốt tra cứu thủ tục hành chính 21,5 inch", 2022, 1),
)  # fmt: skip
LOCATIONS = ("Trung tâm Phục vụ hành chính công", "Văn phòng HĐND và UBND", "Phòng Kinh tế", "Phòng Văn hóa - Xã hội",
             "Phòng Chủ tịch", "Phòng họp trực tuyến")
BREAKDOWNS = ("Hỏng nguồn", "Kẹt giấy, mòn trục sấy", "Ổ cứng báo lỗi", "Mainboard chập do sét",
              "Quạt tản nhiệt kêu to")
OUTAGES = ("Mất tín hiệu do mưa bão", "Đứt cáp quang do thi công đường", "Mất điện diện rộng", "Nhà mạng bảo trì")


def generate(rng: random.Random, commune: CommuneInfo, officers: list[Row], start: date, today: date,
             cal: WorkingCalendar) -> tuple[list[Row], list[Row]]:
    items: list[Row] = []
    history: list[Row] = []
    staff = [o["full_name"] for o in officers]
    # The digital-transformation officer keeps the equipment list and records its history.
    keeper = next((o["username"] or "" for o in officers if o["role"] == "admin"), "")
    counters: dict[str, int] = {}
    for kind, model, year, count in INVENTORY:
        for _ in range(count):
            counters[kind] = counters.get(kind, 0) + 1
            acquired = min(date(year, rng.randint(1, 12), rng.randint(1, 28)), today - timedelta(days=30))
            tag = f"TB-{TAG_PARTS[kind]}-{counters[kind]:03d}"
            serial = "".join(rng.choices(string.ascii_uppercase + string.digits, k=10))
            location = LOCATIONS[0] if kind in ("scanner", "other", "camera") else rng.choice(LOCATIONS)
            item = sync_columns(commune.code, to_utc(local_at(max(acquired, start - timedelta(days=60)), 9)))
            events = _history(rng, commune.code, keeper, kind, model, today.year - year, start, today, cal)
            status = next((e["to_status"] for e in reversed(events) if e["to_status"]), "in_use")
            expiry = _token_expiry(rng, today, counters[kind]) if kind == "signature_token" else None
            assigned = rng.choice(staff) if kind in ("pc", "laptop", "signature_token") else ""
            item.update(asset_tag=tag, kind=kind, model=model, serial=serial, location=location, acquired_on=acquired,
                        assigned_to=assigned, status=status, certificate_expiry=expiry, note="")
            if events:
                item.update(updated_at=events[-1]["at"], hlc=events[-1]["hlc"])
            for e in events:
                e["equipment_id"] = item["id"]
            items.append(item)
            history.extend(events)
    return items, history


def _token_expiry(rng: random.Random, today: date, n: int) -> date:
    # One expired (the seeds' "digital-signature errors"), one expiring within the month, the rest later.
    if n == 1:
        return today - timedelta(days=rng.randint(5, 40))
    if n == 2:
        return today + timedelta(days=rng.randint(5, 30))
    return today + timedelta(days=rng.randint(120, 700))


def _history(rng: random.Random, commune_code: str, keeper: str, kind: str, model: str, age: int, start: date,
             today: date, cal: WorkingCalendar) -> list[Row]:
    events: list[Row] = []
    span = (today - start).days - 1  # up to yesterday: the demo stands as at midnight

    def when(lo: float, hi: float) -> datetime:
        day = start + timedelta(days=int(span * rng.uniform(lo, hi)))
        while not cal.is_working_day(day) and day < today - timedelta(days=1):
            day += timedelta(days=1)
        return local_at(day, rng.randint(8, 16), rng.randint(0, 59))

    def add(kind_: str, at: datetime, **extra: object) -> None:
        row = sync_columns(commune_code, to_utc(at), actor=keeper)
        row.update(kind=kind_, at=to_utc(at), ended_at=None, from_status=None, to_status=None, cost=0, actor=keeper,
                   note="")
        row.update(extra)
        events.append(row)

    add("audit_seen", when(0.0, 0.05), note="Kiểm kê tài sản đầu kỳ")
    if kind in ("pc", "printer", "scanner", "ups"):
        add("maintenance", when(0.3, 0.5), cost=rng.choice((0, 150_000, 250_000)), note="Vệ sinh, bảo dưỡng định kỳ")
    if kind == "network_link":
        for _ in range(rng.randint(6, 12) if "FTTH" in model else rng.randint(2, 5)):
            at = when(0.05, 0.98)
            end = at + timedelta(minutes=rng.choice((30, 90, 240, 600, 1500, 2900)))
            ongoing = end.date() >= today  # still down at midnight: no end yet
            add("outage", at, ended_at=None if ongoing else to_utc(end), note=rng.choice(OUTAGES))
    # The older the device, the likelier it broke: past five years more than half of them did.
    if kind in ("pc", "printer", "scanner", "ups", "laptop", "camera") and rng.random() < min(0.85, 0.08 * age):
        broke = when(0.1, 0.9)
        add("status_change", broke, from_status="in_use", to_status="broken", note=rng.choice(BREAKDOWNS))
        fate = rng.random()
        repaired = broke + timedelta(days=rng.randint(2, 15))
        if fate < 0.65 and repaired.date() < today:
            add("repair", repaired, cost=rng.choice((350_000, 800_000, 1_200_000, 2_500_000)),
                from_status="broken", to_status="in_use", note="Thay linh kiện, chạy lại bình thường")
        elif fate < 0.8:
            add("status_change", broke + timedelta(hours=2), from_status="broken", to_status="in_repair",
                note="Gửi đơn vị bảo hành, sửa chữa")
        elif fate < 0.9:
            add("status_change", broke + timedelta(days=1), from_status="broken", to_status="degraded",
                note="Chạy tạm, chậm và hay treo; đề nghị thay mới")
    elif age >= 6 and kind in ("pc", "printer"):
        add("status_change", when(0.5, 0.95), from_status="in_use", to_status="degraded",
            note="Máy cũ, cấu hình yếu, không chạy được phần mềm mới")
    add("audit_seen", when(0.97, 1.0), note="Kiểm kê cuối kỳ")
    events.sort(key=lambda e: e["at"])
    return events
